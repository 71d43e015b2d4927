#pragma once

#include "aggregatetable.h"
#include "protection.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dijkgraaf {

// The cell-key method (the method Eurostat recommends for census tables, and ABS
// TableBuilder's): every record carries a random key, a cell's key is the sum of its records'
// keys modulo 1, and the cell's perturbation is read from a fixed table at that key. The same
// records give the same cell key, so the same noise in every release: comparing two releases
// tells no more than each one.

// The perturbation table for counts: for each original count i (rows 0 .. D + js; every
// larger count uses the last row), the probability of each published count j. Built by
// maximum entropy: p(j) proportional to exp(a (j - i) + b (j - i)^2) over the allowed counts,
// with a and b chosen so that the deviation has mean 0 and the variance V (as far as the
// allowed counts permit: a small count cannot go below 0). Allowed: |j - i| <= D, j >= 0, and
// j not in 1 .. js - 1 (no small count is published: it becomes 0 or at least js). A count
// of 0 stays 0.
struct PerturbationTable
{
    int maxDeviation = 0;   // D
    double variance = 0;    // V, as asked
    int smallBelow = 0;     // js: 0 or 1 publishes every count
    struct Row
    {
        int from = 0;                    // the original count i
        std::vector<int> to;             // the published counts j, ascending
        std::vector<double> probability; // of each
        std::vector<double> upper;       // the cumulative probability, the last one 1
        double mean = 0, achievedVariance = 0; // of the deviation j - i
        int interval95 = 0; // the smallest m with P(|j - i| <= m) >= 0.95
    };
    std::vector<Row> rows;

    // the published count for original count i and cell key k in [0, 1)
    int perturbed(std::uint64_t i, double key) const;
    const Row &rowOf(std::uint64_t i) const;
};

// Builds the table; D >= 1, V > 0, js >= 0. An Error names the parameter out of range.
Result<PerturbationTable> perturbationTable(int maxDeviation, double variance, int smallBelow = 0);

// A record's key: the first 64 bits of HMAC-SHA256(secret, identifier), as a fraction of 2^64.
// The same identifier keeps its key whenever the file is refreshed.
std::uint64_t recordKey(const std::string &secret, std::string_view identifier);
// The keys of every row of data, from its identifier column.
std::vector<std::uint64_t> recordKeys(const Dataset &data, std::size_t identifierColumn,
                                      const std::string &secret);
// A key of 64 bits as a fraction in [0, 1).
double keyFraction(std::uint64_t key);

// The key of the j-th largest contribution of a cell (j from 0), derived from its cell key.
std::uint64_t contributionKey(std::uint64_t cellKey, int j);
// The share of a contribution a sum is moved by at that key: in [minimumShare, 1] or
// [-1, -minimumShare], from the deviation of a large count in ptable over its maximum.
double magnitudeShift(const PerturbationTable &ptable, double minimumShare, std::uint64_t key);

// Publishes every count of a table built with AggregateOptions::recordKeys perturbed by the
// table at its cell key (inner cells and totals alike, each by its own key: totals are not
// the sums of the published cells). Distinct-subject counts are perturbed by the same table
// at the same key. A sum is moved by settings.percent % of each of its settings.top largest
// contributions times magnitudeShift at that contribution's key; a mean is that sum over the
// perturbed count, held to its clamp. Sums state no interval (NaN): any would tell the size
// of the largest contribution.
Release protectWithCellKey(const AggregateTable &table, const PerturbationTable &ptable,
                           const CellKeySettings &settings = {});

} // namespace dijkgraaf
