// The audit of hidden cells against the attacker of docs/measures.md (section 8), by linear
// and integer programming in GLPK. Every feasible solution of the attacker's program is a
// table he cannot rule out, and it shows a value for every hidden figure at once; so a figure
// is solved for only when no solution met so far already shows it protected.
#include "audit.h"

#include "glpkthread.h"
#include "util/parallel.h"

#include <glpk.h>

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <unordered_map>

namespace dijkgraaf {

std::vector<AuditFinding> AuditResult::failures() const
{
    std::vector<AuditFinding> out;
    for (const AuditFinding &f : findings)
        if (!f.protectedEnough)
            out.push_back(f);
    return out;
}

namespace {

constexpr std::uint32_t kNoLabel = ~std::uint32_t(0);

// The labels of a that fall in each label of b, when a is at least as fine as b (every code
// of the column has one label in each, and a's labels never straddle two of b's).
std::optional<std::vector<std::uint32_t>> coarsening(const ResolvedDimension &a,
                                                     const ResolvedDimension &b)
{
    if (a.labelOfCode.size() != b.labelOfCode.size())
        return std::nullopt;
    std::vector<std::uint32_t> map(a.labels.size(), kNoLabel);
    for (std::size_t code = 0; code < a.labelOfCode.size(); ++code) {
        std::uint32_t &m = map[a.labelOfCode[code]];
        if (m == kNoLabel)
            m = b.labelOfCode[code];
        else if (m != b.labelOfCode[code])
            return std::nullopt;
    }
    return map;
}

// What records a cell stands for, by the names and labels of its dimensions (a margin leaves
// its totalled dimensions out), in any order of the dimensions.
std::string signature(const std::vector<std::uint32_t> &labels,
                      const std::function<const std::string &(std::size_t)> &name,
                      const std::function<const std::string &(std::size_t, std::uint32_t)> &label)
{
    std::vector<std::string> parts;
    for (std::size_t d = 0; d < labels.size(); ++d)
        if (labels[d] != kTotalLabel)
            parts.push_back(name(d) + '\x1f' + label(d, labels[d]));
    std::sort(parts.begin(), parts.end());
    std::string s;
    for (const auto &p : parts)
        s += p + '\x1e';
    return s;
}

std::string signature(const AggregateTable &t, const AggregateCell &c)
{
    return signature(
        c.labels, [&](std::size_t d) -> const std::string & { return t.dimensions[d].name; },
        [&](std::size_t d, std::uint32_t l) -> const std::string & { return t.dimensions[d].labels[l]; });
}

} // namespace

ReleaseLinks linkTables(const std::vector<const AggregateTable *> &tables)
{
    ReleaseLinks links;
    for (std::size_t ti = 0; ti < tables.size(); ++ti) {
        const AggregateTable &t = *tables[ti];
        for (const auto &rel : t.relations()) {
            LinkedLine line;
            line.table = static_cast<int>(ti);
            line.dimension = static_cast<int>(rel.dimension);
            for (const std::size_t p : rel.parts)
                line.plus.push_back({static_cast<std::uint32_t>(ti), static_cast<std::uint32_t>(p)});
            line.minus.push_back({static_cast<std::uint32_t>(ti), static_cast<std::uint32_t>(rel.total)});
            line.subjectsAdd = t.hasSubjects && line.dimension >= 0 &&
                               t.oneLabelPerSubject[static_cast<std::size_t>(line.dimension)];
            links.lines.push_back(std::move(line));
        }
    }
    for (std::size_t ai = 0; ai < tables.size(); ++ai)
        for (std::size_t bi = ai + 1; bi < tables.size(); ++bi) {
            const AggregateTable &a = *tables[ai];
            const AggregateTable &b = *tables[bi];
            // the common coarsening: each column of both, at the coarser of their two
            // refinements where one nests in the other
            struct Common
            {
                std::size_t da, db;
                std::vector<std::uint32_t> mapA, mapB; // label -> label of the coarsening
            };
            std::vector<Common> common;
            std::vector<bool> keptA(a.dimensions.size()), keptB(b.dimensions.size());
            std::vector<bool> exactA(a.dimensions.size()), exactB(b.dimensions.size());
            for (std::size_t da = 0; da < a.dimensions.size(); ++da)
                for (std::size_t db = 0; db < b.dimensions.size(); ++db) {
                    if (a.dimensions[da].column != b.dimensions[db].column)
                        continue;
                    std::vector<std::uint32_t> identityA(a.dimensions[da].labels.size());
                    std::vector<std::uint32_t> identityB(b.dimensions[db].labels.size());
                    std::iota(identityA.begin(), identityA.end(), 0u);
                    std::iota(identityB.begin(), identityB.end(), 0u);
                    if (auto m = coarsening(a.dimensions[da], b.dimensions[db])) {
                        common.push_back({da, db, std::move(*m), identityB});
                        exactB[db] = true;
                        exactA[da] = a.dimensions[da].labels.size() == b.dimensions[db].labels.size();
                    } else if (auto m2 = coarsening(b.dimensions[db], a.dimensions[da])) {
                        common.push_back({da, db, identityA, std::move(*m2)});
                        exactA[da] = true;
                    } else {
                        continue;
                    }
                    keptA[da] = keptB[db] = true;
                }
            // inner cells of each side, grouped by their cell of the coarsening
            std::map<std::vector<std::uint32_t>, LinkedLine> groups;
            auto group = [&](const AggregateTable &t, std::size_t ti, bool isA) {
                for (std::size_t c = 0; c < t.innerCells(); ++c) {
                    std::vector<std::uint32_t> key;
                    for (const Common &k : common) {
                        const std::uint32_t l = t.cells[c].labels[isA ? k.da : k.db];
                        key.push_back(isA ? k.mapA[l] : k.mapB[l]);
                    }
                    LinkedLine &line = groups[key];
                    (isA ? line.plus : line.minus)
                        .push_back({static_cast<std::uint32_t>(ti), static_cast<std::uint32_t>(c)});
                }
            };
            group(a, ai, true);
            group(b, bi, false);
            // subjects add up where every dimension summed over or coarsened gives each
            // subject one label
            auto subjectsAdd = [](const AggregateTable &t, const std::vector<bool> &kept,
                                  const std::vector<bool> &exact) {
                if (!t.hasSubjects)
                    return false;
                for (std::size_t d = 0; d < t.dimensions.size(); ++d)
                    if ((!kept[d] || !exact[d]) && !t.oneLabelPerSubject[d])
                        return false;
                return true;
            };
            const bool subjects = subjectsAdd(a, keptA, exactA) && subjectsAdd(b, keptB, exactB);
            for (auto &[key, line] : groups) {
                if (line.plus.empty() || line.minus.empty())
                    continue; // cannot be: both tables count the same records
                line.subjectsAdd = subjects;
                links.lines.push_back(std::move(line));
            }
            // cells of both tables that stand for the same records
            std::unordered_map<std::string, std::uint32_t> bySignature;
            for (std::size_t c = 0; c < b.cells.size(); ++c)
                bySignature.emplace(signature(b, b.cells[c]), static_cast<std::uint32_t>(c));
            for (std::size_t c = 0; c < a.cells.size(); ++c)
                if (auto it = bySignature.find(signature(a, a.cells[c])); it != bySignature.end())
                    links.sameRecords.push_back(
                        {{static_cast<std::uint32_t>(ai), static_cast<std::uint32_t>(c)},
                         {static_cast<std::uint32_t>(bi), it->second}});
        }
    return links;
}

namespace {

// The figures of a table, in the order of releasedFigures(): records, subjects, each sum.
struct FigureDef
{
    enum class Kind { Records, Subjects, Sum } kind;
    int measure = -1;
    std::string name;
};

std::vector<FigureDef> figuresOf(const AggregateTable &t)
{
    std::vector<FigureDef> f{{FigureDef::Kind::Records, -1, "records"}};
    if (t.hasSubjects)
        f.push_back({FigureDef::Kind::Subjects, -1, "subjects"});
    for (std::size_t m = 0; m < t.spec.measures.size(); ++m)
        f.push_back({FigureDef::Kind::Sum, static_cast<int>(m), "sum of " + t.spec.measures[m].column});
    return f;
}

double truthOf(const AggregateTable &t, std::size_t c, const FigureDef &f)
{
    const AggregateCell &cell = t.cells[c];
    switch (f.kind) {
    case FigureDef::Kind::Records:
        return static_cast<double>(cell.records);
    case FigureDef::Kind::Subjects:
        return static_cast<double>(cell.contributors);
    case FigureDef::Kind::Sum:
        return cell.sums[static_cast<std::size_t>(f.measure)];
    }
    return 0;
}

// What a rule demands of one figure of one hidden cell.
struct Demand
{
    bool pinnedOnly = true;
    double reachLow = 0, reachHigh = 0;
    std::string rule;
};


// the demand widened to reach from low to high as well; the rule named is the one that asks most
void widen(Demand &d, double low, double high, const char *rule)
{
    if (d.pinnedOnly) {
        d.pinnedOnly = false;
        d.reachLow = low;
        d.reachHigh = high;
        d.rule = rule;
        return;
    }
    if (low < d.reachLow || high > d.reachHigh)
        d.rule = rule;
    d.reachLow = std::min(d.reachLow, low);
    d.reachHigh = std::max(d.reachHigh, high);
}

// the lowest count the structure alone allows a cell: 1, or for the records of a total the
// number of listed cells below it
double structuralFloor(const FigureDef &f, std::uint32_t structuralMinimum)
{
    // structuralMinimum is 0 only where every listed cell below may be empty (listedBefore)
    return f.kind == FigureDef::Kind::Records ? double(structuralMinimum)
                                              : std::min(1.0, double(structuralMinimum));
}

Demand demandOf(const AggregateTable &t, std::size_t c, const FigureDef &f,
                const TableRules &rules, std::uint32_t structuralMinimum)
{
    Demand d;
    const AggregateCell &cell = t.cells[c];
    const double v = truthOf(t, c, f);
    // a listed cell without contributors is listed only because an earlier release listed
    // it: it must not be told from a cell that still holds a few
    const bool small = cell.contributors < rules.threshold;
    const bool contributorFigure = (f.kind == FigureDef::Kind::Subjects) ||
                                   (f.kind == FigureDef::Kind::Records && !t.hasSubjects);
    auto widen = [&](double low, double high, const char *rule) { dijkgraaf::widen(d, low, high, rule); };
    if (small && contributorFigure) {
        // down to 1, or for a total as low as its listed cells allow; distinct subjects of a
        // total may all be one and the same
        const double floor = structuralFloor(f, structuralMinimum);
        if (rules.thresholdRange == 0)
            widen(floor, static_cast<double>(rules.threshold), "threshold");
        else
            widen(std::max(floor, v - static_cast<double>(rules.thresholdRange)),
                  v + static_cast<double>(rules.thresholdRange), "threshold");
    }
    if (f.kind != FigureDef::Kind::Sum)
        return d;
    const auto m = static_cast<std::size_t>(f.measure);
    if (small) {
        // no lower than a sum can be (0 where no value is negative: an empty cell's sum must
        // reach up, not below 0)
        const double range = std::max(1.0, rules.sumRangePercent / 100.0 * std::abs(v));
        const double lowest = t.spec.measures[m].lower >= 0 ? 0.0 : -std::numeric_limits<double>::infinity();
        widen(std::max(lowest, v - range), v + range, "threshold");
    }
    const auto &largest = cell.largest[m];
    if (v > 0 && !largest.empty()) {
        if (rules.dominance) {
            double top = 0;
            for (std::size_t i = 0; i < largest.size() && i < static_cast<std::size_t>(rules.dominanceN); ++i)
                top += largest[i];
            if (top > rules.dominanceK / 100.0 * v) {
                // the sum must be able to reach a value at which these contributors would not
                // dominate it (tau-ARGUS's protection level for the rule), either side
                const double level = 100.0 / rules.dominanceK * top - v;
                widen(v - level, v + level, "dominance");
            }
        }
        if (rules.pPercent) {
            const double second = largest.size() > 1 ? largest[1] : 0;
            if (v - largest[0] - second < rules.p / 100.0 * largest[0]) {
                // the second largest contributor, knowing his own share, must remain
                // uncertain about the largest by p % of it
                const double level = rules.p / 100.0 * largest[0];
                widen(v - level, v + level, "p%");
            }
        }
    }
    return d;
}

// What the change since an earlier release on other data demands of one figure of a hidden
// cell whose contributors moved by fewer than the threshold: the change is a small cell of the
// table of changes, so the attacker's interval for it (the figure now less the figure then)
// must reach from no change to a safe one, or the steward's range either side; a sum, its
// sum_range_percent of the change either side.
void widenForChange(Demand &d, const FigureDef &f, double now, double then, const TableRules &rules,
                    double floor)
{
    const double change = now - then;
    if (change == 0)
        return;
    if (f.kind == FigureDef::Kind::Sum) {
        const double range = rules.sumRangePercent / 100.0 * std::abs(change);
        if (range > 0)
            widen(d, now - range, now + range, "change");
        return;
    }
    const double n = static_cast<double>(rules.threshold);
    if (rules.thresholdRange > 0) {
        const double r = static_cast<double>(rules.thresholdRange);
        widen(d, std::max(floor, now - r), now + r, "change");
    } else if (change > 0) {
        widen(d, then, then + n, "change");
    } else {
        widen(d, std::max(floor, then - n), then, "change");
    }
}

} // namespace

std::vector<std::uint32_t> listedBelow(const AggregateTable &t)
{
    std::vector<std::uint32_t> below(t.cells.size(), 1);
    for (std::size_t c = 0; c < t.innerCells(); ++c)
        below[c] = t.cells[c].listedBefore ? 0 : 1;
    if (t.innerCells() == t.cells.size())
        return below;
    std::unordered_map<std::string, std::size_t> margin;
    auto key = [](const std::vector<std::uint32_t> &labels) {
        return std::string(reinterpret_cast<const char *>(labels.data()),
                           labels.size() * sizeof(std::uint32_t));
    };
    for (std::size_t c = t.innerCells(); c < t.cells.size(); ++c) {
        margin.emplace(key(t.cells[c].labels), c);
        below[c] = 0;
    }
    const std::size_t dims = t.dimensions.size();
    for (std::size_t c = 0; c < t.innerCells(); ++c)
        for (std::uint32_t mask = 1; mask < (1u << dims); ++mask) {
            auto labels = t.cells[c].labels;
            for (std::size_t d = 0; d < dims; ++d)
                if ((mask >> d) & 1)
                    labels[d] = kTotalLabel;
            if (auto it = margin.find(key(labels)); it != margin.end())
                below[it->second] += below[c];
        }
    return below;
}

std::vector<EarlierValue> earlierValues(const AggregateTable &t,
                                        const std::vector<EarlierRelease> &earlier)
{
    std::vector<EarlierValue> out;
    const std::vector<FigureDef> figures = figuresOf(t);
    std::unordered_map<std::string, std::uint32_t> bySignature;
    for (std::size_t c = 0; c < t.cells.size(); ++c)
        bySignature.emplace(signature(t, t.cells[c]), static_cast<std::uint32_t>(c));
    for (std::size_t ri = 0; ri < earlier.size(); ++ri)
        for (const Release &r : earlier[ri].tables) {
            if (r.protection.kind != ProtectionSettings::Kind::Rules ||
                r.protection.rules.roundingBase > 1)
                continue;
            // the figure of r that is each figure of t
            std::vector<std::string> names{"records"};
            if (r.hasSubjects)
                names.push_back("subjects");
            names.insert(names.end(), r.measureNames.begin(), r.measureNames.end());
            std::vector<int> from(figures.size(), -1);
            bool any = false;
            for (std::size_t f = 0; f < figures.size(); ++f)
                for (std::size_t g = 0; g < names.size(); ++g)
                    if (names[g] == figures[f].name) {
                        from[f] = static_cast<int>(g);
                        any = true;
                    }
            if (!any)
                continue;
            for (const ReleasedCell &cell : r.cells) {
                if (cell.state != CellState::Published)
                    continue;
                const auto it = bySignature.find(signature(
                    cell.labels, [&](std::size_t d) -> const std::string & { return r.dimensionNames[d]; },
                    [&](std::size_t d, std::uint32_t l) -> const std::string & { return r.labels[d][l]; }));
                if (it == bySignature.end())
                    continue;
                const auto published = releasedFigures(r, cell);
                EarlierValue v{it->second, ri, earlier[ri].sameInput, {}};
                for (std::size_t f = 0; f < figures.size(); ++f)
                    v.figures.push_back(from[f] >= 0 ? published[static_cast<std::size_t>(from[f])]
                                                     : std::nullopt);
                out.push_back(std::move(v));
            }
        }
    return out;
}

std::optional<AuditTable> earlierTable(const AggregateTable &truth, const Release &r)
{
    if (r.protection.kind != ProtectionSettings::Kind::Rules || truth.dimensions.size() != r.labels.size() ||
        truth.cells.size() != r.cells.size())
        return std::nullopt;
    // a rounded count is within the base of the truth; the audit takes it as exact (the
    // cautious side, as with the rounded tables of one release)
    const double slack = r.protection.rules.roundingBase > 1 ? r.protection.rules.roundingBase : 0.5;
    for (std::size_t d = 0; d < r.labels.size(); ++d)
        if (truth.dimensions[d].labels != r.labels[d])
            return std::nullopt;
    std::map<std::vector<std::uint32_t>, std::uint32_t> index;
    for (std::size_t c = 0; c < truth.cells.size(); ++c)
        index.emplace(truth.cells[c].labels, static_cast<std::uint32_t>(c));
    AuditTable a{&truth, std::vector<CellState>(truth.cells.size(), CellState::Published),
                 r.protection.rules, {}};
    a.fixed = true;
    for (const ReleasedCell &cell : r.cells) {
        const auto it = index.find(cell.labels);
        if (it == index.end())
            return std::nullopt;
        if (isHidden(cell.state))
            a.state[it->second] = CellState::Hidden;
        else if (!cell.records ||
                 std::abs(static_cast<double>(*cell.records) - static_cast<double>(truth.cells[it->second].records)) >= slack)
            return std::nullopt;
    }
    return a;
}

namespace {

// Did the contributors of v's cell move by 1 .. threshold - 1 since v's release (other data)?
bool smallChange(const AuditTable &a, const EarlierValue &v)
{
    const std::size_t k = a.table->hasSubjects ? 1 : 0; // the contributors' figure
    if (v.sameInput || !v.figures[k])
        return false;
    const double change = static_cast<double>(a.table->cells[v.cell].contributors) - *v.figures[k];
    return change != 0 && std::abs(change) < static_cast<double>(a.rules.threshold);
}

} // namespace

std::vector<int> changedCells(const AuditTable &a)
{
    std::vector<int> out(a.table->cells.size(), -1);
    for (const EarlierValue &v : a.earlier)
        if (smallChange(a, v))
            out[v.cell] = static_cast<int>(v.release);
    return out;
}

namespace {

// A linear row of the attacker's program: sum of coef * variable, within [lo, hi].
using RowKey = std::array<std::uint32_t, 4>; // what a row stands for, the same in every round

struct Row
{
    RowKey key{};
    std::vector<std::pair<int, double>> terms;
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
};

struct Components
{
    std::vector<int> parent;
    int find(int x)
    {
        while (parent[static_cast<std::size_t>(x)] != x)
            x = parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
        return x;
    }
    void join(int a, int b) { parent[static_cast<std::size_t>(find(a))] = find(b); }
};

// One unknown figure of a hidden cell and what is known of it so far.
struct Unknown
{
    std::uint32_t table = 0, cell = 0;
    std::size_t figure = 0;
    bool integer = false;
    double lowerBound = -std::numeric_limits<double>::infinity(); // structural
    double value = 0;                                             // the truth
    Demand demand;
    // values of solutions met: of the linear relaxation, and of tables with whole counts
    // (the truth is one of those)
    double seenLow = 0, seenHigh = 0;
    double wholeLow = 0, wholeHigh = 0;
    double provenLow = -std::numeric_limits<double>::infinity(); // the attacker's bounds
    double provenHigh = std::numeric_limits<double>::infinity();
    bool lowDone = false, highDone = false; // the linear relaxation decided each side
    bool refuted = false;  // whole numbers rule out what the relaxation allows
    bool wholeUndecided = false; // whole numbers could not be searched in time
    bool unproven = false; // could not be decided in time, or the solver failed

