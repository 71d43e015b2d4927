#pragma once

#include "protection.h"

namespace dijkgraaf {

// A release with the table's labels and names and a cell for each of its cells, all
// published, nothing released yet.
Release releaseSkeleton(const AggregateTable &table);

// The summary of a protected release against its true table.
void fillSummary(const AggregateTable &table, Release &r, std::uint64_t threshold);

} // namespace dijkgraaf
