#include "exporter.h"

#include "catalogue.h"
#include "io/wholefile.h"

#include "io/sqliteconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <cstdio>
#include <unistd.h>
#endif
#include <set>

#include <sqlite3.h>

namespace dijkgraaf {

std::string fileStem(const std::string &name)
{
    std::string out;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c))
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "table" : out;
}

std::string neutraliseFormula(const std::string &text)
{
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + text;
    return text;
}

namespace {


QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Whole numbers as they are; others to about six significant digits, at least two decimals
std::string number(double v)
{
    if (std::isfinite(v) && v == std::round(v) && std::abs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    const int before =
        std::abs(v) >= 1 ? static_cast<int>(std::floor(std::log10(std::abs(v)))) + 1 : 0;
    QString s = QString::number(v, 'f', std::clamp(6 - before, 2, 8));
    while (s.endsWith('0') && s.contains('.') && s.indexOf('.') < s.size() - 3)
        s.chop(1);
    return s.toStdString();
}

bool isNoisy(const Release &r)
{
    return r.protection.kind != ProtectionSettings::Kind::Rules;
}

// Column names of the CSV, SQLite and JSON outputs, in order.
struct Columns
{
    std::vector<std::string> dims;
    std::vector<std::string> figures; // records, subjects, each measure
};

std::string columnName(const std::string &s)
{
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        out += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '_';
    }
    return out;
}

Columns columnsOf(const Release &r)
{
    Columns c;
    std::set<std::string> used;
    for (const auto &d : r.dimensionColumns) {
        std::string name = columnName(d);
        while (!used.insert(name).second)
            name += "_2";
        c.dims.push_back(name);
    }
    c.figures.push_back("records");
    if (r.hasSubjects)
        c.figures.push_back("subjects");
    for (const auto &m : r.measureNames)
        c.figures.push_back(columnName(m));
    return c;
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

QByteArray csvOf(const Release &r)
{
    const Columns cols = columnsOf(r);
    const bool noisy = isNoisy(r);
    std::string out;
    std::vector<std::string> header = cols.dims;
    header.insert(header.end(), cols.figures.begin(), cols.figures.end());
    if (noisy)
        for (const auto &f : cols.figures)
            header.push_back(f + "_error95");
    header.push_back("status");
    for (std::size_t i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + csvField(header[i]);
    out += "\r\n";
    for (const auto &c : r.cells) {
        std::vector<std::string> row;
        for (std::size_t d = 0; d < c.labels.size(); ++d)
            row.push_back(neutraliseFormula(labelOf(r, d, c.labels[d])));
        const auto figures = releasedFigures(r, c);
        for (const auto &f : figures)
            row.push_back(f ? number(*f) : "");
        if (noisy) {
            const auto errors = releasedErrors(r, c);
            for (std::size_t i = 0; i < errors.size(); ++i)
                row.push_back(figures[i] && !std::isnan(errors[i]) ? number(errors[i]) : "");
        }
        row.push_back(std::string(cellStateName(c.state)));
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + csvField(row[i]);
        out += "\r\n";
    }
    return QByteArray::fromStdString(out);
}

QJsonObject protectionJson(const Release &r)
{
    QJsonObject p = protectionToJson(r.protection);
    if (isNoisy(r))
        p["error_interval"] = "95 % of the noise lies within +- the *_error95 value";
    else
        p["audit"] = auditToJson(r.audit);
    return p;
}

QByteArray jsonOf(const std::vector<Release> &tables, const ReleaseMetadata &m)
{
    QJsonArray ts;
    for (const Release &r : tables) {
        const Columns cols = columnsOf(r);
        QJsonArray dims;
        for (std::size_t d = 0; d < r.dimensionNames.size(); ++d) {
            QJsonArray labels;
            for (const auto &l : r.labels[d])
                labels.append(q(l));
            dims.append(QJsonObject{
                {"name", q(cols.dims[d])}, {"title", q(r.dimensionNames[d])}, {"labels", labels}});
        }
        QJsonArray cells;
        for (const auto &c : r.cells) {
            QJsonObject cell;
            for (std::size_t d = 0; d < c.labels.size(); ++d)
                cell[q(cols.dims[d])] = q(labelOf(r, d, c.labels[d]));
            const auto figures = releasedFigures(r, c);
            const auto errors = releasedErrors(r, c);
            for (std::size_t i = 0; i < figures.size(); ++i) {
                cell[q(cols.figures[i])] = figures[i] ? QJsonValue(*figures[i]) : QJsonValue();
                if (isNoisy(r) && figures[i])
                    cell[q(cols.figures[i] + "_error95")] =
                        std::isnan(errors[i]) ? QJsonValue() : QJsonValue(errors[i]);
            }
            cell["status"] = q(std::string(cellStateName(c.state)));
            cells.append(cell);
        }
        ts.append(QJsonObject{{"name", q(fileStem(r.tableName))},
                              {"title", q(r.tableName)},
                              {"dimensions", dims},
                              {"protection", protectionJson(r)},
                              {"summary", summaryToJson(r.summary)},
                              {"cells", cells}});
    }
    const QJsonObject root{{"title", q(m.title)},
                           {"description", q(m.description)},
                           {"publisher", q(m.publisher)},
                           {"licence", q(m.licence)},
                           {"software", producerName()},
                           {"tables", ts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QString methodInWords(const Release &r)
{
    if (r.protection.kind == ProtectionSettings::Kind::CellKey) {
        const CellKeySettings &k = r.protection.cellKey;
        QString s = QString("Cell-key method: every count perturbed by at most %1 (variance %2%3) at "
                            "its cell's key, the sum of its records' keys; the same records give the "
                            "same counts in every release; totals perturbed by their own key.")
                        .arg(k.maxDeviation)
                        .arg(k.variance)
                        .arg(k.smallBelow > 1 ? QString(", no count from 1 to %1").arg(k.smallBelow - 1) : QString());
        if (!r.spec.measures.empty())
            s += QString(" Each sum moved by between %1 % and %2 % of each of its %3 largest "
                         "contributions (a mean is that sum over the perturbed count), the same in "
                         "every release of the same records; no interval is given for sums, since "
                         "it would tell the size of the largest contribution.")
                     .arg(k.minimumShare * k.percent)
                     .arg(k.percent)
                     .arg(k.top);
        return s;
    }
    if (isNoisy(r)) {
        const DpSettings &dp = r.protection.dp;
        QString s = dp.mechanism == DpSettings::Mechanism::Laplace
                        ? QString("Differential privacy: discrete Laplace noise, epsilon = %1 for "
                                  "the whole table")
                              .arg(dp.epsilon)
                        : QString("Differential privacy (zero-concentrated): discrete Gaussian "
                                  "noise, rho = %1 for the whole table")
                              .arg(dp.rho);
        if (r.hasSubjects)
            s += QString("; the privacy unit is a %1, counted in at most %2 cells and with at "
                         "most %3 rows per cell (those kept drawn at random)")
                     .arg(QString::fromUtf8(privacyUnitName(dp.bounds.unit).data()))
                     .arg(dp.bounds.maxCells)
                     .arg(dp.bounds.maxRowsPerCell);
        if (r.hasSubjects && recordsAreContributors(r.spec.dimensions, dp.bounds))
            s += "; records and subjects are one noisy count (each unit counts at most once "
                 "in a cell)";
        for (const MeasureSpec &m : r.spec.measures)
            s += QString("; each value of %1 held to [%2, %3] before it was summed")
                     .arg(QString::fromStdString(m.column))
                     .arg(m.lower)
                     .arg(m.upper);
        for (const DimensionSpec &d : r.spec.dimensions)
            if (d.domain.select)
                s += QString("; the categories of %1 selected from the data with noise (partition "
                             "selection: rho %2, delta %3)")
                         .arg(QString::fromStdString(d.column))
                         .arg(r.protection.dp.selectionRho)
                         .arg(r.protection.dp.selectionDelta);
            else if (d.domain.declared())
                s += QString("; the categories of %1 declared by %2")
                         .arg(QString::fromStdString(d.column), QString::fromStdString(d.domain.source));
        s += "; counts and sums are not clipped, so a small or empty cell may read below 0 "
             "(which keeps every figure and every total unbiased), and a mean is the noisy sum "
             "over the noisy count, held to the bounds of its values";
        return s + ".";
    }
    const TableRules &t = r.protection.rules;
    QString s = QString("Table rules: no count below %1 published").arg(t.threshold);
    if (t.dominance)
        s += QString("; (%1, %2) dominance rule on sums").arg(t.dominanceN).arg(t.dominanceK);
    if (t.pPercent)
        s += QString("; p%% rule with p = %1").arg(t.p);
    if (t.roundingBase)
        s += QString("; counts rounded to a multiple of %1").arg(t.roundingBase);
    return s + ".";
}

namespace {

// sha256:<hex>, as Data Package's "hash" states a file's checksum
QString hashOf(const QByteArray &bytes)
{
    return "sha256:" + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray datapackageOf(const std::vector<Release> &tables, const ReleaseMetadata &m,
                         const std::vector<std::string> &csvNames, const std::vector<OutputFile> &files)
{
    auto fileNamed = [&](const std::string &name) -> const OutputFile * {
        for (const auto &f : files)
            if (f.name == name)
                return &f;
        return nullptr;
    };
    QJsonArray resources;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const Release &r = tables[t];
        const Columns cols = columnsOf(r);
        QJsonArray fields;
        for (std::size_t d = 0; d < cols.dims.size(); ++d)
            fields.append(QJsonObject{{"name", q(cols.dims[d])},
                                      {"type", "string"},
                                      {"title", q(r.dimensionNames[d])},
                                      {"description", "\"Total\" marks a margin"}});
        for (std::size_t i = 0; i < cols.figures.size(); ++i) {
            const bool count = i == 0 || (r.hasSubjects && i == 1);
            const bool integral = count && !isNoisy(r) ? true : count;
            QJsonObject field{{"name", q(cols.figures[i])},
                              {"type", integral ? "integer" : "number"},
                              {"description", "empty where the cell is hidden"}};
            if (!integral) // the number format of the CSV: a point, no grouping, nothing around it
                field["decimalChar"] = ".", field["groupChar"] = "", field["bareNumber"] = true;
            else
                field["bareNumber"] = true;
            fields.append(field);
        }
        if (isNoisy(r))
            for (const auto &f : cols.figures)
                fields.append(QJsonObject{
                    {"name", q(f + "_error95")},
                    {"type", "number"},
                    {"decimalChar", "."},
                    {"groupChar", ""},
                    {"bareNumber", true},
                    {"description", q("half-width of the 95 % interval of the noise on " + f)}});
        fields.append(
            QJsonObject{{"name", "status"},
                        {"type", "string"},
                        {"constraints",
                         QJsonObject{{"enum", QJsonArray{"published", "hidden", "noisy"}}}}});
        QJsonArray primaryKey;
        for (const auto &d : cols.dims)
            primaryKey.append(q(d));
        QJsonObject resource{{"name", q(csvNames[t].substr(0, csvNames[t].size() - 4))},
                             {"path", q(csvNames[t])},
                             {"title", q(r.tableName)},
                             {"description", methodInWords(r)},
                             {"profile", "tabular-data-resource"},
                             {"format", "csv"},
                             {"mediatype", "text/csv"},
                             {"encoding", "utf-8"},
                             // how the CSV is written: commas, double quotes, CRLF, a header row
                             {"dialect", QJsonObject{{"delimiter", ","},
                                                     {"quoteChar", "\""},
                                                     {"doubleQuote", true},
                                                     {"lineTerminator", "\r\n"},
                                                     {"header", true}}},
                             {"schema", QJsonObject{{"fields", fields},
                                                    {"primaryKey", primaryKey},
                                                    {"missingValues", QJsonArray{""}}}}};
        if (const OutputFile *f = fileNamed(csvNames[t]))
            resource["bytes"] = static_cast<qint64>(f->bytes.size()), resource["hash"] = hashOf(f->bytes);
        resources.append(resource);
    }
    // the other files of the release, the report among them, as plain resources
    for (const auto &f : files) {
        const QString name = q(f.name);
        if (name.endsWith(".csv"))
            continue;
        const QString suffix = name.section('.', -1);
        QJsonObject resource{{"name", QString(name).replace('.', '-')},
                             {"path", name},
                             {"title", name.startsWith("report.") ? QStringLiteral("The report for readers")
                                                                 : name},
                             {"profile", "data-resource"},
                             {"format", suffix},
                             {"mediatype", q(mediaTypeOf(f.name))},
                             {"bytes", static_cast<qint64>(f.bytes.size())},
                             {"hash", hashOf(f.bytes)}};
        if (suffix == "html" || suffix == "json")
            resource["encoding"] = "utf-8";
        resources.append(resource);
    }
    QJsonObject root{
        {"profile", "data-package"},
        {"name", q(fileStem(m.title))},
        {"title", q(m.title)},
        {"description", q(m.description)},
        {"licenses", QJsonArray{QJsonObject{{"name", q(m.licence)}, {"path", q(m.licenceUrl)}}}},
        {"software", producerName()}, // a property of our own, which Frictionless allows
        {"resources", resources}};
    if (!m.publisher.empty())
        root["contributors"] =
            QJsonArray{QJsonObject{{"title", q(m.publisher)}, {"role", "publisher"}}};
    if (!m.keywords.empty()) {
        QJsonArray k;
        for (const auto &w : m.keywords)
            k.append(q(w));
        root["keywords"] = k;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// The release as an SQLite database, made in memory and taken out as bytes: no copy of it
// ever lies in a temporary folder.
Result<QByteArray> sqliteOf(const std::vector<Release> &tables, const ReleaseMetadata &m)
{
    QByteArray bytes;
    {
        SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWrite);
        if (!db.isOpen())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot create the SQLite export: %1"),
                             {db.error()});
        QSqlDatabase database = db.db();
        QSqlQuery query(database);
        database.transaction();
        auto exec = [&](const QString &sql) { return query.exec(sql); };
        exec("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)");
        query.prepare("INSERT INTO metadata VALUES (?, ?)");
        for (const auto &[k, v] :
             std::vector<std::pair<std::string, std::string>>{{"title", m.title},
                                                              {"description", m.description},
                                                              {"publisher", m.publisher},
                                                              {"licence", m.licence},
                                                              {"licence_url", m.licenceUrl}}) {
            query.bindValue(0, q(k));
            query.bindValue(1, q(v));
            query.exec();
        }
        for (const Release &r : tables) {
            const Columns cols = columnsOf(r);
            const QString table = q(columnName(fileStem(r.tableName)));
            QStringList defs, names;
            for (const auto &d : cols.dims)
                defs << "\"" + q(d) + "\" TEXT", names << "\"" + q(d) + "\"";
            // counts (records, subjects) are whole numbers, noisy or not; sums and means are not
            const std::size_t counts = r.hasSubjects ? 2 : 1;
            for (std::size_t f = 0; f < cols.figures.size(); ++f)
                defs << "\"" + q(cols.figures[f]) + (f < counts ? "\" INTEGER" : "\" REAL"),
                    names << "\"" + q(cols.figures[f]) + "\"";
            if (isNoisy(r))
                for (const auto &f : cols.figures)
                    defs << "\"" + q(f) + "_error95\" REAL", names << "\"" + q(f) + "_error95\"";
            defs << "status TEXT", names << "status";
            if (!exec("CREATE TABLE \"" + table + "\" (" + defs.join(", ") + ")"))
                return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the SQLite export: %1"),
                                 {query.lastError().text().toStdString()});
            QStringList marks;
            for (int i = 0; i < names.size(); ++i)
                marks << "?";
            query.prepare("INSERT INTO \"" + table + "\" (" + names.join(", ") + ") VALUES (" +
                          marks.join(", ") + ")");
            for (const auto &c : r.cells) {
                int i = 0;
                for (std::size_t d = 0; d < c.labels.size(); ++d)
                    query.bindValue(i++, q(labelOf(r, d, c.labels[d])));
                const auto figures = releasedFigures(r, c);
                for (std::size_t f = 0; f < figures.size(); ++f)
                    query.bindValue(i++, !figures[f]  ? QVariant()
                                         : f < counts ? QVariant(static_cast<qlonglong>(std::llround(*figures[f])))
                                                      : QVariant(*figures[f]));
                if (isNoisy(r)) {
                    const auto errors = releasedErrors(r, c);
                    for (std::size_t e = 0; e < errors.size(); ++e)
                        query.bindValue(i++, figures[e] && !std::isnan(errors[e]) ? QVariant(errors[e]) : QVariant());
                }
                query.bindValue(i++, q(std::string(cellStateName(c.state))));
                if (!query.exec())
                    return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the SQLite export: %1"),
                                     {query.lastError().text().toStdString()});
            }
        }
        if (!database.commit())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the SQLite export: %1"),
                             {database.lastError().text().toStdString()});
        // the connection's own handle (Qt's driver uses the system's SQLite, as we do)
        const QVariant handle = database.driver()->handle();
        sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                           ? *static_cast<sqlite3 *const *>(handle.constData())
                           : nullptr;
        if (!raw)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the SQLite export: the "
                                                         "database driver gives no handle"));
        sqlite3_int64 size = 0;
        unsigned char *image = sqlite3_serialize(raw, "main", &size, 0);
        if (!image)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the SQLite export: the "
                                                         "database could not be serialized"));
        bytes = QByteArray(reinterpret_cast<const char *>(image), static_cast<qsizetype>(size));
        sqlite3_free(image);
    }
    return bytes;
}

} // namespace

