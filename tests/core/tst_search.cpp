#include "analysis/evaluator.h"
#include "hierarchy/arxformat.h"
#include "search/lattice.h"
#include "search/search.h"
#include "testutil.h"
#include "util/parallel.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace dijkgraaf;

namespace {

BaseTable loadTable(const std::string &dir, const std::string &file,
                    const std::vector<std::string> &qis)
{
    auto d = readCsv(test::dataPath(dir + "/" + file));
    if (!d)
        qFatal("%s", d.error().text().c_str());
    static std::vector<std::unique_ptr<Dataset>>
        keep; // the BaseTable reads the dataset's columns only while building
    keep.push_back(std::make_unique<Dataset>(std::move(*d)));
    const Dataset &data = *keep.back();
    std::vector<QuasiIdentifier> q;
    for (const auto &name : qis) {
        // the hierarchies are named after the folder: fars_hierarchy_iage.csv beside
        // fars_subset.csv
        auto h = readArxHierarchy(test::dataPath(dir + "/" + dir + "_hierarchy_" + name + ".csv"));
        if (!h)
            qFatal("%s", h.error().text().c_str());
        q.push_back({*data.columnIndex(name), *h});
    }
    auto t = BaseTable::build(data, q);
    if (!t)
        qFatal("%s", t.error().text().c_str());
    return std::move(*t);
}

struct BruteForce
{
    std::vector<SearchPoint> points;
    bool found = false;
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> bestLevels;
};

// Every transformation from the BaseTable, one by one: the search must agree with this.
BruteForce bruteForce(const BaseTable &t, const SearchSettings &s)
{
    Evaluator ev(t);
    std::vector<int> heights;
    for (std::size_t q = 0; q < t.qiCount(); ++q)
        heights.push_back(t.hierarchy(q).height());
    Lattice lattice(heights);
    BruteForce out;
    std::vector<int> levels;
    for (std::uint64_t node = 0; node < lattice.size(); ++node) {
        lattice.levels(node, levels);
        const Evaluation e = ev.evaluate(levels, s.privacy);
        const double value = utilityOf(e, s.metric, s.weights, heights);
        out.points.push_back({levels, riskOf(e, s.risk), value, e.satisfied});
        if (!e.satisfied)
            continue;
        int sum = 0, bestSum = 0;
        for (int l : levels)
            sum += l;
        for (int l : out.bestLevels)
            bestSum += l;
        if (!out.found || value < out.best ||
            (value == out.best && (sum < bestSum || (sum == bestSum && levels < out.bestLevels)))) {
            out.found = true;
            out.best = value;
            out.bestLevels = levels;
        }
    }
    return out;
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// The benchmark's case: Adult with all 9 quasi-identifiers (12,960 transformations), k = 5
// with 2 % suppression.
BaseTable adultNine()
{
    return loadTable("adult", "adult.csv",
                     {"age", "sex", "race", "marital-status", "education", "native-country",
                      "workclass", "occupation", "salary-class"});
}

SearchSettings adultSettings()
{
    SearchSettings s;
    s.privacy.k = 5;
    s.privacy.suppressionLimit = 0.02;
    return s;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    void compare(const BaseTable &t, const SearchSettings &settings)
    {
        const BruteForce brute = bruteForce(t, settings);
        for (bool every : {true, false}) {
            SearchSettings s = settings;
            s.everyTransformation = every;
            auto r = findOptimum(t, s);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().text().c_str());
            QCOMPARE(r->found, brute.found);
            QVERIFY(r->provenOptimal == brute.found);
            QVERIFY(!r->heuristic);
            if (!brute.found)
                continue;
            QVERIFY2(close(r->optimumValue, brute.best),
                     qPrintable(QString("%1 vs %2").arg(r->optimumValue).arg(brute.best)));
            QCOMPARE(r->optimum.levels, brute.bestLevels);
            QVERIFY(r->optimum.satisfied);
            std::vector<int> heights;
            for (std::size_t q = 0; q < t.qiCount(); ++q)
                heights.push_back(t.hierarchy(q).height());
            // the full evaluation of the optimum has the value the search found
            QVERIFY(close(utilityOf(r->optimum, s.metric, s.weights, heights), brute.best));
            if (every) {
                // every transformation, with the brute force's numbers
                QCOMPARE(r->evaluated, static_cast<std::uint64_t>(brute.points.size()));
                QCOMPARE(r->points.size(), brute.points.size());
                std::map<std::vector<int>, const SearchPoint *> byLevels;
                for (const auto &p : brute.points)
                    byLevels[p.levels] = &p;
                for (const auto &p : r->points) {
                    const SearchPoint &b = *byLevels.at(p.levels);
                    QCOMPARE(p.satisfied, b.satisfied);
                    QVERIFY(close(p.utility, b.utility));
                    QVERIFY(close(p.risk, b.risk));
                }
                // the front: nothing in it is beaten on both counts, and everything else is
                const auto front = paretoFront(brute.points);
                QCOMPARE(r->front.size(), front.size());
                for (std::size_t i = 0; i < front.size(); ++i) {
                    QVERIFY(close(r->points[r->front[i]].utility, brute.points[front[i]].utility));
                    QVERIFY(close(r->points[r->front[i]].risk, brute.points[front[i]].risk));
                }
            } else {
                QVERIFY(r->evaluated <= brute.points.size());
            }
        }
    }

private slots:
    void tinyLattice()
    {
        const BaseTable t = loadTable("tiny", "tiny.csv", {"age", "zip", "sex"});
        SearchSettings s;
        s.privacy.k = 2;
        s.privacy.suppressionLimit = 0.2;
        compare(t, s);
        s.privacy.k = 11; // nothing can reach it without suppressing all: nothing satisfies at 0
        s.privacy.suppressionLimit = 0;
        compare(t, s);
    }

    void adultEveryMetric_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("risk");
        QTest::newRow("loss, prosecutor")
            << int(UtilityMetric::Loss) << int(RiskMetric::ProsecutorMax);
        QTest::newRow("precision, records at risk")
            << int(UtilityMetric::PrecisionLoss) << int(RiskMetric::RecordsAtRisk);
        QTest::newRow("discernibility, global risk")
            << int(UtilityMetric::Discernibility) << int(RiskMetric::GlobalRisk);
        QTest::newRow("entropy") << int(UtilityMetric::NuEntropy) << int(RiskMetric::ProsecutorMax);
    }
    void adultEveryMetric()
    {
        QFETCH(int, metric);
        QFETCH(int, risk);
        const BaseTable t =
            loadTable("adult", "adult.csv", {"age", "sex", "race", "education", "marital-status"});
        SearchSettings s;
        s.privacy.k = 5;
        s.privacy.suppressionLimit = 0.02;
        s.metric = static_cast<UtilityMetric>(metric);
        s.risk = static_cast<RiskMetric>(risk);
        compare(t, s);
    }

