#include "hierarchyspec.h"

#include "hierarchybuilders.h"

#include <charconv>
#include <cstdio>

namespace dijkgraaf {

namespace {

std::vector<std::string_view> splitCommas(std::string_view s)
{
    std::vector<std::string_view> out;
    while (!s.empty()) {
        const auto comma = s.find(',');
        std::string_view part = s.substr(0, comma);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        out.push_back(part);
        if (comma == std::string_view::npos)
            break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

std::string HierarchySpec::text() const
{
    switch (kind) {
    case Kind::ValueOrSuppressed:
        return "value";
    case Kind::Auto:
        return "auto";
    case Kind::Date:
        return "date";
    case Kind::Table:
        return "table";
    case Kind::Interval: {
        std::string s = "interval:";
        for (std::size_t i = 0; i < widths.size(); ++i)
            s += (i ? "," : "") + number(widths[i]);
        return s;
    }
    case Kind::Masking: {
        std::string s = "mask";
        for (std::size_t i = 0; i < lengths.size(); ++i)
            s += (i ? "," : ":") + std::to_string(lengths[i]);
        return s;
    }
    }
    return "value";
}

Result<HierarchySpec> HierarchySpec::parse(std::string_view text)
{
    const auto colon = text.find(':');
    const std::string_view kind = text.substr(0, colon);
    const std::string_view params =
        colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    HierarchySpec spec;
    auto bad = [&](const char *why) {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' is not a hierarchy: %2 (use "
                                                     "interval:5,10,20, date, mask or "
                                                     "mask:4,3,2,1, auto or value)"),
                         {std::string(text), word(why)});
    };
    if (kind == "interval") {
        spec.kind = Kind::Interval;
        for (auto p : splitCommas(params)) {
            double v = 0;
            const auto r = std::from_chars(p.data(), p.data() + p.size(), v);
            if (r.ec != std::errc() || r.ptr != p.data() + p.size() || !(v > 0))
                return bad(QT_TRANSLATE_NOOP("Errors", "interval widths must be positive numbers"));
            spec.widths.push_back(v);
        }
        if (spec.widths.empty())
            return bad(QT_TRANSLATE_NOOP("Errors", "give at least one interval width"));
    } else if (kind == "mask") {
        spec.kind = Kind::Masking;
        for (auto p : splitCommas(params)) {
            int v = 0;
            const auto r = std::from_chars(p.data(), p.data() + p.size(), v);
            if (r.ec != std::errc() || r.ptr != p.data() + p.size() || v < 1)
                return bad(QT_TRANSLATE_NOOP("Errors",
                                             "masking lengths must be whole numbers of at least 1"));
            spec.lengths.push_back(v);
        }
    } else if (kind == "date" && params.empty()) {
        spec.kind = Kind::Date;
    } else if (kind == "auto" && params.empty()) {
        spec.kind = Kind::Auto;
    } else if (kind == "value" && params.empty()) {
        spec.kind = Kind::ValueOrSuppressed;
    } else {
        return bad(QT_TRANSLATE_NOOP("Errors", "unknown kind"));
    }
    return spec;
}

HierarchySpec HierarchySpec::table(std::vector<std::vector<std::string>> rows, std::string source)
{
    HierarchySpec spec;
    spec.kind = Kind::Table;
    spec.rows = std::move(rows);
    spec.source = std::move(source);
    return spec;
}

std::optional<Error> typeMisfit(const Column &column, const HierarchySpec &spec)
{
    // both builders refuse a column of another type before they build anything
    if (spec.kind == HierarchySpec::Kind::Interval && !column.isNumeric())
        return buildIntervalHierarchy(column, spec.widths).error();
    if (spec.kind == HierarchySpec::Kind::Date && column.type != ValueType::Date)
        return buildDateHierarchy(column).error();
    return std::nullopt;
}

Result<Hierarchy> buildHierarchy(const Column &column, const HierarchySpec &spec)
{
    switch (spec.kind) {
    case HierarchySpec::Kind::ValueOrSuppressed:
        return buildValueOrSuppressedHierarchy(column);
    case HierarchySpec::Kind::Auto:
        return buildDefaultHierarchy(column);
    case HierarchySpec::Kind::Interval:
        return buildIntervalHierarchy(column, spec.widths);
    case HierarchySpec::Kind::Date:
        return buildDateHierarchy(column);
    case HierarchySpec::Kind::Masking:
        return buildMaskingHierarchy(column, spec.lengths);
    case HierarchySpec::Kind::Table: {
        auto h = Hierarchy::fromRows(spec.rows);
        if (!h) {
            Error e = h.error();
            e.column = column.name;
            if (e.file.empty())
                e.file = spec.source;
            return e;
        }
        return h;
    }
    }
    return buildValueOrSuppressedHierarchy(column);
}

} // namespace dijkgraaf
