#include "protection.h"

#include <QString>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace dijkgraaf {

std::string_view mechanismName(DpSettings::Mechanism m)
{
    return m == DpSettings::Mechanism::Laplace ? "discrete-laplace" : "discrete-gaussian";
}

std::string_view cellStateName(CellState s)
{
    switch (s) {
    case CellState::Published:
        return "published";
    case CellState::Primary:
        return "hidden";
    case CellState::Secondary:
        return "hidden-secondary";
    case CellState::Noisy:
        return "noisy";
    case CellState::NoisySmall:
        return "hidden-noisy-small";
    }
    return "";
}

bool isHidden(CellState s)
{
    return s == CellState::Primary || s == CellState::Secondary || s == CellState::NoisySmall;
}

std::size_t figureCount(const Release &r)
{
    return 1 + (r.hasSubjects ? 1 : 0) + r.measureNames.size();
}

std::vector<std::optional<double>> releasedFigures(const Release &r, const ReleasedCell &c)
{
    std::vector<std::optional<double>> f;
    f.push_back(c.records ? std::optional<double>(static_cast<double>(*c.records)) : std::nullopt);
    if (r.hasSubjects)
        f.push_back(c.subjects ? std::optional<double>(static_cast<double>(*c.subjects))
                               : std::nullopt);
    for (const auto &v : c.values)
        f.push_back(v);
    return f;
}

std::vector<double> releasedErrors(const Release &r, const ReleasedCell &c)
{
    std::vector<double> e{c.recordsError95};
    if (r.hasSubjects)
        e.push_back(c.subjectsError95);
    for (const double v : c.valueError95)
        e.push_back(v);
    return e;
}

std::string labelOf(const Release &r, std::size_t dimension, std::uint32_t label)
{
    return label == kTotalLabel ? "Total" : r.labels[dimension][label];
}

QJsonObject protectionToJson(const ProtectionSettings &p)
{
    if (p.kind == ProtectionSettings::Kind::DifferentialPrivacy) {
        const DpSettings &d = p.dp;
        QJsonObject o{{"method", "differential-privacy"},
                      {"mechanism", QString::fromUtf8(mechanismName(d.mechanism).data())},
                      {"max_cells_per_subject", static_cast<double>(d.bounds.maxCells)},
                      {"max_rows_per_cell", static_cast<double>(d.bounds.maxRowsPerCell)},
                      {"sum_unit", d.sumUnit},
                      {"suppress_noisy_counts_below", static_cast<double>(d.suppressBelow)}};
        if (d.mechanism == DpSettings::Mechanism::Laplace)
            o["epsilon"] = d.epsilon;
        else
            o["rho"] = d.rho;
        return o;
    }
    const TableRules &r = p.rules;
    QJsonObject o{{"method", "table-rules"},
                  {"threshold", static_cast<double>(r.threshold)},
                  {"rounding_base", r.roundingBase},
                  {"protection_percent", r.protectionPercent},
                  {"protection_minimum", r.protectionMinimum}};
    if (r.dominance)
        o["dominance"] = QJsonObject{{"n", r.dominanceN}, {"k", r.dominanceK}};
    if (r.pPercent)
        o["p_percent"] = r.p;
    return o;
}

