// Releases: the exported files (CSV with formulas neutralised, SQLite, JSON, Data Package,
// DCAT-AP, the report), writes that are all or nothing, approvals stored in the project, the
// privacy-budget ledger, and publishing exactly what was approved.
#include "io/rolesuggestions.h"
#include "io/sqliteconnection.h"
#include "project/configurationjson.h"
#include "project/project.h"
#include "publish/approval.h"
#include "testrandom.h"
#include "demo/phoneeventgenerator.h"
#include "testutil.h"
#include "releasecheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include "project/privacyledger.h"

#include <QRegularExpression>
#include <QtTest>

#include <map>
#include <memory>

using namespace dijkgraaf;
using test::TestRandom;

namespace {

// 24 customers: region (with a label that a spreadsheet would run), plan, and spend
QByteArray customers()
{
    QByteArray csv = "customer,region,plan,spend\n";
    const char *regions[] = {"North", "South", "=HYPERLINK(\"x\")"};
    int id = 0;
    for (int r = 0; r < 3; ++r)
        for (int p = 0; p < 2; ++p)
            for (int i = 0; i < (r == 2 && p == 1 ? 2 : 5); ++i) {
                QByteArray region = regions[r];
                if (region.contains('"'))
                    region = "\"" + region.replace("\"", "\"\"") + "\"";
                csv += "c" + QByteArray::number(++id) + "," + region + "," +
                       (p ? "basic" : "plus") + "," + QByteArray::number(10 * (i + 1)) + "\n";
            }
    return csv;
}

struct Fixture
{
    test::Scratch scratch;
    std::string dataPath;
    Dataset data;
    Configuration config;
    Project project;
    Publication publication;

    Fixture()
    {
        dataPath = scratch.write(customers(), "customers.csv");
        data = std::move(*readCsv(dataPath));
        config = suggestedConfiguration(data);
        for (std::size_t c = 0; c < data.columns.size(); ++c)
            config.attributes[c].role = AttributeRole::Insensitive;
        config.attributes[0].role = AttributeRole::DirectIdentifier;
        PublishedTable t;
        t.spec.name = "Customers by region and plan";
        t.spec.dimensions = {{"region"}, {"plan"}};
        t.spec.measures = {{MeasureSpec::Kind::Sum, "spend", 0, 40}};
        t.spec.margins = true;
        publication.tables.push_back(t);
        publication.metadata.title = "Customers per region";
        publication.metadata.publisher = "Example Telecom";
        sync();
        project.sourcePath = dataPath;
        project.sourceSha256 = *fileSha256(dataPath);
    }
    // the table with noise (epsilon 1, the whole budget) on its counts, its sum and a mean
    // of spend (values held to 0..40), its categories declared
    void noiseOnSumAndMean()
    {
        PublishedTable &t = publication.tables[0];
        t.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
        t.protection.dp.epsilon = 1.0;
        t.spec.dimensions[0].domain.labels = {"North", "South", "=HYPERLINK(\"x\")"};
        t.spec.dimensions[1].domain.labels = {"plus", "basic"};
        t.spec.measures.push_back({MeasureSpec::Kind::Mean, "spend", 0, 40});
        publication.epsilonBudget = 1.0;
        sync();
    }
    void sync()
    {
        project.configuration = configurationToJson(config, data);
        project.publication = publicationToJson(publication);
    }
    Result<Approval> approve(const char *name = "A. Steward", RandomSource *random = nullptr)
    {
        ApprovalRequest r;
        r.name = name;
        r.note = "first release";
        r.inputSha256 = project.sourceSha256;
        r.random = random;
        r.time = "2026-11-29T10:00:00Z";
        auto a = approveRelease(project, data, config, publication, r);
        if (a)
            test::collectRelease(a->files);
        return a;
    }
};

// Two days of phone events of 300 phones, their subject column marked, and a project on them:
// for releases of the phone demo's noisy tables.
struct PhoneEvents
{
    test::Scratch scratch;
    std::string path;
    Dataset data;
    Configuration config;
    Project project;

