#include "noise.h"

#include <QRandomGenerator>

#include <bit>
#include <cmath>
#include <numeric>
#include <vector>

namespace dijkgraaf {

using u128 = UInt128;

std::uint64_t SystemRandom::next()
{
    if (m_used == std::size(m_block)) {
        QRandomGenerator::system()->fillRange(m_block);
        m_used = 0;
    }
    return m_block[m_used++];
}

namespace {

u128 gcd(u128 a, u128 b)
{
    if ((a >> 64) == 0 && (b >> 64) == 0) // the usual case, in the processor's own width
        return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    while (b != 0) {
        const u128 r = a % b;
        a = b;
        b = r;
    }
    return a;
}

Rational reduced(Rational r)
{
    const u128 g = gcd(r.num, r.den);
    if (g > 1) {
        r.num /= g;
        r.den /= g;
    }
    return r;
}

int bitWidth(u128 x)
{
    const auto high = static_cast<std::uint64_t>(x >> 64);
    if (high != 0)
        return 64 + std::bit_width(high);
    return std::bit_width(static_cast<std::uint64_t>(x));
}

// floor(sqrt(num / den))
std::uint64_t floorSqrt(Rational r)
{
    const u128 q = r.num / r.den;
    auto s = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(q)));
    while (u128(s) * s * r.den > r.num)
        --s;
    while (u128(s + 1) * (s + 1) * r.den <= r.num)
        ++s;
    return s;
}

bool bernoulliExpMinusAtMostOne(RandomSource &random, Rational gamma)
{
    // K counts the successive successes of Bernoulli(gamma / K); exp(-gamma) is the chance
    // that the run ends at an odd K (Algorithm 1 of the paper).
    u128 k = 1;
    while (exact::bernoulli(random, {gamma.num, gamma.den * k}))
        ++k;
    return k % 2 == 1;
}

} // namespace

Rational rationalFromDecimal(double x, std::uint64_t den)
{
    const double scaled = std::round(x * static_cast<double>(den));
    return reduced({static_cast<u128>(scaled < 0 ? 0 : scaled), den});
}

namespace exact {

u128 uniformBelow(RandomSource &random, u128 n)
{
    if (n <= 1)
        return 0;
    const int bits = bitWidth(n - 1);
    const u128 mask = bits >= 128 ? ~u128(0) : (u128(1) << bits) - 1;
    for (;;) {
        u128 x = random.next();
        if (bits > 64)
            x |= u128(random.next()) << 64;
        x &= mask;
        if (x < n)
            return x;
    }
}

bool bernoulli(RandomSource &random, Rational p)
{
    if (p.num >= p.den)
        return true;
    if (p.num == 0)
        return false;
    return uniformBelow(random, p.den) < p.num;
}

bool bernoulliExpMinus(RandomSource &random, Rational gamma)
{
    gamma = reduced(gamma);
    // exp(-gamma) = exp(-1)^floor(gamma) * exp(-(gamma - floor(gamma)))
    while (gamma.num > gamma.den) {
        if (!bernoulliExpMinusAtMostOne(random, {1, 1}))
            return false;
        gamma.num -= gamma.den;
    }
    return bernoulliExpMinusAtMostOne(random, gamma);
}

std::int64_t discreteLaplace(RandomSource &random, Rational scale)
{
    // scale = t / s (Algorithm 2 of the paper)
    scale = reduced(scale);
    const u128 t = scale.num, s = scale.den;
    for (;;) {
        const u128 u = uniformBelow(random, t);
        if (!bernoulliExpMinus(random, {u, t}))
            continue;
        u128 v = 0;
        while (bernoulliExpMinus(random, {1, 1}))
            ++v;
        const u128 y = (u + t * v) / s;
        const bool negative = bernoulli(random, {1, 2});
        if (negative && y == 0)
            continue;
        const auto magnitude = static_cast<std::int64_t>(y);
        return negative ? -magnitude : magnitude;
    }
}

std::int64_t discreteGaussian(RandomSource &random, Rational sigma2)
{
    // Algorithm 3 of the paper: discrete Laplace proposals with scale t = floor(sigma) + 1,
    // accepted with probability exp(-(|y| - sigma2 / t)^2 / (2 sigma2)).
    sigma2 = reduced(sigma2);
    const u128 t = floorSqrt(sigma2) + 1;
    const u128 sn = sigma2.num, sd = sigma2.den;
    for (;;) {
        const std::int64_t y = discreteLaplace(random, {t, 1});
        const u128 magnitude = static_cast<u128>(y < 0 ? -y : y);
        // |y| - sn / (sd t) = (|y| sd t - sn) / (sd t); only its square matters
        const u128 a = magnitude * sd * t;
        const u128 diff = a >= sn ? a - sn : sn - a;
        const Rational gamma{diff * diff, u128(2) * sd * t * t * sn};
        if (bernoulliExpMinus(random, gamma))
            return y;
    }
}

} // namespace exact

NoiseFacts discreteLaplaceFacts(double scale)
{
    NoiseFacts f;
    const double q = std::exp(-1.0 / scale);
    f.variance = 2 * q / ((1 - q) * (1 - q));
    f.meanAbsolute = 2 * q / (1 - q * q);
    // P(|X| > m) = 2 q^(m+1) / (1 + q)
    const double m = std::log(0.05 * (1 + q) / 2) / std::log(q) - 1;
    f.interval95 = std::max<std::int64_t>(0, static_cast<std::int64_t>(std::ceil(m - 1e-9)));
    return f;
}

NoiseFacts discreteGaussianFacts(double sigma2)
{
    // no closed form: sum the mass over a range wide enough that the rest is below 1e-30
    NoiseFacts f;
    const auto limit = static_cast<std::int64_t>(std::ceil(12 * std::sqrt(sigma2))) + 10;
    std::vector<double> mass(static_cast<std::size_t>(limit) + 1);
    double total = 0;
    for (std::int64_t x = 0; x <= limit; ++x) {
        const double w = std::exp(-static_cast<double>(x * x) / (2 * sigma2));
        mass[static_cast<std::size_t>(x)] = w;
        total += x == 0 ? w : 2 * w;
    }
    double covered = 0;
    f.interval95 = -1;
    for (std::int64_t x = 0; x <= limit; ++x) {
        const double p = (x == 0 ? 1 : 2) * mass[static_cast<std::size_t>(x)] / total;
        f.variance += p * static_cast<double>(x * x);
        f.meanAbsolute += p * static_cast<double>(x);
        covered += p;
        if (f.interval95 < 0 && covered >= 0.95)
            f.interval95 = x;
    }
    return f;
}

} // namespace dijkgraaf
