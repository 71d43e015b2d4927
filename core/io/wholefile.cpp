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
#include <utility>

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

#ifdef Q_OS_UNIX
// A temporary file beside the target, named so that a later run removes it if this one is
// killed (QSaveFile's own would stay behind as a copy of the data), flushed to disk, then
// renamed over the target, and the folder's entry flushed too.

WholeFileWriter::WholeFileWriter(std::string path) : m_path(std::move(path)) {}

WholeFileWriter::~WholeFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_temp);
    }
}

Result<bool> WholeFileWriter::open()
{
    const QFileInfo info(QString::fromStdString(m_path));
    const QString folder = info.absolutePath();
    removeLeftoversOfKilledRuns(folder);
    m_temp = QDir(folder).filePath(leftoverPrefix("saving") + info.fileName());
    m_fd = ::open(QFile::encodeName(m_temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1"),
                         {std::strerror(errno)}, m_path);
    return true;
}

void WholeFileWriter::write(const char *data, std::size_t size)
{
    while (m_failure.empty() && size > 0) {
        errno = 0;
        const ssize_t n = ::write(m_fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_failure = lastWriteError();
            return;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}

Result<bool> WholeFileWriter::commit()
{
    if (m_fd < 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: it was never opened"),
                         {}, m_path);
    errno = 0;
    if (m_failure.empty() && ::fsync(m_fd) != 0)
        m_failure = lastWriteError();
    if (m_failure.empty() && ::close(std::exchange(m_fd, -1)) != 0)
        m_failure = lastWriteError();
    if (!m_failure.empty()) {
        if (m_fd >= 0)
            ::close(std::exchange(m_fd, -1));
        QFile::remove(m_temp);
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1; it is as it was"),
                         {m_failure}, m_path);
    }
    const QFileInfo info(QString::fromStdString(m_path));
    if (::rename(QFile::encodeName(m_temp).constData(),
                 QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const std::string reason = std::strerror(errno);
        QFile::remove(m_temp);
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1; it is as it was"),
                         {reason}, m_path);
    }
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}
#else
WholeFileWriter::WholeFileWriter(std::string path) : m_path(std::move(path)) {}

WholeFileWriter::~WholeFileWriter()
{
    if (m_file)
        m_file->cancelWriting();
    delete m_file;
}

Result<bool> WholeFileWriter::open()
{
    m_file = new QSaveFile(QString::fromStdString(m_path));
    if (!m_file->open(QIODevice::WriteOnly))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1"),
                         {m_file->errorString().toStdString()}, m_path);
    // readable by the user only: these files hold, or are drawn from, a company's customer data
    m_file->setPermissions(kOwnerOnly);
    return true;
}

void WholeFileWriter::write(const char *data, std::size_t size)
{
    errno = 0;
    if (m_failure.empty() && m_file->write(data, static_cast<qint64>(size)) != static_cast<qint64>(size))
        m_failure = lastWriteError();
}

Result<bool> WholeFileWriter::commit()
{
    errno = 0;
    if (m_failure.empty() && !m_file->flush())
        m_failure = lastWriteError();
    if (!m_failure.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1; it is as it was"),
                         {m_failure}, m_path);
    if (!m_file->commit())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the file: %1; it is as it was"),
                         {m_file->errorString().toStdString()}, m_path);
    delete std::exchange(m_file, nullptr);
    return true;
}
#endif

Result<bool> writeWholeFile(const std::string &path, const QByteArray &bytes)
{
    WholeFileWriter writer(path);
    if (auto opened = writer.open(); !opened)
        return opened;
    writer.write(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return writer.commit();
}

} // namespace dijkgraaf
