#include "analysis/basetable.h"
#include "analysis/evaluator.h"
#include "analysis/uniqueness.h"
#include "demo/customergenerator.h"
#include "hierarchy/arxformat.h"
#include "hierarchy/hierarchybuilders.h"
#include "io/csvreader.h"
#include "compareevaluations.h"
#include "testutil.h"
#include "util/parallel.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <map>
#include <set>

using namespace dijkgraaf;

namespace {

using test::dataPath;

// The measures of METRICS.md computed the slow, obvious way: straight from the raw rows,
// grouping generalized strings in a std::map. Shares no code with BaseTable or Evaluator.
Evaluation referenceEvaluation(const Dataset &d, const std::vector<std::size_t> &cols,
                               const std::vector<Hierarchy> &hs, const std::vector<int> &levels,
                               const PrivacySettings &s, int weightColumn)
{
    const std::size_t n = d.rowCount, m = cols.size();
    auto raw = [&](std::size_t q, std::size_t row) {
        const Column &c = d.columns[cols[q]];
        return std::string(c.text(c.codes.at(row)));
    };
    auto general = [&](std::size_t q, std::size_t row, int level) {
        return hs[q].label(level, hs[q].leafOf(raw(q, row)));
    };
    std::vector<std::map<std::string, double>> countX(m), countG(m);
    for (std::size_t row = 0; row < n; ++row)
        for (std::size_t q = 0; q < m; ++q) {
            countX[q][raw(q, row)] += 1;
            countG[q][general(q, row, levels[q])] += 1;
        }
    std::map<std::vector<std::string>, std::pair<std::uint64_t, double>> classes;
    std::vector<std::vector<std::string>> keyOf(n);
    for (std::size_t row = 0; row < n; ++row) {
        for (std::size_t q = 0; q < m; ++q)
            keyOf[row].push_back(general(q, row, levels[q]));
        auto &c = classes[keyOf[row]];
        c.first += 1;
        if (weightColumn >= 0) {
            const Column &w = d.columns[static_cast<std::size_t>(weightColumn)];
            c.second += w.numbers[w.codes.at(row)];
        }
    }
    Evaluation ev;
    ev.records = n;
    for (auto &[k, c] : classes)
        if (c.first < s.k)
            ev.recordsBelowK += c.first;
    ev.satisfied =
        ev.recordsBelowK <= static_cast<std::uint64_t>(std::floor(s.suppressionLimit * n + 1e-9));
    ev.suppressedRecords = ev.satisfied ? ev.recordsBelowK : 0;
    const double kept = static_cast<double>(n - ev.suppressedRecords);
    auto isKept = [&](std::uint64_t f) { return !ev.satisfied || f >= s.k; };
    double atRisk = 0, loss = 0, prec = 0, ent = 0, entMax = 0, disc = 0;
    for (std::size_t row = 0; row < n; ++row) {
        const auto &c = classes[keyOf[row]];
        const bool k = isKept(c.first);
        if (k) {
            const double f = static_cast<double>(c.first);
            if (1.0 / f > s.riskThreshold)
                atRisk += 1;
            double r = 1.0 / f;
            if (weightColumn >= 0 && c.second > f) {
                const double p = f / c.second;
                if (c.first == 1)
                    r = p / (1 - p) * std::log(1 / p);
                else if (c.first == 2)
                    r = p / (1 - p) - std::pow(p / (1 - p), 2) * std::log(1 / p);
                else
                    r = p / (f - (1 - p));
            }
            ev.risk.expectedReidentifications += r;
            ev.risk.maxIndividualRisk = std::max(ev.risk.maxIndividualRisk, r);
            disc += f;
        } else {
            disc += static_cast<double>(n);
        }
        for (std::size_t q = 0; q < m; ++q) {
            const Hierarchy &h = hs[q];
            const auto leaf = h.leafOf(raw(q, row));
            const double D = static_cast<double>(h.domainSize());
            const double leaves = h.leafCounts(levels[q])[h.labelIndex(levels[q], leaf)];
            const double cx = countX[q][raw(q, row)];
            entMax += std::log2(n / cx);
            if (k) {
                loss += D > 1 ? (leaves - 1) / (D - 1) : 0;
                prec += h.height() > 0 ? static_cast<double>(levels[q]) / h.height() : 0;
                ent += std::log2(countG[q][general(q, row, levels[q])] / cx);
            } else {
                loss += 1;
                prec += 1;
                ent += std::log2(n / cx);
            }
        }
    }
    for (auto &[k, c] : classes) {
        if (!isKept(c.first))
            continue;
        ++ev.risk.classes;
        if (ev.risk.minClassSize == 0 || c.first < ev.risk.minClassSize)
            ev.risk.minClassSize = c.first;
        if (c.first == 1)
            ++ev.risk.sampleUniques;
    }
    if (kept > 0) {
        ev.risk.averageClassSize = kept / ev.risk.classes;
        ev.risk.prosecutorMax = 1.0 / ev.risk.minClassSize;
        ev.risk.prosecutorAvg = ev.risk.classes / kept;
        ev.risk.recordsAtRisk = atRisk / kept;
        ev.risk.globalRisk = ev.risk.expectedReidentifications / kept;
    }
    ev.utility.loss = loss / (n * m);
    ev.utility.precisionLoss = prec / (n * m);
    ev.utility.nuEntropy = entMax > 0 ? ent / entMax : 0;
    ev.utility.discernibility = disc / (static_cast<double>(n) * n);
    ev.utility.suppressionRate = ev.suppressedRecords / static_cast<double>(n);
    return ev;
}

} // namespace

