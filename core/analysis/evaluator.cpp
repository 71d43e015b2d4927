// The Evaluator's front: the lookup tables per level, validation, the measures that need no
// grouping, and evaluate(), which groups (evaluatorgrouping.cpp) and measures
// (evaluatormeasures.cpp); roll-ups from a finer transformation are in evaluatorrollup.cpp.
#include "evaluator.h"


#include <algorithm>
#include <cmath>

namespace dijkgraaf {

Evaluator::Evaluator(const BaseTable &table) : m_table(table)
{
    const std::size_t m = table.qiCount();
    const double n = static_cast<double>(table.records());
    int bits = 0;
    m_shift.resize(m);
    m_fieldMask.resize(m);
    m_parentOf.resize(m);
    for (std::size_t q = 0; q < m; ++q) {
        const Hierarchy &h = table.hierarchy(q);
        int width = 1;
        while ((std::uint64_t(1) << width) < h.domainSize())
            ++width;
        m_shift[q] = bits;
        m_fieldMask[q] = (width >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << width) - 1);
        bits += width;
        for (int l = 0; l < h.height(); ++l) {
            std::vector<std::uint32_t> parent(h.labelCount(l), 0);
            const auto &below = h.labelOfLeaf(l);
            const auto &above = h.labelOfLeaf(l + 1);
            for (std::size_t leaf = 0; leaf < h.domainSize(); ++leaf)
                parent[below[leaf]] = above[leaf];
            m_parentOf[q].push_back(std::move(parent));
        }
    }
    m_packable = bits <= 64 && m <= 64;
    m_lossOfLabel.resize(m);
    m_suppressedEntropyOfLabel.resize(m);
    m_lossAtLevel.resize(m);
    m_entropyAtLevel.resize(m);
    for (std::size_t q = 0; q < m; ++q) {
        const Hierarchy &h = table.hierarchy(q);
        const auto leafRecords = table.leafRecords(q);
        const std::size_t domain = h.domainSize();
        for (std::uint32_t leaf = 0; leaf < domain; ++leaf)
            if (leafRecords[leaf] > 0)
                m_entropyMax += static_cast<double>(leafRecords[leaf]) *
                                std::log2(n / static_cast<double>(leafRecords[leaf]));
        for (int l = 0; l <= h.height(); ++l) {
            const auto &labelOf = h.labelOfLeaf(l);
            const auto &leafCount = h.leafCounts(l);
            const std::size_t labels = h.labelCount(l);
            std::vector<double> labelRecords(labels, 0.0);
            for (std::uint32_t leaf = 0; leaf < domain; ++leaf)
                labelRecords[labelOf[leaf]] += static_cast<double>(leafRecords[leaf]);
            std::vector<double> loss(labels, 0.0), suppressed(labels, 0.0);
            double lossSum = 0, entropySum = 0;
            for (std::size_t g = 0; g < labels; ++g) {
                loss[g] = domain > 1 ? static_cast<double>(leafCount[g] - 1) /
                                           static_cast<double>(domain - 1)
                                     : 0.0;
                if (labelRecords[g] > 0)
                    suppressed[g] = std::log2(n / labelRecords[g]);
                lossSum += labelRecords[g] * loss[g];
            }
            // entropy of a record with value x at label g: log2(count(g) / count(x))
            for (std::uint32_t leaf = 0; leaf < domain; ++leaf)
                if (leafRecords[leaf] > 0)
                    entropySum += static_cast<double>(leafRecords[leaf]) *
                                  std::log2(labelRecords[labelOf[leaf]] /
                                            static_cast<double>(leafRecords[leaf]));
            m_lossAtLevel[q].push_back(lossSum);
            m_entropyAtLevel[q].push_back(entropySum);
            m_lossOfLabel[q].push_back(std::move(loss));
            m_suppressedEntropyOfLabel[q].push_back(std::move(suppressed));
        }
    }
}