    // The benchmark's case: Adult, 9 quasi-identifiers, 12,960 transformations.
    void adultNineAgainstBruteForce()
    {
        const BaseTable t = adultNine();
        SearchSettings s = adultSettings();
        compare(t, s);
    }

    void weightedLoss()
    {
        const BaseTable t =
            loadTable("fars", "fars_subset.csv", {"iage", "isex", "irace", "istatenum"});
        SearchSettings s;
        s.privacy.k = 10;
        s.privacy.suppressionLimit = 0.05;
        s.weights = {4, 1, 1, 0.5};
        compare(t, s);
        s.metric = UtilityMetric::PrecisionLoss;
        compare(t, s);
        s.metric = UtilityMetric::NuEntropy;
        QVERIFY(!findOptimum(t, s).ok()); // weights do not apply
        s.metric = UtilityMetric::Loss;
        s.weights = {1, 1};
        QVERIFY(!findOptimum(t, s).ok());
    }

    // The number of the engine's threads changes nothing: every point, the front and the
    // optimum come out bit for bit the same with 1, 2 and 8 threads.
    void resultsDoNotDependOnTheThreads()
    {
        const BaseTable t = adultNine();
        SearchSettings s = adultSettings();
        s.everyTransformation = true;
        const std::size_t threads = workerCount();
        std::vector<SearchResult> results;
        for (std::size_t n : {1u, 2u, 8u}) {
            setWorkerCount(n);
            auto r = findOptimum(t, s);
            QVERIFY(r.ok());
            results.push_back(std::move(*r));
        }
        setWorkerCount(threads);
        const SearchResult &one = results[0];
        QCOMPARE(one.points.size(), std::size_t(12960));
        for (std::size_t k = 1; k < results.size(); ++k) {
            const SearchResult &r = results[k];
            QCOMPARE(r.optimum.levels, one.optimum.levels);
            QCOMPARE(r.optimumValue, one.optimumValue); // exact: no tolerance
            QCOMPARE(r.evaluated, one.evaluated);
            QCOMPARE(r.front, one.front);
            QCOMPARE(r.points.size(), one.points.size());
            for (std::size_t i = 0; i < r.points.size(); ++i) {
                QCOMPARE(r.points[i].levels, one.points[i].levels);
                QCOMPARE(r.points[i].satisfied, one.points[i].satisfied);
                QVERIFY(r.points[i].utility == one.points[i].utility);
                QVERIFY(r.points[i].risk == one.points[i].risk);
            }
        }
    }

    // Forced onto the heuristic: it satisfies the model, says it is a heuristic result, and its
    // bound is a true lower bound of the optimum.
    void heuristicIsHonest()
    {
        const BaseTable t = adultNine();
        SearchSettings s = adultSettings();
        auto exact = findOptimum(t, s);
        s.exhaustiveLimit = 0;
        s.timeLimitSeconds = 2;
        auto h = findOptimum(t, s);
        QVERIFY(h.ok());
        QVERIFY(h->heuristic);
        QVERIFY(h->found);
        QVERIFY(h->optimum.satisfied);
        QVERIFY(h->optimumValue >= exact->optimumValue - 1e-12);
        QVERIFY(h->lowerBound <= exact->optimumValue + 1e-12);
        QVERIFY(h->lowerBound > 0);
        QVERIFY(h->evaluated > 0 && h->evaluated < 12960);
    }

    void latticeNumbering()
    {
        Lattice l({2, 0, 3});
        QCOMPARE(l.size(), 12u);
        std::vector<int> lv;
        for (std::uint64_t i = 0; i < l.size(); ++i) {
            l.levels(i, lv);
            QCOMPARE(l.index(lv), i);
        }
        QCOMPARE(l.index({1, 0, 2}), 1 + 2 * 3u);
        QCOMPARE(Lattice(std::vector<int>(70, 3)).size(), 0u); // beyond 2^63
    }

    void cancelled()
    {
        const BaseTable t = loadTable("adult", "adult.csv", {"age", "sex", "race", "education"});
        std::atomic<bool> cancel{true};
        SearchSettings s;
        s.cancel = &cancel;
        auto r = findOptimum(t, s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
