#include "analysissession.h"

#include <chrono>

namespace dijkgraaf {

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

AnalysisSession::AnalysisSession(std::shared_ptr<const Dataset> data) : m_data(std::move(data)) {}

Result<std::shared_ptr<const Hierarchy>> AnalysisSession::hierarchyOf(std::size_t column,
                                                                      const HierarchySpec &spec)
{
    auto it = m_hierarchies.find(column);
    if (it != m_hierarchies.end() && it->second.spec == spec)
        return it->second.hierarchy;
    auto h = buildHierarchy(m_data->columns[column], spec);
    if (!h)
        return h.error();
    auto shared = std::make_shared<const Hierarchy>(std::move(*h));
    m_hierarchies[column] = {spec, shared};
    return shared;
}

Result<AnalysisResult> AnalysisSession::run(const Configuration &config,
                                            const std::atomic<bool> *cancel)
{
    const Dataset &data = *m_data;
    if (config.attributes.size() != data.columns.size())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the configuration does not match the data's columns"));
    AnalysisResult result;
    result.qiColumns = config.quasiIdentifiers();
    std::vector<HierarchySpec> specs;
    std::vector<int> levels;
    for (auto c : result.qiColumns) {
        result.qiNames.push_back(data.columns[c].name);
        specs.push_back(config.attributes[c].hierarchy);
        levels.push_back(config.attributes[c].level);
    }
    const auto weight = config.weightColumn();
    if (weight && !data.columns[*weight].isNumeric())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a sampling weight must be numeric"), {}, {}, 0,
                         data.columns[*weight].name);

    const auto start = std::chrono::steady_clock::now();
    result.baseTableReused = m_cached && m_cached->qiColumns == result.qiColumns &&
                             m_cached->hierarchies == specs && m_cached->weight == weight;
    if (!result.baseTableReused) {
        m_cached.reset();
        std::vector<QuasiIdentifier> qis;
        for (std::size_t q = 0; q < result.qiColumns.size(); ++q) {
            // hierarchies are kept per column: a change elsewhere does not rebuild them
            auto h = hierarchyOf(result.qiColumns[q], specs[q]);
            if (!h)
                return h.error();
            qis.push_back({result.qiColumns[q], **h});
        }
        auto table = BaseTable::build(data, std::move(qis), weight, cancel);
        if (!table)
            return table.error();
        Cached cached;
        cached.qiColumns = result.qiColumns;
        cached.hierarchies = specs;
        cached.weight = weight;
        cached.table = std::make_shared<const BaseTable>(std::move(*table));
        cached.evaluator = std::make_unique<Evaluator>(*cached.table);
        result.baseTableMs = millisecondsSince(start);
        if (cancel && cancel->load()) {
            return Error::cancellation("the computation was cancelled");
        }
        cached.input = cached.evaluator->evaluate(std::vector<int>(cached.qiColumns.size(), 0),
                                                  PrivacySettings{});
        m_cached = std::move(cached);
    }
    // the ladder depends on the BaseTable and on the order alone
    const auto sequence = config.ladderSequence(data);
    if (m_cached->ladderSequence != sequence || m_cached->ladder.size() != sequence.size()) {
        m_cached->ladder = uniquenessLadder(*m_cached->evaluator, sequence);
        m_cached->ladderSequence = sequence;
    }
    const auto evaluationStart = std::chrono::steady_clock::now();
    Evaluator &evaluator = *m_cached->evaluator;
    if (auto valid = evaluator.validate(levels, config.privacy); !valid)
        return valid.error();
    result.evaluation = evaluator.evaluate(levels, config.privacy, &result.keptCombinations);
    result.input = m_cached->input.risk;
    result.inputRecordsByClassSize = m_cached->input.keptRecordsByClassSize;
    result.ladder = m_cached->ladder;
    // Rolled up from the evaluation's grouping (its top rung), whose cost follows its classes;
    // or one sort of all combinations, whose cost follows their number (where their labels
    // fit in 64 bits). Measured on 1,000,000 combinations (BENCHMARKS.md): the sort costs as
    // much as the roll-ups of some 250,000 classes.
    const bool manyClasses = result.evaluation.risk.classes * 4 > m_cached->table->size();
    auto ladderAt = uniquenessLadderAt(evaluator, sequence, levels, cancel,
                                       manyClasses ? &m_cached->ladderScratch : nullptr);
    if (!ladderAt)
        return Error::cancellation("the computation was cancelled");
    result.ladderAt = std::move(*ladderAt);
    result.baseTable = m_cached->table;
    result.hierarchySpecs = specs;
    result.evaluationMs = millisecondsSince(result.baseTableReused ? evaluationStart : start) -
                          (result.baseTableReused ? 0 : result.baseTableMs);
    return result;
}

} // namespace dijkgraaf
