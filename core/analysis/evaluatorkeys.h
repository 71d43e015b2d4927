#pragma once

// The keys of generalized combinations, shared by the grouping from the BaseTable and the
// roll-up from a finer transformation (internal to the Evaluator).

#include "basetable.h"
#include "keyindex.h"

#include <cstdint>
#include <vector>

namespace dijkgraaf::detail {

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

inline KeyPlan planKeys(const BaseTable &t, const std::vector<int> &levels)
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
inline std::uint64_t renumberedKeys(const KeyPlan &plan, std::size_t units,
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

} // namespace dijkgraaf::detail
