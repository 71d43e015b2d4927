#pragma once

#include "model/result.h"
#include "publish/publication.h"

#include <cstdint>
#include <string>

namespace dijkgraaf {

// Writes synthetic location events of mobile phones: subject id, timestamp (to the minute),
// cell area and home country, over `days` days from Monday 2 March 2026. Residents move
// between a home and a work area on a daily rhythm; roaming visitors stay a few days in city
// centres. Everything is invented; the same seed gives the same file. Returns the rows written.
Result<std::uint64_t> generatePhoneEvents(const std::string &path, std::uint64_t phones, int days,
                                          std::uint64_t seed);

// The demo's release: people per area per hour by country of origin, with noise and each
// phone in at most 12 area-hours of each day (a person-day is the privacy unit); and per
// area per day, under the table rules.
Publication phoneEventsDemoPublication();

} // namespace dijkgraaf
