#include "io/sqlitereader.h"
#include "io/typeinference.h"
#include "project/project.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace dijkgraaf;

class TestSources : public QObject
{
    Q_OBJECT
    test::Scratch m_scratch;
    std::string m_db;

private slots:
    void initTestCase()
    {
        m_db = m_scratch.path("customers.sqlite").toStdString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "make");
            db.setDatabaseName(QString::fromStdString(m_db));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec("CREATE TABLE customers (id INTEGER, birth TEXT, city TEXT, amount REAL)"));
            QVERIFY(q.exec("INSERT INTO customers VALUES (1, '1975-03-14', 'Delft', 12.5), (2, "
                           "'1980-01-01', NULL, 3.25), "
                           "(3, '1975-03-14', 'Delft', 7)"));
            QVERIFY(q.exec(
                "CREATE VIEW delft AS SELECT id, birth FROM customers WHERE city = 'Delft'"));
            QVERIFY(q.exec("CREATE TABLE \"odd \"\"name\"\"\" (x TEXT)"));
            QVERIFY(q.exec("INSERT INTO \"odd \"\"name\"\"\" VALUES ('a')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("make");
    }

    void tablesAndViews()
    {
        QVERIFY(isSqliteFile(m_db));
        auto tables = sqliteTables(m_db);
        QVERIFY(tables.ok());
        QCOMPARE(*tables, (std::vector<std::string>{"customers", "odd \"name\"", "delft"}));
        QVERIFY(!isSqliteFile(test::dataPath("tiny/tiny.csv")));
        QVERIFY(!sqliteTables(test::dataPath("tiny/tiny.csv")).ok());
    }

    void readsATableAndAView()
    {
        const std::string before = *fileSha256(m_db);
        auto d = readSqliteTable(m_db, "customers");
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().text().c_str());
        QCOMPARE(d->rowCount, 3u);
        QCOMPARE(d->columns.size(), std::size_t(4));
        QCOMPARE(d->columns[0].type, ValueType::Integer);
        QCOMPARE(d->columns[1].type, ValueType::Date);
        QCOMPARE(d->columns[2].missingCount(), 1u); // NULL is missing
        QCOMPARE(d->columns[3].type, ValueType::Decimal);
        QCOMPARE(d->columns[1].distinctCount(), std::size_t(2));
        auto view = readSqliteTable(m_db, "delft");
        QVERIFY(view.ok());
        QCOMPARE(view->rowCount, 2u);
        QVERIFY(readSqliteTable(m_db, "odd \"name\"").ok());
        auto missing = readSqliteTable(m_db, "nope");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.find("'nope'") != std::string::npos);
        QCOMPARE(*fileSha256(m_db), before); // read-only
    }

    void chosenTypes()
    {
        Dataset d = m_scratch.read("code,n\n1234,5\n2345,6\n");
        QCOMPARE(d.columns[0].type, ValueType::Integer);
        QVERIFY(applyColumnType(d.columns[0], ValueType::Postcode).ok());
        QCOMPARE(d.columns[0].type, ValueType::Postcode);
        QVERIFY(applyColumnType(d.columns[0], ValueType::Text).ok());
        auto bad = applyColumnType(d.columns[0], ValueType::Date);
        QVERIFY(!bad.ok());
        // a value one record holds is not printed, for it could single someone out
        QVERIFY2(bad.error().message.find("a value held by one record only (not shown") !=
                     std::string::npos,
                 bad.error().message.c_str());
        QVERIFY(bad.error().message.find("1234") == std::string::npos);
        Dataset shared = m_scratch.read("code\nx1\nx1\n");
        auto named = applyColumnType(shared.columns[0], ValueType::Integer);
        QVERIFY(!named.ok());
        QVERIFY2(named.error().message.find("the value 'x1' (a value of the data, 2 records) is "
                                            "not a valid integer") != std::string::npos,
                 named.error().message.c_str());
        QCOMPARE(d.columns[0].type, ValueType::Text); // unchanged after a refusal
        QVERIFY(applyColumnType(d.columns[1], ValueType::Decimal).ok());
        QCOMPARE(d.columns[1].numbers[d.columns[1].codes.at(1)], 6.0);
    }

    void previewReadsTheFirstRecords()
    {
        CsvImportOptions preview;
        preview.maxRecords = 100;
        auto d = readCsv(test::dataPath("adult/adult.csv"), preview);
        QVERIFY(d.ok());
        QCOMPARE(d->rowCount, 100u);
        QCOMPARE(d->columns.size(), std::size_t(9));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
