#include "privacyledger.h"

#include "io/wholefile.h"

#include "io/sqliteconnection.h"

#include <optional>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <cmath>

namespace dijkgraaf {

double rhoOfEpsilon(double epsilon)
{
    return epsilon * epsilon / 2;
}

double epsilonOfRho(double rho, double delta)
{
    return rho + 2 * std::sqrt(rho * std::log(1 / delta));
}

double DataBudget::spent() const
{
    double s = 0;
    for (const LedgerSpend &x : spends)
        s += x.rho;
    return s;
}

double DataBudget::spentDelta() const
{
    double s = 0;
    for (const LedgerSpend &x : spends)
        s += x.delta;
    return s;
}

std::string PrivacyLedger::defaultPath()
{
    const QByteArray env = qgetenv("DIJKGRAAF_LEDGER");
    if (!env.isEmpty())
        return env.toStdString();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("dijkgraaf/privacy-ledger.sqlite")).toStdString();
}

namespace {

// The ledger's connection, its tables made where they are missing.
struct Opened
{
    std::unique_ptr<SqliteConnection> connection;
    std::optional<Error> error; // without its file
};

Error inLedger(Error e, const std::string &path)
{
    e.file = path;
    return e;
}

// write: made where missing, and a transaction begun
Opened openLedger(const std::string &path, bool write)
{
    Opened o;
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    o.connection = std::make_unique<SqliteConnection>(QString::fromStdString(path),
                                                      SqliteConnection::Mode::ReadWrite);
    QFile::setPermissions(QString::fromStdString(path), kOwnerOnly); // the user's alone
    if (!o.connection->isOpen()) {
        o.error = Error::of(QT_TRANSLATE_NOOP("Errors", "cannot open the privacy ledger: %1"),
                            {o.connection->error()});
        return o;
    }
    QSqlQuery q(o.connection->db());
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS budget_change (dataset TEXT NOT NULL, time TEXT NOT NULL, "
          "name TEXT NOT NULL, note TEXT NOT NULL, rho REAL NOT NULL)",
          "CREATE TABLE IF NOT EXISTS spend (dataset TEXT NOT NULL, time TEXT NOT NULL, name TEXT "
          "NOT NULL, note TEXT NOT NULL, project TEXT NOT NULL, input_sha256 TEXT NOT NULL, rho "
          "REAL NOT NULL)",
          "CREATE TABLE IF NOT EXISTS input (input_sha256 TEXT PRIMARY KEY, dataset TEXT NOT NULL)"})
        if (!q.exec(QString::fromUtf8(sql))) {
            o.error = Error::of(QT_TRANSLATE_NOOP("Errors", "cannot prepare the privacy ledger: %1"),
                                {q.lastError().text().toStdString()});
            return o;
        }
    // a ledger from before partition selection has no delta of each spending: 0
    bool hasDelta = false;
    if (q.exec(QStringLiteral("PRAGMA table_info(spend)")))
        while (q.next())
            hasDelta = hasDelta || q.value(1).toString() == QLatin1String("delta");
    if (!hasDelta && !q.exec(QStringLiteral("ALTER TABLE spend ADD COLUMN delta REAL NOT NULL DEFAULT 0"))) {
        o.error = Error::of(QT_TRANSLATE_NOOP("Errors", "cannot prepare the privacy ledger: %1"),
                            {q.lastError().text().toStdString()});
        return o;
    }
    // a write holds the ledger from its first read, so that two releases at once cannot both
    // find room for themselves
    if (write && !q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        o.error = Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the privacy ledger: %1"),
                            {q.lastError().text().toStdString()});
    return o;
}

// reading a ledger that does not exist yet: nothing recorded, and no file made
bool exists(const std::string &path)
{
    return QFileInfo::exists(QString::fromStdString(path));
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Result<DataBudget> readBudget(QSqlDatabase db, const std::string &dataset, const std::string &path)
{
    DataBudget b;
    b.dataset = dataset;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT time, name, note, rho FROM budget_change WHERE dataset = ? ORDER BY rowid"));
    q.addBindValue(qs(dataset));
    if (!q.exec())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the privacy ledger: %1"), {q.lastError().text().toStdString()}, path);
    while (q.next()) {
        b.changes.push_back({q.value(0).toString().toStdString(), q.value(1).toString().toStdString(),
                             q.value(2).toString().toStdString(), q.value(3).toDouble()});
        b.declared = true;
        b.rho = b.changes.back().rho;
    }
    q.prepare(QStringLiteral("SELECT time, name, note, project, input_sha256, rho, delta FROM spend "
                             "WHERE dataset = ? ORDER BY rowid"));
    q.addBindValue(qs(dataset));
    if (!q.exec())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the privacy ledger: %1"), {q.lastError().text().toStdString()}, path);
    while (q.next())
        b.spends.push_back({q.value(0).toString().toStdString(), q.value(1).toString().toStdString(),
                            q.value(2).toString().toStdString(), q.value(3).toString().toStdString(),
                            q.value(4).toString().toStdString(), q.value(5).toDouble(),
                            q.value(6).toDouble()});
    return b;
}

std::string figure(double v)
{
    return QString::number(v, 'g', 6).toStdString();
}

} // namespace

