#include "postgrescells.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <cstdlib>
#include <limits>

namespace dijkgraaf {

namespace {

// NULL cannot be joined on: it stands as a text no value of the database has
const std::string kNull = "\x01";

std::string numberText(double x)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}

std::uint64_t count(std::string_view text)
{
    return std::strtoull(std::string(text).c_str(), nullptr, 10);
}

} // namespace

Result<CountedCells> countCellsInPostgres(const PostgresSource &source, const CellQuery &q,
                                          const std::atomic<bool> *cancel)
{
    auto opened = PostgresSession::open(source);
    if (!opened)
        return opened.error();
    PostgresSession &db = *opened;
    const std::size_t dims = q.dimensions.size();
    const std::size_t measures = q.measures.size();
    // joined on the values' texts with hash joins: the planner cannot know how many rows
    // match (the values are cast and coalesced), and a nested loop over an index per row
    // costs some 6 microseconds a row where a hash probe costs a fraction of one
    if (auto set = db.execute("SET enable_nestloop = off"); !set)
        return set.error();
    if (auto set = db.execute("SET enable_mergejoin = off"); !set)
        return set.error();
    // one mapping table per column, for this session only: per value its label in each
    // dimension on the column, its unit's period, its number for each measure on it
    struct Field
    {
        std::string name;
        const char *type;
        std::function<std::optional<std::string>(std::uint32_t code)> of;
    };
    std::vector<std::string> order; // the columns in the order first met
    std::map<std::string, std::vector<Field>> fields;
    auto field = [&](const std::string &column, Field f) {
        if (!fields.count(column))
            order.push_back(column);
        const std::string name = f.name;
        fields[column].push_back(std::move(f));
        const auto c = std::find(order.begin(), order.end(), column) - order.begin();
        return "dijkgraaf_" + std::to_string(c) + "." + name;
    };
    std::string select, inside, cellColumns;
    for (std::size_t i = 0; i < dims; ++i) {
        const CellQuery::Dimension &d = q.dimensions[i];
        const std::string l = "l" + std::to_string(i);
        select += field(d.column, {"x" + std::to_string(i), "bigint",
                                   [&d](std::uint32_t code) -> std::optional<std::string> {
                                       const std::int64_t label = d.labelOfCode[code];
                                       if (label < 0)
                                           return std::nullopt;
                                       return std::to_string(label);
                                   }}) +
                  " AS " + l + ", ";
        inside += (i ? " AND " : "") + l + " IS NOT NULL";
        cellColumns += (i ? ", " : "") + l;
    }
    if (q.periodColumn)
        select += field(*q.periodColumn, {"p", "bigint",
                                          [&q](std::uint32_t code) -> std::optional<std::string> {
                                              const std::int64_t p = q.periodOfCode[code];
                                              if (p == std::numeric_limits<std::int64_t>::min())
                                                  return std::nullopt;
                                              return std::to_string(p);
                                          }}) +
                  " AS p, ";
    for (std::size_t m = 0; m < measures; ++m) {
        const CellQuery::Measure &measure = q.measures[m];
        select += field(measure.column,
                        {"m" + std::to_string(m), "float8",
                         [&measure](std::uint32_t code) -> std::optional<std::string> {
                             const double x = measure.numberOfCode[code];
                             if (std::isnan(x))
                                 return std::nullopt;
                             return numberText(std::clamp(x, measure.lower, measure.upper));
                         }}) +
                  " AS m" + std::to_string(m) + ", ";
    }
    std::string from = db.rows();
    for (std::size_t c = 0; c < order.size(); ++c) {
        const std::vector<Field> &fs = fields[order[c]];
        const auto known = q.values.find(order[c]);
        if (known == q.values.end() || !known->second)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the table names a column '%1' that the "
                                                         "data does not have"),
                             {order[c]}, source.url());
        const CellQuery::Values &values = *known->second;
        const std::string table = "dijkgraaf_" + std::to_string(c);
        std::string columns = "v text NOT NULL";
        for (const Field &f : fs)
            columns += ", " + f.name + " " + f.type;
        if (auto made = db.execute("CREATE TEMPORARY TABLE " + table + " (" + columns + ")");
            !made)
            return made.error();
        // a field's text lives until the next row is filled
        std::vector<std::optional<std::string>> texts(fs.size());
        auto copied = db.copy(table, values.size(), fs.size() + 1,
                              [&](std::size_t r, PostgresSession::Fields &row) {
                                  const auto &[value, code] = values[r];
                                  row[0] = value ? std::string_view(*value)
                                                 : std::string_view(kNull);
                                  for (std::size_t f = 0; f < fs.size(); ++f) {
                                      texts[f] = fs[f].of(code);
                                      row[f + 1] = texts[f] ? std::optional<std::string_view>(
                                                                  std::string_view(*texts[f]))
                                                            : std::nullopt;
                                  }
                              });
        if (!copied)
            return copied.error();
        if (auto analyzed = db.execute("ANALYZE " + table); !analyzed)
            return analyzed.error();
        // every value of the column is listed: an inner join keeps every row
        from += " JOIN " + table + " ON " + table + ".v = coalesce(t." + db.identifier(order[c]) +
                "::text, " + db.literal(kNull) + ")";
    }
    if (q.subject)
        select += "coalesce(t." + db.identifier(*q.subject) + "::text, " + db.literal(kNull) +
                  ") AS s, ";
    select.resize(select.size() - 2); // the last ", "
    const std::string rows = "SELECT " + select + " FROM " + from;
    // the rows counted: inside the categories, with a moment for the unit where it has one
    const std::string counted = q.periodColumn ? inside + " AND p IS NOT NULL" : inside;

    CountedCells out;
    // the rows left out and, before the bounds, the rows of each bucket
    std::uint64_t countedRows = 0;
    {
        const std::string bucket =
            q.timedDimension ? "l" + std::to_string(*q.timedDimension) : std::string("0");
        auto done = db.query("SELECT " + inside + ", " + counted + ", " + bucket +
                                 ", count(*) FROM (" + rows + ") r GROUP BY 1, 2, 3",
                             cancel, [&](const PostgresSession::Fields &f) {
                                 const bool in = f[0] && *f[0] == "t";
                                 const std::uint64_t n = count(*f[3]);
                                 (f[1] && *f[1] == "t" ? countedRows : out.outsideRows) += n;
                                 if (in && q.timedDimension && q.bounds) {
                                     const auto l = static_cast<std::size_t>(count(*f[2]));
                                     if (out.rowsOfBucket.size() <= l)
                                         out.rowsOfBucket.resize(l + 1, 0);
                                     out.rowsOfBucket[l] += n;
                                 }
                             });
        if (!done)
            return done.error();
    }

    std::string sums;
    for (std::size_t m = 0; m < measures; ++m)
        sums += ", sum(m" + std::to_string(m) + ")";
    std::string sql;
    if (!q.subject) {
        // each record its own contributor, in one cell
        sql = "SELECT " + cellColumns + ", count(*), count(*)" + sums + " FROM (" + rows +
              ") r WHERE " + counted + " GROUP BY " + cellColumns;
    } else {
        const std::string unit = q.periodColumn ? "s, p" : "s";
        const ContributionBounds bounds =
            q.bounds ? *q.bounds
                     : ContributionBounds{std::numeric_limits<std::uint32_t>::max(),
                                          std::numeric_limits<std::uint32_t>::max(),
                                          ContributionBounds::Unit::Person, {}};
        const std::string maxRows = std::to_string(bounds.maxRowsPerCell);
        // per unit and cell: its rows. Without measures every row counts the same, so which
        // ones the row bound keeps changes no figure: the cell's records are least(n, bound).
        // With measures, that many rows are drawn at random and their values summed.
        std::string unitCells, records = "sum(least(n, " + maxRows + "))";
        if (measures == 0) {
            unitCells = "SELECT " + unit + ", " + cellColumns + ", count(*) AS n FROM (" + rows +
                        ") r WHERE " + counted + " GROUP BY " + unit + ", " + cellColumns;
        } else {
            std::string kept;
            for (std::size_t m = 0; m < measures; ++m)
                kept += ", sum(m" + std::to_string(m) + ") FILTER (WHERE j <= " + maxRows +
                        ") AS m" + std::to_string(m);
            unitCells = "SELECT " + unit + ", " + cellColumns + ", count(*) AS n" + kept +
                        " FROM (SELECT *, row_number() OVER (PARTITION BY " + unit + ", " +
                        cellColumns + " ORDER BY random()) AS j FROM (" + rows + ") r WHERE " +
                        counted + ") rr GROUP BY " + unit + ", " + cellColumns;
        }
        // maxCells of each unit's cells, drawn at random; then the cells
        sql = "SELECT " + cellColumns + ", " + records + ", count(*)" + sums +
              " FROM (SELECT *, row_number() OVER (PARTITION BY " + unit +
              " ORDER BY random()) AS k FROM (" + unitCells + ") uc) ch WHERE k <= " +
              std::to_string(bounds.maxCells) + " GROUP BY " + cellColumns;
    }
    auto done = db.query(sql, cancel, [&](const PostgresSession::Fields &f) {
        CountedCell c;
        c.labels.resize(dims);
        for (std::size_t i = 0; i < dims; ++i)
            c.labels[i] = static_cast<std::uint32_t>(count(*f[i]));
        c.records = count(*f[dims]);
        c.contributors = count(*f[dims + 1]);
        for (std::size_t m = 0; m < measures; ++m)
            c.sums.push_back(f[dims + 2 + m] ? std::strtod(std::string(*f[dims + 2 + m]).c_str(),
                                                           nullptr)
                                             : 0.0);
        out.records += c.records;
        out.cells.push_back(std::move(c));
    });
    if (!done)
        return done.error();
    out.droppedRows = countedRows - std::min(countedRows, out.records);
    return out;
}

} // namespace dijkgraaf
