#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>

namespace dijkgraaf {

QString leftoverPrefix(const char *kind)
{
    return QStringLiteral(".dijkgraaf-") + QLatin1String(kind) + "-" +
           QString::number(QCoreApplication::applicationPid()) + "-";
}

void removeLeftoversOfKilledRuns(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList({".dijkgraaf-partial-*", ".dijkgraaf-saving-*", ".dijkgraaf-old-*"},
                       QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString rest = name.section('-', 2); // after ".dijkgraaf-KIND-"
        bool numeric = false;
        const qint64 pid = rest.section('-', 0, 0).toLongLong(&numeric);
        if (!numeric || pid <= 0 || pid == QCoreApplication::applicationPid())
            continue;
#ifdef Q_OS_UNIX
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)
            continue; // still running
#else
        continue; // without a way to tell, nothing is touched
#endif
        const QString path = dir.filePath(name);
        const QString target = dir.filePath(rest.section('-', 1));
        if (name.startsWith(QLatin1String(".dijkgraaf-old-")) && !QFileInfo::exists(target))
            QDir().rename(path, target);
        else if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

std::string lastWriteError()
{
    return errno != 0 ? std::string(std::strerror(errno)) : std::string("the write was cut short");
}

Result<bool> writeWholeFile(const std::string &path, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    // a temporary file beside the target, named so that a later run removes it if this one is
    // killed (QSaveFile's own would stay behind as a copy of the data), flushed to disk, then
    // renamed over the target, and the folder's entry flushed too
    const QFileInfo info(QString::fromStdString(path));
    const QString folder = info.absolutePath();
    removeLeftoversOfKilledRuns(folder);
    const QString temp = QDir(folder).filePath(leftoverPrefix("saving") + info.fileName());
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{"cannot write the file: " + file.errorString().toStdString(), path};
    file.setPermissions(kOwnerOnly);
    errno = 0;
    const bool whole = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    const std::string why = whole ? std::string() : lastWriteError();
    file.close();
    if (!whole) {
        QFile::remove(temp);
        return Error{"cannot write the file: " + why + "; it is as it was", path};
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const std::string reason = std::strerror(errno);
        QFile::remove(temp);
        return Error{"cannot write the file: " + reason + "; it is as it was", path};
    }
    const int dirFd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
#else
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return Error{"cannot write the file: " + file.errorString().toStdString(), path};
    // readable by the user only: these files hold, or are drawn from, a company's customer data
    file.setPermissions(kOwnerOnly);
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const std::string why = lastWriteError();
        file.cancelWriting();
        return Error{"cannot write the file: " + why + "; it is as it was", path};
    }
    if (!file.commit())
        return Error{"cannot write the file: " + file.errorString().toStdString() + "; it is as it was", path};
    return true;
#endif
}

} // namespace dijkgraaf