    double tolerance() const { return 1e-6 * std::max(1.0, std::abs(value)); }
    double minWidth() const { return integer ? 1.0 : 1e-6 * std::max(1.0, std::abs(value)); }
    // do values low and high show the demand met? counts: the attacker's interval of whole
    // numbers is [ceil(low), floor(high)]
    bool meets(double low, double high, bool lowSide, bool highSide) const
    {
        if (integer) {
            low = std::ceil(low - 1e-6);
            high = std::floor(high + 1e-6);
        }
        if (demand.pinnedOnly)
            return high - low >= minWidth() - tolerance();
        return (!lowSide || low <= demand.reachLow + tolerance()) &&
               (!highSide || high >= demand.reachHigh - tolerance());
    }
    void settle()
    {
        if (demand.pinnedOnly) {
            if (meets(seenLow, seenHigh, true, true))
                lowDone = highDone = true;
            return;
        }
        lowDone = lowDone || meets(seenLow, seenHigh, true, false);
        highDone = highDone || meets(seenLow, seenHigh, false, true);
    }
    bool done() const { return lowDone && highDone; }
    bool sideDone(bool minimise) const { return minimise ? lowDone : highDone; }
    // does a solution with the figure at v reach target, below (minimise) or above?
    bool reaches(bool minimise, double target, double v) const
    {
        return minimise ? v <= target + tolerance() : v >= target - tolerance();
    }
    // the attacker can prove the figure no lower (minimise) or no higher than bound: that side
    // is decided, against it
    void ruleOut(bool minimise, double bound)
    {
        (minimise ? provenLow : provenHigh) =
            integer ? (minimise ? std::ceil(bound - 1e-6) : std::floor(bound + 1e-6)) : bound;
        (minimise ? lowDone : highDone) = true;
    }
    bool linearOk() const { return !unproven && meets(seenLow, seenHigh, true, true); }
    bool wholeOk() const { return meets(wholeLow, wholeHigh, true, true); }
    bool ok() const { return linearOk() && !refuted; }
    bool integerSearchNeeded() const { return linearOk() && !refuted && !wholeOk(); }
};

// GLPK's kind of bounds for [lo, hi], where either side may be infinite
int boundKind(double lo, double hi)
{
    const bool l = std::isfinite(lo), h = std::isfinite(hi);
    return l && h ? (lo < hi ? GLP_DB : GLP_FX) : l ? GLP_LO : h ? GLP_UP : GLP_FR;
}

class Solver
{
public:
    Solver(std::vector<Unknown> &unknowns, const std::vector<int> &columns,
           const std::vector<const Row *> &rows, QElapsedTimer &clock, double limitMs,
           std::size_t &lps, std::size_t &mips)
        : m_u(unknowns), m_cols(columns), m_rows(rows), m_clock(clock), m_limitMs(limitMs),
          m_lps(lps), m_mips(mips)
    {
        freeGlpkWhenThisThreadEnds();
        m_lp = glp_create_prob();
        const int n = static_cast<int>(columns.size());
        glp_add_cols(m_lp, n);
        std::unordered_map<int, int> colOf; // unknown -> column
        for (int j = 0; j < n; ++j) {
            const Unknown &u = m_u[static_cast<std::size_t>(columns[static_cast<std::size_t>(j)])];
            colOf[columns[static_cast<std::size_t>(j)]] = j + 1;
            setLower(j + 1, u.lowerBound);
            if (u.integer)
                glp_set_col_kind(m_lp, j + 1, GLP_IV);
        }
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        int r = 0;
        for (const Row *row : rows) {
            ++r;
            glp_add_rows(m_lp, 1);
            const bool lo = std::isfinite(row->lo), hi = std::isfinite(row->hi);
            glp_set_row_bnds(m_lp, r, boundKind(row->lo, row->hi), lo ? row->lo : 0, hi ? row->hi : 0);
            m_rowColumns.emplace_back();
            for (const auto &[var, coef] : row->terms) {
                ia.push_back(r);
                ja.push_back(colOf.at(var));
                ar.push_back(coef);
                m_rowColumns.back().push_back(ja.back());
            }
        }
        if (ia.size() > 1)
            glp_load_matrix(m_lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        glp_init_smcp(&m_parm);
        m_parm.msg_lev = GLP_MSG_OFF;
        m_parm.presolve = GLP_OFF;
        m_objective.assign(static_cast<std::size_t>(n) + 1, 0.0);
    }
    ~Solver() { glp_delete_prob(m_lp); }
    // the basis of an earlier audit of the same tables, where it knows the rows and columns;
    // rows new since are basic, figures new since at a bound, so the counts still match
    void warmStart(const AuditMemory &m)
    {
        if (m.rowStatus.empty())
            return;
        m_started = true;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const auto it = m.rowStatus.find(m_rows[i]->key);
            glp_set_row_stat(m_lp, static_cast<int>(i) + 1, it == m.rowStatus.end() ? GLP_BS : it->second);
        }
        for (int j = 1; j <= columns(); ++j) {
            const Unknown &x = unknown(j);
            const auto it = m.columnStatus.find({x.table, x.cell, x.figure});
            glp_set_col_stat(m_lp, j, it != m.columnStatus.end() ? it->second
                                      : std::isfinite(x.lowerBound) ? GLP_NL
                                                                    : GLP_NF);
        }
    }
    void keepBasis(AuditMemory &m) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m.rowStatus[m_rows[i]->key] = glp_get_row_stat(m_lp, static_cast<int>(i) + 1);
        for (int j = 1; j <= columns(); ++j) {
            const Unknown &x = unknown(j);
            m.columnStatus[{x.table, x.cell, x.figure}] = glp_get_col_stat(m_lp, j);
        }
    }
    bool writeProgram(const std::string &path)
    {
        std::vector<int> all(m_cols.size());
        std::iota(all.begin(), all.end(), 1);
        setObjective(all, true);
        glp_term_out(GLP_OFF);
        const bool written = glp_write_mps(m_lp, GLP_MPS_FILE, nullptr, path.c_str()) == 0;
        glp_term_out(GLP_ON);
        return written;
    }
    Solver(const Solver &) = delete;
    Solver &operator=(const Solver &) = delete;