QString producerName()
{
    return QStringLiteral("Dijkgraaf " DIJKGRAAF_VERSION);
}

std::vector<std::string> csvFileNames(const std::vector<Release> &tables)
{
    std::vector<std::string> names;
    std::set<std::string> used;
    for (const Release &r : tables) {
        std::string name = fileStem(r.tableName) + ".csv";
        for (int i = 2; !used.insert(name).second; ++i)
            name = fileStem(r.tableName) + "-" + std::to_string(i) + ".csv";
        names.push_back(name);
    }
    return names;
}

Result<std::vector<OutputFile>> renderRelease(const std::vector<Release> &tables,
                                              const ReleaseMetadata &metadata,
                                              const ApprovalInfo &approval,
                                              const ExtraFiles &extra)
{
    if (auto problem = metadataProblem(metadata))
        return *problem;
    std::vector<OutputFile> files;
    const std::vector<std::string> csvNames = csvFileNames(tables);
    for (std::size_t t = 0; t < tables.size(); ++t)
        files.push_back({csvNames[t], csvOf(tables[t])});
    auto db = sqliteOf(tables, metadata);
    if (!db)
        return db.error();
    files.push_back({"release.sqlite", *db});
    files.push_back({"release.json", jsonOf(tables, metadata)});
    files.push_back({"report.html", reportHtml(tables, metadata, approval)});
    if (extra) {
        auto more = extra(tables, metadata, approval, files);
        if (!more)
            return more.error();
        for (auto &f : *more)
            files.push_back(std::move(f));
    }
    // the data package lists every file before it; the catalogue entry describes (and
    // hashes) every file before it, the data package included
    files.push_back({"datapackage.json", datapackageOf(tables, metadata, csvNames, files)});
    files.push_back({"dcat.jsonld", catalogueOf(tables, metadata, files, approval)});
    return files;
}