class TestMeasures : public QObject
{
    Q_OBJECT

    struct Setup
    {
        Dataset data;
        std::vector<std::size_t> columns;
        std::vector<Hierarchy> hierarchies;
    };

    static Setup load(const std::string &file, const std::string &dir,
                      const std::vector<std::string> &qis)
    {
        Setup s;
        auto d = readCsv(dataPath(file));
        if (!d)
            qFatal("%s", d.error().text().c_str());
        s.data = std::move(*d);
        for (const auto &name : qis) {
            s.columns.push_back(*s.data.columnIndex(name));
            const std::string path = arxHierarchyPath(dataPath(dir), dataPath(file), name);
            auto h =
                QFile::exists(QString::fromStdString(path))
                    ? readArxHierarchy(path)
                    : Result<Hierarchy>(buildDefaultHierarchy(s.data.columns[s.columns.back()]));
            if (!h)
                qFatal("%s", h.error().text().c_str());
            s.hierarchies.push_back(std::move(*h));
        }
        return s;
    }

    static BaseTable baseTable(const Setup &s, std::optional<std::size_t> weight = std::nullopt)
    {
        std::vector<QuasiIdentifier> qis;
        for (std::size_t q = 0; q < s.columns.size(); ++q)
            qis.push_back({s.columns[q], s.hierarchies[q]});
        auto t = BaseTable::build(s.data, qis, weight);
        if (!t)
            qFatal("%s", t.error().text().c_str());
        return std::move(*t);
    }

private slots:
    // METRICS.md section 7, to the published digits.
    void workedExample()
    {
        const Setup s = load("tiny/tiny.csv", "tiny", {"age", "zip", "sex"});
        QCOMPARE(s.hierarchies[0].domainSize(), std::size_t(20));
        const BaseTable t = baseTable(s, *s.data.columnIndex("weight"));
        Evaluator ev(t);
        PrivacySettings settings;
        settings.k = 2;
        settings.suppressionLimit = 0.2;
        QVERIFY(ev.validate({1, 1, 0}, settings).ok());
        const Evaluation e = ev.evaluate({1, 1, 0}, settings);
        QCOMPARE(e.recordsBelowK, 1u);
        QVERIFY(e.satisfied);
        QCOMPARE(e.suppressedRecords, 1u);
        QCOMPARE(e.risk.classes, 4u);
        QCOMPARE(e.risk.minClassSize, 2u);
        QCOMPARE(e.risk.averageClassSize, 2.25);
        QCOMPARE(e.risk.sampleUniques, 0u);
        QCOMPARE(e.risk.prosecutorMax, 0.5);
        QCOMPARE(qRound64(e.risk.prosecutorAvg * 1e6), qRound64(0.444444 * 1e6));
        QCOMPARE(e.risk.recordsAtRisk, 1.0);
        QCOMPARE(qRound64(e.risk.expectedReidentifications * 1e6), 637702);
        QCOMPARE(qRound64(e.risk.globalRisk * 1e6), 70856);
        QCOMPARE(qRound64(e.risk.maxIndividualRisk * 1e6), 149410);
        QCOMPARE(qRound64(e.utility.loss * 1e6), 342105);
        QCOMPARE(qRound64(e.utility.precisionLoss * 1e6), 400000);
        QCOMPARE(qRound64(e.utility.discernibility * 1e6), 310000);
        QCOMPARE(qRound64(e.utility.nuEntropy * 1e6), 571380);
        QCOMPARE(e.utility.suppressionRate, 0.1);
        // class sizes 2, 3, 2, 2 kept
        QCOMPARE(e.keptRecordsByClassSize[1], 6u);
        QCOMPARE(e.keptRecordsByClassSize[2], 3u);

        const RiskMeasures in = ev.inputRisk();
        QCOMPARE(in.classes, 10u);
        QCOMPARE(in.sampleUniques, 10u);
        QCOMPARE(qRound64(in.expectedReidentifications * 1e6), 2530295);
        QCOMPARE(qRound64(in.maxIndividualRisk * 1e6), 402359);
    }