    bool timeUp() const { return m_clock.elapsed() > m_limitMs; }
    // the search for whole-number tables gets its own share of the time: the rest of the
    // limit, but at most kWholeNumberMs for a component
    static constexpr double kWholeNumberMs = 5000;
    static constexpr int kWholeNumberUnknowns = 400;
    void startWholeNumbers()
    {
        m_wholeDeadline = std::min(m_limitMs, static_cast<double>(m_clock.elapsed()) + kWholeNumberMs);
    }
    bool wholeTimeUp() const { return static_cast<double>(m_clock.elapsed()) > m_wholeDeadline; }

    // Minimises (dir -1: maximises) the sum of the given columns (1-based), with each held
    // within a temporary box; returns the status, and learns from an integral solution.
    enum class Outcome { Solved, Unbounded, Infeasible, Failed };
    Outcome solve(const std::vector<int> &cols, bool minimise, const std::vector<double> &box,
                  double *objective = nullptr)
    {
        setObjective(cols, minimise);
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const Unknown &u = unknown(cols[i]);
            if (minimise)
                setLower(cols[i], std::max(u.lowerBound, box[i]));
            else
                setBounds(cols[i], u.lowerBound, box[i]);
        }
        ++m_lps;
        // no basis yet: the presolver first (on a program of 18,558 figures it takes 4 s where
        // the simplex from the slack basis takes 28 s); the basis of its solution is the
        // original program's, for the warm solves that follow
        glp_smcp parm = m_parm;
        parm.presolve = !m_started ? GLP_ON : GLP_OFF;
        m_started = true;
        int rc = glp_simplex(m_lp, &parm);
        if (parm.presolve == GLP_ON && (rc == GLP_ENOPFS || rc == GLP_ENODFS))
            rc = glp_simplex(m_lp, &m_parm); // the status of a program with no optimum
        Outcome out = Outcome::Failed;
        const int status = rc == 0 ? glp_get_status(m_lp) : 0;
        if (status == GLP_OPT) {
            out = Outcome::Solved;
            if (objective)
                *objective = glp_get_obj_val(m_lp);
            learn(false);
        } else if (status == GLP_UNBND) {
            out = Outcome::Unbounded;
        } else if (status == GLP_NOFEAS) {
            out = Outcome::Infeasible;
        } else if (rc != 0) {
            // a singular or lost basis: start again from a fresh one once
            glp_adv_basis(m_lp, 0);
            const int again = glp_simplex(m_lp, &m_parm);
            if (again == 0 && glp_get_status(m_lp) == GLP_OPT) {
                out = Outcome::Solved;
                if (objective)
                    *objective = glp_get_obj_val(m_lp);
                learn(false);
            }
        }
        for (const int j : cols)
            setLower(j, unknown(j).lowerBound);
        return out;
    }

