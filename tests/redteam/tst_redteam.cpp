// The red team: releases made by Dijkgraaf are attacked through their files alone, with an
// attacker written apart from the product (attacker.h, solving with COIN-OR CBC). Each test
// fails if a hidden cell is pinned down or bounded more narrowly than its rule demands
// (docs/measures.md, section 8). The crafted tables in tests/data/redteam/ are described in
// its README, each with the attack it is made for.
#include "io/rolesuggestions.h"
#include "attacker.h"

#include "demo/customergenerator.h"
#include "demo/phoneeventgenerator.h"
#include "project/configurationjson.h"
#include "project/project.h"
#include "io/csvreader.h"
#include "publish/audit.h"
#include "publish/approval.h"
#include "testutil.h"
#include "releasecheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <cmath>
#include <numeric>
#include <set>

using namespace dijkgraaf;

namespace {

// A release made and published as a steward would, into a folder; then only its files.
struct PublishedRelease
{
    test::Scratch scratch;
    Dataset data;
    Configuration config;
    Publication publication;
    QString folder;
    std::vector<redteam::PublishedTable> tables;
    std::vector<QByteArray> files;

    explicit PublishedRelease(const std::string &path) : data(std::move(*readCsv(path)))
    {
        config = suggestedConfiguration(data);
        for (auto &a : config.attributes)
            a.role = AttributeRole::Insensitive;
    }
    void role(const char *column, AttributeRole r, HierarchySpec h = {})
    {
        auto &a = config.attributes[*data.columnIndex(column)];
        a.role = r;
        a.hierarchy = h;
    }
    PublishedTable &table(const std::string &name, std::vector<DimensionSpec> dims)
    {
        PublishedTable t;
        t.spec.name = name;
        t.spec.dimensions = std::move(dims);
        t.spec.margins = true;
        publication.tables.push_back(t);
        return publication.tables.back();
    }
    // the project: its approvals stay, so that a second release follows the first
    Project project;
    // the data of the next release (the same columns, other rows)
    void nextData(const std::string &path) { data = std::move(*readCsv(path)); }
    // approves and publishes; empty, or the refusal when the release is refused
    QString publish(const char *time = "2026-12-01T10:00:00Z")
    {
        project.sourcePath = data.sourcePath;
        project.sourceSha256 = *fileSha256(data.sourcePath);
        project.configuration = configurationToJson(config, data);
        project.publication = publicationToJson(publication);
        ApprovalRequest r;
        r.name = "Red Team";
        r.inputSha256 = project.sourceSha256;
        r.time = time;
        auto a = approveRelease(project, data, config, publication, r);
        if (!a)
            return QString::fromStdString(a.error().text());
        folder = scratch.path(QString("release-%1").arg(project.approvals.size()));
        auto written = publishApproved(project, project.sourceSha256, folder.toStdString());
        if (!written)
            return QString::fromStdString(written.error().text());
        test::collectReleaseFolder(folder);
        tables.clear();
        files.clear();
        for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
            QFile f(QDir(folder).filePath(name));
            f.open(QIODevice::ReadOnly);
            files.push_back(f.readAll());
            if (name.endsWith(".csv"))
                tables.push_back(redteam::readPublishedCsv(name, files.back()));
        }
        return {};
    }
};

// The true cell of a published one, counted from the raw rows by the test itself.
struct Truth
{
    std::uint64_t records = 0;
    std::set<QString> subjects;
    std::map<QString, double> bySubject; // a sum per contributor
    double sum = 0;
};

// what the published label of a dimension is for one raw row
using LabelOf = std::function<QString(const QStringList &row, const QString &dimension)>;

Truth truthOf(const QString &csvPath, const redteam::PublishedTable &t, std::size_t c,
              const LabelOf &label, const QString &subject, const QString &amount, double lo,
              double hi)
{
    QFile f(csvPath);
    f.open(QIODevice::ReadOnly);
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(',');
    Truth truth;
    while (!f.atEnd()) {
        const QStringList row = QString::fromUtf8(f.readLine()).trimmed().split(',');
        bool match = true;
        for (qsizetype d = 0; d < t.dimensions.size() && match; ++d) {
            const QString &l = t.cells[c].labels[d];
            match = l == "Total" || l == label(row, t.dimensions[d]);
        }
        if (!match)
            continue;
        ++truth.records;
        const QString who = subject.isEmpty() ? QString::number(truth.records) : row[header.indexOf(subject)];
        truth.subjects.insert(who);
        if (!amount.isEmpty()) {
            const double v = std::clamp(row[header.indexOf(amount)].toDouble(), lo, hi);
            truth.sum += v;
            truth.bySubject[who] += v;
        }
    }
    return truth;
}

