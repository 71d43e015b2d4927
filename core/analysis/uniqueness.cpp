#include "uniqueness.h"

#include "basetable.h"
#include "evaluator.h"
#include "hierarchy/hierarchybuilders.h"

#include <algorithm>

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

std::optional<std::vector<UniquenessStep>> uniquenessLadderAt(
    Evaluator &evaluator, const std::vector<std::size_t> &sequence, const std::vector<int> &levels,
    const std::atomic<bool> *cancel)
{
    const BaseTable &table = evaluator.table();
    const auto n = static_cast<double>(table.records());
    std::vector<UniquenessStep> steps(sequence.size());
    if (sequence.empty())
        return steps;
    std::vector<int> rung(table.qiCount());
    for (std::size_t q = 0; q < rung.size(); ++q)
        rung[q] = table.hierarchy(q).height();
    for (const std::size_t q : sequence)
        rung[q] = levels[q];
    ClassTable classes, coarser;
    // the top rung is the transformation itself: its grouping is the evaluation's, where the
    // evaluator has just made it
    if (!evaluator.lastGrouping(rung, classes))
        evaluator.group(rung, classes);
    for (std::size_t j = sequence.size(); j-- > 0;) {
        if (cancel && cancel->load())
            return std::nullopt;
        if (j + 1 < sequence.size()) {
            // the attribute added at rung j + 1 is suppressed again
            rung[sequence[j + 1]] = table.hierarchy(sequence[j + 1]).height();
            evaluator.rollUp(classes, rung, coarser);
            std::swap(classes, coarser);
        }
        UniquenessStep &step = steps[j];
        step.attribute = table.qiName(sequence[j]);
        step.uniqueRecords = static_cast<std::uint64_t>(
            std::count(classes.size.begin(), classes.size.end(), std::uint64_t(1)));
        step.uniqueShare = n > 0 ? static_cast<double>(step.uniqueRecords) / n : 0;
        step.classes = classes.classes();
    }
    return steps;
}

} // namespace dijkgraaf
