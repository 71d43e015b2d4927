#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace dijkgraaf {

// 128-bit unsigned integers (GCC and Clang): products of the samplers' rationals fit in them.
__extension__ typedef unsigned __int128 UInt128;

// Uniformly random 64-bit words. A release draws from SystemRandom; tests inject their own
// deterministic source through this interface.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual std::uint64_t next() = 0;
};

// The operating system's cryptographically secure generator, read a block at a time.
class SystemRandom final : public RandomSource
{
public:
    std::uint64_t next() override;

private:
    std::uint64_t m_block[256];
    std::size_t m_used = 256;
};

// A non-negative rational number num / den, den > 0: every probability in the samplers below
// is one, so that no floating-point rounding enters the distribution.
struct Rational
{
    UInt128 num = 0;
    UInt128 den = 1;
};

// The rational closest to x with the given denominator (x >= 0); for parameters a user types
// as decimals, such as epsilon = 0.5.
Rational rationalFromDecimal(double x, std::uint64_t den = 1000000);

// Exact samplers after Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential
// Privacy" (2020): integer arithmetic and rejection only.
namespace exact {

// Uniform in {0, ..., n - 1}, n >= 1, by rejection (no modulo bias).
UInt128 uniformBelow(RandomSource &random, UInt128 n);
// True with probability p (p <= 1).
bool bernoulli(RandomSource &random, Rational p);
// True with probability exp(-gamma).
bool bernoulliExpMinus(RandomSource &random, Rational gamma);
// The discrete Laplace distribution with scale t > 0: P(x) proportional to exp(-|x| / t).
std::int64_t discreteLaplace(RandomSource &random, Rational scale);
// The discrete Gaussian with variance parameter sigma2 > 0: P(x) proportional to
// exp(-x^2 / (2 sigma2)).
std::int64_t discreteGaussian(RandomSource &random, Rational sigma2);

} // namespace exact

// Moves k of the items in [first, last) to its front, drawn uniformly at random: a partial
// Fisher-Yates shuffle with exact uniform draws.
template <typename It> void chooseAtRandom(It first, It last, std::size_t k, RandomSource &random)
{
    const auto size = static_cast<std::size_t>(last - first);
    for (std::size_t i = 0; i < k && i + 1 < size; ++i) {
        const auto j = i + static_cast<std::size_t>(exact::uniformBelow(random, size - i));
        std::swap(first[static_cast<std::ptrdiff_t>(i)], first[static_cast<std::ptrdiff_t>(j)]);
    }
}

// Facts about the two distributions, for metadata and previews (floating point is fine here:
// these numbers describe the noise, they do not draw it).
struct NoiseFacts
{
    double variance = 0;
    double meanAbsolute = 0;     // E|X|
    std::int64_t interval95 = 0; // the smallest m with P(|X| <= m) >= 0.95
};
NoiseFacts discreteLaplaceFacts(double scale);
NoiseFacts discreteGaussianFacts(double sigma2);

} // namespace dijkgraaf
