#pragma once

#include "analysis/analysissession.h"
#include "backgroundjob.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace dijkgraaf {

// Runs the analysis of the latest configuration off the GUI thread. One run at a time: a
// request while a run is under way cancels that run (where it can still stop) and waits its
// turn; a stale result is dropped, never shown.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(std::shared_ptr<const Dataset> data, QObject *parent = nullptr);

    void request(const Configuration &config);

signals:
    // latencyMs: from the request of this configuration to this signal
    void finished(std::shared_ptr<const AnalysisResult> result, double latencyMs);
    void failed(QString message, QString column);

private:
    void onFinished(Result<AnalysisResult> result);

    std::shared_ptr<AnalysisSession> m_session;
    QElapsedTimer m_sinceRequest;
    BackgroundJob<Result<AnalysisResult>> m_job;
};

} // namespace dijkgraaf
