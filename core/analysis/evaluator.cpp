#include "evaluator.h"

#include <algorithm>
#include <cmath>

namespace dijkgraaf {

int classSizeBand(std::uint64_t size)
{
    int band = 0;
    for (int b = 0; b < static_cast<int>(kClassSizeBandStarts.size()); ++b)
        if (size >= kClassSizeBandStarts[static_cast<std::size_t>(b)])
            band = b;
    return band;
}

double individualRisk(std::uint64_t f, double F)
{
    const double fd = static_cast<double>(f);
    if (F <= fd) // unweighted (or weights below 1, where the approximation does not apply)
        return 1.0 / fd;
    const double p = fd / F;
    const double odds = p / (1.0 - p);
    if (f == 1)
        return odds * std::log(1.0 / p);
    if (f == 2)
        return odds - odds * odds * std::log(1.0 / p);
    return p / (fd - (1.0 - p));
}

Evaluator::Evaluator(const BaseTable &table) : m_table(table)
{
    const std::size_t m = table.qiCount();
    const double n = static_cast<double>(table.records());
    m_lossOfLeaf.resize(m);
    m_entropyOfLeaf.resize(m);
    m_entropyMaxOfLeaf.resize(m);
    for (std::size_t q = 0; q < m; ++q) {
        const Hierarchy &h = table.hierarchy(q);
        const auto leafRecords = table.leafRecords(q);
        const std::size_t domain = h.domainSize();
        auto &maxOfLeaf = m_entropyMaxOfLeaf[q];
        maxOfLeaf.assign(domain, 0);
        for (std::uint32_t leaf = 0; leaf < domain; ++leaf) {
            if (leafRecords[leaf] > 0) {
                maxOfLeaf[leaf] = std::log2(n / static_cast<double>(leafRecords[leaf]));
                m_entropyMax += static_cast<double>(leafRecords[leaf]) * maxOfLeaf[leaf];
            }
        }
        for (int l = 0; l <= h.height(); ++l) {
            const auto &labelOf = h.labelOfLeaf(l);
            const auto &leafCount = h.leafCounts(l);
            std::vector<double> loss(domain, 0), entropy(domain, 0);
            std::vector<std::uint64_t> labelRecords(h.labelCount(l), 0);
            for (std::uint32_t leaf = 0; leaf < domain; ++leaf)
                labelRecords[labelOf[leaf]] += leafRecords[leaf];
            for (std::uint32_t leaf = 0; leaf < domain; ++leaf) {
                loss[leaf] = domain > 1 ? static_cast<double>(leafCount[labelOf[leaf]] - 1) / static_cast<double>(domain - 1) : 0.0;
                if (leafRecords[leaf] > 0)
                    entropy[leaf] = std::log2(static_cast<double>(labelRecords[labelOf[leaf]]) /
                                              static_cast<double>(leafRecords[leaf]));
            }
            m_lossOfLeaf[q].push_back(std::move(loss));
            m_entropyOfLeaf[q].push_back(std::move(entropy));
        }
    }
}

Result<bool> Evaluator::validate(const std::vector<int> &levels, const PrivacySettings &settings) const
{
    if (levels.size() != m_table.qiCount())
        return Error{"expected " + std::to_string(m_table.qiCount()) + " levels, one per quasi-identifier, got " +
                     std::to_string(levels.size())};
    for (std::size_t q = 0; q < levels.size(); ++q) {
        const int h = m_table.hierarchy(q).height();
        if (levels[q] < 0 || levels[q] > h)
            return Error{"level " + std::to_string(levels[q]) + " is outside the hierarchy's levels 0.." +
                             std::to_string(h),
                         {}, 0, m_table.qiName(q)};
    }
    if (settings.k < 1)
        return Error{"k must be at least 1"};
    if (!(settings.suppressionLimit >= 0.0 && settings.suppressionLimit <= 1.0))
        return Error{"the suppression limit must lie between 0 and 1"};
    if (!(settings.riskThreshold >= 0.0 && settings.riskThreshold <= 1.0))
        return Error{"the risk threshold must lie between 0 and 1"};
    return true;
}

RiskMeasures Evaluator::inputRisk()
{
    return evaluate(std::vector<int>(m_table.qiCount(), 0), PrivacySettings{}).risk;
}

Evaluation Evaluator::evaluate(const std::vector<int> &levels, const PrivacySettings &settings)
{
    const BaseTable &t = m_table;
    const std::size_t m = t.qiCount();
    const std::size_t combos = t.size();
    const auto counts = t.counts();
    const std::uint64_t n = t.records();

    Evaluation ev;
    ev.levels = levels;
    ev.settings = settings;
    ev.records = n;
    ev.lossPerQi.assign(m, 0.0);

    // 1. generalized key of each combination (mixed radix over the labels of the levels)
    m_keys.assign(combos, 0);
    std::uint64_t radixProduct = 1;
    for (std::size_t q = 0; q < m; ++q) {
        const Hierarchy &h = t.hierarchy(q);
        const auto &labelOf = h.labelOfLeaf(levels[q]);
        const std::uint64_t radix = h.labelCount(levels[q]);
        if (radix == 1)
            continue;
        if (radixProduct > (std::uint64_t(1) << 62) / radix) {
            m_index.reset(combos);
            for (auto &k : m_keys)
                k = m_index.insert(k);
            radixProduct = m_index.size();
        }
        const auto leaves = t.leaves(q);
        for (std::size_t c = 0; c < combos; ++c)
            m_keys[c] = m_keys[c] * radix + labelOf[leaves[c]];
        radixProduct *= radix;
    }

    // 2. roll up into classes
    m_index.reset(std::min<std::uint64_t>(radixProduct, combos));
    m_classOf.resize(combos);
    m_classSize.clear();
    m_classWeight.clear();
    const bool weighted = t.weighted();
    const auto weights = t.weights();
    for (std::size_t c = 0; c < combos; ++c) {
        const std::uint32_t id = m_index.insert(m_keys[c]);
        if (id == m_classSize.size()) {
            m_classSize.push_back(0);
            m_classWeight.push_back(0);
        }
        m_classOf[c] = id;
        m_classSize[id] += counts[c];
        if (weighted)
            m_classWeight[id] += weights[c];
    }
    const std::size_t classes = m_classSize.size();

    // 3. suppression (section 2)
    for (std::size_t e = 0; e < classes; ++e)
        if (m_classSize[e] < settings.k)
            ev.recordsBelowK += m_classSize[e];
    const auto allowed = static_cast<std::uint64_t>(std::floor(settings.suppressionLimit * static_cast<double>(n) + 1e-9));
    ev.satisfied = ev.recordsBelowK <= allowed;
    const std::uint64_t minKept = ev.satisfied ? settings.k : 1;
    ev.suppressedRecords = ev.satisfied ? ev.recordsBelowK : 0;
    const std::uint64_t kept = n - ev.suppressedRecords;

    // 4. risk over kept classes (section 3)
    RiskMeasures &r = ev.risk;
    std::uint64_t atRisk = 0;
    for (std::size_t e = 0; e < classes; ++e) {
        const std::uint64_t f = m_classSize[e];
        if (f < minKept)
            continue;
        ++r.classes;
        if (r.minClassSize == 0 || f < r.minClassSize)
            r.minClassSize = f;
        if (f == 1)
            ++r.sampleUniques;
        if (1.0 / static_cast<double>(f) > settings.riskThreshold)
            atRisk += f;
        const double risk = weighted ? individualRisk(f, m_classWeight[e]) : 1.0 / static_cast<double>(f);
        r.expectedReidentifications += static_cast<double>(f) * risk;
        r.maxIndividualRisk = std::max(r.maxIndividualRisk, risk);
        ev.keptRecordsByClassSize[static_cast<std::size_t>(classSizeBand(f))] += f;
    }
    if (kept > 0) {
        r.averageClassSize = static_cast<double>(kept) / static_cast<double>(r.classes);
        r.prosecutorMax = 1.0 / static_cast<double>(r.minClassSize);
        r.prosecutorAvg = static_cast<double>(r.classes) / static_cast<double>(kept);
        r.recordsAtRisk = static_cast<double>(atRisk) / static_cast<double>(kept);
        r.globalRisk = r.expectedReidentifications / static_cast<double>(kept);
    }

    // 5. utility over all records (section 4); a suppressed record is fully lost
    double entropy = 0;
    for (std::size_t q = 0; q < m; ++q) {
        const auto leaves = t.leaves(q);
        const auto &lossOf = m_lossOfLeaf[q][static_cast<std::size_t>(levels[q])];
        const auto &entropyOf = m_entropyOfLeaf[q][static_cast<std::size_t>(levels[q])];
        const auto &entropyMaxOf = m_entropyMaxOfLeaf[q];
        double loss = 0;
        for (std::size_t c = 0; c < combos; ++c) {
            const double w = counts[c];
            if (m_classSize[m_classOf[c]] >= minKept) {
                loss += w * lossOf[leaves[c]];
                entropy += w * entropyOf[leaves[c]];
            } else {
                loss += w;
                entropy += w * entropyMaxOf[leaves[c]];
            }
        }
        ev.lossPerQi[q] = n > 0 ? loss / static_cast<double>(n) : 0.0;
    }
    UtilityMeasures &u = ev.utility;
    if (n > 0 && m > 0) {
        double loss = 0, precision = 0;
        for (std::size_t q = 0; q < m; ++q) {
            loss += ev.lossPerQi[q];
            const int h = t.hierarchy(q).height();
            const double p = h > 0 ? static_cast<double>(levels[q]) / h : 0.0;
            precision += (p * static_cast<double>(kept) + static_cast<double>(ev.suppressedRecords)) / static_cast<double>(n);
        }
        u.loss = loss / static_cast<double>(m);
        u.precisionLoss = precision / static_cast<double>(m);
        u.nuEntropy = m_entropyMax > 0 ? entropy / m_entropyMax : 0.0;
    }
    if (n > 0) {
        double squares = 0;
        for (std::size_t e = 0; e < classes; ++e)
            if (m_classSize[e] >= minKept)
                squares += static_cast<double>(m_classSize[e]) * static_cast<double>(m_classSize[e]);
        const double nd = static_cast<double>(n);
        u.discernibility = (squares + static_cast<double>(ev.suppressedRecords) * nd) / (nd * nd);
        u.suppressionRate = static_cast<double>(ev.suppressedRecords) / nd;
    }
    return ev;
}

} // namespace dijkgraaf