    void limitExceededSuppressesNothing()
    {
        const Setup s = load("tiny/tiny.csv", "tiny", {"age", "zip", "sex"});
        const BaseTable t = baseTable(s);
        Evaluator ev(t);
        PrivacySettings settings;
        settings.k = 2;
        settings.suppressionLimit = 0.2;
        const Evaluation e = ev.evaluate({0, 0, 0}, settings);
        QCOMPARE(e.recordsBelowK, 10u);
        QVERIFY(!e.satisfied);
        QCOMPARE(e.suppressedRecords, 0u);
        QCOMPARE(e.risk.classes, 10u);
        QCOMPARE(e.risk.prosecutorMax, 1.0);
        QCOMPARE(e.utility.loss, 0.0);
        QCOMPARE(e.utility.discernibility, 0.1);
        // unweighted: expected re-identifications equal the classes
        QCOMPARE(e.risk.expectedReidentifications, 10.0);
        // everything at "*": one class of 10, no loss of records, every value lost
        const Evaluation top = ev.evaluate({2, 2, 1}, settings);
        QVERIFY(top.satisfied);
        QCOMPARE(top.risk.classes, 1u);
        QCOMPARE(top.utility.loss, 1.0);
        QCOMPARE(top.utility.precisionLoss, 1.0);
        QCOMPARE(top.utility.nuEntropy, 1.0);
        QCOMPARE(top.utility.discernibility, 1.0);
        // k above N with a full limit: all suppressed
        settings.k = 11;
        settings.suppressionLimit = 1.0;
        const Evaluation all = ev.evaluate({2, 2, 1}, settings);
        QVERIFY(all.satisfied);
        QCOMPARE(all.suppressedRecords, 10u);
        QCOMPARE(all.risk.classes, 0u);
        QCOMPARE(all.risk.minClassSize, 0u);
        QCOMPARE(all.risk.prosecutorMax, 0.0);
        QCOMPARE(all.utility.loss, 1.0);
        QCOMPARE(all.utility.suppressionRate, 1.0);
    }

