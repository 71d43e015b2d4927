#pragma once

#include "result.h"
#include "stringdictionary.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dijkgraaf {

// How one quasi-identifier generalizes: levels 0..height, level 0 the original values (the
// domain), the top level the single value "*". Each level maps every domain value to a
// label, and the levels nest: values that share a label at one level share it at every
// level above.
class Hierarchy
{
public:
    Hierarchy() = default;

    // From ARX-style rows: the original value first, then its value at level 1, 2, ...
    // Rows must be equally long and nest; a "*" level is added when the last level still
    // has more than one value.
    static Result<Hierarchy> fromRows(const std::vector<std::vector<std::string>> &rows);
    // The same from rows that are made as they are read: cell(row, level) for rows 0..rows-1
    // and levels 0..width-1, asked for once or twice each, so that no table of all the rows'
    // texts is ever held (550,000 postcodes at five levels took 150 MB that way).
    static Result<Hierarchy>
    fromRowSource(std::size_t rows, std::size_t width,
                  const std::function<std::string(std::size_t row, std::size_t level)> &cell);
    // Two levels: the value itself and "*".
    static Hierarchy valueOrSuppressed(const std::vector<std::string> &domain);

    int height() const { return static_cast<int>(m_levels.size()) - 1; }
    std::size_t domainSize() const { return m_domain.size(); }
    const std::string &domainValue(std::uint32_t leaf) const { return m_levels[0].labels[leaf]; }
    // Leaf index of a level-0 value, or StringDictionary::npos.
    std::uint32_t leafOf(std::string_view value) const { return m_domain.find(value); }

    std::size_t labelCount(int level) const { return m_levels[level].labels.size(); }
    std::uint32_t labelIndex(int level, std::uint32_t leaf) const
    {
        return m_levels[level].labelOfLeaf[leaf];
    }
    const std::string &label(int level, std::uint32_t leaf) const
    {
        return m_levels[level].labels[m_levels[level].labelOfLeaf[leaf]];
    }
    const std::vector<std::string> &labels(int level) const { return m_levels[level].labels; }
    const std::vector<std::uint32_t> &labelOfLeaf(int level) const
    {
        return m_levels[level].labelOfLeaf;
    }
    // leaves(g): how many domain values map to each label of a level.
    const std::vector<std::uint32_t> &leafCounts(int level) const
    {
        return m_levels[level].leafCount;
    }

    // The rows of fromRows(), one per domain value.
    std::vector<std::vector<std::string>> toRows() const;

private:
    struct Level
    {
        std::vector<std::string> labels;
        std::vector<std::uint32_t> labelOfLeaf;
        std::vector<std::uint32_t> leafCount;
    };
    StringDictionary m_domain;
    std::vector<Level> m_levels;
};

} // namespace dijkgraaf
