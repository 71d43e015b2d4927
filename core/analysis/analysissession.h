#pragma once

#include "basetable.h"
#include "evaluation.h"
#include "evaluator.h"
#include "model/configuration.h"
#include "model/dataset.h"
#include "model/result.h"
#include "uniqueness.h"

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// Everything the workbench shows about one configuration.
struct AnalysisResult
{
    std::vector<std::size_t> qiColumns;
    std::vector<std::string> qiNames;
    std::vector<HierarchySpec> hierarchySpecs; // how each quasi-identifier's hierarchy was made
    Evaluation evaluation;
    RiskMeasures input; // the data as it is
    std::array<std::uint64_t, 7>
        inputRecordsByClassSize{};      // the data as it is, per class-size band
    std::vector<UniquenessStep> ladder; // quasi-identifiers added in their order
    std::vector<UniquenessStep> ladderAt; // the same, at the transformation's levels
    std::shared_ptr<const BaseTable> baseTable;
    std::vector<std::uint8_t> keptCombinations; // per combination of baseTable
    bool baseTableReused = false;
    double baseTableMs = 0;  // 0 when reused
    double evaluationMs = 0; // the transformation, the input and (when rebuilt) the ladder
};

// Runs configurations against one dataset, keeping the BaseTable (and the uniqueness ladder,
// which depends on it alone) as long as the quasi-identifiers, their hierarchies and the weight
// stay the same: a change of level, k or limit only rolls the BaseTable up again. One run at a
// time; the workbench runs it off the GUI thread.
class AnalysisSession
{
public:
    explicit AnalysisSession(std::shared_ptr<const Dataset> data);

    Result<AnalysisResult> run(const Configuration &config,
                               const std::atomic<bool> *cancel = nullptr);

    const Dataset &data() const { return *m_data; }

private:
    struct Cached
    {
        std::vector<std::size_t> qiColumns;
        std::vector<HierarchySpec> hierarchies;
        std::optional<std::size_t> weight;
        std::shared_ptr<const BaseTable> table;
        std::unique_ptr<Evaluator> evaluator;
        Evaluation input; // every level 0, k = 1: once per BaseTable
        std::vector<std::size_t> ladderSequence;
        std::vector<UniquenessStep> ladder;
        LadderScratch ladderScratch; // the ladder at the levels' sort, kept between analyses
    };
    // the hierarchy of a column as built for a spec, kept while either stays the same
    struct BuiltHierarchy
    {
        HierarchySpec spec;
        std::shared_ptr<const Hierarchy> hierarchy;
    };
    Result<std::shared_ptr<const Hierarchy>> hierarchyOf(std::size_t column,
                                                         const HierarchySpec &spec);

    std::shared_ptr<const Dataset> m_data;
    std::optional<Cached> m_cached;
    std::map<std::size_t, BuiltHierarchy> m_hierarchies;
};

} // namespace dijkgraaf
