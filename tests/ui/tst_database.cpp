// The workbench on data in PostgreSQL, against a real server of the test's own
// (tests/pgserver.h): the database dialog lists the tables and imports one; the password is
// asked for when the server wants one and is never saved; a project remembers the address and
// reopens on it; a column whose type changed, or a server that is down, is said, and the
// project stays as it was.
#include "databasedialog.h"
#include "mainwindow.h"
#include "io/csvreader.h"
#include "hierarchy/hierarchyspec.h"
#include "io/postgres.h"
#include "workbench.h"
#include "model/configuration.h"
#include "pgserver.h"
#include "samerecords.h"
#include "project/project.h"
#include "testutil.h"
#include "modal.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace dijkgraaf;
using dijkgraaf::test::PostgresServer;

class TestDatabase : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_ledger;

    PostgresSource adult() const { return *PostgresSource::parse(m_server->url("table=adult")); }

    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("DijkgraafTest");
        QCoreApplication::setApplicationName("tst_database");
        QSettings().clear();
        qputenv("DIJKGRAAF_AUTOSAVE_DIR", m_dir.filePath("autosave").toUtf8());
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        // the password comes from the steward only: no environment, no password file
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        QString columns;
        for (const char *c : {"sex", "age", "race", "marital-status", "education",
                              "native-country", "workclass", "occupation", "salary-class"})
            columns += QString("\"%1\" text, ").arg(c);
        columns.chop(2);
        QVERIFY2(m_server->psql("data", "CREATE TABLE adult (" + columns + ")"),
                 qPrintable(m_server->error()));
        QVERIFY2(m_server->psql("data", QString("\\copy adult FROM '%1' WITH (FORMAT csv, HEADER "
                                                "true, DELIMITER ';')")
                                            .arg(QString::fromStdString(
                                                test::dataPath("adult/adult.csv")))),
                 qPrintable(m_server->error()));
    }

    void init()
    {
        m_ledger = std::make_unique<QTemporaryDir>();
        qputenv("DIJKGRAAF_LEDGER", m_ledger->filePath("ledger.sqlite").toUtf8());
        rememberPostgresPassword(adult(), ""); // each test starts without a password given
    }

    // The dialog: without a password the server's request is said; with it, the tables the
    // user may read are listed; the address it makes holds no password.
    void theDialogListsTheTables()
    {
        DatabaseDialog dialog;
        dialog.hostEdit()->setText("127.0.0.1");
        dialog.portEdit()->setText(QString::number(m_server->port()));
        dialog.databaseEdit()->setText("data");
        dialog.userEdit()->setText(PostgresServer::kUser);
        QVERIFY(!dialog.openButton()->isEnabled()); // no rows named yet
        QSignalSpy listed(&dialog, &DatabaseDialog::tablesListed);
        dialog.listTables();
        QVERIFY(listed.wait(20000));
        QVERIFY2(dialog.status()->text().contains("asks for a password"),
                 qPrintable(dialog.status()->text()));
        dialog.passwordEdit()->setText(PostgresServer::kPassword);
        dialog.listTables();
        QVERIFY(listed.wait(20000));
        QVERIFY(dialog.tableBox()->findText("adult") >= 0);
        dialog.tableBox()->setCurrentIndex(dialog.tableBox()->findText("adult"));
        QVERIFY(dialog.openButton()->isEnabled());
        dialog.show();
        QDir().mkpath(DIJKGRAAF_SCREENSHOTS);
        QVERIFY(dialog.grab().save(DIJKGRAAF_SCREENSHOTS "/database_dialog.png"));
        const QString url = dialog.request().path;
        QCOMPARE(url, QString::fromStdString(m_server->url("table=adult")));
        QVERIFY(!url.contains(PostgresServer::kPassword));
        // a query instead of a table
        dialog.queryEdit()->setPlainText("SELECT sex, age FROM adult");
        QVERIFY(dialog.queryButton()->isChecked());
        auto back = PostgresSource::parse(dialog.request().path.toStdString());
        QVERIFY(back.ok());
        QCOMPARE(back->query, std::string("SELECT sex, age FROM adult"));
        QVERIFY(back->table.empty());
    }

    // Imported through the window's dialog, saved as a project, reopened: the password is asked
    // for once the session has none, the project keeps the address and never the password, and
    // the configuration comes back.
    void importSaveAndReopen()
    {
        MainWindow window;
        window.setQuestionHandler([](const QString &, const QString &) { return true; });
        int prompts = 0;
        window.setPasswordHandler([&](const QString &text) {
            ++prompts;
            return text.contains("steward") ? QString(PostgresServer::kPassword) : QString();
        });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        test::whenModal([this](QWidget *modal) {
            auto *dialog = qobject_cast<DatabaseDialog *>(modal);
            if (!dialog)
                return modal->close();
            dialog->hostEdit()->setText("127.0.0.1");
            dialog->portEdit()->setText(QString::number(m_server->port()));
            dialog->databaseEdit()->setText("data");
            dialog->userEdit()->setText(PostgresServer::kUser);
            dialog->tableBox()->setEditText("adult");
            dialog->accept();
            return true;
        });
        window.showDatabaseDialog();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(prompts, 1); // the dialog had no password: the server asked, the steward gave it
        const Dataset &data = window.workbench()->data();
        QCOMPARE(data.rowCount, std::uint64_t(30162));
        QCOMPARE(data.columns.size(), std::size_t(9));
        QCOMPARE(data.sourcePath, m_server->url("table=adult"));
        QVERIFY2(window.windowTitle().startsWith("adult in data"), qPrintable(window.windowTitle()));
        window.show();
        QTest::qWait(1500); // the first analysis, for the look of it
        QVERIFY(window.grab().save(DIJKGRAAF_SCREENSHOTS "/database_workbench.png"));
        // the records are the file's
        auto file = readCsv(test::dataPath("adult/adult.csv"));
        QVERIFY(file.ok());
        QVERIFY(test::sameRecords(data, *file));

        const std::size_t race = *data.columnIndex("race");
        window.workbench()->setRole(race, AttributeRole::Sensitive);
        const QString project = m_dir.filePath("adult.dijkgraaf");
        QVERIFY(window.saveProjectAs(project));
        const QByteArray saved = bytesOf(project);
        QVERIFY(saved.contains(m_server->url("table=adult").c_str()));
        QVERIFY(!saved.contains(PostgresServer::kPassword));
        auto p = openProject(project.toStdString());
        QVERIFY(p.ok());
        QCOMPARE(p->sourcePath, m_server->url("table=adult"));
        QCOMPARE(p->sourceSha256, *postgresDigest(adult()));

        // a new session has no password: asked for once more, then the project is as saved
        rememberPostgresPassword(adult(), "");
        window.openProjectFile(project);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(prompts, 2);
        QCOMPARE(window.workbench()->configuration().attributes[race].role,
                 AttributeRole::Sensitive);
        QCOMPARE(window.projectPath(), QFileInfo(project).absoluteFilePath());

        // no password given: nothing opened, the work stays
        rememberPostgresPassword(adult(), "");
        window.setPasswordHandler([](const QString &) { return QString(); });
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        test::whenModal([](QWidget *modal) { modal->close(); }); // the message
        window.openProjectFile(project);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains("password"),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(window.workbench()->data().rowCount, std::uint64_t(30162));
        QCOMPARE(bytesOf(project), saved);
    }

    // Since the project was saved, a column changed its type (ages became words), or the server
    // went away: the steward is told which column and why, or which server; the project file
    // is untouched, and once the data is back the same project opens.
    void changedTypeAndServerDownLoseNothing()
    {
        QVERIFY(m_server->psql("data", "DROP TABLE IF EXISTS people; CREATE TABLE people (age "
                                       "integer, sex text, zip text); INSERT INTO people SELECT "
                                       "20 + i % 50, CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END, "
                                       "(1000 + i % 30)::text FROM generate_series(1, 3000) i"));
        rememberPostgresPassword(adult(), PostgresServer::kPassword);
        const std::string url = m_server->url("table=people");
        const QString project = m_dir.filePath("people.dijkgraaf");
        {
            MainWindow window;
            QSignalSpy loaded(&window, &MainWindow::loaded);
            ImportRequest request;
            request.path = QString::fromStdString(url);
            window.importData(request);
            QVERIFY(loaded.wait(30000));
            const Dataset &data = window.workbench()->data();
            QCOMPARE(data.columns[*data.columnIndex("age")].type, ValueType::Integer);
            const std::size_t age = *data.columnIndex("age");
            window.workbench()->setRole(age, AttributeRole::QuasiIdentifier);
            window.workbench()->setHierarchy(age, *HierarchySpec::parse("interval:10,20"));
            window.workbench()->setLevel(age, 1);
            QVERIFY(window.saveProjectAs(project));
        }
        const QByteArray saved = bytesOf(project);
        QVERIFY(m_server->psql("data", "ALTER TABLE people ALTER COLUMN age TYPE text USING CASE "
                                       "WHEN age < 25 THEN 'young' ELSE age::text END"));
        {
            MainWindow window;
            window.setQuestionHandler([](const QString &, const QString &) { return true; });
            QSignalSpy failed(&window, &MainWindow::loadFailed);
            QString shown;
            test::whenModal([&](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    shown = box->text();
                modal->close();
            });
            window.openProjectFile(project);
            QVERIFY(failed.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            QVERIFY2(shown.contains("age") && shown.contains("'young'"), qPrintable(shown));
            QVERIFY(!window.workbench());
            QCOMPARE(bytesOf(project), saved);
        }
        QVERIFY(m_server->psql("data", "ALTER TABLE people ALTER COLUMN age TYPE integer USING "
                                       "CASE WHEN age = 'young' THEN 20 ELSE age::integer END"));
        {
            MainWindow window;
            window.setQuestionHandler([](const QString &, const QString &) { return true; });
            QSignalSpy loaded(&window, &MainWindow::loaded);
            window.openProjectFile(project);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(window.workbench()->configuration().attributes[0].level, 1);
        }
        // the same project on a server that is down (nothing listens on its port)
        int unused = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            unused = probe.serverPort();
        }
        auto moved = openProject(project.toStdString());
        QVERIFY(moved.ok());
        moved->sourcePath = "postgresql://steward@127.0.0.1:" + std::to_string(unused) +
                            "/data?table=people";
        const QString downProject = m_dir.filePath("down.dijkgraaf");
        QVERIFY(saveProject(*moved, downProject.toStdString()).ok());
        const QByteArray downBytes = bytesOf(downProject);
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QString title;
        test::whenModal([&](QWidget *modal) {
            title = modal->windowTitle();
            modal->close();
        });
        window.openProjectFile(downProject);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains("cannot connect to the database"),
                 qPrintable(failed.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(title, QString("Cannot read the database"), 10000);
        QCOMPARE(bytesOf(downProject), downBytes);
    }
};

QTEST_MAIN(TestDatabase)
#include "tst_database.moc"
