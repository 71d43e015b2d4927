#include "backgroundjob.h"

#include <QtTest>

#include <chrono>
#include <thread>
#include <vector>

using namespace dijkgraaf;

namespace {

// Work that runs until it is cancelled or a number of steps have passed, saying how far it
// is, and returns its own number, negative where it was cancelled.
BackgroundJob<int>::Work counting(int number, int steps, std::atomic<int> *started = nullptr)
{
    return [=](JobControl &control) {
        if (started)
            ++*started;
        for (int i = 0; i < steps; ++i) {
            if (control.cancelled)
                return -number;
            control.progress = double(i + 1) / steps;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return number;
    };
}

} // namespace

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    // Requests while a job runs: the running one is cancelled, those in between never start,
    // and only the newest one's result is handed over.
    void theNewestRequestWins()
    {
        QObject owner;
        std::vector<int> results;
        std::atomic<int> started{0};
        BackgroundJob<int> job(&owner, [&](int r) { results.push_back(r); });
        job.run(counting(1, 1000, &started)); // 5 s unless cancelled
        QTRY_COMPARE(started.load(), 1);
        job.run(counting(2, 1000, &started));
        job.run(counting(3, 1000, &started));
        job.run(counting(4, 10, &started));
        QVERIFY(job.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 5000);
        QTest::qWait(50); // nothing else arrives
        QCOMPARE(results, std::vector<int>{4});
        QCOMPARE(started.load(), 2); // 2 and 3 were dropped unstarted
    }

    // A job cancelled by the steward stops, and its result (what the work made of being
    // stopped) is handed over; whatever waited is dropped.
    void cancelStopsAndTellsTheOutcome()
    {
        QObject owner;
        std::vector<int> results;
        std::atomic<int> started{0};
        BackgroundJob<int> job(&owner, [&](int r) { results.push_back(r); });
        job.run(counting(7, 1000, &started));
        QTRY_COMPARE(started.load(), 1);
        job.run(counting(8, 1000, &started));
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!results.empty(), 5000);
        QVERIFY(clock.elapsed() < 2000);
        QTest::qWait(50);
        QCOMPARE(results, std::vector<int>{-7});
        QCOMPARE(started.load(), 1);
    }

    // Progress reaches the owner on its own thread while the job runs.
    void progressIsReported()
    {
        QObject owner;
        std::vector<double> shares;
        int result = 0;
        BackgroundJob<int> job(
            &owner, [&](int r) { result = r; },
            [&](double share, qint64 ms) {
                QCOMPARE(QThread::currentThread(), owner.thread());
                QVERIFY(ms >= 0);
                shares.push_back(share);
            });
        job.run(counting(5, 100)); // half a second
        QTRY_COMPARE_WITH_TIMEOUT(result, 5, 5000);
        QVERIFY(shares.size() >= 2);
        QVERIFY(std::is_sorted(shares.begin(), shares.end()));
        QVERIFY(shares.back() > 0 && shares.back() <= 1);
    }

    // The owner goes away while its job runs: the job is cancelled and waited for, and its
    // result is never handed to an owner that is gone.
    void theOwnerNeverOutlivesItsWork()
    {
        std::atomic<bool> ended{false};
        int handed = 0;
        QElapsedTimer clock;
        {
            QObject owner;
            BackgroundJob<int> job(&owner, [&](int) { ++handed; });
            job.run([&](JobControl &control) {
                while (!control.cancelled)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ended = true;
                return 0;
            });
            clock.start();
        }
        QVERIFY(ended.load()); // waited for
        QVERIFY(clock.elapsed() < 2000);
        QTest::qWait(50);
        QCOMPARE(handed, 0);
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
