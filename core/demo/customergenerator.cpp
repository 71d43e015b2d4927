#include "customergenerator.h"

#include "io/wholefile.h"

#include <cerrno>

#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace dijkgraaf {

struct GeneratedFile::Impl
{
    explicit Impl(const std::string &path) : file(path) {}
    WholeFileWriter file;
};

GeneratedFile::GeneratedFile(const std::string &path) : m_path(path), m_impl(new Impl(path)) {}

GeneratedFile::~GeneratedFile()
{
    delete m_impl;
}

Result<bool> GeneratedFile::open()
{
    return m_impl->file.open();
}

void GeneratedFile::flushIfLarge()
{
    if (m_text.size() < (1u << 22))
        return;
    m_impl->file.write(m_text.data(), m_text.size());
    m_text.clear();
}

Result<bool> GeneratedFile::commit()
{
    m_impl->file.write(m_text.data(), m_text.size());
    m_text.clear();
    return m_impl->file.commit();
}

SeededRandom::SeededRandom(std::uint64_t seed)
{
    for (auto &s : m_s) {
        seed += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        s = z ^ (z >> 31);
    }
}

std::uint64_t SeededRandom::next()
{
    auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t SeededRandom::below(std::uint64_t bound)
{
    // rejection keeps it unbiased
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
    std::uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return x % bound;
}

double SeededRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double SeededRandom::normal()
{
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

namespace {

struct Weighted
{
    std::string_view value;
    double weight;
};

struct Municipality
{
    std::string_view name;
    int postcodeFrom;
    int postcodeTo;
    double inhabitants; // thousands, rounded
};

// Large and middle-sized municipalities with (simplified) postcode ranges and populations.
constexpr std::array<Municipality, 32> kMunicipalities = {{
    {"Amsterdam", 1011, 1109, 918},     {"Rotterdam", 3011, 3089, 664},
    {"'s-Gravenhage", 2491, 2599, 562}, {"Utrecht", 3511, 3585, 374},
    {"Eindhoven", 5611, 5658, 243},     {"Groningen", 9711, 9747, 238},
    {"Tilburg", 5011, 5049, 229},       {"Almere", 1311, 1365, 226},
    {"Breda", 4811, 4839, 186},         {"Nijmegen", 6511, 6546, 183},
    {"Apeldoorn", 7311, 7339, 166},     {"Arnhem", 6811, 6846, 166},
    {"Haarlem", 2011, 2037, 164},       {"Haarlemmermeer", 2131, 2158, 160},
    {"Amersfoort", 3811, 3829, 160},    {"Enschede", 7511, 7548, 160},
    {"Zaanstad", 1501, 1567, 158},      {"'s-Hertogenbosch", 5211, 5249, 158},
    {"Zwolle", 8011, 8048, 132},        {"Leiden", 2311, 2334, 127},
    {"Zoetermeer", 2711, 2729, 126},    {"Leeuwarden", 8911, 8939, 126},
    {"Maastricht", 6211, 6229, 121},    {"Dordrecht", 3311, 3329, 120},
    {"Ede", 6711, 6718, 119},           {"Alphen aan den Rijn", 2401, 2409, 113},
    {"Alkmaar", 1811, 1829, 110},       {"Emmen", 7811, 7889, 107},
    {"Delft", 2611, 2629, 105},         {"Venlo", 5911, 5935, 102},
    {"Deventer", 7411, 7439, 101},      {"Sittard-Geleen", 6131, 6138, 91},
}};

constexpr std::array<Weighted, 30> kSurnames = {{
    {"de Jong", 86},      {"Jansen", 75},
    {"de Vries", 72},     {"van den Berg", 61},
    {"van Dijk", 58},     {"Bakker", 57},
    {"Janssen", 55},      {"Visser", 51},
    {"Smit", 46},         {"Meijer", 43},
    {"de Boer", 40},      {"Mulder", 39},
    {"de Groot", 38},     {"Bos", 37},
    {"Vos", 34},          {"Peters", 33},
    {"Hendriks", 33},     {"van Leeuwen", 31},
    {"Dekker", 30},       {"Brouwer", 29},
    {"de Wit", 28},       {"Dijkstra", 27},
    {"Smits", 26},        {"de Graaf", 26},
    {"van der Meer", 25}, {"van der Linden", 24},
    {"Kok", 24},          {"Jacobs", 23},
    {"de Haan", 23},      {"Vermeulen", 22},
}};

constexpr std::array<std::string_view, 24> kMaleNames = {
    "Jan",    "Peter", "Kees",    "Johan", "Willem", "Hendrik", "Gerrit", "Dirk",
    "Pieter", "Henk",  "Bram",    "Daan",  "Lucas",  "Sem",     "Thomas", "Ruben",
    "Jeroen", "Mark",  "Martijn", "Bas",   "Sander", "Mohamed", "Noah",   "Finn"};
constexpr std::array<std::string_view, 24> kFemaleNames = {
    "Maria",   "Anna", "Johanna", "Cornelia", "Wilhelmina", "Elisabeth", "Emma", "Julia",
    "Sophie",  "Tess", "Anouk",   "Lisa",     "Sanne",      "Laura",     "Eva",  "Fleur",
    "Marloes", "Inge", "Ingrid",  "Linda",    "Fatima",     "Saar",      "Nora", "Mila"};

constexpr std::array<Weighted, 6> kMailDomains = {{{"gmail.com", 35},
                                                   {"hotmail.com", 22},
                                                   {"outlook.com", 12},
                                                   {"ziggo.nl", 11},
                                                   {"kpnmail.nl", 10},
                                                   {"live.nl", 10}}};

struct Contract
{
    std::string_view name;
    double weight;
    double meanAmount;
};
constexpr std::array<Contract, 4> kContracts = {
    {{"Basic", 45, 14.5}, {"Plus", 32, 24.5}, {"Premium", 15, 44.0}, {"Business", 8, 79.0}}};

// Adults by age band (18-24, 25-29, ..., 90-99), after the Dutch population pyramid.
constexpr std::array<double, 16> kAgeBandWeights = {1.5,  1.1,  1.1,  1.1,  1.05, 1.05, 1.15, 1.25,
                                                    1.25, 1.15, 1.05, 0.95, 0.75, 0.5,  0.3,  0.15};
constexpr std::array<int, 17> kAgeBandStarts = {18, 25, 30, 35, 40, 45, 50, 55, 60,
                                                65, 70, 75, 80, 85, 90, 95, 100};

template <class T, std::size_t N, class W>
std::size_t pick(SeededRandom &rng, const std::array<T, N> &items, W weightOf)
{
    double total = 0;
    for (const auto &i : items)
        total += weightOf(i);
    double x = rng.uniform() * total;
    for (std::size_t i = 0; i < N; ++i) {
        x -= weightOf(items[i]);
        if (x < 0)
            return i;
    }
    return N - 1;
}

void appendDate(std::string &out, int year, int month, int day)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    out += buf;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string mailPart(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\'')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        out += c;
    }
    return out;
}

} // namespace

