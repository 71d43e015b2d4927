#pragma once

#include "column.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// A line of the source that was left out at import, and why.
struct RejectedLine
{
    std::uint64_t line = 0;
    std::size_t fields = 0;
};

// The imported data: columnar and dictionary-encoded. Never holds the source text.
class Dataset
{
public:
    std::vector<Column> columns;
    std::uint64_t rowCount = 0;
    std::string sourcePath;
    std::string encoding; // "UTF-8" or "Windows-1252"
    char delimiter = ',';
    std::vector<std::string> warnings;
    std::vector<RejectedLine> rejectedLines; // the first ones, up to a cap
    std::uint64_t rejectedLineCount = 0;
    // The records each row stands for, where the rows are combinations counted where the data
    // lives (a GROUP BY in the database); empty where each row is one record.
    std::vector<std::uint64_t> rowRecords;
    // Set where the data holds no rows, only each column's distinct values with the records
    // that hold each (valueCounts), the rows staying in a database (readPostgresDomains): the
    // number of records.
    std::optional<std::uint64_t> valuesOnlyRecords;
    // The records of the source: the rows, or what they stand for.
    std::uint64_t records() const
    {
        if (valuesOnlyRecords)
            return *valuesOnlyRecords;
        if (rowRecords.empty())
            return rowCount;
        std::uint64_t n = 0;
        for (const std::uint64_t r : rowRecords)
            n += r;
        return n;
    }

    std::optional<std::size_t> columnIndex(std::string_view name) const;
    std::size_t codeBytes() const; // memory of all code arrays
};

} // namespace dijkgraaf
