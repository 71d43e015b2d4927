#include "project.h"

#include "io/importsettings.h"
#include "io/postgres.h"

#include "publish/publication.h"

#include "io/sqliteconnection.h"
#include "io/wholefile.h"
#include "publish/noise.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace dijkgraaf {

namespace {

constexpr int kSchemaVersion = 2;

} // namespace

std::string newCellKeySecret()
{
    SystemRandom random;
    std::string hex;
    for (int i = 0; i < 4; ++i)
        hex += QString("%1").arg(random.next(), 16, 16, QChar('0')).toStdString();
    return hex;
}

Result<std::string> fileSha256(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the file: %1"),
                         {f.errorString().toStdString()}, path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the file: %1"),
                         {f.errorString().toStdString()}, path);
    return hash.result().toHex().toStdString();
}

Result<std::string> sourceDigest(const std::string &source)
{
    if (!isPostgresUrl(source))
        return fileSha256(source);
    auto parsed = PostgresSource::parse(source);
    if (!parsed)
        return parsed.error();
    return postgresDigest(*parsed);
}

Result<bool> saveProject(const Project &project, const std::string &path)
{
    // build the database in a private folder beside the project (never in the system's temporary
    // folder, where a kill would leave a copy of it behind), then move its bytes into place in
    // one step; a later save removes what a killed one left
    const QString folder = QFileInfo(QString::fromStdString(path)).absolutePath();
    removeLeftoversOfKilledRuns(folder);
    QTemporaryDir dir(QDir(folder).filePath(leftoverPrefix("saving") + "XXXXXX"));
    if (!dir.isValid())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot make a temporary folder beside the "
                                                     "project to write it"),
                         {}, path);
    QFile::setPermissions(dir.path(), kOwnerOnly | QFileDevice::ExeOwner);
    const QString temp = dir.filePath(QStringLiteral("project.sqlite"));
    {
        SqliteConnection c(temp, SqliteConnection::Mode::ReadWrite);
        if (!c.isOpen())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the project: %1"),
                             {c.error()}, path);
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        const char *schema[] = {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE configuration (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT "
            "NULL)",
            "CREATE TABLE publication (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)",
            "CREATE TABLE approval (id INTEGER PRIMARY KEY, time TEXT NOT NULL, name TEXT NOT "
            "NULL, note TEXT NOT NULL, configuration_sha256 TEXT NOT NULL, input_sha256 TEXT NOT "
            "NULL)",
            "CREATE TABLE approval_table (approval_id INTEGER NOT NULL REFERENCES approval(id), "
            "position INTEGER NOT NULL, table_key TEXT NOT NULL, json TEXT NOT NULL)",
            "CREATE TABLE approval_file (approval_id INTEGER NOT NULL REFERENCES approval(id), "
            "name TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL)",
            // the privacy budget spent by each approved release
            "CREATE TABLE budget_ledger (approval_id INTEGER NOT NULL REFERENCES approval(id), "
            "time TEXT NOT NULL, epsilon REAL NOT NULL, rho REAL NOT NULL)",
        };
        db.transaction();
        for (const char *sql : schema)
            if (!q.exec(QString::fromLatin1(sql)))
                return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the project: %1"),
                                 {q.lastError().text().toStdString()}, path);
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
            meta(QStringLiteral("source_sha256"), QString::fromStdString(project.sourceSha256)) &&
            meta(QStringLiteral("cell_key_secret"),
                 QString::fromStdString(project.cellKeySecret.empty() ? newCellKeySecret()
                                                                      : project.cellKeySecret)) &&
            (project.import.isEmpty() ||
             meta(QStringLiteral("import"),
                  QString::fromUtf8(QJsonDocument(project.import).toJson(QJsonDocument::Compact))));
        q.prepare(QStringLiteral("INSERT INTO configuration (id, json) VALUES (1, ?)"));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(project.configuration).toJson(QJsonDocument::Indented)));
        ok = ok && q.exec();
        if (ok && !project.publication.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO publication (id, json) VALUES (1, ?)"));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(project.publication).toJson(QJsonDocument::Indented)));
            ok = q.exec();
        }
        for (std::size_t i = 0; ok && i < project.approvals.size(); ++i) {
            const Approval &a = project.approvals[i];
            const auto id = static_cast<qint64>(i + 1);
            q.prepare(QStringLiteral("INSERT INTO approval VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(id), QVariant(QString::fromStdString(a.time)),
                                      QVariant(QString::fromStdString(a.name)),
                                      QVariant(QString::fromStdString(a.note)),
                                      QVariant(QString::fromStdString(a.configurationSha256)),
                                      QVariant(QString::fromStdString(a.inputSha256))})
                q.addBindValue(v);
            ok = q.exec();
            for (qsizetype t = 0; ok && t < a.tables.size(); ++t) {
                q.prepare(QStringLiteral("INSERT INTO approval_table VALUES (?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(t);
                q.addBindValue(
                    QString::fromStdString(static_cast<std::size_t>(t) < a.tableKeys.size()
                                               ? a.tableKeys[static_cast<std::size_t>(t)]
                                               : ""));
                q.addBindValue(QString::fromUtf8(
                    QJsonDocument(a.tables[t].toObject()).toJson(QJsonDocument::Compact)));
                ok = q.exec();
            }
            for (std::size_t f = 0; ok && f < a.files.size(); ++f) {
                q.prepare(QStringLiteral("INSERT INTO approval_file VALUES (?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(QString::fromStdString(a.files[f].name));
                q.addBindValue(QString::fromLatin1(
                    QCryptographicHash::hash(a.files[f].bytes, QCryptographicHash::Sha256)
                        .toHex()));
                q.addBindValue(a.files[f].bytes);
                ok = q.exec();
            }
            if (ok) {
                q.prepare(QStringLiteral("INSERT INTO budget_ledger VALUES (?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(QString::fromStdString(a.time));
                q.addBindValue(a.epsilon);
                q.addBindValue(a.rho);
                ok = q.exec();
            }
        }
        if (!ok || !db.commit()) {
            const QString why = ok ? db.lastError().text() : q.lastError().text();
            db.rollback();
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "cannot write the project: %1; it is as it was"),
                             {why.trimmed().toStdString()}, path);
        }
    }
    QFile temporary(temp);
    if (!temporary.open(QIODevice::ReadOnly))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the project: %1"),
                         {temporary.errorString().toStdString()}, path);
    const QByteArray bytes = temporary.readAll();
    if (bytes.size() != temporary.size())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the project: its temporary copy "
                                                     "could not be read back"),
                         {}, path);
    if (auto written = writeWholeFile(path, bytes); !written)
        return written.error();
    return true;
}

