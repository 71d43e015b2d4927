// The exact noise samplers, drawn many times from an injected deterministic source: the
// frequencies, means, variances and tails must match the distributions they claim.
#include "publish/noise.h"

#include "testrandom.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace dijkgraaf;

namespace {

using test::TestRandom;

// A frequency must lie within 5 standard errors of its probability (a false alarm about once
// in 3.5 million checks; the source is fixed, so a pass is repeatable).
void checkFrequency(std::int64_t hits, std::int64_t draws, double p, const char *what)
{
    const double se = std::sqrt(p * (1 - p) / static_cast<double>(draws));
    const double f = static_cast<double>(hits) / static_cast<double>(draws);
    if (std::abs(f - p) > 5 * se + 1e-12)
        QFAIL(qPrintable(
            QString("%1: frequency %2, expected %3 (se %4)").arg(what).arg(f).arg(p).arg(se)));
}

struct Moments
{
    double mean = 0, variance = 0;
    std::map<std::int64_t, std::int64_t> counts;
};

template <class Draw> Moments drawMany(int n, Draw draw)
{
    Moments m;
    double sum = 0, sumSq = 0;
    for (int i = 0; i < n; ++i) {
        const std::int64_t x = draw();
        sum += static_cast<double>(x);
        sumSq += static_cast<double>(x) * static_cast<double>(x);
        ++m.counts[x];
    }
    m.mean = sum / n;
    m.variance = sumSq / n - m.mean * m.mean;
    return m;
}

std::int64_t countAbsAbove(const Moments &m, std::int64_t limit)
{
    std::int64_t c = 0;
    for (const auto &[x, n] : m.counts)
        if (std::llabs(x) > limit)
            c += n;
    return c;
}

} // namespace

class TestNoise : public QObject
{
    Q_OBJECT

private slots:
    void uniformHasNoBias()
    {
        TestRandom r(1);
        const int n = 140000;
        std::vector<std::int64_t> counts(7);
        for (int i = 0; i < n; ++i)
            ++counts[static_cast<std::size_t>(exact::uniformBelow(r, 7))];
        for (std::size_t v = 0; v < 7; ++v)
            checkFrequency(counts[v], n, 1.0 / 7, "uniform below 7");
        // a range wider than 64 bits
        const UInt128 big = (static_cast<UInt128>(3) << 64) + 5;
        bool above64 = false;
        for (int i = 0; i < 1000; ++i) {
            const auto x = exact::uniformBelow(r, big);
            QVERIFY(x < big);
            above64 = above64 || (x >> 64) != 0;
        }
        QVERIFY(above64);
    }

    void bernoulliOfExpMinusGamma()
    {
        TestRandom r(2);
        const int n = 200000;
        for (const auto &[num, den] :
             std::vector<std::pair<int, int>>{{1, 2}, {1, 1}, {23, 10}, {0, 1}}) {
            std::int64_t hits = 0;
            for (int i = 0; i < n; ++i)
                hits += exact::bernoulliExpMinus(
                    r, {static_cast<unsigned>(num), static_cast<unsigned>(den)});
            checkFrequency(hits, n, std::exp(-double(num) / den),
                           qPrintable(QString("exp(-%1/%2)").arg(num).arg(den)));
        }
    }

    void discreteLaplaceMatchesItsDistribution()
    {
        TestRandom r(3);
        for (const double scale : {0.5, 2.0, 7.5}) {
            const int n = 200000;
            const Rational t = rationalFromDecimal(scale, 10);
            const Moments m = drawMany(n, [&] { return exact::discreteLaplace(r, t); });
            const NoiseFacts facts = discreteLaplaceFacts(scale);
            const double q = std::exp(-1 / scale);
            // the mass at 0, 1 and -3
            for (const std::int64_t x : {0, 1, -3})
                checkFrequency(m.counts.count(x) ? m.counts.at(x) : 0, n,
                               (1 - q) / (1 + q) * std::pow(q, std::llabs(x)), "laplace mass");
            // the tail beyond the 95 % interval, and beyond twice it
            const std::int64_t i95 = facts.interval95;
            checkFrequency(countAbsAbove(m, i95), n, 2 * std::pow(q, i95 + 1) / (1 + q),
                           "laplace tail");
            checkFrequency(countAbsAbove(m, 2 * i95), n, 2 * std::pow(q, 2 * i95 + 1) / (1 + q),
                           "laplace far tail");
            QVERIFY(2 * std::pow(q, i95 + 1) / (1 + q) <= 0.05);
            QVERIFY(2 * std::pow(q, i95) / (1 + q) > 0.05);
            // mean 0 within 5 standard errors; variance within 5 %
            QVERIFY2(std::abs(m.mean) < 5 * std::sqrt(facts.variance / n),
                     qPrintable(QString::number(m.mean)));
            QVERIFY2(std::abs(m.variance / facts.variance - 1) < 0.05,
                     qPrintable(QString("%1 vs %2").arg(m.variance).arg(facts.variance)));
        }
    }

    void discreteGaussianMatchesItsDistribution()
    {
        TestRandom r(4);
        for (const double sigma2 : {0.6, 4.0, 90.25}) {
            const int n = 200000;
            const Rational s2 = rationalFromDecimal(sigma2, 100);
            const Moments m = drawMany(n, [&] { return exact::discreteGaussian(r, s2); });
            const NoiseFacts facts = discreteGaussianFacts(sigma2);
            // the normalising constant, summed directly
            double total = 0;
            for (int x = -2000; x <= 2000; ++x)
                total += std::exp(-double(x) * x / (2 * sigma2));
            for (const std::int64_t x : {0, 1, -2})
                checkFrequency(m.counts.count(x) ? m.counts.at(x) : 0, n,
                               std::exp(-double(x) * x / (2 * sigma2)) / total, "gaussian mass");
            double tail = 0;
            for (int x = static_cast<int>(facts.interval95) + 1; x <= 2000; ++x)
                tail += 2 * std::exp(-double(x) * x / (2 * sigma2)) / total;
            QVERIFY(tail <= 0.05);
            checkFrequency(countAbsAbove(m, facts.interval95), n, tail, "gaussian tail");
            QVERIFY2(std::abs(m.mean) < 5 * std::sqrt(facts.variance / n),
                     qPrintable(QString::number(m.mean)));
            QVERIFY2(std::abs(m.variance / facts.variance - 1) < 0.05,
                     qPrintable(QString("%1 vs %2").arg(m.variance).arg(facts.variance)));
            // for sigma >= 1 the variance is sigma^2 to many digits
            if (sigma2 >= 4)
                QVERIFY(std::abs(facts.variance / sigma2 - 1) < 1e-6);
        }
    }

    void factsOfTheLaplace()
    {
        // scale 1: q = 1/e, variance 2q/(1-q)^2
        const double q = std::exp(-1.0);
        const NoiseFacts f = discreteLaplaceFacts(1.0);
        QCOMPARE(f.variance, 2 * q / ((1 - q) * (1 - q)));
        QVERIFY(std::abs(f.meanAbsolute - 2 * q / (1 - q * q)) < 1e-12);
        QCOMPARE(f.interval95, std::int64_t(3)); // P(|X| > 2) = 0.0916..., P(|X| > 3) = 0.0337...
    }

    void systemSourceVaries()
    {
        SystemRandom r;
        std::set<std::uint64_t> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(r.next());
        QCOMPARE(seen.size(), std::size_t(100));
    }
};

QTEST_GUILESS_MAIN(TestNoise)
#include "tst_noise.moc"
