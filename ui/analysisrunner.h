#pragma once

#include "analysis/analysissession.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace dijkgraaf {

// Runs the analysis of the latest configuration off the GUI thread. One run at a time: a
// request while a run is under way cancels that run (where it can still stop) and waits its
// turn; a stale result is dropped, never shown.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(std::shared_ptr<const Dataset> data, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void request(const Configuration &config);

signals:
    // latencyMs: from the request of this configuration to this signal
    void finished(std::shared_ptr<const AnalysisResult> result, double latencyMs);
    void failed(QString message, QString column);

private:
    void start(const Configuration &config);
    void onFinished();

    std::shared_ptr<AnalysisSession> m_session;
    QFutureWatcher<Result<AnalysisResult>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Configuration> m_pending;
    QElapsedTimer m_sinceRequest;
};

} // namespace dijkgraaf
