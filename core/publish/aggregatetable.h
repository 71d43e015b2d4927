#pragma once

#include "model/dataset.h"
#include "model/hierarchy.h"
#include "io/postgres.h"
#include "model/result.h"
#include "noise.h"

#include <atomic>

#include <cstdint>
#include <string>
#include <vector>

namespace dijkgraaf {

// How a date or date-time column becomes a dimension.
enum class TimeBucket { None, Hour, Day, Week, Month, Year, Decade };
// "", "hour", "day", "week", "month", "year", "decade"
std::string_view timeBucketName(TimeBucket bucket);
std::optional<TimeBucket> timeBucketFromName(std::string_view name);

// Which time buckets a column allows: none, days and longer (dates), or hours too (ISO date
// and time, "2026-03-01T08:15"), judged from its values.
enum class TimeResolution { None, Date, DateTime };
TimeResolution timeResolution(const Column &column);

// The categories of a dimension as the steward declares them, never taken from the data:
// under differential privacy which cells exist must not depend on who is in the data (one
// customer in a municipality no one else lives in would otherwise add its row). A list of
// labels (typed, from a code list file or from a hierarchy file's level), or for a time
// bucket the first and the last moment of the range. Records outside it are left out and
// counted.
struct DeclaredDomain
{
    std::vector<std::string> labels;
    std::string from, to; // ISO dates or date-times, both included (time buckets)
    std::string source;   // where it was declared: "the configuration", a file's name
    // not declared but selected from the data with noise (partition selection, under
    // differential privacy): labels then holds those a release selected, maybe none
    bool select = false;

    bool declared() const { return !labels.empty() || !from.empty() || select; }
    bool operator==(const DeclaredDomain &) const = default;
};

// One dimension of a published table: a column, at a level of its hierarchy (quasi-
// identifiers) or as it is, or a time bucket of a date-time column.
struct DimensionSpec
{
    std::string column;
    int level = 0;
    TimeBucket bucket = TimeBucket::None;
    DeclaredDomain domain;

    bool operator==(const DimensionSpec &) const = default;
};

// A numeric measure: the sum, or the mean, of a column, each value clamped to [lower, upper].
struct MeasureSpec
{
    enum class Kind { Sum, Mean };
    Kind kind = Kind::Sum;
    std::string column;
    double lower = 0;
    double upper = 0;

    bool operator==(const MeasureSpec &) const = default;
};

// What a published table holds. Every cell counts its records, and its distinct subjects
// when the data has a subject-id column. The distribution of a sensitive attribute is a count
// per category of it: its column is the table's last dimension, marked as such.
struct TableSpec
{
    std::string name = "table";
    std::vector<DimensionSpec> dimensions;
    std::vector<MeasureSpec> measures;
    std::string distribution; // a sensitive column, or empty
    DeclaredDomain distributionDomain;
    bool margins = false;     // totals per dimension and the grand total

    bool operator==(const TableSpec &) const = default;
};

// Bounds on what one privacy unit contributes, enforced before noise is added: at most
// maxCells cells, and at most maxRowsPerCell rows in each. Where a unit has more, the cells and
// rows kept are drawn uniformly at random (never the first ones in the file). The unit is a
// person (the subject), or a person on one day or in one week of the time column (unitColumn;
// empty: the table's first dimension with a time bucket), as mobility releases protect.
struct ContributionBounds
{
    enum class Unit { Person, PersonDay, PersonWeek };
    std::uint32_t maxCells = 1;
    std::uint32_t maxRowsPerCell = 1;
    Unit unit = Unit::Person;
    std::string unitColumn;

