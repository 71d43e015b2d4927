#include "partitionselection.h"

#include "analysis/keyindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dijkgraaf {

double discreteGaussianTail(double sigma2, std::int64_t t)
{
    // the mass summed over a range wide enough that the rest is below 1e-30 of it; the tail
    // summed from its far end up, so that its small terms are not lost
    const double sd = std::sqrt(sigma2);
    const auto limit = static_cast<std::int64_t>(std::ceil(12 * sd)) + 10;
    auto weight = [&](std::int64_t x) {
        return std::exp(-static_cast<double>(x) * static_cast<double>(x) / (2 * sigma2));
    };
    double total = 0;
    for (std::int64_t x = limit; x >= 1; --x)
        total += 2 * weight(x);
    total += 1;
    const std::int64_t from = std::max<std::int64_t>(t, -limit);
    const std::int64_t to = std::max(from, std::abs(t) + limit);
    double tail = 0;
    for (std::int64_t x = to; x >= from; --x)
        tail += weight(x);
    return std::min(1.0, tail / total);
}

std::int64_t selectionThreshold(double sigma2, std::uint32_t maxLabels, double delta)
{
    // P(1 + Z >= t) = P(Z >= t - 1) falls as t grows: the first t where it is small enough
    std::int64_t t = 1;
    const double sd = std::sqrt(sigma2);
    // start near the Gaussian quantile and step down, then up, to the exact point
    t = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::floor(sd * 6)));
    while (t > 1 && maxLabels * discreteGaussianTail(sigma2, t - 2) <= delta)
        --t;
    while (maxLabels * discreteGaussianTail(sigma2, t - 1) > delta)
        ++t;
    return t;
}

Result<Selection> selectCategories(const Dataset &data, const DimensionSpec &dimension,
                                   const Hierarchy *hierarchy, std::optional<std::size_t> subject,
                                   const DpSettings &dp, const std::vector<DimensionSpec> &dimensions,
                                   RandomSource &random)
{
    auto resolved = resolveDimension(data, dimension, hierarchy);
    if (!resolved)
        return resolved.error();
    const ResolvedDimension &d = *resolved;
    const Column &column = data.columns[*data.columnIndex(dimension.column)];
    const std::size_t labels = d.labels.size();
    const std::uint32_t maxLabels = subject ? dp.bounds.maxCells : 1;
    std::vector<std::uint64_t> units(labels, 0); // per category: the units counted in it
    const std::uint64_t rows = data.rowCount;
    if (!subject) {
        // every record its own unit, in one category
        for (std::uint64_t r = 0; r < rows; ++r)
            ++units[d.labelOfCode[column.codes.at(r)]];
    } else {
        auto periods = unitPeriods(data, dp.bounds, dimensions);
        if (!periods)
            return periods.error();
        const Column &subjects = data.columns[*subject];
        const Column *time = periods->time;
        // the (unit, category) pairs present; then, per unit, maxLabels of its categories
        KeyIndex unitIndex, pairIndex;
        unitIndex.reset(1024);
        pairIndex.reset(1024);
        std::vector<std::uint32_t> pairUnit, pairLabel;
        for (std::uint64_t r = 0; r < rows; ++r) {
            std::uint32_t unit = subjects.codes.at(r);
            if (time) {
                const std::int64_t period = periods->periodOfCode[time->codes.at(r)];
                if (period == std::numeric_limits<std::int64_t>::min())
                    continue; // no moment: no unit to count it under
                unit = unitIndex.insert((std::uint64_t(unit) << 32) |
                                        static_cast<std::uint32_t>(period + (std::int64_t(1) << 31)));
            }
            const std::uint32_t label = d.labelOfCode[column.codes.at(r)];
            const std::uint32_t p = pairIndex.insert((std::uint64_t(unit) << 32) | label);
            if (p == pairUnit.size()) {
                pairUnit.push_back(unit);
                pairLabel.push_back(label);
            }
        }
        // the pairs grouped by unit; of each unit's, maxLabels drawn where it has more
        Groups byUnit = groupByKey(pairUnit);
        for (std::size_t u = 0; u + 1 < byUnit.start.size(); ++u) {
            auto first = byUnit.order.begin() + static_cast<std::ptrdiff_t>(byUnit.start[u]);
            const std::size_t size = byUnit.start[u + 1] - byUnit.start[u];
            const std::size_t keep = std::min<std::size_t>(size, maxLabels);
            chooseAtRandom(first, first + static_cast<std::ptrdiff_t>(size), keep, random);
            for (std::size_t i = 0; i < keep; ++i)
                ++units[pairLabel[first[static_cast<std::ptrdiff_t>(i)]]];
        }
    }
    Selection s;
    s.candidates = labels;
    // sigma^2 = L2^2 / (2 rho): a unit adds 1 to at most maxLabels counts
    const Rational rho = rationalFromDecimal(dp.selectionRho);
    const Rational sigma2{static_cast<UInt128>(maxLabels) * rho.den, UInt128(2) * rho.num};
    s.sigma2 = static_cast<double>(maxLabels) / (2 * dp.selectionRho);
    s.threshold = selectionThreshold(s.sigma2, maxLabels, dp.selectionDelta);
    for (std::size_t l = 0; l < labels; ++l) {
        const std::int64_t noisy = static_cast<std::int64_t>(units[l]) + exact::discreteGaussian(random, sigma2);
        if (noisy >= s.threshold)
            s.labels.push_back(d.labels[l]);
    }
    return s;
}

} // namespace dijkgraaf
