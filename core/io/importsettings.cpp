#include "importsettings.h"

#include "postgres.h"
#include "sqlitereader.h"
#include "typeinference.h"

#include <QJsonArray>

namespace dijkgraaf {

namespace {

constexpr std::pair<TextEncoding, const char *> kEncodings[] = {
    {TextEncoding::Auto, "auto"},
    {TextEncoding::Utf8, "utf-8"},
    {TextEncoding::Windows1252, "windows-1252"},
};

} // namespace

Result<Dataset> readData(const std::string &path, const ImportSettings &settings,
                         const std::atomic<bool> *cancel,
                         std::function<void(std::uint64_t, std::uint64_t)> progress,
                         const ReadScope &scope)
{
    CsvImportOptions options;
    options.delimiter = settings.delimiter;
    options.encoding = settings.encoding;
    options.raggedRows = settings.raggedRows;
    options.cancel = cancel;
    options.progress = std::move(progress);
    options.keepColumns = scope.columns;
    options.combinations = scope.combinations;
    auto read = [&]() -> Result<Dataset> {
        if (isPostgresUrl(path)) {
            // in PostgreSQL: the rows, or the combinations counted in the database
            auto source = PostgresSource::parse(path);
            if (!source)
                return source.error();
            if (scope.combinations)
                return readPostgresCombinations(*source, scope.columns, std::nullopt, cancel);
            return readPostgresRows(*source, scope.columns, cancel, options.progress);
        }
        return settings.table.empty() ? readCsv(path, options)
                                      : readSqliteTable(path, settings.table, cancel);
    };
    auto data = read();
    if (!data)
        return data;
    const bool whole = scope.columns.empty() || !settings.table.empty();
    for (std::size_t c = 0; whole && c < settings.types.size() && c < data->columns.size(); ++c) {
        if (!settings.types[c])
            continue;
        Column &column = data->columns[c];
        if (auto applied = applyColumnType(column, *settings.types[c], column.decimalMark);
            !applied) {
            Error e = applied.error();
            e.file = path;
            return e;
        }
    }
    return data;
}

QJsonObject importSettingsToJson(const ImportSettings &s)
{
    QJsonObject o;
    if (!s.table.empty())
        o["table"] = QString::fromStdString(s.table);
    if (s.delimiter)
        o["delimiter"] = QString(QChar::fromLatin1(s.delimiter));
    for (const auto &[encoding, name] : kEncodings)
        if (encoding == s.encoding && encoding != TextEncoding::Auto)
            o["encoding"] = QString::fromLatin1(name);
    if (s.raggedRows == RaggedRows::Skip)
        o["ragged_rows"] = QStringLiteral("skip");
    bool anyType = false;
    QJsonArray types;
    for (const auto &t : s.types) {
        anyType = anyType || t.has_value();
        types.append(t ? QJsonValue(QString::fromUtf8(valueTypeName(*t).data(),
                                                      qsizetype(valueTypeName(*t).size())))
                       : QJsonValue());
    }
    if (anyType)
        o["types"] = types;
    return o;
}

Result<ImportSettings> importSettingsFromJson(const QJsonObject &o)
{
    ImportSettings s;
    auto bad = [](const char *key, const QJsonValue &v) {
        const QString shown = v.isString() ? v.toString() : QStringLiteral("(not a text)");
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the import setting '%1' has the value '%2', "
                                                     "which Dijkgraaf does not know"),
                         {std::string(key), shown.left(40).toStdString()});
    };
    if (o.contains("table")) {
        if (!o["table"].isString() || o["table"].toString().isEmpty())
            return bad("table", o["table"]);
        s.table = o["table"].toString().toStdString();
    }
    if (o.contains("delimiter")) {
        const QString d = o["delimiter"].toString();
        if (d.size() != 1 || d[0].unicode() > 0x7e || d[0].unicode() < 0x09)
            return bad("delimiter", o["delimiter"]);
        s.delimiter = d[0].toLatin1();
    }
    if (o.contains("encoding")) {
        bool known = false;
        for (const auto &[encoding, name] : kEncodings)
            if (o["encoding"].toString() == QLatin1String(name)) {
                s.encoding = encoding;
                known = true;
            }
        if (!known)
            return bad("encoding", o["encoding"]);
    }
    if (o.contains("ragged_rows")) {
        const QString r = o["ragged_rows"].toString();
        if (r != QLatin1String("skip") && r != QLatin1String("stop"))
            return bad("ragged_rows", o["ragged_rows"]);
        s.raggedRows = r == QLatin1String("skip") ? RaggedRows::Skip : RaggedRows::Stop;
    }
    if (o.contains("types")) {
        if (!o["types"].isArray())
            return bad("types", o["types"]);
        for (const auto &v : o["types"].toArray()) {
            if (v.isNull()) {
                s.types.emplace_back();
                continue;
            }
            const std::optional<ValueType> type = valueTypeFromName(v.toString().toStdString());
            if (!type)
                return bad("types", v);
            s.types.push_back(type);
        }
    }
    return s;
}

} // namespace dijkgraaf