namespace {

// The files of the release in folder now: every file a release writes (those of this one, the
// metadata, the database and the report) and every table its datapackage.json lists.
std::set<QString> releaseFilesIn(const QString &folder, const std::vector<OutputFile> &files)
{
    std::set<QString> names{"datapackage.json", "dcat.jsonld", "release.json", "release.sqlite",
                            "report.html", "report.pdf"};
    for (const auto &f : files)
        names.insert(q(f.name));
    QFile package(QDir(folder).filePath("datapackage.json"));
    if (package.open(QIODevice::ReadOnly))
        for (const auto &r : QJsonDocument::fromJson(package.readAll()).object()["resources"].toArray()) {
            const QString path = r.toObject()["path"].toString();
            if (isPlainFileName(path.toStdString()))
                names.insert(path);
        }
    return names;
}

// A hard link where the file system allows one (instant, no second copy), else a copy.
bool linkOrCopy(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
#endif
    return QFile::copy(from, to);
}

// Swaps two folders. On Linux in one atomic step (renameat2 with RENAME_EXCHANGE); elsewhere by
// two renames, the old folder set aside under a name the next run recovers it from.
bool exchangeFolders(const QString &a, const QString &b)
{
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD,
                    QFile::encodeName(b).constData(), RENAME_EXCHANGE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false; // the file system refused for another reason: nothing was changed
#endif
    const QString aside = QFileInfo(b).absolutePath() + "/" + leftoverPrefix("old") + QFileInfo(b).fileName();
    if (!QDir().rename(b, aside))
        return false;
    if (!QDir().rename(a, b)) {
        QDir().rename(aside, b);
        return false;
    }
    return QDir().rename(aside, a);
}

} // namespace