Result<bool> Evaluator::validate(const std::vector<int> &levels,
                                 const PrivacySettings &settings) const
{
    if (levels.size() != m_table.qiCount())
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "expected %1 levels, one per quasi-identifier, got %2"),
                         {arg(m_table.qiCount()), arg(levels.size())});
    for (std::size_t q = 0; q < levels.size(); ++q) {
        const int h = m_table.hierarchy(q).height();
        if (levels[q] < 0 || levels[q] > h)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "level %1 is outside the hierarchy's levels 0..%2"),
                             {std::to_string(levels[q]), arg(static_cast<std::uint64_t>(h))}, {},
                             0, m_table.qiName(q));
    }
    if (settings.k < 1)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "k must be at least 1"));
    if (!(settings.suppressionLimit >= 0.0 && settings.suppressionLimit <= 1.0))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the suppression limit must lie between 0 and 1"));
    if (!(settings.riskThreshold >= 0.0 && settings.riskThreshold <= 1.0))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the risk threshold must lie between 0 and 1"));
    return true;
}

RiskMeasures Evaluator::inputRisk()
{
    return evaluate(std::vector<int>(m_table.qiCount(), 0), PrivacySettings{}).risk;
}

double Evaluator::lossWithoutSuppression(const std::vector<int> &levels,
                                         const std::vector<double> &weights) const
{
    const std::size_t m = m_table.qiCount();
    if (m == 0 || m_table.records() == 0)
        return 0.0;
    double sum = 0, total = 0;
    for (std::size_t q = 0; q < m; ++q) {
        const double w = weights.empty() ? 1.0 : weights[q];
        sum += w * m_lossAtLevel[q][static_cast<std::size_t>(levels[q])];
        total += w;
    }
    return total > 0 ? sum / (static_cast<double>(m_table.records()) * total) : 0.0;
}

double Evaluator::precisionLossWithoutSuppression(const std::vector<int> &levels,
                                                  const std::vector<double> &weights) const
{
    const std::size_t m = m_table.qiCount();
    double sum = 0, total = 0;
    for (std::size_t q = 0; q < m; ++q) {
        const double w = weights.empty() ? 1.0 : weights[q];
        const int h = m_table.hierarchy(q).height();
        sum += w * (h > 0 ? static_cast<double>(levels[q]) / h : 0.0);
        total += w;
    }
    return total > 0 ? sum / total : 0.0;
}

double Evaluator::entropyWithoutSuppression(const std::vector<int> &levels) const
{
    if (m_entropyMax <= 0)
        return 0.0;
    double sum = 0;
    for (std::size_t q = 0; q < m_table.qiCount(); ++q)
        sum += m_entropyAtLevel[q][static_cast<std::size_t>(levels[q])];
    return sum / m_entropyMax;
}

Evaluation Evaluator::evaluate(const std::vector<int> &levels, const PrivacySettings &settings,
                               std::vector<std::uint8_t> *keptCombinations)
{
    // the parts' classes are read where they lie, not laid end to end
    groupInto(levels, m_classes, false);
    std::vector<ClassSegment> segments;
    if (m_grouping == Grouping::Hashed) {
        for (const Part &part : m_parts)
            if (!part.size.empty())
                segments.push_back({part.size.data(), part.representative.data(),
                                    part.weight.empty() ? nullptr : part.weight.data(),
                                    part.size.size()});
    } else {
        segments.push_back({m_classes.size.data(), m_classes.representative.data(),
                            m_classes.weight.empty() ? nullptr : m_classes.weight.data(),
                            m_classes.size.size()});
    }
    Evaluation ev = measureSegments(levels, segments, settings);
    if (!keptCombinations)
        return ev;
    const std::size_t combos = m_table.size();
    const std::uint64_t minKept = ev.satisfied ? settings.k : 1;
    auto &kept = *keptCombinations;
    kept.assign(combos, 1);
    if (ev.suppressedRecords == 0)
        return ev;
    const auto &size = m_classes.size;
    switch (m_grouping) {
    case Grouping::Identity:
        for (std::size_t c = 0; c < combos; ++c)
            kept[c] = size[c] >= minKept;
        break;
    case Grouping::Direct:
        for (std::size_t c = 0; c < combos; ++c)
            kept[c] = size[m_classOfKey[m_keyOfCombination[c]]] >= minKept;
        break;
    case Grouping::Hashed: {
        const std::size_t parts = m_members.empty() ? 0 : 256;
        const std::size_t slices = parts ? m_members.size() / parts : 0;
        for (std::size_t p = 0; p < parts; ++p)
            for (std::size_t s = 0; s < slices; ++s)
                for (const Member &member : m_members[s * parts + p])
                    kept[member.combination] = m_parts[p].size[member.keyOrClass] >= minKept;
        break;
    }
    }
    return ev;
}

} // namespace dijkgraaf
