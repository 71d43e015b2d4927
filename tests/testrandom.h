#pragma once

#include "publish/noise.h"

namespace dijkgraaf::test {

// splitmix64: a deterministic source of random words, for tests only; a release draws from
// SystemRandom.
class TestRandom final : public RandomSource
{
public:
    explicit TestRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() override
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

} // namespace dijkgraaf::test
