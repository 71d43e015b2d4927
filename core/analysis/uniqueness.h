#pragma once

#include <optional>

#include "model/dataset.h"
#include "model/result.h"

#include <atomic>
#include <string>
#include <vector>

namespace dijkgraaf {

// One rung of the uniqueness ladder (METRICS.md section 5).
struct UniquenessStep
{
    std::string attribute; // the attribute added at this rung
    std::uint64_t uniqueRecords = 0;
    double uniqueShare = 0;    // unique_share_j
    std::uint64_t classes = 0; // distinct combinations of a1..aj
};

class Evaluator;

// The ladder over the quasi-identifiers of an evaluator's BaseTable, added in `sequence` (indices
// of quasi-identifiers): each rung keeps the first j at level 0 and suppresses the rest.
std::vector<UniquenessStep> uniquenessLadder(Evaluator &evaluator,
                                             const std::vector<std::size_t> &sequence);

// The same ladder at a transformation's levels (generalized, before any suppression): rung j
// keeps the first j of `sequence` at their level in `levels` and suppresses the rest. The top
// rung (every quasi-identifier of `sequence` at its level) is the evaluator's last evaluation
// where that was at `levels` (a copy of its classes), else one grouping of the BaseTable; each
// rung below is rolled up from the one above.
// Where the labels of all attributes at their levels fit in 64 bits, the whole ladder comes
// from one sort instead: each combination's labels packed in the order of `sequence` (the
// first attribute in the highest bits) and sorted, the classes of every rung are runs of equal
// top bits, counted in one pass. Scratch keeps the sort's arrays between calls.
// Empty when cancel is set (looked at between rungs and passes).
struct LadderScratch
{
    std::vector<std::uint64_t> keys, keysOut;
    std::vector<std::uint32_t> counts, countsOut;
    std::vector<std::size_t> histogram; // per slice of the combinations, per digit
};
std::optional<std::vector<UniquenessStep>> uniquenessLadderAt(
    Evaluator &evaluator, const std::vector<std::size_t> &sequence, const std::vector<int> &levels,
    const std::atomic<bool> *cancel = nullptr, LadderScratch *scratch = nullptr);

// Share of records that are the only one with their combination of the first j attributes,
// for j = 1..m, at level 0. One BaseTable over all attributes; each rung is the roll-up that
// suppresses the attributes not yet added.
Result<std::vector<UniquenessStep>> uniquenessLadder(const Dataset &data,
                                                     const std::vector<std::size_t> &columns,
                                                     const std::atomic<bool> *cancel = nullptr);

} // namespace dijkgraaf
