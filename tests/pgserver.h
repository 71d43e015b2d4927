#pragma once

// A PostgreSQL server of the test's own: initdb and pg_ctl (the machine's PostgreSQL packages,
// installed by scripts/install-deps.sh) in a temporary folder, listening on a free loopback
// port, with a superuser that needs a password; stopped and removed with the object. Run as
// root, the server runs as the postgres user (PostgreSQL refuses to run as root).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <string>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace dijkgraaf::test {

class PostgresServer
{
public:
    static constexpr const char *kUser = "steward";
    static constexpr const char *kPassword = "only-for-this-test";

    PostgresServer()
    {
        m_bin = binFolder();
        if (m_bin.isEmpty()) {
            m_error = "PostgreSQL's initdb was not found (Debian: postgresql-15; "
                      "scripts/install-deps.sh installs it)";
            return;
        }
        m_dir.setAutoRemove(true);
        const QString root = m_dir.path();
        QFile pw(root + "/pw");
        if (!pw.open(QIODevice::WriteOnly) || pw.write(kPassword) < 0) {
            m_error = "cannot write the password file";
            return;
        }
        pw.close();
        m_runAs = asRoot() ? (userExists("postgres") ? "postgres" : "nobody") : QString();
        if (!m_runAs.isEmpty() && !run("chown", {"-R", m_runAs, root}, false))
            return;
        {
            QTcpServer probe; // a free port: taken and given back
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        if (!run(m_bin + "/initdb", {"-D", root + "/data", "-U", kUser, "--auth=scram-sha-256",
                                    "--pwfile=" + root + "/pw", "-E", "UTF8", "--locale=C.UTF-8"}))
            return;
        const QString options = QString("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                        "-c full_page_writes=off -c synchronous_commit=off")
                                    .arg(m_port)
                                    .arg(root);
        if (!run(m_bin + "/pg_ctl",
                 {"-D", root + "/data", "-o", options, "-l", root + "/log", "-w", "start"}))
            return;
        m_started = true;
        m_ok = psql("postgres", "CREATE DATABASE data");
    }

    ~PostgresServer()
    {
        if (m_started)
            run(m_bin + "/pg_ctl", {"-D", m_dir.path() + "/data", "-m", "immediate", "stop"});
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // postgresql://steward@127.0.0.1:PORT/data?...
    std::string url(const std::string &query) const
    {
        return "postgresql://" + std::string(kUser) + "@127.0.0.1:" + std::to_string(m_port) +
               "/data?" + query;
    }

    // Runs SQL (or a psql command such as \copy) in a database as the superuser; what it
    // printed is in output().
    bool psql(const QString &database, const QString &sql)
    {
        return run("psql", {"-X", "-v", "ON_ERROR_STOP=1", "-q", "-A", "-t", "-h", "127.0.0.1",
                            "-p", QString::number(m_port), "-U", kUser, "-d", database, "-c", sql},
                   false, true);
    }
    QString output() const { return m_output; }

private:
    static QString binFolder()
    {
        if (const QString found = QStandardPaths::findExecutable("initdb"); !found.isEmpty())
            return QFileInfo(found).canonicalPath();
        QDir versions("/usr/lib/postgresql");
        auto entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            if (QFile::exists(versions.filePath(*it + "/bin/initdb")))
                return versions.filePath(*it + "/bin");
        return {};
    }

    static bool asRoot()
    {
#ifndef _WIN32
        return geteuid() == 0;
#else
        return false;
#endif
    }

    static bool userExists(const QString &name)
    {
        QProcess id;
        id.start("id", {"-u", name});
        return id.waitForFinished(5000) && id.exitCode() == 0;
    }

    // asServer: as the user the server runs as; withPassword: PGPASSWORD set for the client
    bool run(const QString &program, const QStringList &args, bool asServer = true,
             bool withPassword = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withPassword)
            env.insert("PGPASSWORD", kPassword);
        env.insert("LC_ALL", "C.UTF-8");
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        if (asServer && !m_runAs.isEmpty())
            p.start("runuser", QStringList{"-u", m_runAs, "--", program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error = program + " " + args.join(' ') + ": " +
                      QString::fromLocal8Bit(p.readAllStandardError()) +
                      QString::fromLocal8Bit(p.readAllStandardOutput());
            return false;
        }
        m_output = QString::fromUtf8(p.readAllStandardOutput());
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs;
    QString m_error;
    QString m_output;
    int m_port = 0;
    bool m_started = false;
    bool m_ok = false;
};

} // namespace dijkgraaf::test
