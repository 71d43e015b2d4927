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

namespace {

// The quasi-identifiers that still split records at their level, as digits of a mixed-radix key.
struct Digit
{
    const std::uint32_t *labelOf;
    const std::uint32_t *leaves;
    std::uint64_t radix;
};

struct KeyPlan
{
    std::vector<Digit> digits;
    std::uint64_t radixProduct = 1;
    bool fits = true; // false: the labels need more than 62 bits
};

KeyPlan planKeys(const BaseTable &t, const std::vector<int> &levels)
{
    KeyPlan plan;
    for (std::size_t q = 0; q < t.qiCount(); ++q) {
        const Hierarchy &h = t.hierarchy(q);
        const std::uint64_t radix = h.labelCount(levels[q]);
        if (radix <= 1)
            continue;
        plan.digits.push_back({h.labelOfLeaf(levels[q]).data(), t.leaves(q).data(), radix});
        if (plan.radixProduct > (std::uint64_t(1) << 62) / radix)
            plan.fits = false;
        else
            plan.radixProduct *= radix;
    }
    return plan;
}

// Keys of combinations that fit no 64-bit mixed radix: renumbered densely between digits.
std::uint64_t renumberedKeys(const KeyPlan &plan, std::size_t units,
                             const std::uint32_t *combination, std::vector<std::uint64_t> &keys)
{
    KeyIndex index;
    keys.assign(units, 0);
    std::uint64_t product = 1;
    for (const Digit &d : plan.digits) {
        if (product > (std::uint64_t(1) << 62) / d.radix) {
            index.reset(units);
            for (auto &k : keys)
                k = index.insert(k);
            product = index.size();
        }
        for (std::size_t u = 0; u < units; ++u) {
            const std::size_t c = combination ? combination[u] : u;
            keys[u] = keys[u] * d.radix + d.labelOf[d.leaves[c]];
        }
        product *= d.radix;
    }
    return product;
}

} // namespace

void Evaluator::group(const std::vector<int> &levels, ClassTable &out)
{
    groupInto(levels, out, true);
}