    // Is there a table of whole counts with column cols[0] at most (minimise) or at least
    // boxes[0]? With several columns, each boxed at its target, the first such table found
    // is taken (it shows many figures at once). Learns from the table found.
    enum class IntegerOutcome { Reached, NotReached, Unknown };
    IntegerOutcome integerSearch(const std::vector<int> &cols, bool minimise,
                                 const std::vector<double> &boxes, double *best)
    {
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_OFF;
        parm.fp_heur = GLP_ON; // the feasibility pump finds whole-number tables quickly
        const double remaining = m_wholeDeadline - static_cast<double>(m_clock.elapsed());
        parm.tm_lim = static_cast<int>(std::clamp(remaining, 1.0, 2000.0));
        struct Goal
        {
            bool minimise, any;
            double target;
        } goal{minimise, cols.size() > 1, boxes.front()};
        parm.cb_info = &goal;
        parm.cb_func = [](glp_tree *tree, void *info) {
            if (glp_ios_reason(tree) != GLP_IBINGO)
                return;
            const Goal &g = *static_cast<const Goal *>(info);
            const double v = glp_mip_obj_val(glp_ios_get_prob(tree));
            if (g.any || (g.minimise ? v <= g.target + 1e-6 : v >= g.target - 1e-6))
                glp_ios_terminate(tree);
        };
        ++m_mips;
        // each column boxed at its target, so that the first solution that reaches it ends
        // the search; the relaxation is solved with the boxes first, as the search starts
        // from its optimal basis
        setObjective(cols, minimise);
        for (std::size_t i = 0; i < cols.size(); ++i) {
            // a count's box is a whole number; a sum's is where it must reach
            const Unknown &u = unknown(cols[i]);
            if (minimise)
                setLower(cols[i], std::max(u.lowerBound, u.integer ? std::ceil(boxes[i] - 1e-9) : boxes[i]));
            else
                setBounds(cols[i], u.lowerBound, u.integer ? std::floor(boxes[i] + 1e-9) : boxes[i]);
        }
        auto restore = [&] {
            for (const int j : cols)
                setLower(j, unknown(j).lowerBound);
        };
        ++m_lps;
        if (glp_simplex(m_lp, &m_parm) != 0 || glp_get_status(m_lp) != GLP_OPT) {
            restore();
            return IntegerOutcome::Unknown;
        }
        const int rc = glp_intopt(m_lp, &parm);
        const int status = glp_mip_status(m_lp);
        IntegerOutcome out = IntegerOutcome::Unknown;
        if (status == GLP_OPT || status == GLP_FEAS) {
            learn(true);
            const double v = glp_mip_obj_val(m_lp);
            if (best)
                *best = v;
            if (minimise ? v <= goal.target + 1e-6 : v >= goal.target - 1e-6)
                out = IntegerOutcome::Reached;
            else if (status == GLP_OPT && rc == 0)
                out = IntegerOutcome::NotReached;
        } else if (status == GLP_NOFEAS && rc == 0) {
            out = IntegerOutcome::NotReached;
            if (best)
                *best = minimise ? std::numeric_limits<double>::infinity()
                                 : -std::numeric_limits<double>::infinity();
        }
        restore();
        return out;
    }

    bool integral() const
    {
        for (std::size_t j = 1; j < m_objective.size(); ++j) {
            const Unknown &u = unknown(static_cast<int>(j));
            if (u.integer) {
                const double x = glp_get_col_prim(m_lp, static_cast<int>(j));
                if (std::abs(x - std::round(x)) > 1e-6)
                    return false;
            }
        }
        return true;
    }
    Unknown &unknown(int j) const
    {
        return m_u[static_cast<std::size_t>(m_cols[static_cast<std::size_t>(j - 1)])];
    }
    int columns() const { return static_cast<int>(m_cols.size()); }
    // solvers of one program in several threads share the unknowns: what they learn is
    // written under this lock
    void share(std::mutex *lock) { m_shared = lock; }
    const std::vector<int> &columnUnknowns() const { return m_cols; }
    std::vector<Unknown> &unknownsRef() const { return m_u; }
    void addCounts(std::size_t lps, std::size_t mips)
    {
        m_lps += lps;
        m_mips += mips;
    }
    const std::vector<const Row *> &rows() const { return m_rows; }
    // per row: the column (1-based) of each of its terms
    const std::vector<std::vector<int>> &rowColumns() const { return m_rowColumns; }
    QElapsedTimer &clock() const { return m_clock; }
    double limitMs() const { return m_limitMs; }

private:
    void setObjective(const std::vector<int> &cols, bool minimise)
    {
        for (std::size_t j = 1; j < m_objective.size(); ++j)
            if (m_objective[j] != 0) {
                glp_set_obj_coef(m_lp, static_cast<int>(j), 0);
                m_objective[j] = 0;
            }
        for (const int j : cols) {
            glp_set_obj_coef(m_lp, j, 1);
            m_objective[static_cast<std::size_t>(j)] = 1;
        }
        glp_set_obj_dir(m_lp, minimise ? GLP_MIN : GLP_MAX);
    }
    void setLower(int j, double lb)
    {
        if (std::isfinite(lb))
            glp_set_col_bnds(m_lp, j, GLP_LO, lb, 0);
        else
            glp_set_col_bnds(m_lp, j, GLP_FR, 0, 0);
    }
    void setBounds(int j, double lb, double ub)
    {
        if (!std::isfinite(ub)) {
            setLower(j, lb);
            return;
        }
        if (std::isfinite(lb))
            glp_set_col_bnds(m_lp, j, lb < ub ? GLP_DB : GLP_FX, lb, std::max(lb, ub));
        else
            glp_set_col_bnds(m_lp, j, GLP_UP, 0, ub);
    }
    // every solution is a point the linear relaxation allows; one with whole counts is a
    // table the attacker cannot rule out
    void learn(bool mip)
    {
        std::vector<double> x(static_cast<std::size_t>(columns()) + 1);
        for (int j = 1; j <= columns(); ++j)
            x[static_cast<std::size_t>(j)] = mip ? glp_mip_col_val(m_lp, j) : glp_get_col_prim(m_lp, j);
        std::unique_lock<std::mutex> lock;
        if (m_shared)
            lock = std::unique_lock<std::mutex>(*m_shared);
        for (int j = 1; j <= columns(); ++j) {
            Unknown &u = unknown(j);
            u.seenLow = std::min(u.seenLow, x[static_cast<std::size_t>(j)]);
            u.seenHigh = std::max(u.seenHigh, x[static_cast<std::size_t>(j)]);
            u.settle();
        }
        if (!mip && !integral() && !rounded(x))
            return;
        for (int j = 1; j <= columns(); ++j) {
            Unknown &u = unknown(j);
            const double v = u.integer ? std::round(x[static_cast<std::size_t>(j)]) : x[static_cast<std::size_t>(j)];
            u.wholeLow = std::min(u.wholeLow, v);
            u.wholeHigh = std::max(u.wholeHigh, v);
        }
    }
    // A solution with fractional counts is no table; the same solution with its counts
    // rounded up often is (distinct subjects are tied by inequalities only, which rounding up
    // keeps): checked against every row before it is believed.
    bool rounded(std::vector<double> &x) const
    {
        std::vector<double> r = x;
        for (int j = 1; j <= columns(); ++j)
            if (unknown(j).integer)
                r[static_cast<std::size_t>(j)] = std::ceil(r[static_cast<std::size_t>(j)] - 1e-9);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Row *row = m_rows[i];
            double v = 0;
            for (std::size_t t = 0; t < row->terms.size(); ++t)
                v += row->terms[t].second * r[static_cast<std::size_t>(m_rowColumns[i][t])];
            const double tol = 1e-7 * std::max(1.0, std::abs(v));
            if (v < row->lo - tol || v > row->hi + tol)
                return false;
        }
        x = std::move(r);
        return true;
    }

    std::vector<Unknown> &m_u;
    const std::vector<int> &m_cols;
    const std::vector<const Row *> &m_rows;
    std::vector<std::vector<int>> m_rowColumns; // per row: the column of each term
    QElapsedTimer &m_clock;
    double m_limitMs;
    double m_wholeDeadline = 0;
    bool m_started = false; // a basis to start from: solved before, or handed in
    std::mutex *m_shared = nullptr;
    std::size_t &m_lps, &m_mips;
    glp_prob *m_lp = nullptr;
    glp_smcp m_parm;
    std::vector<double> m_objective;
};

