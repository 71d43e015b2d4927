#include "postgres.h"

#include "typeinference.h"

#include <libpq-fe.h>

#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
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

const char *const kPasswordRequest =
    QT_TRANSLATE_NOOP("Errors", "the database %1 asks for a password: %2");

// the passwords typed in this process, per server, port, database and user
std::mutex g_passwordsMutex;
std::map<std::string, std::string> &passwords()
{
    static std::map<std::string, std::string> map;
    return map;
}
std::string passwordKey(const PostgresSource &s)
{
    return s.host + '\n' + s.port + '\n' + s.database + '\n' + s.user;
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
    std::string password;
    {
        const std::lock_guard lock(g_passwordsMutex);
        if (const auto it = passwords().find(passwordKey(source)); it != passwords().end())
            password = it->second;
    }
    add("password", password);
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
    if (PQstatus(c.get()) != CONNECTION_OK) {
        // a password the server asked for and did not get, or refused
        const bool password =
            PQconnectionNeedsPassword(c.get()) ||
            (PQconnectionUsedPassword(c.get()) &&
             std::string(PQerrorMessage(c.get())).find("password") != std::string::npos);
        return Error::of(password ? kPasswordRequest
                                  : QT_TRANSLATE_NOOP("Errors",
                                                      "cannot connect to the database %1: %2"),
                         {source.url(), oneLine(PQerrorMessage(c.get()))});
    }
    // a partitioned table (shards on other servers through postgres_fdw) is aggregated per
    // partition, where the partition lies, when the grouping includes its partition key
    PgResult set(PQexec(c.get(), "SET enable_partitionwise_aggregate = on"));
    if (PQresultStatus(set.get()) != PGRES_COMMAND_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {source.url(), oneLine(PQresultErrorMessage(set.get()))});
    return c;
}

std::string quotedName(PGconn *c, const std::string &name)
{
    char *quoted = PQescapeIdentifier(c, name.data(), name.size());
    if (!quoted)
        return {};
    std::string out = quoted;
    PQfreemem(quoted);
    return out;
}

// A value's text as a column keeps it (NULL is missing).
void append(Column &column, const std::optional<std::string_view> &text)
{
    column.codes.push(internValue(column, text ? *text : std::string_view()));
}

Error noRecords(const PostgresSource &source)
{
    return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' holds no records"),
                     {source.table.empty() ? source.query : source.table}, source.url());
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
    auto cancelIfAsked = [&] {
        if (!cancelled && cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            if (PGcancel *request = PQgetCancel(c)) {
                char message[256];
                PQcancel(request, message, sizeof message);
                PQfreeCancel(request);
            }
        }
    };
    std::uint64_t rows = 0;
    for (;;) {
        // rows that keep coming leave libpq seldom busy: looked at every 4,096 rows too
        if ((++rows & 0xFFF) == 0)
            cancelIfAsked();
        while (PQisBusy(c)) {
            cancelIfAsked();
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

} // namespace

Result<PostgresSession> PostgresSession::open(const PostgresSource &source)
{
    auto c = connect(source);
    if (!c)
        return c.error();
    PostgresSession s;
    s.m_source = source;
    s.m_connection = c->release();
    return s;
}

PostgresSession::PostgresSession(PostgresSession &&o) noexcept
    : m_source(std::move(o.m_source)), m_connection(std::exchange(o.m_connection, nullptr))
{
}

PostgresSession &PostgresSession::operator=(PostgresSession &&o) noexcept
{
    if (this != &o) {
        if (m_connection)
            PQfinish(static_cast<PGconn *>(m_connection));
        m_source = std::move(o.m_source);
        m_connection = std::exchange(o.m_connection, nullptr);
    }
    return *this;
}

PostgresSession::~PostgresSession()
{
    if (m_connection)
        PQfinish(static_cast<PGconn *>(m_connection));
}

std::string PostgresSession::identifier(const std::string &name) const
{
    return quotedName(static_cast<PGconn *>(m_connection), name);
}

std::string PostgresSession::literal(const std::string &text) const
{
    char *quoted = PQescapeLiteral(static_cast<PGconn *>(m_connection), text.data(), text.size());
    if (!quoted)
        return "NULL";
    std::string out = quoted;
    PQfreemem(quoted);
    return out;
}

std::string PostgresSession::table() const
{
    if (m_source.table.empty())
        return {};
    return (m_source.schema.empty() ? std::string() : identifier(m_source.schema) + ".") +
           identifier(m_source.table);
}

std::string PostgresSession::rows() const
{
    if (!m_source.table.empty())
        return table() + " AS t";
    return "(" + m_source.query + ") AS t";
}

Result<std::vector<std::string>> PostgresSession::columnNames()
{
    // the rows' shape, without a row
    PgResult r(PQexec(static_cast<PGconn *>(m_connection),
                      ("SELECT * FROM " + rows() + " LIMIT 0").c_str()));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {m_source.url(), oneLine(PQresultErrorMessage(r.get()))});
    std::vector<std::string> names;
    for (int i = 0; i < PQnfields(r.get()); ++i)
        names.emplace_back(PQfname(r.get(), i));
    return names;
}

