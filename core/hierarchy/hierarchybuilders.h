#pragma once

#include "model/column.h"
#include "model/hierarchy.h"
#include "model/result.h"

#include <map>
#include <string>
#include <vector>

namespace dijkgraaf {

// Builders make a Hierarchy whose domain is the column's distinct values (leaf index = code).
// Each checks its parameters and returns an Error instead of a hierarchy that would not nest.

// Intervals anchored at 0: for widths {5, 10, 20} the levels are value, 5-wide, 10-wide,
// 20-wide, "*". Each width must be a whole multiple of the one before, so the levels nest.
Result<Hierarchy> buildIntervalHierarchy(const Column &column, const std::vector<double> &widths);

// Dates: day (the value), month (yyyy-mm), year, decade (1970-1979), "*".
Result<Hierarchy> buildDateHierarchy(const Column &column);

// Codes masked from the right, keeping the given number of leading characters at levels
// 1, 2, ...; the lengths must fall. Empty: for postcodes 4, 3, 2, 1 (1234AB, 1234, 123, 12, 1,
// *), for other text every length from the longest value's minus one down to 1.
Result<Hierarchy> buildMaskingHierarchy(const Column &column, std::vector<int> keptLengths = {});

// Explicit groups: levels[l] maps each value of level l (the original value for l = 0) to
// its group at level l + 1. A "*" level is added on top.
Result<Hierarchy>
buildGroupingHierarchy(const Column &column,
                       const std::vector<std::map<std::string, std::string>> &levels);

// The value itself and "*".
Hierarchy buildValueOrSuppressedHierarchy(const Column &column);

// A hierarchy for the column's type: dates by date, postcodes masked, numbers in intervals of
// 5, 10, 20 and 50 (scaled to the data's range), anything else value or "*".
Hierarchy buildDefaultHierarchy(const Column &column);

// For each code of the column, its leaf in the hierarchy. Every value present in the data must
// be covered; the Error names the values that are not, with their record counts.
Result<std::vector<std::uint32_t>> mapColumnToHierarchy(const Column &column,
                                                        const Hierarchy &hierarchy);

} // namespace dijkgraaf
