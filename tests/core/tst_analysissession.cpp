#include "analysis/analysissession.h"
#include "analysis/evaluator.h"
#include "analysis/uniqueness.h"
#include "hierarchy/arxformat.h"
#include "testutil.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace dijkgraaf;

class TestAnalysisSession : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_adult;

    Configuration adultConfig(const std::vector<std::string> &qis = {"age", "sex", "race",
                                                                     "education"}) const
    {
        Configuration c;
        c.attributes.resize(m_adult->columns.size());
        for (const auto &name : qis) {
            auto &a = c.attributes[*m_adult->columnIndex(name)];
            a.role = AttributeRole::QuasiIdentifier;
            auto h = readArxHierarchy(
                test::dataPath(std::string("adult/adult_hierarchy_") + name + ".csv"));
            a.hierarchy = HierarchySpec::table(h->toRows(), "adult");
        }
        return c;
    }

    // The ladder at the chosen levels against the raw rows, generalized here through the ARX
    // files: rung j keeps the attributes up to the j-th at its level. Levels that make every
    // combination a class, few classes (grouped by key) and many (hashed), each run after an
    // analysis at other levels; and through an evaluator of its own, without the sort.
    void ladderAtTheLevelsMatch(const std::vector<std::string> &names,
                                const std::vector<std::vector<int>> &levelSets)
    {
        std::map<std::string, std::map<std::string, std::vector<std::string>>> generalize;
        for (const auto &name : names) {
            QFile f(QString::fromStdString(
                test::dataPath("adult/adult_hierarchy_" + name + ".csv")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            while (!f.atEnd()) {
                const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(';');
                auto &levels = generalize[name][cells[0].toStdString()];
                for (const QString &cell : cells)
                    levels.push_back(cell.toStdString());
            }
        }
        QFile data(QString::fromStdString(test::dataPath("adult/adult.csv")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(data.readLine()).trimmed().split(';');
        std::vector<QStringList> rows;
        while (!data.atEnd())
            rows.push_back(QString::fromUtf8(data.readLine()).trimmed().split(';'));

        AnalysisSession session(m_adult);
        Configuration c = adultConfig(names);
        std::vector<std::size_t> sequence(names.size());
        for (std::size_t q = 0; q < names.size(); ++q)
            sequence[q] = q;
        for (const std::vector<int> &levels : levelSets) {
            // first an analysis elsewhere, then the levels themselves
            for (std::size_t q = 0; q < names.size(); ++q)
                c.attributes[*m_adult->columnIndex(names[q])].level = levels[q] ? 0 : 1;
            QVERIFY(session.run(c).ok());
            for (std::size_t q = 0; q < names.size(); ++q)
                c.attributes[*m_adult->columnIndex(names[q])].level = levels[q];
            auto r = session.run(c);
            QVERIFY(r.ok());
            QCOMPARE(r->ladderAt.size(), names.size());
            for (std::size_t j = 1; j <= names.size(); ++j) {
                std::map<std::string, std::uint64_t> classes;
                for (const auto &row : rows) {
                    std::string key;
                    for (std::size_t q = 0; q < j; ++q) {
                        const auto value =
                            row[header.indexOf(QString::fromStdString(names[q]))].toStdString();
                        key += generalize[names[q]][value].at(
                                   static_cast<std::size_t>(levels[q])) +
                               '\x1f';
                    }
                    ++classes[key];
                }
                const auto unique = static_cast<std::uint64_t>(std::count_if(
                    classes.begin(), classes.end(), [](const auto &e) { return e.second == 1; }));
                QCOMPARE(r->ladderAt[j - 1].attribute, names[j - 1]);
                QCOMPARE(r->ladderAt[j - 1].uniqueRecords, unique);
                QCOMPARE(r->ladderAt[j - 1].classes, std::uint64_t(classes.size()));
            }
            // an evaluator whose last grouping was at other levels groups the levels anew
            Evaluator evaluator(*r->baseTable);
            std::vector<int> other(levels.size());
            for (std::size_t q = 0; q < levels.size(); ++q)
                other[q] = levels[q] ? 0 : 1;
            evaluator.evaluate(other, PrivacySettings{});
            ClassTable grouped;
            evaluator.group(levels, grouped); // not the evaluation's grouping either
            const auto again = uniquenessLadderAt(evaluator, sequence, levels);
            QVERIFY(again.has_value());
            for (std::size_t j = 0; j < names.size(); ++j) {
                QCOMPARE((*again)[j].uniqueRecords, r->ladderAt[j].uniqueRecords);
                QCOMPARE((*again)[j].classes, r->ladderAt[j].classes);
            }
        }
    }

private slots:
    void initTestCase()
    {
        auto d = readCsv(test::dataPath("adult/adult.csv"));
        QVERIFY(d.ok());
        m_adult = std::make_shared<const Dataset>(std::move(*d));
    }

    void levelsReuseTheBaseTable()
    {
        AnalysisSession session(m_adult);
        Configuration c = adultConfig();
        c.privacy.k = 5;
        c.privacy.suppressionLimit = 0.05;
        auto first = session.run(c);
        QVERIFY(first.ok());
        QVERIFY(!first->baseTableReused);
        // quasi-identifiers come in column order
        QCOMPARE(first->qiNames, (std::vector<std::string>{"sex", "age", "race", "education"}));
        c.attributes[*m_adult->columnIndex("age")].level = 2;
        auto second = session.run(c);
        QVERIFY(second.ok());
        QVERIFY(second->baseTableReused);
        QCOMPARE(second->baseTable.get(), first->baseTable.get());
        QCOMPARE(second->evaluation.levels, (std::vector<int>{0, 2, 0, 0}));
        // a different quasi-identifier set builds a new BaseTable
        c.attributes[*m_adult->columnIndex("race")].role = AttributeRole::Insensitive;
        auto third = session.run(c);
        QVERIFY(third.ok());
        QVERIFY(!third->baseTableReused);
        QCOMPARE(third->qiNames.size(), std::size_t(3));
    }

    void ladderMatchesTheUniquenessLadder()
    {
        AnalysisSession session(m_adult);
        auto r = session.run(adultConfig());
        QVERIFY(r.ok());
        std::vector<std::size_t> cols;
        for (const char *name : {"sex", "age", "race", "education"})
            cols.push_back(*m_adult->columnIndex(name));
        auto ladder = uniquenessLadder(*m_adult, cols);
        QVERIFY(ladder.ok());
        QCOMPARE(r->ladder.size(), ladder->size());
        for (std::size_t j = 0; j < ladder->size(); ++j) {
            QCOMPARE(r->ladder[j].attribute, (*ladder)[j].attribute);
            QCOMPARE(r->ladder[j].uniqueRecords, (*ladder)[j].uniqueRecords);
            QCOMPARE(r->ladder[j].classes, (*ladder)[j].classes);
        }
    }

    // The ladder at the chosen levels against the raw rows, generalized here through the ARX
    // files: rung j keeps sex, age, race, education up to the j-th at its level. Levels that
    // make every combination a class, few classes (grouped by key) and many (hashed), each run
    // after an analysis at other levels, so the evaluation's own grouping is the one reused.
    void ladderAtTheLevelsMatchesTheRawRows()
    {
        // four attributes (their labels fill one 16-bit digit of the sort) and all nine
        // (two digits)
        ladderAtTheLevelsMatch({"sex", "age", "race", "education"},
                               {{0, 0, 0, 0}, {0, 2, 1, 2}, {1, 1, 0, 0}, {0, 0, 1, 1}});
        ladderAtTheLevelsMatch({"sex", "age", "race", "marital-status", "education",
                                "native-country", "workclass", "occupation", "salary-class"},
                               {{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 1, 2, 1, 0, 1, 0}});
    }

    // The flags per combination and the combination per record tell which records were suppressed.
    void ladderFollowsTheChosenOrder()
    {
        AnalysisSession session(m_adult);
        Configuration c = adultConfig();
        c.ladderOrder = {"education", "age"};
        auto r = session.run(c);
        QVERIFY(r.ok());
        std::vector<std::string> names;
        for (const auto &s : r->ladder)
            names.push_back(s.attribute);
        // named first, the rest in column order
        QCOMPARE(names, (std::vector<std::string>{"education", "age", "sex", "race"}));
        std::vector<std::size_t> cols;
        for (const char *name : {"education", "age", "sex", "race"})
            cols.push_back(*m_adult->columnIndex(name));
        auto ladder = uniquenessLadder(*m_adult, cols);
        for (std::size_t j = 0; j < 4; ++j)
            QCOMPARE(r->ladder[j].uniqueRecords, (*ladder)[j].uniqueRecords);
        // a new order reuses the BaseTable
        c.ladderOrder = {"race"};
        auto again = session.run(c);
        QVERIFY(again->baseTableReused);
        QCOMPARE(again->ladder.front().attribute, std::string("race"));
    }

    void keptFlagsCountTheSuppressedRecords()
    {
        AnalysisSession session(m_adult);
        Configuration c = adultConfig();
        c.privacy.k = 10;
        c.privacy.suppressionLimit = 0.1;
        c.attributes[*m_adult->columnIndex("age")].level = 1;
        auto r = session.run(c);
        QVERIFY(r.ok());
        QVERIFY(r->evaluation.satisfied);
        QVERIFY(r->evaluation.suppressedRecords > 0);
        const auto combo = r->baseTable->combinationOfRecord();
        QCOMPARE(combo.size(), std::size_t(m_adult->rowCount));
        std::uint64_t suppressed = 0;
        for (auto c : combo)
            suppressed += r->keptCombinations[c] ? 0 : 1;
        QCOMPARE(suppressed, r->evaluation.suppressedRecords);
        // every record's combination holds its own leaves
        const auto &age = m_adult->columns[*m_adult->columnIndex("age")];
        for (std::size_t row = 0; row < 100; ++row)
            QCOMPARE(r->baseTable->hierarchy(1).domainValue(r->baseTable->leaves(1)[combo[row]]),
                     std::string(age.text(age.codes.at(row))));
    }

    void errorsNameTheColumn()
    {
        AnalysisSession session(m_adult);
        Configuration c = adultConfig();
        auto &sex = c.attributes[*m_adult->columnIndex("sex")];
        sex.hierarchy = *HierarchySpec::parse("interval:5");
        auto r = session.run(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().column, std::string("sex"));
        sex.hierarchy = *HierarchySpec::parse("value");
        c.attributes[*m_adult->columnIndex("age")].level = 9;
        auto level = session.run(c);
        QVERIFY(!level.ok());
        QCOMPARE(level.error().column, std::string("age"));
    }

    void specsRoundTripAsText()
    {
        for (const char *text : {"value", "auto", "date", "mask", "mask:4,3,2,1",
                                 "interval:5,10,20", "interval:2.5,5"})
            QCOMPARE(HierarchySpec::parse(text)->text(), std::string(text));
        QVERIFY(!HierarchySpec::parse("interval:").ok());
        QVERIFY(!HierarchySpec::parse("interval:-5").ok());
        QVERIFY(!HierarchySpec::parse("mask:0").ok());
        QVERIFY(!HierarchySpec::parse("colour").ok());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSession)
#include "tst_analysissession.moc"
