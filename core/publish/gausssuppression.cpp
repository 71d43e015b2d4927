// Secondary suppression by Gaussian elimination, for releases too large for the optimal model
// (in the manner of Statistics Norway's Gauss suppression; docs/measures.md, section 8).
//
// The attacker's room is the space of deviations from the true table that keep every line
// (total = sum of its parts, and the links between the tables of the release): a basis of it
// is the rows of a matrix whose columns are the cells. Publishing a cell removes the
// deviations that move it: Gaussian elimination on its column. A hidden cell whose column
// becomes zero no longer moves in any deviation the attacker has left: it follows exactly.
// So the cells are published one by one, the most wanted first (totals, then the largest
// inner cells); a cell whose elimination would zero the column of a hidden cell is hidden
// instead. The result: no hidden cell follows from the published ones by linear algebra, at a
// low loss. How far each can move is the audit's business; the heuristic repairs the rest.
//
// The cost is that of sparse elimination: one pass over the cells, each elimination touching
// the rows that move that cell, where the sparsest of them is the pivot.
#include "audit.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

namespace dijkgraaf {

namespace {

constexpr double kZero = 1e-9;

struct Entry
{
    std::uint32_t cell;
    double value;
};
using Sparse = std::vector<Entry>; // ascending by cell

double valueAt(const Sparse &v, std::uint32_t cell)
{
    const auto it = std::lower_bound(v.begin(), v.end(), cell,
                                     [](const Entry &e, std::uint32_t c) { return e.cell < c; });
    return it != v.end() && it->cell == cell ? it->value : 0.0;
}

// a + f * b, without the entries that cancel
Sparse addScaled(const Sparse &a, double f, const Sparse &b)
{
    Sparse out;
    out.reserve(a.size() + b.size());
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        Entry e;
        if (j == b.size() || (i < a.size() && a[i].cell < b[j].cell))
            e = a[i++];
        else if (i == a.size() || b[j].cell < a[i].cell)
            e = {b[j].cell, f * b[j++].value};
        else
            e = {a[i].cell, a[i++].value + f * b[j++].value};
        if (std::abs(e.value) > kZero)
            out.push_back(e);
    }
    return out;
}

// A basis of the deviations d with L d = 0 for the lines L: every line is reduced by the
// cells already solved for, and solved for its cell of most records (a total before its
// parts, so that a basis vector is an inner cell with the totals that hold it). One vector
// per cell left free.
std::vector<Sparse> deviationBasis(const std::vector<Sparse> &lines, const std::vector<double> &weight)
{
    const std::size_t n = weight.size();
    std::vector<int> solved(n, -1);                 // cell -> index in `expansions`
    std::vector<Sparse> expansions;                 // each solved cell in free cells
    std::vector<std::uint32_t> solvedCell;
    std::vector<std::vector<std::uint32_t>> usedIn(n); // free cell -> expansions holding it
    std::vector<double> acc(n, 0.0);
    std::vector<std::uint8_t> isTouched(n, 0);
    std::vector<std::uint32_t> touched;
    auto add = [&](std::uint32_t c, double v) {
        if (!isTouched[c]) {
            isTouched[c] = 1;
            touched.push_back(c);
        }
        acc[c] += v;
    };
    for (const Sparse &line : lines) {
        touched.clear();
        for (const Entry &e : line) {
            if (solved[e.cell] < 0)
                add(e.cell, e.value);
            else
                for (const Entry &x : expansions[static_cast<std::size_t>(solved[e.cell])])
                    add(x.cell, e.value * x.value);
        }
        Sparse row;
        for (const std::uint32_t c : touched) {
            if (std::abs(acc[c]) > kZero)
                row.push_back({c, acc[c]});
            acc[c] = 0.0;
            isTouched[c] = 0;
        }
        if (row.empty())
            continue; // follows from the lines before
        std::sort(row.begin(), row.end(), [](const Entry &a, const Entry &b) { return a.cell < b.cell; });
        const auto pivot = std::max_element(row.begin(), row.end(), [&](const Entry &a, const Entry &b) {
            return weight[a.cell] != weight[b.cell] ? weight[a.cell] < weight[b.cell] : a.cell < b.cell;
        });
        const std::uint32_t q = pivot->cell;
        const double a = pivot->value;
        Sparse e; // q = -(1/a) * (the rest)
        for (const Entry &x : row)
            if (x.cell != q)
                e.push_back({x.cell, -x.value / a});
        // q is no longer free: the expansions that hold it take its own
        for (const std::uint32_t p : usedIn[q]) {
            Sparse &ep = expansions[p];
            const double f = valueAt(ep, q);
            if (f == 0.0)
                continue;
            Sparse without;
            without.reserve(ep.size());
            for (const Entry &x : ep)
                if (x.cell != q)
                    without.push_back(x);
            ep = addScaled(without, f, e);
            for (const Entry &x : e)
                usedIn[x.cell].push_back(p);
        }
        usedIn[q].clear();
        solved[q] = static_cast<int>(expansions.size());
        for (const Entry &x : e)
            usedIn[x.cell].push_back(static_cast<std::uint32_t>(expansions.size()));
        expansions.push_back(std::move(e));
        solvedCell.push_back(q);
    }
    std::vector<Sparse> basis;
    std::vector<int> rowOf(n, -1);
    for (std::uint32_t c = 0; c < n; ++c)
        if (solved[c] < 0) {
            rowOf[c] = static_cast<int>(basis.size());
            basis.push_back({{c, 1.0}});
        }
    for (std::size_t k = 0; k < expansions.size(); ++k)
        for (const Entry &x : expansions[k])
            basis[static_cast<std::size_t>(rowOf[x.cell])].push_back({solvedCell[k], x.value});
    for (Sparse &b : basis)
        std::sort(b.begin(), b.end(), [](const Entry &a, const Entry &c) { return a.cell < c.cell; });
    return basis;
}

} // namespace

