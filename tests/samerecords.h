#pragma once

// Whether two datasets hold the same records, in any order: the same column names, and the
// same rows as multisets of their values' texts (a test's own check, by sorting).

#include "model/dataset.h"

#include <algorithm>
#include <string>
#include <vector>

namespace dijkgraaf::test {

inline std::vector<std::string> sortedRows(const Dataset &data)
{
    std::vector<std::string> rows;
    rows.reserve(static_cast<std::size_t>(data.rowCount));
    for (std::uint64_t r = 0; r < data.rowCount; ++r) {
        std::string row;
        for (const Column &c : data.columns) {
            row += c.text(c.codes.at(r));
            row += '\x1f';
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

inline bool sameRecords(const Dataset &a, const Dataset &b)
{
    if (a.columns.size() != b.columns.size())
        return false;
    for (std::size_t c = 0; c < a.columns.size(); ++c)
        if (a.columns[c].name != b.columns[c].name)
            return false;
    return sortedRows(a) == sortedRows(b);
}

} // namespace dijkgraaf::test