    explicit PhoneEvents(std::uint64_t seed) : path(scratch.path("events.csv").toStdString())
    {
        if (!generatePhoneEvents(path, 300, 2, seed).ok())
            qFatal("cannot generate the phone events");
        data = std::move(*readCsv(path));
        config = suggestedConfiguration(data);
        for (auto &a : config.attributes)
            a.role = AttributeRole::Insensitive;
        config.attributes[*data.columnIndex("subject_id")].role = AttributeRole::SubjectId;
        project.sourcePath = path;
        project.sourceSha256 = *fileSha256(path);
        project.configuration = configurationToJson(config, data);
    }
    Result<Approval> approve(const Publication &publication)
    {
        project.publication = publicationToJson(publication);
        ApprovalRequest r;
        r.name = "A. Steward";
        r.inputSha256 = project.sourceSha256;
        r.time = "2026-12-01T10:00:00Z";
        auto a = approveRelease(project, data, config, publication, r);
        if (a)
            test::collectRelease(a->files);
        return a;
    }
};

const OutputFile *fileNamed(const std::vector<OutputFile> &files, const std::string &name)
{
    for (const auto &f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

class TestRelease : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_ledger;


private slots:
    // the metadata of every release these tests made, through a SHACL validator and a
    // Frictionless one (tests/releasecheck.h)
    void cleanupTestCase()
    {
        const QString problems = test::checkCollectedReleases();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // every test function its own privacy ledger (the budgets of data sources), never the
    // user's
    void init()
    {
        m_ledger = std::make_unique<QTemporaryDir>();
        qputenv("DIJKGRAAF_LEDGER", m_ledger->filePath("ledger.sqlite").toUtf8());
    }

    void formulasAreNeutralised()
    {
        QCOMPARE(neutraliseFormula("=SUM(A1)"), std::string("'=SUM(A1)"));
        QCOMPARE(neutraliseFormula("+31 6"), std::string("'+31 6"));
        QCOMPARE(neutraliseFormula("-1"), std::string("'-1"));
        QCOMPARE(neutraliseFormula("@cmd"), std::string("'@cmd"));
        QCOMPARE(neutraliseFormula("\tx"), std::string("'\tx"));
        QCOMPARE(neutraliseFormula("North"), std::string("North"));
        QCOMPARE(fileStem("Customers by region & plan!"), std::string("customers-by-region-plan"));
    }

    // The catalogue entry as DCAT-AP 3.0.1 asks (the SHACL shapes run on it at the end): the
    // EU vocabularies' IRIs for format, licence and language, the IANA media type, the size
    // and the checksum typed and equal to the file's own (computed here), the report listed
    // in the catalogue and in the data package, and every address made absolute against
    // where the release will be put.
    void theCatalogueFollowsDcatAp()
    {
        Fixture f;
        ReleaseMetadata &m = f.publication.metadata;
        m.language = "nl";
        m.description = "Klanten per regio en abonnement.";
        m.baseUrl = "https://data.example.nl/releases/2026-q4"; // no slash: one is added
        m.identifier = "https://data.example.nl/id/customers-per-region";
        m.publisherUri = "https://example.nl/org/telecom";
        m.contactEmail = "opendata@example.nl";
        m.contactName = "Open data desk";
        m.themes = {"http://standaarden.overheid.nl/owms/terms/Economie"};
        m.spatial = "https://www.geonames.org/2750405";
        m.temporalStart = "2026-01-01";
        m.temporalEnd = "2026-09-30";
        m.keywords = {"klanten", "regio"};
        f.sync();
        ApprovalRequest r;
        r.name = "A. Steward";
        r.inputSha256 = f.project.sourceSha256;
        r.time = "2026-11-29T10:00:00Z";
        const QByteArray pdf = "%PDF-1.4 a report made outside the engine";
        r.extraFiles = [&](const std::vector<Release> &, const ReleaseMetadata &, const ApprovalInfo &,
                           const std::vector<OutputFile> &)
            -> Result<std::vector<OutputFile>> { return std::vector<OutputFile>{{"report.pdf", pdf}}; };
        auto a = approveRelease(f.project, f.data, f.config, f.publication, r);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        test::collectRelease(a->files);

        const QJsonObject doc = QJsonDocument::fromJson(fileNamed(a->files, "dcat.jsonld")->bytes).object();
        QCOMPARE(doc["@context"].toObject()["@base"].toString(), QString("https://data.example.nl/releases/2026-q4/"));
        std::map<QString, QJsonObject> byId;
        for (const auto &n : doc["@graph"].toArray())
            byId[n.toObject()["@id"].toString()] = n.toObject();
        const QJsonObject dataset = byId["#dataset"];
        QCOMPARE(dataset["dct:identifier"].toString(), QString::fromStdString(m.identifier));
        QCOMPARE(dataset["dct:language"].toObject()["@id"].toString(),
                 QString("http://publications.europa.eu/resource/authority/language/NLD"));
        QCOMPARE(dataset["dct:title"].toObject()["@language"].toString(), QString("nl"));
        QCOMPARE(dataset["dct:publisher"].toObject()["@id"].toString(), QString::fromStdString(m.publisherUri));
        QCOMPARE(dataset["dcat:contactPoint"].toObject()["vcard:hasEmail"].toObject()["@id"].toString(),
                 QString("mailto:opendata@example.nl"));
        QCOMPARE(dataset["dcat:theme"].toArray()[0].toObject()["@id"].toString(), QString::fromStdString(m.themes[0]));
        QCOMPARE(dataset["dct:spatial"].toObject()["@id"].toString(), QString::fromStdString(m.spatial));
        QCOMPARE(dataset["dct:temporal"].toObject()["dcat:endDate"].toObject()["@type"].toString(), QString("xsd:date"));
        QVERIFY(dataset["dct:description"].toObject()["@value"].toString().contains("Beschermd met Dijkgraaf"));

        // every file before the catalogue entry is a distribution, the report among them
        QStringList listed;
        for (const auto &d : dataset["dcat:distribution"].toArray())
            listed << d.toObject()["@id"].toString();
        QStringList expected;
        for (const auto &file : a->files)
            if (file.name != "dcat.jsonld")
                expected << "#" + QString::fromStdString(file.name);
        QCOMPARE(listed, expected);
        QVERIFY(expected.contains("#report.pdf"));
        const std::map<QString, std::pair<QString, QString>> kinds{
            {"customers-by-region-and-plan.csv", {"CSV", "text/csv"}},
            {"report.pdf", {"PDF", "application/pdf"}},
            {"report.html", {"HTML", "text/html"}},
            {"datapackage.json", {"JSON", "application/json"}},
            {"release.sqlite", {"", "application/vnd.sqlite3"}}};
        for (const auto &[name, kind] : kinds) {
            const QJsonObject d = byId["#" + name];
            const OutputFile *file = fileNamed(a->files, name.toStdString());
            QVERIFY2(file && !d.isEmpty(), qPrintable(name));
            QCOMPARE(d["dcat:downloadURL"].toObject()["@id"].toString(), name);
            QCOMPARE(d["dcat:mediaType"].toObject()["@id"].toString(),
                     "https://www.iana.org/assignments/media-types/" + kind.second);
            QCOMPARE(d["dct:format"].toObject()["@id"].toString(),
                     kind.first.isEmpty() ? QString()
                                          : "http://publications.europa.eu/resource/authority/file-type/" + kind.first);
            QCOMPARE(d["dct:license"].toObject()["@id"].toString(),
                     QString("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"));
            QCOMPARE(d["dcat:byteSize"].toObject()["@type"].toString(), QString("xsd:nonNegativeInteger"));
            QCOMPARE(d["dcat:byteSize"].toObject()["@value"].toString(), QString::number(file->bytes.size()));
            const QJsonObject sum = d["spdx:checksum"].toObject()["spdx:checksumValue"].toObject();
            QCOMPARE(sum["@type"].toString(), QString("xsd:hexBinary"));
            QCOMPARE(sum["@value"].toString(),
                     QString::fromLatin1(QCryptographicHash::hash(file->bytes, QCryptographicHash::Sha256).toHex()));
        }

        // the data package lists the report too, with its size and hash
        const QJsonObject dp = QJsonDocument::fromJson(fileNamed(a->files, "datapackage.json")->bytes).object();
        bool reportListed = false;
        for (const auto &res : dp["resources"].toArray())
            if (res.toObject()["path"].toString() == "report.pdf") {
                reportListed = true;
                QCOMPARE(res.toObject()["mediatype"].toString(), QString("application/pdf"));
                QCOMPARE(res.toObject()["bytes"].toInt(), int(pdf.size()));
                QCOMPARE(res.toObject()["hash"].toString(),
                         "sha256:" + QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
            }
        QVERIFY(reportListed);
    }

    // DCAT-AP-DONL, the profile of data.overheid.nl, adds a creator, a status, themes of the
    // policy agenda and a licence of its own list; without what it requires, the approval
    // is refused with what is missing.
    void theDonlProfileAddsItsFields()
    {
        Fixture f;
        ReleaseMetadata &m = f.publication.metadata;
        m.profile = "dcat-ap-donl";
        m.language = "nl";
        m.description = "Klanten per regio.";
        m.contactEmail = "opendata@example.nl";
        m.themes = {"http://standaarden.overheid.nl/owms/terms/Economie"};
        f.sync();
        auto refused = f.approve();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("DCAT-AP-DONL requires the publisher's IRI") != std::string::npos,
                 refused.error().message.c_str());
        QVERIFY(f.project.approvals.empty());

        m.publisherUri = "https://standaarden.overheid.nl/owms/terms/Amsterdam";
        f.sync();
        auto a = f.approve();
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        QJsonObject dataset;
        for (const auto &n : QJsonDocument::fromJson(fileNamed(a->files, "dcat.jsonld")->bytes).object()["@graph"].toArray())
            if (n.toObject()["@type"].toString() == "dcat:Dataset")
                dataset = n.toObject();
        QCOMPARE(dataset["dct:creator"].toObject()["@id"].toString(), QString::fromStdString(m.publisherUri));
        QCOMPARE(dataset["adms:status"].toObject()["@id"].toString(), QString("http://data.overheid.nl/status/beschikbaar"));
        QCOMPARE(dataset["dct:license"].toObject()["@id"].toString(),
                 QString("http://creativecommons.org/licenses/by/4.0/deed.nl"));
        QCOMPARE(dataset["dcat:theme"].toArray()[0].toObject()["skos:prefLabel"].toString(), QString("Economie"));
        QCOMPARE(dataset["dcat:contactPoint"].toObject()["vcard:fn"].toString(), QString("Example Telecom"));
    }

    // Metadata that would make an invalid catalogue entry is refused, naming the field and
    // the value; nothing is approved.
    void metadataThatCannotBeCataloguedIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("address") << "baseUrl" << "ftp://files.example.nl/" << "'ftp://files.example.nl/' is not a web address";
        QTest::newRow("language") << "language" << "xx" << "the language 'xx'";
        QTest::newRow("theme") << "theme" << "economy" << "the theme 'economy' is not a web address";
        QTest::newRow("e-mail") << "contactEmail" << "a@b@c" << "'a@b@c' is not an e-mail address";
        QTest::newRow("profile") << "profile" << "dcat-us" << "the catalogue profile is 'dcat-us'";
        QTest::newRow("publisher IRI") << "publisherUri" << "example telecom" << "'example telecom' is not a web address";
    }
    void metadataThatCannotBeCataloguedIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Fixture f;
        ReleaseMetadata &m = f.publication.metadata;
        const std::string v = value.toStdString();
        if (field == "baseUrl") m.baseUrl = v;
        if (field == "language") m.language = v;
        if (field == "theme") m.themes = {v};
        if (field == "contactEmail") m.contactEmail = v;
        if (field == "profile") m.profile = v;
        if (field == "publisherUri") m.publisherUri = v;
        f.sync();
        auto a = f.approve();
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.find(message.toStdString()) != std::string::npos, a.error().message.c_str());
        QVERIFY(f.project.approvals.empty());
    }

