#include "phoneeventgenerator.h"

#include "customergenerator.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace dijkgraaf {

namespace {

// Cell areas of a few Dutch cities; the first of each city is its centre, where visitors go.
struct Area
{
    std::string_view name;
    int city;
};
constexpr std::array<Area, 24> kAreas{{
    {"Amsterdam-Centrum", 0},     {"Amsterdam-Zuid", 0},    {"Amsterdam-West", 0},
    {"Amsterdam-Oost", 0},        {"Amsterdam-Noord", 0},   {"Amsterdam-Zuidoost", 0},
    {"Rotterdam-Centrum", 1},     {"Rotterdam-Noord", 1},   {"Rotterdam-Zuid", 1},
    {"Rotterdam-Kralingen", 1},   {"Den Haag-Centrum", 2},  {"Den Haag-Scheveningen", 2},
    {"Den Haag-Escamp", 2},       {"Utrecht-Centrum", 3},   {"Utrecht-Overvecht", 3},
    {"Utrecht-Leidsche Rijn", 3}, {"Eindhoven-Centrum", 4}, {"Eindhoven-Strijp", 4},
    {"Groningen-Centrum", 5},     {"Groningen-Zuid", 5},    {"Maastricht-Centrum", 6},
    {"Maastricht-Oost", 6},       {"Schiphol", 0},          {"Zandvoort", 0},
}};

// Home countries of the phones (ISO 3166 codes) with their shares: mostly Dutch
// subscribers, and roaming visitors.
struct Country
{
    std::string_view code;
    double share;
};
constexpr std::array<Country, 12> kCountries{{{"NL", 0.82},
                                              {"DE", 0.05},
                                              {"BE", 0.03},
                                              {"GB", 0.025},
                                              {"FR", 0.015},
                                              {"US", 0.015},
                                              {"PL", 0.01},
                                              {"ES", 0.008},
                                              {"IT", 0.008},
                                              {"CN", 0.005},
                                              {"TR", 0.004},
                                              {"JP", 0.0}}};

// How active phones are over the day: low at night, peaks at commute and in the evening
constexpr std::array<double, 24> kHourWeight{0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3.0,
                                             3.6, 2.6, 2.2, 2.4, 2.9, 2.6, 2.3, 2.4,
                                             2.9, 3.5, 3.2, 2.7, 2.3, 1.9, 1.4, 0.9};

std::size_t pick(SeededRandom &r, const double *weights, std::size_t n)
{
    double total = 0;
    for (std::size_t i = 0; i < n; ++i)
        total += weights[i];
    double x = r.uniform() * total;
    for (std::size_t i = 0; i < n; ++i) {
        x -= weights[i];
        if (x < 0)
            return i;
    }
    return n - 1;
}

std::size_t areaInCity(SeededRandom &r, int city)
{
    std::vector<std::size_t> in;
    for (std::size_t a = 0; a < kAreas.size(); ++a)
        if (kAreas[a].city == city)
            in.push_back(a);
    return in[r.below(in.size())];
}

std::size_t centreOf(int city)
{
    for (std::size_t a = 0; a < kAreas.size(); ++a)
        if (kAreas[a].city == city)
            return a;
    return 0;
}

std::uint64_t poisson(SeededRandom &r, double mean)
{
    // Knuth's method: the means here are small
    const double limit = std::exp(-mean);
    std::uint64_t k = 0;
    double p = r.uniform();
    while (p > limit) {
        ++k;
        p *= r.uniform();
    }
    return k;
}

} // namespace

