// Data that lives in PostgreSQL, against a real server of the test's own (tests/pgserver.h):
// the combinations counted in the database give every figure the engine gives on the same rows
// read from the file; names cannot change the statement; a server that is down, a wrong
// password, a missing table say so; a cancelled statement stops on the server.
#include "analysis/basetable.h"
#include "analysis/evaluator.h"
#include "hierarchy/arxformat.h"
#include "io/csvreader.h"
#include "io/postgres.h"
#include "demo/phoneeventgenerator.h"
#include "publish/aggregatetable.h"
#include "publish/publication.h"
#include "project/project.h"
#include "compareevaluations.h"
#include "pgserver.h"
#include "samerecords.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>
#include <memory>
#include <thread>

using namespace dijkgraaf;
using dijkgraaf::test::dataPath;
using dijkgraaf::test::PostgresServer;

namespace {

const std::vector<std::string> kAdultQis = {"sex", "age", "race", "marital-status", "education"};

// The Adult file with a sampling weight of its own (a function of the row's values, with
// fractions, so that the order of additions shows), as the same rows go into the database.
QByteArray weightedAdult()
{
    QFile f(QString::fromStdString(dataPath("adult/adult.csv")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read adult.csv");
    QByteArray out;
    bool header = true;
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            out += line + ";weight\n";
            header = false;
            continue;
        }
        const auto fields = line.split(';');
        const double w = 1.0 + static_cast<double>(fields[1].toInt() % 17) / 8.0 +
                         static_cast<double>(fields[4].size()) / 32.0;
        out += line + ';' + QByteArray::number(w, 'g', 17) + '\n';
    }
    return out;
}

BaseTable tableOf(const Dataset &data, std::optional<std::string> weight = std::nullopt)
{
    std::vector<QuasiIdentifier> qis;
    for (const auto &name : kAdultQis) {
        const auto c = *data.columnIndex(name);
        auto h = readArxHierarchy(arxHierarchyPath(dataPath("adult"), dataPath("adult/adult.csv"), name));
        if (!h)
            qFatal("%s", h.error().text().c_str());
        qis.push_back({c, std::move(*h)});
    }
    auto t = BaseTable::build(data, std::move(qis),
                              weight ? std::optional<std::size_t>(*data.columnIndex(*weight))
                                     : std::nullopt);
    if (!t)
        qFatal("%s", t.error().text().c_str());
    return std::move(*t);
}

// Two JSON documents alike, numbers to 1e-12 of their size.
bool alike(const QJsonValue &a, const QJsonValue &b, QString &where)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return std::fabs(x - y) <= 1e-12 * std::max(1.0, std::fabs(y));
    }
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &k : x.keys())
            if (!alike(x[k], y[k], where)) {
                where.prepend("/" + k);
                return false;
            }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!alike(x[i], y[i], where)) {
                where.prepend(QString("/%1").arg(i));
                return false;
            }
        return true;
    }
    return a == b;
}

// The program run with args: its exit code, and what it printed (standard output, then error).
std::pair<int, QByteArray> run(const QStringList &args)
{
    QProcess p;
    p.start(DIJKGRAAF_BINARY, args);
    if (!p.waitForFinished(180000))
        qFatal("dijkgraaf did not finish");
    return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
}

