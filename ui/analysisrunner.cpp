#include "analysisrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dijkgraaf {

AnalysisRunner::AnalysisRunner(std::shared_ptr<const Dataset> data, QObject *parent)
    : QObject(parent), m_session(std::make_shared<AnalysisSession>(std::move(data)))
{
    connect(&m_watcher, &QFutureWatcher<Result<AnalysisResult>>::finished, this,
            &AnalysisRunner::onFinished);
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void AnalysisRunner::request(const Configuration &config)
{
    m_sinceRequest.start();
    if (m_watcher.isRunning()) {
        m_pending = config;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    start(config);
}

void AnalysisRunner::start(const Configuration &config)
{
    // whatever waited is older than this configuration (a run can end, its signal still
    // queued, when the next request arrives)
    m_pending.reset();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto session = m_session;
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(
        [session, config, cancel]() { return session->run(config, cancel.get()); }));
}

void AnalysisRunner::onFinished()
{
    Result<AnalysisResult> result = m_watcher.result();
    if (m_pending) {
        // a newer configuration is waiting: this result is stale
        const Configuration next = std::move(*m_pending);
        m_pending.reset();
        start(next);
        return;
    }
    if (result.ok()) {
        emit finished(std::make_shared<const AnalysisResult>(std::move(result.value())),
                      static_cast<double>(m_sinceRequest.nsecsElapsed()) / 1e6);
    } else if (!result.error().cancelled) {
        emit failed(QString::fromStdString(result.error().message),
                    QString::fromStdString(result.error().column));
    }
}

} // namespace dijkgraaf
