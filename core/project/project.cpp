#include "project.h"

#include "io/sqliteconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace dijkgraaf {

namespace {

constexpr int kSchemaVersion = 1;

} // namespace

Result<std::string> fileSha256(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error{"cannot read the file: " + f.errorString().toStdString(), path};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{"cannot read the file: " + f.errorString().toStdString(), path};
    return hash.result().toHex().toStdString();
}

Result<bool> saveProject(const Project &project, const std::string &path)
{
    // build the database in a private folder, then move its bytes into place in one step
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{"cannot make a temporary folder to write the project", path};
    const QString temp = dir.filePath(QStringLiteral("project.sqlite"));
    {
        SqliteConnection c(temp, SqliteConnection::Mode::ReadWrite);
        if (!c.isOpen())
            return Error{"cannot write the project: " + c.error(), path};
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        const char *schema[] = {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE configuration (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT "
            "NULL)",
        };
        db.transaction();
        for (const char *sql : schema)
            if (!q.exec(QString::fromLatin1(sql)))
                return Error{"cannot write the project: " + q.lastError().text().toStdString(),
                             path};
        auto meta = [&](const QString &key, const QString &value) {
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            return q.exec();
        };
        bool ok =
            meta(QStringLiteral("application"), QStringLiteral("Dijkgraaf")) &&
            meta(QStringLiteral("schema_version"), QString::number(kSchemaVersion)) &&
            meta(QStringLiteral("source_path"), QString::fromStdString(project.sourcePath)) &&
            meta(QStringLiteral("source_bytes"), QString::number(project.sourceBytes)) &&
            meta(QStringLiteral("source_sha256"), QString::fromStdString(project.sourceSha256));
        q.prepare(QStringLiteral("INSERT INTO configuration (id, json) VALUES (1, ?)"));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(project.configuration).toJson(QJsonDocument::Indented)));
        ok = ok && q.exec();
        if (!ok || !db.commit())
            return Error{"cannot write the project: " + q.lastError().text().toStdString(), path};
    }
    QFile temporary(temp);
    if (!temporary.open(QIODevice::ReadOnly))
        return Error{"cannot write the project: " + temporary.errorString().toStdString(), path};
    QSaveFile out(QString::fromStdString(path));
    if (!out.open(QIODevice::WriteOnly))
        return Error{"cannot write the project: " + out.errorString().toStdString(), path};
    out.write(temporary.readAll());
    if (!out.commit())
        return Error{"cannot write the project: " + out.errorString().toStdString(), path};
    return true;
}

Result<Project> openProject(const std::string &path)
{
    if (!QFileInfo::exists(QString::fromStdString(path)))
        return Error{"the project file does not exist", path};
    QFile probe(QString::fromStdString(path));
    if (!probe.open(QIODevice::ReadOnly) || !probe.read(16).startsWith("SQLite format 3"))
        return Error{"this is not a Dijkgraaf project (not an SQLite file)", path};
    probe.close();
    SqliteConnection c(QString::fromStdString(path), SqliteConnection::Mode::ReadOnly);
    if (!c.isOpen())
        return Error{"cannot open the project: " + c.error(), path};
    QSqlQuery q(c.db());
    Project p;
    QString application;
    int version = 0;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return Error{"this is not a Dijkgraaf project (it has no project information)", path};
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("application"))
            application = value;
        else if (key == QLatin1String("schema_version"))
            version = value.toInt();
        else if (key == QLatin1String("source_path"))
            p.sourcePath = value.toStdString();
        else if (key == QLatin1String("source_bytes"))
            p.sourceBytes = value.toULongLong();
        else if (key == QLatin1String("source_sha256"))
            p.sourceSha256 = value.toStdString();
    }
    if (application != QLatin1String("Dijkgraaf"))
        return Error{"this is not a Dijkgraaf project", path};
    if (version > kSchemaVersion)
        return Error{"the project was written by a newer version of Dijkgraaf (format " +
                         std::to_string(version) + ")",
                     path};
    if (!q.exec(QStringLiteral("SELECT json FROM configuration WHERE id = 1")) || !q.next())
        return Error{"the project holds no configuration", path};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return Error{"the project's configuration is damaged: " +
                         parseError.errorString().toStdString(),
                     path};
    p.configuration = doc.object();
    return p;
}

SourceState checkSource(const Project &project, std::string *actualSha256)
{
    const QFileInfo info(QString::fromStdString(project.sourcePath));
    if (!info.exists())
        return SourceState::Missing;
    auto hash = fileSha256(project.sourcePath);
    if (!hash)
        return SourceState::Missing;
    if (actualSha256)
        *actualSha256 = *hash;
    return *hash == project.sourceSha256 ? SourceState::Unchanged : SourceState::Changed;
}

} // namespace dijkgraaf
