#pragma once

#include "analysis/basetable.h"
#include "analysis/evaluation.h"
#include "model/result.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace dijkgraaf {

// The utility measure the search minimises, and the risk measure of the solution space.
enum class UtilityMetric { Loss, PrecisionLoss, Discernibility, NuEntropy };
enum class RiskMetric { ProsecutorMax, RecordsAtRisk, GlobalRisk };

std::string_view metricName(UtilityMetric metric); // "loss", "precision_loss", ...
std::string_view metricName(RiskMetric metric);    // "prosecutor_max", ...
std::optional<UtilityMetric> utilityMetricFromName(std::string_view name);
std::optional<RiskMetric> riskMetricFromName(std::string_view name);

// The value of a metric for an evaluated transformation; weights (one per quasi-identifier,
// empty for equal ones) apply to loss and precision loss.
double utilityOf(const Evaluation &ev, UtilityMetric metric, const std::vector<double> &weights,
                 const std::vector<int> &heights);
double riskOf(const Evaluation &ev, RiskMetric metric);

struct SearchSettings
{
    PrivacySettings privacy;
    UtilityMetric metric = UtilityMetric::Loss;
    RiskMetric risk = RiskMetric::ProsecutorMax;
    std::vector<double>
        weights; // per quasi-identifier; empty: equal (loss and precision loss only)
    // true: every transformation is evaluated, for the solution space and its Pareto front;
    // false: only those that can still beat the best found (the optimum alone, faster)
    bool everyTransformation = true;
    std::uint64_t exhaustiveLimit = 5'000'000; // larger lattices get the heuristic search
    double timeLimitSeconds = 0;               // 0: none
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(double done)> progress; // 0..1
};

// One evaluated transformation in the solution space.
struct SearchPoint
{
    std::vector<int> levels;
    double risk = 0;
    double utility = 0;
    bool satisfied = false;
};

struct SearchResult
{
    bool found = false;              // a transformation satisfies the model
    Evaluation optimum;              // every measure of the best one
    double optimumValue = 0;         // its value of the metric
    std::uint64_t evaluated = 0;     // transformations evaluated
    double latticeSize = 0;          // transformations in all
    bool provenOptimal = false;      // no transformation does better
    bool heuristic = false;          // found by the heuristic search
    double lowerBound = 0;           // no satisfying transformation has a lower value
    std::vector<SearchPoint> points; // every evaluated transformation
    std::vector<std::size_t> front;  // the Pareto front of risk and utility: indices into points,
                                     // by rising utility
    double seconds = 0;
};

// The transformation that satisfies k-anonymity with the suppression limit at the least loss.
// Exhaustive over the lattice where it is small enough: transformations are evaluated a level
// sum at a time, each rolled up from a predecessor's classes, on every core; a transformation
// is skipped where its loss without suppression (a lower bound for it and everything above it)
// cannot beat the best found. Beyond reach: a greedy descent from the top with restarts,
// until the time limit, marked as heuristic with a lower bound.
Result<SearchResult> findOptimum(const BaseTable &table, const SearchSettings &settings);

// Indices of the points that no other point beats on both risk and utility, by rising utility.
std::vector<std::size_t> paretoFront(const std::vector<SearchPoint> &points);

} // namespace dijkgraaf
