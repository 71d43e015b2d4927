#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QSaveFile>
#include <QString>

#include <cstddef>
#include <string>

namespace dijkgraaf {

// Writes bytes to path complete or not at all: into a temporary file beside it, every write
// checked for its full length (a full disk writes short, without an error of its own), then
// flushed to disk and renamed over the old file (QSaveFile). On failure the old file is as it
// was, and the Error names the path and the system's reason ("No space left on device").
Result<bool> writeWholeFile(const std::string &path, const QByteArray &bytes);

// The same, written in parts: open(), write() as often as needed (each write checked; after a
// failed one nothing more is written), then commit(). A writer destroyed uncommitted removes
// its temporary file; one killed leaves it named for removeLeftoversOfKilledRuns().
class WholeFileWriter
{
public:
    explicit WholeFileWriter(std::string path);
    ~WholeFileWriter();
    WholeFileWriter(const WholeFileWriter &) = delete;
    WholeFileWriter &operator=(const WholeFileWriter &) = delete;

    Result<bool> open();
    void write(const char *data, std::size_t size);
    Result<bool> commit();

private:
    std::string m_path;
    QString m_temp;
    int m_fd = -1;
    std::string m_failure; // the first failed write's reason
#ifndef Q_OS_UNIX
    QSaveFile *m_file = nullptr;
#endif
};

// Files Dijkgraaf writes are the user's alone (0600) where the platform has such permissions.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Work in progress beside a file or folder is named ".dijkgraaf-KIND-PID-...", so that a later
// run tells what a killed process left: KIND is "partial" (a release being made), "saving" (a
// project being saved) or "old" (a release folder set aside while the new one moves in).
QString leftoverPrefix(const char *kind);
// Removes in folder what killed processes left (the processes that no longer run), and puts
// back a release folder set aside whose replacement never arrived.
void removeLeftoversOfKilledRuns(const QString &folder);

// The reason of the last failed write, in the system's words.
std::string lastWriteError();

} // namespace dijkgraaf
