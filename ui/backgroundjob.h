#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dijkgraaf {

// What a background job's work sees of the widget that wants its result: whether to stop
// (handed down into the engine, which checks it in evaluation, search, import and release
// computation) and where to say how far it is.
struct JobControl
{
    std::atomic<bool> cancelled{false};
    std::atomic<double> progress{0}; // share done, 0 to 1
};

// The workbench's one way of doing work off the GUI thread, owned by the widget that wants
// the result (a member of it, so that the widget never outlives its work):
// - one job at a time: run() while a job is under way cancels that job (where it can still
//   stop) and the newest request runs once it has ended; requests in between are dropped;
// - a result is handed to done() on the GUI thread only if no newer request came after it:
//   a stale result is never shown;
// - while a job runs, progress() is called ten times a second on the GUI thread with the
//   share done and the milliseconds since the job started;
// - cancel() stops the job (where it can still stop) and drops whatever waits; the job's
//   result, usually an error that says it was cancelled, is still handed to done();
// - the destructor cancels and waits, so the work never touches a widget that is gone.
template <class T> class BackgroundJob
{
public:
    using Work = std::function<T(JobControl &)>;

    BackgroundJob(QObject *owner, std::function<void(T)> done,
                  std::function<void(double share, qint64 ms)> progress = {})
        : m_done(std::move(done)), m_progress(std::move(progress))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, owner, [this] { finished(); });
        m_ticker.setInterval(100);
        QObject::connect(&m_ticker, &QTimer::timeout, owner, [this] {
            if (m_progress && m_control)
                m_progress(m_control->progress.load(), m_clock.elapsed());
        });
    }
    ~BackgroundJob()
    {
        cancel();
        m_watcher.waitForFinished();
    }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    void run(Work work)
    {
        if (m_watcher.isRunning()) {
            m_pending = std::move(work);
            m_control->cancelled = true;
            return;
        }
        launch(std::move(work));
    }

    void cancel()
    {
        m_pending.reset();
        if (m_control)
            m_control->cancelled = true;
    }

    // A job runs or waits its turn.
    bool isRunning() const { return m_watcher.isRunning() || m_pending.has_value(); }

    // For tests: blocks until no job runs (results are still handed over by the event loop).
    void waitForFinished() { m_watcher.waitForFinished(); }

private:
    void launch(Work work)
    {
        m_pending.reset();
        m_control = std::make_shared<JobControl>();
        auto control = m_control;
        m_clock.start();
        m_ticker.start();
        m_watcher.setFuture(
            QtConcurrent::run([control, work = std::move(work)]() -> T { return work(*control); }));
    }

    void finished()
    {
        m_ticker.stop();
        if (m_pending) { // a newer request waited: this result is stale
            launch(std::move(*m_pending));
            return;
        }
        m_done(m_watcher.result());
    }

    std::function<void(T)> m_done;
    std::function<void(double, qint64)> m_progress;
    QFutureWatcher<T> m_watcher;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::shared_ptr<JobControl> m_control;
    std::optional<Work> m_pending;
};

} // namespace dijkgraaf
