#pragma once

#include "model/dataset.h"
#include "model/result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dijkgraaf {

enum class TextEncoding { Auto, Utf8, Windows1252 };
enum class RaggedRows { Stop, Skip };

struct CsvImportOptions
{
    char delimiter = 0; // 0: detect
    TextEncoding encoding = TextEncoding::Auto;
    RaggedRows raggedRows = RaggedRows::Stop;
    std::size_t maxRecordBytes = std::size_t(1) << 20;
    std::size_t chunkBytes = std::size_t(4) << 20;
    std::uint64_t maxRecords = ~std::uint64_t(0); // a preview reads no more than this
    const std::atomic<bool> *cancel = nullptr;    // checked once per chunk
    std::function<void(std::uint64_t done, std::uint64_t total)> progress; // bytes, once per chunk
    // Only these columns are kept (named; in the file's order); the others are parsed but never
    // stored, so that columns no output uses (direct identifiers) are never in memory. Empty:
    // every column.
    std::vector<std::string> keepColumns;
    // The records grouped while they are read: one row per distinct combination of the kept
    // columns' values, Dataset::rowRecords saying how many records each stands for. Memory
    // then follows the combinations and the distinct values, not the length of the file.
    bool combinations = false;
};

// Reads a CSV file with a header row into a columnar, dictionary-encoded Dataset. The file is
// streamed and never modified. A record whose field count differs from the header stops the
// import (Error.line names it) or, with RaggedRows::Skip, is left out and listed.
Result<Dataset> readCsv(const std::string &path, const CsvImportOptions &options = {});

// All records of a small headerless file (hierarchy tables), split at delimiter.
Result<std::vector<std::vector<std::string>>> readCsvRecords(const std::string &path,
                                                             char delimiter);

} // namespace dijkgraaf
