#include "postgres.h"

#include "typeinference.h"

#include <libpq-fe.h>

#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <thread>

namespace dijkgraaf {

namespace {

struct ConnectionDeleter
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Connection = std::unique_ptr<PGconn, ConnectionDeleter>;

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// libpq's messages end in a newline, some in several lines: one line, trimmed
std::string oneLine(const char *message)
{
    std::string s = message ? message : "";
    for (char &c : s)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

Result<Connection> connect(const PostgresSource &source)
{
    std::vector<const char *> keys, values;
    auto add = [&](const char *key, const std::string &value) {
        if (!value.empty()) {
            keys.push_back(key);
            values.push_back(value.c_str());
        }
    };
    add("host", source.host);
    add("port", source.port);
    add("dbname", source.database);
    add("user", source.user);
    const std::string application = "dijkgraaf", encoding = "UTF8", timeout = "10";
    add("application_name", application);
    add("client_encoding", encoding);
    add("connect_timeout", timeout);
    keys.push_back(nullptr);
    values.push_back(nullptr);
    Connection c(PQconnectdbParams(keys.data(), values.data(), 0));
    if (!c)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot connect to the database %1: %2"),
                         {source.url(), "out of memory"});
    if (PQstatus(c.get()) != CONNECTION_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot connect to the database %1: %2"),
                         {source.url(), oneLine(PQerrorMessage(c.get()))});
    // a partitioned table (shards on other servers through postgres_fdw) is aggregated per
    // partition, where the partition lies, when the grouping includes its partition key
    PgResult set(PQexec(c.get(), "SET enable_partitionwise_aggregate = on"));
    if (PQresultStatus(set.get()) != PGRES_COMMAND_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {source.url(), oneLine(PQresultErrorMessage(set.get()))});
    return c;
}

std::string identifier(PGconn *c, const std::string &name)
{
    char *quoted = PQescapeIdentifier(c, name.data(), name.size());
    if (!quoted)
        return {};
    std::string out = quoted;
    PQfreemem(quoted);
    return out;
}

// The rows the source names, as a FROM item: every name quoted as an identifier.
std::string rowsOf(PGconn *c, const PostgresSource &source)
{
    if (!source.table.empty())
        return (source.schema.empty() ? std::string() : identifier(c, source.schema) + ".") +
               identifier(c, source.table);
    return "(" + source.query + ") AS dijkgraaf_rows";
}

// Sends a statement and hands each row to `row` as it comes (single-row mode), so that a
// result of millions of rows is never held whole. Waits in short steps, looking at cancel;
// once it is set, the server is asked to cancel the statement.
Result<bool> stream(PGconn *c, const PostgresSource &source, const std::string &sql,
                    const std::atomic<bool> *cancel,
                    const std::function<void(const PGresult *)> &row)
{
    if (!PQsendQuery(c, sql.c_str()))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {source.url(), oneLine(PQerrorMessage(c))});
    PQsetSingleRowMode(c);
    bool cancelled = false;
    std::optional<Error> failure;
    for (;;) {
        while (PQisBusy(c)) {
            if (!cancelled && cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                if (PGcancel *request = PQgetCancel(c)) {
                    char message[256];
                    PQcancel(request, message, sizeof message);
                    PQfreeCancel(request);
                }
            }
            if (!PQconsumeInput(c))
                return Error::of(QT_TRANSLATE_NOOP("Errors",
                                                   "the connection to the database %1 was lost: %2"),
                                 {source.url(), oneLine(PQerrorMessage(c))});
            if (PQisBusy(c))
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        PgResult r(PQgetResult(c));
        if (!r)
            break;
        switch (PQresultStatus(r.get())) {
        case PGRES_SINGLE_TUPLE:
            if (!failure && !cancelled)
                row(r.get());
            break;
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
            break;
        default:
            if (!failure)
                failure = Error::of(
                    QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                    {source.url(), oneLine(PQresultErrorMessage(r.get()))});
            break;
        }
    }
    if (cancelled)
        return Error::cancellation("the query was cancelled", source.url());
    if (failure)
        return *failure;
    if (PQstatus(c) != CONNECTION_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the connection to the database %1 was lost: %2"),
                         {source.url(), oneLine(PQerrorMessage(c))});
    return true;
}

void append(Column &column, const PGresult *r, int field)
{
    const char *text = PQgetisnull(r, 0, field) ? "" : PQgetvalue(r, 0, field);
    column.codes.push(internValue(
        column, std::string_view(text, static_cast<std::size_t>(PQgetlength(r, 0, field)))));
}

} // namespace

bool isPostgresUrl(const std::string &text)
{
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

Result<PostgresSource> PostgresSource::parse(const std::string &text)
{
    if (!isPostgresUrl(text))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "not a PostgreSQL address: %1"), {text});
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (!url.isValid())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "not a PostgreSQL address: %1"),
                         {url.errorString().toStdString()});
    if (!url.password().isEmpty())
        return Error::of(QT_TRANSLATE_NOOP(
            "Errors", "a PostgreSQL address holds no password: give it in PGPASSWORD or in the "
                      "password file (~/.pgpass)"));
    PostgresSource s;
    s.host = url.host().toStdString();
    if (url.port() > 0)
        s.port = std::to_string(url.port());
    s.user = url.userName().toStdString();
    QString path = url.path();
    if (path.startsWith('/'))
        path.remove(0, 1);
    s.database = path.toStdString();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("table"))
            s.table = value.toStdString();
        else if (key == QLatin1String("schema"))
            s.schema = value.toStdString();
        else if (key == QLatin1String("query"))
            s.query = value.toStdString();
        else
            return Error::of(QT_TRANSLATE_NOOP("Errors", "a PostgreSQL address does not know "
                                                         "the parameter '%1'; it knows table, "
                                                         "schema and query"),
                             {key.toStdString()});
    }
    if (s.table.empty() == s.query.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a PostgreSQL address names the rows by "
                                                     "table=... or by query=..., one of them"));
    if (!s.schema.empty() && s.table.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a PostgreSQL address with schema=... "
                                                     "needs table=..."));
    return s;
}

