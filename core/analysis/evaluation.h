#pragma once

#include "model/privacysettings.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dijkgraaf {

// METRICS.md section 3.
struct RiskMeasures
{
    std::uint64_t classes = 0;
    std::uint64_t minClassSize = 0;
    double averageClassSize = 0;
    std::uint64_t sampleUniques = 0;
    double prosecutorMax = 0;
    double prosecutorAvg = 0;
    double recordsAtRisk = 0;
    double expectedReidentifications = 0;
    double globalRisk = 0;
    double maxIndividualRisk = 0;
};

// METRICS.md section 4.
struct UtilityMeasures
{
    double loss = 0;
    double precisionLoss = 0;
    double discernibility = 0;
    double nuEntropy = 0;
    double suppressionRate = 0;
};

// Class-size bands of the risk chart: 1, 2, 3-4, 5-9, 10-19, 20-49, 50+.
constexpr std::array<std::uint64_t, 7> kClassSizeBandStarts = {1, 2, 3, 5, 10, 20, 50};
int classSizeBand(std::uint64_t size);

// One transformation evaluated: suppression, risk and utility.
struct Evaluation
{
    std::vector<int> levels;
    PrivacySettings settings;
    std::uint64_t records = 0;
    bool satisfied = false;
    std::uint64_t recordsBelowK = 0;
    std::uint64_t suppressedRecords = 0;
    RiskMeasures risk;
    UtilityMeasures utility;
    std::vector<double> lossPerQi; // `loss` restricted to one quasi-identifier
    std::array<std::uint64_t, 7> keptRecordsByClassSize{}; // kept records per class-size band
};

} // namespace dijkgraaf
