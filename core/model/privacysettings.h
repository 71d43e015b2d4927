#pragma once

#include <cstdint>

namespace dijkgraaf {

// The privacy model a configuration asks for, and under which a transformation is evaluated
// (METRICS.md sections 2 and 3).
struct PrivacySettings
{
    std::uint64_t k = 1;
    double suppressionLimit = 0.0; // share of records, 0..1
    double riskThreshold = 0.2;    // records_at_risk counts 1/f(E) above this

    bool operator==(const PrivacySettings &) const = default;
};

} // namespace dijkgraaf