    // The report prints a small table whole, as a cross-table: every cell of the golden CSV
    // (read here as a reader of the files would) in its row and column, a hidden one marked
    // "hidden" in place, the totals as "all".
    void theReportPrintsTheTableAsACrossTable()
    {
        Fixture f;
        auto a = f.approve();
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        QString html = QString::fromUtf8(fileNamed(a->files, "report.html")->bytes);
        html.replace("&quot;", "\"").replace("&amp;", "&");
        // the expected rows from the published CSV: region -> (plan -> text)
        QFile golden(QString::fromStdString(test::dataPath("publish/customers-by-region-and-plan.csv")));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(golden.readAll()).split("\r\n", Qt::SkipEmptyParts);
        std::map<QString, std::map<QString, QString>> expected;
        QStringList plans;
        static const QRegularExpression field(QStringLiteral("(\"(?:[^\"]|\"\")*\"|[^,]*)(?:,|$)"));
        for (int i = 1; i < lines.size(); ++i) {
            QStringList cols;
            for (auto it = field.globalMatch(lines[i]); it.hasNext() && cols.size() < 5;) {
                QString v = it.next().captured(1);
                if (v.startsWith('"'))
                    v = v.mid(1, v.size() - 2).replace("\"\"", "\"");
                cols << v;
            }
            QString region = cols[0].startsWith('\'') ? cols[0].mid(1) : cols[0];
            const QString plan = cols[1] == "Total" ? "all" : cols[1];
            if (!plans.contains(plan))
                plans << plan;
            expected[region == "Total" ? "all" : region][plan] = cols[4] == "hidden" ? "hidden" : cols[2];
        }
        QCOMPARE(expected.size(), std::size_t(4));
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        for (const auto &[region, byPlan] : expected) {
            // the row of the region: its label cell, then one cell per plan
            const QString label = region == "all" ? "<b>all</b>" : region.toHtmlEscaped().replace("&quot;", "\"").replace("&amp;", "&");
            const qsizetype at = html.indexOf("<tr><td style=\"white-space:nowrap\">" + label + "</td>");
            QVERIFY2(at >= 0, qPrintable(region));
            const QString row = html.mid(at, html.indexOf("</tr>", at) - at);
            QStringList cells = row.split("</td>", Qt::SkipEmptyParts);
            cells.removeFirst(); // the label
            QStringList texts;
            for (const QString &c : cells)
                texts << QString(c).remove(tags).trimmed();
            texts.removeAll(QString());
            QStringList want;
            for (const QString &plan : plans)
                want << byPlan.at(plan);
            // the report's columns are in the release's order, which the CSV's rows follow
            QCOMPARE(texts, want);
        }
        QVERIFY(html.contains("Every figure is in customers-by-region-and-plan.csv"));
    }

    // What the protection did, as a picture: per region and per plan, the published total's
    // records, shown in detailed cells or only in hidden ones. Expected by hand from the
    // fixture's 27 customers and its published CSV (tests/data/publish): North's and
    // "=HYPERLINK"'s cells are all hidden (10 and 7 records), South's none; basic has 12
    // records of which South's 5 are shown, plus 15 of which 5.
    void theReportShowsTheDistributionBeforeAndAfter()
    {
        Fixture f;
        auto a = f.approve();
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        QString html = QString::fromUtf8(fileNamed(a->files, "report.html")->bytes);
        html.replace("&quot;", "\"").replace("&amp;", "&");
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        auto bars = [&](const QString &heading) {
            std::map<QString, QString> out;
            const qsizetype at = html.indexOf(heading);
            if (at < 0)
                return out;
            const QString block = html.mid(at, html.indexOf("<p", at) - at);
            static const QRegularExpression row(
                QStringLiteral("<tr><td width=\"32%\" style=\"white-space:nowrap\">(.*?)</td>.*?<td align=\"right\" "
                               "style=\"white-space:nowrap\">(.*?)</td></tr>"));
            for (auto it = row.globalMatch(block); it.hasNext();) {
                const auto m = it.next();
                out[m.captured(1)] = QString(m.captured(2)).remove(tags);
            }
            return out;
        };
        const auto regions = bars("Records by region, before and after");
        QCOMPARE(regions, (std::map<QString, QString>{{"North", "10 of 10 hidden"},
                                                      {"South", "0 of 10 hidden"},
                                                      {"=HYPERLINK(\"x\")", "7 of 7 hidden"}}));
        const auto plans = bars("Records by plan, before and after");
        QCOMPARE(plans, (std::map<QString, QString>{{"basic", "7 of 12 hidden"}, {"plus", "10 of 15 hidden"}}));
        // the bars' lengths: North's whole bar grey, at full width (of 99 %, a sliver of space
        // kept); "=HYPERLINK" 7 / 10 of it
        const qsizetype north = html.indexOf("<tr><td width=\"32%\" style=\"white-space:nowrap\">North</td>",
                                             html.indexOf("Records by region, before and after"));
        const QString northRow = html.mid(north, html.indexOf("</tr></table>", north) - north);
        QVERIFY2(!northRow.contains("#2166ac") && northRow.contains("width=\"99%\" bgcolor=\"#969696\""),
                 qPrintable(northRow));
        QVERIFY(html.contains("<td width=\"70%\" bgcolor=\"#969696\" style=\"background-color:#969696\">&nbsp;</td>"
                              "<td width=\"30%\">&nbsp;</td></tr></table></td><td align=\"right\" "
                              "style=\"white-space:nowrap\">7 of 7 hidden</td>"));
    }