void compare(const Evaluation &a, const Evaluation &b)
{
    QCOMPARE(a.records, b.records);
    QCOMPARE(a.keptRecordsByClassSize, b.keptRecordsByClassSize);
    test::compareEvaluations(a, b, 1e-12);
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresServer> m_server;
    test::Scratch m_scratch;
    std::string m_weightedCsv;

    // Generated phone events, as a file and as a table of the server (timestamps typed); the
    // file's path, or empty when they could not be made.
    std::string phoneEventsTable(const QString &table, std::uint64_t phones, int days,
                                 std::uint64_t seed)
    {
        const std::string csv = m_scratch.path(table + ".csv").toStdString();
        if (!generatePhoneEvents(csv, phones, days, seed).ok() ||
            !m_server->psql("data", "DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table +
                                        " (subject_id text, \"timestamp\" timestamp, cell_area "
                                        "text, home_country text)") ||
            !m_server->psql("data", QString("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER true)")
                                        .arg(table, QString::fromStdString(csv))))
            return {};
        return csv;
    }

    PostgresSource source(const std::string &query) const
    {
        auto s = PostgresSource::parse(m_server->url(query));
        if (!s)
            qFatal("%s", s.error().text().c_str());
        return *s;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        qputenv("PGPASSWORD", PostgresServer::kPassword);
        qputenv("PGPASSFILE", "/nonexistent"); // only what the test gives
        m_weightedCsv = m_scratch.write(weightedAdult(), "adult.csv");
        QString columns;
        for (const char *c : {"sex", "age", "race", "marital-status", "education",
                              "native-country", "workclass", "occupation", "salary-class"})
            columns += QString("\"%1\" text, ").arg(c);
        QVERIFY2(m_server->psql("data", "CREATE TABLE adult (" + columns + "weight float8)"),
                 qPrintable(m_server->error()));
        QVERIFY2(m_server->psql("data", QString("\\copy adult FROM '%1' WITH (FORMAT csv, HEADER "
                                                "true, DELIMITER ';')")
                                            .arg(QString::fromStdString(m_weightedCsv))),
                 qPrintable(m_server->error()));
    }

    // Every figure of the engine, from the combinations counted in the database, equals the
    // figure from the same rows read from the file (weights added in another order: 1e-12).
    void combinationsMatchTheFile()
    {
        auto file = readCsv(m_weightedCsv);
        QVERIFY(file.ok());
        auto db = readPostgresCombinations(source("table=adult"), kAdultQis, std::string("weight"));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().text().c_str());
        QCOMPARE(db->records(), std::uint64_t(30162));
        QCOMPARE(file->rowCount, std::uint64_t(30162));
        const BaseTable a = tableOf(*db, "weight"), b = tableOf(*file, "weight");
        QCOMPARE(db->rowCount, std::uint64_t(a.size())); // only the combinations came back
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a.records(), b.records());
        for (std::size_t q = 0; q < kAdultQis.size(); ++q)
            QVERIFY(std::ranges::equal(a.leafRecords(q), b.leafRecords(q)));
        Evaluator ea(a), eb(b);
        PrivacySettings settings;
        settings.k = 5;
        settings.suppressionLimit = 0.05;
        for (const std::vector<int> &levels :
             {std::vector<int>{0, 0, 0, 0, 0}, std::vector<int>{1, 1, 0, 1, 1},
              std::vector<int>{0, 2, 1, 2, 2}, std::vector<int>{1, 3, 1, 2, 3}})
            compare(ea.evaluate(levels, settings), eb.evaluate(levels, settings));
        compare(Evaluation{.records = a.records(), .risk = ea.inputRisk()},
                Evaluation{.records = b.records(), .risk = eb.inputRisk()});
    }

    // The command line takes the address where it takes a file: the same figures, for an
    // assessment and a search.
    void theCommandLineReadsTheDatabase()
    {
        const QStringList options = {"--qi", "sex,age,race,marital-status,education",
                                     "--hierarchies", QString::fromStdString(dataPath("adult")),
                                     "--levels", "age=2,education=1,marital-status=1", "--k", "5",
                                     "--suppression-limit", "0.05", "--weight", "weight",
                                     "--format", "json"};
        const auto [dbExit, dbOut] =
            run(QStringList{"assess", QString::fromStdString(m_server->url("table=adult"))} + options);
        const auto [fileExit, fileOut] =
            run(QStringList{"assess", QString::fromStdString(m_weightedCsv)} + options);
        QVERIFY2(dbExit == 0, dbOut.constData());
        QVERIFY2(fileExit == 0, fileOut.constData());
        const QJsonDocument db = QJsonDocument::fromJson(dbOut), file = QJsonDocument::fromJson(fileOut);
        QVERIFY(db.isObject());
        QString where;
        QVERIFY2(alike(db.object(), file.object(), where), qPrintable(where + "\n" + dbOut));
        QCOMPARE(db.object()["records"].toInteger(), 30162);
        // a search: the same optimum, front and figures
        const QStringList search = {"--qi", "sex,age,race,marital-status", "--hierarchies",
                                    QString::fromStdString(dataPath("adult")), "--k", "5",
                                    "--suppression-limit", "0.02", "--format", "json"};
        const auto [dbSearchExit, dbSearch] = run(
            QStringList{"search", QString::fromStdString(m_server->url("table=adult"))} + search);
        const auto [fileSearchExit, fileSearch] =
            run(QStringList{"search", QString::fromStdString(m_weightedCsv)} + search);
        QVERIFY2(dbSearchExit == 0, dbSearch.constData());
        QVERIFY2(fileSearchExit == 0, fileSearch.constData());
        QVERIFY2(alike(QJsonDocument::fromJson(dbSearch).object(),
                       QJsonDocument::fromJson(fileSearch).object(), where),
                 qPrintable(where));
    }

    // The rows read from the database are the file's: the same columns in the same order,
    // the same types and counts, and the same records (their digest, which does not depend on
    // the order the server sends them in).
    void rowsMatchTheFile()
    {
        auto file = readCsv(m_weightedCsv);
        QVERIFY(file.ok());
        std::uint64_t lastDone = 0, lastTotal = 0;
        auto db = readPostgresRows(source("table=adult"), {}, nullptr,
                                   [&](std::uint64_t done, std::uint64_t total) {
                                       lastDone = done;
                                       lastTotal = total;
                                   });
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().text().c_str());
        QCOMPARE(db->rowCount, file->rowCount);
        QVERIFY(db->rowRecords.empty());
        QCOMPARE(db->columns.size(), file->columns.size());
        for (std::size_t c = 0; c < db->columns.size(); ++c) {
            QCOMPARE(db->columns[c].name, file->columns[c].name);
            QCOMPARE(db->columns[c].type, file->columns[c].type);
            QCOMPARE(db->columns[c].distinctCount(), file->columns[c].distinctCount());
        }
        QVERIFY(test::sameRecords(*db, *file));
        // progress was told: the rows read against the planner's count of the table
        QVERIFY(lastDone >= 65536 || file->rowCount < 65536);
        QVERIFY(lastTotal == 0 || lastTotal > lastDone);
        // some columns, in the order asked
        auto two = readPostgresRows(source("table=adult"), {"education", "sex"});
        QVERIFY(two.ok());
        QCOMPARE(two->columns.size(), std::size_t(2));
        QCOMPARE(two->columns[0].name, std::string("education"));
        QCOMPARE(two->columns[1].distinctCount(), std::size_t(2));
        // a query that names a column twice is refused, naming it
        auto twice = readPostgresRows(source("query=SELECT%20sex%2C%20sex%20FROM%20adult"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.find("'sex' twice") != std::string::npos,
                 twice.error().message.c_str());
        // the tables a steward may choose from
        auto tables = postgresTables(source("table=adult"));
        QVERIFY2(tables.ok(), tables.ok() ? "" : tables.error().text().c_str());
        QVERIFY(std::ranges::find(*tables, std::string("adult")) != tables->end());
    }

    // The digest a project keeps of data in PostgreSQL, computed there: the same for the same
    // records in another order, different when one value changes or a record goes.
    void theDigestFollowsTheRecords()
    {
        QVERIFY(m_server->psql("data", "DROP TABLE IF EXISTS shuffled; CREATE TABLE shuffled AS "
                                       "SELECT * FROM adult ORDER BY random()"));
        auto original = postgresDigest(source("table=adult"));
        auto shuffled = postgresDigest(source("table=shuffled"));
        QVERIFY2(original.ok(), original.ok() ? "" : original.error().text().c_str());
        QVERIFY(shuffled.ok());
        QCOMPARE(*shuffled, *original);
        QVERIFY2(original->rfind("postgresql:30162:", 0) == 0, original->c_str()); // the records
        QVERIFY(m_server->psql("data", "UPDATE shuffled SET age = '40' WHERE ctid = (SELECT ctid "
                                       "FROM shuffled WHERE age = '39' LIMIT 1)"));
        QVERIFY(*postgresDigest(source("table=shuffled")) != *original);
        QVERIFY(m_server->psql("data", "UPDATE shuffled SET age = '39' WHERE ctid = (SELECT ctid "
                                       "FROM shuffled WHERE age = '40' LIMIT 1)"));
        QVERIFY(m_server->psql("data", "DELETE FROM shuffled WHERE ctid = (SELECT ctid FROM "
                                       "shuffled LIMIT 1)"));
        QVERIFY(*postgresDigest(source("table=shuffled")) != *original);
    }

    // Every command that reads data takes the address where it takes a file, with the same
    // output: inspect, uniqueness, and a project made on the table, previewed.
    void everyCommandTakesTheAddress()
    {
        const QString url = QString::fromStdString(m_server->url("table=adult"));
        const QString file = QString::fromStdString(m_weightedCsv);
        // inspect: the same columns, types, counts and suggested roles
        const auto [dbExit, dbOut] = run({"inspect", url, "--format", "json"});
        const auto [fileExit, fileOut] = run({"inspect", file, "--format", "json"});
        QVERIFY2(dbExit == 0, dbOut.constData());
        QVERIFY2(fileExit == 0, fileOut.constData());
        const QJsonObject dbInspect = QJsonDocument::fromJson(dbOut).object();
        const QJsonObject fileInspect = QJsonDocument::fromJson(fileOut).object();
        QCOMPARE(dbInspect["file"].toString(), url);
        QCOMPARE(dbInspect["records"].toInteger(), 30162);
        QString where;
        QVERIFY2(alike(dbInspect["columns"], fileInspect["columns"], where),
                 qPrintable(where + "\n" + dbOut));
        // uniqueness
        const QStringList ladder = {"--attributes", "age,sex,race,education", "--format", "json"};
        const auto [dbLadderExit, dbLadder] = run(QStringList{"uniqueness", url} + ladder);
        const auto [fileLadderExit, fileLadder] = run(QStringList{"uniqueness", file} + ladder);
        QVERIFY2(dbLadderExit == 0, dbLadder.constData());
        QVERIFY2(fileLadderExit == 0, fileLadder.constData());
        QVERIFY2(alike(QJsonDocument::fromJson(dbLadder).object(),
                       QJsonDocument::fromJson(fileLadder).object(), where),
                 qPrintable(where));
        // a project on the table keeps its address (never a password), and its preview is the
        // file's
        const QString dbProject = m_scratch.path("db.dijkgraaf");
        const QString fileProject = m_scratch.path("file.dijkgraaf");
        const QStringList init = {"--qi", "sex,age,race", "--hierarchies",
                                  QString::fromStdString(dataPath("adult")), "--levels", "age=2",
                                  "--force"};
        const auto [initDbExit, initDb] = run(QStringList{"init", dbProject, "--data", url} + init);
        const auto [initFileExit, initFile] =
            run(QStringList{"init", fileProject, "--data", file} + init);
        QVERIFY2(initDbExit == 0, initDb.constData());
        QVERIFY2(initFileExit == 0, initFile.constData());
        QFile projectBytes(dbProject);
        QVERIFY(projectBytes.open(QIODevice::ReadOnly));
        const QByteArray stored = projectBytes.readAll();
        QVERIFY(stored.contains(url.toUtf8()));
        QVERIFY(!stored.contains(PostgresServer::kPassword));
        const auto [previewDbExit, previewDb] = run({"preview", dbProject});
        const auto [previewFileExit, previewFile] = run({"preview", fileProject});
        QVERIFY2(previewDbExit == 0, previewDb.constData());
        QVERIFY2(previewFileExit == 0, previewFile.constData());
        QVERIFY2(!previewDb.contains("changed since"), previewDb.constData());
        QCOMPARE(QString::fromUtf8(previewDb), QString::fromUtf8(previewFile));
        // a record more in the table: the project says its data changed
        QVERIFY(m_server->psql("data", "INSERT INTO adult (sex, age, race) VALUES ('Male', '39', "
                                       "'White')"));
        const auto [changedExit, changed] = run({"preview", dbProject});
        QVERIFY(m_server->psql("data", "DELETE FROM adult WHERE education IS NULL"));
        QVERIFY2(changedExit == 0, changed.constData());
        QVERIFY2(changed.contains("changed since the project was saved"), changed.constData());
    }

    // A column whose type changed since the project was saved (ages become words): the
    // project's commands say which column and why, and leave the project as it was; once the
    // column holds numbers again, the same project works.
    void aChangedColumnTypeIsSaid()
    {
        QVERIFY(m_server->psql("data", "DROP TABLE IF EXISTS people; CREATE TABLE people (age "
                                       "integer, sex text, zip text); INSERT INTO people SELECT "
                                       "20 + i % 50, CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END, "
                                       "(1000 + i % 30)::text FROM generate_series(1, 2000) i"));
        const QString project = m_scratch.path("people.dijkgraaf");
        const auto [initExit, init] =
            run({"init", project, "--data", QString::fromStdString(m_server->url("table=people")),
                 "--qi", "age,sex", "--build", "age=interval:10,20", "--levels", "age=1",
                 "--force"});
        QVERIFY2(initExit == 0, init.constData());
        const auto [before, beforeOut] = run({"preview", project});
        QVERIFY2(before == 0, beforeOut.constData());
        auto bytes = [&] {
            QFile f(project);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray saved = bytes();
        QVERIFY(m_server->psql("data", "ALTER TABLE people ALTER COLUMN age TYPE text USING CASE "
                                       "WHEN age < 25 THEN 'young' ELSE age::text END"));
        const auto [changedExit, changed] = run({"preview", project});
        QCOMPARE(changedExit, 1);
        QVERIFY2(changed.contains("age"), changed.constData());
        QVERIFY2(changed.contains("intervals need a numeric column; this one holds text values: "
                                  "the value 'young'"),
                 changed.constData());
        QCOMPARE(bytes(), saved);
        QVERIFY(m_server->psql("data", "ALTER TABLE people ALTER COLUMN age TYPE integer USING "
                                       "CASE WHEN age = 'young' THEN 20 ELSE age::integer END"));
        const auto [againExit, again] = run({"preview", project});
        QVERIFY2(againExit == 0, again.constData());
    }

    // The tables of a release counted in the database (only the cells come back): without
    // binding bounds, every cell equals the engine's on the same rows read from the file; with
    // the phone demo's bounds (12 cells per person-day, 1 row in each), each person-day keeps
    // min(its cells, 12), which an independent count of the file's rows gives, and no cell
    // holds more than before. Sums of a measure equal the engine's too.
    void releaseTablesAreCountedInTheDatabase()
    {
        const std::string csv = phoneEventsTable("events", 300, 2, 7);
        QVERIFY(!csv.empty());
        auto file = readCsv(csv);
        QVERIFY(file.ok());
        auto domains = readPostgresDomains(source("table=events"));
        QVERIFY2(domains.ok(), domains.ok() ? "" : domains.error().text().c_str());
        QCOMPARE(domains->records, file->rowCount);
        QCOMPARE(domains->data.columns.size(), std::size_t(4));
        QCOMPARE(domains->data.columns[2].distinctCount(), file->columns[2].distinctCount());

        Publication demo = phoneEventsDemoPublication();
        TableSpec spec = demo.tables[0].spec; // people per area per hour by country
        spec.dimensions[0].level = 0;
        spec.dimensions[1].level = 0;
        spec.dimensions[1].domain = {{}, "2026-03-02T00:00", "2026-03-03T23:00", "two days"};
        const std::vector<const Hierarchy *> none(spec.dimensions.size(), nullptr);
        ContributionBounds loose{1000, 1000, ContributionBounds::Unit::PersonDay, {}};
        AggregateOptions inMemory;
        inMemory.completeDomain = true;
        inMemory.bounds = &loose;
        AggregateOptions inDatabase = inMemory;
        inDatabase.database = &*domains;
        auto a = buildAggregate(*file, spec, none, std::size_t(0), inMemory);
        auto b = buildAggregate(domains->data, spec, none, std::size_t(0), inDatabase);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().text().c_str());
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().text().c_str());
        QCOMPARE(b->cells.size(), a->cells.size());
        QCOMPARE(b->records, a->records);
        QCOMPARE(b->outsideRows, a->outsideRows);
        QCOMPARE(b->droppedRows, std::uint64_t(0));
        QVERIFY(a->records > 500);
        QCOMPARE(b->rowsOfBucket, a->rowsOfBucket);
        for (std::size_t c = 0; c < a->innerCells(); ++c) {
            QCOMPARE(b->cells[c].labels, a->cells[c].labels);
            QCOMPARE(b->cells[c].records, a->cells[c].records);
            QCOMPARE(b->cells[c].contributors, a->cells[c].contributors);
        }
        for (std::size_t c = a->innerCells(); c < a->cells.size(); ++c) {
            QCOMPARE(b->cells[c].labels, a->cells[c].labels);
            QCOMPARE(b->cells[c].records, a->cells[c].records);
        }

        // the demo's bounds: per person-day, min(its area-hours, 12), from the file's rows
        ContributionBounds tight{12, 1, ContributionBounds::Unit::PersonDay, {}};
        std::map<std::string, std::set<std::string>> cellsOfUnit;
        const Column &phone = file->columns[0], &time = file->columns[1], &area = file->columns[2],
                     &country = file->columns[3];
        for (std::uint64_t r = 0; r < file->rowCount; ++r) {
            const std::string moment(time.text(time.codes.at(r)));
            cellsOfUnit[std::string(phone.text(phone.codes.at(r))) + "|" + moment.substr(0, 10)]
                .insert(std::string(area.text(area.codes.at(r))) + "|" + moment.substr(0, 13) +
                        "|" + std::string(country.text(country.codes.at(r))));
        }
        std::uint64_t expected = 0;
        for (const auto &[unit, cells] : cellsOfUnit)
            expected += std::min<std::uint64_t>(cells.size(), 12);
        inDatabase.bounds = &tight;
        auto bounded = buildAggregate(domains->data, spec, none, std::size_t(0), inDatabase);
        QVERIFY2(bounded.ok(), bounded.ok() ? "" : bounded.error().text().c_str());
        QVERIFY(expected < a->records); // the bounds leave rows out
        QCOMPARE(bounded->records, expected);
        QCOMPARE(bounded->droppedRows, file->rowCount - a->outsideRows - expected);
        QCOMPARE(bounded->rowsOfBucket, a->rowsOfBucket);
        std::uint64_t contributors = 0;
        for (std::size_t c = 0; c < a->innerCells(); ++c) {
            QVERIFY(bounded->cells[c].records <= a->cells[c].records);
            QCOMPARE(bounded->cells[c].records, bounded->cells[c].contributors); // one row each
            contributors += bounded->cells[c].contributors;
        }
        QCOMPARE(contributors, expected);
        // stopped: the statement is cancelled on the server, and said to be
        std::atomic<bool> stop{true};
        inDatabase.cancel = &stop;
        auto stopped = buildAggregate(domains->data, spec, none, std::size_t(0), inDatabase);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().cancelled);

        // a measure: the sum of ages by sex and race, every record its own contributor
        auto adultFile = readCsv(m_weightedCsv);
        auto adultDomains = readPostgresDomains(source("table=adult"));
        QVERIFY(adultFile.ok() && adultDomains.ok());
        TableSpec ages;
        ages.dimensions = {{"sex", 0, TimeBucket::None, {}}, {"race", 0, TimeBucket::None, {}}};
        ages.measures = {{MeasureSpec::Kind::Sum, "age", 20, 60}};
        const std::vector<const Hierarchy *> two(2, nullptr);
        AggregateOptions adultInDatabase;
        adultInDatabase.database = &*adultDomains;
        auto x = buildAggregate(*adultFile, ages, two, std::nullopt);
        auto y = buildAggregate(adultDomains->data, ages, two, std::nullopt, adultInDatabase);
        QVERIFY2(y.ok(), y.ok() ? "" : y.error().text().c_str());
        QCOMPARE(y->innerCells(), x->innerCells());
        for (std::size_t c = 0; c < x->innerCells(); ++c) {
            QCOMPARE(y->cells[c].labels, x->cells[c].labels);
            QCOMPARE(y->cells[c].records, x->cells[c].records);
            QCOMPARE(y->cells[c].contributors, x->cells[c].contributors);
            QCOMPARE(y->cells[c].sums[0], x->cells[c].sums[0]); // whole numbers: exact
        }
    }

    // A project on event data in PostgreSQL whose tables are all under differential privacy:
    // previewed, approved and published from the command line, the cells counted in the
    // database; the published table has every declared cell, and the approval's digest is the
    // database's.
    void aNoisyReleaseIsCountedInTheDatabase()
    {
        QVERIFY(!phoneEventsTable("week", 200, 7, 3).empty());
        const QString project = m_scratch.path("week.dijkgraaf");
        const QString url = QString::fromStdString(m_server->url("table=week"));
        QTemporaryDir ledger;
        qputenv("DIJKGRAAF_LEDGER", ledger.filePath("ledger.sqlite").toUtf8());
        const auto [initExit, init] =
            run({"init", project, "--data", url, "--qi", "cell_area", "--subject", "subject_id",
                 "--demo-tables", "phone-events", "--force"});
        QVERIFY2(initExit == 0, init.constData());
        const auto [previewExit, preview] = run({"preview", project});
        QVERIFY2(previewExit == 0, preview.constData());
        QVERIFY2(preview.contains("Counted in the database"), preview.constData());
        const auto [approveExit, approve] = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(approveExit == 0, approve.constData());
        QVERIFY2(approve.contains("Counted in the database"), approve.constData());
        const QString out = m_scratch.path("week-release");
        QDir(out).removeRecursively();
        const auto [publishExit, published] = run({"publish", project, "--out", out});
        QVERIFY2(publishExit == 0, published.constData());
        // the hourly table: every area, hour of the week and country, with their totals
        Publication demo = phoneEventsDemoPublication();
        const auto &dims = demo.tables[0].spec.dimensions;
        const std::size_t areas = dims[0].domain.labels.size(), hours = 7 * 24,
                          countries = dims[2].domain.labels.size();
        const std::size_t cells = (areas + 1) * (hours + 1) * (countries + 1);
        QStringList csvs = QDir(out).entryList({"*.csv"}, QDir::Files, QDir::Name);
        QVERIFY2(!csvs.isEmpty(), qPrintable(QDir(out).entryList().join(",")));
        bool found = false;
        for (const QString &name : csvs) {
            QFile f(QDir(out).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const qsizetype lines = f.readAll().count('\n');
            found = found || static_cast<std::size_t>(lines) == cells + 1; // and the header
        }
        QVERIFY2(found, qPrintable(csvs.join(",")));
        auto saved = openProject(project.toStdString());
        QVERIFY(saved.ok());
        QCOMPARE(saved->approvals.size(), std::size_t(1));
        QCOMPARE(saved->approvals[0].inputSha256, *postgresDigest(source("table=week")));
        qunsetenv("DIJKGRAAF_LEDGER");
    }

    // A table partitioned by hash over three servers (postgres_fdw foreign partitions, the
    // coordinator holding none of the rows): each server counts the combinations of its own
    // shard, and every figure equals the one from the file.
    void aShardedTableIsCountedOnItsShards()
    {
        std::vector<std::unique_ptr<PostgresServer>> shards;
        for (int i = 0; i < 3; ++i) {
            shards.push_back(std::make_unique<PostgresServer>());
            QVERIFY2(shards.back()->ok(), qPrintable(shards.back()->error()));
        }
        QString columns;
        for (const char *c : {"sex", "age", "race", "marital-status", "education",
                              "native-country", "workclass", "occupation", "salary-class"})
            columns += QString("\"%1\" text, ").arg(c);
        columns += "weight float8";
        QStringList setup = {"CREATE EXTENSION IF NOT EXISTS postgres_fdw",
                             "CREATE TABLE sharded (" + columns + ") PARTITION BY HASH (age)"};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(shards[i]->psql("data", "CREATE TABLE adult_shard (" + columns + ")"),
                     qPrintable(shards[i]->error()));
            setup << QString("CREATE SERVER shard%1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS "
                             "(host '127.0.0.1', port '%2', dbname 'data')")
                         .arg(i)
                         .arg(shards[i]->port())
                  << QString("CREATE USER MAPPING FOR CURRENT_USER SERVER shard%1 OPTIONS "
                             "(user '%2', password '%3')")
                         .arg(i)
                         .arg(PostgresServer::kUser, PostgresServer::kPassword)
                  << QString("CREATE FOREIGN TABLE sharded_%1 PARTITION OF sharded FOR VALUES "
                             "WITH (MODULUS 3, REMAINDER %1) SERVER shard%1 OPTIONS "
                             "(table_name 'adult_shard')")
                         .arg(i);
        }
        for (const QString &sql : setup)
            QVERIFY2(m_server->psql("data", sql), qPrintable(m_server->error()));
        // the rows go through the coordinator to the shard of their hash
        QVERIFY2(m_server->psql("data", QString("\\copy sharded FROM '%1' WITH (FORMAT csv, "
                                                "HEADER true, DELIMITER ';')")
                                            .arg(QString::fromStdString(m_weightedCsv))),
                 qPrintable(m_server->error()));
        std::uint64_t spread = 0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(shards[i]->psql("data", "SELECT count(*) FROM adult_shard"));
            const auto held = shards[i]->output().trimmed().toULongLong();
            QVERIFY2(held > 1000, qPrintable(shards[i]->output())); // every shard holds rows
            spread += held;
        }
        QCOMPARE(spread, std::uint64_t(30162));

        // the statement Dijkgraaf sends is aggregated on the shards: three remote aggregates
        QVERIFY(m_server->psql("data", "SET enable_partitionwise_aggregate = on; EXPLAIN "
                                       "(VERBOSE, COSTS OFF) SELECT \"sex\"::text, \"age\"::text, "
                                       "count(*), sum(\"weight\")::float8 FROM \"sharded\" "
                                       "GROUP BY \"sex\", \"age\""));
        const QString plan = m_server->output();
        QVERIFY2(plan.count("Relations: Aggregate on") == 3, qPrintable(plan));

        auto db = readPostgresCombinations(source("table=sharded"), kAdultQis, std::string("weight"));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().text().c_str());
        auto file = readCsv(m_weightedCsv);
        QVERIFY(file.ok());
        const BaseTable a = tableOf(*db, "weight"), b = tableOf(*file, "weight");
        QCOMPARE(a.records(), std::uint64_t(30162));
        QCOMPARE(a.size(), b.size());
        Evaluator ea(a), eb(b);
        PrivacySettings settings;
        settings.k = 5;
        settings.suppressionLimit = 0.05;
        for (const std::vector<int> &levels :
             {std::vector<int>{0, 0, 0, 0, 0}, std::vector<int>{1, 2, 1, 1, 2}})
            compare(ea.evaluate(levels, settings), eb.evaluate(levels, settings));
        for (const QString &sql : {QString("DROP TABLE sharded"),
                                   QString("DROP EXTENSION postgres_fdw CASCADE")})
            QVERIFY2(m_server->psql("data", sql), qPrintable(m_server->error()));
    }

    // A query instead of a table: its rows are aggregated the same way.
    void aQueryIsAggregatedToo()
    {
        auto db = readPostgresCombinations(
            source("query=SELECT%20*%20FROM%20adult%20WHERE%20sex%20%3D%20'Female'"), {"sex", "race"});
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().text().c_str());
        // the women of the file, by race: counted from the file's rows
        auto file = readCsv(dataPath("adult/adult.csv"));
        QVERIFY(file.ok());
        const Column &sex = file->columns[*file->columnIndex("sex")];
        const Column &race = file->columns[*file->columnIndex("race")];
        std::map<std::string, std::uint64_t> expected;
        for (std::uint64_t r = 0; r < file->rowCount; ++r)
            if (sex.text(sex.codes.at(r)) == "Female")
                ++expected[std::string(race.text(race.codes.at(r)))];
        std::map<std::string, std::uint64_t> got;
        const Column &dbRace = db->columns[1];
        for (std::uint64_t r = 0; r < db->rowCount; ++r)
            got[std::string(dbRace.text(dbRace.codes.at(r)))] += db->rowRecords[r];
        QCOMPARE(got, expected);
    }

    // Names are identifiers, quoted: a table or column name cannot add to the statement.
    void namesCannotChangeTheStatement()
    {
        auto table = readPostgresCombinations(
            source("table=adult%22%3B%20DROP%20TABLE%20adult%3B%20--"), {"sex"});
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.find("does not exist") != std::string::npos,
                 table.error().message.c_str());
        auto column = readPostgresCombinations(source("table=adult"),
                                               {"sex\"::text, (SELECT 1) AS \"x"});
        QVERIFY(!column.ok());
        QVERIFY2(column.error().message.find("does not exist") != std::string::npos,
                 column.error().message.c_str());
        // the table is still there, whole
        auto still = readPostgresCombinations(source("table=adult"), {"sex"});
        QVERIFY(still.ok());
        QCOMPARE(still->records(), std::uint64_t(30162));
    }

    void badAddressesAreRefused()
    {
        QVERIFY(!PostgresSource::parse("postgresql://u:secret@h/db?table=t").ok());
        QVERIFY(PostgresSource::parse("postgresql://u:secret@h/db?table=t").error().message.find(
                    "PGPASSWORD") != std::string::npos);
        QVERIFY(!PostgresSource::parse("postgresql://u@h/db").ok());                    // no rows
        QVERIFY(!PostgresSource::parse("postgresql://u@h/db?table=t&query=x").ok());    // both
        QVERIFY(!PostgresSource::parse("postgresql://u@h/db?tabel=t").ok());            // a typo
        const auto s = PostgresSource::parse("postgresql://u@h:5433/db?schema=s&table=t%20x");
        QVERIFY(s.ok());
        QCOMPARE(s->port, std::string("5433"));
        QCOMPARE(s->table, std::string("t x"));
        QCOMPARE(PostgresSource::parse(s->url())->table, std::string("t x"));
    }

    // What goes wrong is said, with the address (and never a password).
    void failuresAreClear()
    {
        // nothing listens on this port
        int unused = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            unused = probe.serverPort();
        }
        auto down = readPostgresCombinations(
            *PostgresSource::parse("postgresql://steward@127.0.0.1:" + std::to_string(unused) +
                                   "/data?table=adult"),
            {"sex"});
        QVERIFY(!down.ok());
        QVERIFY2(down.error().message.find("cannot connect to the database postgresql://"
                                           "steward@127.0.0.1:" +
                                           std::to_string(unused)) != std::string::npos,
                 down.error().message.c_str());
        // a wrong password, then none
        qputenv("PGPASSWORD", "wrong");
        auto wrong = readPostgresCombinations(source("table=adult"), {"sex"});
        qunsetenv("PGPASSWORD");
        auto none = readPostgresCombinations(source("table=adult"), {"sex"});
        qputenv("PGPASSWORD", PostgresServer::kPassword);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.find("password authentication failed") != std::string::npos,
                 wrong.error().message.c_str());
        QVERIFY(wrong.error().message.find("wrong") == std::string::npos);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.find("no password") != std::string::npos,
                 none.error().message.c_str());
        // a missing table, a missing column
        auto table = readPostgresCombinations(source("table=customers"), {"sex"});
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.find("\"customers\" does not exist") != std::string::npos,
                 table.error().message.c_str());
        auto column = readPostgresCombinations(source("table=adult"), {"gender"});
        QVERIFY(!column.ok());
        QVERIFY2(column.error().message.find("\"gender\" does not exist") != std::string::npos,
                 column.error().message.c_str());
    }

    // A password typed once (the workbench's prompt) serves every later connection to the same
    // server, database and user in the process; without one, or with a wrong one, the error
    // says that a password is asked for, so that the prompt can come again.
    void aPasswordTypedOnceServesTheSession()
    {
        qunsetenv("PGPASSWORD");
        const PostgresSource adult = source("table=adult");
        auto none = readPostgresRows(adult, {"sex"});
        QVERIFY(!none.ok());
        QVERIFY(isPasswordRequest(none.error()));
        rememberPostgresPassword(adult, "wrong-one");
        auto wrong = readPostgresRows(adult, {"sex"});
        QVERIFY(!wrong.ok());
        QVERIFY(isPasswordRequest(wrong.error()));
        QVERIFY(wrong.error().text().find("wrong-one") == std::string::npos);
        rememberPostgresPassword(adult, PostgresServer::kPassword);
        auto right = readPostgresRows(source("query=SELECT%20age%20FROM%20adult"));
        QVERIFY2(right.ok(), right.ok() ? "" : right.error().text().c_str());
        QCOMPARE(right->rowCount, std::uint64_t(30162));
        // another failure is no request for a password
        auto missing = readPostgresRows(source("table=nowhere"));
        QVERIFY(!missing.ok());
        QVERIFY(!isPasswordRequest(missing.error()));
        rememberPostgresPassword(adult, ""); // forgotten
        QVERIFY(!readPostgresRows(adult, {"sex"}).ok());
        qputenv("PGPASSWORD", PostgresServer::kPassword);
    }

    // The server ends the connection while the statement runs: said, not taken for data.
    void aLostConnectionIsSaid()
    {
        std::thread killer([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            m_server->psql("data", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                   "query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()");
        });
        auto lost = readPostgresCombinations(
            source("query=SELECT%20sex%2C%20pg_sleep(20)%20AS%20z%20FROM%20adult%20LIMIT%201"),
            {"sex"});
        killer.join();
        QVERIFY(!lost.ok());
        QVERIFY(!lost.error().cancelled);
        QVERIFY2(lost.error().message.find("terminating connection") != std::string::npos ||
                     lost.error().message.find("was lost") != std::string::npos,
                 lost.error().message.c_str());
        // and the next statement connects again
        auto again = readPostgresCombinations(source("table=adult"), {"sex"});
        QVERIFY(again.ok());
    }

    // Cancelled while the database works: the statement ends on the server too.
    void cancelledOnTheServer()
    {
        std::atomic<bool> cancel{false};
        QElapsedTimer clock;
        clock.start();
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        auto slow = readPostgresCombinations(
            source("query=SELECT%20sex%2C%20pg_sleep(30)%20AS%20z%20FROM%20adult%20LIMIT%201"),
            {"sex"}, std::nullopt, &cancel);
        stopper.join();
        QVERIFY(!slow.ok());
        QVERIFY(slow.error().cancelled);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // no statement of ours runs on the server any more
        auto left = readPostgresCombinations(
            source("query=SELECT%20state%20FROM%20pg_stat_activity%20WHERE%20query%20LIKE%20"
                   "'%25pg_sleep(30)%25'%20AND%20state%20%3D%20'active'%20AND%20pid%20%3C%3E%20"
                   "pg_backend_pid()"),
            {"state"});
        QVERIFY(!left.ok()); // no rows: "holds no records"
        QVERIFY2(left.error().message.find("holds no records") != std::string::npos,
                 left.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
