#pragma once

#include "aggregatetable.h"
#include "io/postgres.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// What a table counts, asked of PostgreSQL so that the rows stay in the database: each
// dimension's column with the label of each of its values (-1: outside the declared
// categories), worked out by the engine from the values exactly as for rows in memory and
// handed to the database as a small mapping table per column (value, then its fields).
struct CellQuery
{
    // per column the query names: the texts of its values as the database gives them (NULL
    // as nullopt), each with its code (readPostgresDomains); the fields below go by code
    using Values = std::vector<std::pair<std::optional<std::string>, std::uint32_t>>;
    std::map<std::string, const Values *> values;
    struct Dimension
    {
        std::string column;
        std::vector<std::int64_t> labelOfCode; // -1: outside
    };
    std::vector<Dimension> dimensions;
    // each record is its own contributor without one
    std::optional<std::string> subject;
    // the contribution bounds, where the table has them (with a subject)
    std::optional<ContributionBounds> bounds;
    // the unit's period of each code of the time column (person-day, person-week); the
    // smallest int64 where a value has no moment, which leaves its rows out
    std::optional<std::string> periodColumn;
    std::vector<std::int64_t> periodOfCode;
    // per measure: its column and the number of each code (NaN: left out), clamped
    struct Measure
    {
        std::string column;
        std::vector<double> numberOfCode;
        double lower = 0, upper = 0;
    };
    std::vector<Measure> measures;
    // the dimension whose rows before the bounds are counted per label (rowsOfBucket)
    std::optional<std::size_t> timedDimension;
};

struct CountedCell
{
    std::vector<std::uint32_t> labels;
    std::uint64_t records = 0;
    std::uint64_t contributors = 0; // units (person, person-day, person-week), or records
    std::vector<double> sums;
};

struct CountedCells
{
    std::vector<CountedCell> cells; // the cells with records, in no order
    std::uint64_t records = 0;      // after the bounds
    std::uint64_t outsideRows = 0;  // outside the categories, or without a moment for the unit
    std::uint64_t droppedRows = 0;  // left out by the bounds
    std::vector<std::uint64_t> rowsOfBucket; // per label of the timed dimension, before bounds
};

// Counts the cells in the database: the rows mapped to their labels (a join with the mapping
// tables), grouped per unit and cell, the bounds applied there (a window over a random order
// per unit: maxCells of a unit's cells, maxRowsPerCell of its rows in a cell, drawn by the
// database's random()), then grouped per cell. Only the cells' figures come back. Two scans of
// the rows: one for the rows left out and the rows per bucket, one for the cells.
Result<CountedCells> countCellsInPostgres(const PostgresSource &source, const CellQuery &query,
                                          const std::atomic<bool> *cancel = nullptr);

} // namespace dijkgraaf
