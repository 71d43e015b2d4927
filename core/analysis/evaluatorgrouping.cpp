// The Evaluator's grouping of the BaseTable's combinations into the classes of a
// transformation, on every core: counted straight into arrays where the classes are few,
// grouped by hash in cache-sized parts where they are many.
#include "evaluator.h"
#include "evaluatorkeys.h"

#include "util/parallel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace dijkgraaf {

using detail::Digit;
using detail::KeyPlan;
using detail::planKeys;
using detail::renumberedKeys;

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

} // namespace dijkgraaf
