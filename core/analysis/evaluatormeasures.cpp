// The Evaluator's measures: suppression, risk and utility from a transformation's classes
// (METRICS.md sections 2 to 4).
#include "evaluator.h"

#include "util/parallel.h"

#include <algorithm>
#include <array>
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

Evaluation Evaluator::measure(const ClassTable &classes, const PrivacySettings &settings) const
{
    const bool keyed = classes.representative.empty() && classes.key.size() == classes.classes();
    const ClassSegment whole{classes.size.data(), keyed ? nullptr : classes.representative.data(),
                             classes.weight.empty() ? nullptr : classes.weight.data(),
                             classes.classes(), keyed ? classes.key.data() : nullptr};
    return measureSegments(classes.levels, std::span<const ClassSegment>(&whole, 1), settings);
}

Evaluation Evaluator::measureSegments(const std::vector<int> &levels,
                                      std::span<const ClassSegment> segments,
                                      const PrivacySettings &settings) const
{
    const BaseTable &t = m_table;
    const std::size_t m = t.qiCount();
    const std::uint64_t n = t.records();
    const bool weighted = t.weighted() && !segments.empty() && segments.front().weight;

    Evaluation ev;
    ev.levels = levels;
    ev.settings = settings;
    ev.records = n;
    ev.lossPerQi.assign(m, 0.0);

    // Suppression (section 2) and risk (section 3): without weights everything follows from
    // how many classes there are of each size.
    constexpr std::uint64_t kSmall = 256;
    std::uint64_t classesOfSize[kSmall] = {};
    std::uint64_t largestSmall = 0; // the sizes counted lie in 1..largestSmall
    std::vector<std::uint64_t> largeSizes;
    std::size_t total = 0;
    for (const ClassSegment &seg : segments)
        total += seg.count;
    const std::size_t parts = coreParts(total, 1 << 17); // counts: integers
    if (parts == 1) {
        // small tables (a search evaluates thousands): straight into the one array
        for (const ClassSegment &seg : segments) {
            for (std::size_t e = 0; e < seg.count; ++e) {
                const std::uint64_t f = seg.size[e];
                if (f < kSmall) {
                    ++classesOfSize[f];
                    largestSmall = std::max(largestSmall, f);
                } else {
                    largeSizes.push_back(f);
                }
            }
        }
    } else {
        // counted on every core over its share of the segments, then added up in order
        std::vector<std::array<std::uint64_t, kSmall>> counts(parts);
        std::vector<std::vector<std::uint64_t>> large(parts);
        runParts(segments.size(), parts, [&](std::size_t p, std::size_t begin, std::size_t end) {
            auto &mine = counts[p];
            mine.fill(0);
            for (std::size_t s = begin; s < end; ++s) {
                const ClassSegment &seg = segments[s];
                for (std::size_t e = 0; e < seg.count; ++e) {
                    const std::uint64_t f = seg.size[e];
                    if (f < kSmall)
                        ++mine[f];
                    else
                        large[p].push_back(f);
                }
            }
        });
        for (std::size_t p = 0; p < parts; ++p) {
            for (std::uint64_t f = 0; f < kSmall; ++f)
                classesOfSize[f] += counts[p][f];
            largeSizes.insert(largeSizes.end(), large[p].begin(), large[p].end());
        }
        largestSmall = kSmall - 1;
    }
    auto forEachSize = [&](auto fn) { // fn(size, number of classes of that size)
        for (std::uint64_t f = 1; f <= largestSmall; ++f)
            if (classesOfSize[f])
                fn(f, classesOfSize[f]);
        for (const std::uint64_t f : largeSizes)
            fn(f, std::uint64_t(1));
    };
    forEachSize([&](std::uint64_t f, std::uint64_t count) {
        if (f < settings.k)
            ev.recordsBelowK += f * count;
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
    forEachSize([&](std::uint64_t f, std::uint64_t count) {
        if (f < minKept)
            return;
        r.classes += count;
        if (r.minClassSize == 0 || f < r.minClassSize)
            r.minClassSize = f;
        if (f == 1)
            r.sampleUniques += count;
        if (1.0 / static_cast<double>(f) > settings.riskThreshold)
            atRisk += f * count;
        squares += static_cast<double>(f) * static_cast<double>(f) * static_cast<double>(count);
        ev.keptRecordsByClassSize[static_cast<std::size_t>(classSizeBand(f))] += f * count;
        if (!weighted) {
            r.expectedReidentifications += static_cast<double>(count);
            r.maxIndividualRisk = std::max(r.maxIndividualRisk, 1.0 / static_cast<double>(f));
        }
    });
    if (weighted) {
        for (const ClassSegment &seg : segments) {
            for (std::size_t e = 0; e < seg.count; ++e) {
                const std::uint64_t f = seg.size[e];
                if (f == 0 || f < minKept)
                    continue;
                const double risk = individualRisk(f, seg.weight[e]);
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

    // Utility (section 4). Without suppression the loss and entropy depend on the levels
    // alone; a suppressed record is fully lost, so the records of suppressed classes move from
    // their label's loss to 1 and from their entropy to the maximum, log2(N / count(label)).
    double entropy = 0;
    for (std::size_t q = 0; q < m; ++q) {
        ev.lossPerQi[q] = m_lossAtLevel[q][static_cast<std::size_t>(levels[q])];
        entropy += m_entropyAtLevel[q][static_cast<std::size_t>(levels[q])];
    }
    if (ev.suppressedRecords > 0) {
        for (const ClassSegment &seg : segments) {
            for (std::size_t e = 0; e < seg.count; ++e) {
                const std::uint64_t f = seg.size[e];
                if (f == 0 || f >= minKept)
                    continue;
                const double w = static_cast<double>(f);
                for (std::size_t q = 0; q < m; ++q) {
                    const auto level = static_cast<std::size_t>(levels[q]);
                    const std::uint32_t label =
                        seg.representative ? t.hierarchy(q).labelOfLeaf(
                                                 levels[q])[t.leaves(q)[seg.representative[e]]]
                                           : static_cast<std::uint32_t>((seg.key[e] >> m_shift[q]) &
                                                                        m_fieldMask[q]);
                    ev.lossPerQi[q] += w * (1.0 - m_lossOfLabel[q][level][label]);
                    entropy += w * m_suppressedEntropyOfLabel[q][level][label];
                }
            }
        }
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
