#pragma once

#include "model/dataset.h"
#include "model/result.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// Data that lives in a PostgreSQL database: where to connect, and which rows (a table or view,
// or a query). Written as a URL:
//   postgresql://user@host:port/database?table=customers
//   postgresql://user@host:port/database?schema=sales&table=customers
//   postgresql://user@host:port/database?query=SELECT%20...
// Every part may be left out; libpq then takes its defaults (PGHOST, PGPORT, PGDATABASE,
// PGUSER, the local socket). The password is never part of it: libpq reads PGPASSWORD or the
// user's password file (~/.pgpass, or PGPASSFILE), so that no project, command line or file
// written by Dijkgraaf holds it.
struct PostgresSource
{
    std::string host, port, database, user;
    std::string schema, table; // the rows: a table or view (in a schema, or on the search path)
    std::string query;         // or a query (a SELECT), when no table is given

    // Parses the URL; the Error says what is wrong with it (a password in it, no table or
    // query, both, a parameter it does not know).
    static Result<PostgresSource> parse(const std::string &url);
    // The URL again, without a password (there is none): for messages and the data's name.
    std::string url() const;
};

// True for "postgresql://..." and "postgres://...".
bool isPostgresUrl(const std::string &text);

// What the rows of an address are called: its table, or "query".
std::string postgresRowsName(const std::string &url);

// A password the user typed (a prompt) for the source's server, database and user: every later
// connection of this process to them uses it. It is held in memory only, never written. An
// empty password forgets it.
void rememberPostgresPassword(const PostgresSource &source, const std::string &password);
// Whether the error is a server asking for a password that was not given, or refusing the one
// that was: the caller may ask the user and try again.
bool isPasswordRequest(const Error &error);

// The tables and views the user may read in the source's database, as "schema.table" (the
// schema left out for those on the search path), in order; the catalogues are not listed.
Result<std::vector<std::string>> postgresTables(const PostgresSource &source,
                                                const std::atomic<bool> *cancel = nullptr);

// Every row of the source, as a file is read: the named columns (empty: all), each value as
// its text (NULL is missing), types inferred as for a file. Rows are handed over one by one as
// they come (never the whole result at once). progress gets the rows read and, for a table,
// the planner's estimate of its rows (0 where there is none).
Result<Dataset> readPostgresRows(
    const PostgresSource &source, const std::vector<std::string> &columns = {},
    const std::atomic<bool> *cancel = nullptr,
    const std::function<void(std::uint64_t done, std::uint64_t total)> &progress = {});

// A connection to the source's database for statements of Dijkgraaf's own making (the
// aggregation of a release's tables): names quoted as identifiers, texts as literals.
class PostgresSession
{
public:
    static Result<PostgresSession> open(const PostgresSource &source);
    PostgresSession(PostgresSession &&) noexcept;
    PostgresSession &operator=(PostgresSession &&) noexcept;
    ~PostgresSession();

    const PostgresSource &source() const { return m_source; }
    std::string identifier(const std::string &name) const;
    std::string literal(const std::string &text) const;
    // The source's table (in its schema), quoted; empty for a query.
    std::string table() const;
    // The source's rows as a FROM item: the table or the query, named t.
    std::string rows() const;

    // The names of the source's columns, in order.
    Result<std::vector<std::string>> columnNames();
    // A statement that returns no rows.
    Result<bool> execute(const std::string &sql);
    // Rows into a table (COPY FROM STDIN), streamed: fill(row, fields) sets each field of row
    // 0 .. rows - 1 as text, NULL as nullopt (the views must live until fill is called again).
    using Fields = std::vector<std::optional<std::string_view>>;
    Result<bool> copy(const std::string &table, std::size_t rows, std::size_t width,
                      const std::function<void(std::size_t row, Fields &fields)> &fill);
    // A statement's rows, handed to `row` one by one as they come, each field as text (a NULL
    // as nullopt). cancel as for readPostgresCombinations.
    Result<bool> query(const std::string &sql, const std::atomic<bool> *cancel,
                       const std::function<void(const Fields &)> &row);

private:
    PostgresSession() = default;
    PostgresSource m_source;
    void *m_connection = nullptr; // PGconn
};

// What a release on data in PostgreSQL needs of its rows without reading them: every column
// with its distinct values (one scan, GROUPING SETS) and the records that hold each, as a
// Dataset with no rows (rowCount 0; each column's dictionary and valueCounts), types inferred
// from the values. values[c] pairs each distinct value's text as the database gives it (NULL
// as nullopt) with its code in column c, so that a statement can map values to codes.
struct PostgresDomains
{
    Dataset data;
    std::vector<std::vector<std::pair<std::optional<std::string>, std::uint32_t>>> values;
    std::uint64_t records = 0;
    // looked at while the database counts a release's cells (computeRelease): once set, the
    // statement is cancelled on the server
    const std::atomic<bool> *cancel = nullptr;
};
Result<PostgresDomains> readPostgresDomains(const PostgresSource &source,
                                            const std::atomic<bool> *cancel = nullptr);

// A digest of the source's records computed in the database, the same in any order of the
// rows: their number and the sum of the first 64 bits of the MD5 of each row's text (hex).
Result<std::string> postgresDigest(const PostgresSource &source,
                                   const std::atomic<bool> *cancel = nullptr);

// The distinct combinations of `columns` in the source's rows, computed in the database (one
// GROUP BY; only the aggregates come back): a Dataset with one row per combination, the
// columns' values as text (NULL is missing), types inferred as for a file, and rowRecords
// saying how many rows of the source each stands for. With a weight column, that column of the
// result holds the sum of the weights of the combination's rows. Names are quoted as
// identifiers, so that no column, table or schema name can change the statement. cancel is
// looked at while the database works; a cancelled statement is cancelled on the server too.
Result<Dataset> readPostgresCombinations(const PostgresSource &source,
                                         const std::vector<std::string> &columns,
                                         const std::optional<std::string> &weight = std::nullopt,
                                         const std::atomic<bool> *cancel = nullptr);

} // namespace dijkgraaf