Result<ProtectionSettings> protectionFromJson(const QJsonObject &o, const std::string &where)
{
    ProtectionSettings p;
    const std::string method = o["method"].toString().toStdString();
    if (method == "differential-privacy") {
        p.kind = ProtectionSettings::Kind::DifferentialPrivacy;
        DpSettings &d = p.dp;
        const std::string mech = o["mechanism"].toString().toStdString();
        if (mech == "discrete-laplace")
            d.mechanism = DpSettings::Mechanism::Laplace;
        else if (mech == "discrete-gaussian")
            d.mechanism = DpSettings::Mechanism::Gaussian;
        else
            return Error{where +
                         ": the mechanism must be discrete-laplace or discrete-gaussian, not '" +
                         mech + "'"};
        d.epsilon = o["epsilon"].toDouble(d.epsilon);
        d.rho = o["rho"].toDouble(d.rho);
        d.bounds.maxCells = static_cast<std::uint32_t>(o["max_cells_per_subject"].toDouble(1));
        d.bounds.maxRowsPerCell = static_cast<std::uint32_t>(o["max_rows_per_cell"].toDouble(1));
        d.sumUnit = o["sum_unit"].toDouble(1);
        d.suppressBelow = static_cast<std::uint64_t>(o["suppress_noisy_counts_below"].toDouble(0));
    } else if (method == "table-rules" || method.empty()) {
        TableRules &r = p.rules;
        r.threshold = static_cast<std::uint64_t>(o["threshold"].toDouble(5));
        r.roundingBase = o["rounding_base"].toInt(0);
        r.protectionPercent = o["protection_percent"].toDouble(10);
        r.protectionMinimum = o["protection_minimum"].toDouble(1);
        if (o.contains("dominance")) {
            r.dominance = true;
            r.dominanceN = o["dominance"].toObject()["n"].toInt(2);
            r.dominanceK = o["dominance"].toObject()["k"].toDouble(85);
        }
        if (o.contains("p_percent")) {
            r.pPercent = true;
            r.p = o["p_percent"].toDouble(10);
        }
    } else {
        return Error{where + ": the method must be table-rules or differential-privacy, not '" +
                     method + "'"};
    }
    if (auto v = validateProtection(p); !v)
        return Error{where + ": " + v.error().message};
    return p;
}

Result<bool> validateProtection(const ProtectionSettings &s)
{
    const TableRules &r = s.rules;
    if (s.kind == ProtectionSettings::Kind::Rules) {
        if (r.threshold < 1)
            return Error{"the threshold must be at least 1"};
        if (r.dominance &&
            (r.dominanceN < 1 || r.dominanceN > 3 || r.dominanceK <= 0 || r.dominanceK > 100))
            return Error{"the dominance rule needs n from 1 to 3 and k above 0 and at most 100 %"};
        if (r.pPercent && (r.p <= 0 || r.p > 100))
            return Error{"the p% rule needs p above 0 and at most 100"};
        if (r.roundingBase != 0 && r.roundingBase != 3 && r.roundingBase != 5 &&
            r.roundingBase != 10)
            return Error{"rounding is to a base of 3, 5 or 10 (or 0 for none), not " +
                         std::to_string(r.roundingBase)};
        if (r.protectionPercent < 0 || r.protectionMinimum < 0)
            return Error{"the protection range cannot be negative"};
        return true;
    }
    const DpSettings &d = s.dp;
    if (d.mechanism == DpSettings::Mechanism::Laplace && !(d.epsilon >= 0.001 && d.epsilon <= 100))
        return Error{"epsilon must lie between 0.001 and 100"};
    if (d.mechanism == DpSettings::Mechanism::Gaussian && !(d.rho >= 0.000001 && d.rho <= 100))
        return Error{"rho must lie between 0.000001 and 100"};
    if (d.bounds.maxCells < 1 || d.bounds.maxCells > 1000 || d.bounds.maxRowsPerCell < 1 ||
        d.bounds.maxRowsPerCell > 1000)
        return Error{"the contribution bounds must lie between 1 and 1000"};
    if (!(d.sumUnit > 0))
        return Error{"the unit of noisy sums must be positive"};
    return true;
}

std::vector<AuditFinding> AuditResult::failures() const
{
    std::vector<AuditFinding> out;
    for (const AuditFinding &f : findings)
        if (!f.protectedEnough)
            out.push_back(f);
    return out;
}