Result<bool> PostgresSession::execute(const std::string &sql)
{
    PgResult r(PQexec(static_cast<PGconn *>(m_connection), sql.c_str()));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {m_source.url(), oneLine(PQresultErrorMessage(r.get()))});
    return true;
}

Result<bool> PostgresSession::copy(const std::string &table, std::size_t rows, std::size_t width,
                                   const std::function<void(std::size_t, Fields &)> &fill)
{
    PGconn *c = static_cast<PGconn *>(m_connection);
    auto refused = [&](const char *message) {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the database %1 refused the statement: %2"),
                         {m_source.url(), oneLine(message)});
    };
    {
        PgResult r(PQexec(c, ("COPY " + table + " FROM STDIN").c_str()));
        if (PQresultStatus(r.get()) != PGRES_COPY_IN)
            return refused(PQresultErrorMessage(r.get()));
    }
    // COPY's text format: tab between fields, a newline after each row, backslash escapes
    std::string buffer;
    auto flush = [&] {
        const bool ok = PQputCopyData(c, buffer.data(), static_cast<int>(buffer.size())) == 1;
        buffer.clear();
        return ok;
    };
    Fields row(width);
    for (std::size_t r = 0; r < rows; ++r) {
        fill(r, row);
        for (std::size_t i = 0; i < width; ++i) {
            if (i)
                buffer += '\t';
            if (!row[i]) {
                buffer += "\\N";
                continue;
            }
            for (const char ch : *row[i]) {
                switch (ch) {
                case '\\': buffer += "\\\\"; break;
                case '\t': buffer += "\\t"; break;
                case '\n': buffer += "\\n"; break;
                case '\r': buffer += "\\r"; break;
                default: buffer += ch;
                }
            }
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20) && !flush())
            return refused(PQerrorMessage(c));
    }
    if (!flush() || PQputCopyEnd(c, nullptr) != 1)
        return refused(PQerrorMessage(c));
    std::optional<Error> failure;
    while (PGresult *raw = PQgetResult(c)) {
        PgResult r(raw);
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK && !failure)
            failure = refused(PQresultErrorMessage(r.get()));
    }
    if (failure)
        return *failure;
    return true;
}

Result<bool> PostgresSession::query(const std::string &sql, const std::atomic<bool> *cancel,
                                    const std::function<void(const Fields &)> &row)
{
    Fields fields;
    return stream(static_cast<PGconn *>(m_connection), m_source, sql, cancel,
                  [&](const PGresult *r) {
                      const int n = PQnfields(r);
                      fields.resize(static_cast<std::size_t>(n));
                      for (int i = 0; i < n; ++i)
                          fields[static_cast<std::size_t>(i)] =
                              PQgetisnull(r, 0, i)
                                  ? std::nullopt
                                  : std::optional<std::string_view>(std::string_view(
                                        PQgetvalue(r, 0, i),
                                        static_cast<std::size_t>(PQgetlength(r, 0, i))));
                      row(fields);
                  });
}