    bool operator==(const ContributionBounds &) const = default;
};

// One dimension resolved against the data: its labels in order, and the label of each code
// of its column.
struct ResolvedDimension
{
    std::string name; // the column's name, with the level or bucket: "age (level 2)"
    std::string column;
    std::vector<std::string> labels;
    std::vector<std::uint32_t> labelOfCode;
};

// A dimension's labels from a hierarchy level, a time bucket, or the column's own values.
// hierarchy may be null (no generalization). With a declared domain, the labels are those
// declared, and a code whose label is not among them maps to kOutsideDomain.
Result<ResolvedDimension> resolveDimension(const Dataset &data, const DimensionSpec &spec,
                                           const Hierarchy *hierarchy,
                                           const DeclaredDomain *domain = nullptr);

// The label of a code outside the declared domain (ResolvedDimension::labelOfCode).
constexpr std::uint32_t kOutsideDomain = ~std::uint32_t(0) - 1;


std::string_view privacyUnitName(ContributionBounds::Unit unit); // "person", "person-day", "person-week"
std::optional<ContributionBounds::Unit> privacyUnitFromName(std::string_view name);

// Under a person-day or a person-week, the period of each code of the unit's time column
// (days, or Monday-based weeks, since 1970; the smallest int64 where a code has no moment):
// the unit of a row is its subject with that period. Under a person: no column. The column is
// the named unitColumn, or the first dimension with a time bucket.
struct UnitPeriods
{
    const Column *time = nullptr;
    std::vector<std::int64_t> periodOfCode;
};
Result<UnitPeriods> unitPeriods(const Dataset &data, const ContributionBounds &bounds,
                                const std::vector<DimensionSpec> &dims);

// Items 0 .. n-1 grouped by their key, in their order within a key (a counting sort): the items
// of key k are order[start[k] .. start[k + 1]).
struct Groups
{
    std::vector<std::size_t> start;
    std::vector<std::uint32_t> order;
};
Groups groupByKey(const std::vector<std::uint32_t> &keyOfItem);

// Whether, after bounding, a cell's records are its contributors: at most one row per unit and
// cell, and each cell within one period of the unit (a person; or a person-day where the
// unit's time column is bucketed by hour or day; a person-week by hour, day or week). Then a
// noisy release publishes one noisy count for both, on the whole share of the budget. Decided
// from the settings alone, never from the data.
bool recordsAreContributors(const std::vector<DimensionSpec> &dimensions, const ContributionBounds &bounds);

// Marks a margin in AggregateCell::labels.
constexpr std::uint32_t kTotalLabel = ~std::uint32_t(0);

// One cell: its label per dimension (kTotalLabel in a margin), the true figures, and for each
// measure the largest contributions (of subjects, or of records without a subject column),
// which the dominance and p% rules look at.
struct AggregateCell
{
    std::vector<std::uint32_t> labels;
    std::uint64_t records = 0;
    std::uint64_t contributors = 0; // distinct subjects, or records without a subject column
    std::vector<double> sums;       // per measure, of clamped values
    std::vector<std::vector<double>> largest; // per measure, up to kLargestKept, descending
    // an inner cell listed because an earlier release listed it: it may hold no record now,
    // and no one can tell from the files whether it does (AggregateOptions::alsoList)
    bool listedBefore = false;
    // the sum of its records' keys modulo 2^64 (AggregateOptions::recordKeys; else 0)
    std::uint64_t cellKey = 0;

    bool isMargin() const;
    static constexpr std::size_t kLargestKept = 4;
};

// The true (unprotected) table: never exported as it is.
struct AggregateTable
{
    TableSpec spec;
    std::vector<ResolvedDimension> dimensions;
    bool hasSubjects = false;
    std::uint64_t records = 0;        // records counted (after contribution bounds, if any)
    std::uint64_t droppedRows = 0;    // rows the contribution bounds left out
    std::uint64_t outsideRows = 0;    // rows outside a declared domain, left out
    // under contribution bounds, with a time bucket: the rows inside the table's categories per
    // label of its first bucketed dimension, before the bounds (empty otherwise)
    std::vector<std::uint64_t> rowsOfBucket;
    std::size_t bucketDimension = 0;
    std::vector<AggregateCell> cells; // the inner cells in label order, then the margins
    // per dimension: every subject has records under one label of it only (a person's home
    // country), so distinct subjects add up along it
    std::vector<bool> oneLabelPerSubject;

    std::size_t innerCells() const;
    // "the cells whose figures add up to cell `total`": one relation per margin cell and
    // totalled dimension (the line of cells along that dimension)
    struct Relation
    {
        std::size_t total;
        std::vector<std::size_t> parts;
        std::size_t dimension; // the dimension the total is taken along
    };
    std::vector<Relation> relations() const;
};

struct AggregateOptions
{
    // every combination of the dimensions' labels gets a cell, also when no record has it
    // (differential privacy: which cells exist must not depend on the data)
    bool completeDomain = false;
    const ContributionBounds *bounds = nullptr;
    // draws the cells and rows the bounds keep (null: the system's secure generator)
    RandomSource *random = nullptr;
    // per row of the data, its record key (the cell-key method): each cell sums them
    const std::vector<std::uint64_t> *recordKeys = nullptr;
    std::size_t maxCells = 2000000; // each cell costs some 400 bytes while the table is built
    // inner cells (a label per dimension) an earlier release of the project listed: they are
    // listed again, also where no record has them now, so that their absence does not tell
    // that their last customers left (labels the dimensions no longer have are left out)
    std::vector<std::vector<std::string>> alsoList;
    // The rows are in PostgreSQL: data holds each column's values only (readPostgresDomains),
    // and the cells are counted in the database (postgrescells.h), under the bounds drawn
    // there. No record keys and no largest contributions (differential privacy needs
    // neither); with a subject column, the contributors of a margin are not counted (0).
    const PostgresDomains *database = nullptr;
    const std::atomic<bool> *cancel = nullptr;
};

// Builds the table in one pass over the records. hierarchies: per dimension, the hierarchy
// of its column or null. subjectColumn: the subject-id column or none.
Result<AggregateTable> buildAggregate(const Dataset &data, const TableSpec &spec,
                                      const std::vector<const Hierarchy *> &hierarchies,
                                      std::optional<std::size_t> subjectColumn,
                                      const AggregateOptions &options = {});

} // namespace dijkgraaf
