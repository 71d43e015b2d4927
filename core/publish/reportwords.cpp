// The Dutch of the report (core/publish/report.cpp): each English text as the report code
// gives it, and its Dutch. A text missing here is reported by untranslatedReportWords().
#include "reportwords.h"

namespace dijkgraaf {

const std::map<std::string, const char *> &dutchWords()
{
    static const std::map<std::string, const char *> words{
        {"sum of %1", "som van %1"},
        {"mean of %1", "gemiddelde van %1"},
        {" A %1 in a cell is within %2 of the true sum 95 times in 100 (each value was first held "
         "between %3 and %4); a total adds up the noise of its cells, and its own margin is given "
         "beside it.",
         " Een %1 in een cel ligt 95 van de 100 keer binnen %2 van de ware som (elke waarde werd "
         "eerst tussen %3 en %4 gehouden); een totaal telt de ruis van zijn cellen op, en zijn "
         "eigen marge staat ernaast."},
        {" A %1 is the noisy sum over the noisy count, so its margin shrinks as the cell grows: at "
         "most %2 either way in a cell of 100 records and %3 in a cell of 1,000, 95 times in 100 "
         "(each value was first held between %4 and %5). The files give every mean its own margin.",
         " Een %1 is de som met ruis gedeeld door de telling met ruis, dus de marge krimpt "
         "naarmate de cel groeit: 95 van de 100 keer hoogstens %2 naar boven of beneden in een cel "
         "van 100 records en %3 in een cel van 1.000 (elke waarde werd eerst tussen %4 en %5 "
         "gehouden). De bestanden geven elk gemiddelde zijn eigen marge."},
        {"1 cell", "1 cel"},
        {"<p style=\"margin-bottom:2px\"><b>Records by %1, before and after</b>%2</p>",
         "<p style=\"margin-bottom:2px\"><b>Records naar %1, voor en na</b>%2</p>"},
        {"%1 of %2 hidden", "%1 van %2 verborgen"},
        {"<p>Each bar is a category's published total: in blue its records that the table's "
         "detailed cells show, in grey those that are only in its hidden cells. These totals are "
         "published as they are (a category whose total is hidden is left out), so the "
         "distribution over one dimension is kept; what is lost is the detail within it.%1</p>",
         "<p>Elke balk is het gepubliceerde totaal van een categorie: in blauw de records die de "
         "gedetailleerde cellen van de tabel tonen, in grijs de records die alleen in verborgen "
         "cellen zitten. Deze totalen worden gepubliceerd zoals ze zijn (een categorie waarvan het "
         "totaal verborgen is, ontbreekt), dus de verdeling over één dimensie blijft behouden; "
         "verloren gaat het detail daarbinnen.%1</p>"},
        {" Counts are rounded, so the figures are approximate.",
         " Tellingen zijn afgerond, dus de cijfers zijn bij benadering."},
        {"<h2 style=\"page-break-before: always\">Appendix: the parameters</h2><p>Every setting of "
         "each table's protection, with its name in the configuration file.</p>",
         "<h2 style=\"page-break-before: always\">Bijlage: de parameters</h2><p>Elke instelling "
         "van de bescherming van elke tabel, met haar naam in het configuratiebestand.</p>"},
        {"Parameter", "Parameter"},
        {"Value", "Waarde"},
        {"Setting", "Instelling"},
        {"Method", "Methode"},
        {"table rules", "tabelregels"},
        {"cell key", "celsleutel"},
        {"differential privacy", "differentiële privacy"},
        {"Smallest group published", "Kleinste gepubliceerde groep"},
        {"Uncertainty demanded of a hidden small cell, either side",
         "Vereiste onzekerheid van een verborgen kleine cel, naar elke kant"},
        {"from 1 to %1", "van 1 tot %1"},
        {"Uncertainty demanded of a hidden sum, either side (%)",
         "Vereiste onzekerheid van een verborgen som, naar elke kant (%)"},
        {"Dominance rule: largest contributors n, their share k (%)",
         "Dominantieregel: grootste bijdragers n, hun aandeel k (%)"},
        {"p% rule: p (%)", "p%-regel: p (%)"},
        {"Counts rounded to a multiple of", "Tellingen afgerond op een veelvoud van"},
        {"none", "geen"},
        {"Largest change of a count", "Grootste verandering van een telling"},
        {"Variance of the change", "Variantie van de verandering"},
        {"Smallest count published", "Kleinste gepubliceerde telling"},
        {"Sums: largest contributions moved", "Sommen: verschoven grootste bijdragen"},
        {"Sums: share of each moved, at most (%)",
         "Sommen: verschoven deel van elk, hoogstens (%)"},
        {"Sums: of that, at least (share)", "Sommen: daarvan minstens (aandeel)"},
        {"Noise", "Ruis"},
        {"discrete Laplace", "discrete Laplace"},
        {"discrete Gaussian", "discrete Gauss"},
        {"Privacy loss of the table (epsilon)", "Privacyverlies van de tabel (epsilon)"},
        {"Privacy loss of the table (rho)", "Privacyverlies van de tabel (rho)"},
        {"Protected unit", "Beschermde eenheid"},
        {"person", "persoon"},
        {"Cells one unit counts in, at most", "Cellen waarin één eenheid meetelt, hoogstens"},
        {"Rows one unit adds to a cell, at most",
         "Rijen die één eenheid aan een cel toevoegt, hoogstens"},
        {"Sums noised in whole multiples of", "Sommen met ruis in hele veelvouden van"},
        {"Noisy counts hidden below", "Tellingen met ruis verborgen onder"},
        {"Selection of categories: privacy loss (rho)",
         "Selectie van categorieën: privacyverlies (rho)"},
        {"Selection of categories: chance a category of one shows",
         "Selectie van categorieën: kans dat een categorie van één persoon verschijnt"},
        {"Values of the %1 held between", "Waarden van de %1 gehouden tussen"},
        {"%1 per %2, all other dimensions together, as published.",
         "%1 per %2, alle andere dimensies samen, zoals gepubliceerd."},
        {"%1 per %2, all other dimensions together, as published (line), with the band in which "
         "the true figure lies 95 times in 100.",
         "%1 per %2, alle andere dimensies samen, zoals gepubliceerd (lijn), met de band waarin "
         "het ware cijfer 95 van de 100 keer ligt."},
        {"people", "mensen"},
        {"records", "records"},
        {"all", "alle"},
        {"hidden", "verborgen"},
        {"<p style=\"margin-bottom:2px\"><b>%1 by %2</b>%3</p>",
         "<p style=\"margin-bottom:2px\"><b>%1 naar %2</b>%3</p>"},
        {"People", "Mensen"},
        {"Records", "Records"},
        {" (the first %1 of %2)", " (de eerste %1 van %2)"},
        {" (the %1 largest of %2)", " (de %1 grootste van %2)"},
        {"total is", "totaal is"},
        {"totals are", "totalen zijn"},
        {"<p style=\"margin-bottom:2px\"><b>Share of the cells hidden, by %1</b>%2</p>",
         "<p style=\"margin-bottom:2px\"><b>Aandeel verborgen cellen, naar %1</b>%2</p>"},
        {" (the %1 most hidden of %2 categories with a hidden cell)",
         " (de %1 meest verborgen van %2 categorieën met een verborgen cel)"},
        {"the table", "de tabel"},
        {"%1 per %2, as published (line), with the band in which the true figure lies 95 times in "
         "100. The true curve is not shown: it is what the noise protects. Where the band is "
         "narrow beside the curve, the figures read as they are.",
         "%1 per %2, zoals gepubliceerd (lijn), met de band waarin het ware cijfer 95 van de 100 "
         "keer ligt. De ware lijn staat er niet in: die beschermt de ruis. Waar de band smal is "
         "naast de lijn, kunnen de cijfers gelezen worden zoals ze zijn."},
        {"%1 in %2", "%1 in %2"},
        {"<h3>What the noise did to %1</h3>", "<h3>Wat de ruis deed met %1</h3>"},
        {"every count moved a little (by at most %1), the same way in every release",
         "elke telling een beetje verschoven (ten hoogste %1), in elke publicatie op dezelfde "
         "manier"},
        {"random noise on every figure, %1 on average",
         "toevallige ruis op elk cijfer, gemiddeld %1"},
        {"no group of fewer than %1 shown", "geen groep van minder dan %1 getoond"},
        {"; no cell needed hiding", "; geen cel hoefde verborgen te worden"},
        {"one cell", "één cel"},
        {"%1 cells", "%1 cellen"},
        {"guaranteed by the method; no audit needed",
         "gewaarborgd door de methode; geen controle nodig"},
        {"nothing hidden, nothing to audit", "niets verborgen, niets te controleren"},
        {"audit passed", "controle geslaagd"},
        {"audit failed: not for publication", "controle niet geslaagd: niet publiceren"},
        {"the number of records and of distinct people",
         "het aantal records en het aantal verschillende mensen"},
        {"the number of records", "het aantal records"},
        {"<p>One number per combination of ", "<p>Eén getal per combinatie van "},
        {", totals included.", ", totalen inbegrepen."},
        {"<h3>The table</h3>", "<h3>De tabel</h3>"},
        {"<p class=\"meta\">The %1 of each cell%2; \"hidden\" where a cell is not published. Every "
         "figure is in %3.</p>",
         "<p class=\"meta\">Het aantal %1 per cel%2; \"verborgen\" waar een cel niet is "
         "gepubliceerd. Alle cijfers staan in %3.</p>"},
        {", with the margin within which the true figure lies 95 times in 100",
         ", met de marge waarbinnen het ware cijfer 95 van de 100 keer ligt"},
        {"<h3>The table in pictures</h3>", "<h3>De tabel in beeld</h3>"},
        {"<p>The table has %1 cells, too many to print: its figures are in %2.%3</p>",
         "<p>De tabel heeft %1 cellen, te veel om af te drukken: de cijfers staan in %2.%3</p>"},
        {" It has no totals, so no chart of it is drawn.",
         " Ze heeft geen totalen, dus er is geen grafiek van getekend."},
        {" Below, the published totals of each dimension.",
         " Hieronder de gepubliceerde totalen per dimensie."},
        {"<h3>How people were protected</h3><p>", "<h3>Hoe mensen zijn beschermd</h3><p>"},
        {"Every count is perturbed by the cell-key method: each record carries a random key, a "
         "cell's key is the sum of its records' keys, and the cell's count moves by the amount the "
         "perturbation table gives at that key. The same records always give the same count, so "
         "comparing releases tells no more than each release alone. A count moves by at most %1, "
         "with variance %2, never below 0%3; 0 stays 0. Totals are perturbed by their own key, so "
         "they are not exactly the sums of the cells.",
         "Elke telling is verstoord met de celsleutelmethode: elk record draagt een toevallige "
         "sleutel, de sleutel van een cel is de som van de sleutels van haar records, en de "
         "telling van de cel verschuift met wat de verstoringstabel bij die sleutel aangeeft. "
         "Dezelfde records geven altijd dezelfde telling, dus publicaties vergelijken vertelt niet "
         "meer dan elke publicatie apart. Een telling verschuift ten hoogste %1, met variantie %2, "
         "nooit onder 0%3; 0 blijft 0. Totalen zijn verstoord met hun eigen sleutel en zijn dus "
         "niet precies de sommen van de cellen."},
        {", and no count from 1 to %1 is published",
         ", en geen telling van 1 tot en met %1 wordt gepubliceerd"},
        {" Every sum is moved too, by between %1 % and %2 % of each of its %3 largest "
         "contributions, up or down as the cell's key decides; a mean is that sum over the "
         "perturbed count. No margin of error is given for sums: it would tell how large the "
         "largest contribution is.",
         " Ook elke som is verschoven, met %1 % tot %2 % van elk van haar %3 grootste bijdragen, "
         "omhoog of omlaag zoals de sleutel van de cel bepaalt; een gemiddelde is die som gedeeld "
         "door de verstoorde telling. Voor sommen staat er geen foutmarge bij: die zou verraden "
         "hoe groot de grootste bijdrage is."},
        {"Every published number carries random noise, drawn so that the table would look almost "
         "the same whether or not any one person was in the data (differential privacy). ",
         "Elk gepubliceerd getal draagt toevallige ruis, zo getrokken dat de tabel er vrijwel "
         "hetzelfde uit zou zien of een bepaalde persoon nu wel of niet in de gegevens zat "
         "(differentiële privacy). "},
        {"The noise follows the discrete Laplace distribution; the privacy loss of this table is "
         "at most epsilon = %1.",
         "De ruis volgt de discrete Laplaceverdeling; het privacyverlies van deze tabel is ten "
         "hoogste epsilon = %1."},
        {"The noise follows the discrete Gaussian distribution; the privacy loss of this table is "
         "rho = %1 (zero-concentrated differential privacy).",
         "De ruis volgt de discrete normale verdeling; het privacyverlies van deze tabel is rho = "
         "%1 (differentiële privacy in de vorm zCDP)."},
        {" The guarantee protects each %1: it counts in at most %2, with at most %3 in each; where "
         "it had more, the cells and rows kept were drawn at random, and the rest left out.",
         " De waarborg beschermt elke %1: die telt mee in ten hoogste %2, met ten hoogste %3 in "
         "elk; waar er meer waren, zijn de cellen en rijen die bleven toevallig gekozen en is de "
         "rest weggelaten."},
        {"person on each day", "persoon per dag"},
        {"person in each week", "persoon per week"},
        {"one row", "één rij"},
        {"%1 rows", "%1 rijen"},
        {" Each counts at most once in a cell, so a cell's records are its people: the two are one "
         "noisy count, which has the table's whole budget.",
         " Elk telt ten hoogste één keer in een cel, dus de records van een cel zijn haar mensen: "
         "beide zijn één telling met ruis, die het hele budget van de tabel krijgt."},
        {" The categories of every dimension were declared beforehand, not read from the data, so "
         "which cells exist tells nothing about who is in it; records outside them were left out.",
         " De categorieën van elke dimensie zijn vooraf opgegeven, niet uit de gegevens gelezen, "
         "dus welke cellen er zijn vertelt niets over wie erin zit; records daarbuiten zijn "
         "weggelaten."},
        {" The categories of %1 could not be declared beforehand: they were selected from the data "
         "with noise, and only a category held by many people shows (a noisy count of its people "
         "had to reach a threshold; a category of one person alone shows with a chance of at most "
         "%2). The selection spent rho %3 of the budget besides the table's own. The categories of "
         "the other dimensions were declared beforehand. Records outside the categories shown were "
         "left out.",
         " De categorieën van %1 konden niet vooraf worden opgegeven: ze zijn met ruis uit de "
         "gegevens gekozen, en alleen een categorie die veel mensen delen is te zien (een telling "
         "met ruis van haar mensen moest een drempel halen; een categorie van één persoon alleen "
         "verschijnt met een kans van ten hoogste %2). De keuze kostte rho %3 van het budget, "
         "naast dat van de tabel zelf. De categorieën van de andere dimensies zijn vooraf "
         "opgegeven. Records buiten de getoonde categorieën zijn weggelaten."},
        {" How many rows were left out is not published: as an exact figure it would tell about "
         "the people in the data.",
         " Hoeveel rijen zijn weggelaten wordt niet gepubliceerd: als precies getal zou het iets "
         "vertellen over de mensen in de gegevens."},
        {" A published count differs from the true count by %1 on average; 95 % of the counts are "
         "within the interval given beside each number. Totals are the sums of the published "
         "cells. No figure is clipped: a small or empty cell may read below 0, which keeps every "
         "figure and every total an unbiased estimate; a mean is the noisy sum over the noisy "
         "count, held to the bounds of its values.",
         " Een gepubliceerde telling wijkt gemiddeld %1 af van de ware telling; 95 % van de "
         "tellingen ligt binnen de marge die bij elk getal staat. Totalen zijn de sommen van de "
         "gepubliceerde cellen. Geen cijfer is afgekapt: een kleine of lege cel kan onder 0 "
         "uitkomen, zodat elk cijfer en elk totaal een zuivere schatting blijft; een gemiddelde is "
         "de som met ruis gedeeld door de telling met ruis, binnen de grenzen van de waarden."},
        {"No number is published for a group of fewer than %1 %2: such cells are hidden. ",
         "Voor een groep van minder dan %1 %2 wordt geen getal gepubliceerd: zulke cellen zijn "
         "verborgen. "},
        {"A sum is hidden when its %1 largest contributors make up more than %2 % of it. ",
         "Een som is verborgen als haar %1 grootste bijdragers er meer dan %2 % van uitmaken. "},
        {"A sum is hidden when the others' share would let its second largest contributor estimate "
         "the largest within %1 %. ",
         "Een som is verborgen als de tweede bijdrager met het aandeel van de anderen de grootste "
         "tot op %1 % zou kunnen schatten. "},
        {"Further cells are hidden where that is needed so that no hidden number can be worked out "
         "from the rest. ",
         "Waar nodig zijn meer cellen verborgen, zodat geen verborgen getal uit de rest kan worden "
         "afgeleid. "},
        {"Counts are rounded to a multiple of %1. ",
         "Tellingen zijn afgerond op een veelvoud van %1. "},
        {"<h3>What the protection did</h3>", "<h3>Wat de bescherming deed</h3>"},
        {"Published with noise", "Gepubliceerd met ruis"},
        {"Published as they are", "Gepubliceerd zoals ze zijn"},
        {"Hidden", "Verborgen"},
        {"<p>Hidden cells are marked \"hidden\" in the data files. Which of them fell under a rule "
         "and which were hidden to protect those is not published: it would tell the small ones "
         "apart.</p>",
         "<p>Verborgen cellen staan als \"hidden\" in de gegevensbestanden. Welke onder een regel "
         "vielen en welke verborgen zijn om die te beschermen, wordt niet gepubliceerd: dat zou de "
         "kleine verraden.</p>"},
        {"No audit of hidden cells ran: this table is protected by noise, and what holds is the "
         "guarantee of differential privacy stated with it.",
         "Er liep geen controle van verborgen cellen: deze tabel is beschermd met ruis, en wat "
         "geldt is de waarborg van differentiële privacy die erbij staat."},
        {"No audit of hidden cells ran: this table is protected by the cell-key perturbation "
         "stated with it.",
         "Er liep geen controle van verborgen cellen: deze tabel is beschermd met de "
         "celsleutelverstoring die erbij staat."},
        {"No cell is hidden, so there was nothing for an attacker to work out.",
         "Er is geen cel verborgen, dus er viel voor een aanvaller niets af te leiden."},
        {"An audit took the place of an attacker who knows every number published in this release",
         "Een controle nam de plaats in van een aanvaller die elk getal kent dat in deze "
         "publicatie staat"},
        {" (this table and ", " (deze tabel en "},
        {", how the tables are made (which cells exist, that a listed cell is not empty unless an "
         "earlier release of the project listed it, which totals add up), that counts are whole "
         "numbers, the bounds of every sum and the rules above. For every hidden cell it worked "
         "out the values that attacker cannot rule out. ",
         ", weet hoe de tabellen zijn gemaakt (welke cellen er zijn, dat een vermelde cel niet "
         "leeg is tenzij een eerdere publicatie van het project haar vermeldde, welke totalen "
         "optellen), dat tellingen gehele getallen zijn, en de grenzen van elke som en de regels "
         "hierboven kent. Voor elke verborgen cel berekende ze welke waarden die aanvaller niet "
         "kan uitsluiten. "},
        {"A cell with fewer than ", "Een cel met minder dan "},
        {" had to remain anywhere from 1 to ", " moest overal tussen 1 en "},
        {", so that it cannot be told from a safe cell",
         " kunnen liggen, zodat ze niet van een veilige cel te onderscheiden is"},
        {" had to remain uncertain by ", " moest onzeker blijven met "},
        {" either side (a range the steward chose, narrower than from 1 to the threshold)",
         " naar elke kant (een marge die de beheerder koos, smaller dan van 1 tot de drempel)"},
        {", and its sums by ", ", en haar sommen met "},
        {"; a sum under the p% rule by ", "; een som onder de p%-regel met "},
        {" % of its largest contribution", " % van haar grootste bijdrage"},
        {"; a sum under the dominance rule up to where it would no longer be dominated",
         "; een som onder de dominantieregel tot waar ze niet langer gedomineerd zou zijn"},
        {"; every other hidden number must not be pinned down. ",
         "; geen ander verborgen getal mag vast te leggen zijn. "},
        {"Every hidden cell passed. ", "Elke verborgen cel doorstond de controle. "},
        {"The audit did not pass: this table must not be published. ",
         "De controle is niet geslaagd: deze tabel mag niet worden gepubliceerd. "},
        {"For ", "Voor "},
        {" of the hidden numbers this was shown for an attacker who may reason with fractions of "
         "records; whether whole numbers narrow them further was not decided in the time given. ",
         " van de verborgen getallen is dit aangetoond voor een aanvaller die met delen van "
         "records mag rekenen; of gehele getallen ze verder inperken, is in de gegeven tijd niet "
         "beslist. "},
        {"The attacker was also given what this project published before (the release",
         "De aanvaller kreeg ook wat dit project eerder publiceerde (de publicatie"},
        {"s of ", "s van "},
        {" of ", " van "},
        {" and ", " en "},
        {"): a cell published then and hidden now would be known, and a cell or total that changed "
         "by fewer than ",
         "): een cel die toen gepubliceerd en nu verborgen is, zou bekend zijn, en een cel of "
         "totaal dat met minder dan "},
        {" since is hidden and protected like a small cell, so that comparing the releases does "
         "not show who joined or left. ",
         " veranderde is verborgen en beschermd als een kleine cel, zodat het vergelijken van de "
         "publicaties niet laat zien wie erbij kwam of wegging. "},
        {"Not checked: tables published by others from the same population, ",
         "Niet gecontroleerd: tabellen die anderen over dezelfde bevolking publiceerden, "},
        {"earlier tables of another layout or rounded, ",
         "eerdere tabellen met een andere indeling of afgerond, "},
        {"and what someone knows about particular people from elsewhere (for instance that a "
         "neighbour is a customer, or that a hidden cell did not change); rounded counts were "
         "taken as exact.",
         "en wat iemand van elders over bepaalde mensen weet (bijvoorbeeld dat een buurman klant "
         "is, of dat een verborgen cel niet veranderde); afgeronde tellingen zijn als precies "
         "genomen."},
        {"Published by ", "Gepubliceerd door "},
        {"Approved by %1 on %2.", "Goedgekeurd door %1 op %2."},
        {" Licence: %1.", " Licentie: %1."},
        {"<h2>In short</h2><p>", "<h2>In het kort</h2><p>"},
        {"This release holds %1 with %2 cells, aggregated from %3 so that no one can be singled "
         "out. ",
         "Deze publicatie bevat %1 met %2 cellen, samengevoegd uit %3 zodat niemand eruit kan "
         "worden gelicht. "},
        {"one table", "één tabel"},
        {"%1 tables", "%1 tabellen"},
        {"records of the people in the data", "records van de mensen in de gegevens"},
        {"the records in the data", "de records in de gegevens"},
        {"One cell is hidden. ", "Eén cel is verborgen. "},
        {"%1 cells are hidden. ", "%1 cellen zijn verborgen. "},
        {"Numbers carry a small amount of deliberate random noise, which protects every individual "
         "and is described below with its size. ",
         "De getallen dragen een kleine hoeveelheid bewust toegevoegde toevallige ruis, die ieder "
         "mens beschermt en hieronder met haar grootte is beschreven. "},
        {"No individual record appears in any of the files",
         "Geen enkel afzonderlijk record staat in de bestanden"},
        {", and anyone may use them under the licence ",
         ", en iedereen mag ze gebruiken onder de licentie "},
        {"Table", "Tabel"},
        {"Cells", "Cellen"},
        {"How people were protected", "Hoe mensen zijn beschermd"},
        {"Checked", "Gecontroleerd"},
        {"<p><i>Note of the approver:</i> ", "<p><i>Toelichting van wie goedkeurde:</i> "},
        {"<h2 style=\"page-break-before: always\">Privacy budget</h2><p>Each release with noise "
         "spends part of a budget that limits what all releases together can reveal. The budget "
         "belongs to the data source, ",
         "<h2 style=\"page-break-before: always\">Privacybudget</h2><p>Elke publicatie met ruis "
         "verbruikt een deel van een budget dat begrenst wat alle publicaties samen kunnen "
         "onthullen. Het budget hoort bij de gegevensbron, "},
        {"which has no declared name and is known by its file's checksum (kept by the publisher, "
         "not published)",
         "die geen opgegeven naam heeft en bekend is aan de controlesom van haar bestand (bewaard "
         "door de uitgever, niet gepubliceerd)"},
        {": every release of every project on the same data draws from it. It is kept in "
         "zero-concentrated differential privacy (rho); noise at epsilon spends rho = "
         "epsilon&sup2; / 2.</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">",
         ": elke publicatie van elk project op dezelfde gegevens put eruit. Het wordt bijgehouden "
         "in zCDP (rho); ruis bij epsilon verbruikt rho = epsilon&sup2; / 2.</p><table "
         "width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"},
        {"Rho spent (this release %1)", "Verbruikte rho (deze publicatie %1)"},
        {"<p>The budget:</p><ul>", "<p>Het budget:</p><ul>"},
        {"<p>Together the releases so far are (epsilon, delta)-differentially private with epsilon "
         "= %1 at delta = %2",
         "<p>Samen zijn de publicaties tot nu toe (epsilon, delta)-differentieel privaat met "
         "epsilon = %1 bij delta = %2"},
        {" (%1 of it the chance, in all selections of categories, that a category held by one "
         "person alone was shown)",
         " (waarvan %1 de kans, over alle keuzes van categorieën, dat een categorie van één "
         "persoon alleen werd getoond)"},
        {"<h2>Provenance</h2><p class=\"meta\">Configuration SHA-256 %1<br>Input data: its "
         "checksum is kept in the approving project, not published (with it, whoever knew every "
         "other record could test whether one person's records were in the data)<br>Approved "
         "%2</p>",
         "<h2>Herkomst</h2><p class=\"meta\">Configuratie SHA-256 %1<br>Invoergegevens: de "
         "controlesom staat in het goedkeurende project en wordt niet gepubliceerd (wie alle "
         "andere records kende, zou daarmee kunnen nagaan of de records van één persoon in de "
         "gegevens zaten)<br>Goedgekeurd %2</p>"},
        {"; %1 hidden (%2 %)", "; %1 verborgen (%2 %)"},
        {"The perturbation of a count beyond the small ones:",
         "De verstoring van een telling voorbij de kleine:"},
        {"change", "verandering"},
        {"probability", "kans"},
        {"What was checked, and what was not", "Wat is gecontroleerd, en wat niet"},
        {"%1 of %2", "%1 van %2"},
        {"rho %1, declared by %2 on %3", "rho %1, vastgelegd door %2 op %3"},
        {"rho %1, raised by %2 on %3", "rho %1, verhoogd door %2 op %3"},
        {" with this release", " met deze publicatie"},
        {"hour", "uur"},
        {"day", "dag"},
        {"week", "week"},
        {"month", "maand"},
        {"year", "jaar"},
        {"decade", "decennium"},
    };
    return words;
}

} // namespace dijkgraaf
