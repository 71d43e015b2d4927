#pragma once

#include "model/column.h"
#include "model/hierarchy.h"
#include "model/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dijkgraaf {

// How a quasi-identifier's hierarchy is made: by a builder with its parameters, from the
// column's values, or as an explicit table (read from a file, or edited). Small and
// comparable, so that a configuration can be stored, undone and compared cheaply.
struct HierarchySpec
{
    enum class Kind { ValueOrSuppressed, Auto, Interval, Date, Masking, Table };
    Kind kind = Kind::ValueOrSuppressed;
    std::vector<double> widths;                 // Interval
    std::vector<int> lengths;                   // Masking (empty: the builder's default)
    std::vector<std::vector<std::string>> rows; // Table, in ARX's layout
    std::string source;                         // Table: where it came from, for the steward

    // "value", "auto", "interval:5,10,20", "date", "mask" or "mask:4,3,2,1", "table"
    std::string text() const;
    // The builder forms of text(); a table comes from rows, not from text.
    static Result<HierarchySpec> parse(std::string_view text);
    static HierarchySpec table(std::vector<std::vector<std::string>> rows, std::string source);

    bool operator==(const HierarchySpec &) const = default;
};

Result<Hierarchy> buildHierarchy(const Column &column, const HierarchySpec &spec);
// Why the spec cannot apply to the column's type (intervals of a column that holds text now,
// naming a value that is not a number), found without building anything; else none.
std::optional<Error> typeMisfit(const Column &column, const HierarchySpec &spec);

} // namespace dijkgraaf
