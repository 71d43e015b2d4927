#include "hierarchybuilders.h"

#include "io/textencoding.h"
#include "io/typeinference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace dijkgraaf {

namespace {

const std::string kMissingLabel = "missing";

std::string formatNumber(double v)
{
    char buf[64];
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// Rows for fromRows(): one per code, labels from label(code, level) for levels 1..n.
template <class Label>
Result<Hierarchy> rowsFromColumn(const Column &column, int levels, Label label)
{
    // a row per value of the column: the value, its label at each level, then "*"; made as
    // the hierarchy reads them
    const auto width = static_cast<std::size_t>(levels) + 2;
    auto h = Hierarchy::fromRowSource(
        column.dictionary.size(), width, [&](std::size_t row, std::size_t level) -> std::string {
            const auto code = static_cast<std::uint32_t>(row);
            if (level == 0)
                return std::string(column.dictionary.at(code));
            if (level + 1 == width)
                return "*";
            return code == column.missingCode ? std::string(kMissingLabel)
                                              : std::string(label(code, static_cast<int>(level)));
        });
    if (!h) {
        Error e = h.error();
        e.column = column.name;
        return e;
    }
    return h;
}

// A builder refusing a column of another type than it needs: what the column holds, and
// which of its values is not of the type (a column that held numbers when the project was
// saved may hold words now), where one is not.
Error wrongType(const Column &column, ValueType needed, const char *holds,
                const char *holdsValue)
{
    const ErrorArg what = word(valueTypeWord(column.type, TypeWord::Values));
    if (const auto misfit = firstMisfit(column, needed))
        return Error::of(holdsValue, {what, messageOf(*misfit)}, {}, 0, column.name);
    return Error::of(holds, {what}, {}, 0, column.name);
}

} // namespace

Result<Hierarchy> buildIntervalHierarchy(const Column &column, const std::vector<double> &widths)
{
    if (!column.isNumeric())
        return wrongType(column, ValueType::Decimal,
                         QT_TRANSLATE_NOOP("Errors", "intervals need a numeric column; this one "
                                                     "holds %1"),
                         QT_TRANSLATE_NOOP("Errors", "intervals need a numeric column; this "
                                                     "one holds %1: %2"));
    if (widths.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "give at least one interval width"), {}, {},
                         0, column.name);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (!(widths[i] > 0) || !std::isfinite(widths[i]))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "interval width %1 is not a positive "
                                                         "number"),
                             {formatNumber(widths[i])}, {}, 0, column.name);
        if (i > 0) {
            const double ratio = widths[i] / widths[i - 1];
            if (ratio <= 1.0 || std::fabs(ratio - std::round(ratio)) > 1e-9)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "interval width %1 is not a whole "
                                                             "multiple of %2 larger than it, so "
                                                             "the levels would not nest"),
                                 {formatNumber(widths[i]), formatNumber(widths[i - 1])}, {}, 0,
                                 column.name);
        }
    }
    bool integral = column.type == ValueType::Integer;
    for (double w : widths)
        integral = integral && w == std::floor(w);
    return rowsFromColumn(column, static_cast<int>(widths.size()),
                          [&](std::uint32_t code, int level) {
                              const double w = widths[static_cast<std::size_t>(level - 1)];
                              const double lo = std::floor(column.numbers[code] / w) * w;
                              if (integral && lo >= 0)
                                  return formatNumber(lo) + "-" + formatNumber(lo + w - 1);
                              return "[" + formatNumber(lo) + ", " + formatNumber(lo + w) + "[";
                          });
}

Result<Hierarchy> buildDateHierarchy(const Column &column)
{
    if (column.type != ValueType::Date)
        return wrongType(column, ValueType::Date,
                         QT_TRANSLATE_NOOP("Errors", "the date builder needs a date column; this "
                                                     "one holds %1"),
                         QT_TRANSLATE_NOOP("Errors", "the date builder needs a date column; "
                                                     "this one holds %1: %2"));
    return rowsFromColumn(column, 3, [&](std::uint32_t code, int level) {
        const CivilDate d = civilFromDays(static_cast<int>(column.numbers[code]));
        char buf[32];
        if (level == 1)
            std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
        else if (level == 2)
            std::snprintf(buf, sizeof buf, "%04d", d.year);
        else {
            const int decade = d.year - ((d.year % 10) + 10) % 10;
            std::snprintf(buf, sizeof buf, "%04d-%04d", decade, decade + 9);
        }
        return std::string(buf);
    });
}

Result<Hierarchy> buildMaskingHierarchy(const Column &column, std::vector<int> keptLengths)
{
    const bool postcode = column.type == ValueType::Postcode;
    auto normalised = [&](std::uint32_t code) {
        const std::string_view v = column.dictionary.at(code);
        if (postcode)
            if (auto pc = parsePostcode(v))
                return *pc;
        return std::string(v);
    };
    if (keptLengths.empty()) {
        if (postcode) {
            keptLengths = {4, 3, 2, 1};
        } else {
            std::size_t longest = 0;
            for (std::uint32_t c = 0; c < column.dictionary.size(); ++c)
                if (c != column.missingCode)
                    longest = std::max(longest, utf8Length(column.dictionary.at(c)));
            for (int n = static_cast<int>(longest) - 1; n >= 1; --n)
                keptLengths.push_back(n);
        }
    }
    for (std::size_t i = 0; i < keptLengths.size(); ++i) {
        if (keptLengths[i] < 1 || (i > 0 && keptLengths[i] >= keptLengths[i - 1]))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "masking lengths must be positive and "
                                                         "fall from level to level"),
                             {}, {}, 0, column.name);
    }
    return rowsFromColumn(
        column, static_cast<int>(keptLengths.size()), [&](std::uint32_t code, int level) {
            const std::string v = normalised(code);
            return std::string(utf8Prefix(
                v, static_cast<std::size_t>(keptLengths[static_cast<std::size_t>(level - 1)])));
        });
}