std::string PostgresSource::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(QString::fromStdString(host));
    if (!port.empty())
        u.setPort(std::atoi(port.c_str()));
    u.setUserName(QString::fromStdString(user));
    u.setPath(QStringLiteral("/") + QString::fromStdString(database));
    QUrlQuery q;
    if (!schema.empty())
        q.addQueryItem(QStringLiteral("schema"), QString::fromStdString(schema));
    if (!table.empty())
        q.addQueryItem(QStringLiteral("table"), QString::fromStdString(table));
    if (!query.empty())
        q.addQueryItem(QStringLiteral("query"), QString::fromStdString(query));
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded).toStdString();
}

Result<Dataset> readPostgresCombinations(const PostgresSource &source,
                                         const std::vector<std::string> &columns,
                                         const std::optional<std::string> &weight,
                                         const std::atomic<bool> *cancel)
{
    auto c = connect(source);
    if (!c)
        return c.error();
    PGconn *conn = c->get();
    // SELECT "a"::text, "b"::text, count(*), sum("w")::float8 FROM rows GROUP BY "a", "b":
    // grouped by the columns themselves (not their text), so that a table partitioned by one
    // of them is aggregated partition by partition, each on the server that holds it
    std::string select, groups;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        select += identifier(conn, columns[i]) + "::text, ";
        groups += (i ? ", " : "") + identifier(conn, columns[i]);
    }
    select += "count(*)";
    if (weight)
        select += ", sum(" + identifier(conn, *weight) + ")::float8";
    std::string sql = "SELECT " + select + " FROM " + rowsOf(conn, source);
    if (!columns.empty())
        sql += " GROUP BY " + groups;

    Dataset data;
    data.sourcePath = source.url();
    data.encoding = "UTF-8";
    const std::size_t m = columns.size();
    data.columns.resize(m + (weight ? 1 : 0));
    for (std::size_t i = 0; i < m; ++i)
        data.columns[i].name = columns[i];
    if (weight)
        data.columns[m].name = *weight;
    bool nullWeight = false;
    auto streamed = stream(conn, source, sql, cancel, [&](const PGresult *r) {
        for (std::size_t i = 0; i < m; ++i)
            append(data.columns[i], r, static_cast<int>(i));
        data.rowRecords.push_back(
            std::strtoull(PQgetvalue(r, 0, static_cast<int>(m)), nullptr, 10));
        if (weight) {
            nullWeight = nullWeight || PQgetisnull(r, 0, static_cast<int>(m + 1));
            append(data.columns[m], r, static_cast<int>(m + 1));
        }
        ++data.rowCount;
    });
    if (!streamed)
        return streamed.error();
    if (data.rowCount == 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' holds no records"),
                         {source.table.empty() ? source.query : source.table}, source.url());
    if (nullWeight)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a sampling weight must be a positive "
                                                     "number; some records hold a missing value"),
                         {}, source.url(), 0, *weight);
    // a value's records are the rows of the source, not the combinations that hold it
    finishColumns(data);
    return data;
}

} // namespace dijkgraaf
