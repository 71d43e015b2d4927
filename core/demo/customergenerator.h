#pragma once

#include "model/result.h"

#include <cstdint>
#include <string>

namespace dijkgraaf {

// A small, fully specified pseudo-random generator (xoshiro256** seeded through splitmix64),
// so that generated data is the same on every platform and compiler for the same seed.
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed);
    std::uint64_t next();
    std::uint64_t below(std::uint64_t bound); // uniform in [0, bound)
    double uniform();                         // [0, 1)
    double normal();                          // standard normal (Box-Muller)

private:
    std::uint64_t m_s[4];
};

// A generated text file, written in large blocks and put in place whole when finished.
class GeneratedFile
{
public:
    explicit GeneratedFile(const std::string &path);
    ~GeneratedFile();
    Result<bool> open();
    std::string &text() { return m_text; } // append here; flushed when large
    void flushIfLarge();
    Result<bool> commit();

private:
    std::string m_path;
    std::string m_text;
    struct Impl;
    Impl *m_impl;
};

// Writes a synthetic Dutch customer file: customer number, name, e-mail, phone, date of birth,
// gender, postcode (1234 AB), municipality, contract type, start date and monthly amount, with
// plausible Dutch distributions. Everything is invented; the same seed gives the same file.
Result<std::uint64_t> generateCustomers(const std::string &path, std::uint64_t rows,
                                        std::uint64_t seed);

} // namespace dijkgraaf