Result<Hierarchy>
buildGroupingHierarchy(const Column &column,
                       const std::vector<std::map<std::string, std::string>> &levels)
{
    // every value must find a group at every level; say which do not
    std::vector<std::vector<std::string>> chains(column.dictionary.size());
    for (std::uint32_t code = 0; code < column.dictionary.size(); ++code) {
        std::string current(column.dictionary.at(code));
        for (std::size_t l = 0; l < levels.size(); ++l) {
            const auto it = levels[l].find(current);
            if (it == levels[l].end())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the grouping at level %1 has no "
                                                             "group for '%2'"),
                                 {arg(l + 1), current}, {}, 0, column.name);
            current = it->second;
            chains[code].push_back(current);
        }
    }
    return rowsFromColumn(column, static_cast<int>(levels.size()),
                          [&](std::uint32_t code, int level) {
                              return chains[code][static_cast<std::size_t>(level - 1)];
                          });
}

Hierarchy buildValueOrSuppressedHierarchy(const Column &column)
{
    return Hierarchy::valueOrSuppressed(column.dictionary.values());
}

Hierarchy buildDefaultHierarchy(const Column &column)
{
    Result<Hierarchy> h = Error{};
    switch (column.type) {
    case ValueType::Date:
        h = buildDateHierarchy(column);
        break;
    case ValueType::Postcode:
        h = buildMaskingHierarchy(column);
        break;
    case ValueType::Integer:
    case ValueType::Decimal: {
        double lo = INFINITY, hi = -INFINITY;
        for (double v : column.numbers)
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        // a base width of about a fiftieth of the range, rounded to 1, 2 or 5 times a power of 10
        const double range = hi > lo ? hi - lo : 1.0;
        double base = std::pow(10.0, std::floor(std::log10(range / 50.0)));
        if (column.type == ValueType::Integer)
            base = std::max(base, 1.0);
        std::vector<double> widths = {5 * base, 10 * base, 20 * base, 100 * base};
        h = buildIntervalHierarchy(column, widths);
        break;
    }
    case ValueType::Text:
        break;
    }
    if (h)
        return *h;
    return buildValueOrSuppressedHierarchy(column);
}

Result<std::vector<std::uint32_t>> mapColumnToHierarchy(const Column &column,
                                                        const Hierarchy &hierarchy)
{
    std::vector<std::uint32_t> leaves(column.dictionary.size(), StringDictionary::npos);
    std::vector<std::uint32_t> uncovered;
    for (std::uint32_t code = 0; code < column.dictionary.size(); ++code) {
        std::uint32_t leaf = hierarchy.leafOf(column.dictionary.at(code));
        if (leaf == StringDictionary::npos && code == column.missingCode) {
            for (const char *token : {"NA", "NULL", "?", "missing"}) {
                leaf = hierarchy.leafOf(token);
                if (leaf != StringDictionary::npos)
                    break;
            }
        }
        leaves[code] = leaf;
        if (leaf == StringDictionary::npos && code < column.valueCounts.size() &&
            column.valueCounts[code] > 0)
            uncovered.push_back(code);
    }
    if (uncovered.empty())
        return leaves;
    std::sort(uncovered.begin(), uncovered.end(), [&](auto a, auto b) {
        return column.valueCounts[a] != column.valueCounts[b]
                   ? column.valueCounts[a] > column.valueCounts[b]
                   : a < b;
    });
    std::uint64_t records = 0;
    for (auto c : uncovered)
        records += column.valueCounts[c];
    // A message must not become a copy of the data: at most three values are named, and only
    // values that several records share (a value of one record, an e-mail address or a
    // customer number, would single that record out).
    std::optional<Error> list; // each piece a message of its own, said in the user's language
    std::size_t named = 0;
    for (const auto c : uncovered) {
        if (named == 3 || column.valueCounts[c] < 2)
            continue;
        const Error value =
            c == column.missingCode
                ? Error::of(QT_TRANSLATE_NOOP("Errors", "(missing) (%1 records)"),
                            {arg(column.valueCounts[c])})
                : Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' (%2 records)"),
                            {std::string(column.dictionary.at(c)), arg(column.valueCounts[c])});
        list = named++ ? Error::of("%1, %2", {messageOf(*list), messageOf(value)}) : value;
    }
    if (list)
        list = Error::of(QT_TRANSLATE_NOOP("Errors", "values of the data: %1"), {messageOf(*list)});
    const std::uint64_t unnamed = uncovered.size() - named;
    if (unnamed > 0)
        list = list ? Error::of(QT_TRANSLATE_NOOP("Errors", "%1, and %2 more not shown"),
                                {messageOf(*list), arg(unnamed)})
                    : Error::of(QT_TRANSLATE_NOOP("Errors",
                                                  "%1 value(s) not shown (each held by one "
                                                  "record, which it would single out)"),
                                {arg(unnamed)});
    return Error::of(
        uncovered.size() > 1
            ? QT_TRANSLATE_NOOP("Errors", "the hierarchy does not cover %1 values of the data, "
                                          "held by %2 records: %3")
        : records > 1 ? QT_TRANSLATE_NOOP("Errors", "the hierarchy does not cover 1 value of the "
                                                    "data, held by %2 records: %3")
                      : QT_TRANSLATE_NOOP("Errors", "the hierarchy does not cover 1 value of the "
                                                    "data, held by 1 record: %3"),
        {arg(uncovered.size()), arg(records), messageOf(*list)}, {}, 0, column.name);
}

} // namespace dijkgraaf
