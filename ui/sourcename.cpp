#include "sourcename.h"

#include "io/postgres.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dijkgraaf {

bool isDatabaseSource(const QString &source)
{
    return isPostgresUrl(source.toStdString());
}

QString sourceLocation(const QString &source)
{
    return isDatabaseSource(source) ? source : QFileInfo(source).absoluteFilePath();
}

QString sourceName(const QString &source)
{
    if (!isDatabaseSource(source))
        return QFileInfo(source).fileName();
    auto s = PostgresSource::parse(source.toStdString());
    if (!s)
        return source;
    const QString database = QString::fromStdString(s->database);
    if (!s->table.empty())
        return QCoreApplication::translate("SourceName", "%1 in %2")
            .arg(QString::fromStdString(s->table), database);
    return QCoreApplication::translate("SourceName", "a query in %1").arg(database);
}

QString sourceBaseName(const QString &source)
{
    if (!isDatabaseSource(source))
        return QFileInfo(source).completeBaseName();
    return QString::fromStdString(postgresRowsName(source.toStdString()));
}

} // namespace dijkgraaf