// how many listed inner cells a cell covers (a listed cell holds a record: the structure
// alone tells a total holds at least this many)
std::size_t listedBelow(const redteam::PublishedTable &t, std::size_t c)
{
    if (!t.cells[c].labels.contains("Total"))
        return 1;
    std::size_t n = 0;
    for (const auto &o : t.cells) {
        if (o.labels.contains("Total"))
            continue;
        bool match = true;
        for (qsizetype d = 0; d < o.labels.size() && match; ++d)
            match = t.cells[c].labels[d] == "Total" || t.cells[c].labels[d] == o.labels[d];
        n += match;
    }
    return n;
}

struct Rules
{
    std::uint64_t threshold = 5;
    double sumRangePercent = 10;
    double p = 0; // p% rule, 0: none
};

// Every hidden figure against what its rule demands; returns the first breach in words.
QString breaches(const PublishedRelease &r, const std::vector<redteam::HiddenFigure> &found,
                 const LabelOf &label, const QString &subject, const QString &amount, double lo,
                 double hi, const Rules &rules)
{
    for (const auto &h : found) {
        const auto &t = r.tables[h.table];
        const QString fig = t.figures[h.figure];
        const auto iv = h.interval;
        const QString where = t.file + " " + t.cells[h.cell].labels.join("/") + " " + fig +
                              QString(" in [%1, %2]").arg(iv.lower).arg(iv.upper);
        const bool count = fig == "records" || fig == "subjects";
        if (count ? iv.upper - iv.lower < 1 - 1e-6 : iv.upper - iv.lower < 1e-6)
            return "pinned: " + where;
        const Truth truth = truthOf(QString::fromStdString(r.data.sourcePath), t, h.cell, label,
                                    subject, amount, lo, hi);
        const bool small = truth.subjects.size() < rules.threshold;
        const bool contributors = fig == (subject.isEmpty() ? "records" : "subjects");
        if (small && contributors) {
            const double floor = fig == "records" ? std::max<double>(1, listedBelow(t, h.cell)) : 1;
            if (iv.lower > floor + 1e-6 || iv.upper < static_cast<double>(rules.threshold) - 1e-6)
                return QString("a small cell (%1) told from a safe one: ").arg(truth.subjects.size()) + where;
        }
        if (fig.startsWith("sum_of_")) {
            if (small) {
                const double range = std::max(1.0, rules.sumRangePercent / 100 * truth.sum);
                if (iv.lower > truth.sum - range + 1e-6 || iv.upper < truth.sum + range - 1e-6)
                    return QString("the sum of a small cell (%1) too narrow: ").arg(truth.sum) + where;
            }
            if (rules.p > 0) {
                std::vector<double> v;
                for (const auto &[who, x] : truth.bySubject)
                    v.push_back(x);
                std::sort(v.rbegin(), v.rend());
                const double x1 = v.empty() ? 0 : v[0], x2 = v.size() > 1 ? v[1] : 0;
                if (truth.sum - x1 - x2 < rules.p / 100 * x1) {
                    // the second largest knows x2: from the upper bound he estimates the
                    // largest as upper - x2, which must be off by at least p % of it
                    if (iv.upper - x2 - x1 < rules.p / 100 * x1 - 1e-6)
                        return QString("the largest contribution %1 estimated within %2 %: ")
                                   .arg(x1)
                                   .arg(rules.p) +
                               where;
                }
            }
        }
    }
    return {};
}

// What the attacker of linked.csv knows beyond the files: the bounds of an amount, and that a
// year falls in its decade ("1942" in "1940-1949")
redteam::Knowledge yearsAndDecades()
{
    redteam::Knowledge k;
    k.bounds["sum_of_amount"] = {0, 60};
    k.coarsen = [](const QString &fine, const QString &label,
                   const QString &coarse) -> std::optional<QString> {
        if (fine != "year" || coarse != "year" || label.contains('-'))
            return std::nullopt;
        const int y = label.toInt() / 10 * 10;
        return QString("%1-%2").arg(y).arg(y + 9);
    };
    return k;
}

QString column(const QStringList &row, const char *name, const QString &csvHeader)
{
    return row[csvHeader.split(',').indexOf(name)];
}

} // namespace

class TestRedTeam : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_ledger;