std::size_t gaussSuppression(std::vector<AuditTable> &tables, const ReleaseLinks &links,
                             const std::function<bool(double)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    // the cells, numbered across the tables
    std::vector<CellRef> cells;
    std::vector<std::uint32_t> first(tables.size());
    for (std::uint32_t t = 0; t < tables.size(); ++t) {
        first[t] = static_cast<std::uint32_t>(cells.size());
        for (std::uint32_t c = 0; c < tables[t].table->cells.size(); ++c)
            cells.push_back({t, c});
    }
    const std::size_t n = cells.size();
    auto index = [&](const CellRef &c) { return first[c.table] + c.cell; };
    auto cellOf = [&](std::uint32_t k) -> const AggregateCell & {
        return tables[cells[k].table].table->cells[cells[k].cell];
    };
    // what it costs to hide a cell: its records, a total more than any inner cell
    std::vector<double> cost(n);
    for (std::uint32_t k = 0; k < n; ++k)
        cost[k] = static_cast<double>(cellOf(k).records) + (cellOf(k).isMargin() ? 1e15 : 0.0);

    std::vector<Sparse> lines;
    for (const LinkedLine &line : links.lines) {
        Sparse row;
        for (const CellRef &c : line.plus)
            row.push_back({index(c), 1.0});
        for (const CellRef &c : line.minus)
            row.push_back({index(c), -1.0});
        lines.push_back(std::move(row));
    }
    for (const auto &[a, b] : links.sameRecords)
        lines.push_back({{index(a), 1.0}, {index(b), -1.0}});
    for (Sparse &l : lines)
        std::sort(l.begin(), l.end(), [](const Entry &a, const Entry &b) { return a.cell < b.cell; });
    // the smaller totals first, so that the larger ones are solved in terms of inner cells
    std::vector<double> lineSize(lines.size(), 0.0);
    for (std::size_t i = 0; i < lines.size(); ++i)
        for (const Entry &e : lines[i])
            lineSize[i] = std::max(lineSize[i], cost[e.cell]);
    std::vector<std::size_t> lineOrder(lines.size());
    std::iota(lineOrder.begin(), lineOrder.end(), 0);
    std::stable_sort(lineOrder.begin(), lineOrder.end(),
                     [&](std::size_t a, std::size_t b) { return lineSize[a] < lineSize[b]; });
    std::vector<Sparse> ordered;
    ordered.reserve(lines.size());
    for (const std::size_t i : lineOrder)
        ordered.push_back(std::move(lines[i]));
    std::vector<Sparse> rows = deviationBasis(ordered, cost);
    const qint64 basisMs = clock.elapsed();

    // the columns: which rows move each cell (some entries stale), and how many do
    std::vector<std::vector<std::uint32_t>> column(n);
    std::vector<std::uint32_t> moving(n, 0);
    for (std::uint32_t r = 0; r < rows.size(); ++r)
        for (const Entry &e : rows[r]) {
            column[e.cell].push_back(r);
            ++moving[e.cell];
        }
    std::vector<std::uint8_t> alive(rows.size(), 1), hidden(n, 0);
    for (std::uint32_t k = 0; k < n; ++k)
        hidden[k] = isHidden(tables[cells[k].table].state[cells[k].cell]) ? 1 : 0;

    // the order of publication: what must be published first (an empty cell: hiding it would
    // say that it is listed, so not empty; a cell an earlier release published), then the most
    // wanted first
    auto forcedCell = [&](std::uint32_t k) {
        return cellOf(k).records == 0 || tables[cells[k].table].fixed;
    };
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < n; ++k)
        if (!hidden[k])
            order.push_back(k);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const bool ea = forcedCell(a), eb = forcedCell(b);
        if (ea != eb)
            return ea;
        return cost[a] > cost[b];
    });

    std::size_t secondary = 0;
    std::vector<std::uint32_t> touching;
    for (std::size_t step = 0; step < order.size(); ++step) {
        if (progress && step % 256 == 0 && !progress(static_cast<double>(step) / order.size()))
            break;
        const std::uint32_t c = order[step];
        // the rows that move c
        touching.clear();
        std::vector<std::uint32_t> &col = column[c];
        std::sort(col.begin(), col.end());
        col.erase(std::unique(col.begin(), col.end()), col.end());
        for (const std::uint32_t r : col)
            if (alive[r] && valueAt(rows[r], c) != 0.0)
                touching.push_back(r);
        col = touching;
        if (touching.empty())
            continue; // it follows from what is published: publishing it tells nothing more
        const std::uint32_t u = *std::min_element(touching.begin(), touching.end(),
                                                  [&](std::uint32_t a, std::uint32_t b) {
                                                      return rows[a].size() < rows[b].size();
                                                  });
        const Sparse &pivot = rows[u];
        const double uc = valueAt(pivot, c);
        const bool forced = forcedCell(c);
        // would a hidden cell stop moving?
        bool exposes = false;
        for (const Entry &s : pivot) {
            if (exposes || forced)
                break;
            if (s.cell == c || !hidden[s.cell])
                continue;
            long left = static_cast<long>(moving[s.cell]) - 1;
            for (const std::uint32_t v : touching) {
                if (v == u)
                    continue;
                const double vs = valueAt(rows[v], s.cell);
                const double after = vs - valueAt(rows[v], c) / uc * s.value;
                left += (std::abs(after) > kZero ? 1 : 0) - (vs != 0.0 ? 1 : 0);
            }
            exposes = left <= 0;
        }
        if (exposes) {
            hidden[c] = 1;
            tables[cells[c].table].state[cells[c].cell] = CellState::Secondary;
            ++secondary;
            continue;
        }
        // publish c: eliminate it from every row that moves it, and drop the pivot row
        for (const std::uint32_t v : touching) {
            if (v == u)
                continue;
            const double f = -valueAt(rows[v], c) / uc;
            Sparse next = addScaled(rows[v], f, pivot);
            // the counts change only where the pivot has entries
            for (const Entry &s : pivot) {
                const bool before = valueAt(rows[v], s.cell) != 0.0;
                const bool now = valueAt(next, s.cell) != 0.0;
                if (now && !before) {
                    ++moving[s.cell];
                    column[s.cell].push_back(v);
                } else if (before && !now) {
                    --moving[s.cell];
                }
            }
            rows[v] = std::move(next);
        }
        for (const Entry &s : pivot)
            --moving[s.cell];
        alive[u] = 0;
        rows[u].clear();
        rows[u].shrink_to_fit();
    }
    if (std::getenv("DIJKGRAAF_TRACE")) // for measuring: sizes and times only
        std::fprintf(stderr, "gauss suppression: %zu cells, %zu free, %zu hidden, basis %lld ms, all %lld ms\n", n,
                     rows.size(), secondary, static_cast<long long>(basisMs),
                     static_cast<long long>(clock.elapsed()));
    return secondary;
}

} // namespace dijkgraaf
