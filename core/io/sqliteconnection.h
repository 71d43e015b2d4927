#pragma once

#include <QSqlDatabase>
#include <QString>

#include <string>

namespace dijkgraaf {

// A connection to one SQLite file under a name of its own (so that threads and files never
// share one), closed and removed when it goes out of scope.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };
    SqliteConnection(const QString &file, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return m_open; }
    const std::string &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    std::string m_error;
};

} // namespace dijkgraaf
