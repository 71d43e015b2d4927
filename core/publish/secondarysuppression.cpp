// Secondary suppression: the optimal model or Gaussian elimination first (see audit.h), then a
// heuristic that the audit steers: a line of cells (a total and its
// parts, or the cells of two tables that add up to the same records) with one hidden cell
// gives it away by subtraction, so another cell of the line is hidden, the one with the fewest
// records (inner cells before totals); then the audit, and for each cell it finds too exposed
// one more cell of one of its lines, until the audit passes or no cell is left to hide.
#include "audit.h"

#include <algorithm>
#include <set>

namespace dijkgraaf {

std::vector<AuditResult> suppressAndAudit(std::vector<AuditTable> &tables,
                                          const AuditOptions &options)
{
    std::vector<const AggregateTable *> t;
    for (const AuditTable &a : tables)
        t.push_back(a.table);
    const ReleaseLinks links = linkTables(t);
    // the heuristic's lines: the release's, and each pair of cells that hold the same records
    // (hiding one of them alone hides nothing)
    ReleaseLinks pairs = links;
    for (const auto &[a, b] : links.sameRecords)
        pairs.lines.push_back({{a}, {b}});
    std::vector<std::vector<std::vector<std::size_t>>> linesOf(tables.size());
    for (std::size_t ti = 0; ti < tables.size(); ++ti)
        linesOf[ti].resize(t[ti]->cells.size());
    for (std::size_t i = 0; i < pairs.lines.size(); ++i)
        for (const auto *side : {&pairs.lines[i].plus, &pairs.lines[i].minus})
            for (const CellRef &c : *side)
                linesOf[c.table][c.cell].push_back(i);

    auto hidden = [&](const CellRef &c) { return isHidden(tables[c.table].state[c.cell]); };
    auto cost = [&](const CellRef &c) {
        const AggregateCell &cell = t[c.table]->cells[c.cell];
        return static_cast<double>(cell.records) + (cell.isMargin() ? 1e15 : 0.0);
    };
    // cells whose records an earlier release on the same data published: hiding them now would
    // hide nothing (and the audit would find them pinned)
    std::vector<std::vector<std::uint8_t>> knownBefore(tables.size());
    for (std::size_t ti = 0; ti < tables.size(); ++ti) {
        knownBefore[ti].assign(t[ti]->cells.size(), tables[ti].fixed ? 1 : 0);
        for (const EarlierValue &v : tables[ti].earlier)
            if (v.sameInput && !v.figures.empty() && v.figures.front())
                knownBefore[ti][v.cell] = 1;
    }
    for (const auto &[a, b] : links.sameRecords) {
        if (tables[a.table].fixed && !isHidden(tables[a.table].state[a.cell]))
            knownBefore[b.table][b.cell] = 1;
        if (tables[b.table].fixed && !isHidden(tables[b.table].state[b.cell]))
            knownBefore[a.table][a.cell] = 1;
    }
    auto candidate = [&](const CellRef &c, const CellRef &except) {
        return !(c == except) && !hidden(c) && !knownBefore[c.table][c.cell] &&
               t[c.table]->cells[c.cell].records > 0;
    };
    // the cheapest cell of a line that could still be hidden
    auto cheapestIn = [&](const LinkedLine &line, const CellRef &except) -> std::optional<CellRef> {
        std::optional<CellRef> best;
        for (const auto *side : {&line.plus, &line.minus})
            for (const CellRef &c : *side)
                if (candidate(c, except) && (!best || cost(c) < cost(*best)))
                    best = c;
        return best;
    };
    auto hide = [&](const CellRef &c) { tables[c.table].state[c.cell] = CellState::Secondary; };

    // the optimal model first, where the release is small enough, else Gaussian elimination;
    // the heuristic's rounds then complete whatever the audit still finds exposed
    using S = AuditOptions::Suppression;
    bool chosen = false;
    if (options.suppression == S::Auto || options.suppression == S::Optimal) {
        OptimalSuppressionLimits limits;
        limits.progress = options.progress;
        chosen = optimalSuppression(tables, links, limits);
    }
    // Gaussian elimination models records only: on a table of distinct subjects (whose totals
    // do not add up along every line) the heuristic alone hid fewer records (BENCHMARKS.md)
    bool subjects = false;
    for (const AuditTable &a : tables)
        subjects = subjects || a.table->hasSubjects;
    if (options.suppression == S::Gauss || (options.suppression == S::Auto && !chosen && !subjects))
        gaussSuppression(tables, links, options.progress);
    AuditMemory memory; // every round hides more: what earlier rounds saw still holds
    bool anyLine = !pairs.lines.empty();
    bool finalAudit = false;
    std::vector<AuditResult> audit;
    for (std::size_t round = 0;; ++round) {
        for (bool changed = anyLine; changed;) {
            changed = false;
            for (const LinkedLine &line : pairs.lines) {
                std::size_t count = 0;
                CellRef only;
                for (const auto *side : {&line.plus, &line.minus})
                    for (const CellRef &c : *side)
                        if (hidden(c)) {
                            ++count;
                            only = c;
                        }
                if (count != 1)
                    continue;
                if (auto c = cheapestIn(line, only)) {
                    hide(*c);
                    changed = true;
                }
            }
        }
        // the rounds audit in the linear relaxation; whole numbers once that passes
        AuditOptions relaxed = options;
        relaxed.wholeNumbers = options.wholeNumbers && finalAudit;
        if (!relaxed.memory)
            relaxed.memory = &memory;
        audit = auditTables(tables, links, relaxed);
        bool passed = true, declined = false;
        for (const AuditResult &a : audit) {
            passed = passed && a.passed;
            declined = declined || !a.solverMessage.empty();
        }
        if (passed && options.wholeNumbers && !finalAudit) {
            finalAudit = true;
            continue;
        }
        if (passed || declined || !anyLine)
            break;
        // every exposed cell gets one more partner this round, unless a line of it already
        // got one (that may be enough): few rounds, each with an audit
        bool progress = false;
        std::vector<std::uint8_t> lineTouched(pairs.lines.size(), 0);
        for (std::size_t ti = 0; ti < audit.size(); ++ti)
            for (const AuditFinding &f : audit[ti].failures()) {
                const CellRef cell{static_cast<std::uint32_t>(ti), static_cast<std::uint32_t>(f.cell)};
                const auto &lines = linesOf[ti][f.cell];
                if (std::any_of(lines.begin(), lines.end(),
                                [&](std::size_t li) { return lineTouched[li] != 0; }))
                    continue;
                // the cheapest cell in a line of the exposed cell; where all of those are
                // hidden already, in a line of the hidden cells they lead to (breadth first),
                // so that a path of hidden cells with room to move reaches a published one
                std::size_t bestLine = pairs.lines.size();
                std::optional<CellRef> best;
                std::vector<CellRef> frontier{cell};
                std::set<std::pair<std::uint32_t, std::uint32_t>> seen{{cell.table, cell.cell}};
                for (int depth = 0; depth < 4 && !best && !frontier.empty(); ++depth) {
                    std::vector<CellRef> next;
                    for (const CellRef &from : frontier)
                        for (const std::size_t li : linesOf[from.table][from.cell]) {
                            if (auto c = cheapestIn(pairs.lines[li], cell);
                                c && (!best || cost(*c) < cost(*best))) {
                                best = c;
                                bestLine = li;
                            }
                            for (const auto *side : {&pairs.lines[li].plus, &pairs.lines[li].minus})
                                for (const CellRef &o : *side)
                                    if (hidden(o) && seen.insert({o.table, o.cell}).second)
                                        next.push_back(o);
                        }
                    frontier = std::move(next);
                }
                if (best) {
                    hide(*best);
                    lineTouched[bestLine] = 1;
                    progress = true;
                }
            }
        if (!progress)
            break;
    }
    return audit;
}

} // namespace dijkgraaf
