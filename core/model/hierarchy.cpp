#include "hierarchy.h"

#include <map>

namespace dijkgraaf {

Result<Hierarchy> Hierarchy::fromRows(const std::vector<std::vector<std::string>> &rows)
{
    if (rows.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the hierarchy has no rows"));
    const std::size_t width = rows.front().size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].size() != width) {
            Error e = Error::of(QT_TRANSLATE_NOOP("Errors", "this row has %1 levels where the "
                                                            "first row has %2"),
                                {arg(rows[r].size()), arg(width)});
            e.line = r + 1;
            return e;
        }
    }
    return fromRowSource(rows.size(), width,
                         [&](std::size_t r, std::size_t l) { return rows[r][l]; });
}

Result<Hierarchy>
Hierarchy::fromRowSource(std::size_t rows, std::size_t width,
                         const std::function<std::string(std::size_t row, std::size_t level)> &cell)
{
    if (rows == 0 || width == 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the hierarchy has no rows"));
    Hierarchy h;
    std::size_t levels = width;
    // a top level that is not a single value gets "*" above it
    bool topSingle = true;
    const std::string top = cell(0, width - 1);
    for (std::size_t r = 1; r < rows && topSingle; ++r)
        topSingle = cell(r, width - 1) == top;
    const bool addStar = !topSingle || width == 1;
    if (addStar)
        ++levels;
    h.m_levels.resize(levels);

    std::vector<StringDictionary> labelIndex(levels);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t before = h.m_domain.size();
        const std::string value = cell(r, 0);
        h.m_domain.intern(value);
        if (h.m_domain.size() == before) {
            Error e = Error::of(QT_TRANSLATE_NOOP("Errors",
                                                  "the value '%1' appears in more than one row"),
                                {value});
            e.line = r + 1;
            return e;
        }
        // level 0 is the value itself, new in every row: its label is the row
        h.m_levels[0].labels.push_back(value);
        h.m_levels[0].labelOfLeaf.push_back(static_cast<std::uint32_t>(r));
        for (std::size_t l = 1; l < levels; ++l) {
            const std::string label = l < width ? cell(r, l) : std::string("*");
            auto &dict = labelIndex[l];
            const std::size_t n = dict.size();
            const std::uint32_t idx = dict.intern(label);
            if (dict.size() != n)
                h.m_levels[l].labels.push_back(label);
            h.m_levels[l].labelOfLeaf.push_back(idx);
        }
    }
    // nesting: every label of level l has one parent at level l+1
    for (std::size_t l = 1; l + 1 < levels; ++l) {
        std::vector<std::uint32_t> parent(h.m_levels[l].labels.size(), StringDictionary::npos);
        std::vector<std::uint32_t> firstRow(h.m_levels[l].labels.size(), 0);
        for (std::uint32_t leaf = 0; leaf < h.m_domain.size(); ++leaf) {
            const std::uint32_t g = h.m_levels[l].labelOfLeaf[leaf];
            const std::uint32_t p = h.m_levels[l + 1].labelOfLeaf[leaf];
            if (parent[g] == StringDictionary::npos) {
                parent[g] = p;
                firstRow[g] = leaf;
            } else if (parent[g] != p) {
                Error e = Error::of(
                    QT_TRANSLATE_NOOP("Errors", "the levels do not nest: '%1' at level %2 has two "
                                                "parents at level %3, '%4' (for '%5') and '%6' "
                                                "(for '%7')"),
                    {h.m_levels[l].labels[g], arg(l), arg(l + 1),
                     h.m_levels[l + 1].labels[parent[g]], cell(firstRow[g], 0),
                     h.m_levels[l + 1].labels[p], cell(leaf, 0)});
                e.line = leaf + 1;
                return e;
            }
        }
    }
    for (auto &level : h.m_levels) {
        level.leafCount.assign(level.labels.size(), 0);
        for (auto g : level.labelOfLeaf)
            ++level.leafCount[g];
    }
    return h;
}

Hierarchy Hierarchy::valueOrSuppressed(const std::vector<std::string> &domain)
{
    std::vector<std::vector<std::string>> rows;
    rows.reserve(domain.size());
    for (const auto &v : domain)
        rows.push_back({v, "*"});
    if (rows.empty())
        rows.push_back({"*", "*"});
    return *fromRows(rows);
}

std::vector<std::vector<std::string>> Hierarchy::toRows() const
{
    std::vector<std::vector<std::string>> rows(domainSize());
    for (std::uint32_t leaf = 0; leaf < domainSize(); ++leaf) {
        for (int l = 0; l <= height(); ++l)
            rows[leaf].push_back(label(l, leaf));
    }
    return rows;
}

} // namespace dijkgraaf
