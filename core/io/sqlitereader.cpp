#include "sqlitereader.h"

#include "sqliteconnection.h"
#include "typeinference.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QSqlRecord>
#include <QVariant>
#include <memory>

namespace dijkgraaf {

namespace {

QString quoted(const std::string &identifier)
{
    QString q = QString::fromStdString(identifier);
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

bool isSqliteFile(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

namespace {

// A read-only connection to the file, once it is known to be an SQLite database.
Result<std::unique_ptr<SqliteConnection>> openDatabase(const std::string &path)
{
    if (!isSqliteFile(path))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "this is not an SQLite database"), {}, path);
    auto c = std::make_unique<SqliteConnection>(QString::fromStdString(path),
                                                SqliteConnection::Mode::ReadOnly);
    if (!c->isOpen())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot open the database: %1"), {c->error()},
                         path);
    return c;
}

} // namespace

Result<std::vector<std::string>> sqliteTables(const std::string &path)
{
    auto c = openDatabase(path);
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db());
    if (!q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
            "'sqlite_%' ORDER BY type = 'view', name")))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the database: %1"),
                         {q.lastError().text().toStdString()}, path);
    std::vector<std::string> out;
    while (q.next())
        out.push_back(q.value(0).toString().toStdString());
    return out;
}

Result<Dataset> readSqliteTable(const std::string &path, const std::string &table,
                                const std::atomic<bool> *cancel, std::uint64_t maxRecords)
{
    auto c = openDatabase(path);
    if (!c)
        return c.error();
    QSqlQuery q((*c)->db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT * FROM ") + quoted(table);
    if (maxRecords != ~std::uint64_t(0))
        sql += QStringLiteral(" LIMIT ") + QString::number(maxRecords);
    if (!q.exec(sql))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read '%1': %2"),
                         {table, q.lastError().text().toStdString()}, path);
    Dataset data;
    data.sourcePath = path + "#" + table;
    data.encoding = "UTF-8";
    const QSqlRecord record = q.record();
    const int width = record.count();
    if (width == 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' has no columns"), {table}, path);
    data.columns.resize(static_cast<std::size_t>(width));
    for (int i = 0; i < width; ++i)
        data.columns[static_cast<std::size_t>(i)].name = record.fieldName(i).toStdString();
    while (q.next()) {
        for (int i = 0; i < width; ++i) {
            Column &column = data.columns[static_cast<std::size_t>(i)];
            const QVariant v = q.value(i);
            const QByteArray text = v.isNull() ? QByteArray() : v.toString().toUtf8();
            column.codes.push(internValue(
                column, std::string_view(text.constData(), static_cast<std::size_t>(text.size()))));
        }
        ++data.rowCount;
        if ((data.rowCount & 0xFFFF) == 0 && cancel && cancel->load()) {
            return Error::cancellation("the import was cancelled", path);
        }
    }
    if (data.rowCount == 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' holds no records"), {table}, path);
    finishColumns(data);
    return data;
}

} // namespace dijkgraaf
