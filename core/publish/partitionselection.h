#pragma once
// Partition selection under differential privacy: where a steward cannot declare a
// dimension's categories, those that appear are chosen from the data with noise, so that a
// category held by few people shows only by chance (Gaussian thresholding, as in Google's
// differential-privacy library and Desfontaines, Voss, Gipson and Mandayam, "Differentially
// private partition selection", 2022). docs/measures.md, section 9.
#include "aggregatetable.h"
#include "noise.h"
#include "protection.h"

#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// P(Z >= t) for the discrete Gaussian Z of variance parameter sigma2.
double discreteGaussianTail(double sigma2, std::int64_t t);

// The threshold of a selection: the smallest t >= 1 such that a unit that alone holds up to
// maxLabels categories makes any of them show with probability at most delta, that is
// maxLabels * P(1 + Z >= t) <= delta.
std::int64_t selectionThreshold(double sigma2, std::uint32_t maxLabels, double delta);

struct Selection
{
    std::vector<std::string> labels; // those selected, in the dimension's order
    // for the steward only (exact figures of the data): how many categories the data holds
    std::size_t candidates = 0;
    std::int64_t threshold = 0;
    double sigma2 = 0;
};

// Selects the categories of one dimension (resolved from the data, at its level or bucket):
// each privacy unit (dp.bounds.unit, of the subject column; every record its own unit
// without one) counts in at most dp.bounds.maxCells of the categories it holds, drawn at
// random where it holds more; each category's count of units gets discrete Gaussian noise of
// sigma^2 = maxCells / (2 dp.selectionRho), and the category is kept when the noisy count
// reaches selectionThreshold(sigma^2, maxCells, dp.selectionDelta). The noisy counts are never
// published. Spends selectionRho (zCDP) and selectionDelta.
Result<Selection> selectCategories(const Dataset &data, const DimensionSpec &dimension,
                                   const Hierarchy *hierarchy, std::optional<std::size_t> subject,
                                   const DpSettings &dp, const std::vector<DimensionSpec> &dimensions,
                                   RandomSource &random);

} // namespace dijkgraaf