private slots:
    // the metadata of every release the attacks read (tests/releasecheck.h)
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

    // Emmen's row: Basic 5, Plus 1, Premium 1. Hiding Plus and Premium with the row total 7
    // published leaves Plus + Premium = 2, and since a listed cell is not empty, both are 1.
    void existenceOfAListedCell()
    {
        PublishedRelease r(test::dataPath("redteam/existence.csv"));
        r.table("Customers by municipality and contract", {{"municipality"}, {"contract"}});
        QVERIFY2(r.publish().isEmpty(), qPrintable(r.publish()));
        const auto found = redteam::attack(r.tables, {});
        QVERIFY(found.size() >= 4);
        const LabelOf label = [](const QStringList &row, const QString &d) {
            return d == "municipality" ? row[0] : row[1];
        };
        const QString breach = breaches(r, found, label, {}, {}, 0, 0, {});
        QVERIFY2(breach.isEmpty(), qPrintable(breach));
    }

    // The status column and every file say "hidden", never why.
    void noFileTellsWhyACellIsHidden()
    {
        PublishedRelease r(test::dataPath("redteam/existence.csv"));
        r.table("Customers by municipality and contract", {{"municipality"}, {"contract"}});
        QVERIFY(r.publish().isEmpty());
        for (const auto &t : r.tables)
            for (const auto &c : t.cells)
                QVERIFY2(c.status == "published" || c.status == "hidden", qPrintable(c.status));
        for (const QByteArray &f : r.files)
            for (const char *word : {"hidden-secondary", "to protect another", "to protect others", "\"reason\""})
                QVERIFY2(!f.contains(word), word);
    }

    // A birth year and its decade in one release: each decade cell is the sum of its ten
    // years, so hidden years next to a published decade are worked out by subtraction.
    void linkedTablesOfOneRelease()
    {
        PublishedRelease r(test::dataPath("redteam/linked.csv"));
        r.role("year", AttributeRole::QuasiIdentifier, {HierarchySpec::Kind::Interval, {10}});
        auto &years = r.table("Customers by region and year", {{"region"}, {"year", 0}});
        years.spec.measures = {{MeasureSpec::Kind::Sum, "amount", 0, 60}};
        auto &decades = r.table("Customers by region and decade", {{"region"}, {"year", 1}});
        decades.spec.measures = {{MeasureSpec::Kind::Sum, "amount", 0, 60}};
        const QString refused = r.publish();
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QCOMPARE(r.tables.size(), std::size_t(2));
        for (const auto &t : r.tables) {
            std::size_t hidden = 0;
            for (std::size_t c = 0; c < t.cells.size(); ++c)
                hidden += t.isHidden(c);
            qInfo("%s: %zu of %zu cells hidden", qPrintable(t.file), hidden, t.cells.size());
        }
        const redteam::Knowledge k = yearsAndDecades();
        auto found = redteam::attack(r.tables, k);
        QVERIFY(!found.empty());
        // year labels are years in one table and decades in the other: judge each cell by
        // its own table's labels
        for (auto &h : found) {
            const auto &t = r.tables[h.table];
            const bool byDecade = t.cells.front().labels[1].contains('-');
            const LabelOf l = [&](const QStringList &row, const QString &d) {
                if (d == "region")
                    return row[0];
                const int y = row[1].toInt() / 10 * 10;
                return byDecade ? QString("%1-%2").arg(y).arg(y + 9) : row[1];
            };
            const QString breach = breaches(r, {h}, l, {}, "amount", 0, 60, {});
            QVERIFY2(breach.isEmpty(), qPrintable(breach));
        }
    }

    // Distinct phones per area, day and home country: subject counts are published and audited
    // too (a phone has one home country, so they add up along it).
    void subjectCounts()
    {
        PublishedRelease r(test::dataPath("redteam/subjects.csv"));
        r.role("phone", AttributeRole::SubjectId);
        r.table("Phones by area, day and country", {{"area"}, {"day"}, {"home_country"}});
        const QString refused = r.publish();
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QVERIFY(r.tables[0].figure("subjects") >= 0);
        redteam::Knowledge k;
        k.subjectPartitioning = {"home_country"};
        const auto found = redteam::attack(r.tables, k);
        QVERIFY(!found.empty());
        const LabelOf label = [](const QStringList &row, const QString &d) {
            return d == "area" ? row[1] : d == "day" ? row[2] : row[3];
        };
        const QString breach = breaches(r, found, label, "phone", {}, 0, 0, {});
        QVERIFY2(breach.isEmpty(), qPrintable(breach));
    }

    // (Retail, North): turnovers 100, 20, 3, 2, 1. Under the p% rule with p = 30 the second
    // largest firm, knowing its own 20, must not estimate the largest within 30 %.
    void pPercentInsider()
    {
        PublishedRelease r(test::dataPath("redteam/ppercent.csv"));
        r.role("firm", AttributeRole::SubjectId);
        auto &t = r.table("Turnover by sector and region", {{"sector"}, {"region"}});
        t.spec.measures = {{MeasureSpec::Kind::Sum, "turnover", 0, 1000}};
        t.protection.rules.threshold = 3;
        t.protection.rules.pPercent = true;
        t.protection.rules.p = 30;
        const QString refused = r.publish();
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        redteam::Knowledge k;
        k.bounds["sum_of_turnover"] = {0, 1000};
        const auto found = redteam::attack(r.tables, k);
        const LabelOf label = [](const QStringList &row, const QString &d) {
            return d == "sector" ? row[1] : row[2];
        };
        bool attackedTheCell = false;
        for (const auto &h : found)
            attackedTheCell = attackedTheCell || r.tables[h.table].cells[h.cell].labels ==
                                                     QStringList{"Retail", "North"};
        QVERIFY(attackedTheCell);
        Rules rules;
        rules.threshold = 3;
        rules.p = 30;
        const QString breach = breaches(r, found, label, "firm", "turnover", 0, 1000, rules);
        QVERIFY2(breach.isEmpty(), qPrintable(breach));
    }

    // Integer parity: a 4 x 4 x 4 table (tests/data/redteam/parity.csv) whose small cells and
    // dominated cells are hidden, every total published. By the table's margins, an attacker
    // who reasons with fractions of records can move (a1, b4, c1), 3 records, anywhere from 1
    // to 5; in whole numbers it cannot go below 2, so it is told from a cell of 1. Shown here
    // by the red team's own solver both ways; then the product's audit of that pattern must
    // pass it in the relaxation and fail it in whole numbers, and the product's release of
    // the table must hold against whole numbers.
    void integerParity()
    {
        const QString path = QString::fromStdString(test::dataPath("redteam/parity.csv"));
        // the pattern, as if published: from the raw rows
        std::map<QStringList, std::vector<double>> amounts;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            f.readLine();
            while (!f.atEnd()) {
                const QStringList row = QString::fromUtf8(f.readLine()).trimmed().split(',');
                for (int mask = 0; mask < 8; ++mask) {
                    QStringList key;
                    for (int d = 0; d < 3; ++d)
                        key << ((mask >> d) & 1 ? QString("Total") : row[d]);
                    amounts[key].push_back(row[3].toDouble());
                }
            }
        }
        redteam::PublishedTable pattern;
        pattern.file = "parity (the primary cells)";
        pattern.dimensions = {"a", "b", "c"};
        pattern.figures = {"records"};
        for (const auto &[labels, values] : amounts) {
            const double sum = std::accumulate(values.begin(), values.end(), 0.0);
            const bool small = values.size() < 5;
            const bool dominated = *std::max_element(values.begin(), values.end()) > 0.85 * sum;
            const bool hidden = !labels.contains("Total") && (small || dominated);
            pattern.cells.push_back({labels, {hidden ? std::nullopt : std::optional<double>(values.size())},
                                     hidden ? "hidden" : "published"});
        }
        auto intervalOf = [&](bool fractions) {
            redteam::Knowledge k;
            k.fractions = fractions;
            for (const auto &h : redteam::attack({pattern}, k))
                if (pattern.cells[h.cell].labels == QStringList{"a1", "b4", "c1"})
                    return std::pair(h.interval.lower, h.interval.upper);
            return std::pair(-1.0, -1.0);
        };
        QCOMPARE(intervalOf(true), std::pair(1.0, 5.0));
        QCOMPARE(intervalOf(false), std::pair(2.0, 5.0));

        // the product's audit of the same pattern: 2 in whole numbers, 1 in the relaxation
        auto data = readCsv(path.toStdString());
        QVERIFY(bool(data));
        TableSpec spec;
        spec.dimensions = {{"a"}, {"b"}, {"c"}};
        spec.measures = {{MeasureSpec::Kind::Sum, "amount", 0, 1000}};
        spec.margins = true;
        auto table = buildAggregate(*data, spec, {}, std::nullopt);
        QVERIFY(bool(table));
        TableRules rules;
        rules.dominance = true;
        rules.dominanceN = 1;
        rules.dominanceK = 85;
        AuditTable a{&*table, {}, rules};
        std::size_t target = table->cells.size();
        for (std::size_t c = 0; c < table->cells.size(); ++c) {
            const AggregateCell &cell = table->cells[c];
            const bool hidden = !cell.isMargin() &&
                                (cell.contributors < 5 || cell.largest[0].front() > 0.85 * cell.sums[0]);
            a.state.push_back(hidden ? CellState::Primary : CellState::Published);
            if (!cell.isMargin() && table->dimensions[0].labels[cell.labels[0]] == "a1" &&
                table->dimensions[1].labels[cell.labels[1]] == "b4" &&
                table->dimensions[2].labels[cell.labels[2]] == "c1")
                target = c;
        }
        QVERIFY(target < table->cells.size());
        auto auditLowest = [&](bool wholeNumbers) {
            AuditOptions o;
            o.wholeNumbers = wholeNumbers;
            const AuditResult res = auditTables({a}, o).front();
            for (const AuditFinding &f : res.findings)
                if (f.cell == target && f.figure == "records")
                    return std::pair(f.lower, f.protectedEnough);
            return std::pair(-1.0, true);
        };
        QCOMPARE(auditLowest(false), std::pair(1.0, true));
        QCOMPARE(auditLowest(true), std::pair(2.0, false)); // it cannot reach 1: too exposed

        // and the release as the product makes it holds against whole numbers
        PublishedRelease r(path.toStdString());
        auto &t = r.table("Records by a, b and c", {{"a"}, {"b"}, {"c"}});
        t.spec.measures = spec.measures;
        t.protection.rules = rules;
        const QString refused = r.publish();
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        redteam::Knowledge k;
        k.bounds["sum_of_amount"] = {0, 1000};
        const LabelOf label = [](const QStringList &row, const QString &d) {
            return row[d == "a" ? 0 : d == "b" ? 1 : 2];
        };
        const QString breach = breaches(r, redteam::attack(r.tables, k), label, {}, "amount", 0, 1000, {});
        QVERIFY2(breach.isEmpty(), qPrintable(breach));
    }

    // Publish, add one customer (Delft, Plus, 187.45), publish again: differencing the two
    // releases must not show where she is or what she pays. The attacker works out every hidden
    // cell of each release from its own files, then the change of every cell: published in
    // both, exactly; otherwise between the lowest now less the highest then and the other way
    // round (nothing else ties two populations together).
    void twoReleasesWithOneRecordAdded()
    {
        PublishedRelease r(test::dataPath("redteam/overtime.csv"));
        auto &t = r.table("Customers by municipality and contract", {{"municipality"}, {"contract"}});
        t.spec.measures = {{MeasureSpec::Kind::Sum, "amount", 0, 500}};
        QVERIFY2(r.publish("2026-11-01T10:00:00Z").isEmpty(), "the first release is refused");
        const std::vector<redteam::PublishedTable> before = r.tables;
        r.nextData(test::dataPath("redteam/overtime-next.csv"));
        const QString refused = r.publish("2026-12-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const std::vector<redteam::PublishedTable> after = r.tables;
        QCOMPARE(after.size(), std::size_t(1));

        redteam::Knowledge k;
        k.bounds["sum_of_amount"] = {0, 500};
        auto intervals = [&](const std::vector<redteam::PublishedTable> &tables) {
            std::map<std::pair<QString, int>, redteam::Interval> out; // (cell, figure)
            for (std::size_t c = 0; c < tables[0].cells.size(); ++c)
                for (int f = 0; f < tables[0].figures.size(); ++f)
                    if (const auto v = tables[0].cells[c].figures[static_cast<std::size_t>(f)])
                        out[{tables[0].cells[c].labels.join('/'), f}] = {*v, *v};
            for (const auto &h : redteam::attack(tables, k))
                out[{tables[0].cells[h.cell].labels.join('/'), h.figure}] = h.interval;
            return out;
        };
        const auto then = intervals(before), now = intervals(after);
        const int records = after[0].figure("records"), sum = after[0].figure("sum_of_amount");
        QVERIFY(records >= 0 && sum >= 0);
        // the cells that hold her: Delft/Plus and the totals of Delft, of Plus, and all
        int checked = 0;
        for (const QString cell : {"Delft/Plus", "Delft/Total", "Total/Plus", "Total/Total"}) {
            QVERIFY2(then.count({cell, records}) && now.count({cell, records}), qPrintable(cell));
            const auto a = then.at({cell, records}), b = now.at({cell, records});
            const double low = b.lower - a.upper, high = b.upper - a.lower;
            // a change of one customer must not be told from none, nor from a safe five
            QVERIFY2(low <= 0 + 1e-6 && high >= 5 - 1e-6,
                     qPrintable(QString("%1: the change of records lies in [%2, %3]").arg(cell).arg(low).arg(high)));
            const auto as = then.at({cell, sum}), bs = now.at({cell, sum});
            const double slow = bs.lower - as.upper, shigh = bs.upper - as.lower;
            QVERIFY2(slow <= 187.45 * 0.9 + 1e-6 && shigh >= 187.45 * 1.1 - 1e-6,
                     qPrintable(QString("%1: the change of the amount lies in [%2, %3]").arg(cell).arg(slow).arg(shigh)));
            ++checked;
        }
        QCOMPARE(checked, 4);
        // and nowhere else does a published count move by fewer than the threshold
        for (const auto &[key, b] : now) {
            if (key.second != records || !then.count(key))
                continue;
            const auto a = then.at(key);
            if (a.lower == a.upper && b.lower == b.upper) {
                const double change = std::abs(b.lower - a.lower);
                QVERIFY2(change == 0 || change >= 5,
                         qPrintable(QString("%1 moved by %2").arg(key.first).arg(change)));
            }
        }
    }

    // A small cell whose customers all leave: Delft, Premium holds 2 and is hidden; then both
    // leave. A table lists only cells that hold records, so if the cell were simply gone the
    // next release would tell that both left. It must stay listed (hidden), and the attacker,
    // who knows that a cell listed before is listed again, must not tell it empty from one
    // that still holds a few.
    void aCellWhoseCustomersAllLeft()
    {
        PublishedRelease r(test::dataPath("redteam/vanish.csv"));
        r.table("Customers by municipality and contract", {{"municipality"}, {"contract"}}).spec.measures = {
            {MeasureSpec::Kind::Sum, "amount", 0, 500}};
        QVERIFY2(r.publish("2026-11-01T10:00:00Z").isEmpty(), "the first release is refused");
        const redteam::PublishedTable before = r.tables.front();
        r.nextData(test::dataPath("redteam/vanish-next.csv"));
        const QString refused = r.publish("2026-12-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const redteam::PublishedTable &now = r.tables.front();
        std::optional<std::size_t> gone;
        for (std::size_t c = 0; c < now.cells.size(); ++c)
            if (now.cells[c].labels == QStringList{"Delft", "Premium"})
                gone = c;
        QVERIFY2(gone.has_value(), "Delft, Premium is no longer listed: its absence tells that both left");
        QVERIFY(now.isHidden(*gone));
        redteam::Knowledge k;
        k.bounds["sum_of_amount"] = {0, 500};
        k.mayBeEmpty = [&](std::size_t, const QStringList &labels) {
            if (labels.contains("Total"))
                return false; // every total here still holds records: the attacker may know it
            for (const auto &c : before.cells)
                if (c.labels == labels)
                    return true;
            return false;
        };
        bool checked = false;
        for (const auto &h : redteam::attack({now}, k))
            if (h.cell == *gone && now.figures[h.figure] == "records") {
                QVERIFY2(h.interval.lower <= 1e-6 && h.interval.upper >= 5 - 1e-6,
                         qPrintable(QString("Delft, Premium records in [%1, %2]").arg(h.interval.lower).arg(h.interval.upper)));
                checked = true;
            }
        QVERIFY(checked);
    }

    // The same people published twice in other layouts: region x decade first, region x year
    // a month later. A decade published then is the sum of its ten years now, so a year hidden
    // now beside published ones follows by subtraction from the earlier file, unless the second
    // release is protected and audited together with the first; and the years must not undo
    // a decade hidden then.
    void twoReleasesInOtherLayouts()
    {
        PublishedRelease r(test::dataPath("redteam/linked.csv"));
        r.role("year", AttributeRole::QuasiIdentifier, {HierarchySpec::Kind::Interval, {10}});
        r.table("Customers by region and decade", {{"region"}, {"year", 1}}).spec.measures = {
            {MeasureSpec::Kind::Sum, "amount", 0, 60}};
        QString refused = r.publish("2026-11-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        std::vector<redteam::PublishedTable> both = r.tables;
        r.publication.tables.clear();
        r.table("Customers by region and year", {{"region"}, {"year", 0}}).spec.measures = {
            {MeasureSpec::Kind::Sum, "amount", 0, 60}};
        refused = r.publish("2026-12-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QCOMPARE(r.tables.size(), std::size_t(1));
        both.push_back(r.tables.front());
        const redteam::Knowledge k = yearsAndDecades();
        const auto found = redteam::attack(both, k);
        QVERIFY(!found.empty());
        const std::vector<redteam::PublishedTable> now = r.tables;
        for (const auto &h : found) {
            const bool byDecade = h.table == 0;
            const LabelOf l = [&](const QStringList &row, const QString &d) {
                if (d == "region")
                    return row[0];
                const int y = row[1].toInt() / 10 * 10;
                return byDecade ? QString("%1-%2").arg(y).arg(y + 9) : row[1];
            };
            r.tables = both; // breaches() reads the cell's table from r
            const QString breach = breaches(r, {h}, l, {}, "amount", 0, 60, {});
            QVERIFY2(breach.isEmpty(), qPrintable(breach));
        }
    }

    // Differential privacy protects the figures, not the fact that a cell exists: a release
    // whose cells or words follow the data tells who is in it (one person in a new area gave
    // a release 30 more rows). Two releases of the phone demo, the second with one more
    // person whose events all lie outside the declared categories (an area, a country and a
    // day that are not declared): the attacker compares the two releases' files with every
    // number taken out, and searches them for the person's labels.
    void aNoisyReleaseHasTheShapeOfItsDeclarations()
    {
        // the two neighbouring worlds, each released for the first time: the file without
        // the person, and the same file with her
        test::Scratch without, with;
        const std::string path = without.path("events.csv").toStdString();
        QVERIFY(generatePhoneEvents(path, 300, 7, 3).ok());
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray more = f.readAll();
        f.close();
        more += "P9999999,2026-03-04T10:12:00,Schiermonnikoog,NL\n"
                "P9999999,2026-03-04T11:40:00,Amsterdam-Centrum,Atlantis\n"
                "P9999999,2026-03-11T09:05:00,Amsterdam-Centrum,NL\n";
        const QString next = with.path("events.csv");
        QFile g(next);
        QVERIFY(g.open(QIODevice::WriteOnly) && g.write(more) == more.size());
        g.close();
        const auto release = [&](PublishedRelease &r, const char *ledger) {
            qputenv("DIJKGRAAF_LEDGER", m_ledger->filePath(ledger).toUtf8());
            r.role("subject_id", AttributeRole::SubjectId);
            r.publication = phoneEventsDemoPublication();
            r.publication.dataset = "phone events of the red team";
            return r.publish();
        };
        PublishedRelease a(path), r(next.toStdString());
        QString refused = release(a, "without.sqlite");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        refused = release(r, "with.sqlite");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const std::vector<redteam::PublishedTable> &before = a.tables;
        const std::vector<QByteArray> &filesBefore = a.files;
        const QStringList names = QDir(a.folder).entryList(QDir::Files, QDir::Name);
        const QString folderBefore = a.folder;
        QCOMPARE(QDir(r.folder).entryList(QDir::Files, QDir::Name), names);

        // the same cells, in the same order
        QCOMPARE(r.tables.size(), before.size());
        QCOMPARE(r.tables.size(), std::size_t(2));
        for (std::size_t t = 0; t < before.size(); ++t) {
            QCOMPARE(r.tables[t].cells.size(), before[t].cells.size());
            for (std::size_t c = 0; c < before[t].cells.size(); ++c)
                QCOMPARE(r.tables[t].cells[c].labels, before[t].cells[c].labels);
        }
        // The report's chart follows the area with the largest published total: a choice made
        // from published figures alone (post-processing), so it may differ between the two
        // worlds. Checked here against the published CSV, then taken out of the comparison.
        for (const PublishedRelease *release : {&a, &r}) {
            const redteam::PublishedTable &hourly = release->tables[1]; // files listed by name
            QVERIFY(hourly.file.contains("per-hour"));
            QString busiest;
            double most = -1e300;
            for (const auto &c : hourly.cells)
                if (c.labels[0] != "Total" && c.labels[1] == "Total" && c.labels[2] == "Total" &&
                    *c.figures[static_cast<std::size_t>(hourly.figure("records"))] > most) {
                    most = *c.figures[static_cast<std::size_t>(hourly.figure("records"))];
                    busiest = c.labels[0];
                }
            bool named = false;
            for (qsizetype i = 0; i < names.size(); ++i)
                if (names[i] == "report.html")
                    named = release->files[static_cast<std::size_t>(i)].contains(
                        ("What the noise did to " + busiest).toUtf8());
            QVERIFY2(named, qPrintable(busiest));
        }
        // every file the same but for its numbers, checksums, and what the chart drew from them
        const auto shape = [](QByteArray bytes) {
            QString text = QString::fromUtf8(bytes);
            text.replace(QRegularExpression("What the noise did to [^<]*"), "What the noise did to");
            text.replace(QRegularExpression("data:image/svg\\+xml;base64,[A-Za-z0-9+/=]*"), "chart");
            text.replace(QRegularExpression("People in [^<]* per (hour|day), as published"), "People as published");
            text.replace(QRegularExpression("[0-9a-f]{64}"), "#");
            text.replace(QRegularExpression("[-+]?[0-9][0-9.,+-]*(e[-+]?[0-9]+)?"), "N");
            return text;
        };
        // a database is read as the attacker reads it: its schema and rows, as text
        const auto text = [&](const QString &folder, const QString &name, const QByteArray &bytes) {
            if (!bytes.startsWith("SQLite format 3"))
                return bytes;
            QByteArray out;
            {
                auto db = QSqlDatabase::addDatabase("QSQLITE", "attacker");
                db.setDatabaseName(QDir(folder).filePath(name));
                db.setConnectOptions("QSQLITE_OPEN_READONLY");
                if (!db.open())
                    return QByteArray("unreadable");
                QSqlQuery tables("SELECT name, sql FROM sqlite_master ORDER BY name", db);
                while (tables.next()) {
                    out += tables.value(1).toString().toUtf8() + "\n";
                    QSqlQuery rows("SELECT * FROM \"" + tables.value(0).toString() + "\"", db);
                    while (rows.next()) {
                        for (int c = 0; c < rows.record().count(); ++c)
                            out += rows.value(c).toString().toUtf8() + ";";
                        out += "\n";
                    }
                }
            }
            QSqlDatabase::removeDatabase("attacker");
            return out;
        };
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            const QString a = shape(text(folderBefore, names[i], filesBefore[at]));
            const QString b = shape(text(r.folder, names[i], r.files[at]));
            if (a != b) {
                qsizetype at = 0;
                while (at < a.size() && at < b.size() && a[at] == b[at])
                    ++at;
                QFAIL(qPrintable(QString("%1 differs in its words: \"%2\" against \"%3\"")
                                     .arg(names[i], a.mid(std::max<qsizetype>(0, at - 60), 120),
                                          b.mid(std::max<qsizetype>(0, at - 60), 120))));
            }
        }
        // the input's checksum would let an attacker who knows everyone else test which of
        // the two files was released
        for (const QByteArray &file : r.files)
            QVERIFY(!file.contains(QByteArray::fromStdString(*fileSha256(next.toStdString()))));
        // and nothing names what was outside
        for (qsizetype i = 0; i < names.size(); ++i)
            for (const char *outside : {"Schiermonnikoog", "Atlantis", "2026-03-11", "P9999999"})
                QVERIFY2(!r.files[static_cast<std::size_t>(i)].contains(outside),
                         qPrintable(names[i] + " names " + outside));
    }

    // The cell-key method gives the same records the same noise, in every table and every
    // release: an attacker who averages the published counts of one group over the tables
    // and releases that hold it learns nothing more than one of them tells. Two tables of the
    // same customers (municipality x contract with totals, and municipality alone), released
    // twice, the second time with one customer more. Read from the files alone, every
    // municipality that does not hold her reads the same four times; hers the same in both
    // tables of each release. And the project's secret, from which the noise follows, is in
    // no file.
    void cellKeyCountsCannotBeAveraged()
    {
        test::Scratch s;
        const std::string path = s.path("customers.csv").toStdString();
        QVERIFY(generateCustomers(path, 3000, 5).ok());
        PublishedRelease r(path);
        r.role("customer_number", AttributeRole::DirectIdentifier);
        ProtectionSettings cellKey;
        cellKey.kind = ProtectionSettings::Kind::CellKey;
        r.table("Customers by municipality and contract", {{"municipality"}, {"contract_type"}})
            .protection = cellKey;
        r.table("Customers by municipality", {{"municipality"}}).protection = cellKey;
        QString refused = r.publish("2026-11-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const std::vector<redteam::PublishedTable> first = r.tables;
        QCOMPARE(first.size(), std::size_t(2));

        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray more = f.readAll();
        f.close();
        const QList<QByteArray> lines = more.split('\n');
        const QList<QByteArray> header = lines[0].split(',');
        QList<QByteArray> her = lines[1].split(',');
        her[header.indexOf("customer_number")] = "NEW-1";
        const QString herMunicipality = QString::fromUtf8(her[header.indexOf("municipality")]).remove('"');
        more += her.join(',') + "\n";
        const QString next = s.path("customers-next.csv");
        QFile g(next);
        QVERIFY(g.open(QIODevice::WriteOnly) && g.write(more) == more.size());
        g.close();
        r.nextData(next.toStdString());
        refused = r.publish("2026-12-01T10:00:00Z");
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const std::vector<redteam::PublishedTable> second = r.tables;

        // the published counts of each municipality, wherever the files give one
        std::map<QString, std::vector<double>> seen;
        const auto collect = [&](const std::vector<redteam::PublishedTable> &tables, int release) {
            for (const auto &t : tables) {
                const int records = t.figure("records");
                QVERIFY(records >= 0);
                for (const auto &c : t.cells)
                    if (c.labels.size() == 1 || c.labels[1] == "Total")
                        if (c.labels[0] != "Total" && c.figures[static_cast<std::size_t>(records)])
                            seen[c.labels[0] + "/" + QString::number(release)].push_back(
                                *c.figures[static_cast<std::size_t>(records)]);
            }
        };
        // which file is which: the files are listed by name
        collect(first, 1);
        collect(second, 2);
        // the truth, from the raw rows: how many published counts differ from it
        std::map<QString, double> truth;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].isEmpty())
                truth[QString::fromUtf8(lines[i].split(',')[header.indexOf("municipality")]).remove('"')] += 1;
        std::size_t municipalities = 0, perturbed = 0;
        for (const auto &[municipality, n] : truth) {
            const auto &one = seen[municipality + "/1"], &two = seen[municipality + "/2"];
            QCOMPARE(one.size(), std::size_t(2));
            QCOMPARE(two.size(), std::size_t(2));
            // within a release the two tables agree
            QCOMPARE(one[0], one[1]);
            QCOMPARE(two[0], two[1]);
            if (municipality != herMunicipality)
                QVERIFY2(one[0] == two[0], qPrintable(municipality + " moved without anyone joining"));
            ++municipalities;
            perturbed += one[0] != n;
        }
        // the noise is there: averaging would have had something to remove
        QVERIFY2(perturbed * 3 > municipalities,
                 qPrintable(QString("%1 of %2 counts perturbed").arg(perturbed).arg(municipalities)));
        // the secret from which every record's key follows is in no published file
        QVERIFY(!r.project.cellKeySecret.empty());
        for (const QByteArray &file : r.files)
            QVERIFY(!file.contains(QByteArray::fromStdString(r.project.cellKeySecret)));
    }

    // The demo customers: municipality x contract x decade of birth, threshold 5, totals.
    void demoCustomers()
    {
        test::Scratch s;
        const std::string path = s.path("customers.csv").toStdString();
        QVERIFY(generateCustomers(path, 3000, 7).ok());
        PublishedRelease r(path);
        r.role("date_of_birth", AttributeRole::QuasiIdentifier, {HierarchySpec::Kind::Date});
        r.table("Customers by municipality, contract and decade",
                {{"municipality"}, {"contract_type"}, {"date_of_birth", 3}});
        const QString refused = r.publish();
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        const auto found = redteam::attack(r.tables, {});
        QVERIFY(found.size() > 10);
        QFile f(QString::fromStdString(path));
        f.open(QIODevice::ReadOnly);
        const QString header = QString::fromUtf8(f.readLine()).trimmed();
        const LabelOf label = [&](const QStringList &row, const QString &d) {
            if (d == "date_of_birth") {
                const int y = column(row, "date_of_birth", header).left(4).toInt() / 10 * 10;
                return QString("%1-%2").arg(y).arg(y + 9);
            }
            return column(row, d.toUtf8().constData(), header);
        };
        const QString breach = breaches(r, found, label, {}, {}, 0, 0, {});
        QVERIFY2(breach.isEmpty(), qPrintable(breach));
    }
};

QTEST_GUILESS_MAIN(TestRedTeam)
#include "tst_redteam.moc"