namespace {

Release skeleton(const AggregateTable &table)
{
    Release r;
    r.tableName = table.spec.name;
    for (const auto &d : table.dimensions) {
        r.dimensionNames.push_back(d.name);
        r.dimensionColumns.push_back(d.column);
        r.labels.push_back(d.labels);
    }
    for (const auto &m : table.spec.measures)
        r.measureNames.push_back((m.kind == MeasureSpec::Kind::Sum ? "sum of " : "mean of ") +
                                 m.column);
    r.hasSubjects = table.hasSubjects;
    r.cells.resize(table.cells.size());
    for (std::size_t c = 0; c < table.cells.size(); ++c) {
        r.cells[c].labels = table.cells[c].labels;
        r.cells[c].values.resize(table.spec.measures.size());
        r.cells[c].valueError95.assign(table.spec.measures.size(), 0.0);
    }
    r.summary.cells = table.cells.size();
    r.summary.droppedRows = table.droppedRows;
    return r;
}

// The figures a table adds up in: the record count and each sum (means are derived).
struct Figure
{
    std::string name;
    int measure; // -1: records
    bool nonNegative;
};

std::vector<Figure> additiveFigures(const AggregateTable &t)
{
    std::vector<Figure> f{{"records", -1, true}};
    for (std::size_t m = 0; m < t.spec.measures.size(); ++m) {
        const auto &spec = t.spec.measures[m];
        f.push_back({"sum of " + spec.column, static_cast<int>(m), spec.lower >= 0});
    }
    return f;
}

double figureOf(const AggregateCell &c, const Figure &f)
{
    return f.measure < 0 ? static_cast<double>(c.records)
                         : c.sums[static_cast<std::size_t>(f.measure)];
}

void fillSummary(const AggregateTable &table, Release &r, std::uint64_t threshold)
{
    ReleaseSummary &s = r.summary;
    const std::size_t inner = table.innerCells();
    std::uint64_t hiddenRecords = 0, smallBefore = 0, smallAfter = 0;
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
        const CellState st = r.cells[c].state;
        s.primarySuppressed += st == CellState::Primary;
        s.secondarySuppressed += st == CellState::Secondary;
        s.noisySuppressed += st == CellState::NoisySmall;
        if (c >= inner)
            continue;
        const AggregateCell &cell = table.cells[c];
        if (isHidden(st))
            hiddenRecords += cell.records;
        if (cell.contributors > 0 && cell.contributors < threshold) {
            smallBefore += cell.records;
            if (st == CellState::Published)
                smallAfter += cell.records;
        }
    }
    const double n = std::max<double>(1, static_cast<double>(table.records));
    s.recordsInSuppressedCells = static_cast<double>(hiddenRecords) / n;
    s.riskBefore = static_cast<double>(smallBefore) / n;
    s.riskAfter = static_cast<double>(smallAfter) / n;
}

