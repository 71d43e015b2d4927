// The Evaluator's roll-up: the classes of a coarser transformation from a finer one's.
#include "evaluator.h"
#include "evaluatorkeys.h"


#include <algorithm>
#include <array>
#include <cmath>

namespace dijkgraaf {

using detail::Digit;
using detail::KeyPlan;
using detail::planKeys;
using detail::renumberedKeys;

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

} // namespace dijkgraaf