Result<PostgresDomains> readPostgresDomains(const PostgresSource &source,
                                            const std::atomic<bool> *cancel)
{
    auto session = PostgresSession::open(source);
    if (!session)
        return session.error();
    auto columns = session->columnNames();
    if (!columns)
        return columns.error();
    const std::vector<std::string> &names = *columns;
    PostgresDomains out;
    Dataset &data = out.data;
    data.sourcePath = source.url();
    data.encoding = "UTF-8";
    data.columns.resize(names.size());
    out.values.resize(names.size());
    // one scan: the distinct values of every column, each with its records; GROUPING(c) is 0
    // in the rows grouped by c
    std::string select, sets, grouping;
    for (std::size_t i = 0; i < names.size(); ++i) {
        data.columns[i].name = names[i];
        const std::string id = session->identifier(names[i]);
        select += id + "::text, ";
        grouping += ", GROUPING(" + id + ")";
        sets += (i ? ", (" : "(") + id + ")";
    }
    const std::string sql = "SELECT " + select + "count(*)" + grouping + " FROM " +
                            session->rows() + " GROUP BY GROUPING SETS (" + sets + ")";
    const std::size_t m = names.size();
    std::vector<std::vector<std::uint64_t>> counts(m);
    auto done = session->query(sql, cancel, [&](const PostgresSession::Fields &f) {
        for (std::size_t i = 0; i < m; ++i) {
            if (*f[m + 1 + i] != "0")
                continue; // not this column's row
            Column &column = data.columns[i];
            const std::uint32_t code =
                f[i] ? internValue(column, *f[i]) : internValue(column, std::string_view());
            out.values[i].emplace_back(f[i] ? std::optional<std::string>(std::string(*f[i]))
                                            : std::nullopt,
                                       code);
            if (counts[i].size() <= code)
                counts[i].resize(code + 1, 0);
            counts[i][code] += std::strtoull(std::string(*f[m]).c_str(), nullptr, 10);
        }
    });
    if (!done)
        return done.error();
    for (std::size_t i = 0; i < m; ++i) {
        Column &column = data.columns[i];
        column.dictionary.releaseIndex();
        inferColumnType(column);
        counts[i].resize(column.dictionary.size(), 0);
        column.valueCounts = std::move(counts[i]);
    }
    if (m > 0)
        for (const std::uint64_t c : data.columns[0].valueCounts)
            out.records += c;
    data.valuesOnlyRecords = out.records;
    if (out.records == 0)
        return noRecords(source);
    return out;
}

Result<std::string> postgresDigest(const PostgresSource &source, const std::atomic<bool> *cancel)
{
    auto session = PostgresSession::open(source);
    if (!session)
        return session.error();
    std::string digest;
    auto done = session->query(
        "SELECT count(*)::text || ':' || coalesce(sum(('x' || substr(md5(t::text), 1, 16))::bit(64)"
        "::bigint::numeric), 0)::text FROM " +
            session->rows(),
        cancel, [&](const PostgresSession::Fields &f) {
            if (f[0])
                digest = std::string(*f[0]);
        });
    if (!done)
        return done.error();
    return "postgresql:" + digest;
}