    // The margins of a noisy table's sums and means, from the declarations and worked out
    // here by hand: no subject column, so one record is one person; the budget epsilon 1 is
    // split over the count, the sum and the mean's sum (3 parts): the count gets discrete
    // Laplace noise of scale 3, each sum (values held to 0..40) of scale 40 * 3 = 120. For a
    // discrete Laplace of scale s, with t = exp(-1/s): P(|X| > m) = 2 t^(m+1) / (1 + t), and
    // its variance is 2t / (1 - t)^2. The appendix lists every parameter with its setting.
    void theReportGivesTheMarginsOfNoisySumsAndMeans()
    {
        Fixture f;
        f.noiseOnSumAndMean();
        TestRandom random(5);
        auto a = f.approve("A. Steward", &random);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        const QString html = QString::fromUtf8(fileNamed(a->files, "report.html")->bytes);

        auto interval95 = [](double s) {
            const double q = std::exp(-1 / s);
            long m = 0;
            while (2 * std::pow(q, m + 1) / (1 + q) > 0.05)
                ++m;
            return m;
        };
        auto variance = [](double s) {
            const double q = std::exp(-1 / s);
            return 2 * q / ((1 - q) * (1 - q));
        };
        const long sumMargin = interval95(120);
        QVERIFY(sumMargin > 340 && sumMargin < 380); // about 120 ln(40 / (1 + t)) - 1
        QVERIFY2(html.contains(QString("A sum of spend in a cell is within %1 of the true sum 95 times in 100 "
                                       "(each value was first held between 0 and 40)")
                                   .arg(sumMargin)),
                 qPrintable(html));
        auto meanMargin = [&](double n) {
            return 1.96 * std::sqrt(variance(120) + 40.0 * 40.0 * variance(3)) / n;
        };
        QVERIFY2(html.contains(QString("at most %1 either way in a cell of 100 records and %2 in a cell of 1,000")
                                   .arg(QString::number(meanMargin(100), 'f', 2), QString::number(meanMargin(1000), 'f', 2))),
                 qPrintable(html));

        // the appendix: the parameters with their settings' names
        const qsizetype appendix = html.indexOf("Appendix: the parameters");
        QVERIFY(appendix > 0);
        const QString tail = html.mid(appendix);
        for (const char *row : {"<td>Privacy loss of the table (epsilon)</td><td>1</td>",
                                "<tt>epsilon</tt>", "<tt>sum_unit</tt>", "<tt>mechanism</tt>",
                                "<td>Values of the mean of spend held between</td><td>0 &ndash; 40</td>"})
            QVERIFY2(tail.contains(row), row);
    }

    // The report in Dutch when the metadata says "nl": every text of it has its Dutch (the
    // report code notes any it lacks), for a table under rules with hidden cells, a noisy
    // release of phone events and a cell-key table; no English sentence is left.
    void theReportSpeaksDutch()
    {
        std::vector<QByteArray> reports;
        {
            Fixture f;
            f.publication.metadata.language = "nl";
            f.publication.tables[0].spec.name = "Klanten per regio en abonnement"; // the steward's words
            f.sync();
            auto a = f.approve();
            QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
            reports.push_back(fileNamed(a->files, "report.html")->bytes);
        }
        {
            Fixture f;
            f.publication.metadata.language = "nl";
            f.publication.tables[0].spec.name = "Klanten per regio";
            f.publication.tables[0].protection.kind = ProtectionSettings::Kind::CellKey;
            f.sync();
            auto a = f.approve();
            QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
            reports.push_back(fileNamed(a->files, "report.html")->bytes);
        }
        {
            // noise on a sum and a mean
            Fixture f;
            f.publication.metadata.language = "nl";
            f.publication.tables[0].spec.name = "Klanten per regio";
            f.noiseOnSumAndMean();
            TestRandom random(3);
            auto a = f.approve("A. Steward", &random);
            QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
            reports.push_back(fileNamed(a->files, "report.html")->bytes);
        }
        {
            PhoneEvents e(8);
            Publication publication = phoneEventsDemoPublication();
            publication.tables[0].spec.dimensions[1].domain.to = "2026-03-03T23:00";
            publication.tables[1].spec.dimensions[1].domain.to = "2026-03-03";
            publication.metadata.language = "nl";
            publication.metadata.title = "Telefoons per gebied";
            publication.metadata.description = "Hoeveel telefoons er per gebied waren.";
            publication.tables[0].spec.name = "Mensen per gebied per uur";
            publication.tables[1].spec.name = "Mensen per gebied per dag";
            auto a = e.approve(publication);
            QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
            reports.push_back(fileNamed(a->files, "report.html")->bytes);
        }
        QVERIFY(reports.back().contains("timestamp (uur)")); // the phone table's time bucket
        const auto missing = untranslatedReportWords();
        std::string all;
        for (const auto &m : missing)
            all += "\n  " + m;
        QVERIFY2(missing.empty(), ("no Dutch for:" + all).c_str());
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        for (const QByteArray &report : reports) {
            const QString html = QString::fromUtf8(report);
            QVERIFY(html.contains("<html lang=\"nl\">"));
            QVERIFY(html.contains("In het kort"));
            QVERIFY(html.contains("Hoe mensen zijn beschermd"));
            QVERIFY(!html.contains("(hour)") && !html.contains("(day)"));
            // the words of English sentences, outside the steward's own titles and labels
            QString text = QString(html).remove(tags);
            for (const char *english : {" the ", " and ", " are ", " with ", " which ", " been ", " hidden "})
                QVERIFY2(!text.contains(english), qPrintable(QString("'%1' in: %2").arg(english).arg(
                                                      text.mid(std::max<qsizetype>(0, text.indexOf(english) - 80), 160))));
        }
    }