// Small programs around one figure, which decide most of its questions at a fraction of the
// cost of the whole program (a solve of the whole program of 20,000 figures takes about a
// second), and leave the rest to it:
// - a witness: the hidden figures within a few rows of it free, every other one at its true
//   value. The truth meets every row, so a solution of this program, with the others at their
//   truth, is a solution of the whole one: a table the attacker cannot rule out.
// - a bound: a few rows around it alone, every figure in them free within its own bounds. It
//   knows less than the attacker, so where it cannot reach the target, he cannot either; the
//   bound it gives is one he can do at least as well as.
class LocalProgram
{
public:
    static constexpr std::size_t kBoundRows = 24, kWitnessFigures = 120, kWholeWitnessFigures = 200, kPerRow = 3;

    // columnRows: per column (1-based), the rows it appears in
    LocalProgram(Solver &s, const std::vector<std::vector<int>> &columnRows)
        : m_s(s), m_columnRows(columnRows), m_local(static_cast<std::size_t>(s.columns()) + 1, 0),
          m_stamp(m_local.size(), 0), m_rowSeen(s.rows().size(), 0)
    {
    }

    // Is there a table with column j at most (minimise) or at least target, with at most
    // `size` figures around j free? With wholeNumbers, one of whole counts. Learns from the
    // table found, whether or not it reaches.
    bool witness(int j, bool minimise, double target, std::size_t size, bool wholeNumbers,
                 std::mutex *lock)
    {
        ++m_epoch;
        gatherFigures(j, size);
        double v = 0;
        if (!solve(minimise, target, wholeNumbers, v))
            return false;
        learn(lock);
        return (!wholeNumbers || integral()) && m_s.unknown(j).reaches(minimise, target, v);
    }

    // Do the rows around column j alone (at most `size` of them) keep it from reaching target?
    // Then *bound is where they hold it.
    bool bounded(int j, bool minimise, double target, std::size_t size, double *bound)
    {
        ++m_epoch;
        gatherRows(j, size);
        double v = 0;
        if (!solve(minimise, target, false, v) || m_s.unknown(j).reaches(minimise, target, v))
            return false;
        *bound = v;
        return true;
    }

    std::size_t lps() const { return m_lps; }
    std::size_t mips() const { return m_mips; }

private:
    bool isFree(int c) const { return m_stamp[static_cast<std::size_t>(c)] == m_epoch; }
    void addFree(int c)
    {
        m_stamp[static_cast<std::size_t>(c)] = m_epoch;
        m_free.push_back(c);
        m_local[static_cast<std::size_t>(c)] = static_cast<int>(m_free.size());
    }
    void addRow(int r)
    {
        if (m_rowSeen[static_cast<std::size_t>(r)] == m_epoch)
            return;
        m_rowSeen[static_cast<std::size_t>(r)] = m_epoch;
        m_rows.push_back(r);
    }
    // j and the figures it shares rows with, breadth first, up to size of them; then every row
    // any of them appears in
    void gatherFigures(int j, std::size_t size)
    {
        m_free.clear();
        m_rows.clear();
        addFree(j);
        const auto &rowColumns = m_s.rowColumns();
        // a few new figures from each row, so that the neighbourhood reaches several rows deep
        // (a table's smallest moves are cycles: four cells of a plane, eight of a cube)
        for (std::size_t next = 0; next < m_free.size() && m_free.size() < size; ++next)
            for (const int ri : m_columnRows[static_cast<std::size_t>(m_free[next])]) {
                std::size_t taken = 0;
                for (const int c : rowColumns[static_cast<std::size_t>(ri)])
                    if (!isFree(c) && m_free.size() < size && taken < kPerRow) {
                        addFree(c);
                        ++taken;
                    }
            }
        for (const int c : m_free)
            for (const int ri : m_columnRows[static_cast<std::size_t>(c)])
                addRow(ri);
    }
    // the rows of j, then the rows of the figures in them, breadth first, up to size rows;
    // every figure in them free
    void gatherRows(int j, std::size_t size)
    {
        m_free.clear();
        m_rows.clear();
        addFree(j);
        const auto &rowColumns = m_s.rowColumns();
        for (std::size_t next = 0; next < m_free.size() && m_rows.size() < size; ++next)
            for (const int ri : m_columnRows[static_cast<std::size_t>(m_free[next])]) {
                if (m_rows.size() >= size)
                    break;
                if (m_rowSeen[static_cast<std::size_t>(ri)] == m_epoch)
                    continue;
                addRow(ri);
                for (const int c : rowColumns[static_cast<std::size_t>(ri)])
                    if (!isFree(c))
                        addFree(c);
            }
    }
    // minimises (maximises) the first free column, boxed at target, over m_rows; a term of a
    // column that is not free counts at its true value. v: the optimum.
    bool solve(bool minimise, double target, bool wholeNumbers, double &v)
    {
        const std::vector<const Row *> &rows = m_s.rows();
        const auto &rowColumns = m_s.rowColumns();
        freeGlpkWhenThisThreadEnds();
        glp_prob *lp = glp_create_prob();
        const int n = static_cast<int>(m_free.size());
        glp_add_cols(lp, n);
        bool anyInteger = false;
        for (int k = 0; k < n; ++k) {
            const Unknown &x = m_s.unknown(m_free[static_cast<std::size_t>(k)]);
            double lo = x.lowerBound, hi = std::numeric_limits<double>::infinity();
            if (k == 0) {
                // boxed at the target, as in the whole program
                const bool whole = wholeNumbers && x.integer;
                if (minimise)
                    lo = std::max(lo, whole ? std::ceil(target - 1e-9) : target);
                else
                    hi = std::max(lo, whole ? std::floor(target + 1e-9) : target);
            }
            glp_set_col_bnds(lp, k + 1, boundKind(lo, hi), std::isfinite(lo) ? lo : 0, std::isfinite(hi) ? hi : 0);
            if (wholeNumbers && x.integer) {
                glp_set_col_kind(lp, k + 1, GLP_IV);
                anyInteger = true;
            }
        }
        glp_set_obj_coef(lp, 1, 1);
        glp_set_obj_dir(lp, minimise ? GLP_MIN : GLP_MAX);
        m_ia.assign(1, 0);
        m_ja.assign(1, 0);
        m_ar.assign(1, 0);
        int r = 0;
        for (const int ri : m_rows) {
            const Row &row = *rows[static_cast<std::size_t>(ri)];
            const std::vector<int> &cols = rowColumns[static_cast<std::size_t>(ri)];
            double fixed = 0;
            ++r;
            glp_add_rows(lp, 1);
            for (std::size_t t = 0; t < cols.size(); ++t) {
                const int c = cols[t];
                if (isFree(c)) {
                    m_ia.push_back(r);
                    m_ja.push_back(m_local[static_cast<std::size_t>(c)]);
                    m_ar.push_back(row.terms[t].second);
                } else {
                    fixed += row.terms[t].second * m_s.unknown(c).value;
                }
            }
            const bool lo = std::isfinite(row.lo), hi = std::isfinite(row.hi);
            glp_set_row_bnds(lp, r, boundKind(row.lo, row.hi), lo ? row.lo - fixed : 0, hi ? row.hi - fixed : 0);
        }
        if (m_ia.size() > 1)
            glp_load_matrix(lp, static_cast<int>(m_ia.size()) - 1, m_ia.data(), m_ja.data(), m_ar.data());
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        ++m_lps;
        bool solved = false;
        if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT) {
            solved = true;
            v = glp_get_obj_val(lp);
            m_x.resize(static_cast<std::size_t>(n));
            for (int k = 0; k < n; ++k)
                m_x[static_cast<std::size_t>(k)] = glp_get_col_prim(lp, k + 1);
            if (anyInteger && !integral()) {
                // whole counts, briefly: the box makes any table found one that reaches
                glp_iocp ip;
                glp_init_iocp(&ip);
                ip.msg_lev = GLP_MSG_OFF;
                ip.tm_lim = 200;
                ++m_mips;
                glp_intopt(lp, &ip);
                const int st = glp_mip_status(lp);
                if (st == GLP_OPT || st == GLP_FEAS) {
                    for (int k = 0; k < n; ++k)
                        m_x[static_cast<std::size_t>(k)] = glp_mip_col_val(lp, k + 1);
                    v = glp_mip_obj_val(lp);
                }
            }
        }
        glp_delete_prob(lp);
        return solved;
    }
    bool integral() const
    {
        for (std::size_t k = 0; k < m_free.size(); ++k)
            if (m_s.unknown(m_free[k]).integer && std::abs(m_x[k] - std::round(m_x[k])) > 1e-6)
                return false;
        return true;
    }
    // the last solution, with every figure not free at its truth, is a table of the whole
    // program; of whole counts if its free counts are whole
    void learn(std::mutex *lock)
    {
        const bool whole = integral();
        std::unique_lock<std::mutex> g;
        if (lock)
            g = std::unique_lock<std::mutex>(*lock);
        for (std::size_t k = 0; k < m_free.size(); ++k) {
            Unknown &u = m_s.unknown(m_free[k]);
            const double v = m_x[k];
            u.seenLow = std::min(u.seenLow, v);
            u.seenHigh = std::max(u.seenHigh, v);
            u.settle();
            if (whole) {
                const double w = u.integer ? std::round(v) : v;
                u.wholeLow = std::min(u.wholeLow, w);
                u.wholeHigh = std::max(u.wholeHigh, w);
            }
        }
    }

    Solver &m_s;
    const std::vector<std::vector<int>> &m_columnRows;
    std::vector<int> m_local, m_stamp, m_rowSeen;
    int m_epoch = 0;
    std::vector<int> m_free, m_rows;
    std::vector<int> m_ia, m_ja;
    std::vector<double> m_ar, m_x;
    std::size_t m_lps = 0, m_mips = 0;
};

