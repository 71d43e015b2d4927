#include "wholefile.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace dijkgraaf {

std::string lastWriteError()
{
    return errno != 0 ? std::string(std::strerror(errno)) : std::string("the write was cut short");
}

Result<bool> writeWholeFile(const std::string &path, const QByteArray &bytes)
{
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
}

} // namespace dijkgraaf