// Hidden cells tied together by relations form one linear program; cells of different
// components cannot tell anything about each other, so each component is solved alone (most
// are small: one hidden cell and its partners).
struct Components
{
    std::vector<std::size_t> parent;
    std::size_t find(std::size_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// Beyond this many hidden cells tied together by totals, the linear programs of an audit take
// minutes: such a table asks for coarser levels rather than an audit.
constexpr std::size_t kMaxLinkedHiddenCells = 4000;

// The interval of every primary hidden cell's figure that follows from the published cells,
// the relations between cells and margins, and the sign of the figure.
void auditFigure(const AggregateTable &table, const std::vector<CellState> &state,
                 const std::vector<AggregateTable::Relation> &relations, const Figure &figure,
                 const TableRules &rules, AuditResult &out)
{
    const std::size_t n = table.cells.size();
    Components comp{std::vector<std::size_t>(n)};
    std::iota(comp.parent.begin(), comp.parent.end(), std::size_t(0));
    std::vector<std::size_t> involved; // relations with a hidden cell
    for (std::size_t r = 0; r < relations.size(); ++r) {
        const auto &rel = relations[r];
        std::size_t first = n;
        auto visit = [&](std::size_t c) {
            if (!isHidden(state[c]))
                return;
            if (first == n)
                first = c;
            else
                comp.join(c, first);
        };
        visit(rel.total);
        for (const std::size_t p : rel.parts)
            visit(p);
        if (first != n)
            involved.push_back(r);
    }
    // per component: its hidden cells and its relations
    std::map<std::size_t, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
    bool anyPrimary = false;
    for (std::size_t c = 0; c < n; ++c)
        if (isHidden(state[c])) {
            groups[comp.find(c)].first.push_back(c);
            anyPrimary = anyPrimary || state[c] == CellState::Primary;
        }
    if (!anyPrimary)
        return;
    for (const std::size_t r : involved) {
        const auto &rel = relations[r];
        std::size_t any = isHidden(state[rel.total]) ? rel.total : n;
        for (std::size_t i = 0; any == n && i < rel.parts.size(); ++i)
            if (isHidden(state[rel.parts[i]]))
                any = rel.parts[i];
        groups[comp.find(any)].second.push_back(r);
    }

    const double inf = std::numeric_limits<double>::infinity();
    std::vector<int> column(n, 0); // 1-based GLPK column of each hidden cell in its component
    std::vector<AuditFinding> findings;
    for (const auto &[root, group] : groups) {
        const auto &[cells, rows] = group;
        if (cells.size() > kMaxLinkedHiddenCells) {
            out.solverMessage =
                std::to_string(cells.size()) +
                " hidden cells are linked through the totals, too many to audit (at most " +
                std::to_string(kMaxLinkedHiddenCells) +
                "): choose coarser levels, fewer dimensions, or no totals";
            out.passed = false;
            return;
        }
        if (std::none_of(cells.begin(), cells.end(),
                         [&](std::size_t c) { return state[c] == CellState::Primary; }))
            continue;
        const int columns = static_cast<int>(cells.size());
        for (int j = 0; j < columns; ++j)
            column[cells[static_cast<std::size_t>(j)]] = j + 1;
        glp_prob *lp = glp_create_prob();
        glp_add_cols(lp, columns);
        for (int j = 1; j <= columns; ++j)
            glp_set_col_bnds(lp, j, figure.nonNegative ? GLP_LO : GLP_FR, 0, 0);
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        int row = 0;
        for (const std::size_t r : rows) {
            const auto &rel = relations[r];
            // total = sum of parts, with the published figures moved to the right-hand side
            double rhs = 0;
            ++row;
            glp_add_rows(lp, 1);
            if (column[rel.total] && isHidden(state[rel.total]))
                ia.push_back(row), ja.push_back(column[rel.total]), ar.push_back(-1);
            else
                rhs += figureOf(table.cells[rel.total], figure);
            for (const std::size_t p : rel.parts) {
                if (isHidden(state[p]))
                    ia.push_back(row), ja.push_back(column[p]), ar.push_back(1);
                else
                    rhs -= figureOf(table.cells[p], figure);
            }
            glp_set_row_bnds(lp, row, GLP_FX, rhs, rhs);
        }
        if (row > 0)
            glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        auto solve = [&](int j, int dir, double &bound) -> bool {
            for (int k = 1; k <= columns; ++k)
                glp_set_obj_coef(lp, k, k == j ? 1.0 : 0.0);
            glp_set_obj_dir(lp, dir);
            const int rc = glp_simplex(lp, &parm);
            const int status = rc == 0 ? glp_get_status(lp) : 0;
            if (status == GLP_UNBND) {
                bound = dir == GLP_MAX ? inf : -inf;
                return true;
            }
            if (status != GLP_OPT) {
                out.solverMessage =
                    "the linear program of the audit could not be solved (GLPK code " +
                    std::to_string(rc) + ", status " + std::to_string(status) + ")";
                return false;
            }
            bound = glp_get_obj_val(lp);
            return true;
        };
        // Each solution of the program is a table the attacker cannot rule out: it shows at
        // once, for every primary cell, a value at least that low and at least that high. So a
        // cell is solved for only when no earlier solution has shown it to be protected.
        struct Need
        {
            double value, low, high, required, seenLow, seenHigh;
            bool secondary = false; // needs only not to be pinned down: a width of required
            bool lowDone = false, highDone = false;
            double tolerance = 0;
            bool widthEnough() const { return seenHigh - seenLow >= required - tolerance; }
        };
        std::vector<Need> need(static_cast<std::size_t>(columns) + 1);
        for (int j = 1; j <= columns; ++j) {
            const std::size_t c = cells[static_cast<std::size_t>(j - 1)];
            Need &e = need[static_cast<std::size_t>(j)];
            e.value = figureOf(table.cells[c], figure);
            e.secondary = state[c] != CellState::Primary;
            // a cell that fails a rule must stay uncertain by the protection range either
            // side; a cell hidden to protect it must merely not be worked out exactly
            e.required = e.secondary
                             ? rules.protectionMinimum
                             : std::max(rules.protectionMinimum,
                                        rules.protectionPercent / 100.0 * std::abs(e.value));
            // below a non-negative figure, reaching zero is as uncertain as it can get
            e.low = figure.nonNegative ? std::max(0.0, e.value - e.required) : e.value - e.required;
            e.high = e.value + e.required;
            e.seenLow = e.seenHigh = e.value;
            e.tolerance = 1e-6 * std::max(1.0, std::abs(e.value));
            e.low += e.tolerance;
            e.high -= e.tolerance;
            if (row == 0) { // with no relation a hidden cell is free within its sign
                e.lowDone = e.highDone = true;
                e.seenLow = figure.nonNegative ? 0 : -inf;
                e.seenHigh = inf;
            }
        }
        auto settle = [](Need &e) {
            if (e.secondary) {
                if (e.widthEnough())
                    e.lowDone = e.highDone = true;
            } else {
                e.lowDone = e.lowDone || e.seenLow <= e.low;
                e.highDone = e.highDone || e.seenHigh >= e.high;
            }
        };
        auto learn = [&] {
            for (int k = 1; k <= columns; ++k) {
                Need &e = need[static_cast<std::size_t>(k)];
                const double x = glp_get_col_prim(lp, k);
                e.seenLow = std::min(e.seenLow, x);
                e.seenHigh = std::max(e.seenHigh, x);
                settle(e);
            }
        };
        bool solved = true;
        for (int j = 1; j <= columns && solved; ++j) {
            Need &e = need[static_cast<std::size_t>(j)];
            double bound = 0;
            for (const int dir : {GLP_MIN, GLP_MAX}) {
                if (dir == GLP_MIN ? e.lowDone : e.highDone)
                    continue;
                if (!solve(j, dir, bound)) {
                    solved = false;
                    break;
                }
                (dir == GLP_MIN ? e.seenLow : e.seenHigh) =
                    dir == GLP_MIN ? std::min(e.seenLow, bound) : std::max(e.seenHigh, bound);
                if (!std::isinf(bound))
                    learn();
                settle(e);
                if (!e.secondary)
                    (dir == GLP_MIN ? e.lowDone : e.highDone) = true;
            }
        }
        if (!solved) {
            out.passed = false;
        } else {
            for (int j = 1; j <= columns; ++j) {
                const std::size_t c = cells[static_cast<std::size_t>(j - 1)];
                const Need &e = need[static_cast<std::size_t>(j)];
                const bool ok =
                    e.secondary ? e.widthEnough() : e.seenLow <= e.low && e.seenHigh >= e.high;
                out.passed = out.passed && ok;
                findings.push_back({c, figure.name, e.seenLow, e.seenHigh, e.required, ok});
            }
        }
        glp_delete_prob(lp);
        for (const std::size_t c : cells)
            column[c] = 0;
        if (!solved)
            break;
    }
    std::sort(findings.begin(), findings.end(),
              [](const AuditFinding &a, const AuditFinding &b) { return a.cell < b.cell; });
    out.findings.insert(out.findings.end(), findings.begin(), findings.end());
}

AuditResult audit(const AggregateTable &table, const std::vector<CellState> &state,
                  const std::vector<AggregateTable::Relation> &relations, const TableRules &rules)
{
    AuditResult r;
    for (const CellState s : state)
        r.hiddenCells += isHidden(s);
    for (const Figure &f : additiveFigures(table)) {
        auditFigure(table, state, relations, f, rules, r);
        if (!r.solverMessage.empty())
            break;
    }
    return r;
}

std::string primaryReason(const AggregateTable &table, const AggregateCell &c,
                          const TableRules &rules)
{
    const std::string who = table.hasSubjects ? "subjects" : "records";
    if (c.contributors > 0 && c.contributors < rules.threshold)
        return "fewer than " + std::to_string(rules.threshold) + " " + who;
    for (std::size_t m = 0; m < table.spec.measures.size(); ++m) {
        const double total = c.sums[m];
        const auto &largest = c.largest[m];
        if (total <= 0 || largest.empty())
            continue;
        const std::string &column = table.spec.measures[m].column;
        if (rules.dominance) {
            double top = 0;
            for (std::size_t i = 0;
                 i < largest.size() && i < static_cast<std::size_t>(rules.dominanceN); ++i)
                top += largest[i];
            if (top > rules.dominanceK / 100.0 * total)
                return "(" + std::to_string(rules.dominanceN) + ", " +
                       QString::number(rules.dominanceK).toStdString() +
                       ") dominance on the sum of " + column;
        }
        if (rules.pPercent) {
            const double second = largest.size() > 1 ? largest[1] : 0;
            if (total - largest[0] - second < rules.p / 100.0 * largest[0])
                return "p% rule (p = " + QString::number(rules.p).toStdString() +
                       ") on the sum of " + column;
        }
    }
    return {};
}

std::int64_t roundTo(std::uint64_t v, int base)
{
    if (base <= 1)
        return static_cast<std::int64_t>(v);
    const std::uint64_t b = static_cast<std::uint64_t>(base);
    return static_cast<std::int64_t>((v + b / 2) / b * b);
}

} // namespace

AuditResult auditRelease(const AggregateTable &table, const Release &release,
                         const TableRules &rules)
{
    std::vector<CellState> state;
    for (const auto &c : release.cells)
        state.push_back(c.state);
    return audit(table, state, table.relations(), rules);
}

Release protectWithRules(const AggregateTable &table, const TableRules &rules)
{
    Release r = skeleton(table);
    r.protection.kind = ProtectionSettings::Kind::Rules;
    r.protection.rules = rules;
    const std::size_t n = table.cells.size();
    std::vector<CellState> state(n, CellState::Published);
    std::vector<std::string> reason(n);
    for (std::size_t c = 0; c < n; ++c) {
        reason[c] = primaryReason(table, table.cells[c], rules);
        if (!reason[c].empty())
            state[c] = CellState::Primary;
    }

    const auto relations = table.relations();
    if (!relations.empty()) {
        // Secondary suppression: a line of cells (a margin and its parts) with one hidden cell
        // gives it away by subtraction, so another cell of the line is hidden, the one with the
        // fewest records (inner cells before margins); then the audit, and for each cell that
        // can still be worked out too closely one more cell of its lines, until it passes.
        std::vector<std::vector<std::size_t>> linesOf(n);
        for (std::size_t i = 0; i < relations.size(); ++i) {
            linesOf[relations[i].total].push_back(i);
            for (const std::size_t p : relations[i].parts)
                linesOf[p].push_back(i);
        }
        auto cost = [&](std::size_t c) {
            return static_cast<double>(table.cells[c].records) +
                   (table.cells[c].isMargin() ? 1e15 : 0.0);
        };
        auto hideCheapestIn = [&](const AggregateTable::Relation &rel, std::size_t except) {
            std::size_t best = n;
            auto consider = [&](std::size_t c) {
                if (c == except || isHidden(state[c]) || table.cells[c].records == 0)
                    return;
                if (best == n || cost(c) < cost(best))
                    best = c;
            };
            for (const std::size_t p : rel.parts)
                consider(p);
            consider(rel.total);
            if (best == n)
                return false;
            state[best] = CellState::Secondary;
            reason[best] = "hidden so that a hidden cell cannot be worked out from the margins";
            return true;
        };
        for (std::size_t round = 0; round < n + 1; ++round) {
            for (bool changed = true; changed;) {
                changed = false;
                for (const auto &rel : relations) {
                    std::size_t count = isHidden(state[rel.total]);
                    std::size_t only = rel.total;
                    for (const std::size_t p : rel.parts)
                        if (isHidden(state[p])) {
                            ++count;
                            only = p;
                        }
                    if (count == 1)
                        changed = hideCheapestIn(rel, only) || changed;
                }
            }
            AuditResult a = audit(table, state, relations, rules);
            if (a.passed || !a.solverMessage.empty())
                break;
            // every exposed cell gets one more partner this round, unless a line of it already
            // got one (that may be enough): few rounds, each with an audit
            bool progress = false;
            std::vector<std::uint8_t> lineTouched(relations.size(), 0);
            for (const AuditFinding &f : a.failures()) {
                if (!isHidden(state[f.cell]))
                    continue;
                if (std::any_of(linesOf[f.cell].begin(), linesOf[f.cell].end(),
                                [&](std::size_t li) { return lineTouched[li] != 0; }))
                    continue;
                std::size_t bestLine = relations.size();
                double bestCost = 0;
                for (const std::size_t li : linesOf[f.cell]) {
                    // the cheapest cell this line could still hide
                    for (const std::size_t p : relations[li].parts) {
                        if (p == f.cell || isHidden(state[p]) || table.cells[p].records == 0)
                            continue;
                        if (bestLine == relations.size() || cost(p) < bestCost) {
                            bestLine = li;
                            bestCost = cost(p);
                        }
                    }
                }
                if (bestLine < relations.size() && hideCheapestIn(relations[bestLine], f.cell)) {
                    progress = true;
                    lineTouched[bestLine] = 1;
                }
            }
            if (!progress)
                break;
        }
    }

    for (std::size_t c = 0; c < n; ++c) {
        ReleasedCell &out = r.cells[c];
        out.state = state[c];
        out.reason = reason[c];
        if (isHidden(state[c]))
            continue;
        const AggregateCell &cell = table.cells[c];
        out.records = roundTo(cell.records, rules.roundingBase);
        if (table.hasSubjects)
            out.subjects = roundTo(cell.contributors, rules.roundingBase);
        for (std::size_t m = 0; m < table.spec.measures.size(); ++m) {
            if (table.spec.measures[m].kind == MeasureSpec::Kind::Sum)
                out.values[m] = cell.sums[m];
            else if (cell.records > 0)
                out.values[m] = cell.sums[m] / static_cast<double>(cell.records);
        }
    }
    r.audit = audit(table, state, relations, rules);
    fillSummary(table, r, rules.threshold);
    return r;
}

Release protectWithNoise(const AggregateTable &table, const DpSettings &dp, RandomSource &random)
{
    Release r = skeleton(table);
    r.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
    r.protection.dp = dp;
    r.mechanism = std::string(mechanismName(dp.mechanism));
    const bool laplace = dp.mechanism == DpSettings::Mechanism::Laplace;
    if (laplace)
        r.epsilon = dp.epsilon;
    else
        r.rho = dp.rho;

    // Without a subject column every record is its own subject: one cell, one row.
    const double l0 = table.hasSubjects ? dp.bounds.maxCells : 1;
    const double linf = table.hasSubjects ? dp.bounds.maxRowsPerCell : 1;
    const std::size_t measures = table.spec.measures.size();
    // the budget is split evenly over the released figures: records, subjects, each sum
    const double parts = 1.0 + (table.hasSubjects ? 1 : 0) + static_cast<double>(measures);

    struct Noise
    {
        Rational parameter; // the scale (Laplace) or the variance (Gaussian), exact
        NoiseFacts facts;
    };
    // a figure to which one subject adds at most l1 in total (L1) and whose squared L2
    // contribution is at most l2sq
    auto noiseFor = [&](double l1, double l2sq) {
        Noise n;
        if (laplace) {
            const double scale = l1 * parts / dp.epsilon;
            // scale = l1 * parts * den / num, from epsilon as a decimal
            const Rational e = rationalFromDecimal(dp.epsilon);
            n.parameter = {static_cast<UInt128>(std::llround(l1 * parts)) * e.den, e.num};
            n.facts = discreteLaplaceFacts(scale);
        } else {
            const double sigma2 = l2sq * parts / (2 * dp.rho);
            const Rational rho = rationalFromDecimal(dp.rho);
            n.parameter = {static_cast<UInt128>(std::llround(l2sq * parts)) * rho.den,
                           UInt128(2) * rho.num};
            n.facts = discreteGaussianFacts(sigma2);
        }
        return n;
    };
    auto draw = [&](const Noise &n) {
        return laplace ? exact::discreteLaplace(random, n.parameter)
                       : exact::discreteGaussian(random, n.parameter);
    };
    const Noise recordsNoise = noiseFor(l0 * linf, l0 * linf * linf);
    const Noise subjectsNoise = noiseFor(l0, l0);
    std::vector<Noise> sumNoise;
    for (const auto &m : table.spec.measures) {
        const double b = std::ceil(std::max(std::abs(m.lower), std::abs(m.upper)) / dp.sumUnit);
        sumNoise.push_back(noiseFor(l0 * linf * b, l0 * (linf * b) * (linf * b)));
    }

    const std::size_t inner = table.innerCells();
    std::vector<std::int64_t> records(inner), subjects(inner);
    std::vector<std::vector<double>> sums(inner, std::vector<double>(measures));
    for (std::size_t c = 0; c < inner; ++c) {
        const AggregateCell &cell = table.cells[c];
        records[c] =
            std::max<std::int64_t>(0, static_cast<std::int64_t>(cell.records) + draw(recordsNoise));
        if (table.hasSubjects)
            subjects[c] = std::max<std::int64_t>(0, static_cast<std::int64_t>(cell.contributors) +
                                                        draw(subjectsNoise));
        for (std::size_t m = 0; m < measures; ++m) {
            const auto units = static_cast<std::int64_t>(std::llround(cell.sums[m] / dp.sumUnit));
            double v = static_cast<double>(units + draw(sumNoise[m])) * dp.sumUnit;
            if (table.spec.measures[m].lower >= 0)
                v = std::max(0.0, v);
            sums[c][m] = v;
        }
    }
    auto publish = [&](ReleasedCell &out, std::int64_t rec, std::optional<std::int64_t> subj,
                       const std::vector<double> &s, double cellsIn) {
        out.state = CellState::Noisy;
        if (dp.suppressBelow > 0 && rec < static_cast<std::int64_t>(dp.suppressBelow)) {
            out.state = CellState::NoisySmall;
            out.reason = "noisy count below " + std::to_string(dp.suppressBelow);
            return;
        }
        // a margin adds up the noise of cellsIn cells: its spread grows with their root
        const double spread = std::sqrt(cellsIn);
        out.records = rec;
        out.recordsError95 = cellsIn == 1 ? static_cast<double>(recordsNoise.facts.interval95)
                                          : 1.96 * std::sqrt(recordsNoise.facts.variance) * spread;
        if (subj) {
            out.subjects = subj;
            out.subjectsError95 = static_cast<double>(subjectsNoise.facts.interval95);
        }
        for (std::size_t m = 0; m < measures; ++m) {
            const double sumError =
                (cellsIn == 1 ? static_cast<double>(sumNoise[m].facts.interval95)
                              : 1.96 * std::sqrt(sumNoise[m].facts.variance) * spread) *
                dp.sumUnit;
            if (table.spec.measures[m].kind == MeasureSpec::Kind::Sum) {
                out.values[m] = s[m];
                out.valueError95[m] = sumError;
            } else if (rec > 0) {
                out.values[m] = s[m] / static_cast<double>(rec);
                // a ratio of two noisy figures: the interval is given for its sum only
                out.valueError95[m] = sumError / static_cast<double>(rec);
            }
        }
    };
    for (std::size_t c = 0; c < inner; ++c)
        publish(r.cells[c], records[c],
                table.hasSubjects ? std::optional<std::int64_t>(subjects[c]) : std::nullopt,
                sums[c], 1);
    // margins: sums of the noisy inner cells, so that they agree with them and spend nothing
    // more; distinct subjects do not add up across cells, so margins leave them out
    if (table.spec.margins) {
        const std::size_t dims = table.dimensions.size();
        std::map<std::vector<std::uint32_t>, std::size_t> marginOf;
        for (std::size_t c = inner; c < table.cells.size(); ++c)
            marginOf.emplace(table.cells[c].labels, c - inner);
        const std::size_t margins = table.cells.size() - inner;
        std::vector<std::int64_t> rec(margins, 0);
        std::vector<std::vector<double>> s(margins, std::vector<double>(measures, 0.0));
        std::vector<double> in(margins, 0.0);
        for (std::size_t i = 0; i < inner; ++i) {
            for (std::uint32_t mask = 1; mask < (1u << dims); ++mask) {
                auto labels = table.cells[i].labels;
                for (std::size_t d = 0; d < dims; ++d)
                    if ((mask >> d) & 1)
                        labels[d] = kTotalLabel;
                const std::size_t mc = marginOf.at(labels);
                rec[mc] += records[i];
                for (std::size_t m = 0; m < measures; ++m)
                    s[mc][m] += sums[i][m];
                ++in[mc];
            }
        }
        for (std::size_t mc = 0; mc < margins; ++mc)
            publish(r.cells[inner + mc], rec[mc], std::nullopt, s[mc], std::max(1.0, in[mc]));
    }
    // the risk before is judged as the threshold rule would judge it
    fillSummary(table, r, TableRules{}.threshold);
    r.summary.meanAbsoluteError = recordsNoise.facts.meanAbsolute;
    r.summary.riskAfter = 0; // every released count carries noise
    r.audit.passed = true;
    return r;
}

} // namespace dijkgraaf
