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
    std::vector<std::size_t> sequence(columns.size());
    for (std::size_t j = 0; j < sequence.size(); ++j)
        sequence[j] = j;
    return uniquenessLadder(evaluator, sequence);
}

std::vector<UniquenessStep> uniquenessLadder(Evaluator &evaluator,
                                             const std::vector<std::size_t> &sequence)
{
    const BaseTable &table = evaluator.table();
    const auto n = static_cast<double>(table.records());
    std::vector<int> rung(table.qiCount());
    for (std::size_t q = 0; q < rung.size(); ++q)
        rung[q] = table.hierarchy(q).height();
    std::vector<UniquenessStep> steps;
    for (const std::size_t q : sequence) {
        rung[q] = 0;
        const Evaluation ev = evaluator.evaluate(rung, PrivacySettings{});
        UniquenessStep step;
        step.attribute = table.qiName(q);
        step.uniqueRecords = ev.risk.sampleUniques;
        step.uniqueShare = n > 0 ? static_cast<double>(ev.risk.sampleUniques) / n : 0;
        step.classes = ev.risk.classes;
        steps.push_back(step);
    }
    return steps;
}

} // namespace dijkgraaf
