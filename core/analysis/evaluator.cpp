#include "evaluator.h"

#include "util/parallel.h"

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
    m_lossAtLevel.resize(m);
    m_entropyAtLevel.resize(m);
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
                loss[leaf] = domain > 1 ? static_cast<double>(leafCount[labelOf[leaf]] - 1) /
                                              static_cast<double>(domain - 1)
                                        : 0.0;
                if (leafRecords[leaf] > 0)
                    entropy[leaf] = std::log2(static_cast<double>(labelRecords[labelOf[leaf]]) /
                                              static_cast<double>(leafRecords[leaf]));
            }
            double lossSum = 0, entropySum = 0;
            for (std::uint32_t leaf = 0; leaf < domain; ++leaf) {
                lossSum += static_cast<double>(leafRecords[leaf]) * loss[leaf];
                entropySum += static_cast<double>(leafRecords[leaf]) * entropy[leaf];
            }
            m_lossAtLevel[q].push_back(lossSum);
            m_entropyAtLevel[q].push_back(entropySum);
            m_lossOfLeaf[q].push_back(std::move(loss));
            m_entropyOfLeaf[q].push_back(std::move(entropy));
        }
    }
}

Result<bool> Evaluator::validate(const std::vector<int> &levels,
                                 const PrivacySettings &settings) const
{
    if (levels.size() != m_table.qiCount())
        return Error{"expected " + std::to_string(m_table.qiCount()) +
                     " levels, one per quasi-identifier, got " + std::to_string(levels.size())};
    for (std::size_t q = 0; q < levels.size(); ++q) {
        const int h = m_table.hierarchy(q).height();
        if (levels[q] < 0 || levels[q] > h)
            return Error{"level " + std::to_string(levels[q]) +
                             " is outside the hierarchy's levels 0.." + std::to_string(h),
                         {},
                         0,
                         m_table.qiName(q)};
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

Evaluation Evaluator::evaluate(const std::vector<int> &levels, const PrivacySettings &settings,
                               std::vector<std::uint8_t> *keptCombinations)
{
    const BaseTable &t = m_table;
    const std::size_t m = t.qiCount();
    const std::size_t combos = t.size();
    const std::uint32_t *counts = t.counts().data();
    const std::uint64_t n = t.records();
    const bool weighted = t.weighted();
    const double *weights = t.weights().data();

    Evaluation ev;
    ev.levels = levels;
    ev.settings = settings;
    ev.records = n;
    ev.lossPerQi.assign(m, 0.0);

    // The quasi-identifiers that still split records at their level make up a mixed-radix key.
    struct Digit
    {
        const std::uint32_t *labelOf;
        const std::uint32_t *leaves;
        std::uint64_t radix;
    };
    std::vector<Digit> digits;
    std::uint64_t radixProduct = 1;
    bool fits = true;
    bool identity = true;
    for (std::size_t q = 0; q < m; ++q) {
        const Hierarchy &h = t.hierarchy(q);
        const std::uint64_t radix = h.labelCount(levels[q]);
        identity = identity && levels[q] == 0;
        if (radix <= 1)
            continue;
        digits.push_back({h.labelOfLeaf(levels[q]).data(), t.leaves(q).data(), radix});
        if (radixProduct > (std::uint64_t(1) << 62) / radix)
            fits = false;
        else
            radixProduct *= radix;
    }
    if (!fits) {
        // too many labels for one key: renumber densely between quasi-identifiers
        KeyIndex index;
        m_keys.assign(combos, 0);
        std::uint64_t product = 1;
        for (const Digit &d : digits) {
            if (product > (std::uint64_t(1) << 62) / d.radix) {
                index.reset(combos);
                for (auto &k : m_keys)
                    k = index.insert(k);
                product = index.size();
            }
            for (std::size_t c = 0; c < combos; ++c)
                m_keys[c] = m_keys[c] * d.radix + d.labelOf[d.leaves[c]];
            product *= d.radix;
        }
        radixProduct = product;
    }

    // Per quasi-identifier, the loss and entropy of each leaf at its level.
    std::vector<const std::uint32_t *> leavesOf(m);
    std::vector<const double *> lossOf(m), entropyOf(m), entropyMaxOf(m);
    for (std::size_t q = 0; q < m; ++q) {
        leavesOf[q] = t.leaves(q).data();
        lossOf[q] = m_lossOfLeaf[q][static_cast<std::size_t>(levels[q])].data();
        entropyOf[q] = m_entropyOfLeaf[q][static_cast<std::size_t>(levels[q])].data();
        entropyMaxOf[q] = m_entropyMaxOfLeaf[q].data();
    }

    // 1. One pass over the combinations, a slice per core: the generalized key of each, and
    // either the class sizes straight into an array indexed by the key (few possible classes)
    // or the combination listed in the part that will group its key (many). The loss and
    // entropy as if every record were kept need no pass: they depend on the levels alone.
    const std::size_t slices = workParts(combos, 1 << 15);
    const bool direct =
        !identity && radixProduct <= std::min<std::uint64_t>(combos, std::uint64_t(1) << 20);
    const bool hashed = !identity && !direct;
    // Many classes are grouped in 256 parts by the top bits of their keys' hash, so that each
    // part's table stays in the core's cache; the parts are shared out among the cores.
    constexpr std::size_t kHashedParts = 256;
    const std::size_t parts = hashed ? kHashedParts : 1;
    if (m_parts.size() < parts)
        m_parts.resize(parts);
    for (auto &part : m_parts) {
        part.size.clear();
        part.weight.clear();
    }
    m_members.resize(slices * parts);
    m_direct.resize(slices);
    m_directWeight.resize(slices);
    if (direct)
        m_classOf.resize(combos);
    if (fits && !identity)
        m_keys.resize(combos);
    std::vector<double> lossSums(slices * m, 0.0), entropySums(slices, 0.0);
    for (std::size_t q = 0; q < m; ++q) {
        lossSums[q] = m_lossAtLevel[q][static_cast<std::size_t>(levels[q])];
        entropySums[0] += m_entropyAtLevel[q][static_cast<std::size_t>(levels[q])];
    }
    if (!identity) {
        runParts(combos, slices, [&](std::size_t s, std::size_t begin, std::size_t end) {
            std::uint64_t *keys = m_keys.data();
            if (fits) {
                // a quasi-identifier at a time: its lookup table stays in cache
                std::fill(keys + begin, keys + end, 0);
                for (const Digit &d : digits)
                    for (std::size_t c = begin; c < end; ++c)
                        keys[c] = keys[c] * d.radix + d.labelOf[d.leaves[c]];
            }
            if (direct) {
                auto &sizes = m_direct[s];
                sizes.assign(radixProduct, 0);
                for (std::size_t c = begin; c < end; ++c) {
                    sizes[keys[c]] += counts[c];
                    m_classOf[c] = static_cast<std::uint32_t>(keys[c]);
                }
                if (weighted) {
                    auto &sums = m_directWeight[s];
                    sums.assign(radixProduct, 0.0);
                    for (std::size_t c = begin; c < end; ++c)
                        sums[keys[c]] += weights[c];
                }
            } else {
                for (std::size_t p = 0; p < parts; ++p) {
                    m_members[s * parts + p].clear();
                    m_members[s * parts + p].reserve((end - begin) / parts +
                                                     (end - begin) / parts / 4 + 16);
                }
                for (std::size_t c = begin; c < end; ++c) {
                    const auto p = static_cast<std::size_t>(KeyIndex::mix(keys[c]) >> 56);
                    m_members[s * parts + p].push_back(
                        {keys[c], static_cast<std::uint32_t>(c), counts[c]});
                }
            }
        });
    }

    // 2. Roll up into classes.
    if (identity) {
        // every combination of the BaseTable is a class of its own
        Part &part = m_parts[0];
        part.size.assign(counts, counts + combos);
        if (weighted)
            part.weight.assign(weights, weights + combos);
    } else if (direct) {
        Part &part = m_parts[0];
        part.size.swap(m_direct[0]);
        for (std::size_t s = 1; s < slices; ++s)
            for (std::size_t e = 0; e < radixProduct; ++e)
                part.size[e] += m_direct[s][e];
        if (weighted) {
            part.weight.swap(m_directWeight[0]);
            for (std::size_t s = 1; s < slices; ++s)
                for (std::size_t e = 0; e < radixProduct; ++e)
                    part.weight[e] += m_directWeight[s][e];
        }
    } else {
        runParts(parts, slices, [&](std::size_t, std::size_t firstPart, std::size_t endPart) {
            for (std::size_t p = firstPart; p < endPart; ++p) {
                Part &part = m_parts[p];
                std::size_t members = 0;
                for (std::size_t s = 0; s < slices; ++s)
                    members += m_members[s * parts + p].size();
                part.index.reset(members / 2);
                for (std::size_t s = 0; s < slices; ++s) {
                    for (Member &member : m_members[s * parts + p]) {
                        const std::uint32_t id = part.index.insert(member.keyOrClass);
                        if (id == part.size.size()) {
                            part.size.push_back(0);
                            if (weighted)
                                part.weight.push_back(0);
                        }
                        member.keyOrClass = id;
                        part.size[id] += member.count;
                        if (weighted)
                            part.weight[id] += weights[member.combination];
                    }
                }
            }
        });
    }

    // 3. Suppression (section 2) and risk (section 3). Without weights everything follows from
    // how many classes there are of each size.
    constexpr std::uint64_t kSmall = 1024;
    std::vector<std::uint64_t> classesOfSize(kSmall, 0);
    std::vector<std::uint64_t> largeSizes;
    for (std::size_t p = 0; p < parts; ++p) {
        for (const std::uint64_t f : m_parts[p].size) {
            if (f < kSmall)
                ++classesOfSize[f];
            else
                largeSizes.push_back(f);
        }
    }
    classesOfSize[0] = 0;             // empty slots of the direct array
    auto forEachSize = [&](auto fn) { // fn(size, number of classes of that size)
        for (std::uint64_t f = 1; f < kSmall; ++f)
            if (classesOfSize[f])
                fn(f, classesOfSize[f]);
        for (const std::uint64_t f : largeSizes)
            fn(f, std::uint64_t(1));
    };
    forEachSize([&](std::uint64_t f, std::uint64_t classes) {
        if (f < settings.k)
            ev.recordsBelowK += f * classes;
    });
    const auto allowed = static_cast<std::uint64_t>(
        std::floor(settings.suppressionLimit * static_cast<double>(n) + 1e-9));
    ev.satisfied = ev.recordsBelowK <= allowed;
    const std::uint64_t minKept = ev.satisfied ? settings.k : 1;
    ev.suppressedRecords = ev.satisfied ? ev.recordsBelowK : 0;
    const std::uint64_t kept = n - ev.suppressedRecords;

    RiskMeasures &r = ev.risk;
    std::uint64_t atRisk = 0;
    double squares = 0;
    forEachSize([&](std::uint64_t f, std::uint64_t classes) {
        if (f < minKept)
            return;
        r.classes += classes;
        if (r.minClassSize == 0 || f < r.minClassSize)
            r.minClassSize = f;
        if (f == 1)
            r.sampleUniques += classes;
        if (1.0 / static_cast<double>(f) > settings.riskThreshold)
            atRisk += f * classes;
        squares += static_cast<double>(f) * static_cast<double>(f) * static_cast<double>(classes);
        ev.keptRecordsByClassSize[static_cast<std::size_t>(classSizeBand(f))] += f * classes;
        if (!weighted) {
            r.expectedReidentifications += static_cast<double>(classes);
            r.maxIndividualRisk = std::max(r.maxIndividualRisk, 1.0 / static_cast<double>(f));
        }
    });
    if (weighted) {
        for (std::size_t p = 0; p < parts; ++p) {
            const Part &part = m_parts[p];
            for (std::size_t e = 0; e < part.size.size(); ++e) {
                const std::uint64_t f = part.size[e];
                if (f == 0 || f < minKept)
                    continue;
                const double risk = individualRisk(f, part.weight[e]);
                r.expectedReidentifications += static_cast<double>(f) * risk;
                r.maxIndividualRisk = std::max(r.maxIndividualRisk, risk);
            }
        }
    }
    if (kept > 0) {
        r.averageClassSize = static_cast<double>(kept) / static_cast<double>(r.classes);
        r.prosecutorMax = 1.0 / static_cast<double>(r.minClassSize);
        r.prosecutorAvg = static_cast<double>(r.classes) / static_cast<double>(kept);
        r.recordsAtRisk = static_cast<double>(atRisk) / static_cast<double>(kept);
        r.globalRisk = r.expectedReidentifications / static_cast<double>(kept);
    }

    // 4. Utility (section 4): a suppressed record is fully lost, so the combinations in
    // suppressed classes move from their loss to 1 and from their entropy to the maximum.
    if (ev.suppressedRecords > 0) {
        auto suppress = [&](std::uint32_t c, double *loss, double &entropy) {
            const double w = counts[c];
            for (std::size_t q = 0; q < m; ++q) {
                const std::uint32_t leaf = leavesOf[q][c];
                loss[q] += w * (1.0 - lossOf[q][leaf]);
                entropy += w * (entropyMaxOf[q][leaf] - entropyOf[q][leaf]);
            }
        };
        runParts(hashed ? parts : combos, slices,
                 [&](std::size_t s, std::size_t begin, std::size_t end) {
                     double *loss = &lossSums[s * m];
                     double entropy = 0;
                     if (hashed) {
                         // [begin, end) are parts here
                         for (std::size_t p = begin; p < end; ++p)
                             for (std::size_t from = 0; from < slices; ++from)
                                 for (const Member &member : m_members[from * parts + p])
                                     if (m_parts[p].size[member.keyOrClass] < minKept)
                                         suppress(member.combination, loss, entropy);
                     } else {
                         const std::uint64_t *size = m_parts[0].size.data();
                         for (std::size_t c = begin; c < end; ++c)
                             if (size[identity ? c : m_classOf[c]] < minKept)
                                 suppress(static_cast<std::uint32_t>(c), loss, entropy);
                     }
                     entropySums[s] += entropy;
                 });
    }
    if (keptCombinations) {
        auto &kept = *keptCombinations;
        kept.assign(combos, 1);
        if (ev.suppressedRecords > 0) {
            if (hashed) {
                for (std::size_t p = 0; p < parts; ++p)
                    for (std::size_t from = 0; from < slices; ++from)
                        for (const Member &member : m_members[from * parts + p])
                            kept[member.combination] = m_parts[p].size[member.keyOrClass] >= minKept;
            } else {
                const std::uint64_t *size = m_parts[0].size.data();
                for (std::size_t c = 0; c < combos; ++c)
                    kept[c] = size[identity ? c : m_classOf[c]] >= minKept;
            }
        }
    }

    double entropy = 0;
    for (std::size_t s = 0; s < slices; ++s) {
        entropy += entropySums[s];
        for (std::size_t q = 0; q < m; ++q)
            ev.lossPerQi[q] += lossSums[s * m + q];
    }
    for (auto &l : ev.lossPerQi)
        l = n > 0 ? l / static_cast<double>(n) : 0.0;

    UtilityMeasures &u = ev.utility;
    if (n > 0 && m > 0) {
        double loss = 0, precision = 0;
        for (std::size_t q = 0; q < m; ++q) {
            loss += ev.lossPerQi[q];
            const int h = t.hierarchy(q).height();
            const double p = h > 0 ? static_cast<double>(levels[q]) / h : 0.0;
            precision +=
                (p * static_cast<double>(kept) + static_cast<double>(ev.suppressedRecords)) /
                static_cast<double>(n);
        }
        u.loss = loss / static_cast<double>(m);
        u.precisionLoss = precision / static_cast<double>(m);
        u.nuEntropy = m_entropyMax > 0 ? entropy / m_entropyMax : 0.0;
    }
    if (n > 0) {
        const double nd = static_cast<double>(n);
        u.discernibility = (squares + static_cast<double>(ev.suppressedRecords) * nd) / (nd * nd);
        u.suppressionRate = static_cast<double>(ev.suppressedRecords) / nd;
    }
    return ev;
}

} // namespace dijkgraaf
