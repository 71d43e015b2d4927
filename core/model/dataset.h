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

    std::optional<std::size_t> columnIndex(std::string_view name) const;
    std::size_t codeBytes() const; // memory of all code arrays
};

} // namespace dijkgraaf