bool isPostgresUrl(const std::string &text)
{
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

std::string postgresRowsName(const std::string &url)
{
    auto source = PostgresSource::parse(url);
    return source && !source->table.empty() ? source->table : std::string("query");
}

void rememberPostgresPassword(const PostgresSource &source, const std::string &password)
{
    const std::lock_guard lock(g_passwordsMutex);
    if (password.empty())
        passwords().erase(passwordKey(source));
    else
        passwords()[passwordKey(source)] = password;
}

bool isPasswordRequest(const Error &error)
{
    return error.format == kPasswordRequest;
}

Result<std::vector<std::string>> postgresTables(const PostgresSource &source,
                                                const std::atomic<bool> *cancel)
{
    auto session = PostgresSession::open(source);
    if (!session)
        return session.error();
    // tables, partitioned tables, views, materialized and foreign tables the user may select
    // from; a partition is read through its parent
    const std::string sql =
        "SELECT CASE WHEN n.nspname = ANY (current_schemas(false)) THEN '' "
        "ELSE n.nspname || '.' END || c.relname "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg_toast%' AND has_table_privilege(c.oid, 'SELECT') "
        "ORDER BY 1";
    std::vector<std::string> names;
    auto listed = session->query(sql, cancel, [&](const PostgresSession::Fields &f) {
        names.emplace_back(*f[0]);
    });
    if (!listed)
        return listed.error();
    return names;
}

Result<Dataset> readPostgresRows(
    const PostgresSource &source, const std::vector<std::string> &columns,
    const std::atomic<bool> *cancel,
    const std::function<void(std::uint64_t done, std::uint64_t total)> &progress)
{
    auto session = PostgresSession::open(source);
    if (!session)
        return session.error();
    std::uint64_t estimate = 0;
    if (progress && !source.table.empty()) {
        // the planner's count of a table's rows, for the progress bar (-1 or 0: not known)
        auto asked = session->query(
            "SELECT reltuples::float8 FROM pg_class WHERE oid = to_regclass(" +
                session->literal(session->table()) + ")",
            cancel, [&](const PostgresSession::Fields &f) {
                if (f[0])
                    estimate = static_cast<std::uint64_t>(
                        std::max(0.0, std::strtod(std::string(*f[0]).c_str(), nullptr)));
            });
        if (!asked)
            return asked.error();
    }
    std::vector<std::string> names = columns;
    if (names.empty()) {
        auto all = session->columnNames();
        if (!all)
            return all.error();
        names = std::move(*all);
    }
    // a query may name a column twice ("SELECT a, a"); a column is found by its name
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (names[i] == names[j])
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the query names column '%1' twice "
                                                             "(columns %2 and %3)"),
                                 {names[i], arg(j + 1), arg(i + 1)}, source.url());
    std::string select;
    for (std::size_t i = 0; i < columns.size(); ++i)
        select += (i ? ", " : "") + session->identifier(columns[i]);
    const std::string sql = "SELECT " + (columns.empty() ? std::string("*") : select) + " FROM " +
                            session->rows();

    Dataset data;
    data.sourcePath = source.url();
    data.encoding = "UTF-8";
    data.columns.resize(names.size());
    for (std::size_t i = 0; i < names.size(); ++i)
        data.columns[i].name = names[i];
    auto streamed = session->query(sql, cancel, [&](const PostgresSession::Fields &f) {
        for (std::size_t i = 0; i < data.columns.size(); ++i)
            append(data.columns[i], f[i]);
        ++data.rowCount;
        if (progress && (data.rowCount & 0xFFFF) == 0)
            progress(data.rowCount, std::max(estimate, data.rowCount + 1));
    });
    if (!streamed)
        return streamed.error();
    if (data.rowCount == 0)
        return noRecords(source);
    finishColumns(data);
    return data;
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
    auto session = PostgresSession::open(source);
    if (!session)
        return session.error();
    // SELECT "a"::text, "b"::text, count(*), sum("w")::float8 FROM rows GROUP BY "a", "b":
    // grouped by the columns themselves (not their text), so that a table partitioned by one
    // of them is aggregated partition by partition, each on the server that holds it
    std::string select, groups;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        select += session->identifier(columns[i]) + "::text, ";
        groups += (i ? ", " : "") + session->identifier(columns[i]);
    }
    select += "count(*)";
    if (weight)
        select += ", sum(" + session->identifier(*weight) + ")::float8";
    std::string sql = "SELECT " + select + " FROM " + session->rows();
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
    auto streamed = session->query(sql, cancel, [&](const PostgresSession::Fields &f) {
        for (std::size_t i = 0; i < m; ++i)
            append(data.columns[i], f[i]);
        data.rowRecords.push_back(std::strtoull(std::string(*f[m]).c_str(), nullptr, 10));
        if (weight) {
            nullWeight = nullWeight || !f[m + 1];
            append(data.columns[m], f[m + 1]);
        }
        ++data.rowCount;
    });
    if (!streamed)
        return streamed.error();
    if (data.rowCount == 0)
        return noRecords(source);
    if (nullWeight)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a sampling weight must be a positive "
                                                     "number; some records hold a missing value"),
                         {}, source.url(), 0, *weight);
    // a value's records are the rows of the source, not the combinations that hold it
    finishColumns(data);
    return data;
}

} // namespace dijkgraaf