// Where a figure must be shown to reach, given the values seen so far: what its rule demands,
// or for one that must merely not be pinned down, one unit beyond what was seen.
double targetOf(const Unknown &x, bool minimise, double low, double high)
{
    if (!x.demand.pinnedOnly)
        return minimise ? x.demand.reachLow : x.demand.reachHigh;
    if (x.integer)
        return minimise ? std::floor(high + 1e-6) - 1 : std::ceil(low - 1e-6) + 1;
    return minimise ? high - x.minWidth() : low + x.minWidth();
}

// Rounds of joint solves, each side of every open figure at once, until a round settles no
// more figures (settled) or eight rounds are done; false when stopped from outside.
template <typename Settled, typename Open, typename Target, typename Solve>
bool jointRounds(Solver &s, const std::function<bool()> &tick, Settled settled, Open open,
                 Target target, Solve solve)
{
    const int n = s.columns();
    auto count = [&] {
        std::size_t k = 0;
        for (int j = 1; j <= n; ++j)
            k += settled(s.unknown(j));
        return k;
    };
    for (int round = 0; round < 8; ++round) {
        bool progress = false;
        for (const bool minimise : {true, false}) {
            std::vector<int> cols;
            std::vector<double> box;
            for (int j = 1; j <= n; ++j)
                if (open(s.unknown(j), minimise)) {
                    cols.push_back(j);
                    box.push_back(target(s.unknown(j), minimise));
                }
            if (cols.empty())
                continue;
            const std::size_t before = count();
            solve(cols, minimise, box);
            progress = progress || count() > before;
            if (!tick())
                return false;
        }
        if (!progress)
            break;
    }
    return true;
}

// Runs task(local, t) for t = 0 .. count - 1 on every core, each thread with its own small
// programs (whose solves it adds to the solver's counts); false when stopped from outside.
template <typename Task>
bool nearby(Solver &s, const std::vector<std::vector<int>> &columnRows, std::size_t count,
            std::mutex &lock, const std::function<bool()> &tick, Task task)
{
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> lps{0}, mips{0};
    auto work = [&](bool main) {
        LocalProgram local(s, columnRows);
        while (!stop) {
            const std::size_t t = next++;
            if (t >= count || s.timeUp())
                break;
            task(local, t);
            if (main) {
                std::lock_guard<std::mutex> g(lock);
                if (!tick())
                    stop = true;
            }
        }
        lps += local.lps();
        mips += local.mips();
    };
    // a thread is worth it for some dozens of small programs
    const std::size_t threads = std::min<std::size_t>(workerCount(), 1 + count / 64);
    runParts(threads, threads,
             [&](std::size_t part, std::size_t, std::size_t) { work(part == 0); });
    s.addCounts(lps, mips);
    return !stop;
}

// Works out one component: first a few solutions that push many figures at once towards
// what they must reach, then each figure still open on its own.
bool solveComponent(Solver &s, const std::function<bool()> &tick, std::string &message,
                    bool wholeNumbers)
{
    const int n = s.columns();
    const double inf = std::numeric_limits<double>::infinity();
    const std::size_t cores = workerCount();
    std::mutex lock;
    // per column, the rows it appears in: the neighbourhoods of the small programs
    std::vector<std::vector<int>> columnRows(static_cast<std::size_t>(n) + 1);
    for (std::size_t i = 0; i < s.rowColumns().size(); ++i)
        for (const int c : s.rowColumns()[i])
            columnRows[static_cast<std::size_t>(c)].push_back(static_cast<int>(i));
    auto openSides = [&] {
        std::vector<std::pair<int, bool>> open;
        for (int j = 1; j <= n; ++j)
            for (const bool minimise : {true, false})
                if (!s.unknown(j).sideDone(minimise))
                    open.push_back({j, minimise});
        return open;
    };
    const qint64 startMs = s.clock().elapsed();
    // together: every figure still open pushed towards where it must reach (one that must
    // merely not be pinned down: one unit beyond every value seen), boxed there; each such
    // solution settles many at once
    if (!jointRounds(
            s, tick, [](const Unknown &x) { return x.done(); },
            [](const Unknown &x, bool minimise) {
                return !x.sideDone(minimise);
            },
            [](const Unknown &x, bool minimise) {
                return targetOf(x, minimise, x.seenLow, x.seenHigh);
            },
            [&](const std::vector<int> &cols, bool minimise, const std::vector<double> &box) {
                s.solve(cols, minimise, box);
            }))
        return false;
    const qint64 jointMs = s.clock().elapsed();
    // then each side of each figure still open in a small program around it (see
    // LocalProgram), on every core: where the rows around it pin it, the whole program does
    // too; where a table close to the truth reaches, it is a witness
    std::atomic<std::size_t> localFound{0};
    {
        const std::vector<std::pair<int, bool>> open = openSides();
        const bool going = nearby(s, columnRows, open.size(), lock, tick, [&](LocalProgram &local, std::size_t t) {
            const auto [j, minimise] = open[t];
            Unknown &x = s.unknown(j);
            double target = 0;
            {
                std::lock_guard<std::mutex> g(lock);
                if (x.sideDone(minimise))
                    return;
                target = targetOf(x, minimise, x.seenLow, x.seenHigh);
            }
            double bound = 0;
            if (local.bounded(j, minimise, target, LocalProgram::kBoundRows, &bound)) {
                ++localFound;
                std::lock_guard<std::mutex> g(lock);
                x.ruleOut(minimise, bound);
            } else if (local.witness(j, minimise, target, LocalProgram::kWitnessFigures, false, &lock)) {
                ++localFound;
            }
        });
        if (!going)
            return false;
    }
    const qint64 localMs = s.clock().elapsed();
    // one by one, in the linear relaxation: each figure the small programs left open, on
    // every core (each thread solves its own copy of the program, warm from the basis the
    // joint solves ended with; what any of them learns settles figures for all)
    const std::vector<std::pair<int, bool>> tasks = openSides();
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::string failure; // under lock
    std::atomic<std::size_t> wholeSolves{0};
    auto work = [&](Solver &w, bool main) {
        for (;;) {
            if (stop)
                return;
            const std::size_t t = next++;
            if (t >= tasks.size())
                return;
            const auto [j, minimise] = tasks[t];
            Unknown &x = w.unknown(j);
            double target = 0;
            {
                std::lock_guard<std::mutex> g(lock);
                if (x.sideDone(minimise))
                    continue;
                target = targetOf(x, minimise, x.seenLow, x.seenHigh);
            }
            if (w.timeUp()) {
                std::lock_guard<std::mutex> g(lock);
                failure = "the audit ran out of time before it could prove every hidden cell "
                          "protected";
                stop = true;
                return;
            }
            double bound = 0;
            ++wholeSolves;
            const auto outcome = w.solve({j}, minimise, {target}, &bound);
            {
                std::lock_guard<std::mutex> g(lock);
                if (outcome == Solver::Outcome::Unbounded) {
                    if (minimise)
                        x.seenLow = -inf, x.provenLow = -inf;
                    else
                        x.seenHigh = inf, x.provenHigh = inf;
                    x.settle();
                } else if (outcome == Solver::Outcome::Solved) {
                    // where the linear relaxation already rules it out: the attacker's bound
                    if (!x.reaches(minimise, target, bound))
                        x.ruleOut(minimise, bound);
                } else {
                    failure = "the linear program of the audit could not be solved";
                    x.unproven = true;
                    x.lowDone = x.highDone = true;
                }
            }
            if (main) {
                // the progress counts the settled figures, which the helpers write
                std::lock_guard<std::mutex> g(lock);
                if (!tick())
                    stop = true;
            }
        }
    };
    // a thread is worth its copy of the program for some dozens of solves
    const std::size_t helpers = std::min<std::size_t>(cores - 1, tasks.size() / 32);
    std::vector<std::size_t> helperLps(helpers, 0), helperMips(helpers, 0);
    AuditMemory basis; // the helpers start from it
    if (helpers > 0) {
        s.keepBasis(basis);
        s.share(&lock);
    }
    runParts(helpers + 1, helpers + 1, [&](std::size_t part, std::size_t, std::size_t) {
        if (part == 0) {
            work(s, true);
            return;
        }
        const std::size_t h = part - 1;
        Solver w(s.unknownsRef(), s.columnUnknowns(), s.rows(), s.clock(), s.limitMs(),
                 helperLps[h], helperMips[h]);
        w.warmStart(basis);
        w.share(&lock);
        work(w, false);
    });
    s.share(nullptr);
    s.addCounts(std::accumulate(helperLps.begin(), helperLps.end(), std::size_t(0)),
                std::accumulate(helperMips.begin(), helperMips.end(), std::size_t(0)));
    // DIJKGRAAF_TRACE: where a component's time goes (no figure of a cell)
    if (std::getenv("DIJKGRAAF_TRACE"))
        std::fprintf(stderr, "component: %d unknowns; joint solves %lld ms; %zu sides by small programs, "
                             "%lld ms; %zu by the whole program, %lld ms\n",
                     n, static_cast<long long>(jointMs - startMs), localFound.load(),
                     static_cast<long long>(localMs - jointMs), wholeSolves.load(),
                     static_cast<long long>(s.clock().elapsed() - localMs));
    if (!failure.empty())
        message = failure;
    if (stop) // out of time, or stopped from outside
        return false;
    // whole numbers: a figure shown protected only by solutions with fractions of records is
    // searched for a table of whole counts that shows it, or one is proven not to exist
    // branch and bound on a program of thousands of whole numbers takes minutes: beyond
    // kWholeNumberUnknowns the figures are left as proven in the relaxation only, and said so
    if (!wholeNumbers)
        return true;
    if (n > Solver::kWholeNumberUnknowns) {
        // but a small program in whole numbers around a figure, the rest at their truth, is
        // a table of whole counts as well
        std::vector<std::pair<int, bool>> open;
        for (int j = 1; j <= n; ++j)
            if (s.unknown(j).integerSearchNeeded())
                for (const bool minimise : {true, false})
                    open.push_back({j, minimise});
        s.startWholeNumbers();
        const bool going = nearby(s, columnRows, open.size(), lock, tick, [&](LocalProgram &local, std::size_t t) {
            const auto [j, minimise] = open[t];
            Unknown &x = s.unknown(j);
            double target = 0;
            {
                std::lock_guard<std::mutex> g(lock);
                if (s.wholeTimeUp() || !x.integerSearchNeeded() ||
                    (!x.demand.pinnedOnly && x.meets(x.wholeLow, x.wholeHigh, minimise, !minimise)))
                    return;
                target = targetOf(x, minimise, x.wholeLow, x.wholeHigh);
            }
            local.witness(j, minimise, target, LocalProgram::kWholeWitnessFigures, true, &lock);
        });
        if (!going)
            return false;
        for (int j = 1; j <= n; ++j)
            if (s.unknown(j).integerSearchNeeded())
                s.unknown(j).wholeUndecided = true;
        return true;
    }
    s.startWholeNumbers();
    if (!jointRounds(
            s, tick, [](const Unknown &x) { return x.wholeOk(); },
            [&](const Unknown &x, bool minimise) {
                return !s.wholeTimeUp() && x.integerSearchNeeded() &&
                       (x.demand.pinnedOnly ||
                        !x.meets(x.wholeLow, x.wholeHigh, minimise, !minimise));
            },
            [](const Unknown &x, bool minimise) {
                return targetOf(x, minimise, x.wholeLow, x.wholeHigh);
            },
            [&](const std::vector<int> &cols, bool minimise, const std::vector<double> &box) {
                s.integerSearch(cols, minimise, box, nullptr);
            }))
        return false;
    for (int j = 1; j <= n; ++j) {
        Unknown &x = s.unknown(j);
        if (!x.integerSearchNeeded())
            continue;
        bool notReached = false, undecided = false;
        for (const bool minimise : {true, false}) {
            if (x.wholeOk())
                break;
            if (!x.demand.pinnedOnly && x.meets(x.wholeLow, x.wholeHigh, minimise, !minimise))
                continue;
            if (s.wholeTimeUp()) {
                undecided = true;
                continue;
            }
            double best = 0;
            const auto io = s.integerSearch({j}, minimise,
                                            {targetOf(x, minimise, x.wholeLow, x.wholeHigh)}, &best);
            if (io == Solver::IntegerOutcome::NotReached) {
                notReached = true;
                (minimise ? x.provenLow : x.provenHigh) = best;
            } else if (io == Solver::IntegerOutcome::Unknown) {
                undecided = true;
            }
            if (!tick())
                return false;
        }
        if (!x.wholeOk()) {
            // one that must not be pinned down fails only if neither side moves
            x.refuted = x.demand.pinnedOnly ? notReached && !undecided : notReached;
            x.wholeUndecided = !x.refuted;
        }
    }
    return true;
}

} // namespace