void Evaluator::groupInto(const std::vector<int> &levels, ClassTable &out, bool layEndToEnd)
{
    const BaseTable &t = m_table;
    const std::size_t combos = t.size();
    const std::uint32_t *counts = t.counts().data();
    const bool weighted = t.weighted();
    const double *weights = t.weights().data();
    out.levels = levels;
    out.representative.clear();
    out.size.clear();
    out.weight.clear();
    m_classesCurrent = &out == &m_classes;

    const bool identity = std::all_of(levels.begin(), levels.end(), [](int l) { return l == 0; });
    if (identity) {
        // every combination of the BaseTable is a class of its own
        m_grouping = Grouping::Identity;
        out.size.assign(counts, counts + combos);
        if (weighted)
            out.weight.assign(weights, weights + combos);
        out.representative.resize(combos);
        for (std::size_t c = 0; c < combos; ++c)
            out.representative[c] = static_cast<std::uint32_t>(c);
        return;
    }

    KeyPlan plan = planKeys(t, levels);
    if (!plan.fits)
        plan.radixProduct = renumberedKeys(plan, combos, nullptr, m_keys);
    else
        m_keys.resize(combos);
    const bool direct =
        plan.radixProduct <= std::min<std::uint64_t>(combos, std::uint64_t(1) << 20);
    // Counted straight into an array per slice (few classes), slices of at least half the
    // array's length, so that the arrays never outweigh the work; the slices' weights are
    // added in the order of the slices, so with weights the split is the same on every
    // machine. Grouped by hash, a class's weight is added up in the order of its combinations
    // by whichever thread takes its part: one slice per core.
    const std::size_t minSlice =
        direct ? std::max<std::size_t>(1 << 15, plan.radixProduct / 2) : std::size_t(1) << 15;
    const std::size_t slices =
        direct && weighted ? workParts(combos, minSlice) : coreParts(combos, minSlice);
    // Many classes are grouped in 256 parts by the top bits of their keys' hash, so that each
    // part's table stays in the core's cache; the parts are shared out among the cores.
    constexpr std::size_t kHashedParts = 256;
    const std::size_t parts = direct ? 1 : kHashedParts;
    m_grouping = direct ? Grouping::Direct : Grouping::Hashed;
    if (m_parts.size() < parts)
        m_parts.resize(parts);
    m_members.resize(slices * parts);
    m_direct.resize(slices);
    m_directWeight.resize(slices);
    m_directFirst.resize(slices);
    if (direct)
        m_keyOfCombination.resize(combos);

    // 1. the key of each combination, a quasi-identifier at a time (its lookup table stays in
    // cache); then the class sizes straight into an array indexed by the key (few possible
    // classes) or the combination listed in the part that will group its key (many)
    runParts(combos, slices, [&](std::size_t s, std::size_t begin, std::size_t end) {
        std::uint64_t *keys = m_keys.data();
        if (plan.fits) {
            if (plan.digits.empty()) {
                std::fill(keys + begin, keys + end, 0);
            } else {
                const Digit &first = plan.digits.front();
                for (std::size_t c = begin; c < end; ++c)
                    keys[c] = first.labelOf[first.leaves[c]];
                for (std::size_t d = 1; d < plan.digits.size(); ++d) {
                    const Digit &digit = plan.digits[d];
                    for (std::size_t c = begin; c < end; ++c)
                        keys[c] = keys[c] * digit.radix + digit.labelOf[digit.leaves[c]];
                }
            }
        }
        if (direct) {
            auto &sizes = m_direct[s];
            auto &first = m_directFirst[s];
            sizes.assign(plan.radixProduct, 0);
            first.assign(plan.radixProduct, ~std::uint32_t(0));
            for (std::size_t c = begin; c < end; ++c) {
                const std::uint64_t key = keys[c];
                if (sizes[key] == 0)
                    first[key] = static_cast<std::uint32_t>(c);
                sizes[key] += counts[c];
                m_keyOfCombination[c] = static_cast<std::uint32_t>(key);
            }
            if (weighted) {
                auto &sums = m_directWeight[s];
                sums.assign(plan.radixProduct, 0.0);
                for (std::size_t c = begin; c < end; ++c)
                    sums[keys[c]] += weights[c];
            }
        } else {
            for (std::size_t p = 0; p < parts; ++p) {
                m_members[s * parts + p].clear();
                m_members[s * parts + p].reserve((end - begin) / parts + (end - begin) / parts / 4 +
                                                 16);
            }
            for (std::size_t c = begin; c < end; ++c) {
                const auto p = static_cast<std::size_t>(KeyIndex::mix(keys[c]) >> 56);
                m_members[s * parts + p].push_back(
                    {keys[c], static_cast<std::uint32_t>(c), counts[c]});
            }
        }
    });

    // 2. roll up into classes
    if (direct) {
        // classes in the order of their keys, slices added up in a fixed order; the key range
        // is shared out among the cores, each collecting its classes, then laid end to end
        m_classOfKey.assign(plan.radixProduct, ~std::uint32_t(0));
        const std::size_t ranges = coreParts(plan.radixProduct, 1 << 15);
        std::vector<ClassTable> pieces(ranges);
        runParts(plan.radixProduct, ranges, [&](std::size_t r, std::size_t begin, std::size_t end) {
            ClassTable &piece = pieces[r];
            for (std::size_t key = begin; key < end; ++key) {
                std::uint64_t size = 0;
                for (std::size_t s = 0; s < slices; ++s)
                    size += m_direct[s][key];
                if (size == 0)
                    continue;
                std::uint32_t first = ~std::uint32_t(0);
                double weight = 0;
                for (std::size_t s = 0; s < slices; ++s) {
                    first = std::min(first, m_directFirst[s][key]);
                    if (weighted)
                        weight += m_directWeight[s][key];
                }
                m_classOfKey[key] =
                    static_cast<std::uint32_t>(piece.size.size()); // within the piece, for now
                piece.size.push_back(size);
                piece.representative.push_back(first);
                if (weighted)
                    piece.weight.push_back(weight);
            }
        });
        std::vector<std::size_t> offset(ranges, 0);
        for (std::size_t r = 1; r < ranges; ++r)
            offset[r] = offset[r - 1] + pieces[r - 1].classes();
        for (std::size_t r = 0; r < ranges; ++r) {
            out.size.insert(out.size.end(), pieces[r].size.begin(), pieces[r].size.end());
            out.representative.insert(out.representative.end(), pieces[r].representative.begin(),
                                      pieces[r].representative.end());
            if (weighted)
                out.weight.insert(out.weight.end(), pieces[r].weight.begin(),
                                  pieces[r].weight.end());
        }
        if (ranges > 1)
            runParts(plan.radixProduct, ranges,
                     [&](std::size_t r, std::size_t begin, std::size_t end) {
                         for (std::size_t key = begin; key < end; ++key)
                             if (m_classOfKey[key] != ~std::uint32_t(0))
                                 m_classOfKey[key] += static_cast<std::uint32_t>(offset[r]);
                     });
        return;
    }
    runParts(parts, slices, [&](std::size_t, std::size_t firstPart, std::size_t endPart) {
        for (std::size_t p = firstPart; p < endPart; ++p) {
            Part &part = m_parts[p];
            part.size.clear();
            part.weight.clear();
            part.representative.clear();
            std::size_t members = 0;
            for (std::size_t s = 0; s < slices; ++s)
                members += m_members[s * parts + p].size();
            part.index.reset(members / 2);
            part.size.reserve(members);
            part.representative.reserve(members);
            if (weighted)
                part.weight.reserve(members);
            for (std::size_t s = 0; s < slices; ++s) {
                for (Member &member : m_members[s * parts + p]) {
                    const std::uint32_t id = part.index.insert(member.keyOrClass);
                    if (id == part.size.size()) {
                        part.size.push_back(0);
                        part.representative.push_back(member.combination);
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
    if (!layEndToEnd)
        return; // the parts stay as they are: measure() reads them where they lie
    layPartsEndToEnd(out);
}

bool Evaluator::lastGrouping(const std::vector<int> &levels, ClassTable &out)
{
    if (!m_classesCurrent || m_classes.levels != levels)
        return false;
    if (m_grouping != Grouping::Hashed) {
        out = m_classes;
        return true;
    }
    out.levels = levels;
    out.key.clear();
    layPartsEndToEnd(out);
    return true;
}

void Evaluator::layPartsEndToEnd(ClassTable &out)
{
    // the parts' classes laid end to end, copied on every core
    const std::size_t parts = m_parts.size();
    const bool weighted = m_table.weighted();
    const std::size_t slices = coreParts(parts, 1);
    m_partOffset.resize(parts);
    std::size_t total = 0;
    for (std::size_t p = 0; p < parts; ++p) {
        m_partOffset[p] = total;
        total += m_parts[p].size.size();
    }
    out.size.resize(total);
    out.representative.resize(total);
    if (weighted)
        out.weight.resize(total);
    runParts(parts, slices, [&](std::size_t, std::size_t firstPart, std::size_t endPart) {
        for (std::size_t p = firstPart; p < endPart; ++p) {
            const Part &part = m_parts[p];
            std::copy(part.size.begin(), part.size.end(),
                      out.size.begin() + static_cast<std::ptrdiff_t>(m_partOffset[p]));
            std::copy(part.representative.begin(), part.representative.end(),
                      out.representative.begin() + static_cast<std::ptrdiff_t>(m_partOffset[p]));
            if (weighted)
                std::copy(part.weight.begin(), part.weight.end(),
                          out.weight.begin() + static_cast<std::ptrdiff_t>(m_partOffset[p]));
        }
    });
}

std::uint64_t Evaluator::packedKey(std::uint32_t combination, const std::vector<int> &levels) const
{
    std::uint64_t key = 0;
    for (std::size_t q = 0; q < m_table.qiCount(); ++q) {
        const std::uint64_t label =
            m_table.hierarchy(q).labelOfLeaf(levels[q])[m_table.leaves(q)[combination]];
        key |= label << m_shift[q];
    }
    return key;
}

// The classes are collected in scratch space that keeps its capacity, then copied out at their
// exact size: a search holds a whole level sum of tables, and over-allocation would add up.
void Evaluator::rollUp(const ClassTable &finer, const std::vector<int> &levels, ClassTable &out)
{
    const auto n = static_cast<std::ptrdiff_t>(rollUpIntoScratch(finer, levels));
    out.levels = levels;
    out.size.assign(m_rsSize.begin(), m_rsSize.begin() + n);
    // with packed keys the labels are in the key: no representative is kept
    if (m_packable)
        out.representative.clear();
    else
        out.representative.assign(m_rsRepresentative.begin(), m_rsRepresentative.begin() + n);
    if (m_table.weighted())
        out.weight.assign(m_rsWeight.begin(), m_rsWeight.begin() + n);
    else
        out.weight.clear();
    if (m_packable)
        out.key.assign(m_rsKey.begin(), m_rsKey.begin() + n);
    else
        out.key.clear();
}

std::size_t Evaluator::rollUpIntoScratch(const ClassTable &finer, const std::vector<int> &levels)
{
    const BaseTable &t = m_table;
    const std::size_t m = t.qiCount();
    const std::size_t units = finer.classes();
    const bool weighted = t.weighted();
    // at most one class per finer class; the scratch only grows, so it is written in place
    if (m_rsSize.size() < units) {
        m_rsSize.resize(units);
        m_rsRepresentative.resize(units);
        m_rsKey.resize(units);
    }
    if (weighted && m_rsWeight.size() < units)
        m_rsWeight.resize(units);
    std::uint64_t *outSize = m_rsSize.data();
    std::uint32_t *outRepresentative = m_rsRepresentative.data();
    std::uint64_t *outKey = m_rsKey.data();
    double *outWeight = weighted ? m_rsWeight.data() : nullptr;
    const std::uint64_t *finerSize = finer.size.data();
    const std::uint32_t *finerRepresentative = finer.representative.data();
    const double *finerWeight = weighted ? finer.weight.data() : nullptr;
    std::size_t n = 0; // classes so far
    const bool keepRepresentative = !m_packable;
    auto add = [&](std::uint32_t id, std::size_t u) {
        if (id == n) {
            outSize[n] = 0;
            if (keepRepresentative)
                outRepresentative[n] = finerRepresentative[u];
            if (weighted)
                outWeight[n] = 0;
            ++n;
        }
        outSize[id] += finerSize[u];
        if (weighted)
            outWeight[id] += finerWeight[u];
    };

    if (m_packable) {
        // Each class's labels, packed: only the fields of the quasi-identifiers that change are
        // looked up, through a table from the finer level's labels to the new level's.
        const std::uint64_t *keys = finer.key.data();
        if (finer.key.size() != units) {
            m_finerKeys.resize(units);
            for (std::size_t u = 0; u < units; ++u)
                m_finerKeys[u] = packedKey(finer.representative[u], finer.levels);
            keys = m_finerKeys.data();
        }
        std::vector<std::size_t> changed;
        m_up.resize(m);
        for (std::size_t q = 0; q < m; ++q) {
            if (levels[q] == finer.levels[q])
                continue;
            changed.push_back(q);
            const Hierarchy &h = t.hierarchy(q);
            auto &up = m_up[q];
            up.resize(h.labelCount(finer.levels[q]));
            for (std::size_t g = 0; g < up.size(); ++g) {
                auto label = static_cast<std::uint32_t>(g);
                for (int l = finer.levels[q]; l < levels[q]; ++l)
                    label = m_parentOf[q][static_cast<std::size_t>(l)][label];
                up[g] = label;
            }
        }
        // a search rolls up from a predecessor one level below in one quasi-identifier: that
        // case with its field's shift, mask and table at hand
        const bool single = changed.size() == 1;
        const int singleShift = single ? m_shift[changed[0]] : 0;
        const std::uint64_t singleMask = single ? m_fieldMask[changed[0]] : 0;
        const std::uint32_t *singleUp = single ? m_up[changed[0]].data() : nullptr;
        auto newKey = [&](std::size_t u) {
            std::uint64_t key = keys[u];
            if (single)
                return (key & ~(singleMask << singleShift)) |
                       (std::uint64_t(singleUp[(key >> singleShift) & singleMask]) << singleShift);
            for (const std::size_t q : changed) {
                const auto label = static_cast<std::size_t>((key >> m_shift[q]) & m_fieldMask[q]);
                key = (key & ~(m_fieldMask[q] << m_shift[q])) |
                      (std::uint64_t(m_up[q][label]) << m_shift[q]);
            }
            return key;
        };
        // Where the labels at the new levels allow few combinations, a class is found through
        // an array indexed by its dense number (marked per call, so the array is never
        // cleared); otherwise through a hash table.
        std::uint64_t product = 1;
        for (std::size_t q = 0; q < m && product <= kDenseLimit; ++q)
            product *= t.hierarchy(q).labelCount(levels[q]);
        if (product <= kDenseLimit) {
            // only the quasi-identifiers with more than one label at the new level add to the
            // number
            std::uint64_t stride[64];
            int shift[64];
            std::uint64_t fieldMask[64];
            std::size_t active = 0;
            std::uint64_t s = 1;
            for (std::size_t q = 0; q < m; ++q) {
                const std::uint64_t labels = t.hierarchy(q).labelCount(levels[q]);
                if (labels <= 1)
                    continue;
                stride[active] = s;
                shift[active] = m_shift[q];
                fieldMask[active] = m_fieldMask[q];
                ++active;
                s *= labels;
            }
            if (m_denseMark.size() < product) {
                m_denseMark.assign(product, 0);
                m_denseId.resize(product);
            }
            if (++m_denseGeneration == 0) { // wrapped: start afresh
                std::fill(m_denseMark.begin(), m_denseMark.end(), 0);
                m_denseGeneration = 1;
            }
            for (std::size_t u = 0; u < units; ++u) {
                const std::uint64_t key = newKey(u);
                std::uint64_t dense = 0;
                for (std::size_t a = 0; a < active; ++a)
                    dense += ((key >> shift[a]) & fieldMask[a]) * stride[a];
                std::uint32_t id;
                if (m_denseMark[dense] != m_denseGeneration) {
                    m_denseMark[dense] = m_denseGeneration;
                    id = m_denseId[dense] = static_cast<std::uint32_t>(n);
                    outKey[n] = key;
                } else {
                    id = m_denseId[dense];
                }
                add(id, u);
            }
            return n;
        }
        m_rollUpIndex.reset(std::min<std::uint64_t>(units, product));
        // the keys a few classes ahead are computed first and their slots fetched, so that
        // the cache misses of a table larger than the cache overlap
        constexpr std::size_t kAhead = 8;
        std::uint64_t ahead[kAhead], mixed[kAhead];
        for (std::size_t u = 0; u < std::min(units, kAhead); ++u) {
            ahead[u] = newKey(u);
            mixed[u] = KeyIndex::mix(ahead[u]);
            m_rollUpIndex.prefetchMixed(mixed[u]);
        }
        for (std::size_t u = 0; u < units; ++u) {
            const std::size_t slot = u % kAhead;
            const std::uint64_t key = ahead[slot], keyMixed = mixed[slot];
            if (u + kAhead < units) {
                ahead[slot] = newKey(u + kAhead);
                mixed[slot] = KeyIndex::mix(ahead[slot]);
                m_rollUpIndex.prefetchMixed(mixed[slot]);
            }
            const std::uint32_t id = m_rollUpIndex.insertMixed(key, keyMixed);
            if (id == n)
                outKey[n] = key;
            add(id, u);
        }
        return n;
    }

    KeyPlan plan = planKeys(t, levels);
    if (!plan.fits)
        plan.radixProduct = renumberedKeys(plan, units, finer.representative.data(), m_keys);
    auto keyOf = [&](std::size_t u) {
        if (!plan.fits)
            return m_keys[u];
        const std::uint32_t c = finer.representative[u];
        std::uint64_t key = 0;
        for (const Digit &d : plan.digits)
            key = key * d.radix + d.labelOf[d.leaves[c]];
        return key;
    };
    if (plan.radixProduct <= std::max<std::uint64_t>(units, 4096)) {
        // few possible keys: number them through an array indexed by the key
        m_rollUpIds.assign(plan.radixProduct, ~std::uint32_t(0));
        for (std::size_t u = 0; u < units; ++u) {
            std::uint32_t &id = m_rollUpIds[keyOf(u)];
            if (id == ~std::uint32_t(0))
                id = static_cast<std::uint32_t>(n);
            add(id, u);
        }
        return n;
    }
    // the table grows with the classes found, so that it stays as small as they are
    m_rollUpIndex.reset(std::min<std::uint64_t>(plan.radixProduct, 256));
    for (std::size_t u = 0; u < units; ++u)
        add(m_rollUpIndex.insert(keyOf(u)), u);
    return n;
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
