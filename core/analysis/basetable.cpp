#include "basetable.h"

#include "hierarchy/hierarchybuilders.h"
#include "keyindex.h"
#include "util/parallel.h"

#include <cmath>
#include <limits>

namespace dijkgraaf {

namespace {

constexpr std::uint64_t kKeyLimit = std::uint64_t(1) << 62;

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

Result<BaseTable> BaseTable::build(const Dataset &data,
                                   std::vector<QuasiIdentifier> quasiIdentifiers,
                                   std::optional<std::size_t> weightColumn,
                                   const std::atomic<bool> *cancel)
{
    BaseTable table;
    const std::size_t n = static_cast<std::size_t>(data.rowCount);
    const std::size_t m = quasiIdentifiers.size();
    table.m_records = data.records();
    // rows that stand for several records (counted in a database): a combination's count must
    // fit its 32 bits
    const std::uint64_t *rowRecords = data.rowRecords.empty() ? nullptr : data.rowRecords.data();
    if (rowRecords && table.m_records > std::numeric_limits<std::uint32_t>::max())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "%1 records are more than one analysis "
                                                     "holds (%2)"),
                         {arg(table.m_records), arg(std::numeric_limits<std::uint32_t>::max())},
                         data.sourcePath);

    std::vector<std::vector<std::uint32_t>> leafOfCode(m);
    for (std::size_t q = 0; q < m; ++q) {
        if (quasiIdentifiers[q].column >= data.columns.size())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "no such column"));
        const Column &column = data.columns[quasiIdentifiers[q].column];
        auto mapped = mapColumnToHierarchy(column, quasiIdentifiers[q].hierarchy);
        if (!mapped)
            return mapped.error();
        leafOfCode[q] = std::move(*mapped);
        table.m_names.push_back(column.name);
    }

    std::vector<double> weightOfCode;
    if (weightColumn) {
        const Column &column = data.columns[*weightColumn];
        weightOfCode = column.numbers;
        for (std::uint32_t c = 0; c < column.dictionary.size(); ++c) {
            const double w = weightOfCode[c];
            if (!(w > 0) || !std::isfinite(w)) {
                if (c == column.missingCode)
                    return Error::of(QT_TRANSLATE_NOOP("Errors",
                                                       "a sampling weight must be a positive "
                                                       "number; %1 record(s) hold a missing value"),
                                     {arg(column.valueCounts[c])}, {}, 0, column.name);
                return Error::of(QT_TRANSLATE_NOOP("Errors", "a sampling weight must be a positive "
                                                             "number; %1 record(s) hold '%2'"),
                                 {arg(column.valueCounts[c]), std::string(column.text(c))}, {}, 0,
                                 column.name);
            }
        }
    }

    // Mixed-radix row keys, a group of quasi-identifiers at a time; between groups the keys
    // are renumbered densely so that they always fit in 64 bits.
    std::vector<std::uint64_t> keys(n, 0);
    // each record's key in its own place: every core takes a slice
    const std::size_t keyParts = coreParts(n, 65536);
    // the slices are grouped on their own and merged in their order; where they add up
    // weights, the split is the same on every machine
    const std::size_t parts = weightColumn ? workParts(n, 65536) : coreParts(n, 65536);
    std::uint64_t radixProduct = 1;
    KeyIndex index;
    for (std::size_t q = 0; q < m; ++q) {
        const std::uint64_t radix =
            std::max<std::size_t>(1, quasiIdentifiers[q].hierarchy.domainSize());
        if (radixProduct > kKeyLimit / radix) {
            index.reset(std::min<std::uint64_t>(radixProduct, n));
            for (auto &k : keys)
                k = index.insert(k);
            radixProduct = index.size();
        }
        const auto &leaves = leafOfCode[q];
        const Column &column = data.columns[quasiIdentifiers[q].column];
        column.codes.visit([&](auto codes) {
            runParts(n, keyParts, [&](std::size_t, std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i)
                    keys[i] = keys[i] * radix + leaves[codes[i]];
            });
        });
        radixProduct *= radix;
        if (isCancelled(cancel))
            return Error::cancellation("the computation was cancelled");
    }

    // Group each slice on its own core, then merge the slices' combinations.
    struct Slice
    {
        KeyIndex index;
        std::vector<std::uint32_t> counts;
        std::vector<double> weights;
        std::vector<std::size_t> firstRow;
    };
    std::vector<Slice> slices(parts);
    table.m_combinationOfRecord.resize(n);
    const Column *weightCol = weightColumn ? &data.columns[*weightColumn] : nullptr;
    runParts(n, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
        Slice &s = slices[part];
        s.index.reset(std::min<std::uint64_t>(radixProduct, end - begin));
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t id = s.index.insert(keys[i]);
            table.m_combinationOfRecord[i] = id;
            if (id == s.counts.size()) {
                s.counts.push_back(0);
                s.firstRow.push_back(i);
                if (weightCol)
                    s.weights.push_back(0);
            }
            s.counts[id] += rowRecords ? static_cast<std::uint32_t>(rowRecords[i]) : 1;
            if (weightCol)
                s.weights[id] += weightOfCode[weightCol->codes.at(i)];
        }
    });
    if (isCancelled(cancel))
        return Error::cancellation("the computation was cancelled");

    std::size_t total = 0;
    for (const auto &s : slices)
        total += s.counts.size();
    std::vector<std::size_t> firstRow;
    if (parts == 1) {
        table.m_counts = std::move(slices[0].counts);
        table.m_weights = std::move(slices[0].weights);
        firstRow = std::move(slices[0].firstRow);
    } else {
        KeyIndex merged;
        merged.reset(total);
        std::vector<std::vector<std::uint32_t>> globalOf(parts);
        for (std::size_t part = 0; part < parts; ++part) {
            Slice &s = slices[part];
            globalOf[part].resize(s.counts.size());
            for (std::size_t local = 0; local < s.counts.size(); ++local) {
                const std::uint32_t id = merged.insert(keys[s.firstRow[local]]);
                globalOf[part][local] = id;
                if (id == table.m_counts.size()) {
                    table.m_counts.push_back(0);
                    firstRow.push_back(s.firstRow[local]);
                    if (weightCol)
                        table.m_weights.push_back(0);
                }
                table.m_counts[id] += s.counts[local];
                if (weightCol)
                    table.m_weights[id] += s.weights[local];
            }
        }
        runParts(n, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            const auto &global = globalOf[part];
            for (std::size_t i = begin; i < end; ++i)
                table.m_combinationOfRecord[i] = global[table.m_combinationOfRecord[i]];
        });
    }

    // The leaves of each combination, read from its first record.
    const std::size_t combos = table.m_counts.size();
    table.m_leaves.assign(m, std::vector<std::uint32_t>(combos));
    table.m_leafRecords.resize(m);
    for (std::size_t q = 0; q < m; ++q) {
        const auto &leaves = leafOfCode[q];
        auto &out = table.m_leaves[q];
        data.columns[quasiIdentifiers[q].column].codes.visit([&](auto codes) {
            for (std::size_t c = 0; c < combos; ++c)
                out[c] = leaves[codes[firstRow[c]]];
        });
        auto &records = table.m_leafRecords[q];
        records.assign(quasiIdentifiers[q].hierarchy.domainSize(), 0);
        for (std::size_t c = 0; c < combos; ++c)
            records[out[c]] += table.m_counts[c];
    }
    table.m_qis = std::move(quasiIdentifiers);
    return table;
}

} // namespace dijkgraaf
