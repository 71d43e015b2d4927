#pragma once

#include "project/project.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace dijkgraaf {

// A window's unsaved work, kept every few seconds in a folder of its own (DIJKGRAAF_AUTOSAVE_DIR,
// or the application's data folder), one project per running window under a lock that tells a
// running window from one that ended without closing (a crash, a kill); and the work such
// windows left behind, offered back.
class SessionAutosave : public QObject
{
    Q_OBJECT
public:
    explicit SessionAutosave(QObject *parent = nullptr);

    static QString folder();
    // where this window's work is kept; empty when the folder or its lock cannot be had
    QString path() const { return m_path; }
    // due() follows a quiet moment after the last call
    void schedule() { m_delay.start(); }
    // Writes the project (and beside it which project file it belongs to, and when); the
    // reason where that failed, empty on success.
    QString write(const Project &project, const QString &projectPath);
    // Nothing to keep: this window's copy goes.
    void remove();

    // Work that a window which ended without closing left behind.
    struct LeftBehind
    {
        QString path;        // the kept project
        QString projectPath; // the project file it belongs to; empty for data not yet saved
        QDateTime kept;      // when it was last kept
        std::optional<Project> project; // as stored; none where it cannot be read
    };
    enum class Answer { Take, Keep, Discard };
    // Each piece of left-behind work, newest first, until one is taken (true) or kept for
    // another time (false); the discarded ones and unreadable ones are removed.
    bool offer(const std::function<Answer(const LeftBehind &)> &answer);
    // Removes a kept copy that has been taken up.
    static void discard(const QString &path);

signals:
    void due();

private:
    QString m_folder; // as it was when the window was made
    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // held while the window lives
    QTimer m_delay;
};

} // namespace dijkgraaf