Result<DataBudget> PrivacyLedger::budget(const std::string &dataset) const
{
    if (!exists(m_path)) {
        DataBudget b;
        b.dataset = dataset;
        return b;
    }
    Opened o = openLedger(m_path, false);
    if (o.error)
        return inLedger(*o.error, m_path);
    return readBudget(o.connection->db(), dataset, m_path);
}

Result<std::string> PrivacyLedger::datasetOf(const std::string &inputSha256) const
{
    if (!exists(m_path))
        return std::string();
    Opened o = openLedger(m_path, false);
    if (o.error)
        return inLedger(*o.error, m_path);
    QSqlQuery q(o.connection->db());
    q.prepare(QStringLiteral("SELECT dataset FROM input WHERE input_sha256 = ?"));
    q.addBindValue(qs(inputSha256));
    if (!q.exec())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the privacy ledger: %1"), {q.lastError().text().toStdString()}, m_path);
    return q.next() ? q.value(0).toString().toStdString() : std::string();
}

Result<bool> PrivacyLedger::setBudget(const std::string &dataset, const BudgetChange &change)
{
    if (change.name.empty())
        return Error::of(
            QT_TRANSLATE_NOOP("Errors", "a budget is declared or raised by someone: give a name"));
    if (!(change.rho > 0) || !std::isfinite(change.rho))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "a budget is a positive rho, not %1"),
                         {figure(change.rho)});
    Opened o = openLedger(m_path, true);
    if (o.error)
        return inLedger(*o.error, m_path);
    QSqlDatabase db = o.connection->db();
    auto b = readBudget(db, dataset, m_path);
    if (!b) {
        db.rollback();
        return b.error();
    }
    if (b->declared && change.rho < b->spent()) {
        db.rollback();
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the budget of '%1' cannot be lowered to rho "
                                                     "%2: %3 is spent already"),
                         {dataset, figure(change.rho), figure(b->spent())});
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO budget_change VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(qs(dataset)), QVariant(qs(change.time)), QVariant(qs(change.name)),
                              QVariant(qs(change.note)), QVariant(change.rho)})
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        const std::string e = q.lastError().text().toStdString();
        db.rollback();
        return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the privacy ledger: %1"), {e}, m_path);
    }
    return true;
}

Result<bool> PrivacyLedger::spend(const std::string &dataset, const LedgerSpend &s)
{
    Opened o = openLedger(m_path, true);
    if (o.error)
        return inLedger(*o.error, m_path);
    QSqlDatabase db = o.connection->db();
    auto fail = [&](Error e) -> Result<bool> {
        db.rollback();
        return e;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT dataset FROM input WHERE input_sha256 = ?"));
    q.addBindValue(qs(s.inputSha256));
    if (!q.exec())
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the privacy ledger: %1"), {q.lastError().text().toStdString()}, m_path));
    if (q.next() && q.value(0).toString().toStdString() != dataset)
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors",
                                                "refused: this data was released before as '%1' "
                                                "and draws from that budget; declare the dataset "
                                                "by that name"),
                              {q.value(0).toString().toStdString()}));
    auto b = readBudget(db, dataset, m_path);
    if (!b)
        return fail(b.error());
    if (!b->declared)
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors", "the data source '%1' has no privacy "
                                                          "budget yet: declare one"),
                              {dataset}));
    const double slack = 1e-9;
    if (b->spent() + s.rho > b->rho + slack)
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors",
                                                "refused: this release would spend rho %1, and %2 "
                                                "of the budget of rho %3 of '%4' is spent already "
                                                "(by every project on this data)"),
                              {figure(s.rho), figure(b->spent()), figure(b->rho), dataset}));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO input VALUES (?, ?)"));
    q.addBindValue(qs(s.inputSha256));
    q.addBindValue(qs(dataset));
    if (!q.exec())
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the privacy ledger: %1"), {q.lastError().text().toStdString()}, m_path));
    q.prepare(QStringLiteral("INSERT INTO spend (dataset, time, name, note, project, input_sha256, "
                             "rho, delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(qs(dataset)), QVariant(qs(s.time)), QVariant(qs(s.name)),
                              QVariant(qs(s.note)), QVariant(qs(s.project)), QVariant(qs(s.inputSha256)),
                              QVariant(s.rho), QVariant(s.delta)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the privacy ledger: %1"), {q.lastError().text().toStdString()}, m_path));
    if (!db.commit())
        return fail(Error::of(QT_TRANSLATE_NOOP("Errors", "cannot write the privacy ledger: %1"), {db.lastError().text().toStdString()}, m_path));
    return true;
}

} // namespace dijkgraaf
