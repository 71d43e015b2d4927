#pragma once

#include "csvreader.h"
#include "model/column.h"
#include "model/result.h"

#include "model/dataset.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// How a data file was read, as a project keeps it so that the file is read the same way when
// the project reopens: the SQLite table (empty for CSV), the delimiter and encoding as chosen
// (0 and Auto: detected), what was done with lines that do not fit, and the type forced on a
// column (by position; nullopt: the inferred one).
struct ImportSettings
{
    std::string table;
    char delimiter = 0;
    TextEncoding encoding = TextEncoding::Auto;
    RaggedRows raggedRows = RaggedRows::Stop;
    std::vector<std::optional<ValueType>> types;

    bool operator==(const ImportSettings &) const = default;
};

// What of a file is read: every column, or only those named; with combinations, a row per
// distinct combination of their values (see CsvImportOptions).
struct ReadScope
{
    std::vector<std::string> columns;
    bool combinations = false;
};

// The one way data is read, by the workbench and the command line alike: a CSV file (or the
// SQLite table the settings name) with the settings, or the rows a PostgreSQL address names
// (postgres.h), then the forced types. A scope narrows what is kept of a CSV file or of
// PostgreSQL rows (an SQLite table is read whole; types are forced only on whole data); of
// PostgreSQL, combinations are counted in the database.
Result<Dataset>
readData(const std::string &path, const ImportSettings &settings,
         const std::atomic<bool> *cancel = nullptr,
         std::function<void(std::uint64_t done, std::uint64_t total)> progress = {},
         const ReadScope &scope = {});

// {"table", "delimiter", "encoding", "ragged_rows", "types"}; only what differs from the
// defaults is written, so that a plain CSV's settings are {}.
QJsonObject importSettingsToJson(const ImportSettings &settings);
// The Error names the setting and its value.
Result<ImportSettings> importSettingsFromJson(const QJsonObject &json);

} // namespace dijkgraaf
