#include "uniqueness.h"

#include "basetable.h"
#include "evaluator.h"
#include "hierarchy/hierarchybuilders.h"
#include "util/parallel.h"

#include <algorithm>
#include <utility>

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

namespace {

int bitsFor(std::size_t values)
{
    int bits = 0;
    while (bits < 64 && (std::uint64_t(1) << bits) < values)
        ++bits;
    return bits;
}

// x >> bits, 0 where all bits go
std::uint64_t above(std::uint64_t x, int bits)
{
    return bits >= 64 ? 0 : x >> bits;
}

enum class Sorted { Done, Cancelled, DoesNotFit };

// The ladder from one sort of packed keys (see the header) into steps; nothing is written
// where the labels do not fit in 64 bits.
Sorted ladderBySorting(const BaseTable &table, const std::vector<std::size_t> &sequence,
                       const std::vector<int> &levels, const std::atomic<bool> *cancel,
                       LadderScratch &s, std::vector<UniquenessStep> &steps)
{
    const std::size_t m = sequence.size();
    std::vector<int> width(m), low(m); // low[j]: the lowest bit of the first j + 1 attributes
    int total = 0;
    for (std::size_t j = 0; j < m; ++j) {
        const std::size_t q = sequence[j];
        width[j] = bitsFor(table.hierarchy(q).labelCount(levels[q]));
        total += width[j];
    }
    if (total > 64)
        return Sorted::DoesNotFit;
    int used = 0;
    for (std::size_t j = 0; j < m; ++j) {
        used += width[j];
        low[j] = total - used;
    }
    const std::size_t combos = table.size();
    s.keys.resize(combos);
    s.counts.resize(combos);
    s.keysOut.resize(combos);
    s.countsOut.resize(combos);
    // slices of the combinations, one per core; every pass keeps their order, so the result
    // does not depend on their number
    const std::size_t slices = coreParts(combos, 1 << 13);
    runParts(combos, slices, [&](std::size_t, std::size_t begin, std::size_t end) {
        std::copy_n(table.counts().data() + begin, end - begin, s.counts.data() + begin);
        std::fill_n(s.keys.data() + begin, end - begin, std::uint64_t(0));
        for (std::size_t j = 0; j < m; ++j) {
            if (width[j] == 0)
                continue;
            const std::size_t q = sequence[j];
            const std::uint32_t *labelOf = table.hierarchy(q).labelOfLeaf(levels[q]).data();
            const std::uint32_t *leaves = table.leaves(q).data();
            const int shift = low[j];
            for (std::size_t c = begin; c < end; ++c)
                s.keys[c] |= std::uint64_t(labelOf[leaves[c]]) << shift;
        }
    });
    // least significant digit first, 16 bits at a time, over the bits in use: each slice
    // counts its digits, then places its combinations after the same digits of the slices
    // before it
    constexpr std::size_t kDigits = std::size_t(1) << 16;
    s.histogram.resize(slices * kDigits);
    for (int digit = 0; digit < total; digit += 16) {
        if (cancel && cancel->load())
            return Sorted::Cancelled;
        runParts(combos, slices, [&](std::size_t slice, std::size_t begin, std::size_t end) {
            std::size_t *count = s.histogram.data() + slice * kDigits;
            std::fill(count, count + kDigits, 0);
            for (std::size_t c = begin; c < end; ++c)
                ++count[(s.keys[c] >> digit) & 0xffff];
        });
        std::size_t sum = 0;
        for (std::size_t d = 0; d < kDigits; ++d)
            for (std::size_t slice = 0; slice < slices; ++slice)
                s.histogram[slice * kDigits + d] =
                    std::exchange(sum, sum + s.histogram[slice * kDigits + d]);
        runParts(combos, slices, [&](std::size_t slice, std::size_t begin, std::size_t end) {
            std::size_t *next = s.histogram.data() + slice * kDigits;
            for (std::size_t c = begin; c < end; ++c) {
                const std::size_t at = next[(s.keys[c] >> digit) & 0xffff]++;
                s.keysOut[at] = s.keys[c];
                s.countsOut[at] = s.counts[c];
            }
        });
        std::swap(s.keys, s.keysOut);
        std::swap(s.counts, s.countsOut);
    }
    // runs of equal first j + 1 attributes are the classes of rung j
    std::vector<std::uint64_t> run(m, 0), unique(m, 0), classes(m, 0);
    auto close = [&](std::size_t j) {
        if (run[j] == 0)
            return;
        ++classes[j];
        unique[j] += run[j] == 1 ? 1 : 0;
    };
    for (std::size_t c = 0; c < combos; ++c) {
        // the first rung whose attributes differ from the combination before; every rung
        // after it differs too (the first combination starts a class on every rung)
        std::size_t first = 0;
        if (c > 0) {
            const std::uint64_t differs = s.keys[c] ^ s.keys[c - 1];
            while (first < m && above(differs, low[first]) == 0)
                ++first;
        }
        for (std::size_t j = 0; j < m; ++j) {
            if (j >= first) {
                close(j);
                run[j] = s.counts[c];
            } else {
                run[j] += s.counts[c];
            }
        }
    }
    const auto n = static_cast<double>(table.records());
    for (std::size_t j = 0; j < m; ++j) {
        close(j);
        UniquenessStep &step = steps[j];
        step.attribute = table.qiName(sequence[j]);
        step.uniqueRecords = unique[j];
        step.uniqueShare = n > 0 ? static_cast<double>(unique[j]) / n : 0;
        step.classes = classes[j];
    }
    return Sorted::Done;
}

} // namespace

std::optional<std::vector<UniquenessStep>> uniquenessLadderAt(
    Evaluator &evaluator, const std::vector<std::size_t> &sequence, const std::vector<int> &levels,
    const std::atomic<bool> *cancel, LadderScratch *scratch)
{
    const BaseTable &table = evaluator.table();
    const auto n = static_cast<double>(table.records());
    std::vector<UniquenessStep> steps(sequence.size());
    if (sequence.empty())
        return steps;
    if (scratch) {
        switch (ladderBySorting(table, sequence, levels, cancel, *scratch, steps)) {
        case Sorted::Done:
            return steps;
        case Sorted::Cancelled:
            return std::nullopt;
        case Sorted::DoesNotFit:
            break;
        }
    }
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
