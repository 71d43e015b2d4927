// Optimal secondary suppression for small releases, by mixed-integer programming (in the
// manner of Fischetti and Salazar's model): a binary per cell says whether it is hidden, at
// the least cost (the records of the hidden cells), such that for every primary cell and each
// direction an attacker's table exists that moves the cell as far as its rule demands while
// every published cell keeps its value. Each such table is a copy of the deviations of all
// cells from their true counts, held to zero where a cell is published and to what a listed
// cell allows where it is hidden; the totals and the links between the tables of the release
// hold for the deviations. The model is on records; the audit then checks everything (sums,
// subjects, whole numbers), and the heuristic repairs what it finds.
#include "audit.h"

#include "glpkthread.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dijkgraaf {

namespace {

constexpr std::uint32_t kNoCell = ~std::uint32_t(0);

} // namespace

bool optimalSuppression(std::vector<AuditTable> &tables, const ReleaseLinks &links,
                        const OptimalSuppressionLimits &limits)
{
    // the cells, numbered across the tables
    std::vector<CellRef> cells;
    std::vector<std::vector<std::uint32_t>> index(tables.size());
    for (std::uint32_t t = 0; t < tables.size(); ++t) {
        if (tables[t].table->hasSubjects || tables[t].fixed)
            return false; // distinct subjects, and cells that cannot be hidden, are not in the model
        index[t].assign(tables[t].table->cells.size(), kNoCell);
        for (std::uint32_t c = 0; c < tables[t].table->cells.size(); ++c) {
            index[t][c] = static_cast<std::uint32_t>(cells.size());
            cells.push_back({t, c});
        }
    }
    const int n = static_cast<int>(cells.size());
    // what each primary cell demands of its records: how far up and down
    struct Need
    {
        int cell;
        double up, down;
    };
    std::vector<Need> needs;
    std::vector<double> value(static_cast<std::size_t>(n)), room(static_cast<std::size_t>(n));
    for (std::uint32_t t = 0; t < tables.size(); ++t) {
        const AggregateTable &table = *tables[t].table;
        const TableRules &r = tables[t].rules;
        const std::vector<std::uint32_t> cover = listedBelow(table);
        for (std::uint32_t c = 0; c < table.cells.size(); ++c) {
            const int k = static_cast<int>(index[t][c]);
            const double v = static_cast<double>(table.cells[c].records);
            value[static_cast<std::size_t>(k)] = v;
            room[static_cast<std::size_t>(k)] = std::max(0.0, v - double(cover[c]));
            if (tables[t].state[c] != CellState::Primary)
                continue;
            Need need{k, 1, 1}; // at least: not pinned
            const bool small = table.cells[c].contributors > 0 &&
                               table.cells[c].contributors < r.threshold;
            if (small && r.thresholdRange == 0) {
                need.up = std::max(1.0, static_cast<double>(r.threshold) - v);
                need.down = v - double(cover[c]);
            } else if (small) {
                need.up = static_cast<double>(r.thresholdRange);
                need.down = std::min(static_cast<double>(r.thresholdRange),
                                     v - double(cover[c]));
            }
            needs.push_back(need);
        }
    }
    if (needs.empty())
        return true;
    // the lines of the model: each total and each link between tables, and cells of the same
    // records
    std::vector<std::vector<std::pair<int, double>>> lines;
    for (const LinkedLine &line : links.lines) {
        std::vector<std::pair<int, double>> l;
        for (const CellRef &c : line.plus)
            l.push_back({static_cast<int>(index[c.table][c.cell]), 1});
        for (const CellRef &c : line.minus)
            l.push_back({static_cast<int>(index[c.table][c.cell]), -1});
        lines.push_back(std::move(l));
    }
    for (const auto &[a, b] : links.sameRecords)
        lines.push_back({{static_cast<int>(index[a.table][a.cell]), 1},
                         {static_cast<int>(index[b.table][b.cell]), -1}});
    // a copy per primary cell and direction: 2n deviations each
    const std::size_t copies = 2 * needs.size();
    if (copies * static_cast<std::size_t>(2 * n) > limits.maxVariables)
        return false;
    double most = 1;
    for (const Need &need : needs)
        most = std::max({most, need.up, need.down});
    const double up = 2 * most; // the most a cell needs to move for another

    freeGlpkWhenThisThreadEnds();
    glp_prob *mip = glp_create_prob();
    glp_set_obj_dir(mip, GLP_MIN);
    glp_add_cols(mip, n + static_cast<int>(copies) * 2 * n);
    for (int k = 0; k < n; ++k) {
        const CellRef c = cells[static_cast<std::size_t>(k)];
        glp_set_col_kind(mip, k + 1, GLP_BV);
        const bool primary = tables[c.table].state[c.cell] != CellState::Published;
        // cost: the records hidden; a hidden cell of no records costs nothing to show
        glp_set_obj_coef(mip, k + 1, std::max(1.0, value[static_cast<std::size_t>(k)]));
        if (primary)
            glp_set_col_bnds(mip, k + 1, GLP_FX, 1, 1);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    int row = 0;
    auto addRow = [&](const std::vector<std::pair<int, double>> &terms, int type, double lo, double hi) {
        ++row;
        glp_add_rows(mip, 1);
        glp_set_row_bnds(mip, row, type, lo, hi);
        for (const auto &[col, coef] : terms) {
            ia.push_back(row);
            ja.push_back(col);
            ar.push_back(coef);
        }
    };
    for (std::size_t q = 0; q < copies; ++q) {
        const Need &need = needs[q / 2];
        const bool upwards = q % 2 == 0;
        const double demand = upwards ? need.up : need.down;
        // columns of copy q: u (up) then v (down), per cell
        const int base = n + static_cast<int>(q) * 2 * n;
        auto u = [&](int k) { return base + k + 1; };
        auto v = [&](int k) { return base + n + k + 1; };
        for (int k = 0; k < n; ++k) {
            glp_set_col_bnds(mip, u(k), GLP_LO, 0, 0);
            glp_set_col_bnds(mip, v(k), GLP_LO, 0, 0);
            // a cell moves only where it is hidden, and not below what a listed cell allows
            addRow({{u(k), 1}, {k + 1, -up}}, GLP_UP, 0, 0);
            addRow({{v(k), 1}, {k + 1, -room[static_cast<std::size_t>(k)]}}, GLP_UP, 0, 0);
        }
        for (const auto &line : lines) {
            std::vector<std::pair<int, double>> terms;
            for (const auto &[k, coef] : line) {
                terms.push_back({u(k), coef});
                terms.push_back({v(k), -coef});
            }
            addRow(terms, GLP_FX, 0, 0);
        }
        if (demand <= 0)
            continue;
        if (upwards)
            addRow({{u(need.cell), 1}, {v(need.cell), -1}}, GLP_LO, demand, 0);
        else
            addRow({{v(need.cell), 1}, {u(need.cell), -1}}, GLP_LO, demand, 0);
    }
    glp_load_matrix(mip, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    if (!limits.programFile.empty()) { // for comparing solvers (bench_lp)
        glp_term_out(GLP_OFF);
        glp_write_mps(mip, GLP_MPS_FILE, nullptr, limits.programFile.c_str());
        glp_term_out(GLP_ON);
    }
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_ON;
    parm.fp_heur = GLP_ON;
    parm.tm_lim = static_cast<int>(limits.seconds * 1000);
    // the pattern must not depend on the machine's speed (the preview shows what the approval
    // publishes): the search ends after a number of nodes, the time limit is a safety net
    struct Budget
    {
        int nodes;
        const std::function<bool(double)> *progress;
        bool stopped = false;
    } budget{limits.nodes, &limits.progress};
    parm.cb_info = &budget;
    parm.cb_func = [](glp_tree *tree, void *info) {
        if (glp_ios_reason(tree) != GLP_ISELECT)
            return;
        auto &b = *static_cast<Budget *>(info);
        int active = 0, current = 0, total = 0;
        glp_ios_tree_size(tree, &active, &current, &total);
        if (*b.progress && !(*b.progress)(0.0))
            b.stopped = true;
        if (total > b.nodes || b.stopped)
            glp_ios_terminate(tree);
    };
    const int rc = glp_intopt(mip, &parm);
    const int status = glp_mip_status(mip);
    const bool found = !budget.stopped && (rc == 0 || rc == GLP_ETMLIM || rc == GLP_ESTOP) &&
                       (status == GLP_OPT || status == GLP_FEAS);
    if (found)
        for (int k = 0; k < n; ++k) {
            const CellRef c = cells[static_cast<std::size_t>(k)];
            if (glp_mip_col_val(mip, k + 1) > 0.5 && tables[c.table].state[c.cell] == CellState::Published)
                tables[c.table].state[c.cell] = CellState::Secondary;
        }
    if (std::getenv("DIJKGRAAF_TRACE")) // for measuring: sizes and the objective only
        std::fprintf(stderr, "optimal suppression: %d cells, %zu copies, %d rows, status %d, rc %d, objective %g\n",
                     n, copies, row, status, rc, found ? glp_mip_obj_val(mip) : 0.0);
    glp_delete_prob(mip);
    return found;
}

} // namespace dijkgraaf