Result<std::uint64_t> generatePhoneEvents(const std::string &path, std::uint64_t phones, int days,
                                          std::uint64_t seed)
{
    GeneratedFile file(path);
    if (auto opened = file.open(); !opened)
        return opened.error();
    std::string &out = file.text();
    SeededRandom r(seed);
    out = "subject_id,timestamp,cell_area,home_country\n";
    std::uint64_t rows = 0;
    double countryShares[kCountries.size()];
    for (std::size_t i = 0; i < kCountries.size(); ++i)
        countryShares[i] = kCountries[i].share;
    const QDate first(2026, 3, 2);                               // a Monday
    std::vector<std::pair<std::uint32_t, std::uint32_t>> events; // minute of the period, area
    for (std::uint64_t p = 0; p < phones; ++p) {
        const auto country = kCountries[pick(r, countryShares, kCountries.size())].code;
        const bool visitor = country != "NL";
        // residents live in one area and work in another, mostly in the same city; visitors
        // stay a few days and keep to city centres and Schiphol
        const int city = static_cast<int>(r.below(7));
        const std::size_t home = areaInCity(r, city);
        const std::size_t work =
            r.uniform() < 0.8 ? areaInCity(r, city) : areaInCity(r, static_cast<int>(r.below(7)));
        const int arrive =
            visitor ? static_cast<int>(r.below(static_cast<std::uint64_t>(days))) : 0;
        const int stay = visitor ? 1 + static_cast<int>(r.below(4)) : days;
        events.clear();
        for (int d = arrive; d < std::min(days, arrive + stay); ++d) {
            const bool weekend = first.addDays(d).dayOfWeek() >= 6;
            const std::uint64_t n = poisson(r, visitor ? 12.0 : 8.0);
            for (std::uint64_t e = 0; e < n; ++e) {
                const auto hour = pick(r, kHourWeight.data(), kHourWeight.size());
                std::size_t area;
                if (visitor)
                    area = r.uniform() < 0.15
                               ? 22
                               : (r.uniform() < 0.7 ? centreOf(city) : areaInCity(r, city));
                else if (!weekend && hour >= 9 && hour < 17)
                    area = r.uniform() < 0.85 ? work : areaInCity(r, city);
                else
                    area =
                        r.uniform() < 0.8 ? home : (r.uniform() < 0.1 ? 23 : areaInCity(r, city));
                const auto minute = static_cast<std::uint32_t>(
                    d * 1440 + static_cast<int>(hour) * 60 + static_cast<int>(r.below(60)));
                events.push_back({minute, static_cast<std::uint32_t>(area)});
            }
        }
        std::sort(events.begin(), events.end());
        char id[24];
        std::snprintf(id, sizeof id, "P%07llu", static_cast<unsigned long long>(p + 1));
        for (const auto &[minute, area] : events) {
            const QDate day = first.addDays(minute / 1440);
            char line[128];
            std::snprintf(line, sizeof line, "%s,%04d-%02d-%02dT%02u:%02u:00,%.*s,%.*s\n", id,
                          day.year(), day.month(), day.day(), (minute % 1440) / 60, minute % 60,
                          static_cast<int>(kAreas[area].name.size()), kAreas[area].name.data(),
                          static_cast<int>(country.size()), country.data());
            out += line;
            ++rows;
        }
        file.flushIfLarge();
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return rows;
}

Publication phoneEventsDemoPublication()
{
    Publication p;
    PublishedTable hourly;
    hourly.spec.name = "People per area per hour by country of origin";
    hourly.spec.dimensions = {{"cell_area", -1, TimeBucket::None},
                              {"timestamp", -1, TimeBucket::Hour},
                              {"home_country", 0, TimeBucket::None}};
    hourly.spec.margins = true;
    // the categories are declared, never read from the data: every area of the network,
    // every country a subscription can come from, every hour of the week
    for (const Area &a : kAreas)
        hourly.spec.dimensions[0].domain.labels.emplace_back(a.name);
    hourly.spec.dimensions[0].domain.source = "the network's list of cell areas";
    hourly.spec.dimensions[1].domain = {{}, "2026-03-02T00:00", "2026-03-08T23:00", "the week of the release"};
    for (const Country &c : kCountries)
        hourly.spec.dimensions[2].domain.labels.emplace_back(c.code);
    hourly.spec.dimensions[2].domain.source = "the countries of the roaming agreements";
    hourly.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
    hourly.protection.dp.mechanism = DpSettings::Mechanism::Gaussian;
    // the release spends rho 0.14 per person-day in all (epsilon 2.92 at delta 1e-6, within
    // what published mobility releases used): 0.10 on the hours, 0.04 on the days
    hourly.protection.dp.rho = 0.10;
    // a person-day is the unit protected, as in published mobility releases: each phone
    // counts in at most 12 area-hours of each day, drawn at random where it has more; once
    // in a cell, so a cell's events are its phones and one noisy count stands for both
    hourly.protection.dp.bounds = {12, 1, ContributionBounds::Unit::PersonDay, {}};
    // the same people per day: each phone in at most 3 areas of a day
    PublishedTable daily = hourly;
    daily.spec.name = "People per area per day by country of origin";
    daily.spec.dimensions[1].bucket = TimeBucket::Day;
    daily.spec.dimensions[1].domain = {{}, "2026-03-02", "2026-03-08", "the week of the release"};
    daily.protection.dp.rho = 0.04;
    daily.protection.dp.bounds = {3, 1, ContributionBounds::Unit::PersonDay, {}};
    p.tables = {hourly, daily};
    p.metadata.title = "Phones per area, week of 2 March 2026";
    p.metadata.description = "How many phones were in each cell area, per hour and per day, by "
                             "the country of their subscription. Synthetic demonstration data.";
    p.metadata.temporalStart = "2026-03-02";
    p.metadata.temporalEnd = "2026-03-08";
    p.metadata.spatial = "Netherlands";
    return p;
}

} // namespace dijkgraaf