bool isPlainFileName(const std::string &name)
{
    if (name.empty() || name == "." || name == ".." || name.size() > 255)
        return false;
    for (const char c : name)
        if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return false;
    return true;
}

Result<std::vector<std::string>> writeFilesAtomically(const std::vector<OutputFile> &files,
                                                      const std::string &folder,
                                                      const WriteOptions &options)
{
    // a name from a project file could point anywhere: only plain names are written
    for (const auto &f : files)
        if (!isPlainFileName(f.name))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "refused: a file to write is named '%1', "
                                                         "which is not a plain file name; nothing "
                                                         "was written"),
                             {f.name}, folder);
    const QString target = QDir::cleanPath(q(folder));
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' exists and is not a folder"), {folder});
    const bool existed = info.exists();
    if (existed && !options.force) {
        QStringList present;
        for (const auto &f : files)
            if (QFileInfo::exists(QDir(target).filePath(q(f.name))))
                present << q(f.name);
        if (!present.isEmpty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' already holds %2: give --force (or "
                                                         "confirm) to replace them"),
                             {folder, present.join(", ").toStdString()});
    }
    // the new release is made beside the folder, so that it can be swapped in whole
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot create the folder '%1'"),
                         {parent.toStdString()});
    removeLeftoversOfKilledRuns(parent);
    // named by this process, so that a later run tells a leftover of a killed one
    const QString staging =
        QDir(parent).filePath(leftoverPrefix("partial") + QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(staging))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write in '%1'"), {parent.toStdString()});
    QFile::setPermissions(staging, kOwnerOnly | QFileDevice::ExeOwner);
    auto cleanUp = [&] { QDir(staging).removeRecursively(); };

    for (const auto &f : files) {
        if (options.beforeFile && !options.beforeFile(f.name)) {
            cleanUp();
            return Error::cancellation("the export was stopped; nothing was written", folder);
        }
        QFile out(QDir(staging).filePath(q(f.name)));
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly) ||
            out.write(f.bytes) != f.bytes.size() || !out.flush()
