#include "sessionautosave.h"

#include "errortext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace dijkgraaf {

namespace {
const QString kAbout = QStringLiteral(".json"); // beside a kept project: where it belongs
}

SessionAutosave::SessionAutosave(QObject *parent) : QObject(parent), m_folder(folder())
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (QDir().mkpath(m_folder)) {
        m_path = m_folder + QStringLiteral("/session-") + id + QStringLiteral(".dijkgraaf");
        m_lock = std::make_unique<QLockFile>(m_folder + QStringLiteral("/session-") + id +
                                             QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // stale only when its process is gone
        if (!m_lock->tryLock(0))
            m_path.clear();
    }
    m_delay.setSingleShot(true);
    m_delay.setInterval(2000);
    connect(&m_delay, &QTimer::timeout, this, &SessionAutosave::due);
}

QString SessionAutosave::folder()
{
    const QString env = qEnvironmentVariable("DIJKGRAAF_AUTOSAVE_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/autosave");
}

QString SessionAutosave::write(const Project &project, const QString &projectPath)
{
    m_delay.stop();
    if (m_path.isEmpty())
        return tr("no folder for it");
    auto saved = saveProject(project, m_path.toStdString());
    if (!saved)
        return errorText(saved.error());
    QSaveFile about(m_path + kAbout);
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("project"), projectPath},
                                  {QStringLiteral("saved"),
                                   QDateTime::currentDateTime().toString(Qt::ISODate)}})
            .toJson();
    if (!about.open(QIODevice::WriteOnly) || about.write(json) != json.size() || !about.commit())
        return about.errorString();
    return {};
}

void SessionAutosave::remove()
{
    m_delay.stop();
    if (!m_path.isEmpty())
        discard(m_path);
}

void SessionAutosave::discard(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + kAbout);
}

bool SessionAutosave::offer(const std::function<Answer(const LeftBehind &)> &answer)
{
    const QDir dir(m_folder);
    const QFileInfoList found = dir.entryInfoList({QStringLiteral("session-*.dijkgraaf")},
                                                  QDir::Files, QDir::Time); // newest first
    for (const QFileInfo &file : found) {
        const QString path = file.absoluteFilePath();
        if (path == QFileInfo(m_path).absoluteFilePath())
            continue;
        QLockFile lock(path.left(path.size() - int(qstrlen(".dijkgraaf"))) +
                       QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // another window, still running
        QFile aboutFile(path + kAbout);
        QJsonObject about;
        if (aboutFile.open(QIODevice::ReadOnly))
            about = QJsonDocument::fromJson(aboutFile.readAll()).object();
        LeftBehind work;
        work.path = path;
        work.projectPath = about.value(QStringLiteral("project")).toString();
        work.kept =
            QDateTime::fromString(about.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        if (!work.kept.isValid())
            work.kept = file.lastModified();
        if (auto stored = openProject(path.toStdString()))
            work.project = std::move(*stored);
        const Answer a = work.project ? answer(work) : Answer::Discard;
        if (a == Answer::Take)
            return true;
        if (a == Answer::Keep)
            return false;
        discard(path);
    }
    // the locks of windows that ended with nothing to recover
    for (const QString &name : dir.entryList({QStringLiteral("session-*.lock")}, QDir::Files)) {
        QLockFile stale(dir.filePath(name));
        stale.setStaleLockTime(0);
        if (stale.tryLock(0))
            stale.unlock();
    }
    return false;
}

} // namespace dijkgraaf
