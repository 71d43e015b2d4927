#pragma once

#include "protection.h"

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <tuple>

namespace dijkgraaf {

// What an earlier release of the project published for a cell that stands for the same
// records as a cell of a table now (the same labels of the same dimensions): its figures in the
// order of releasedFigures(), none where it was hidden.
struct EarlierValue
{
    std::uint32_t cell = 0;   // of the table now
    std::size_t release = 0;  // which earlier release (an index into the caller's list)
    // the same data: the figures are the figures now, and the attacker knows them; other
    // data: the change since is a table of its own (docs/measures.md, section 8)
    bool sameInput = false;
    std::vector<std::optional<double>> figures;
};

// One table of a release as the audit sees it: the true table (for what each rule demands of
// a hidden cell, and for the published values), which cells are hidden, its rules, and what
// earlier releases published for its cells.
struct AuditTable
{
    const AggregateTable *table = nullptr;
    std::vector<CellState> state; // per cell of the table
    TableRules rules;
    std::vector<EarlierValue> earlier;
    // a table of an earlier release on the same data, as it was published: the audit takes
    // its published cells as known and holds its hidden cells to its rules, and secondary
    // suppression hides none of its cells
    bool fixed = false;
};

// A release the project approved before, as published.
struct EarlierRelease
{
    std::string time;
    bool sameInput = false; // approved on the data as it is now
    std::vector<Release> tables;
    // per table (or none): its true table, built again from the data as it is now with the
    // table's own definition, where the release was approved on this data and under the rules;
    // so that a table of another layout then (a decade) is linked to the tables now (its years)
    std::vector<std::shared_ptr<const AggregateTable>> truths;
};

// The audit's view of an earlier release's table on the same data (fixed): the cells hidden
// then, and its rules; a rounded count is taken as exact (the cautious side). None where the
// truth is not the table released (other labels, or a published count further from it than
// its rounding allows), or the table was noisy.
std::optional<AuditTable> earlierTable(const AggregateTable &truth, const Release &released);

// The cells of table t that earlier releases published (tables under the rules, without
// rounding: a rounded count tells its change only roughly, and noisy tables are the noise's
// business), matched by their dimensions' names and labels.
std::vector<EarlierValue> earlierValues(const AggregateTable &t,
                                        const std::vector<EarlierRelease> &earlier);

// The change rule: a cell whose contributors moved by fewer than the threshold since an earlier
// release on other data (a customer joined) is a small cell of the table of changes.
// Returns, per cell, the earlier release it changed against, or -1.
std::vector<int> changedCells(const AuditTable &t);

// A cell of one of the audited tables.
struct CellRef
{
    std::uint32_t table = 0;
    std::uint32_t cell = 0;
    bool operator==(const CellRef &) const = default;
};

// What ties the cells of a release's tables together, for every additive figure (records and
// sums): within a table, each total is the sum of its line of cells; between two tables, the
// cells of one that fall in a cell of their common coarsening add up to the cells of the other
// that fall in it (a decade is the sum of its ten years). A line is "plus = minus".
struct LinkedLine
{
    std::vector<CellRef> plus;
    std::vector<CellRef> minus;
    int table = -1;     // the table whose total this is, or -1 for a line between two tables
    int dimension = -1; // within a table: the dimension the total is taken along
    // distinct subjects add up along the line too (each subject has one label of every
    // dimension summed over, as with a person's home country)
    bool subjectsAdd = false;
};

struct ReleaseLinks
{
    std::vector<LinkedLine> lines;
    // cells of two tables that hold the same records (a margin shared by both)
    std::vector<std::pair<CellRef, CellRef>> sameRecords;
};

ReleaseLinks linkTables(const std::vector<const AggregateTable *> &tables);

// Per cell: how many listed inner cells it covers (1 for an inner cell). Every listed cell
// holds a record, so the table's structure alone tells that a total holds at least this many
// records: the lowest a hidden total can be made to look. A cell listed only because an
// earlier release listed it (AggregateCell::listedBefore) counts 0: it may be empty.
std::vector<std::uint32_t> listedBelow(const AggregateTable &t);

// What audits of one release have seen so far, per figure of a hidden cell: the lowest and
// highest values of attacker's solutions, in the relaxation and in whole numbers. Hiding one
// more cell keeps every earlier solution a solution (the cell takes its true value), so an
// audit after secondary suppression starts from them and solves only what is still open.
struct AuditMemory
{
    struct Seen
    {
        double low, high, wholeLow, wholeHigh;
    };
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::size_t>, Seen> seen;
    // the simplex basis the last audit ended with, per figure and per row of the program: the
    // next audit starts from it (a program one hidden cell larger is solved in a few pivots)
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::size_t>, int> columnStatus;
    std::map<std::array<std::uint32_t, 4>, int> rowStatus;
};

struct AuditOptions
{
    // called now and then with the share done; returning false stops the audit, which then
    // fails as not proven
    std::function<bool(double)> progress;
    double timeLimitSeconds = 600;
    // beyond this many unknown figures tied together, the audit declines at once
    std::size_t maxLinkedFigures = 200000;
    // search for tables of whole counts (branch and bound); off, figures shown protected in
    // the linear relaxation count as protected (secondary suppression's rounds use that, and
    // the final audit searches)
    bool wholeNumbers = true;
    // solutions of earlier audits of the same tables, with no fewer cells hidden (or null);
    // the audit adds its own
    AuditMemory *memory = nullptr;
    // how secondary suppression chooses cells: by the optimal model where the release is small
    // enough, else by Gaussian elimination unless it has distinct subjects (Auto); always by
    // the heuristic, by the optimal model only, or by Gaussian elimination only (for
    // comparison). In every case the heuristic completes the pattern where the audit finds a
    // cell too exposed.
    enum class Suppression { Auto, Heuristic, Optimal, Gauss };
    Suppression suppression = Suppression::Auto;
    // when set, the attacker's program (in free MPS, minimising the sum of the hidden figures)
    // is written there, for another solver: its rows hold only published values and bounds
    std::string programFile;
};

// The audit of docs/measures.md (section 8): for every figure of every hidden cell, the
// interval that follows from everything the attacker knows, over all the tables together,
// checked against what the cell's rule demands. One result per table.
std::vector<AuditResult> auditTables(const std::vector<AuditTable> &tables,
                                     const AuditOptions &options = {});
std::vector<AuditResult> auditTables(const std::vector<AuditTable> &tables,
                                     const ReleaseLinks &links, const AuditOptions &options);

// Optimal secondary suppression (mixed-integer programming, docs/measures.md section 8): hides
// the published cells of least records such that every primary cell can move as far as its
// rule demands in the linear model of the records. False, leaving the states as they were,
// when the model is too large or no pattern was found in time.
struct OptimalSuppressionLimits
{
    double seconds = 60;   // a safety net: the search ends by its nodes first
    int nodes = 200;       // branch-and-bound nodes: the best pattern found by then is taken
    std::size_t maxVariables = 20000; // of the deviations: 4 x primary cells x cells
    std::string programFile; // when set, the model is written there (free MPS)
    std::function<bool(double)> progress; // asked at every node; false stops the search
};
bool optimalSuppression(std::vector<AuditTable> &tables, const ReleaseLinks &links,
                        const OptimalSuppressionLimits &limits = {});

// Secondary suppression by Gaussian elimination (docs/measures.md section 8), for releases of
// any size: publishes the cells one by one, totals first and then the inner cells of most
// records, and hides a cell instead where publishing it would let a hidden cell be worked out
// exactly by linear algebra over the lines of `links`. Returns how many cells it hid. Cells
// without records are always published. progress (may be empty) is asked now and then with
// the share done; false stops it, leaving the cells not yet reached published.
std::size_t gaussSuppression(std::vector<AuditTable> &tables, const ReleaseLinks &links,
                             const std::function<bool(double)> &progress = {});

// Secondary suppression for tables of one release together: hides further cells until the
// audit passes or no cell helps. state holds each table's primary cells on entry.
std::vector<AuditResult> suppressAndAudit(std::vector<AuditTable> &tables,
                                          const AuditOptions &options = {});

// The table rules applied to the tables of one release together: primary suppression,
// secondary suppression until the audit over all of them passes, and rounding.
// Earlier releases of the project take part: their published values are known to the
// attacker, and the change since each is protected like a table of its own.
std::vector<Release> protectWithRules(const std::vector<const AggregateTable *> &tables,
                                      const std::vector<TableRules> &rules,
                                      const AuditOptions &options = {},
                                      const std::vector<EarlierRelease> &earlier = {});

} // namespace dijkgraaf