std::vector<AuditResult> auditTables(const std::vector<AuditTable> &tables,
                                     const AuditOptions &options)
{
    std::vector<const AggregateTable *> t;
    for (const AuditTable &a : tables)
        t.push_back(a.table);
    return auditTables(tables, linkTables(t), options);
}

std::vector<AuditResult> auditTables(const std::vector<AuditTable> &tables,
                                     const ReleaseLinks &links, const AuditOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<AuditResult> results(tables.size());
    const double inf = std::numeric_limits<double>::infinity();

    // the unknowns: every figure of every hidden cell
    std::vector<std::vector<FigureDef>> figures;
    std::vector<std::pair<int, double>> knownBefore; // unknowns an earlier release published
    std::vector<std::vector<int>> unknownOf; // per table: cell * figures + figure -> unknown
    std::vector<Unknown> u;
    for (std::size_t ti = 0; ti < tables.size(); ++ti) {
        const AggregateTable &t = *tables[ti].table;
        figures.push_back(figuresOf(t));
        const std::size_t fc = figures.back().size();
        const std::vector<std::uint32_t> below = listedBelow(t);
        std::vector<std::vector<const EarlierValue *>> earlierOf(t.cells.size());
        for (const EarlierValue &v : tables[ti].earlier)
            earlierOf[v.cell].push_back(&v);
        unknownOf.emplace_back(t.cells.size() * fc, -1);
        for (std::size_t c = 0; c < t.cells.size(); ++c) {
            if (!isHidden(tables[ti].state[c]))
                continue;
            ++results[ti].hiddenCells;
            for (std::size_t f = 0; f < fc; ++f) {
                Unknown x;
                x.table = static_cast<std::uint32_t>(ti);
                x.cell = static_cast<std::uint32_t>(c);
                x.figure = f;
                const FigureDef &def = figures.back()[f];
                x.integer = def.kind != FigureDef::Kind::Sum;
                // a listed cell holds at least one record, and one subject (unless every
                // listed cell it covers was listed only because an earlier release listed it)
                if (x.integer)
                    x.lowerBound = below[c] > 0 ? 1 : 0;
                x.value = truthOf(t, c, def);
                x.seenLow = x.seenHigh = x.wholeLow = x.wholeHigh = x.value;
                if (options.memory)
                    if (auto it = options.memory->seen.find({x.table, x.cell, x.figure});
                        it != options.memory->seen.end()) {
                        x.seenLow = std::min(x.seenLow, it->second.low);
                        x.seenHigh = std::max(x.seenHigh, it->second.high);
                        x.wholeLow = std::min(x.wholeLow, it->second.wholeLow);
                        x.wholeHigh = std::max(x.wholeHigh, it->second.wholeHigh);
                    }
                x.demand = demandOf(t, c, def, tables[ti].rules, below[c]);
                for (const EarlierValue *v : earlierOf[c]) {
                    if (!v->figures[f])
                        continue;
                    if (v->sameInput) {
                        // the same records: published then, known now (a sum under another
                        // clamp is another figure)
                        if (std::abs(*v->figures[f] - x.value) <= 1e-9 * std::max(1.0, std::abs(x.value)))
                            knownBefore.push_back({static_cast<int>(u.size()), x.value});
                    } else if (smallChange(tables[ti], *v))
                        widenForChange(x.demand, def, x.value, *v->figures[f], tables[ti].rules,
                                       structuralFloor(def, below[c]));
                }
                x.settle();
                unknownOf[ti][c * fc + f] = static_cast<int>(u.size());
                u.push_back(std::move(x));
            }
        }
    }
    for (std::size_t ti = 0; ti < tables.size(); ++ti) {
        results[ti].ran = results[ti].hiddenCells > 0;
        for (std::size_t tj = 0; tj < tables.size(); ++tj)
            if (tj != ti && results[ti].ran)
                results[ti].linkedTables.push_back(tables[tj].table->spec.name);
    }
    if (u.empty())
        return results;

    // the rows of the attacker's program: a term is an unknown, or a published value moved
    // to the bounds
    std::vector<Row> rows;
    auto term = [&](Row &row, const CellRef &c, std::size_t f, double coef) {
        const AggregateTable &t = *tables[c.table].table;
        const int k = unknownOf[c.table][c.cell * figures[c.table].size() + f];
        if (k >= 0) {
            row.terms.push_back({k, coef});
            return;
        }
        const double v = truthOf(t, c.cell, figures[c.table][f]) * coef;
        row.lo -= v;
        row.hi -= v;
    };
    RowKey key{};
    auto addRow = [&](Row &&row) {
        row.key = key;
        if (!row.terms.empty())
            rows.push_back(std::move(row));
    };
    auto equal = [](Row &r) { r.lo = r.hi = 0; };
    auto anyHidden = [&](const std::vector<CellRef> &a, const std::vector<CellRef> &b) {
        for (const auto *side : {&a, &b})
            for (const CellRef &c : *side)
                if (isHidden(tables[c.table].state[c.cell]))
                    return true;
        return false;
    };
    // the figure of table b that is the same sum as figure f of table a (same column and
    // bounds), or none
    auto matching = [&](std::uint32_t a, std::size_t f, std::uint32_t b) -> std::optional<std::size_t> {
        const FigureDef &fa = figures[a][f];
        if (fa.kind == FigureDef::Kind::Records)
            return 0;
        if (fa.kind == FigureDef::Kind::Subjects)
            return tables[b].table->hasSubjects ? std::optional<std::size_t>(1) : std::nullopt;
        const MeasureSpec &ma = tables[a].table->spec.measures[static_cast<std::size_t>(fa.measure)];
        for (std::size_t g = 0; g < figures[b].size(); ++g) {
            const FigureDef &fb = figures[b][g];
            if (fb.kind != FigureDef::Kind::Sum)
                continue;
            const MeasureSpec &mb = tables[b].table->spec.measures[static_cast<std::size_t>(fb.measure)];
            if (mb.column == ma.column && mb.lower == ma.lower && mb.upper == ma.upper)
                return g;
        }
        return std::nullopt;
    };
    for (std::size_t li = 0; li < links.lines.size(); ++li) {
        const LinkedLine &line = links.lines[li];
        if (!anyHidden(line.plus, line.minus))
            continue;
        const std::uint32_t a = line.plus.front().table, b = line.minus.front().table;
        for (std::size_t f = 0; f < figures[a].size(); ++f) {
            const auto g = matching(a, f, b);
            if (!g)
                continue;
            const bool subjects = figures[a][f].kind == FigureDef::Kind::Subjects;
            key = {1, static_cast<std::uint32_t>(li), static_cast<std::uint32_t>(f), 0};
            if (!subjects || line.subjectsAdd) {
                Row r;
                equal(r);
                for (const CellRef &c : line.plus)
                    term(r, c, f, 1);
                for (const CellRef &c : line.minus)
                    term(r, c, *g, -1);
                addRow(std::move(r));
            } else if (line.table >= 0) {
                // distinct subjects of a total: at most the sum of its parts', at least each
                // part's
                Row r;
                r.hi = 0;
                for (const CellRef &c : line.plus)
                    term(r, c, f, -1);
                term(r, line.minus.front(), f, 1);
                addRow(std::move(r));
                for (const CellRef &c : line.plus) {
                    ++key[3];
                    if (!isHidden(tables[c.table].state[c.cell]) &&
                        !isHidden(tables[line.minus.front().table].state[line.minus.front().cell]))
                        continue;
                    Row p;
                    p.lo = 0;
                    term(p, line.minus.front(), f, 1);
                    term(p, c, f, -1);
                    addRow(std::move(p));
                }
            }
        }
    }
    for (std::size_t pi = 0; pi < links.sameRecords.size(); ++pi) {
        const auto &[a, b] = links.sameRecords[pi];
        if (!isHidden(tables[a.table].state[a.cell]) && !isHidden(tables[b.table].state[b.cell]))
            continue;
        for (std::size_t f = 0; f < figures[a.table].size(); ++f)
            if (const auto g = matching(a.table, f, b.table)) {
                key = {2, static_cast<std::uint32_t>(pi), static_cast<std::uint32_t>(f), 0};
                Row r;
                equal(r);
                term(r, a, f, 1);
                term(r, b, *g, -1);
                addRow(std::move(r));
            }
    }
    // within a hidden cell: subjects at most its records; each sum within the clamp of its
    // records (a missing value adds nothing)
    for (std::size_t ti = 0; ti < tables.size(); ++ti) {
        const AggregateTable &t = *tables[ti].table;
        const std::size_t fc = figures[ti].size();
        for (std::size_t c = 0; c < t.cells.size(); ++c) {
            if (!isHidden(tables[ti].state[c]))
                continue;
            const int x = unknownOf[ti][c * fc];
            for (std::size_t f = 1; f < fc; ++f) {
                const int y = unknownOf[ti][c * fc + f];
                const RowKey cellKey{3, static_cast<std::uint32_t>(ti), static_cast<std::uint32_t>(c),
                                     static_cast<std::uint32_t>(2 * f)};
                if (figures[ti][f].kind == FigureDef::Kind::Subjects) {
                    Row r;
                    r.key = cellKey;
                    r.hi = 0;
                    r.terms = {{y, 1}, {x, -1}};
                    rows.push_back(std::move(r));
                    continue;
                }
                const MeasureSpec &m = t.spec.measures[static_cast<std::size_t>(figures[ti][f].measure)];
                Row up;
                up.key = cellKey;
                up.hi = 0;
                up.terms = {{y, 1}, {x, -std::max(0.0, m.upper)}};
                rows.push_back(std::move(up));
                Row down;
                down.key = cellKey;
                ++down.key[3];
                down.lo = 0;
                down.terms = {{y, 1}, {x, -std::min(0.0, m.lower)}};
                rows.push_back(std::move(down));
            }
        }
    }

    for (const auto &[k, value] : knownBefore) {
        Row r;
        const Unknown &x = u[static_cast<std::size_t>(k)];
        r.key = {4, x.table, x.cell, static_cast<std::uint32_t>(x.figure)};
        r.lo = r.hi = value;
        r.terms = {{k, 1}};
        rows.push_back(std::move(r));
    }

    if (!options.programFile.empty()) {
        std::vector<int> all(u.size());
        std::iota(all.begin(), all.end(), 0);
        std::vector<const Row *> allRows;
        for (const Row &r : rows)
            allRows.push_back(&r);
        std::size_t lps = 0, mips = 0;
        Solver whole(u, all, allRows, clock, 0, lps, mips);
        if (!whole.writeProgram(options.programFile))
            for (AuditResult &r : results)
                r.solverMessage = "the attacker's program could not be written to " + options.programFile;
    }

    // unknowns tied together by rows form one program; the others cannot tell about them
    Components comp{std::vector<int>(u.size())};
    std::iota(comp.parent.begin(), comp.parent.end(), 0);
    for (const Row &r : rows)
        for (std::size_t i = 1; i < r.terms.size(); ++i)
            comp.join(r.terms[i].first, r.terms[0].first);
    std::map<int, std::pair<std::vector<int>, std::vector<const Row *>>> groups;
    for (std::size_t k = 0; k < u.size(); ++k)
        groups[comp.find(static_cast<int>(k))].first.push_back(static_cast<int>(k));
    for (const Row &r : rows)
        groups[comp.find(r.terms[0].first)].second.push_back(&r);

    std::string message;
    std::size_t ticks = 0, lps = 0, mips = 0;
    bool stopped = false;
    auto tick = [&] {
        if (!options.progress || ticks++ % 32 != 0) // the first, then every 32nd
            return true;
        std::size_t done = 0;
        for (const Unknown &x : u)
            done += x.done();
        return options.progress(static_cast<double>(done) / static_cast<double>(u.size()));
    };
    for (auto &[root, group] : groups) {
        auto &[cols, groupRows] = group;
        // settled already (by solutions of earlier audits), whole numbers included
        if (std::all_of(cols.begin(), cols.end(), [&](int k) {
                const Unknown &x = u[static_cast<std::size_t>(k)];
                return x.done() && (!options.wholeNumbers || !x.integerSearchNeeded());
            }))
            continue;
        if (cols.size() > options.maxLinkedFigures) {
            message = std::to_string(cols.size()) +
                      " unknown figures of hidden cells are tied together through the totals, "
                      "more than the audit takes on (" +
                      std::to_string(options.maxLinkedFigures) +
                      "): choose coarser levels, fewer dimensions, or no totals";
            stopped = true;
            break;
        }
        if (groupRows.empty()) {
            // tied to nothing: free within its structural bounds
            for (const int k : cols) {
                Unknown &x = u[static_cast<std::size_t>(k)];
                x.seenLow = x.wholeLow = x.provenLow = x.lowerBound;
                x.seenHigh = x.wholeHigh = x.provenHigh = inf;
                x.settle();
            }
            continue;
        }
        Solver s(u, cols, groupRows, clock, options.timeLimitSeconds * 1000, lps, mips);
        if (options.memory)
            s.warmStart(*options.memory);
        const bool solved = solveComponent(s, tick, message, options.wholeNumbers);
        if (options.memory)
            s.keepBasis(*options.memory);
        if (!solved) {
            stopped = true;
            if (message.empty())
                message = "the audit was stopped before it could prove every hidden cell protected";
            break;
        }
    }
    if (stopped)
        for (Unknown &x : u)
            if (!x.done())
                x.unproven = true;

    if (options.memory)
        for (const Unknown &x : u)
            options.memory->seen[{x.table, x.cell, x.figure}] = {x.seenLow, x.seenHigh, x.wholeLow,
                                                                 x.wholeHigh};
    for (const Unknown &x : u) {
        AuditFinding f;
        f.cell = x.cell;
        f.figure = figures[x.table][x.figure].name;
        f.lower = std::isfinite(x.provenLow) ? x.provenLow : x.seenLow;
        f.upper = std::isfinite(x.provenHigh) ? x.provenHigh : x.seenHigh;
        f.pinnedOnly = x.demand.pinnedOnly;
        f.reachLow = x.demand.reachLow;
        f.reachHigh = x.demand.reachHigh;
        f.rule = x.demand.rule;
        f.protectedEnough = x.ok();
        f.wholeNumbersDecided = !x.wholeUndecided;
        AuditResult &r = results[x.table];
        r.relaxationOnly += x.wholeUndecided && f.protectedEnough;
        r.passed = r.passed && f.protectedEnough;
        r.findings.push_back(std::move(f));
    }
    // DIJKGRAAF_TRACE: one line per audit on stderr, for measuring (no figure of a cell)
    if (std::getenv("DIJKGRAAF_TRACE"))
        std::fprintf(stderr, "audit: %zu unknowns, %zu rows, %zu groups, %zu lps, %zu mips, %lld ms\n",
                     u.size(), rows.size(), groups.size(), lps, mips, static_cast<long long>(clock.elapsed()));
    for (AuditResult &r : results) {
        r.linearPrograms = lps;
        r.integerPrograms = mips;
        if (!message.empty() && r.ran && !r.passed)
            r.solverMessage = message;
    }
    return results;
}

} // namespace dijkgraaf