Result<Project> openProject(const std::string &path)
{
    if (!QFileInfo::exists(QString::fromStdString(path)))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project file does not exist"), {}, path);
    QFile probe(QString::fromStdString(path));
    if (!probe.open(QIODevice::ReadOnly) || !probe.read(16).startsWith("SQLite format 3"))
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "this is not a Dijkgraaf project (not an SQLite file)"),
                         {}, path);
    probe.close();
    SqliteConnection c(QString::fromStdString(path), SqliteConnection::Mode::ReadOnly);
    if (!c.isOpen())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot open the project: %1"), {c.error()},
                         path);
    QSqlQuery q(c.db());
    // a damaged file is refused as a whole, never half read
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the project file is damaged (%1); open a copy saved "
                                           "before"),
                         {q.lastError().databaseText().toStdString()}, path);
    {
        // SQLite lists one problem per line, after a heading naming the database
        QStringList problems;
        while (q.next())
            for (const QString &line : q.value(0).toString().split('\n', Qt::SkipEmptyParts))
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                    problems << line.trimmed();
        if (!problems.isEmpty())
            return problems.size() > 1
                       ? Error::of(QT_TRANSLATE_NOOP("Errors",
                                                     "the project file is damaged (SQLite's check: "
                                                     "%1, and %2 more); open a copy saved before"),
                                   {problems.front().toStdString(),
                                    arg(static_cast<std::uint64_t>(problems.size() - 1))},
                                   path)
                       : Error::of(QT_TRANSLATE_NOOP("Errors",
                                                     "the project file is damaged (SQLite's check: "
                                                     "%1); open a copy saved before"),
                                   {problems.front().toStdString()}, path);
    }
    Project p;
    QString application;
    int version = 0;
    QString versionText;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "this is not a Dijkgraaf project (it has no "
                                                     "project information)"),
                         {}, path);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("application"))
            application = value;
        else if (key == QLatin1String("schema_version"))
            versionText = value;
        else if (key == QLatin1String("source_path"))
            p.sourcePath = value.toStdString();
        else if (key == QLatin1String("source_bytes"))
            p.sourceBytes = value.toULongLong();
        else if (key == QLatin1String("source_sha256"))
            p.sourceSha256 = value.toStdString();
        else if (key == QLatin1String("cell_key_secret"))
            p.cellKeySecret = value.toStdString();
        else if (key == QLatin1String("import")) {
            const QJsonDocument settings = QJsonDocument::fromJson(value.toUtf8());
            if (!settings.isObject() || !importSettingsFromJson(settings.object()))
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the project is damaged: how its data "
                                                             "is read cannot be understood"),
                                 {}, path);
            p.import = settings.object();
        }
    }
    if (application != QLatin1String("Dijkgraaf"))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "this is not a Dijkgraaf project"), {}, path);
    // the format version is a whole number from 1 up; anything else is damage, never read as
    // an old format (which would drop the approvals)
    bool numeric = false;
    version = versionText.toInt(&numeric);
    if (!numeric || version < 1 || versionText.trimmed() != versionText)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project is damaged: its format version "
                                                     "is '%1', not a number"),
                         {versionText.toStdString()}, path);
    if (version > kSchemaVersion)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project was written by a newer version of "
                                                     "Dijkgraaf (format %1)"),
                         {std::to_string(version)}, path);
    if (!q.exec(QStringLiteral("SELECT json FROM configuration WHERE id = 1")) || !q.next())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project holds no configuration"), {},
                         path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project's configuration is damaged: %1"),
                         {parseError.errorString().toStdString()}, path);
    p.configuration = doc.object();
    if (version < 2) {
        // written before tables could be published: a file that says so but holds approvals
        // was altered, and reading it as old would lose them
        if (q.exec(QStringLiteral("SELECT count(*) FROM approval")) && q.next() && q.value(0).toLongLong() > 0)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the project says it is of format %1, which "
                                                         "has no approvals, but it holds %2: it was "
                                                         "altered"),
                             {std::to_string(version), q.value(0).toString().toStdString()}, path);
        return p;
    }
    if (q.exec(QStringLiteral("SELECT json FROM publication WHERE id = 1")) && q.next()) {
        const QJsonDocument publication = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
        if (!publication.isObject())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the project's publication is damaged: %1"),
                             {parseError.errorString().toStdString()}, path);
        p.publication = publication.object();
    }
    if (!q.exec(QStringLiteral("SELECT a.id, a.time, a.name, a.note, a.configuration_sha256, "
                               "a.input_sha256, l.epsilon, l.rho FROM approval a LEFT JOIN "
                               "budget_ledger l ON l.approval_id = a.id ORDER BY a.id")))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the project's approvals are damaged"), {}, path);
    std::vector<qint64> ids;
    while (q.next()) {
        // an approval without its spending would be an approval whose budget vanished
        if (q.value(6).isNull() || q.value(7).isNull())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "approval %1 of the project has lost its "
                                                         "entry of the budget it spent: the project "
                                                         "is damaged"),
                             {arg(ids.size() + 1)}, path);
        Approval a;
        ids.push_back(q.value(0).toLongLong());
        a.time = q.value(1).toString().toStdString();
        a.name = q.value(2).toString().toStdString();
        a.note = q.value(3).toString().toStdString();
        a.configurationSha256 = q.value(4).toString().toStdString();
        a.inputSha256 = q.value(5).toString().toStdString();
        a.epsilon = q.value(6).toDouble();
        a.rho = q.value(7).toDouble();
        p.approvals.push_back(std::move(a));
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        Approval &a = p.approvals[i];
        q.prepare(QStringLiteral(
            "SELECT table_key, json FROM approval_table WHERE approval_id = ? ORDER BY position"));
        q.addBindValue(ids[i]);
        if (!q.exec())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the project's approvals are damaged"), {}, path);
        while (q.next()) {
            a.tableKeys.push_back(q.value(0).toString().toStdString());
            const QJsonDocument table = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &parseError);
            if (!table.isObject())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the tables of approval %1 are damaged "
                                                             "(%2): they cannot be published again "
                                                             "as they were"),
                                 {arg(i + 1), parseError.errorString().toStdString()}, path);
            // a stored table that no longer reads as a release would be released afresh (new
            // noise for the same people) by the next approval
            if (auto release = releaseFromJson(table.object()); !release)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the tables of approval %1 are damaged "
                                                             "(%2): they cannot be published again "
                                                             "as they were"),
                                 {arg(i + 1), messageOf(release.error())}, path);
            a.tables.append(table.object());
        }
        if (a.tables.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "approval %1 has lost its tables: the "
                                                         "project is damaged, and its release "
                                                         "cannot be published again as it was"),
                             {arg(i + 1)}, path);
        q.prepare(QStringLiteral(
            "SELECT name, sha256, bytes FROM approval_file WHERE approval_id = ? ORDER BY rowid"));
        q.addBindValue(ids[i]);
        if (!q.exec())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the project's approvals are damaged"), {}, path);
        while (q.next()) {
            OutputFile f{q.value(0).toString().toStdString(), q.value(2).toByteArray()};
            if (!isPlainFileName(f.name))
                return Error::of(QT_TRANSLATE_NOOP("Errors", "approval %1 names a file '%2', which "
                                                             "is not a plain file name: the project "
                                                             "was altered"),
                                 {arg(i + 1), f.name}, path);
            if (QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex() !=
                q.value(1).toString().toLatin1())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the stored file '%1' of approval %2 "
                                                             "does not match its hash"),
                                 {f.name, arg(i + 1)}, path);
            a.files.push_back(std::move(f));
        }
        if (a.files.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "approval %1 has lost its files: the "
                                                         "project is damaged, and its release "
                                                         "cannot be published again as it was"),
                             {arg(i + 1)}, path);
    }
    return p;
}

std::string configurationSha256(const QJsonObject &configuration, const QJsonObject &publication)
{
    const QJsonObject both{{"configuration", configuration}, {"publication", publication}};
    return QCryptographicHash::hash(QJsonDocument(both).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

} // namespace dijkgraaf