    void validation()
    {
        const Setup s = load("tiny/tiny.csv", "tiny", {"age", "zip", "sex"});
        const BaseTable t = baseTable(s);
        Evaluator ev(t);
        QVERIFY(!ev.validate({3, 0, 0}, {}).ok());
        QCOMPARE(ev.validate({0, 0, 2}, {}).error().column, std::string("sex"));
        QVERIFY(!ev.validate({0, 0}, {}).ok());
        PrivacySettings bad;
        bad.suppressionLimit = 1.5;
        QVERIFY(!ev.validate({0, 0, 0}, bad).ok());
    }

    // Every transformation of a real dataset against the raw-row reference.
    void againstReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QStringList>("qis");
        QTest::addColumn<QString>("weight");
        QTest::newRow("adult 4 QIs")
            << "adult/adult.csv"
            << "adult" << QStringList{"age", "sex", "race", "education"} << "";
        QTest::newRow("fars 4 QIs")
            << "fars/fars_subset.csv"
            << "fars" << QStringList{"iage", "isex", "irace", "istatenum"} << "";
        QTest::newRow("sdc weighted")
            << "sdc/sdc_testdata.csv"
            << "sdc" << QStringList{"urbrur", "water", "sex", "age"} << "sampling_weight";
    }
    void againstReference()
    {
        QFETCH(QString, file);
        QFETCH(QString, dir);
        QFETCH(QStringList, qis);
        QFETCH(QString, weight);
        std::vector<std::string> names;
        for (const auto &q : qis)
            names.push_back(q.toStdString());
        const Setup s = load(file.toStdString(), dir.toStdString(), names);
        std::optional<std::size_t> w;
        if (!weight.isEmpty())
            w = *s.data.columnIndex(weight.toStdString());
        const BaseTable t = baseTable(s, w);
        QCOMPARE(t.records(), s.data.rowCount);
        Evaluator ev(t);
        // a spread of transformations and settings: every level combination would be slow here
        std::vector<int> levels(names.size(), 0);
        SeededRandom rng(7);
        for (int trial = 0; trial < 12; ++trial) {
            for (std::size_t q = 0; q < names.size(); ++q)
                levels[q] = static_cast<int>(
                    rng.below(static_cast<std::uint64_t>(s.hierarchies[q].height() + 1)));
            PrivacySettings settings;
            settings.k = 1 + rng.below(10);
            settings.suppressionLimit =
                trial % 3 == 0 ? 1.0 : 0.01 * static_cast<double>(rng.below(10));
            const Evaluation fast = ev.evaluate(levels, settings);
            const Evaluation slow = referenceEvaluation(s.data, s.columns, s.hierarchies, levels,
                                                        settings, w ? static_cast<int>(*w) : -1);
            test::compareEvaluations(fast, slow);
        }
    }

    // A BaseTable large enough to be split among cores, and classes enough to be hashed in parts.
    void largeGeneratedDataAgainstReference()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("customers.csv").toStdString();
        QVERIFY(generateCustomers(path, 80000, 3).ok());
        auto d = readCsv(path);
        QVERIFY(d.ok());
        Setup s;
        s.data = std::move(*d);
        for (const char *name : {"date_of_birth", "gender", "postcode", "municipality"}) {
            const auto c = *s.data.columnIndex(name);
            s.columns.push_back(c);
            const Column &col = s.data.columns[c];
            s.hierarchies.push_back(col.type == ValueType::Date ? *buildDateHierarchy(col)
                                    : col.type == ValueType::Postcode
                                        ? *buildMaskingHierarchy(col)
                                        : buildValueOrSuppressedHierarchy(col));
        }
        const BaseTable t = baseTable(s);
        QVERIFY(t.size() > 65536);
        Evaluator ev(t);
        PrivacySettings settings;
        settings.k = 3;
        settings.suppressionLimit = 0.5;
        int withSuppression = 0;
        for (const std::vector<int> &levels :
             {std::vector<int>{0, 0, 0, 0}, std::vector<int>{1, 0, 1, 0},
              std::vector<int>{2, 0, 3, 0}, std::vector<int>{2, 1, 4, 1},
              std::vector<int>{1, 0, 2, 0}}) {
            const Evaluation fast = ev.evaluate(levels, settings);
            test::compareEvaluations(
                fast, referenceEvaluation(s.data, s.columns, s.hierarchies, levels, settings, -1));
            if (fast.suppressedRecords > 0 && fast.risk.classes > 1024)
                ++withSuppression;
        }
        QVERIFY(withSuppression >= 1);
        // the same numbers again: nothing carries over from one evaluation to the next
        const Evaluation again = ev.evaluate({1, 0, 1, 0}, settings);
        test::compareEvaluations(again, referenceEvaluation(s.data, s.columns, s.hierarchies,
                                                      {1, 0, 1, 0}, settings, -1));
    }

    // The engine's parallel parts (reading the file, building the BaseTable, grouping on every
    // core, counting the class sizes, the ladder's sort) with 1, 2 and 8 threads: every figure
    // bit for bit the same (weights are added in floating point, where a split that followed
    // the threads would change the last digits), and the totals those of the raw rows.
    void resultsDoNotDependOnTheThreads()
    {
        struct RestoreThreads
        {
            std::size_t n = workerCount();
            ~RestoreThreads() { setWorkerCount(n); }
        } restore;
        QTemporaryDir dir;
        const std::string path = dir.filePath("customers.csv").toStdString();
        QVERIFY(generateCustomers(path, 200000, 11).ok());
        const std::vector<std::vector<int>> lattice = {
            {0, 0, 0, 0}, {1, 0, 1, 0}, {2, 0, 3, 0}, {2, 1, 4, 1},
            {3, 0, 2, 0}, {1, 1, 2, 1}, {3, 1, 4, 0}, {2, 0, 1, 1}};
        PrivacySettings settings;
        settings.k = 3;
        settings.suppressionLimit = 0.3;
        struct Run
        {
            Setup s;
            std::size_t weight = 0;
            std::optional<BaseTable> table;
            std::optional<BaseTable> coarse; // few combinations, each in every slice
            std::vector<Evaluation> evaluations;
            std::vector<ClassTable> groupings;
            std::vector<std::vector<UniquenessStep>> ladders;
        };
        std::vector<Run> runs;
        for (const std::size_t threads : {1u, 2u, 8u}) {
            setWorkerCount(threads);
            Run run;
            auto d = readCsv(path);
            QVERIFY(d.ok());
            run.s.data = std::move(*d);
            for (const char *name : {"date_of_birth", "gender", "postcode", "municipality"}) {
                const auto c = *run.s.data.columnIndex(name);
                run.s.columns.push_back(c);
                const Column &col = run.s.data.columns[c];
                run.s.hierarchies.push_back(col.type == ValueType::Date ? *buildDateHierarchy(col)
                                            : col.type == ValueType::Postcode
                                                ? *buildMaskingHierarchy(col)
                                                : buildValueOrSuppressedHierarchy(col));
            }
            // the monthly amounts (cents) as the sampling weights
            run.weight = *run.s.data.columnIndex("monthly_amount");
            run.table.emplace(baseTable(run.s, run.weight));
            Setup coarse;
            coarse.data = run.s.data; // (a copy: the gender and municipality only)
            coarse.columns = {run.s.columns[1], run.s.columns[3]};
            coarse.hierarchies = {run.s.hierarchies[1], run.s.hierarchies[3]};
            run.coarse.emplace(baseTable(coarse, run.weight));
            Evaluator ev(*run.table);
            for (std::vector<int> levels : lattice) {
                for (std::size_t q = 0; q < levels.size(); ++q)
                    levels[q] = std::min(levels[q], run.s.hierarchies[q].height());
                run.evaluations.push_back(ev.evaluate(levels, settings));
                ClassTable classes;
                ev.group(levels, classes);
                run.groupings.push_back(std::move(classes));
                auto ladder = uniquenessLadderAt(ev, {0, 1, 2, 3}, levels);
                QVERIFY(ladder);
                run.ladders.push_back(std::move(*ladder));
            }
            runs.push_back(std::move(run));
        }

        // the raw rows: records, the sum of the weights, the distinct combinations
        const Run &one = runs.front();
        const Dataset &data = one.s.data;
        QCOMPARE(data.rowCount, std::size_t(200000));
        const Column &w = data.columns[one.weight];
        double rawWeight = 0;
        std::set<std::vector<std::string>> distinct;
        for (std::size_t row = 0; row < data.rowCount; ++row) {
            rawWeight += w.numbers[w.codes.at(row)];
            std::vector<std::string> key;
            for (const std::size_t c : one.s.columns)
                key.emplace_back(data.columns[c].text(data.columns[c].codes.at(row)));
            distinct.insert(std::move(key));
        }
        QCOMPARE(one.table->size(), distinct.size());
        QVERIFY(one.table->size() > 2 * 65536); // split into parts, and grouped by hash
        double tableWeight = 0;
        for (const double x : one.table->weights())
            tableWeight += x;
        QVERIFY(std::fabs(tableWeight - rawWeight) <= 1e-9 * rawWeight);
        test::compareEvaluations(one.evaluations[1],
                           referenceEvaluation(data, one.s.columns, one.s.hierarchies,
                                               one.evaluations[1].levels, settings,
                                               static_cast<int>(one.weight)));

        const auto sameDoubles = [](std::span<const double> a, std::span<const double> b) {
            return a.size() == b.size() &&
                   (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
        };
        for (std::size_t r = 1; r < runs.size(); ++r) {
            const Run &other = runs[r];
            // the file read the same
            for (std::size_t c = 0; c < data.columns.size(); ++c)
                for (std::size_t row = 0; row < data.rowCount; row += 7)
                    QCOMPARE(other.s.data.columns[c].codes.at(row), data.columns[c].codes.at(row));
            // the same combinations, in the same order, with the same weights to the last bit
            const BaseTable &a = *one.table, &b = *other.table;
            QCOMPARE(b.size(), a.size());
            QVERIFY(std::ranges::equal(b.counts(), a.counts()));
            QVERIFY(sameDoubles(b.weights(), a.weights()));
            QVERIFY(std::ranges::equal(b.combinationOfRecord(), a.combinationOfRecord()));
            for (std::size_t q = 0; q < a.qiCount(); ++q)
                QVERIFY(std::ranges::equal(b.leaves(q), a.leaves(q)));
            QCOMPARE(other.coarse->size(), one.coarse->size());
            QVERIFY(std::ranges::equal(other.coarse->counts(), one.coarse->counts()));
            QVERIFY(sameDoubles(other.coarse->weights(), one.coarse->weights()));
            for (std::size_t i = 0; i < lattice.size(); ++i) {
                const Evaluation &x = one.evaluations[i], &y = other.evaluations[i];
                QCOMPARE(y.levels, x.levels);
                QCOMPARE(y.suppressedRecords, x.suppressedRecords);
                QCOMPARE(y.risk.classes, x.risk.classes);
                QCOMPARE(y.risk.sampleUniques, x.risk.sampleUniques);
                QCOMPARE(y.keptRecordsByClassSize, x.keptRecordsByClassSize);
                const double xs[] = {x.risk.averageClassSize, x.risk.recordsAtRisk,
                                     x.risk.expectedReidentifications, x.risk.globalRisk,
                                     x.risk.maxIndividualRisk, x.utility.loss,
                                     x.utility.precisionLoss, x.utility.discernibility,
                                     x.utility.nuEntropy};
                const double ys[] = {y.risk.averageClassSize, y.risk.recordsAtRisk,
                                     y.risk.expectedReidentifications, y.risk.globalRisk,
                                     y.risk.maxIndividualRisk, y.utility.loss,
                                     y.utility.precisionLoss, y.utility.discernibility,
                                     y.utility.nuEntropy};
                QVERIFY2(sameDoubles(xs, ys), qPrintable(QString("levels #%1").arg(i)));
                QVERIFY(sameDoubles(y.lossPerQi, x.lossPerQi));
                const ClassTable &gx = one.groupings[i], &gy = other.groupings[i];
                QCOMPARE(gy.size, gx.size);
                QCOMPARE(gy.representative, gx.representative);
                QVERIFY(sameDoubles(gy.weight, gx.weight));
                QCOMPARE(other.ladders[i].size(), one.ladders[i].size());
                for (std::size_t j = 0; j < one.ladders[i].size(); ++j) {
                    QCOMPARE(other.ladders[i][j].uniqueRecords, one.ladders[i][j].uniqueRecords);
                    QCOMPARE(other.ladders[i][j].classes, one.ladders[i][j].classes);
                }
            }
        }
    }

    void baseTableCountsCombinations()
    {
        const Setup s = load("adult/adult.csv", "adult", {"sex", "race"});
        const BaseTable t = baseTable(s);
        QCOMPARE(t.size(), std::size_t(10)); // 2 sexes x 5 races, all present
        std::uint64_t total = 0;
        for (auto c : t.counts())
            total += c;
        QCOMPARE(total, 30162u);
    }

    // Many quasi-identifiers with large domains force the key renumbering between groups.
    void wideKeysAreRenumbered()
    {
        const Setup s = load("adult/adult.csv", "adult",
                             {"age", "education", "marital-status", "native-country", "occupation",
                              "race", "sex", "workclass", "salary-class"});
        const BaseTable t = baseTable(s);
        Evaluator ev(t);
        const std::vector<int> levels = {1, 1, 0, 1, 0, 0, 0, 1, 0};
        PrivacySettings settings;
        settings.k = 5;
        settings.suppressionLimit = 0.02;
        test::compareEvaluations(
            ev.evaluate(levels, settings),
            referenceEvaluation(s.data, s.columns, s.hierarchies, levels, settings, -1));
    }

    void uniquenessLadderByHand()
    {
        auto d = readCsv(dataPath("tiny/tiny.csv"));
        QVERIFY(d.ok());
        auto steps = uniquenessLadder(
            *d, {*d->columnIndex("zip"), *d->columnIndex("sex"), *d->columnIndex("age")});
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), std::size_t(3));
        QCOMPARE((*steps)[0].attribute, std::string("zip"));
        QCOMPARE((*steps)[0].uniqueShare, 0.0);
        QCOMPARE((*steps)[1].uniqueShare, 0.4);
        QCOMPARE((*steps)[1].uniqueRecords, 4u);
        QCOMPARE((*steps)[1].classes, 7u);
        QCOMPARE((*steps)[2].uniqueShare, 1.0);
    }

    void weightsMustBePositive()
    {
        auto d = readCsv(dataPath("tiny/tiny.csv"));
        QVERIFY(d.ok());
        // age is numeric but fine; sex is not numeric: its values are not weights
        std::vector<QuasiIdentifier> qis = {
            {*d->columnIndex("zip"), buildValueOrSuppressedHierarchy(d->columns[1])}};
        auto t = BaseTable::build(*d, qis, *d->columnIndex("sex"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.find("positive number") != std::string::npos);
    }

    void cancelledBuild()
    {
        auto d = readCsv(dataPath("adult/adult.csv"));
        std::atomic<bool> cancel{true};
        std::vector<QuasiIdentifier> qis = {{0, buildValueOrSuppressedHierarchy(d->columns[0])}};
        auto t = BaseTable::build(*d, qis, std::nullopt, &cancel);
        QVERIFY(!t.ok());
        QVERIFY(t.error().cancelled);
    }
};

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
