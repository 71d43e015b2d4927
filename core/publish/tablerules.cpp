// The table rules: primary suppression (threshold, dominance, p%), secondary suppression and
// the audit over all tables of a release together (audit.h), and rounding.
#include "audit.h"
#include "releasecells.h"

#include <QString>

namespace dijkgraaf {

namespace {

std::string primaryReason(const AggregateTable &table, const AggregateCell &c,
                          const TableRules &rules)
{
    const std::string who = table.hasSubjects ? "subjects" : "records";
    if (c.contributors > 0 && c.contributors < rules.threshold)
        return "fewer than " + std::to_string(rules.threshold) + " " + who;
    if (c.records == 0) // listed only because an earlier release listed it
        return "no " + who + " now; listed as in an earlier release";
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

std::vector<Release> protectWithRules(const std::vector<const AggregateTable *> &tables,
                                      const std::vector<TableRules> &rules,
                                      const AuditOptions &options,
                                      const std::vector<EarlierRelease> &earlier)
{
    std::vector<AuditTable> audit;
    std::vector<std::vector<std::string>> reasons;
    std::vector<std::size_t> changes(tables.size(), 0);
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const AggregateTable &table = *tables[t];
        AuditTable a{&table, std::vector<CellState>(table.cells.size(), CellState::Published),
                     rules[t], earlierValues(table, earlier)};
        const std::vector<int> changed = changedCells(a);
        std::vector<std::string> reason(table.cells.size());
        for (std::size_t c = 0; c < table.cells.size(); ++c) {
            reason[c] = primaryReason(table, table.cells[c], rules[t]);
            if (reason[c].empty() && changed[c] >= 0) {
                reason[c] = "changed by fewer than " + std::to_string(rules[t].threshold) +
                            (table.hasSubjects ? " subjects" : " records") +
                            " since the release of " +
                            earlier[static_cast<std::size_t>(changed[c])].time;
                ++changes[t];
            }
            if (!reason[c].empty())
                a.state[c] = CellState::Primary;
        }
        audit.push_back(std::move(a));
        reasons.push_back(std::move(reason));
    }
    // the tables of earlier releases on the same data, as published: a decade then tells the
    // sum of its years now
    std::vector<std::size_t> fixedFrom; // per fixed table: its release
    for (std::size_t i = 0; i < earlier.size(); ++i)
        for (std::size_t k = 0; k < earlier[i].truths.size() && k < earlier[i].tables.size(); ++k)
            if (earlier[i].sameInput && earlier[i].truths[k])
                if (auto a = earlierTable(*earlier[i].truths[k], earlier[i].tables[k])) {
                    audit.push_back(std::move(*a));
                    fixedFrom.push_back(i);
                }
    std::vector<AuditResult> results = suppressAndAudit(audit, options);
    // a hidden cell of an earlier release that this one would expose: no cell of it can be
    // hidden now, so the release is refused, naming the earlier table
    std::string exposed;
    for (std::size_t f = 0; f < fixedFrom.size(); ++f) {
        const AuditResult &r = results[tables.size() + f];
        if (r.passed)
            continue;
        exposed = r.solverMessage.empty()
                      ? "with this release, hidden cells of '" + audit[tables.size() + f].table->spec.name +
                            "' as released on " + earlier[fixedFrom[f]].time +
                            " could be worked out too closely; publish coarser cells or hide more "
                            "of the cells that fall in them"
                      : r.solverMessage;
        break;
    }
    results.resize(tables.size());
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (!exposed.empty()) {
            results[t].passed = false;
            if (results[t].solverMessage.empty())
                results[t].solverMessage = exposed;
        }
        std::vector<bool> used(earlier.size(), false);
        for (const EarlierValue &v : audit[t].earlier)
            used[v.release] = true;
        for (const std::size_t i : fixedFrom)
            used[i] = true;
        for (std::size_t i = 0; i < earlier.size(); ++i)
            if (used[i])
                results[t].comparedWith.push_back(earlier[i].time);
        results[t].changedCells = changes[t];
    }

    std::vector<Release> out;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const AggregateTable &table = *tables[t];
        const TableRules &r = rules[t];
        Release release = releaseSkeleton(table);
        release.protection.kind = ProtectionSettings::Kind::Rules;
        release.protection.rules = r;
        for (std::size_t c = 0; c < table.cells.size(); ++c) {
            ReleasedCell &cell = release.cells[c];
            cell.state = audit[t].state[c];
            cell.reason = cell.state == CellState::Secondary
                              ? "hidden so that a hidden cell cannot be worked out"
                              : reasons[t][c];
            if (isHidden(cell.state))
                continue;
            const AggregateCell &truth = table.cells[c];
            cell.records = roundTo(truth.records, r.roundingBase);
            if (table.hasSubjects)
                cell.subjects = roundTo(truth.contributors, r.roundingBase);
            for (std::size_t m = 0; m < table.spec.measures.size(); ++m) {
                if (table.spec.measures[m].kind == MeasureSpec::Kind::Sum)
                    cell.values[m] = truth.sums[m];
                else if (truth.records > 0)
                    cell.values[m] = truth.sums[m] / static_cast<double>(truth.records);
            }
        }
        release.audit = results[t];
        fillSummary(table, release, r.threshold);
        out.push_back(std::move(release));
    }
    return out;
}

Release protectWithRules(const AggregateTable &table, const TableRules &rules)
{
    return std::move(protectWithRules({&table}, {rules}).front());
}

AuditResult auditRelease(const AggregateTable &table, const Release &release,
                         const TableRules &rules)
{
    AuditTable a{&table, {}, rules};
    for (const auto &c : release.cells)
        a.state.push_back(c.state);
    return auditTables({a}).front();
}

} // namespace dijkgraaf
