<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errortext.cpp" line="26"/>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.cpp" line="28"/>
        <source>column &apos;%1&apos;</source>
        <translation>kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.cpp" line="32"/>
        <location filename="../../core/publish/protectionsettings.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/analysissession.cpp" line="38"/>
        <source>the configuration does not match the data&apos;s columns</source>
        <translation>de configuratie past niet bij de kolommen van de gegevens</translation>
    </message>
    <message>
        <location filename="../../core/analysis/analysissession.cpp" line="50"/>
        <source>a sampling weight must be numeric</source>
        <translation>een steekproefgewicht moet een getal zijn</translation>
    </message>
    <message>
        <location filename="../../core/analysis/basetable.cpp" line="36"/>
        <source>%1 records are more than one analysis holds (%2)</source>
        <translation>%1 records zijn meer dan één analyse kan bevatten (%2)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/basetable.cpp" line="44"/>
        <source>no such column</source>
        <translation>deze kolom bestaat niet</translation>
    </message>
    <message>
        <location filename="../../core/analysis/basetable.cpp" line="61"/>
        <source>a sampling weight must be a positive number; %1 record(s) hold a missing value</source>
        <translation>een steekproefgewicht moet een positief getal zijn; %1 record(s) hebben een ontbrekende waarde</translation>
    </message>
    <message>
        <location filename="../../core/analysis/basetable.cpp" line="65"/>
        <source>a sampling weight must be a positive number; %1 record(s) hold &apos;%2&apos;</source>
        <translation>een steekproefgewicht moet een positief getal zijn; %1 record(s) hebben &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/analysis/evaluator.cpp" line="85"/>
        <source>expected %1 levels, one per quasi-identifier, got %2</source>
        <translation>%1 niveaus verwacht, één per quasi-identificator, maar %2 gekregen</translation>
    </message>
    <message>
        <location filename="../../core/analysis/evaluator.cpp" line="91"/>
        <source>level %1 is outside the hierarchy&apos;s levels 0..%2</source>
        <translation>niveau %1 ligt buiten de niveaus 0..%2 van de hiërarchie</translation>
    </message>
    <message>
        <location filename="../../core/analysis/evaluator.cpp" line="97"/>
        <location filename="../../core/project/configurationjson.cpp" line="130"/>
        <source>k must be at least 1</source>
        <translation>k moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../core/analysis/evaluator.cpp" line="99"/>
        <location filename="../../core/project/configurationjson.cpp" line="135"/>
        <source>the suppression limit must lie between 0 and 1</source>
        <translation>de onderdrukkingsgrens moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../../core/analysis/evaluator.cpp" line="101"/>
        <location filename="../../core/project/configurationjson.cpp" line="137"/>
        <source>the risk threshold must lie between 0 and 1</source>
        <translation>de risicodrempel moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="31"/>
        <source>integer values</source>
        <translation>gehele getallen</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="34"/>
        <source>decimal values</source>
        <translation>decimale getallen</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="37"/>
        <source>date values</source>
        <translation>datums</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="40"/>
        <source>postcode values</source>
        <translation>postcodes</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="45"/>
        <source>text values</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="72"/>
        <source>intervals need a numeric column; this one holds %1: %2</source>
        <translation>intervallen vragen een numerieke kolom; deze bevat %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="70"/>
        <source>intervals need a numeric column; this one holds %1</source>
        <translation>intervallen vragen om een numerieke kolom; deze bevat %1</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="75"/>
        <location filename="../../core/hierarchy/hierarchyspec.cpp" line="89"/>
        <source>give at least one interval width</source>
        <translation>geef minstens één intervalbreedte</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="79"/>
        <source>interval width %1 is not a positive number</source>
        <translation>intervalbreedte %1 is geen positief getal</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="85"/>
        <source>interval width %1 is not a whole multiple of %2 larger than it, so the levels would not nest</source>
        <translation>intervalbreedte %1 is geen groter geheel veelvoud van %2, dus de niveaus zouden niet in elkaar passen</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="111"/>
        <source>the date builder needs a date column; this one holds %1: %2</source>
        <translation>de datumbouwer vraagt een datumkolom; deze bevat %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="109"/>
        <source>the date builder needs a date column; this one holds %1</source>
        <translation>de datumbouwer vraagt om een datumkolom; deze bevat %1</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="152"/>
        <source>masking lengths must be positive and fall from level to level</source>
        <translation>maskeerlengtes moeten positief zijn en van niveau tot niveau afnemen</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="175"/>
        <source>the grouping at level %1 has no group for &apos;%2&apos;</source>
        <translation>de indeling op niveau %1 heeft geen groep voor &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="267"/>
        <source>(missing) (%1 records)</source>
        <translation>(ontbrekend) (%1 records)</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="269"/>
        <source>&apos;%1&apos; (%2 records)</source>
        <translation>&apos;%1&apos; (%2 records)</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="274"/>
        <source>values of the data: %1</source>
        <translation>waarden uit de gegevens: %1</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="277"/>
        <source>%1, and %2 more not shown</source>
        <translation>%1, en nog %2 die niet getoond worden</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="279"/>
        <source>%1 value(s) not shown (each held by one record, which it would single out)</source>
        <translation>%1 waarde(n) niet getoond (elk van één record, dat ze herkenbaar zouden maken)</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="285"/>
        <source>the hierarchy does not cover %1 values of the data, held by %2 records: %3</source>
        <translation>de hiërarchie dekt %1 waarden uit de gegevens niet, van %2 records: %3</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="287"/>
        <source>the hierarchy does not cover 1 value of the data, held by %2 records: %3</source>
        <translation>de hiërarchie dekt 1 waarde uit de gegevens niet, van %2 records: %3</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchybuilders.cpp" line="289"/>
        <source>the hierarchy does not cover 1 value of the data, held by 1 record: %3</source>
        <translation>de hiërarchie dekt 1 waarde uit de gegevens niet, van 1 record: %3</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchyspec.cpp" line="74"/>
        <source>&apos;%1&apos; is not a hierarchy: %2 (use interval:5,10,20, date, mask or mask:4,3,2,1, auto or value)</source>
        <translation>&apos;%1&apos; is geen hiërarchie: %2 (gebruik interval:5,10,20, date, mask of mask:4,3,2,1, auto of value)</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchyspec.cpp" line="85"/>
        <source>interval widths must be positive numbers</source>
        <translation>intervalbreedtes moeten positieve getallen zijn</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchyspec.cpp" line="96"/>
        <source>masking lengths must be whole numbers of at least 1</source>
        <translation>maskeerlengtes moeten gehele getallen van minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../core/hierarchy/hierarchyspec.cpp" line="107"/>
        <source>unknown kind</source>
        <translation>onbekende soort</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="22"/>
        <source>this is a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one), not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een ZIP-archief (een Excel-werkmap .xlsx of OpenDocument-werkmap .ods is er een), geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="26"/>
        <source>this is an old Excel workbook (.xls), not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een oude Excel-werkmap (.xls), geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="29"/>
        <source>this is an SQLite database (open it as a database source), not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een SQLite-database (open die als databasebron), geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="31"/>
        <source>this is a PDF document, not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een PDF-document, geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="33"/>
        <source>this is a PNG image, not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een PNG-afbeelding, geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="35"/>
        <source>this is a JPEG image, not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een JPEG-afbeelding, geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="37"/>
        <source>this is a gzip-compressed file (decompress it first), not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een met gzip gecomprimeerd bestand (pak het eerst uit), geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="40"/>
        <source>this is a Parquet file, not a CSV file; save the data as CSV and import that</source>
        <translation>dit is een Parquet-bestand, geen CSV-bestand; sla de gegevens op als CSV en importeer dat</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="148"/>
        <source>cannot open the file: %1</source>
        <translation>het bestand kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="162"/>
        <source>the file is UTF-32 encoded; save it as UTF-8 (or Windows-1252) and import it again</source>
        <translation>het bestand is in UTF-32 gecodeerd; sla het op als UTF-8 (of Windows-1252) en importeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="167"/>
        <source>the file is UTF-16 encoded; save it as UTF-8 (or Windows-1252) and import it again</source>
        <translation>het bestand is in UTF-16 gecodeerd; sla het op als UTF-8 (of Windows-1252) en importeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="179"/>
        <source>the file looks %1 encoded (without a byte order mark); save it as UTF-8 (or Windows-1252) and import it again</source>
        <translation>het bestand lijkt in %1 gecodeerd (zonder byte-order-mark); sla het op als UTF-8 (of Windows-1252) en importeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="185"/>
        <source>this is not a text file (it holds a zero byte at offset %1); choose a CSV file</source>
        <translation>dit is geen tekstbestand (het bevat een nulbyte op positie %1); kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="190"/>
        <location filename="../../core/io/csvreader.cpp" line="151"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="212"/>
        <source>reading failed: %1</source>
        <translation>lezen mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="303"/>
        <source>the record starting here is longer than %1 KiB; this is not a usable CSV file (or a quote is never closed)</source>
        <translation>het record dat hier begint is langer dan %1 KiB; dit is geen bruikbaar CSV-bestand (of een aanhalingsteken wordt nooit gesloten)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvparser.cpp" line="348"/>
        <source>a quoted field that starts here is never closed (a &quot; is missing)</source>
        <translation>een veld tussen aanhalingstekens dat hier begint wordt nooit gesloten (er ontbreekt een &quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="164"/>
        <source>column %1 of the header has no name</source>
        <translation>kolom %1 van de kopregel heeft geen naam</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="177"/>
        <source>the name of column %1 holds a control character (%2), which no column name may; rename the column</source>
        <translation>de naam van kolom %1 bevat een stuurteken (%2), wat geen kolomnaam mag; geef de kolom een andere naam</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="193"/>
        <source>the header names column &apos;%1&apos; twice (columns %2 and %3)</source>
        <translation>de kopregel noemt kolom &apos;%1&apos; twee keer (kolommen %2 en %3)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="211"/>
        <source>the data has no column &apos;%1&apos;; its columns are: %2</source>
        <translation>de gegevens hebben geen kolom &apos;%1&apos;; de kolommen zijn: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="263"/>
        <source>this line has 1 field where the header has %2; skip such lines, or correct the file</source>
        <translation>deze regel heeft 1 veld waar de kopregel er %2 heeft; sla zulke regels over, of verbeter het bestand</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="266"/>
        <source>this line has %1 fields where the header has %2; skip such lines, or correct the file</source>
        <translation>deze regel heeft %1 velden waar de kopregel er %2 heeft; sla zulke regels over, of verbeter het bestand</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="319"/>
        <source>this line holds a zero byte, which no text file does: the file is not a CSV file, or it is damaged</source>
        <translation>deze regel bevat een nulbyte, wat geen tekstbestand doet: het bestand is geen CSV-bestand, of het is beschadigd</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="349"/>
        <source>no line of the file matches the header&apos;s %1 fields</source>
        <translation>geen regel van het bestand past bij de %1 velden van de kopregel</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="353"/>
        <source>the file has a header but no records</source>
        <translation>het bestand heeft een kopregel maar geen records</translation>
    </message>
    <message>
        <location filename="../../core/io/importsettings.cpp" line="95"/>
        <source>the import setting &apos;%1&apos; has the value &apos;%2&apos;, which Dijkgraaf does not know</source>
        <translation>de importinstelling &apos;%1&apos; heeft de waarde &apos;%2&apos;, die Dijkgraaf niet kent</translation>
    </message>
    <message>
        <location filename="../../core/io/sqlitereader.cpp" line="40"/>
        <source>this is not an SQLite database</source>
        <translation>dit is geen SQLite-database</translation>
    </message>
    <message>
        <location filename="../../core/io/sqlitereader.cpp" line="44"/>
        <source>cannot open the database: %1</source>
        <translation>de database kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/sqlitereader.cpp" line="60"/>
        <source>cannot read the database: %1</source>
        <translation>de database kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/sqlitereader.cpp" line="80"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/sqlitereader.cpp" line="88"/>
        <source>&apos;%1&apos; has no columns</source>
        <translation>&apos;%1&apos; heeft geen kolommen</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="89"/>
        <location filename="../../core/io/postgres.cpp" line="98"/>
        <source>cannot connect to the database %1: %2</source>
        <translation>kan geen verbinding maken met de database %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="106"/>
        <location filename="../../core/io/postgres.cpp" line="141"/>
        <location filename="../../core/io/postgres.cpp" line="184"/>
        <location filename="../../core/io/postgres.cpp" line="270"/>
        <location filename="../../core/io/postgres.cpp" line="282"/>
        <location filename="../../core/io/postgres.cpp" line="292"/>
        <source>the database %1 refused the statement: %2</source>
        <translation>de database %1 weigerde de opdracht: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="164"/>
        <location filename="../../core/io/postgres.cpp" line="194"/>
        <source>the connection to the database %1 was lost: %2</source>
        <translation>de verbinding met de database %1 is verbroken: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="528"/>
        <source>the query names column &apos;%1&apos; twice (columns %2 and %3)</source>
        <translation>de query noemt kolom &apos;%1&apos; twee keer (kolommen %2 en %3)</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="561"/>
        <location filename="../../core/io/postgres.cpp" line="564"/>
        <source>not a PostgreSQL address: %1</source>
        <translation>geen PostgreSQL-adres: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="567"/>
        <source>a PostgreSQL address holds no password: give it in PGPASSWORD or in the password file (~/.pgpass)</source>
        <translation>een PostgreSQL-adres bevat geen wachtwoord: geef het in PGPASSWORD of in het wachtwoordbestand (~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="588"/>
        <source>a PostgreSQL address does not know the parameter &apos;%1&apos;; it knows table, schema and query</source>
        <translation>een PostgreSQL-adres kent de parameter &apos;%1&apos; niet; het kent table, schema en query</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="594"/>
        <source>a PostgreSQL address names the rows by table=... or by query=..., one of them</source>
        <translation>een PostgreSQL-adres noemt de rijen met table=... of met query=..., één van beide</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="597"/>
        <source>a PostgreSQL address with schema=... needs table=...</source>
        <translation>een PostgreSQL-adres met schema=... heeft table=... nodig</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="129"/>
        <location filename="../../core/io/sqlitereader.cpp" line="106"/>
        <source>&apos;%1&apos; holds no records</source>
        <translation>&apos;%1&apos; bevat geen records</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="47"/>
        <source>the database %1 asks for a password: %2</source>
        <translation>de database %1 vraagt om een wachtwoord: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/postgres.cpp" line="670"/>
        <source>a sampling weight must be a positive number; some records hold a missing value</source>
        <translation>een steekproefgewicht moet een positief getal zijn; sommige records hebben een ontbrekende waarde</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="30"/>
        <source>a valid integer</source>
        <translation>geldig geheel getal</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="33"/>
        <source>a valid decimal</source>
        <translation>geldig decimaal getal</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="36"/>
        <source>a valid date</source>
        <translation>geldige datum</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="39"/>
        <source>a valid postcode</source>
        <translation>geldige postcode</translation>
    </message>
    <message>
        <location filename="../../core/model/column.cpp" line="44"/>
        <source>a valid text</source>
        <translation>geldige tekst</translation>
    </message>
    <message>
        <location filename="../../core/io/typeinference.cpp" line="312"/>
        <source>the value &apos;%1&apos; (a value of the data, %2 records) is not %3</source>
        <translation>de waarde &apos;%1&apos; (een waarde uit de gegevens, %2 records) is geen %3</translation>
    </message>
    <message>
        <location filename="../../core/io/typeinference.cpp" line="316"/>
        <source>a value held by one record only (not shown: it could single someone out) is not %1</source>
        <translation>een waarde die maar één record heeft (niet getoond: die kan iemand herkenbaar maken) is geen %1</translation>
    </message>
    <message>
        <location filename="../../core/io/wholefile.cpp" line="83"/>
        <location filename="../../core/io/wholefile.cpp" line="150"/>
        <source>cannot write the file: %1</source>
        <translation>het bestand kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/wholefile.cpp" line="107"/>
        <source>cannot write the file: it was never opened</source>
        <translation>het bestand kan niet worden geschreven: het is nooit geopend</translation>
    </message>
    <message>
        <location filename="../../core/io/wholefile.cpp" line="118"/>
        <location filename="../../core/io/wholefile.cpp" line="126"/>
        <location filename="../../core/io/wholefile.cpp" line="170"/>
        <location filename="../../core/io/wholefile.cpp" line="173"/>
        <source>cannot write the file: %1; it is as it was</source>
        <translation>het bestand kan niet worden geschreven: %1; het is gebleven zoals het was</translation>
    </message>
    <message>
        <location filename="../../core/model/configuration.cpp" line="53"/>
        <source>the record noun holds a control character</source>
        <translation>het woord voor de records bevat een stuurteken</translation>
    </message>
    <message>
        <location filename="../../core/model/configuration.cpp" line="57"/>
        <source>the record noun &apos;%1…&apos; is longer than 40 characters</source>
        <translation>het woord voor de records &apos;%1…&apos; is langer dan 40 tekens</translation>
    </message>
    <message>
        <location filename="../../core/model/hierarchy.cpp" line="10"/>
        <location filename="../../core/model/hierarchy.cpp" line="30"/>
        <source>the hierarchy has no rows</source>
        <translation>de hiërarchie heeft geen rijen</translation>
    </message>
    <message>
        <location filename="../../core/model/hierarchy.cpp" line="14"/>
        <source>this row has %1 levels where the first row has %2</source>
        <translation>deze rij heeft %1 niveaus waar de eerste rij er %2 heeft</translation>
    </message>
    <message>
        <location filename="../../core/model/hierarchy.cpp" line="49"/>
        <source>the value &apos;%1&apos; appears in more than one row</source>
        <translation>de waarde &apos;%1&apos; staat in meer dan één rij</translation>
    </message>
    <message>
        <location filename="../../core/model/hierarchy.cpp" line="80"/>
        <source>the levels do not nest: &apos;%1&apos; at level %2 has two parents at level %3, &apos;%4&apos; (for &apos;%5&apos;) and &apos;%6&apos; (for &apos;%7&apos;)</source>
        <translation>de niveaus passen niet in elkaar: &apos;%1&apos; op niveau %2 heeft twee ouders op niveau %3, &apos;%4&apos; (voor &apos;%5&apos;) en &apos;%6&apos; (voor &apos;%7&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationfile.cpp" line="28"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>geen geldige JSON: %1 bij teken %2</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationfile.cpp" line="34"/>
        <source>not a Dijkgraaf configuration (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>geen Dijkgraaf-configuratie (&quot;format&quot; is niet &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationfile.cpp" line="63"/>
        <source>level %1 is outside the hierarchy, whose levels run from 0 to %2</source>
        <translation>niveau %1 ligt buiten de hiërarchie, waarvan de niveaus lopen van 0 tot %2</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="65"/>
        <source>the configuration describes a column &apos;%1&apos; that the data does not have</source>
        <translation>de configuratie beschrijft een kolom &apos;%1&apos; die de gegevens niet hebben</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="69"/>
        <source>the configuration describes column &apos;%1&apos; twice</source>
        <translation>de configuratie beschrijft kolom &apos;%1&apos; twee keer</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="74"/>
        <source>unknown role &apos;%1&apos;</source>
        <translation>onbekende rol &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="79"/>
        <source>a level cannot be negative</source>
        <translation>een niveau kan niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="109"/>
        <source>the configuration does not describe column &apos;%1&apos; of the data</source>
        <translation>de configuratie beschrijft kolom &apos;%1&apos; van de gegevens niet</translation>
    </message>
    <message>
        <location filename="../../core/project/configurationjson.cpp" line="116"/>
        <source>the ladder order names a column &apos;%1&apos; that the data does not have</source>
        <translation>de volgorde van de ladder noemt een kolom &apos;%1&apos; die de gegevens niet hebben</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="43"/>
        <location filename="../../core/project/project.cpp" line="47"/>
        <location filename="../../core/publish/publication.cpp" line="160"/>
        <source>cannot read the file: %1</source>
        <translation>het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="71"/>
        <source>cannot make a temporary folder beside the project to write it</source>
        <translation>er kan naast het project geen tijdelijke map worden gemaakt om het te schrijven</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="79"/>
        <location filename="../../core/project/project.cpp" line="102"/>
        <location filename="../../core/project/project.cpp" line="184"/>
        <source>cannot write the project: %1</source>
        <translation>het project kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="177"/>
        <source>cannot write the project: %1; it is as it was</source>
        <translation>het project kan niet worden geschreven: %1; het is gebleven zoals het was</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="188"/>
        <source>cannot write the project: its temporary copy could not be read back</source>
        <translation>het project kan niet worden geschreven: de tijdelijke kopie kon niet worden teruggelezen</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="199"/>
        <source>the project file does not exist</source>
        <translation>het projectbestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="202"/>
        <source>this is not a Dijkgraaf project (not an SQLite file)</source>
        <translation>dit is geen Dijkgraaf-project (geen SQLite-bestand)</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="208"/>
        <source>cannot open the project: %1</source>
        <translation>het project kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="213"/>
        <source>the project file is damaged (%1); open a copy saved before</source>
        <translation>het projectbestand is beschadigd (%1); open een eerder opgeslagen kopie</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="226"/>
        <source>the project file is damaged (SQLite&apos;s check: %1, and %2 more); open a copy saved before</source>
        <translation>het projectbestand is beschadigd (controle van SQLite: %1, en nog %2); open een eerder opgeslagen kopie</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="232"/>
        <source>the project file is damaged (SQLite&apos;s check: %1); open a copy saved before</source>
        <translation>het projectbestand is beschadigd (controle van SQLite: %1); open een eerder opgeslagen kopie</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="242"/>
        <source>this is not a Dijkgraaf project (it has no project information)</source>
        <translation>dit is geen Dijkgraaf-project (het heeft geen projectgegevens)</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="263"/>
        <source>the project is damaged: how its data is read cannot be understood</source>
        <translation>het project is beschadigd: hoe de gegevens gelezen worden is niet te begrijpen</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="270"/>
        <source>this is not a Dijkgraaf project</source>
        <translation>dit is geen Dijkgraaf-project</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="276"/>
        <source>the project is damaged: its format version is &apos;%1&apos;, not a number</source>
        <translation>het project is beschadigd: de formaatversie is &apos;%1&apos;, geen getal</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="280"/>
        <source>the project was written by a newer version of Dijkgraaf (format %1)</source>
        <translation>het project is geschreven door een nieuwere versie van Dijkgraaf (formaat %1)</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="284"/>
        <source>the project holds no configuration</source>
        <translation>het project bevat geen configuratie</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="289"/>
        <source>the project&apos;s configuration is damaged: %1</source>
        <translation>de configuratie van het project is beschadigd: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="296"/>
        <source>the project says it is of format %1, which has no approvals, but it holds %2: it was altered</source>
        <translation>het project zegt van formaat %1 te zijn, dat geen goedkeuringen kent, maar het bevat er %2: het is gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="305"/>
        <source>the project&apos;s publication is damaged: %1</source>
        <translation>de publicatie van het project is beschadigd: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="312"/>
        <location filename="../../core/project/project.cpp" line="338"/>
        <location filename="../../core/project/project.cpp" line="365"/>
        <source>the project&apos;s approvals are damaged</source>
        <translation>de goedkeuringen van het project zijn beschadigd</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="317"/>
        <source>approval %1 of the project has lost its entry of the budget it spent: the project is damaged</source>
        <translation>goedkeuring %1 van het project mist de vermelding van het besteede budget: het project is beschadigd</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="343"/>
        <location filename="../../core/project/project.cpp" line="350"/>
        <source>the tables of approval %1 are damaged (%2): they cannot be published again as they were</source>
        <translation>de tabellen van goedkeuring %1 zijn beschadigd (%2): ze kunnen niet opnieuw worden gepubliceerd zoals ze waren</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="357"/>
        <source>approval %1 has lost its tables: the project is damaged, and its release cannot be published again as it was</source>
        <translation>goedkeuring %1 mist haar tabellen: het project is beschadigd, en de publicatie kan niet opnieuw worden gepubliceerd zoals ze was</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="369"/>
        <source>approval %1 names a file &apos;%2&apos;, which is not a plain file name: the project was altered</source>
        <translation>goedkeuring %1 noemt een bestand &apos;%2&apos;, wat geen gewone bestandsnaam is: het project is gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="375"/>
        <source>the stored file &apos;%1&apos; of approval %2 does not match its hash</source>
        <translation>het opgeslagen bestand &apos;%1&apos; van goedkeuring %2 klopt niet met zijn hash</translation>
    </message>
    <message>
        <location filename="../../core/project/project.cpp" line="381"/>
        <source>approval %1 has lost its files: the project is damaged, and its release cannot be published again as it was</source>
        <translation>goedkeuring %1 mist haar bestanden: het project is beschadigd, en de publicatie kan niet opnieuw worden gepubliceerd zoals ze was</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="262"/>
        <source>the declared categories of &apos;%1&apos; are a time range, but the dimension has no time bucket</source>
        <translation>de opgegeven categorieën van &apos;%1&apos; zijn een tijdvak, maar de dimensie heeft geen tijdsindeling</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="268"/>
        <source>the declared categories of &apos;%1&apos;: &apos;%2&apos; is not a date (2026-03-01) or a date and time (2026-03-01T00:00)</source>
        <translation>de opgegeven categorieën van &apos;%1&apos;: &apos;%2&apos; is geen datum (2026-03-01) of datum met tijd (2026-03-01T00:00)</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="273"/>
        <source>the declared categories of &apos;%1&apos;: the range ends (%2) before it starts (%3)</source>
        <translation>de opgegeven categorieën van &apos;%1&apos;: het tijdvak eindigt (%2) voordat het begint (%3)</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="280"/>
        <source>the declared categories of &apos;%1&apos;: the range from %2 to %3 holds more than a million time buckets</source>
        <translation>de opgegeven categorieën van &apos;%1&apos;: het tijdvak van %2 tot %3 telt meer dan een miljoen tijdsvakken</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="290"/>
        <source>the declared categories of &apos;%1&apos; name &apos;%2&apos; twice</source>
        <translation>de opgegeven categorieën van &apos;%1&apos; noemen &apos;%2&apos; twee keer</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="294"/>
        <source>the declared categories of &apos;%1&apos; are empty</source>
        <translation>de opgegeven categorieën van &apos;%1&apos; zijn leeg</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="323"/>
        <location filename="../../core/publish/aggregatetable.cpp" line="886"/>
        <location filename="../../core/publish/postgrescells.cpp" line="106"/>
        <source>the table names a column &apos;%1&apos; that the data does not have</source>
        <translation>de tabel noemt een kolom &apos;%1&apos; die de gegevens niet hebben</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="338"/>
        <location filename="../../core/publish/aggregatetable.cpp" line="391"/>
        <source>level %1 of &apos;%2&apos; is outside its hierarchy (0 to %3)</source>
        <translation>niveau %1 van &apos;%2&apos; ligt buiten de hiërarchie (0 tot %3)</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="364"/>
        <source>&apos;%1&apos; is not a date and time (2026-03-01 08:15), needed for a time bucket by %2</source>
        <translation>&apos;%1&apos; is geen datum met tijd (2026-03-01 08:15), nodig voor een tijdsindeling per %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="367"/>
        <source>&apos;%1&apos; is not a date (2026-03-01), needed for a time bucket by %2</source>
        <translation>&apos;%1&apos; is geen datum (2026-03-01), nodig voor een tijdsindeling per %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="407"/>
        <source>&apos;%1&apos; is not in the hierarchy of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; staat niet in de hiërarchie van &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="462"/>
        <source>a privacy unit of a %1 needs a date or date-time column: the table has no time bucket</source>
        <translation>een privacy-eenheid van een %1 vraagt om een kolom met datums of tijdstippen: de tabel heeft geen tijdsindeling</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="466"/>
        <source>a privacy unit of a %1 needs a date or date-time column: the data has no column &apos;%2&apos;</source>
        <translation>een privacy-eenheid van een %1 vraagt om een kolom met datums of tijdstippen: de gegevens hebben geen kolom &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="860"/>
        <source>the table &apos;%1&apos; has no dimension</source>
        <translation>de tabel &apos;%1&apos; heeft geen dimensie</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="862"/>
        <source>the table &apos;%1&apos; has %2 dimensions; at most 8 are supported</source>
        <translation>de tabel &apos;%1&apos; heeft %2 dimensies; er kunnen er hoogstens 8 zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="879"/>
        <source>the table &apos;%1&apos; has too many possible cells</source>
        <translation>de tabel &apos;%1&apos; heeft te veel mogelijke cellen</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="890"/>
        <source>&apos;%1&apos; is not numeric: it cannot be summed</source>
        <translation>&apos;%1&apos; is niet numeriek: het kan niet worden opgeteld</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="893"/>
        <source>the bounds of &apos;%1&apos; are not in order (%2 &gt; %3)</source>
        <translation>de grenzen van &apos;%1&apos; staan niet op volgorde (%2 &gt; %3)</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="1089"/>
        <source>the table &apos;%1&apos; would have %2 cells; at most %3 are supported: choose coarser levels or fewer dimensions</source>
        <translation>de tabel &apos;%1&apos; zou %2 cellen hebben; er kunnen er hoogstens %3 zijn: kies grovere niveaus of minder dimensies</translation>
    </message>
    <message>
        <location filename="../../core/publish/aggregatetable.cpp" line="1108"/>
        <source>the table &apos;%1&apos; has %2 cells; at most %3 are supported</source>
        <translation>de tabel &apos;%1&apos; heeft %2 cellen; er kunnen er hoogstens %3 zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="69"/>
        <source>the approval of %1 in the project cannot be read: %2</source>
        <translation>de goedkeuring van %1 in het project kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="81"/>
        <source>an approval needs the name of the person who approves</source>
        <translation>een goedkeuring vraagt om de naam van wie goedkeurt</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="84"/>
        <source>there is no table to approve: design one first</source>
        <translation>er is geen tabel om goed te keuren: ontwerp er eerst een</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="103"/>
        <location filename="../../core/publish/publication.cpp" line="836"/>
        <location filename="../../core/publish/publication.cpp" line="853"/>
        <source>table &apos;%1&apos;: %2</source>
        <translation>tabel &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="117"/>
        <source>table &apos;%1&apos; fails its audit: 1 figure of hidden cells can be worked out too closely from what is published%3
Choose coarser levels, fewer dimensions or no totals, or publish fewer tables together</source>
        <translation>tabel &apos;%1&apos; doorstaat de controle niet: 1 getal van verborgen cellen is te nauwkeurig af te leiden uit wat gepubliceerd wordt%3
Kies grovere niveaus, minder dimensies of geen totalen, of publiceer minder tabellen samen</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="123"/>
        <source>table &apos;%1&apos; fails its audit: %2 figures of hidden cells can be worked out too closely from what is published%3
Choose coarser levels, fewer dimensions or no totals, or publish fewer tables together</source>
        <translation>tabel &apos;%1&apos; doorstaat de controle niet: %2 getallen van verborgen cellen zijn te nauwkeurig af te leiden uit wat gepubliceerd wordt%3
Kies grovere niveaus, minder dimensies of geen totalen, of publiceer minder tabellen samen</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="154"/>
        <source>refused: the configuration asks for a budget of rho %1 for &apos;%2&apos;, whose budget is rho %3: raising a budget is an approval of its own (dijkgraaf budget PROJECT --raise %1 --name NAME --note WHY)</source>
        <translation>geweigerd: de configuratie vraagt een budget van rho %1 voor &apos;%2&apos;, waarvan het budget rho %3 is: een budget verhogen is een goedkeuring op zich (dijkgraaf budget PROJECT --raise %1 --name NAAM --note WAAROM)</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="78"/>
        <source>cannot open the privacy ledger: %1</source>
        <translation>het privacyregister kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="91"/>
        <location filename="../../core/project/privacyledger.cpp" line="101"/>
        <source>cannot prepare the privacy ledger: %1</source>
        <translation>het privacyregister kan niet worden voorbereid: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="108"/>
        <location filename="../../core/project/privacyledger.cpp" line="218"/>
        <location filename="../../core/project/privacyledger.cpp" line="262"/>
        <location filename="../../core/project/privacyledger.cpp" line="270"/>
        <location filename="../../core/project/privacyledger.cpp" line="272"/>
        <source>cannot write the privacy ledger: %1</source>
        <translation>het privacyregister kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="132"/>
        <location filename="../../core/project/privacyledger.cpp" line="143"/>
        <location filename="../../core/project/privacyledger.cpp" line="183"/>
        <location filename="../../core/project/privacyledger.cpp" line="237"/>
        <source>cannot read the privacy ledger: %1</source>
        <translation>het privacyregister kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="191"/>
        <source>a budget is declared or raised by someone: give a name</source>
        <translation>een budget wordt door iemand vastgesteld of verhoogd: geef een naam</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="193"/>
        <source>a budget is a positive rho, not %1</source>
        <translation>een budget is een positieve rho, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="206"/>
        <source>the budget of &apos;%1&apos; cannot be lowered to rho %2: %3 is spent already</source>
        <translation>het budget van &apos;%1&apos; kan niet worden verlaagd tot rho %2: %3 is al besteed</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="239"/>
        <location filename="../../core/publish/approval.cpp" line="165"/>
        <source>refused: this data was released before as &apos;%1&apos; and draws from that budget; declare the dataset by that name</source>
        <translation>geweigerd: deze gegevens zijn eerder gepubliceerd als &apos;%1&apos; en putten uit dat budget; geef de gegevensset die naam</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="248"/>
        <source>the data source &apos;%1&apos; has no privacy budget yet: declare one</source>
        <translation>de gegevensbron &apos;%1&apos; heeft nog geen privacybudget: stel er een vast</translation>
    </message>
    <message>
        <location filename="../../core/project/privacyledger.cpp" line="253"/>
        <location filename="../../core/publish/approval.cpp" line="171"/>
        <source>refused: this release would spend rho %1, and %2 of the budget of rho %3 of &apos;%4&apos; is spent already (by every project on this data)</source>
        <translation>geweigerd: deze publicatie zou rho %1 besteden, en van het budget van rho %3 van &apos;%4&apos; is %2 al besteed (door alle projecten op deze gegevens)</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="257"/>
        <source>nothing is approved yet: approve the release first</source>
        <translation>er is nog niets goedgekeurd: keur de publicatie eerst goed</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="261"/>
        <source>the configuration changed after it was approved (%1, by %2): approve it again before publishing</source>
        <translation>de configuratie is veranderd nadat ze is goedgekeurd (%1, door %2): keur haar opnieuw goed voordat u publiceert</translation>
    </message>
    <message>
        <location filename="../../core/publish/approval.cpp" line="266"/>
        <source>the data changed after the release was approved (%1): approve it again before publishing</source>
        <translation>de gegevens zijn veranderd nadat de publicatie is goedgekeurd (%1): keur haar opnieuw goed voordat u publiceert</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="68"/>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: &quot;%2&quot; moet een getal zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="71"/>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4, not %5</source>
        <translation>%1: &quot;%2&quot; moet een geheel getal van %3 tot %4 zijn, niet %5</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="103"/>
        <source>%1: the mechanism must be discrete-laplace or discrete-gaussian, not &apos;%2&apos;</source>
        <translation>%1: het mechanisme moet discrete-laplace of discrete-gaussian zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="120"/>
        <source>%1: the privacy unit must be person, person-day or person-week, not &apos;%2&apos;</source>
        <translation>%1: de privacy-eenheid moet person, person-day of person-week zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="157"/>
        <source>%1: the method must be table-rules, differential-privacy or cell-key, not &apos;%2&apos;</source>
        <translation>%1: de methode moet table-rules, differential-privacy of cell-key zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="174"/>
        <source>the cell-key method moves a sum by its 1 to %1 largest contributions, not %2</source>
        <translation>de celsleutelmethode verschuift een som met de 1 tot %1 grootste bijdragen, niet %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="178"/>
        <source>the cell-key method&apos;s percent for sums lies above 0 and at most 100</source>
        <translation>het percentage voor sommen van de celsleutelmethode ligt boven 0 en is hoogstens 100</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="181"/>
        <source>the cell-key method&apos;s minimum share for sums lies from 0 to below 1</source>
        <translation>het minimale aandeel voor sommen van de celsleutelmethode ligt van 0 tot onder 1</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="188"/>
        <source>the threshold must be at least 1</source>
        <translation>de drempel moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="191"/>
        <source>the dominance rule needs n from 1 to 3 and k above 0 and at most 100 %</source>
        <translation>de dominantieregel vraagt om n van 1 tot 3 en k boven 0 en hoogstens 100 %</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="194"/>
        <source>the p%% rule needs p above 0 and at most 100</source>
        <translation>de p%%-regel vraagt om p boven 0 en hoogstens 100</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="198"/>
        <source>rounding is to a base of 3, 5 or 10 (or 0 for none), not %1</source>
        <translation>afronden gaat op een basis van 3, 5 of 10 (of 0 voor geen), niet %1</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="202"/>
        <source>the protection range of sums lies between 0 and 100 %</source>
        <translation>de beschermingsmarge van sommen ligt tussen 0 en 100 %</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="208"/>
        <source>epsilon must lie between 0.001 and 100</source>
        <translation>epsilon moet tussen 0,001 en 100 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="210"/>
        <source>rho must lie between 0.000001 and 100</source>
        <translation>rho moet tussen 0,000001 en 100 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="213"/>
        <source>the contribution bounds must lie between 1 and 1000</source>
        <translation>de bijdragegrenzen moeten tussen 1 en 1000 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="216"/>
        <source>the unit of noisy sums must be positive</source>
        <translation>de eenheid van sommen met ruis moet positief zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="218"/>
        <source>the rho of partition selection must lie between 0.000001 and 100</source>
        <translation>de rho van de celselectie moet tussen 0,000001 en 100 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/protectionsettings.cpp" line="221"/>
        <source>the delta of partition selection must lie between 1e-15 and 0.01</source>
        <translation>de delta van de celselectie moet tussen 1e-15 en 0,01 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/cellkey.cpp" line="67"/>
        <source>the maximum deviation of the cell-key method lies between 1 and 100, not %1</source>
        <translation>de grootste afwijking van de celsleutelmethode ligt tussen 1 en 100, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/publish/cellkey.cpp" line="71"/>
        <source>the variance of the cell-key method lies above 0 and at most the square of the maximum deviation (%1)</source>
        <translation>de variantie van de celsleutelmethode ligt boven 0 en is hoogstens het kwadraat van de grootste afwijking (%1)</translation>
    </message>
    <message>
        <location filename="../../core/publish/cellkey.cpp" line="76"/>
        <source>the smallest count the cell-key method publishes lies between 0 and the maximum deviation + 1</source>
        <translation>de kleinste telling die de celsleutelmethode publiceert ligt tussen 0 en de grootste afwijking + 1</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="80"/>
        <source>%1: a declared time range needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation>%1: een opgegeven tijdvak vraagt om zowel &quot;from&quot; als &quot;to&quot;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="88"/>
        <source>%1: the declared labels are empty</source>
        <translation>%1: de opgegeven labels zijn leeg</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="93"/>
        <source>%1: a declared domain is &quot;labels&quot;, a time range (&quot;from&quot;, &quot;to&quot;) or a &quot;file&quot;</source>
        <translation>%1: een opgegeven domein is &quot;labels&quot;, een tijdvak (&quot;from&quot;, &quot;to&quot;) of een &quot;file&quot;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="109"/>
        <source>%1: the domain file &apos;%2&apos; must lie beside the configuration file or in a folder below it (a relative path without &apos;..&apos;), for its lines are published as labels</source>
        <translation>%1: het domeinbestand &apos;%2&apos; moet naast het configuratiebestand liggen of in een map daaronder (een relatief pad zonder &apos;..&apos;), want de regels worden als labels gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="127"/>
        <source>%1: the delimiter of a domain file is one character, not &apos;%2&apos;</source>
        <translation>%1: het scheidingsteken van een domeinbestand is één teken, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="139"/>
        <source>the file has no header line</source>
        <translation>het bestand heeft geen kopregel</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="145"/>
        <source>the file has no column &apos;%1&apos;</source>
        <translation>het bestand heeft geen kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="153"/>
        <source>line %1 has no field %2</source>
        <translation>regel %1 heeft geen veld %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="166"/>
        <source>the file declares no label</source>
        <translation>het bestand geeft geen enkel label op</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="194"/>
        <source>table &apos;%1&apos;: under differential privacy the categories of &apos;%2&apos; must be declared (a list, a code list file, a hierarchy file&apos;s level, or for a time bucket a range from and to), never taken from the data: one person with a category no one else has would add its cells to the release</source>
        <translation>tabel &apos;%1&apos;: onder differentiële privacy moeten de categorieën van &apos;%2&apos; worden opgegeven (een lijst, een codelijstbestand, een niveau van een hiërarchiebestand, of voor een tijdsindeling een tijdvak van en tot), nooit uit de gegevens genomen: één persoon met een categorie die verder niemand heeft, zou daarmee cellen aan de publicatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="335"/>
        <source>%1: the time bucket of &apos;%2&apos; must be hour, day, week, month, year or decade, not &apos;%3&apos;</source>
        <translation>%1: de tijdsindeling van &apos;%2&apos; moet hour, day, week, month, year of decade zijn, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="350"/>
        <source>%1: a measure is a sum or a mean, not &apos;%2&apos;</source>
        <translation>%1: een maat is een som (sum) of een gemiddelde (mean), niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="355"/>
        <source>%1: the %2 of &apos;%3&apos; needs bounds (lower and upper) to clamp its values to</source>
        <translation>%1: de %2 van &apos;%3&apos; vraagt om grenzen (lower en upper) om de waarden tot te beperken</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="361"/>
        <source>%1: the bounds of &apos;%2&apos; are not in order</source>
        <translation>%1: de grenzen van &apos;%2&apos; staan niet op volgorde</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="440"/>
        <source>the privacy budget cannot be negative</source>
        <translation>het privacybudget kan niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="446"/>
        <source>%1: the data has no column &apos;%2&apos;</source>
        <translation>%1: de gegevens hebben geen kolom &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="454"/>
        <source>a table has no name</source>
        <translation>een tabel heeft geen naam</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="461"/>
        <source>two tables are called &apos;%1&apos;</source>
        <translation>twee tabellen heten &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="468"/>
        <source>%1: &apos;%2&apos; is a dimension twice</source>
        <translation>%1: &apos;%2&apos; is twee keer een dimensie</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="476"/>
        <source>%1: &apos;%2&apos; holds no dates with times, so it has no time bucket by %3</source>
        <translation>%1: &apos;%2&apos; bevat geen datums met tijden en heeft dus geen tijdsindeling per %3</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="478"/>
        <source>%1: &apos;%2&apos; holds no dates, so it has no time bucket by %3</source>
        <translation>%1: &apos;%2&apos; bevat geen datums en heeft dus geen tijdsindeling per %3</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="488"/>
        <source>%1: &apos;%2&apos; is not numeric</source>
        <translation>%1: &apos;%2&apos; is niet numeriek</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="495"/>
        <source>%1: &apos;%2&apos; is both a dimension and the distribution</source>
        <translation>%1: &apos;%2&apos; is zowel een dimensie als de verdeling</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="500"/>
        <source>%1: a table needs at least one dimension</source>
        <translation>%1: een tabel vraagt om minstens één dimensie</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="560"/>
        <source>a stored table lacks its name, labels, cells or protection</source>
        <translation>een opgeslagen tabel mist haar naam, labels, cellen of bescherming</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="592"/>
        <location filename="../../core/publish/publication.cpp" line="596"/>
        <location filename="../../core/publish/publication.cpp" line="599"/>
        <location filename="../../core/publish/publication.cpp" line="602"/>
        <location filename="../../core/publish/publication.cpp" line="609"/>
        <source>a stored cell of &apos;%1&apos; is damaged</source>
        <translation>een opgeslagen cel van &apos;%1&apos; is beschadigd</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="623"/>
        <source>the stored summary or audit of &apos;%1&apos; is damaged</source>
        <translation>de opgeslagen samenvatting of controle van &apos;%1&apos; is beschadigd</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="703"/>
        <source>of data in a database, only tables under differential privacy with declared categories are counted there; the others need the records</source>
        <translation>van data in een database worden alleen tabellen onder differential privacy met opgegeven categorieën daar geteld; de andere hebben de records nodig</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="730"/>
        <source>table &apos;%1&apos;: the data has no column &apos;%2&apos;</source>
        <translation>tabel &apos;%1&apos;: de gegevens hebben geen kolom &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="737"/>
        <source>table &apos;%1&apos;: &apos;%2&apos; identifies people directly and cannot be a dimension</source>
        <translation>tabel &apos;%1&apos;: &apos;%2&apos; identificeert mensen direct en kan geen dimensie zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="747"/>
        <source>table &apos;%1&apos;: &apos;%2&apos; is no quasi-identifier, so it has no levels</source>
        <translation>tabel &apos;%1&apos;: &apos;%2&apos; is geen quasi-identificator en heeft dus geen niveaus</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="810"/>
        <source>table &apos;%1&apos;: the cell-key method needs the project&apos;s secret; save the project first</source>
        <translation>tabel &apos;%1&apos;: de celsleutelmethode vraagt om het geheim van het project; sla het project eerst op</translation>
    </message>
    <message>
        <location filename="../../core/publish/publication.cpp" line="815"/>
        <source>table &apos;%1&apos;: the cell-key method needs a column that identifies each record (a customer number or a subject id), so that the same record keeps its key in every release</source>
        <translation>tabel &apos;%1&apos;: de celsleutelmethode vraagt om een kolom die elk record identificeert (een klantnummer of een subject-id), zodat hetzelfde record in elke publicatie dezelfde sleutel houdt</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="415"/>
        <source>cannot create the SQLite export: %1</source>
        <translation>de SQLite-export kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="449"/>
        <location filename="../../core/publish/exporter.cpp" line="472"/>
        <location filename="../../core/publish/exporter.cpp" line="477"/>
        <source>cannot write the SQLite export: %1</source>
        <translation>de SQLite-export kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="485"/>
        <source>cannot write the SQLite export: the database driver gives no handle</source>
        <translation>de SQLite-export kan niet worden geschreven: het databasestuurprogramma geeft geen handle</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="490"/>
        <source>cannot write the SQLite export: the database could not be serialized</source>
        <translation>de SQLite-export kan niet worden geschreven: de database kon niet worden geserialiseerd</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="619"/>
        <source>refused: a file to write is named &apos;%1&apos;, which is not a plain file name; nothing was written</source>
        <translation>geweigerd: een te schrijven bestand heet &apos;%1&apos;, wat geen gewone bestandsnaam is; er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="626"/>
        <source>&apos;%1&apos; exists and is not a folder</source>
        <translation>&apos;%1&apos; bestaat en is geen map</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="634"/>
        <source>&apos;%1&apos; already holds %2: give --force (or confirm) to replace them</source>
        <translation>&apos;%1&apos; bevat al %2: geef --force (of bevestig) om ze te vervangen</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="641"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>de map &apos;%1&apos; kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="648"/>
        <source>cannot write in &apos;%1&apos;</source>
        <translation>er kan niet worden geschreven in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="666"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="677"/>
        <source>cannot create &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="690"/>
        <source>&apos;%1&apos; holds folders of its own; publish into a folder of files only, or a new one</source>
        <translation>&apos;%1&apos; bevat eigen mappen; publiceer in een map met alleen bestanden, of in een nieuwe</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="700"/>
        <source>cannot keep &apos;%1&apos; of the folder; nothing was changed</source>
        <translation>&apos;%1&apos; in de map kan niet worden behouden; er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../core/publish/exporter.cpp" line="711"/>
        <source>cannot replace the files in &apos;%1&apos;; they are as they were</source>
        <translation>de bestanden in &apos;%1&apos; kunnen niet worden vervangen; ze zijn gebleven zoals ze waren</translation>
    </message>
    <message>
        <location filename="../../core/search/search.cpp" line="651"/>
        <source>give one weight per quasi-identifier (%1), not %2</source>
        <translation>geef één gewicht per quasi-identificator (%1), niet %2</translation>
    </message>
    <message>
        <location filename="../../core/search/search.cpp" line="658"/>
        <source>attribute weights must be numbers of at least 0</source>
        <translation>attribuutgewichten moeten getallen van minstens 0 zijn</translation>
    </message>
    <message>
        <location filename="../../core/search/search.cpp" line="663"/>
        <source>at least one attribute weight must be above 0</source>
        <translation>minstens één attribuutgewicht moet boven 0 liggen</translation>
    </message>
    <message>
        <location filename="../../core/search/search.cpp" line="665"/>
        <source>attribute weights apply to loss and precision_loss, not to %1</source>
        <translation>attribuutgewichten gelden voor loss en precision_loss, niet voor %1</translation>
    </message>
    <message>
        <location filename="../../core/search/search.cpp" line="670"/>
        <source>k must be at least 1 and the suppression limit between 0 and 1</source>
        <translation>k moet minstens 1 zijn en de onderdrukkingsgrens tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="178"/>
        <source>the release&apos;s metadata: %1</source>
        <translation>de metadata van de publicatie: %1</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="182"/>
        <source>the catalogue profile is &apos;%1&apos;; it can be &apos;dcat-ap&apos; or &apos;dcat-ap-donl&apos;</source>
        <translation>het catalogusprofiel is &apos;%1&apos;; het kan &apos;dcat-ap&apos; of &apos;dcat-ap-donl&apos; zijn</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="186"/>
        <source>the title is empty</source>
        <translation>de titel is leeg</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="188"/>
        <source>the language &apos;%1&apos; is not an official language of the EU or Frisian (give its two-letter code, such as &apos;en&apos; or &apos;nl&apos;)</source>
        <translation>de taal &apos;%1&apos; is geen officiële taal van de EU of het Fries (geef de code van twee letters, zoals &apos;en&apos; of &apos;nl&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="193"/>
        <source>the address of the release &apos;%1&apos; is not a web address (it must start with https:// or http://)</source>
        <translation>het adres van de publicatie &apos;%1&apos; is geen webadres (het moet beginnen met https:// of http://)</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="198"/>
        <source>the publisher&apos;s IRI &apos;%1&apos; is not a web address</source>
        <translation>de IRI van de uitgever &apos;%1&apos; is geen webadres</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="201"/>
        <source>the licence &apos;%1&apos; has no web address (its address is &apos;%2&apos;)</source>
        <translation>de licentie &apos;%1&apos; heeft geen webadres (het adres is &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="206"/>
        <source>the theme &apos;%1&apos; is not a web address (a theme is an IRI of a taxonomy)</source>
        <translation>het thema &apos;%1&apos; is geen webadres (een thema is een IRI uit een taxonomie)</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="210"/>
        <source>the area &apos;%1&apos; looks like an address but is not a valid one</source>
        <translation>het gebied &apos;%1&apos; lijkt op een adres maar is geen geldig adres</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="218"/>
        <source>the contact address &apos;%1&apos; is not an e-mail address</source>
        <translation>het contactadres &apos;%1&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="224"/>
        <source>DCAT-AP-DONL requires a description</source>
        <translation>DCAT-AP-DONL vraagt om een beschrijving</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="226"/>
        <source>DCAT-AP-DONL requires the publisher&apos;s IRI from the list of organisations of data.overheid.nl (donl_organization), such as https://standaarden.overheid.nl/owms/terms/...</source>
        <translation>DCAT-AP-DONL vraagt om de IRI van de uitgever uit de lijst van organisaties van data.overheid.nl (donl_organization), zoals https://standaarden.overheid.nl/owms/terms/...</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="233"/>
        <source>DCAT-AP-DONL requires a contact e-mail address</source>
        <translation>DCAT-AP-DONL vraagt om een e-mailadres voor contact</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="235"/>
        <source>DCAT-AP-DONL requires at least one theme of the policy agenda taxonomy (%1Economie, for instance)</source>
        <translation>DCAT-AP-DONL vraagt om minstens één thema uit de taxonomie beleidsagenda (bijvoorbeeld %1Economie)</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="241"/>
        <source>DCAT-AP-DONL requires themes of the policy agenda taxonomy (%1...); &apos;%2&apos; is not one</source>
        <translation>DCAT-AP-DONL vraagt om thema&apos;s uit de taxonomie beleidsagenda (%1...); &apos;%2&apos; is er geen</translation>
    </message>
    <message>
        <location filename="../../core/publish/catalogue.cpp" line="246"/>
        <source>DCAT-AP-DONL requires a licence of its list (CC0-1.0, CC-BY-4.0 or CC-BY-SA-4.0); &apos;%1&apos; is not one</source>
        <translation>DCAT-AP-DONL vraagt om een licentie uit zijn lijst (CC0-1.0, CC-BY-4.0 of CC-BY-SA-4.0); &apos;%1&apos; is er geen</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../ui/projectcontroller.cpp" line="74"/>
        <source>the project&apos;s data file %1 is missing</source>
        <translation>het gegevensbestand %1 van het project ontbreekt</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="225"/>
        <source>%1 of values look like e-mail addresses</source>
        <translation>%1 van de waarden lijkt op een e-mailadres</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="226"/>
        <source>%1 of values are IBANs with a valid check digit</source>
        <translation>%1 van de waarden is een IBAN met een geldig controlegetal</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="228"/>
        <source>%1 of values are citizen service numbers (BSN) that pass the 11-test</source>
        <translation>%1 van de waarden is een burgerservicenummer (BSN) dat de elfproef doorstaat</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="230"/>
        <source>%1 of values pass the 11-test of citizen service numbers (BSN)</source>
        <translation>%1 van de waarden doorstaat de elfproef van burgerservicenummers (BSN)</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="232"/>
        <source>%1 of values look like phone numbers</source>
        <translation>%1 van de waarden lijkt op een telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="233"/>
        <source>the column name says it holds names</source>
        <translation>de kolomnaam zegt dat er namen in staan</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="235"/>
        <source>a positive number named as a weight: records stand for this many people</source>
        <translation>een positief getal dat gewicht heet: een record staat voor zoveel mensen</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="238"/>
        <source>a date of birth singles people out in combination with other attributes</source>
        <translation>een geboortedatum wijst mensen aan in combinatie met andere kenmerken</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="240"/>
        <source>an age is known to acquaintances and combines with other attributes</source>
        <translation>een leeftijd is bekend bij kennissen en combineert met andere kenmerken</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="243"/>
        <source>a postcode locates people; with a date of birth and gender it makes most people unique</source>
        <translation>een postcode plaatst mensen; met geboortedatum en geslacht maakt zij de meeste mensen uniek</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="246"/>
        <source>gender is public knowledge and halves every group</source>
        <translation>geslacht is algemeen bekend en halveert elke groep</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="248"/>
        <source>a place of residence is known to others and locates people</source>
        <translation>een woonplaats is bekend bij anderen en plaatst mensen</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="250"/>
        <source>a country of birth is known to others, and a rare one singles people out</source>
        <translation>een geboorteland is bekend bij anderen, en een zeldzaam land wijst mensen aan</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="253"/>
        <source>ethnicity or origin is seen or known by others and combines with other attributes; it is also a special category of personal data (GDPR, article 9)</source>
        <translation>etniciteit of herkomst wordt door anderen gezien of gekend en combineert met andere kenmerken; het is ook een bijzondere categorie persoonsgegevens (AVG, artikel 9)</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="258"/>
        <source>a marital status is on public record and known to acquaintances</source>
        <translation>een burgerlijke staat staat in openbare registers en is bekend bij kennissen</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="261"/>
        <source>a level of education is known to colleagues and acquaintances and combines with age</source>
        <translation>een opleidingsniveau is bekend bij collega&apos;s en kennissen en combineert met leeftijd</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="265"/>
        <source>an occupation or employment is known to colleagues and often public</source>
        <translation>een beroep of dienstverband is bekend bij collega&apos;s en vaak openbaar</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="268"/>
        <source>a nationality is known to others, and a rare one singles people out</source>
        <translation>een nationaliteit is bekend bij anderen, en een zeldzame wijst mensen aan</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="271"/>
        <source>the make-up of a household is known to neighbours and acquaintances</source>
        <translation>de samenstelling van een huishouden is bekend bij buren en kennissen</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="274"/>
        <source>an identifier that repeats over rows: one person with several records</source>
        <translation>een nummer dat over rijen terugkomt: één persoon met meerdere records</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="276"/>
        <source>the column name points to a sensitive matter</source>
        <translation>de kolomnaam wijst op een gevoelig onderwerp</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="278"/>
        <source>%1 of values are distinct: the column identifies records on its own</source>
        <translation>%1 van de waarden is verschillend: de kolom wijst records op zichzelf aan</translation>
    </message>
    <message>
        <location filename="../../core/io/rolesuggestions.cpp" line="280"/>
        <source>no sign that it identifies people</source>
        <translation>geen teken dat de kolom mensen aanwijst</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/presentation.cpp" line="27"/>
        <source>Direct identifier</source>
        <translation>Direct identificerend</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="29"/>
        <source>Quasi-identifier</source>
        <translation>Quasi-identificerend</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="31"/>
        <source>Sensitive</source>
        <translation>Gevoelig</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="33"/>
        <source>Insensitive</source>
        <translation>Niet gevoelig</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="35"/>
        <source>Sampling weight</source>
        <translation>Steekproefgewicht</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="37"/>
        <source>Subject id</source>
        <translation>Persoonsnummer</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <location filename="../../ui/sourcename.cpp" line="29"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/sourcename.cpp" line="31"/>
        <source>a query in %1</source>
        <translation>een query in %1</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <location filename="../../ui/presentation.cpp" line="46"/>
        <source>whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="48"/>
        <source>decimal number</source>
        <translation>decimaal getal</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="50"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="52"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.cpp" line="54"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::ApprovalPanel</name>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="19"/>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="29"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="31"/>
        <source>Why this release, what was checked</source>
        <translation>Waarom deze publicatie, wat is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="32"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="33"/>
        <location filename="../../ui/approvalpanel.cpp" line="56"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="36"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="37"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="38"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="39"/>
        <source>Stop the approval: nothing is recorded</source>
        <translation>De goedkeuring stoppen: er wordt niets vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="43"/>
        <source>Progress of the approval</source>
        <translation>Voortgang van de goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="56"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="56"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="56"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="56"/>
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="97"/>
        <source>Type your name to approve</source>
        <translation>Typ uw naam om goed te keuren</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="110"/>
        <source>Nothing is approved yet. Approving records your name, the time, the configuration and the data&apos;s fingerprint, and spends the privacy budget of noisy tables.</source>
        <translation>Er is nog niets goedgekeurd. Goedkeuren legt uw naam, het tijdstip, de instellingen en de vingerafdruk van de gegevens vast, en besteedt het privacybudget van tabellen met ruis.</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="115"/>
        <source>This design was approved by %1 on %2: it can be exported.</source>
        <translation>Dit ontwerp is goedgekeurd door %1 op %2: het kan worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="119"/>
        <source>The design changed since the last approval: approve it again before exporting.</source>
        <translation>Het ontwerp is veranderd sinds de laatste goedkeuring: keur het opnieuw goed voor het exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="144"/>
        <source>Approving: auditing the release against an attacker who knows everything published, then writing its files…</source>
        <translation>Goedkeuren: de publicatie wordt getoetst tegen een aanvaller die alles kent wat gepubliceerd is, daarna worden de bestanden geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="163"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Refused: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Geweigerd: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="165"/>
        <source>The release was refused: %1</source>
        <translation>De publicatie is geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="171"/>
        <source>Approved by %1</source>
        <translation>Goedgekeurd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="185"/>
        <source>Exported %1 files to %2</source>
        <translation>%1 bestanden geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="191"/>
        <source>Export the release to</source>
        <translation>De publicatie exporteren naar</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="198"/>
        <source>Replace the files?</source>
        <translation>De bestanden vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="199"/>
        <source>%1 already holds files of a release. Replace them?</source>
        <translation>%1 bevat al bestanden van een publicatie. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/approvalpanel.cpp" line="205"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::AttributePanel</name>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="201"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="202"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="203"/>
        <source>Hierarchy</source>
        <translation>Hiërarchie</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="95"/>
        <source>%1 distinct values, %2 missing</source>
        <translation>%1 verschillende waarden, %2 ontbrekend</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="66"/>
        <source>Find a column by name</source>
        <translation>Zoek een kolom op naam</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="68"/>
        <source>Find a column</source>
        <translation>Zoek een kolom</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="105"/>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="108"/>
        <source>Suggested: %1, because %2</source>
        <translation>Voorgesteld: %1, omdat %2</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="110"/>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="112"/>
        <source>Value or *</source>
        <translation>Waarde of *</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="113"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="114"/>
        <source>Dates: month, year, decade</source>
        <translation>Datums: maand, jaar, decennium</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="115"/>
        <source>Masking from the right</source>
        <translation>Maskeren van rechts</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="116"/>
        <source>Intervals…</source>
        <translation>Intervallen…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="117"/>
        <source>From a file…</source>
        <translation>Uit een bestand…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="118"/>
        <location filename="../../ui/attributepanel.cpp" line="336"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="119"/>
        <source>Hierarchy of %1</source>
        <translation>Hiërarchie van %1</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="122"/>
        <source>Edit or export the hierarchy</source>
        <translation>De hiërarchie bewerken of exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="124"/>
        <source>More about the hierarchy of %1</source>
        <translation>Meer over de hiërarchie van %1</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="127"/>
        <source>&amp;Build with a preview…</source>
        <translation>&amp;Bouwen met een voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="130"/>
        <source>&amp;Edit as a table…</source>
        <translation>Als tabel &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="131"/>
        <source>&amp;Import from a file…</source>
        <translation>Uit een bestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="132"/>
        <source>E&amp;xport to a file…</source>
        <translation>Naar een bestand e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="139"/>
        <source>Generalization level of %1</source>
        <translation>Generalisatieniveau van %1</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="191"/>
        <source>%1 of %2 columns shown: the first %3 and those with a role. Find the others by name.</source>
        <translation>%1 van %2 kolommen getoond: de eerste %3 en die met een rol. Zoek de andere op naam.</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="194"/>
        <source>%1 columns match, %2 shown.</source>
        <translation>%1 kolommen passen, %2 getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="294"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="306"/>
        <source>Export the hierarchy of %1</source>
        <translation>De hiërarchie van %1 exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="308"/>
        <source>Hierarchies (ARX format) (*.csv)</source>
        <translation>Hiërarchieën (ARX-formaat) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="339"/>
        <source>Table from %1</source>
        <translation>Tabel uit %1</translation>
    </message>
    <message>
        <location filename="../../ui/attributepanel.cpp" line="372"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::ClassSizeChart</name>
    <message>
        <location filename="../../ui/charts.cpp" line="353"/>
        <source>Records by the size of their group</source>
        <translation>Records naar de grootte van hun groep</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="355"/>
        <source>Data as it is</source>
        <translation>Gegevens zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="356"/>
        <location filename="../../ui/charts.cpp" line="405"/>
        <source>After this transformation</source>
        <translation>Na deze transformatie</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="362"/>
        <source>Group size: records with the same combination</source>
        <translation>Groepsgrootte: records met dezelfde combinatie</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="366"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="369"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="404"/>
        <source>After this transformation (%1 suppressed)</source>
        <translation>Na deze transformatie (%1 weggelaten)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="429"/>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::CrossTableModel</name>
    <message>
        <location filename="../../ui/crosstablemodel.cpp" line="104"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/crosstablemodel.cpp" line="138"/>
        <source>No records: the table has no such cell</source>
        <translation>Geen records: de tabel heeft deze cel niet</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::DatabaseDialog</name>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="17"/>
        <source>Import from a database</source>
        <translation>Importeren uit een database</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="20"/>
        <location filename="../../ui/databasedialog.cpp" line="173"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="30"/>
        <source>from PGPASSWORD or ~/.pgpass</source>
        <translation>uit PGPASSWORD of ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="32"/>
        <source>Used while Dijkgraaf runs, never saved: a project keeps the address only.</source>
        <translation>Gebruikt zolang Dijkgraaf draait, nooit bewaard: een project bewaart alleen het adres.</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="36"/>
        <source>&amp;Table or view</source>
        <translation>&amp;Tabel of view</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="37"/>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="43"/>
        <source>&amp;List tables</source>
        <translation>Tabellen &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="45"/>
        <source>SELECT … FROM …</source>
        <translation>SELECT … FROM …</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="54"/>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="56"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="59"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="60"/>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="61"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="93"/>
        <source>The server asks for a password: type it above.</source>
        <translation>De server vraagt om een wachtwoord: typ het hierboven.</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="103"/>
        <source>The database has no table or view this user may read.</source>
        <translation>De database heeft geen tabel of view die deze gebruiker mag lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="104"/>
        <source>1 table or view this user may read.</source>
        <translation>1 tabel of view die deze gebruiker mag lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="105"/>
        <source>%1 tables and views this user may read.</source>
        <translation>%1 tabellen en views die deze gebruiker mag lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/databasedialog.cpp" line="172"/>
        <source>Asking %1 for its tables…</source>
        <translation>%1 wordt om zijn tabellen gevraagd…</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::DistributionChart</name>
    <message>
        <location filename="../../ui/charts.cpp" line="544"/>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="546"/>
        <source>In the data</source>
        <translation>In de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="547"/>
        <source>Published (after suppression)</source>
        <translation>Gepubliceerd (na weglating)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="552"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="605"/>
        <source>(missing)</source>
        <translation>(ontbrekend)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="610"/>
        <source>%1: %2 values in the data, %3 after generalization</source>
        <translation>%1: %2 waarden in de gegevens, %3 na generalisatie</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="640"/>
        <source>%1 (the %2 most frequent shown)</source>
        <translation>%1 (de %2 meest voorkomende getoond)</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::DomainDialog</name>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="20"/>
        <source>Categories of %1</source>
        <translation>Categorieën van %1</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="23"/>
        <source>Under differential privacy every category of a dimension is declared, never read from the data: one person with a category no one else has would otherwise add its cells to the release, and show that she is in the data whatever the noise. Records outside the declared categories are left out; the preview tells you how many.</source>
        <translation>Onder differentiële privacy wordt elke categorie van een dimensie opgegeven, nooit uit de gegevens gelezen: één persoon met een categorie die niemand anders heeft, zou anders haar cellen aan de publicatie toevoegen, en laten zien dat zij in de gegevens zit, wat de ruis ook doet. Records buiten de opgegeven categorieën worden weggelaten; de voorvertoning vertelt u hoeveel.</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="37"/>
        <source>&amp;First moment:</source>
        <translation>&amp;Eerste moment:</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="38"/>
        <source>&amp;Last moment:</source>
        <translation>&amp;Laatste moment:</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="40"/>
        <source>Every %1 from the first to the last moment gets its cells, both included.</source>
        <translation>Elk(e) %1 van het eerste tot en met het laatste moment krijgt cellen.</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="47"/>
        <source>One category per &amp;line:</source>
        <translation>Eén categorie per &amp;regel:</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="58"/>
        <source>Load a &amp;code list…</source>
        <translation>&amp;Codelijst laden…</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="59"/>
        <source>A text file with one category per line, such as the municipalities or countries of a public code list</source>
        <translation>Een tekstbestand met één categorie per regel, zoals de gemeenten of landen van een openbare codelijst</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="63"/>
        <source>From the &amp;hierarchy file</source>
        <translation>Uit het &amp;hiërarchiebestand</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="67"/>
        <source>The column&apos;s hierarchy was not loaded from a file: its groups follow the data</source>
        <translation>De hiërarchie van deze kolom komt niet uit een bestand: haar groepen volgen de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="68"/>
        <source>The %1 groups of the hierarchy file at this level</source>
        <translation>De %1 groepen van het hiërarchiebestand op dit niveau</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="81"/>
        <source>I cannot declare them: &amp;select them from the data with noise</source>
        <translation>Ik kan ze niet opgeven: &amp;kies ze met ruis uit de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="83"/>
        <source>Partition selection: a category shows only where a noisy count of its people reaches a threshold, so that one held by a few people, or by one alone, almost never shows. It spends a share of the privacy budget of its own (the table&apos;s &quot;selection rho&quot;), and small categories are lost: declare them where you can.</source>
        <translation>Partitieselectie: een categorie verschijnt alleen waar een telling met ruis van haar mensen een drempel haalt, zodat een categorie van enkele mensen, of van één persoon, bijna nooit verschijnt. Dit kost een eigen deel van het privacybudget (de &quot;selectie-rho&quot; van de tabel), en kleine categorieën vallen weg: geef ze op waar u kunt.</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="146"/>
        <source>Load a code list</source>
        <translation>Codelijst laden</translation>
    </message>
    <message>
        <location filename="../../ui/domaindialog.cpp" line="147"/>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Tekst- en CSV-bestanden (*.txt *.csv);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::HierarchyBuilder</name>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="27"/>
        <source>Build the hierarchy of %1</source>
        <translation>De hiërarchie van %1 bouwen</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="36"/>
        <source>Value or * (one level above the values)</source>
        <translation>Waarde of * (één niveau boven de waarden)</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="37"/>
        <source>Automatic, from the values</source>
        <translation>Automatisch, uit de waarden</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="39"/>
        <source>Dates: month, year, decade</source>
        <translation>Datums: maand, jaar, decennium</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="40"/>
        <source>Masking from the right (codes, postcodes)</source>
        <translation>Maskeren van rechts (codes, postcodes)</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="42"/>
        <source>Intervals (numbers)</source>
        <translation>Intervallen (getallen)</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="46"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="46"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="46"/>
        <source>Smallest group</source>
        <translation>Kleinste groep</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="47"/>
        <source>Records in groups below k = %1</source>
        <translation>Records in groepen kleiner dan k = %1</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="48"/>
        <source>The most common value becomes</source>
        <translation>De meest voorkomende waarde wordt</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="59"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="65"/>
        <source>Each level as it would be, from the data:</source>
        <translation>Elk niveau zoals het zou worden, uit de gegevens:</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="109"/>
        <source>Widths</source>
        <translation>Breedtes</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="110"/>
        <source>Characters kept</source>
        <translation>Behouden tekens</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="111"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="113"/>
        <source>level by level, each a multiple of the one before: 5, 10, 20</source>
        <translation>per niveau, elk een veelvoud van de vorige: 5, 10, 20</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="114"/>
        <source>level by level, for instance 4, 3, 2, 1; empty: one fewer each level</source>
        <translation>per niveau, bijvoorbeeld 4, 3, 2, 1; leeg: elk niveau één minder</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="115"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchybuilder.cpp" line="197"/>
        <source>%1 records have a value the hierarchy does not hold</source>
        <translation>%1 records hebben een waarde die niet in de hiërarchie staat</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::HierarchyEditor</name>
    <message>
        <location filename="../../ui/hierarchyeditor.cpp" line="15"/>
        <source>Hierarchy of %1</source>
        <translation>Hiërarchie van %1</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchyeditor.cpp" line="22"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchyeditor.cpp" line="22"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../../ui/hierarchyeditor.cpp" line="42"/>
        <source>Edit the groups of each level. Values that share a group at one level must share it at every level above.</source>
        <translation>Bewerk de groepen van elk niveau. Waarden die op een niveau een groep delen, moeten die op elk hoger niveau ook delen.</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="31"/>
        <location filename="../../ui/importdialog.cpp" line="93"/>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="33"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="34"/>
        <source>&amp;Choose a file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="38"/>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="39"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="40"/>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="41"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="42"/>
        <source>Bar ( | )</source>
        <translation>Streep ( | )</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="49"/>
        <source>Stop the import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="50"/>
        <source>Skip them and list them</source>
        <translation>Overslaan en opsommen</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="52"/>
        <source>&amp;Table or view</source>
        <translation>&amp;Tabel of view</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="59"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="61"/>
        <source>&amp;Delimiter</source>
        <translation>&amp;Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="62"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codering</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="63"/>
        <source>&amp;Lines that do not fit the header</source>
        <translation>&amp;Regels die niet bij de kop passen</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="81"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; of the first records, with each column&apos;s type and role (hover for the reason of a suggestion):</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt; van de eerste records, met type en rol van elke kolom (wijs aan voor de reden van een voorstel):</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="94"/>
        <source>Data (*.csv *.txt *.tsv *.sqlite *.db);;All files (*)</source>
        <translation>Gegevens (*.csv *.txt *.tsv *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="142"/>
        <source>The database holds no tables or views.</source>
        <translation>De database bevat geen tabellen of views.</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="168"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="168"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="180"/>
        <source>Inferred from the values: %1</source>
        <translation>Afgeleid uit de waarden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="187"/>
        <source>Suggested: %1, because %2</source>
        <translation>Voorgesteld: %1, omdat %2</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="207"/>
        <source>Delimiter %1, read as %2.</source>
        <translation>Scheidingsteken %1, gelezen als %2.</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="208"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="217"/>
        <source>line %1 has %2 fields</source>
        <translation>regel %1 heeft %2 velden</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="220"/>
        <source>Lines that do not fit the header&apos;s %1 fields, skipped: %2.</source>
        <translation>Regels die niet bij de %1 velden van de kop passen, overgeslagen: %2.</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::LadderChart</name>
    <message>
        <location filename="../../ui/charts.cpp" line="437"/>
        <source>Share of %1 that are unique as attributes are combined</source>
        <translation>Aandeel unieke %1 naarmate kenmerken worden gecombineerd</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="447"/>
        <source>Data as it is</source>
        <translation>Gegevens zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="448"/>
        <source>At the chosen levels</source>
        <translation>Op de gekozen niveaus</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="457"/>
        <source>Quasi-identifiers, added one by one</source>
        <translation>Quasi-identificerende kenmerken, één voor één toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="458"/>
        <source>Unique (%)</source>
        <translation>Uniek (%)</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::LossChart</name>
    <message>
        <location filename="../../ui/charts.cpp" line="501"/>
        <source>Information lost</source>
        <translation>Verloren informatie</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="503"/>
        <source>Loss</source>
        <translation>Verlies</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="512"/>
        <source>Lost (%)</source>
        <translation>Verloren (%)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.cpp" line="527"/>
        <source>overall</source>
        <translation>totaal</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="89"/>
        <location filename="../../ui/mainwindow.cpp" line="996"/>
        <source>Dijkgraaf</source>
        <translation>Dijkgraaf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="105"/>
        <location filename="../../ui/mainwindow.cpp" line="848"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Import data…</source>
        <translation>Gegevens &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="134"/>
        <source>Import from a data&amp;base…</source>
        <translation>Importeren uit een data&amp;base…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="137"/>
        <source>Open the &amp;demo customers</source>
        <translation>&amp;Demoklanten openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="138"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="140"/>
        <source>Open &amp;project…</source>
        <translation>&amp;Project openen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="141"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="145"/>
        <source>Save project &amp;as…</source>
        <translation>Project opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="147"/>
        <source>Load &amp;hierarchies from a folder…</source>
        <translation>&amp;Hiërarchieën uit een map laden…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Find the best transformation</source>
        <translation>De beste transformatie &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="169"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="172"/>
        <source>What the &amp;records are…</source>
        <translation>Wat de &amp;records zijn…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="174"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="175"/>
        <source>Records &amp;before</source>
        <translation>Records &amp;vóór</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="175"/>
        <source>Records &amp;after</source>
        <translation>Records &amp;na</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="176"/>
        <source>Records &amp;side by side</source>
        <translation>Records &amp;naast elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="188"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="195"/>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="201"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="202"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="206"/>
        <source>&amp;About Dijkgraaf</source>
        <translation>&amp;Over Dijkgraaf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207"/>
        <source>About Dijkgraaf</source>
        <translation>Over Dijkgraaf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="208"/>
        <source>&lt;p&gt;&lt;b&gt;Dijkgraaf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Publish customer data as open data, aggregated so that no one can be singled out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dijkgraaf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Publiceer klantgegevens als open data, zo samengevat dat niemand valt aan te wijzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="266"/>
        <source>Making the demo customers…</source>
        <translation>De demoklanten worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="271"/>
        <location filename="../../ui/mainwindow.cpp" line="286"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>Making the demo phone events…</source>
        <translation>De demotelefoongegevens worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="374"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="407"/>
        <source>%1 asks for the password of %2.

It is used while Dijkgraaf runs and never saved.</source>
        <translation>%1 vraagt om het wachtwoord van %2.

Het wordt gebruikt zolang Dijkgraaf draait en nooit bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="416"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="432"/>
        <source>The import was cancelled</source>
        <translation>De import is geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="439"/>
        <source>Lines that do not fit</source>
        <translation>Regels die niet passen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="440"/>
        <source>Line %1 of %2 has a different number of fields than the header.

Skip such lines (they are listed afterwards), or stop the import?</source>
        <translation>Regel %1 van %2 heeft een ander aantal velden dan de kop.

Zulke regels overslaan (ze worden daarna opgesomd), of de import stoppen?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="454"/>
        <source>Cannot read the database</source>
        <translation>Kan de database niet lezen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="455"/>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="469"/>
        <source>Line %1: %2 fields where the header has %3</source>
        <translation>Regel %1: %2 velden waar de kop er %3 heeft</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="473"/>
        <source>Imported with remarks</source>
        <translation>Geïmporteerd met opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475"/>
        <source>%1 lines did not fit the header and were left out.</source>
        <translation>%1 regels pasten niet bij de kop en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="488"/>
        <source>The data has changed</source>
        <translation>De gegevens zijn veranderd</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="490"/>
        <source>The records of %1 are not those this project was saved with: they changed since.

Open them with the project&apos;s configuration anyway?</source>
        <translation>De records van %1 zijn niet die waarmee dit project is bewaard: ze zijn sindsdien veranderd.

Toch openen met de configuratie van het project?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="493"/>
        <source>%1 is not the file this project was saved with: its content changed since.

Open it with the project&apos;s configuration anyway?</source>
        <translation>%1 is niet het bestand waarmee dit project is opgeslagen: de inhoud is sindsdien veranderd.

Toch openen met de instellingen van het project?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="497"/>
        <source>the data changed since the project was saved</source>
        <translation>de gegevens zijn veranderd sinds het project is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="502"/>
        <location filename="../../ui/mainwindow.cpp" line="1024"/>
        <source>Cannot open the project</source>
        <translation>Kan het project niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="523"/>
        <source>The tables to publish cannot be restored</source>
        <translation>De tabellen om te publiceren kunnen niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="537"/>
        <source>The unsaved work was recovered; save it to keep it</source>
        <translation>Het niet-opgeslagen werk is teruggehaald; sla het op om het te bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="579"/>
        <source>Save the project to keep this approval</source>
        <translation>Sla het project op om deze goedkeuring te bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="591"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Redo %1</source>
        <translation>%1 opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="643"/>
        <source>&amp;Explore and protect</source>
        <translation>&amp;Verkennen en beschermen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="644"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ubliceren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <location filename="../../ui/mainwindow.cpp" line="673"/>
        <source>What the records are</source>
        <translation>Wat de records zijn</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="663"/>
        <source>One word, in the plural, for what each record of this data stands for (customers, phones, inhabitants). Empty: records.</source>
        <translation>Eén woord, in het meervoud, voor waar elk record van deze gegevens voor staat (klanten, telefoons, inwoners). Leeg: records.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="695"/>
        <source>k = %1 reached, %2 suppressed</source>
        <translation>k = %1 bereikt, %2 weggelaten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="698"/>
        <source>k = %1 not reached</source>
        <translation>k = %1 niet bereikt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="703"/>
        <source>evaluated in %1 ms, shown after %2 ms</source>
        <translation>berekend in %1 ms, getoond na %2 ms</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="735"/>
        <source>Unsaved work</source>
        <translation>Niet-opgeslagen werk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="736"/>
        <source>The work on %1 is not saved.</source>
        <translation>Het werk aan %1 is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="738"/>
        <source>Save it in a project first? What is not saved is lost.</source>
        <translation>Eerst opslaan in een project? Wat niet is opgeslagen, gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="789"/>
        <source>The work could not be kept in %1: %2</source>
        <translation>Het werk kon niet worden bewaard in %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="809"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk terughalen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="810"/>
        <source>Dijkgraaf ended without saving the work on %1 (last kept %2).

Open that work again?</source>
        <translation>Dijkgraaf is gestopt zonder het werk aan %1 op te slaan (laatst bewaard %2).

Dat werk weer openen?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="876"/>
        <source>Hierarchy for %1</source>
        <translation>Hiërarchie voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="877"/>
        <source>Hierarchies (ARX format) (*.csv);;All files (*)</source>
        <translation>Hiërarchieën (ARX-formaat) (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="882"/>
        <source>Cannot use this hierarchy</source>
        <translation>Kan deze hiërarchie niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="899"/>
        <source>Open data first: hierarchies belong to its attributes</source>
        <translation>Open eerst gegevens: hiërarchieën horen bij hun kenmerken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="904"/>
        <source>Load hierarchies from a folder</source>
        <translation>Hiërarchieën uit een map laden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="929"/>
        <location filename="../../ui/mainwindow.cpp" line="938"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="942"/>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="945"/>
        <source>Hierarchies from %1</source>
        <translation>Hiërarchieën uit %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="948"/>
        <source>No hierarchy in %1 fits the attributes of %2.</source>
        <translation>Geen hiërarchie in %1 past bij de kenmerken van %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="952"/>
        <source>1 attribute got a hierarchy:</source>
        <translation>1 kenmerk kreeg een hiërarchie:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="953"/>
        <source>%1 attributes got a hierarchy:</source>
        <translation>%1 kenmerken kregen een hiërarchie:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="956"/>
        <source>Refused:</source>
        <translation>Geweigerd:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="960"/>
        <source>No file for these quasi-identifiers, which keep their hierarchies:</source>
        <translation>Geen bestand voor deze quasi-identificerende kenmerken, die hun hiërarchie houden:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="966"/>
        <source>Hierarchies from a folder</source>
        <translation>Hiërarchieën uit een map</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1001"/>
        <source>%1%2 — Dijkgraaf</source>
        <translation>%1%2 — Dijkgraaf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1018"/>
        <source>Where is %1?</source>
        <translation>Waar is %1?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1019"/>
        <source>Data files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Gegevensbestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1038"/>
        <source>Cannot save the project</source>
        <translation>Kan het project niet opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1044"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1063"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1064"/>
        <source>Dijkgraaf projects (*.dijkgraaf)</source>
        <translation>Dijkgraaf-projecten (*.dijkgraaf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1076"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="1076"/>
        <source>Dijkgraaf projects (*.dijkgraaf);;All files (*)</source>
        <translation>Dijkgraaf-projecten (*.dijkgraaf);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::ProtectionEditor</name>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="13"/>
        <source>Protection</source>
        <translation>Bescherming</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="17"/>
        <source>Table rules (threshold, dominance, secondary suppression)</source>
        <translation>Tabelregels (drempel, dominantie, secundaire onderdrukking)</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="18"/>
        <source>Differential privacy (noise)</source>
        <translation>Differentiële privacy (ruis)</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="19"/>
        <source>Cell key (the same perturbation in every release)</source>
        <translation>Celsleutel (dezelfde verstoring in elke publicatie)</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="25"/>
        <source>No count below</source>
        <translation>Geen telling onder</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="27"/>
        <source>(n, k) dominance on sums:</source>
        <translation>(n, k)-dominantie op sommen:</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="36"/>
        <source>p% rule on sums:</source>
        <translation>p%-regel op sommen:</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="44"/>
        <location filename="../../ui/protectioneditor.cpp" line="73"/>
        <location filename="../../ui/protectioneditor.cpp" line="83"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="45"/>
        <source>Round counts to</source>
        <translation>Tellingen afronden op</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="47"/>
        <source>from 1 to the threshold</source>
        <translation>van 1 tot de drempel</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="48"/>
        <source> either side</source>
        <translation> naar elke kant</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="50"/>
        <source>What the audit demands of a cell below the threshold, for an attacker who knows everything published: by default it must remain anywhere from 1 to the threshold, so that it cannot be told from a safe cell. A narrower range (this many records either side) is stated in the report.</source>
        <translation>Wat de controle eist van een cel onder de drempel, voor een aanvaller die alles kent wat gepubliceerd is: standaard moet die overal tussen 1 en de drempel kunnen liggen, zodat ze niet van een veilige cel te onderscheiden is. Een smallere marge (zoveel records naar elke kant) staat in het rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="54"/>
        <source>Small cells uncertain</source>
        <translation>Kleine cellen onzeker</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="58"/>
        <source>Discrete Laplace (epsilon)</source>
        <translation>Discrete Laplace (epsilon)</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="58"/>
        <source>Discrete Gaussian (rho, zCDP)</source>
        <translation>Discrete Gauss (rho, zCDP)</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="59"/>
        <source>Noise</source>
        <translation>Ruis</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="61"/>
        <source>Privacy loss of this table</source>
        <translation>Privacyverlies van deze tabel</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="63"/>
        <source>a person</source>
        <translation>een persoon</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="63"/>
        <source>a person on one day</source>
        <translation>een persoon op één dag</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="63"/>
        <source>a person in one week</source>
        <translation>een persoon in één week</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="64"/>
        <source>What the guarantee protects. Mobility releases protect a person-day or a person-week; the bounds below then hold per day or per week, taken from the table&apos;s time dimension.</source>
        <translation>Wat de garantie beschermt. Mobiliteitspublicaties beschermen een persoon-dag of een persoon-week; de grenzen hieronder gelden dan per dag of per week, volgens de tijdsdimensie van de tabel.</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="67"/>
        <source>Privacy unit</source>
        <translation>Privacy-eenheid</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="69"/>
        <source>Cells per unit at most</source>
        <translation>Cellen per eenheid ten hoogste</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="71"/>
        <source>Rows per unit per cell at most</source>
        <translation>Rijen per eenheid per cel ten hoogste</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="74"/>
        <source>Hide noisy counts below</source>
        <translation>Ruisende tellingen verbergen onder</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="78"/>
        <source>The most a count may move</source>
        <translation>Hoeveel een telling ten hoogste mag verschuiven</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="79"/>
        <source>Largest change of a count</source>
        <translation>Grootste verandering van een telling</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="81"/>
        <source>Variance of the change</source>
        <translation>Variantie van de verandering</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="84"/>
        <source>Counts from 1 up to this one less are never published: they become 0 or this value and more</source>
        <translation>Tellingen van 1 tot deze waarde worden nooit gepubliceerd: ze worden 0, of deze waarde of meer</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="86"/>
        <source>Smallest count published</source>
        <translation>Kleinste gepubliceerde telling</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="89"/>
        <source>A sum moves by up to this share of its largest contribution (and by at least a quarter of it), so that no contributor can be read off</source>
        <translation>Een som verschuift met ten hoogste dit deel van haar grootste bijdrage (en met minstens een kwart daarvan), zodat geen bijdrager af te lezen is</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="92"/>
        <source>Largest change of a sum</source>
        <translation>Grootste verandering van een som</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="93"/>
        <source>Each record carries a key kept in the project; a cell&apos;s count moves by what the perturbation table gives at the sum of its records&apos; keys, so the same records give the same count in every release. A sum moves by a share of its largest contribution, read at the same key.</source>
        <translation>Elk record heeft een sleutel die in het project bewaard blijft; de telling van een cel verschuift met wat de verstoringstabel geeft bij de som van de sleutels van haar records, zodat dezelfde records in elke publicatie dezelfde telling geven. Een som verschuift met een deel van haar grootste bijdrage, gelezen bij dezelfde sleutel.</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="115"/>
        <source>Protect with noise</source>
        <translation>Met ruis beschermen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="116"/>
        <source>Protect with the cell-key method</source>
        <translation>Met de celsleutelmethode beschermen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="117"/>
        <source>Protect with table rules</source>
        <translation>Met tabelregels beschermen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="123"/>
        <source>Change the cell-key perturbation</source>
        <translation>Celsleutelverstoring wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="133"/>
        <source>Change the table rules</source>
        <translation>Tabelregels wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/protectioneditor.cpp" line="153"/>
        <source>Change the noise</source>
        <translation>Ruis wijzigen</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::PublishView</name>
    <message>
        <location filename="../../ui/publishview.cpp" line="166"/>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="503"/>
        <source>No release with noise on this data yet: the first declares the budget above.</source>
        <translation>Nog geen publicatie met ruis op deze gegevens: de eerste legt het budget hierboven vast.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="506"/>
        <source>Spent on this data by every project: rho %1 of %2 (epsilon %3 at delta %4).</source>
        <translation>Door alle projecten aan deze gegevens besteed: rho %1 van %2 (epsilon %3 bij delta %4).</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="714"/>
        <source>%1 rows beyond the contribution bounds left out</source>
        <translation>%1 rijen buiten de bijdragegrenzen weggelaten</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="716"/>
        <source>, per period: %1</source>
        <translation>, per periode: %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="720"/>
        <source>%1 records outside the declared categories left out. </source>
        <translation>%1 records buiten de opgegeven categorieën weggelaten. </translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="54"/>
        <source>Auditing the hidden cells against an attacker: %1 % of the figures settled</source>
        <translation>Controle van de verborgen cellen tegen een aanvaller: %1 % van de getallen beslist</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="754"/>
        <source>&lt;br&gt;Audited with what the project published before (%1): cells published then are known to everyone. Cells that changed by fewer than %2 since are hidden, so that the change cannot be read off: %3.</source>
        <translation>&lt;br&gt;Gecontroleerd samen met wat het project eerder publiceerde (%1): cellen die toen gepubliceerd zijn, kent iedereen. Cellen die sindsdien met minder dan %2 veranderd zijn, worden verborgen, zodat de verandering niet af te lezen is: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="736"/>
        <source> For %1 hidden numbers this holds when the attacker reasons with fractions of records; whole numbers were not decided in time.</source>
        <translation> Voor %1 verborgen getallen geldt dit voor een aanvaller die met breuken van records rekent; hele getallen zijn niet op tijd beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="63"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="68"/>
        <source>&amp;Add table</source>
        <translation>Tabel &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="70"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="75"/>
        <source>Name of the table</source>
        <translation>Naam van de tabel</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="98"/>
        <source>Release</source>
        <translation>Publicatie</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="104"/>
        <source>e-mail address for questions</source>
        <translation>e-mailadres voor vragen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="106"/>
        <source>2026-01-01 – 2026-03-31</source>
        <translation>2026-01-01 – 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="108"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="113"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="114"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="116"/>
        <source>The language of the report and of the catalogue entry&apos;s texts</source>
        <translation>De taal van het rapport en van de teksten in de catalogusbeschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="118"/>
        <source>DCAT-AP 3.0.1 (European data portals)</source>
        <translation>DCAT-AP 3.0.1 (Europese dataportalen)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="119"/>
        <source>DCAT-AP-DONL (data.overheid.nl)</source>
        <translation>DCAT-AP-DONL (data.overheid.nl)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="120"/>
        <source>The profile the catalogue entry (dcat.jsonld) follows. DCAT-AP-DONL adds what data.overheid.nl requires: the publisher&apos;s IRI from its list of organisations, a theme of the policy agenda, a contact address and a description.</source>
        <translation>Het profiel dat de catalogusbeschrijving (dcat.jsonld) volgt. DCAT-AP-DONL voegt toe wat data.overheid.nl eist: de IRI van de uitgever uit de organisatielijst, een thema uit de beleidsagenda, een contactadres en een beschrijving.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="125"/>
        <source>https://… where the files will be put (optional)</source>
        <translation>https://… waar de bestanden komen te staan (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="126"/>
        <source>The web address of the folder the release will be published in. Without one, the catalogue&apos;s addresses are relative to dcat.jsonld.</source>
        <translation>Het webadres van de map waarin de publicatie komt te staan. Zonder webadres zijn de adressen in de catalogus relatief ten opzichte van dcat.jsonld.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="129"/>
        <source>https://… the publisher&apos;s IRI (optional)</source>
        <translation>https://… de IRI van de uitgever (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="131"/>
        <source>IRIs of themes, separated by spaces (optional)</source>
        <translation>IRI&apos;s van thema&apos;s, gescheiden door spaties (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="138"/>
        <source>the data file&apos;s checksum</source>
        <translation>de controlesom van het gegevensbestand</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="139"/>
        <source>The name of the data source: every project and release on the same data draws from one privacy budget, kept in the privacy ledger. Give the name a refreshed file keeps, so that it shares the budget.</source>
        <translation>De naam van de gegevensbron: elk project en elke publicatie op dezelfde gegevens put uit één privacybudget, bijgehouden in het privacyregister. Geef een naam die een ververst bestand houdt, zodat het het budget deelt.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="143"/>
        <source>The budget the first release with noise declares for the data source, in rho (zCDP; noise at epsilon spends epsilon squared / 2). Raising it later is an approval of its own (dijkgraaf budget).</source>
        <translation>Het budget dat de eerste publicatie met ruis voor de gegevensbron vastlegt, in rho (zCDP; ruis bij epsilon kost epsilon kwadraat / 2). Later verhogen is een eigen goedkeuring (dijkgraaf budget).</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="148"/>
        <source>Raise the budget…</source>
        <translation>Budget verhogen…</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="149"/>
        <source>Raise the privacy budget of this data source: an approval of its own, recorded with your name, the time and why, and listed in every later report</source>
        <translation>Het privacybudget van deze gegevensbron verhogen: een eigen goedkeuring, vastgelegd met uw naam, het tijdstip en de reden, en vermeld in elk later rapport</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="153"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="154"/>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="155"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="156"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="157"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="158"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="159"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="160"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="161"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="162"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="163"/>
        <source>Publisher IRI</source>
        <translation>IRI van de uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="164"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="167"/>
        <source>Budget (rho)</source>
        <translation>Budget (rho)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="185"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; of</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt; van</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="189"/>
        <source>Which dimension runs across the preview, or every cell as a list with its state</source>
        <translation>Welke dimensie in de kolommen van het voorbeeld staat, of elke cel als lijst met haar toestand</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="194"/>
        <source>The figure shown in each cell of the cross-table</source>
        <translation>Het getal dat elke cel van de kruistabel toont</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="565"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="785"/>
        <source>as a table</source>
        <translation>als tabel</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="788"/>
        <source>%1 across</source>
        <translation>%1 in de kolommen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="790"/>
        <source>as a list of cells</source>
        <translation>als lijst van cellen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="807"/>
        <source>%1 hidden by a rule, %2 hidden to protect another cell; – no records. Published, every hidden cell reads the same.</source>
        <translation>%1 verborgen door een regel, %2 verborgen om een andere cel te beschermen; – geen records. Gepubliceerd ziet elke verborgen cel er hetzelfde uit.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="811"/>
        <source>Figures with their noise (± the half-width of the 95 % interval); %1 hidden; – no cell.</source>
        <translation>Getallen met hun ruis (± de halve breedte van het 95 %-interval); %1 verborgen; – geen cel.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="238"/>
        <source>Rename table</source>
        <translation>Tabel hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="249"/>
        <location filename="../../ui/publishview.cpp" line="258"/>
        <location filename="../../ui/publishview.cpp" line="287"/>
        <source>Describe the release</source>
        <translation>Publicatie beschrijven</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="269"/>
        <source>Choose the report&apos;s language</source>
        <translation>Taal van het rapport kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="273"/>
        <source>Choose the catalogue profile</source>
        <translation>Catalogusprofiel kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="299"/>
        <source>Choose the licence</source>
        <translation>Licentie kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="304"/>
        <source>Name the data source</source>
        <translation>Gegevensbron benoemen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="307"/>
        <source>Set the privacy budget</source>
        <translation>Privacybudget instellen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="437"/>
        <source>Add a table</source>
        <translation>Tabel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="446"/>
        <source>Remove a table</source>
        <translation>Tabel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="522"/>
        <source>A raise needs the name of who approves it.</source>
        <translation>Een verhoging vraagt de naam van wie haar goedkeurt.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="524"/>
        <source>A raise needs a note saying why.</source>
        <translation>Een verhoging vraagt een toelichting waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="531"/>
        <source>This data source has no budget yet: the first release with noise declares it.</source>
        <translation>Deze gegevensbron heeft nog geen budget: de eerste publicatie met ruis legt het vast.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="533"/>
        <source>The budget is rho %1: a raise must be above it.</source>
        <translation>Het budget is rho %1: een verhoging moet daarboven liggen.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="538"/>
        <source>The budget of the data source is now rho %1, raised by %2.</source>
        <translation>Het budget van de gegevensbron is nu rho %1, verhoogd door %2.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="546"/>
        <source>Raise the privacy budget</source>
        <translation>Privacybudget verhogen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="548"/>
        <source>A larger budget lets more be released from the same data, and lets more be learnt about the people in it. Raising it is an approval of its own: it is recorded in the privacy ledger with your name, the time and the reason, and every later report lists it.</source>
        <translation>Een groter budget laat meer publiceren uit dezelfde gegevens, en laat meer te weten komen over de mensen erin. Verhogen is een eigen goedkeuring: het wordt in het privacyregister vastgelegd met uw naam, het tijdstip en de reden, en elk later rapport vermeldt het.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="563"/>
        <source>Why the data may tell more, and who agreed</source>
        <translation>Waarom de gegevens meer mogen vertellen, en wie akkoord ging</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="564"/>
        <source>New budget (rho)</source>
        <translation>Nieuw budget (rho)</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="566"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="573"/>
        <source>Raise</source>
        <translation>Verhogen</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="615"/>
        <source>Declare the categories of %1</source>
        <translation>Categorieën van %1 opgeven</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="689"/>
        <source>Add a table to see what would be published.</source>
        <translation>Voeg een tabel toe om te zien wat gepubliceerd zou worden.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="690"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="701"/>
        <source>&lt;b&gt;%1 cells&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 cellen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="703"/>
        <source> perturbed by the cell-key method: a count moves by %1 on average, by at most %2, and by the same amount in every release of the same records. No audit runs for it.</source>
        <translation> verstoord met de celsleutelmethode: een telling verschuift gemiddeld %1, ten hoogste %2, en in elke publicatie van dezelfde records evenveel. Er loopt geen controle voor.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="709"/>
        <source> with noise: a count is off by %1 on average (mean absolute error). </source>
        <translation> met ruis: een telling wijkt gemiddeld %1 af (gemiddelde absolute fout). </translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="712"/>
        <source>%1 small noisy counts hidden. </source>
        <translation>%1 kleine ruisende tellingen verborgen. </translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="722"/>
        <source>&lt;br&gt;&lt;i&gt;The numbers here are a preview draw; the released ones are drawn at approval.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Deze getallen zijn een voorbeeldtrekking; de gepubliceerde worden bij goedkeuring getrokken.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="725"/>
        <source>: %1 hidden by the rules, %2 more to protect them; %3 of the records lie in hidden cells. </source>
        <translation>: %1 verborgen door de regels, %2 extra om die te beschermen; %3 van de records ligt in verborgen cellen. </translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="731"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Audit passed: for an attacker who knows everything published, no small cell can be told from a safe one and no hidden number is pinned down.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Controle geslaagd: voor een aanvaller die alles kent wat gepubliceerd is, is geen kleine cel van een veilige te onderscheiden en ligt geen verborgen getal vast.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="742"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Audit failed&lt;/b&gt;: %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Controle mislukt&lt;/b&gt;: %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="745"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Audit failed&lt;/b&gt;: %2 hidden cells can be worked out too closely; the release will be refused.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Controle mislukt&lt;/b&gt;: %2 verborgen cellen zijn te nauwkeurig te herleiden; de publicatie wordt geweigerd.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="763"/>
        <source>&lt;br&gt;Records in groups smaller than 5: %1 in the data; none is published as it is, since every count carries noise.</source>
        <translation>&lt;br&gt;Records in groepen kleiner dan 5: %1 in de gegevens; geen enkele wordt zo gepubliceerd, want elke telling draagt ruis.</translation>
    </message>
    <message>
        <location filename="../../ui/publishview.cpp" line="767"/>
        <source>&lt;br&gt;Records in groups smaller than 5: %1 in the data, %2 as published.</source>
        <translation>&lt;br&gt;Records in groepen kleiner dan 5: %1 in de gegevens, %2 zoals gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::RecordsModel</name>
    <message>
        <location filename="../../ui/recordsmodel.cpp" line="81"/>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../ui/recordsmodel.cpp" line="129"/>
        <source>Suppressed: this record&apos;s group is smaller than k, so it is left out</source>
        <translation>Weggelaten: de groep van dit record is kleiner dan k, dus het wordt niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/recordsmodel.cpp" line="142"/>
        <source>Suppressed</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <location filename="../../ui/recordsmodel.cpp" line="152"/>
        <source>%1 (after)</source>
        <translation>%1 (na)</translation>
    </message>
    <message>
        <location filename="../../ui/recordsmodel.cpp" line="153"/>
        <source>%1 after the transformation</source>
        <translation>%1 na de transformatie</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::ReleaseModel</name>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="43"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="45"/>
        <location filename="../../ui/releasemodel.cpp" line="53"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="47"/>
        <source>hidden to protect another cell</source>
        <translation>verborgen om een andere cel te beschermen</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="49"/>
        <source>noisy</source>
        <translation>met ruis</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="51"/>
        <source>hidden: small noisy count</source>
        <translation>verborgen: kleine telling met ruis</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="83"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="129"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="131"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/releasemodel.cpp" line="148"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::SessionAutosave</name>
    <message>
        <location filename="../../ui/sessionautosave.cpp" line="48"/>
        <source>no folder for it</source>
        <translation>er is geen map voor</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::SolutionSpaceView</name>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="26"/>
        <source>&amp;Find best</source>
        <translation>&amp;Beste zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="28"/>
        <source>Search every transformation for the least loss that satisfies k-anonymity with the suppression limit</source>
        <translation>Doorzoek elke transformatie naar het minste verlies dat k-anonimiteit binnen de weglatingsgrens haalt</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="33"/>
        <location filename="../../ui/solutionspace.cpp" line="85"/>
        <source>Loss</source>
        <translation>Verlies</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="34"/>
        <source>Precision loss</source>
        <translation>Precisieverlies</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="35"/>
        <source>Discernibility</source>
        <translation>Onderscheidbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="36"/>
        <source>Non-uniform entropy</source>
        <translation>Niet-uniforme entropie</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="37"/>
        <source>Utility measure</source>
        <translation>Maat voor het nut</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="39"/>
        <source>Highest risk</source>
        <translation>Hoogste risico</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="40"/>
        <source>Records at risk</source>
        <translation>Records met risico</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="41"/>
        <source>Global risk</source>
        <translation>Totaal risico</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="42"/>
        <source>Risk measure</source>
        <translation>Maat voor het risico</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="47"/>
        <source>Find the transformation with the least loss that satisfies the privacy model.</source>
        <translation>Zoek de transformatie met het minste verlies die aan het privacymodel voldoet.</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="56"/>
        <source>Every transformation: risk against loss</source>
        <translation>Elke transformatie: risico tegen verlies</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="61"/>
        <source>Does not satisfy</source>
        <translation>Voldoet niet</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="66"/>
        <location filename="../../ui/solutionspace.cpp" line="268"/>
        <source>Satisfies</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="71"/>
        <location filename="../../ui/solutionspace.cpp" line="118"/>
        <source>Pareto front</source>
        <translation>Paretofront</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="76"/>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="81"/>
        <source>Current</source>
        <translation>Huidige</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="88"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="129"/>
        <source>least</source>
        <translation>minste</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="131"/>
        <source>front by</source>
        <translation>front naar</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="162"/>
        <source>Choose quasi-identifiers first.</source>
        <translation>Kies eerst quasi-identificerende kenmerken.</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="176"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="196"/>
        <source>The search was cancelled.</source>
        <translation>Het zoeken is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="254"/>
        <source>%1 of %2 transformations evaluated in %3 s. %4: %5 %6 (%7), %8 suppressed.</source>
        <translation>%1 van %2 transformaties berekend in %3 s. %4: %5 %6 (%7), %8 weggelaten.</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="257"/>
        <source>The best, proven</source>
        <translation>De beste, bewezen</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="258"/>
        <source>The best found (heuristic)</source>
        <translation>De beste gevonden (heuristisch)</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="259"/>
        <source>The best found</source>
        <translation>De beste gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="263"/>
        <source>No transformation satisfies the privacy model: lower k or raise the suppression limit.</source>
        <translation>Geen transformatie voldoet aan het privacymodel: verlaag k of verhoog de weglatingsgrens.</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="279"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="279"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="337"/>
        <source>%1: %2, %3: %4, %5
%6</source>
        <translation>%1: %2, %3: %4, %5
%6</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="340"/>
        <source>satisfies the model</source>
        <translation>voldoet aan het model</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="340"/>
        <source>does not satisfy the model</source>
        <translation>voldoet niet aan het model</translation>
    </message>
    <message>
        <location filename="../../ui/solutionspace.cpp" line="357"/>
        <source>Apply a transformation from the solution space</source>
        <translation>Een transformatie uit de oplossingsruimte toepassen</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::TableDesigner</name>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="69"/>
        <source>What the table counts</source>
        <translation>Wat de tabel telt</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="72"/>
        <source>Break down by:</source>
        <translation>Uitsplitsen naar:</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="74"/>
        <location filename="../../ui/tabledesigner.cpp" line="88"/>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="74"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="74"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="86"/>
        <source>Sums and means (each value clamped to its bounds):</source>
        <translation>Sommen en gemiddelden (elke waarde begrensd tot haar grenzen):</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="88"/>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="88"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="88"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="97"/>
        <source>Distribution of:</source>
        <translation>Verdeling van:</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="99"/>
        <source>Totals per dimension and the grand total</source>
        <translation>Totalen per dimensie en het eindtotaal</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="111"/>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="117"/>
        <source>Publish totals</source>
        <translation>Totalen publiceren</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="117"/>
        <source>Publish no totals</source>
        <translation>Geen totalen publiceren</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="148"/>
        <source>%1 of %2 columns listed: the table&apos;s own, those given a role, then the first of the others. Give a column a role under Explore and protect to list it.</source>
        <translation>%1 van %2 kolommen vermeld: die van de tabel, die met een rol, dan de eerste van de overige. Geef een kolom een rol onder Verkennen en beschermen om hem hier te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="172"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="189"/>
        <source>selected with noise</source>
        <translation>met ruis gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="190"/>
        <source>Not declared: each release selects from the data, with noise, the categories that many people share</source>
        <translation>Niet opgegeven: elke publicatie kiest met ruis uit de gegevens de categorieën die veel mensen delen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabledesigner.cpp" line="195"/>
        <source>%n declared</source>
        <translation>
            <numerusform>%n opgegeven</numerusform>
            <numerusform>%n opgegeven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="196"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="199"/>
        <source>Declared by %1</source>
        <translation>Opgegeven door %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="200"/>
        <source>From %1 to %2, declared by %3</source>
        <translation>Van %1 tot %2, opgegeven door %3</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="204"/>
        <source>Declare…</source>
        <translation>Opgeven…</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="207"/>
        <source>Under differential privacy the categories must be declared</source>
        <translation>Onder differentiële privacy moeten de categorieën worden opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="209"/>
        <source>from the data</source>
        <translation>uit de gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="246"/>
        <source>sum</source>
        <translation>som</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="246"/>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="293"/>
        <source>as under Explore (level %1)</source>
        <translation>als onder Verkennen (niveau %1)</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="294"/>
        <source>its values</source>
        <translation>de waarden zelf</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="296"/>
        <source>Follows the level chosen under Explore and protect</source>
        <translation>Volgt het niveau dat onder Verkennen en beschermen is gekozen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabledesigner.cpp" line="302"/>
        <source>level 0: its values (%n groups)</source>
        <translation>
            <numerusform>niveau 0: de waarden zelf (%n groep)</numerusform>
            <numerusform>niveau 0: de waarden zelf (%n groepen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabledesigner.cpp" line="303"/>
        <source>level %1: %2, … (%n groups)</source>
        <translation>
            <numerusform>niveau %1: %2, … (%n groep)</numerusform>
            <numerusform>niveau %1: %2, … (%n groepen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="308"/>
        <source>Level %1 of %2&apos;s hierarchy: %3 groups, such as %4</source>
        <translation>Niveau %1 van de hiërarchie van %2: %3 groepen, zoals %4</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="318"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="322"/>
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="324"/>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="325"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="326"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="327"/>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="328"/>
        <source>per decade</source>
        <translation>per decennium</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="367"/>
        <source>Choose the dimensions</source>
        <translation>Dimensies kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/tabledesigner.cpp" line="391"/>
        <source>Choose the measures</source>
        <translation>Maten kiezen</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::WelcomePage</name>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="57"/>
        <source>&lt;h1&gt;Dijkgraaf&lt;/h1&gt;&lt;p&gt;See how identifiable your customers are, choose how far to generalize, and publish what is safe.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Dijkgraaf&lt;/h1&gt;&lt;p&gt;Zie hoe herkenbaar uw klanten zijn, kies hoe ver u generaliseert, en publiceer wat veilig is.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="61"/>
        <source>&amp;Open a data file…</source>
        <translation>Gegevensbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="62"/>
        <source>Import from a data&amp;base…</source>
        <translation>Importeren uit een data&amp;base…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="63"/>
        <source>Try the &amp;demo: 100,000 customers</source>
        <translation>Probeer de &amp;demo: 100.000 klanten</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="65"/>
        <source>Try the &amp;phone events: 5,000 phones over a week</source>
        <translation>Probeer de &amp;telefoongegevens: 5.000 telefoons in een week</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="73"/>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="83"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recente bestanden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::Workbench</name>
    <message>
        <location filename="../../ui/workbench.cpp" line="132"/>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="139"/>
        <source>Level of %1</source>
        <translation>Niveau van %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="156"/>
        <source>Order of the uniqueness ladder</source>
        <translation>Volgorde van de uniciteitsladder</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="163"/>
        <source>What the records are</source>
        <translation>Wat de records zijn</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="171"/>
        <source>Hierarchy of %1</source>
        <translation>Hiërarchie van %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="189"/>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="196"/>
        <source>Suppression limit</source>
        <translation>Weglatingsgrens</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.cpp" line="203"/>
        <source>Risk threshold</source>
        <translation>Risicodrempel</translation>
    </message>
</context>
<context>
    <name>dijkgraaf::WorkbenchView</name>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="52"/>
        <source>%1; after this transformation %2 are.</source>
        <translation>%1; na deze transformatie is dat %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="59"/>
        <source>%1; after this transformation no one is in a group smaller than %2.</source>
        <translation>%1; na deze transformatie zit niemand in een groep kleiner dan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="84"/>
        <source>Privacy model</source>
        <translation>Privacymodel</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="90"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="97"/>
        <source>Suppression limit</source>
        <translation>Weglatingsgrens</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="102"/>
        <source>A record is at risk when its risk (1 / group size) is above this</source>
        <translation>Een record loopt risico als zijn risico (1 / groepsgrootte) hierboven ligt</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="103"/>
        <source>Risk threshold</source>
        <translation>Risicodrempel</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="104"/>
        <source>&amp;k (smallest group)</source>
        <translation>&amp;k (kleinste groep)</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="105"/>
        <source>&amp;Suppression limit</source>
        <translation>&amp;Weglatingsgrens</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="106"/>
        <source>Risk &amp;threshold</source>
        <translation>Risico&amp;drempel</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="136"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="139"/>
        <source>highest chance to single someone out</source>
        <translation>grootste kans om iemand aan te wijzen</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="32"/>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="40"/>
        <source>No quasi-identifiers chosen yet: mark the attributes that others could know about the people in the data.</source>
        <translation>Nog geen quasi-identificerende kenmerken gekozen: markeer de kenmerken die anderen over de mensen in de gegevens kunnen weten.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="43"/>
        <source>%1 of %2 are unique in the data as it is</source>
        <translation>%1 van de %2 is uniek in de gegevens zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="47"/>
        <source>%1; after this transformation %2 %4 are still in a group smaller than %3, more than the suppression limit allows.</source>
        <translation>%1; na deze transformatie zitten nog %2 %4 in een groep kleiner dan %3, meer dan de weglatingsgrens toestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="55"/>
        <source>%1; after this transformation no one is in a group smaller than %2 (%3 %5, %4, are suppressed).</source>
        <translation>%1; na deze transformatie zit niemand in een groep kleiner dan %2 (%3 %5, %4, zijn weggelaten).</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="88"/>
        <source>Every published record shares the values of the quasi-identifiers with at least k - 1 others</source>
        <translation>Elk gepubliceerd record deelt de waarden van de quasi-identificerende kenmerken met ten minste k - 1 andere</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="96"/>
        <source>The share of records that may be left out to reach k</source>
        <translation>Het aandeel records dat mag worden weggelaten om k te halen</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="151"/>
        <source>Ladder &amp;order…</source>
        <translation>&amp;Volgorde van de ladder…</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="152"/>
        <source>The order in which the ladder adds the quasi-identifiers</source>
        <translation>De volgorde waarin de ladder de quasi-identificerende kenmerken toevoegt</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="161"/>
        <source>Attribute of the distribution</source>
        <translation>Kenmerk van de verdeling</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="168"/>
        <source>Distribution of</source>
        <translation>Verdeling van</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="200"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="204"/>
        <source>&amp;Before</source>
        <translation>&amp;Vóór</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="204"/>
        <source>&amp;After</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="204"/>
        <source>Side &amp;by side</source>
        <translation>Naast &amp;elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="221"/>
        <source>&amp;Utility</source>
        <translation>&amp;Nut</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="222"/>
        <source>Solution &amp;space</source>
        <translation>&amp;Oplossingsruimte</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="254"/>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="271"/>
        <source>Order of the uniqueness ladder</source>
        <translation>Volgorde van de uniciteitsladder</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="277"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="278"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="301"/>
        <source>The ladder adds the attributes from top to bottom; drag them, or use the buttons.</source>
        <translation>De ladder voegt de kenmerken van boven naar beneden toe; sleep ze, of gebruik de knoppen.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="402"/>
        <source>of %1 are unique after this transformation</source>
        <translation>van de %1 is uniek na deze transformatie</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="404"/>
        <source>%1 in groups smaller than the risk threshold allows</source>
        <translation>%1 in groepen kleiner dan de risicodrempel toestaat</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchview.cpp" line="426"/>
        <source>1 in %1</source>
        <translation>1 op %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/workbench_main.cpp" line="24"/>
        <source>The Dijkgraaf workbench</source>
        <translation>De Dijkgraaf-werkbank</translation>
    </message>
    <message>
        <location filename="../../app/workbench_main.cpp" line="28"/>
        <source>Open the demo customers.</source>
        <translation>De demoklanten openen.</translation>
    </message>
    <message>
        <location filename="../../app/workbench_main.cpp" line="31"/>
        <source>Open the demo phone events.</source>
        <translation>De demotelefoongegevens openen.</translation>
    </message>
    <message>
        <location filename="../../app/workbench_main.cpp" line="34"/>
        <source>A CSV file to open.</source>
        <translation>Een CSV-bestand om te openen.</translation>
    </message>
</context>
</TS>
