#include "analysisrunner.h"
#include "errortext.h"

namespace dijkgraaf {

AnalysisRunner::AnalysisRunner(std::shared_ptr<const Dataset> data, QObject *parent)
    : QObject(parent), m_session(std::make_shared<AnalysisSession>(std::move(data))),
      m_job(this, [this](Result<AnalysisResult> r) { onFinished(std::move(r)); })
{
}

void AnalysisRunner::request(const Configuration &config)
{
    m_sinceRequest.start();
    auto session = m_session;
    m_job.run([session, config](JobControl &control) {
        return session->run(config, &control.cancelled);
    });
}

void AnalysisRunner::onFinished(Result<AnalysisResult> result)
{
    if (result.ok()) {
        emit finished(std::make_shared<const AnalysisResult>(std::move(result.value())),
                      static_cast<double>(m_sinceRequest.nsecsElapsed()) / 1e6);
    } else if (!result.error().cancelled) {
        emit failed(errorMessage(result.error()),
                    QString::fromStdString(result.error().column));
    }
}

} // namespace dijkgraaf
