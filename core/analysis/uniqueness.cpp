#include "uniqueness.h"

#include "basetable.h"
#include "evaluator.h"
#include "hierarchy/hierarchybuilders.h"

namespace dijkgraaf {

Result<std::vector<UniquenessStep>> uniquenessLadder(const Dataset &data,
                                                     const std::vector<std::size_t> &columns,
                                                     const std::atomic<bool> *cancel)
{
    std::vector<QuasiIdentifier> qis;
    for (auto c : columns)
        qis.push_back({c, buildValueOrSuppressedHierarchy(data.columns[c])});
    auto table = BaseTable::build(data, std::move(qis), std::nullopt, cancel);
    if (!table)
        return table.error();
    Evaluator evaluator(*table);
    std::vector<UniquenessStep> steps;
    std::vector<int> levels(columns.size(), 1);
    for (std::size_t j = 0; j < columns.size(); ++j) {
        levels[j] = 0;
        const Evaluation ev = evaluator.evaluate(levels, PrivacySettings{});
        UniquenessStep step;
        step.attribute = data.columns[columns[j]].name;
        step.uniqueRecords = ev.risk.sampleUniques;
        step.uniqueShare = data.rowCount ? static_cast<double>(ev.risk.sampleUniques) /
                                               static_cast<double>(data.rowCount)
                                         : 0;
        step.classes = ev.risk.classes;
        steps.push_back(step);
    }
    return steps;
}

} // namespace dijkgraaf
