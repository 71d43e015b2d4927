#include "util/parallel.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace dijkgraaf;

// The engine's one thread pool: every part runs exactly once, whoever calls it and however
// deeply calls nest, and the number of threads can be set for tests.
class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_threads = workerCount(); }
    void cleanup() { setWorkerCount(m_threads); }

    void everyItemOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("8") << 8;
    }
    void everyItemOnce()
    {
        QFETCH(int, threads);
        setWorkerCount(std::size_t(threads));
        QCOMPARE(workerCount(), std::size_t(threads));
        for (std::size_t n : {0u, 1u, 7u, 1000u}) {
            for (std::size_t parts : {1u, 2u, 3u, 16u}) {
                std::vector<std::atomic<int>> seen(n);
                std::vector<int> partOf(n, -1);
                runParts(n, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
                    QVERIFY(part < parts);
                    for (std::size_t i = begin; i < end; ++i) {
                        ++seen[i];
                        partOf[i] = int(part);
                    }
                });
                for (std::size_t i = 0; i < n; ++i)
                    QCOMPARE(seen[i].load(), 1);
                // contiguous slices in the order of the parts, as documented
                const std::size_t slices = std::max<std::size_t>(1, parts);
                for (std::size_t p = 0; p < slices; ++p)
                    for (std::size_t i = n * p / slices; i < n * (p + 1) / slices; ++i)
                        QCOMPARE(partOf[i], int(p));
                std::vector<std::atomic<int>> each(n);
                runEach(n, parts, [&](std::size_t i) { ++each[i]; });
                for (std::size_t i = 0; i < n; ++i)
                    QCOMPARE(each[i].load(), 1);
            }
        }
    }

    // A part that splits its own work again: the inner calls finish although every thread of
    // the pool may be inside an outer part.
    void nestedCallsFinish()
    {
        setWorkerCount(3);
        std::atomic<long> sum{0};
        runEach(12, 12, [&](std::size_t i) {
            runParts(100, 4, [&](std::size_t, std::size_t b, std::size_t e) {
                runEach(e - b, 3, [&](std::size_t j) { sum += long(i * 1000 + b + j); });
            });
        });
        long expected = 0;
        for (long i = 0; i < 12; ++i)
            for (long j = 0; j < 100; ++j)
                expected += i * 1000 + j;
        QCOMPARE(sum.load(), expected);
    }

    // Several threads of the application (the workbench's background jobs) start work at
    // once: all of it is done, none twice.
    void concurrentCallers()
    {
        setWorkerCount(4);
        constexpr int callers = 6, rounds = 50;
        constexpr std::size_t n = 5000;
        std::vector<long> sums(callers, 0);
        std::vector<std::thread> threads;
        for (int c = 0; c < callers; ++c)
            threads.emplace_back([&, c] {
                for (int r = 0; r < rounds; ++r) {
                    std::atomic<long> s{0};
                    runParts(n, 3, [&](std::size_t, std::size_t b, std::size_t e) {
                        long local = 0;
                        for (std::size_t i = b; i < e; ++i)
                            local += long(i);
                        s += local;
                    });
                    sums[c] += s;
                }
            });
        for (auto &t : threads)
            t.join();
        for (int c = 0; c < callers; ++c)
            QCOMPARE(sums[c], long(rounds) * long(n * (n - 1) / 2));
    }

    void workPartsIgnoresTheMachine()
    {
        // sums are split the same way on every machine: by the work, up to kMaxWorkParts
        for (std::size_t threads : {1u, 2u, 8u}) {
            setWorkerCount(threads);
            QCOMPARE(workParts(1000, 100), std::size_t(10));
            QCOMPARE(workParts(1000000, 100), kMaxWorkParts);
            QCOMPARE(workParts(150, 100), std::size_t(1));
            QCOMPARE(workParts(0, 100), std::size_t(1));
        }
    }

    void corePartsFollowTheMachine()
    {
        // work whose result does not depend on the split: a part per thread, none too small
        for (std::size_t threads : {1u, 2u, 8u}) {
            setWorkerCount(threads);
            QCOMPARE(coreParts(1000000, 100), threads);
            QCOMPARE(coreParts(300, 100), std::min<std::size_t>(threads, 3));
            QCOMPARE(coreParts(50, 100), std::size_t(1));
        }
    }

private:
    std::size_t m_threads = 1;
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