#ifdef Q_OS_UNIX
            || ::fsync(out.handle()) != 0 // on disk before it is swapped in
#endif
        ) {
            const std::string why = out.errorString().toStdString();
            cleanUp();
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write '%1': %2"), {f.name, why},
                             folder);
        }
        out.close();
    }

    std::vector<std::string> written;
    if (!existed) {
        // a new folder appears whole, by one rename
        if (!QDir().rename(staging, target)) {
            cleanUp();
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot create '%1'"), {folder});
        }
        for (const auto &f : files)
            written.push_back(QDir(target).filePath(q(f.name)).toStdString());
        return written;
    }
    // Into an existing folder: the new release is made whole beside it, with every file of the
    // folder that belongs to no release carried over (linked, or copied), and then swapped in
    // whole. The old release's files go with the old folder, so no table of it stays beside
    // the new ones. A reader, or a kill, sees the old release or the new one, never a mix.
    const QDir old(target);
    if (!old.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
        cleanUp();
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' holds folders of its own; publish into a "
                                                     "folder of files only, or a new one"),
                         {folder});
    }
    const std::set<QString> releaseFiles = releaseFilesIn(target, files);
    for (const QString &name : old.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (releaseFiles.count(name) || QFileInfo::exists(QDir(staging).filePath(name)))
            continue;
        if (!linkOrCopy(old.filePath(name), QDir(staging).filePath(name))) {
            cleanUp();
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "cannot keep '%1' of the folder; nothing was changed"),
                             {name.toStdString()}, folder);
        }
    }
    if (options.beforeFile && !options.beforeFile("")) {
        cleanUp();
        return Error::cancellation("the export was stopped; nothing was written", folder);
    }
    if (!exchangeFolders(staging, target)) {
        cleanUp();
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "cannot replace the files in '%1'; they are as they were"),
                         {folder});
    }
    // staging now holds the old release
    cleanUp();
    for (const auto &f : files)
        written.push_back(QDir(target).filePath(q(f.name)).toStdString());
    return written;
}

} // namespace dijkgraaf
