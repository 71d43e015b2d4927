#pragma once

#include "model/dataset.h"
#include "model/result.h"

#include <atomic>
#include <string>
#include <vector>

namespace dijkgraaf {

bool isSqliteFile(const std::string &path);
// The tables and views of an SQLite database, tables first.
Result<std::vector<std::string>> sqliteTables(const std::string &path);
// Reads one table or view into a Dataset as text values (types are inferred as for CSV;
// NULL is missing). The database is opened read-only and never modified.
Result<Dataset> readSqliteTable(const std::string &path, const std::string &table,
                                const std::atomic<bool> *cancel = nullptr,
                                std::uint64_t maxRecords = ~std::uint64_t(0));

} // namespace dijkgraaf