    void theFilesOfARelease()
    {
        Fixture f;
        auto a = f.approve();
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        const auto &files = a->files;
        for (const char *name : {"customers-by-region-and-plan.csv", "release.sqlite",
                                 "release.json", "datapackage.json", "report.html", "dcat.jsonld"})
            QVERIFY2(fileNamed(files, name), name);

        // the golden table: cells below 5 hidden, their partners too, the formula defused
        const QByteArray csv = fileNamed(files, "customers-by-region-and-plan.csv")->bytes;
        QFile golden(
            QString::fromStdString(test::dataPath("publish/customers-by-region-and-plan.csv")));
        if (qEnvironmentVariableIsSet("DIJKGRAAF_UPDATE_GOLDEN")) { // after a deliberate change
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(csv);
            golden.close();
        }
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(csv, golden.readAll());
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        // no record-level value: the customer ids never appear
        for (const auto &file : files)
            QVERIFY2(!file.bytes.contains("c17"), file.name.c_str());

        // Data Package: a tabular resource per table with a schema naming every column
        const QJsonObject dp =
            QJsonDocument::fromJson(fileNamed(files, "datapackage.json")->bytes).object();
        QCOMPARE(dp["profile"].toString(), QString("data-package"));
        const QJsonObject res = dp["resources"].toArray()[0].toObject();
        QCOMPARE(res["path"].toString(), QString("customers-by-region-and-plan.csv"));
        QCOMPARE(res["profile"].toString(), QString("tabular-data-resource"));
        QStringList fields;
        for (const auto &fv : res["schema"].toObject()["fields"].toArray())
            fields << fv.toObject()["name"].toString();
        QCOMPARE(fields, (QStringList{"region", "plan", "records", "sum_of_spend", "status"}));
        QCOMPARE(QString::fromUtf8(csv.left(csv.indexOf('\r'))), fields.join(","));

        // DCAT-AP: a catalogue with one dataset (title, publisher) and a distribution per file
        // before it (the catalogue entry cannot hash itself)
        const QJsonArray graph =
            QJsonDocument::fromJson(fileNamed(files, "dcat.jsonld")->bytes).object()["@graph"].toArray();
        auto nodesOf = [&](const char *type) {
            std::vector<QJsonObject> nodes;
            for (const auto &n : graph)
                if (n.toObject()["@type"].toString() == type)
                    nodes.push_back(n.toObject());
            return nodes;
        };
        QCOMPARE(nodesOf("dcat:Catalog").size(), std::size_t(1));
        QCOMPARE(nodesOf("dcat:Dataset").size(), std::size_t(1));
        const QJsonObject dataset = nodesOf("dcat:Dataset")[0];
        QCOMPARE(nodesOf("dcat:Catalog")[0]["dcat:dataset"].toObject()["@id"].toString(), dataset["@id"].toString());
        QCOMPARE(dataset["dct:title"].toObject()["@value"].toString(), QString("Customers per region"));
        QCOMPARE(nodesOf("foaf:Agent")[0]["foaf:name"].toString(), QString("Example Telecom"));
        QCOMPARE(dataset["dcat:distribution"].toArray().size(), qsizetype(files.size() - 1));
        QCOMPARE(nodesOf("dcat:Distribution").size(), files.size() - 1);
        QVERIFY(dataset["dct:provenance"].toObject()["rdfs:label"].toObject()["@value"].toString().contains(
            "no count below 5"));

        // every metadata file names the software and version that protected the release
        const QRegularExpression producer("Dijkgraaf \\d+\\.\\d+\\.\\d+");
        for (const char *name : {"release.json", "datapackage.json", "dcat.jsonld"})
            QVERIFY2(producer.match(QString::fromUtf8(fileNamed(files, name)->bytes)).hasMatch(), name);

        // SQLite: the same cells
        test::Scratch s;
        const std::string dbPath = s.write(fileNamed(files, "release.sqlite")->bytes, "r.sqlite");
        SqliteConnection db(QString::fromStdString(dbPath), SqliteConnection::Mode::ReadOnly);
        QVERIFY(db.isOpen());
        QSqlQuery q(db.db());
        QVERIFY(q.exec("SELECT records, status FROM customers_by_region_and_plan WHERE region = "
                       "'North' AND plan = 'Total'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        // counts are stored as whole numbers, declared and held so
        QVERIFY(q.exec("SELECT typeof(records), count(*) FROM customers_by_region_and_plan "
                       "WHERE records IS NOT NULL GROUP BY 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("integer"));
        QVERIFY(!q.next());
        QVERIFY(q.exec("SELECT type FROM pragma_table_info('customers_by_region_and_plan') "
                       "WHERE name = 'records'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("INTEGER"));

        // the report tells what was hidden and why, in words
        const QString html = QString::fromUtf8(fileNamed(files, "report.html")->bytes);
        QVERIFY(html.contains("fewer than 5 records"));
        QVERIFY(html.contains("A. Steward"));
        QVERIFY(html.contains("anywhere from 1 to 5"));
        QVERIFY(!html.contains("hidden-secondary") && !html.contains("to protect others"));
    }

    void anInterruptedExportLeavesNothing()
    {
        Fixture f;
        auto a = f.approve();
        QVERIFY(a.ok());
        const QString out = f.scratch.path("out");
        WriteOptions stopAtThird;
        int calls = 0;
        stopAtThird.beforeFile = [&](const std::string &) { return ++calls < 3; };
        auto r = writeFilesAtomically(a->files, out.toStdString(), stopAtThird);
        QVERIFY(!r);
        QVERIFY(r.error().cancelled);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(filesIn(f.scratch.path("")).filter("partial").size(), qsizetype(0));

        // into an existing folder: refused without force, the old file untouched
        QDir().mkpath(out);
        QFile old(out + "/report.html");
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
        old.close();
        r = writeFilesAtomically(a->files, out.toStdString());
        QVERIFY(!r);
        QVERIFY(r.error().message.find("report.html") != std::string::npos);
        QCOMPARE(filesIn(out), QStringList{"report.html"});
        // interrupted with force: the old file is still the old one, nothing new is there
        WriteOptions forceButStop;
        forceButStop.force = true;
        calls = 0;
        forceButStop.beforeFile = stopAtThird.beforeFile;
        QVERIFY(!writeFilesAtomically(a->files, out.toStdString(), forceButStop));
        QCOMPARE(filesIn(out), QStringList{"report.html"});
        QFile check(out + "/report.html");
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old report"));
        check.close();
        // with force: replaced
        WriteOptions force;
        force.force = true;
        { auto w = writeFilesAtomically(a->files, out.toStdString(), force); QVERIFY2(w.ok(), w.ok() ? "" : w.error().text().c_str()); }
        QCOMPARE(filesIn(out).size(), qsizetype(a->files.size()));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(check.readAll().startsWith("<!DOCTYPE html>"));
    }

    void approvalsAreStoredAndPublishedExactly()
    {
        Fixture f;
        QVERIFY(f.approve().ok());
        const std::string projectPath = f.scratch.path("p.dijkgraaf").toStdString();
        QVERIFY(saveProject(f.project, projectPath).ok());
        auto p = openProject(projectPath);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().text().c_str());
        QCOMPARE(p->approvals.size(), std::size_t(1));
        const Approval &a = p->approvals[0];
        QCOMPARE(a.name, std::string("A. Steward"));
        QCOMPARE(a.configurationSha256, configurationSha256(p->configuration, p->publication));
        QCOMPARE(a.files.size(), f.project.approvals[0].files.size());
        QCOMPARE(a.files[0].bytes, f.project.approvals[0].files[0].bytes);
        auto tables = releasedTables(a);
        QVERIFY(tables.ok());
        QCOMPARE(tables->at(0).cells.size(), std::size_t(6 + 3 + 2 + 1));

        const QString out = f.scratch.path("published");
        auto written = publishApproved(*p, f.project.sourceSha256, out.toStdString());
        QVERIFY(written.ok());
        QFile csv(out + "/customers-by-region-and-plan.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), a.files[0].bytes);

        // a changed configuration is not published until approved again
        Project changed = *p;
        f.publication.tables[0].protection.rules.threshold = 3;
        changed.publication = publicationToJson(f.publication);
        auto refused =
            publishApproved(changed, f.project.sourceSha256, f.scratch.path("x").toStdString());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.find("approve it again") != std::string::npos);
        // nor with changed data
        QVERIFY(!publishApproved(*p, "0000", f.scratch.path("y").toStdString()));
    }

    // Where a dimension's categories cannot be declared, partition selection chooses them:
    // the countries of 300 phones, of which NL holds some 250 and each other country fewer
    // than 20, at a threshold near 100 (12 area-hours a phone, rho 0.02 of selection, delta
    // 1e-7: the test computes it with the continuous quantile, 1 + 17.3 * 5.9). Only NL
    // shows; the selection's rho is spent besides the table's and its delta is recorded in the
    // ledger and added to the stated delta; the report and the metadata say how the
    // categories came to be.
    void partitionSelectionIsSpentAndStated()
    {
        PhoneEvents e(5);
        Publication publication = phoneEventsDemoPublication();
        publication.tables.resize(1);
        PublishedTable &t = publication.tables[0];
        t.spec.dimensions[1].domain.to = "2026-03-03T23:00";
        t.spec.dimensions[2].domain = {};
        t.spec.dimensions[2].domain.select = true;
        // the configuration's words for it
        const QJsonObject json = publicationToJson(publication);
        QVERIFY(QJsonDocument(json).toJson().contains("\"select\": true"));
        auto read = publicationFromJson(json, e.data);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().text().c_str());
        QVERIFY(read->tables[0].spec.dimensions[2].domain.select);
        QCOMPARE(read->tables[0].protection.dp.selectionRho, 0.02);

        auto approved = e.approve(*read);
        QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().text().c_str());
        QVERIFY(std::abs(approved->rho - (0.10 + 0.02)) < 1e-12);
        auto stored = releaseFromJson(approved->tables[0].toObject());
        QVERIFY(stored.ok());
        const Release &release = *stored;
        QCOMPARE(release.labels[2], std::vector<std::string>{"NL"});
        QCOMPARE(release.selectionDelta, 1e-7);
        // every country but NL is left out of the cells
        for (const auto &c : release.cells)
            QVERIFY(c.labels[2] == kTotalLabel || c.labels[2] == 0);
        PrivacyLedger ledger;
        auto b = ledger.budget("sha256:" + e.project.sourceSha256);
        QVERIFY(b.ok());
        QCOMPARE(b->spends.size(), std::size_t(1));
        QCOMPARE(b->spentDelta(), 1e-7);
        const OutputFile *report = fileNamed(approved->files, "report.html");
        QVERIFY(report);
        QVERIFY(report->bytes.contains("selected from the data with noise"));
        QVERIFY2(report->bytes.contains("at delta = 1.1e-06"), report->bytes.constData());
        const OutputFile *package = fileNamed(approved->files, "datapackage.json");
        QVERIFY(package && package->bytes.contains("selected from the data with noise (partition selection"));
    }

    // The report draws what the noise did to the hourly curve of one area: the phone demo's
    // busiest area by its published total (found here from the published CSV), a line through
    // its 48 published hours with the band of their intervals; only published figures, each
    // point where the CSV puts it.
    void theReportDrawsOneAreasHourlyCurve()
    {
        PhoneEvents e(8);
        Publication publication = phoneEventsDemoPublication();
        publication.tables[0].spec.dimensions[1].domain.to = "2026-03-03T23:00";
        publication.tables[1].spec.dimensions[1].domain.to = "2026-03-03";
        auto approved = e.approve(publication);
        QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().text().c_str());
        const OutputFile *csv = fileNamed(approved->files, "people-per-area-per-hour-by-country-of-origin.csv");
        QVERIFY(csv);
        // the published area totals and the busiest area's hours, from the CSV
        std::map<QString, double> areaTotal;
        std::vector<double> hours;
        QList<QByteArray> lines = csv->bytes.split('\n');
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const auto records = header.indexOf("records");
        QVERIFY(records == 3);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].trimmed().split(',');
            if (f.size() > records && f[1] == "Total" && f[2] == "Total" && f[0] != "Total")
                areaTotal[QString::fromUtf8(f[0])] = f[records].toDouble();
        }
        const QString busiest =
            std::max_element(areaTotal.begin(), areaTotal.end(), [](const auto &a, const auto &b) {
                return a.second < b.second;
            })->first;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].trimmed().split(',');
            if (f.size() > records && QString::fromUtf8(f[0]) == busiest && f[1] != "Total" && f[2] == "Total")
                hours.push_back(f[records].toDouble());
        }
        QCOMPARE(hours.size(), std::size_t(48));
        const OutputFile *report = fileNamed(approved->files, "report.html");
        QVERIFY(report);
        QVERIFY(report->bytes.contains("What the noise did to " + busiest.toUtf8()));
        const QByteArray marker = "src=\"data:image/svg+xml;base64,";
        // the curve under that heading (the one before it is of the hourly totals)
        const auto at = report->bytes.indexOf(marker, report->bytes.indexOf("What the noise did to"));
        QVERIFY(at > 0);
        const auto start = at + marker.size();
        const QByteArray svg =
            QByteArray::fromBase64(report->bytes.mid(start, report->bytes.indexOf('"', start) - start));
        QVERIFY(svg.startsWith("<svg"));
        // the line's points: 48, evenly spaced, their heights in the order of the published hours
        const auto p = svg.indexOf("<polyline points=\"") + 18;
        const QList<QByteArray> points = svg.mid(p, svg.indexOf('"', p) - p).split(' ');
        QCOMPARE(points.size(), qsizetype(48));
        for (qsizetype i = 0; i + 1 < points.size(); ++i)
            for (qsizetype j = i + 1; j < points.size(); ++j) {
                const double yi = points[i].split(',')[1].toDouble(), yj = points[j].split(',')[1].toDouble();
                // a higher figure is drawn higher (smaller y), an equal one level
                if (hours[static_cast<std::size_t>(i)] > hours[static_cast<std::size_t>(j)])
                    QVERIFY(yi < yj);
                else if (hours[static_cast<std::size_t>(i)] == hours[static_cast<std::size_t>(j)])
                    QVERIFY(std::abs(yi - yj) < 0.11);
            }
        QVERIFY(svg.contains("<polygon")); // the band

        // and the hours of all areas together, as a curve in the table's pictures: the
        // published totals per hour, from the CSV, in the order of their heights
        std::vector<double> totals;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].trimmed().split(',');
            if (f.size() > records && f[0] == "Total" && f[1] != "Total" && f[2] == "Total")
                totals.push_back(f[records].toDouble());
        }
        QCOMPARE(totals.size(), std::size_t(48));
        const auto first = report->bytes.indexOf(marker) + marker.size();
        QVERIFY(first < at);
        const QByteArray totalsSvg =
            QByteArray::fromBase64(report->bytes.mid(first, report->bytes.indexOf('"', first) - first));
        const auto q = totalsSvg.indexOf("<polyline points=\"") + 18;
        const QList<QByteArray> totalPoints = totalsSvg.mid(q, totalsSvg.indexOf('"', q) - q).split(' ');
        QCOMPARE(totalPoints.size(), qsizetype(48));
        for (qsizetype i = 0; i + 1 < totalPoints.size(); ++i)
            for (qsizetype j = i + 1; j < totalPoints.size(); ++j)
                if (totals[static_cast<std::size_t>(i)] > totals[static_cast<std::size_t>(j)])
                    QVERIFY(totalPoints[i].split(',')[1].toDouble() < totalPoints[j].split(',')[1].toDouble());
    }

    // A project file edited to name its release's files '../x' or an absolute path must not
    // write outside the folder it is published to: the project is refused when it is opened,
    // and the writer refuses such a name whatever hands it over; nothing is written.
    void aFileNameFromTheProjectCannotLeaveTheFolder()
    {
        Fixture f;
        auto approved = f.approve();
        QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().text().c_str());
        const QString out = QString::fromStdString(f.scratch.path("release").toStdString());
        const QString outside = QString::fromStdString(f.scratch.path("escaped.csv").toStdString());
        for (const std::string &name : {std::string("../escaped.csv"), outside.toStdString(),
                                       std::string(".."), std::string("a\\b.csv"), std::string("")}) {
            Project altered = f.project;
            altered.approvals.back().files[0].name = name;
            auto written = publishApproved(altered, altered.sourceSha256, out.toStdString());
            QVERIFY2(!written, name.c_str());
            QVERIFY2(written.error().message.find("not a plain file name") != std::string::npos,
                     written.error().message.c_str());
            QVERIFY(!QFileInfo::exists(outside));
            QVERIFY(!QFileInfo::exists(out));
            // saved and opened again: refused on opening, naming what is wrong
            const std::string path = f.scratch.path("altered.dijkgraaf").toStdString();
            QFile::remove(QString::fromStdString(path));
            QVERIFY(saveProject(altered, path).ok());
            auto opened = openProject(path);
            QVERIFY(!opened);
            QVERIFY2(opened.error().message.find("the project was altered") != std::string::npos,
                     opened.error().message.c_str());
        }
        // the release as approved is written, inside the folder
        QVERIFY(publishApproved(f.project, f.project.sourceSha256, out.toStdString()).ok());
        QVERIFY(QFileInfo::exists(out + "/report.html"));
        QVERIFY(!QFileInfo::exists(outside));
    }

    // A damaged project is refused with what is damaged, never read in part: a format version
    // that is no number (it was read as an old format, which dropped the approvals and the
    // budget they spent), a format 1 that holds approvals, garbage for a stored table, an
    // approval that lost its budget entry, a count in a stored summary or audit that is negative,
    // huge or fractional, a publication that is no JSON, a file whose pages
    // are damaged. Each altered in a copy of a project with one approval, with SQLite itself.
    void aDamagedProjectIsRefused()
    {
        Fixture f;
        QVERIFY(f.approve().ok());
        const QString good = f.scratch.path("good.dijkgraaf");
        QVERIFY(saveProject(f.project, good.toStdString()).ok());
        QVERIFY(openProject(good.toStdString()).ok());
        const std::vector<std::pair<QString, std::string>> damage{
            {"UPDATE meta SET value = 'abc' WHERE key = 'schema_version'",
             "format version is 'abc'"},
            {"UPDATE meta SET value = '' WHERE key = 'schema_version'", "format version is ''"},
            {"UPDATE meta SET value = '1' WHERE key = 'schema_version'", "it was altered"},
            {"UPDATE approval_table SET json = 'garbage'", "tables of approval 1 are damaged"},
            // counts that no cast to an integer can hold
            {"UPDATE approval_table SET json = json_set(json, '$.summary.hidden_cells', -5)",
             "stored summary or audit"},
            {"UPDATE approval_table SET json = json_set(json, '$.audit.linear_programs', 1e300)",
             "stored summary or audit"},
            {"UPDATE approval_table SET json = json_set(json, '$.summary.cells', 2.5)",
             "stored summary or audit"},
            {"DELETE FROM budget_ledger", "lost its entry of the budget"},
            {"UPDATE publication SET json = '{'", "publication is damaged"},
        };
        int n = 0;
        for (const auto &[sql, expected] : damage) {
            const QString copy = f.scratch.path(QString("damaged-%1.dijkgraaf").arg(++n));
            QVERIFY(QFile::copy(good, copy));
            {
                SqliteConnection c(copy, SqliteConnection::Mode::ReadWrite);
                QVERIFY(c.isOpen());
                QSqlQuery q(c.db());
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            auto opened = openProject(copy.toStdString());
            QVERIFY2(!opened, qPrintable(sql));
            QVERIFY2(opened.error().message.find(expected) != std::string::npos,
                     qPrintable(sql + ": " + QString::fromStdString(opened.error().message)));
        }
        // bytes overwritten inside the file's pages
        const QString torn = f.scratch.path("torn.dijkgraaf");
        QVERIFY(QFile::copy(good, torn));
        {
            QFile file(torn);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8192);
            file.seek(size / 2);
            file.write(QByteArray(4096, '\x5a'));
        }
        auto opened = openProject(torn.toStdString());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.find("damaged") != std::string::npos, opened.error().message.c_str());
    }

    void theLedgerRefusesWhatExceedsTheBudget()
    {
        Fixture f;
        PublishedTable &t = f.publication.tables[0];
        t.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
        t.spec.dimensions[0].domain.labels = {"North", "South", "=HYPERLINK(\"x\")"};
        t.spec.dimensions[1].domain.labels = {"plus", "basic"};
        t.protection.dp.epsilon = 0.6;
        f.publication.epsilonBudget = 1.0;
        f.sync();
        TestRandom random(11);
        auto first = f.approve("A", &random);
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().text().c_str());
        QCOMPARE(first->epsilon, 0.6);
        QCOMPARE(budgetSpent(f.project).epsilon, 0.6);
        QCOMPARE(budgetSpent(f.project).rho, 0.18);

        // the same table on the same data: the stored noisy values again, nothing spent
        auto again = f.approve("B", &random);
        QVERIFY(again.ok());
        QCOMPARE(again->epsilon, 0.0);
        QCOMPARE(again->tables, first->tables);

        // one budget per data source, in zCDP: epsilon 0.6 spent rho 0.18 of 0.5
        const std::string source = "sha256:" + f.project.sourceSha256;
        PrivacyLedger ledger;
        QCOMPARE(dataSourceOf(f.publication, f.project.sourceSha256), source);
        auto b = ledger.budget(source);
        QVERIFY(b.ok() && b->declared);
        QCOMPARE(b->rho, 0.5);
        QVERIFY(std::abs(b->spent() - 0.18) < 1e-12);

        // a second project on the same data draws from the same budget: rho 0.35 more would
        // exceed it, refused and nothing recorded; 0.32 fits exactly
        Fixture g;
        QCOMPARE(g.project.sourceSha256, f.project.sourceSha256);
        PublishedTable &u = g.publication.tables[0];
        u = t;
        u.spec.name = "Another project's table";
        u.protection.dp.mechanism = DpSettings::Mechanism::Gaussian;
        u.protection.dp.rho = 0.35;
        g.sync();
        auto refused = g.approve("C", &random);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.find("by every project on this data") != std::string::npos,
                 refused.error().message.c_str());
        QVERIFY(g.project.approvals.empty());
        QVERIFY(std::abs(ledger.budget(source)->spent() - 0.18) < 1e-12);
        u.protection.dp.rho = 0.32;
        g.sync();
        QVERIFY(g.approve("D", &random).ok());
        QVERIFY(std::abs(ledger.budget(source)->spent() - 0.5) < 1e-12);

        // a configuration that raises the budget does not raise it: that is an approval of
        // its own, recorded with its name and note
        u.protection.dp.rho = 0.1;
        u.spec.name = "A third table";
        g.publication.rhoBudget = 0.8;
        g.sync();
        auto raised = g.approve("E", &random);
        QVERIFY(!raised);
        QVERIFY(raised.error().message.find("raising a budget is an approval of its own") != std::string::npos);
        QVERIFY(ledger.setBudget(source, {"2026-11-30T09:00:00Z", "B. Officer", "the board agreed", 0.8}).ok());
        QVERIFY(!ledger.setBudget(source, {"2026-11-30T09:00:00Z", "B. Officer", "lower", 0.4}).ok()); // below spent
        auto withRaise = g.approve("E", &random);
        QVERIFY(withRaise.ok());
        // the report tells how the budget came to be
        bool told = false;
        for (const OutputFile &file : withRaise->files)
            if (file.name == "report.html")
                told = file.bytes.contains("rho 0.5, declared by A on 2026-11-29") &&
                       file.bytes.contains("rho 0.8, raised by B. Officer on 2026-11-30: the board agreed");
        QVERIFY(told);
        b = ledger.budget(source);
        QCOMPARE(b->changes.size(), std::size_t(2));
        QCOMPARE(b->changes[1].name, std::string("B. Officer"));
        QVERIFY(std::abs(b->spent() - 0.6) < 1e-12);

        // the same file declared under another name still draws from its first budget
        g.publication.dataset = "customers-renamed";
        u.spec.name = "A fourth table";
        g.sync();
        auto renamed = g.approve("F", &random);
        QVERIFY(!renamed);
        QVERIFY2(renamed.error().message.find("released before as") != std::string::npos,
                 renamed.error().message.c_str());

        // the noisy CSV states the error of each number
        const QByteArray csv = f.project.approvals.back().files[0].bytes;
        QVERIFY(csv.startsWith(
            "region,plan,records,sum_of_spend,records_error95,sum_of_spend_error95,status\r\n"));
        QVERIFY(csv.contains(",noisy\r\n"));
    }

    void aDemandBeyondTheDataHidesEveryTotalAboveTheSmallCell()
    {
        Fixture f;
        // a range demanded of small cells wider than any published total leaves open: the
        // small cell (=HYPERLINK("x"), basic) = 2 must move by 1000 either way (down to 1), so
        // every total above it is hidden (its row's, its column's, the grand total); by hand,
        // with those four hidden it can rise without bound while everything else stays
        f.publication.tables[0].protection.rules.thresholdRange = 1000;
        f.sync();
        auto a = f.approve();
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        const auto tables = releasedTables(*a);
        QVERIFY(tables.ok());
        const Release &t = (*tables)[0];
        QVERIFY(t.audit.passed);
        int above = 0;
        for (const auto &c : t.cells) {
            const bool row = c.labels[0] == kTotalLabel || t.labels[0][c.labels[0]].starts_with("=");
            const bool column = c.labels[1] == kTotalLabel || t.labels[1][c.labels[1]] == "basic";
            if (row && column) {
                QVERIFY(isHidden(c.state));
                ++above;
            }
        }
        QCOMPARE(above, 4);
    }

    // An audit that cannot prove the release (here: stopped from outside, as Cancel does)
    // refuses the approval, names the table and records nothing.
    void anUnprovenAuditRefusesTheApproval()
    {
        Fixture f;
        ApprovalRequest r;
        r.name = "A. Steward";
        r.inputSha256 = f.project.sourceSha256;
        r.audit.progress = [](double) { return false; };
        r.audit.wholeNumbers = false;
        auto a = approveRelease(f.project, f.data, f.config, f.publication, r);
        QVERIFY(!a);
        QVERIFY2(a.error().message.find("Customers by region and plan") != std::string::npos &&
                     a.error().message.find("stopped") != std::string::npos,
                 a.error().message.c_str());
        QVERIFY(f.project.approvals.empty());
    }

    // The same data approved again under a stricter rule: a cell published before cannot be
    // hidden now, since everyone has its figure (docs/measures.md, section 8).
    void aCellPublishedBeforeStaysKnown()
    {
        Fixture f;
        f.publication.tables[0].protection.rules.threshold = 2; // the 2 customers are shown
        f.sync();
        auto first = f.approve();
        QVERIFY(first.ok());
        auto shown = releasedTables(*first);
        QVERIFY(shown.ok());
        QCOMPARE(shown->front().summary.hiddenCells, std::size_t(0));
        f.publication.tables[0].protection.rules.threshold = 5;
        f.sync();
        auto second = f.approve();
        QVERIFY(!second);
        // the hand count: (=HYPERLINK("x"), basic) holds 2 customers, published in the first
        QVERIFY2(second.error().message.find("can be worked out exactly (2)") != std::string::npos,
                 second.error().message.c_str());
        QCOMPARE(f.project.approvals.size(), std::size_t(1));
    }

    // New data: one more customer in (North, plus). The change since the first release moves
    // that cell, North's total, plus's total and the grand total by 1, so each is hidden
    // (the change rule), and the audit says which release it compared with.
    void theChangeSinceTheLastReleaseIsProtected()
    {
        Fixture f;
        f.publication.tables[0].protection.rules.threshold = 2;
        f.sync();
        QVERIFY(f.approve().ok());
        QByteArray csv = customers() + "c99,North,plus,25\n";
        f.dataPath = f.scratch.write(csv, "customers-next.csv");
        f.data = std::move(*readCsv(f.dataPath));
        f.project.sourcePath = f.dataPath;
        f.project.sourceSha256 = *fileSha256(f.dataPath);
        f.sync();
        ApprovalRequest r;
        r.name = "A. Steward";
        r.inputSha256 = f.project.sourceSha256;
        r.time = "2026-12-01T10:00:00Z";
        auto second = approveRelease(f.project, f.data, f.config, f.publication, r);
        QVERIFY2(second.ok(), second.ok() ? "" : second.error().text().c_str());
        auto tables = releasedTables(*second);
        QVERIFY(tables.ok());
        const Release &t = tables->front();
        QCOMPARE(t.audit.comparedWith, std::vector<std::string>{"2026-11-29T10:00:00Z"});
        QVERIFY(t.audit.passed);
        int hiddenWithHer = 0;
        for (const auto &c : t.cells) {
            const bool north = c.labels[0] == kTotalLabel || t.labels[0][c.labels[0]] == "North";
            const bool plus = c.labels[1] == kTotalLabel || t.labels[1][c.labels[1]] == "plus";
            if (north && plus) {
                QVERIFY(isHidden(c.state));
                ++hiddenWithHer;
            }
        }
        QCOMPARE(hiddenWithHer, 4);
    }

    void publicationJsonRoundTrips()
    {
        Fixture f;
        f.publication.tables[0].protection.rules.dominance = true;
        f.publication.metadata.keywords = {"customers", "regions"};
        PublishedTable dp;
        dp.spec.name = "noisy";
        dp.spec.dimensions = {{"plan"}};
        dp.spec.dimensions[0].domain = {{"plus", "basic", "premium"}, {}, {}, "the price list"};
        dp.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
        dp.protection.dp.mechanism = DpSettings::Mechanism::Gaussian;
        dp.protection.dp.rho = 0.25;
        f.publication.tables.push_back(dp);
        const QJsonObject json = publicationToJson(f.publication);
        auto back = publicationFromJson(json, f.data);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
        QVERIFY(*back == f.publication);
        // a column the data does not have is named
        QJsonObject bad = json;
        QJsonArray tables = bad["tables"].toArray();
        QJsonObject t0 = tables[0].toObject();
        t0["dimensions"] = QJsonArray{QJsonObject{{"column", "postcode"}}};
        tables[0] = t0;
        bad["tables"] = tables;
        auto e = publicationFromJson(bad, f.data);
        QVERIFY(!e);
        QVERIFY(e.error().message.find("'postcode'") != std::string::npos);
        // a time bucket of a column without dates
        t0["dimensions"] = QJsonArray{QJsonObject{{"column", "plan"}, {"bucket", "day"}}};
        tables[0] = t0;
        bad["tables"] = tables;
        e = publicationFromJson(bad, f.data);
        QVERIFY(!e);
        QVERIFY2(e.error().message.find("'plan' holds no dates") != std::string::npos,
                 e.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