Result<std::uint64_t> generateCustomers(const std::string &path, std::uint64_t rows,
                                        std::uint64_t seed)
{
    GeneratedFile file(path);
    if (auto opened = file.open(); !opened)
        return opened.error();
    std::string &out = file.text();
    SeededRandom rng(seed);
    out +=
        "customer_number,name,email,phone,date_of_birth,gender,postcode,municipality,contract_type,"
        "start_date,monthly_amount\n";
    constexpr int kReferenceYear = 2026;
    for (std::uint64_t i = 0; i < rows; ++i) {
        const bool female = rng.uniform() < 0.505;
        const auto &first = female ? kFemaleNames[rng.below(kFemaleNames.size())]
                                   : kMaleNames[rng.below(kMaleNames.size())];
        const auto &surname =
            kSurnames[pick(rng, kSurnames, [](const Weighted &w) { return w.weight; })].value;
        const std::size_t band = pick(rng, kAgeBandWeights, [](double w) { return w; });
        const int age =
            kAgeBandStarts[band] + static_cast<int>(rng.below(static_cast<std::uint64_t>(
                                       kAgeBandStarts[band + 1] - kAgeBandStarts[band])));
        const int birthYear = kReferenceYear - 1 - age;
        const int birthMonth = 1 + static_cast<int>(rng.below(12));
        const int birthDay =
            1 + static_cast<int>(
                    rng.below(static_cast<std::uint64_t>(daysInMonth(birthYear, birthMonth))));
        const auto &place = kMunicipalities[pick(
            rng, kMunicipalities, [](const Municipality &m) { return m.inhabitants; })];
        const int pc4 = place.postcodeFrom + static_cast<int>(rng.below(static_cast<std::uint64_t>(
                                                 place.postcodeTo - place.postcodeFrom + 1)));
        const char l1 = static_cast<char>('A' + rng.below(26));
        const char l2 = static_cast<char>('A' + rng.below(26));
        const auto &contract =
            kContracts[pick(rng, kContracts, [](const Contract &c) { return c.weight; })];
        const int startYear = std::max(
            2005, std::min(kReferenceYear - 1, birthYear + 18 + static_cast<int>(rng.below(40))));
        const int startMonth = 1 + static_cast<int>(rng.below(12));
        const int startDay =
            1 + static_cast<int>(
                    rng.below(static_cast<std::uint64_t>(daysInMonth(startYear, startMonth))));
        const double amount = std::max(4.99, contract.meanAmount * std::exp(0.25 * rng.normal()));

        char buf[160];
        std::snprintf(buf, sizeof buf, "C%08llu,", static_cast<unsigned long long>(1000000 + i));
        out += buf;
        out += first;
        out += ' ';
        out += surname;
        out += ',';
        out += mailPart(first);
        out += '.';
        out += mailPart(surname);
        if (rng.uniform() < 0.6) {
            std::snprintf(buf, sizeof buf, "%d", static_cast<int>(rng.below(1000)));
            out += buf;
        }
        out += '@';
        out +=
            kMailDomains[pick(rng, kMailDomains, [](const Weighted &w) { return w.weight; })].value;
        std::snprintf(buf, sizeof buf, ",06-%08llu,",
                      static_cast<unsigned long long>(10000000 + rng.below(90000000)));
        out += buf;
        appendDate(out, birthYear, birthMonth, birthDay);
        out += female ? ",F," : ",M,";
        std::snprintf(buf, sizeof buf, "%04d %c%c,", pc4, l1, l2);
        out += buf;
        if (place.name.find(' ') != std::string_view::npos ||
            place.name.find('\'') != std::string_view::npos) {
            out += '"';
            out += place.name;
            out += '"';
        } else {
            out += place.name;
        }
        out += ',';
        out += contract.name;
        out += ',';
        appendDate(out, startYear, startMonth, startDay);
        std::snprintf(buf, sizeof buf, ",%.2f\n", amount);
        out += buf;
        file.flushIfLarge();
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace dijkgraaf
