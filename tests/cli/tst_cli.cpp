#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <functional>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

#include "releasecheck.h"

#include <map>

#include <memory>

// The dijkgraaf command end to end. Each folder under tests/data/cli is a case:
//   args             one argument per line; @DATA@ stands for tests/data, @TMP@ for a fresh folder
//   exit_code        the expected exit code
//   stdout           (optional) the exact expected standard output
//   stderr_contains  (optional) lines that must each appear in standard error
class TestCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_ledger;


    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static bool &collectReleases()
    {
        static bool collect = true;
        return collect;
    }

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(DIJKGRAAF_BINARY, args);
        if (!p.waitForFinished(120000))
            qFatal("dijkgraaf did not finish");
        Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
              p.readAllStandardError()};
        // every release the command line publishes has its metadata checked at the end (not
        // those of the hostile-input cases, whose projects were altered after approval)
        if (collectReleases() && r.exitCode == 0 && !args.isEmpty() && args[0] == "publish" && args.contains("--out"))
            dijkgraaf::test::collectReleaseFolder(args[args.indexOf("--out") + 1]);
        return r;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Whether strace can trace here (the kill and trace tests are skipped where it cannot).
    static bool straceWorks()
    {
        return QProcess::execute("strace", {"-qq", "-o", "/dev/null", "true"}) == 0;
    }

    // strace's arguments to run dijkgraaf with args, killed at its when-th rename.
    static QStringList killedAtRename(int when, const QStringList &args)
    {
        return QStringList{"-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
                           "-e", QString("inject=rename,renameat,renameat2:signal=KILL:when=%1").arg(when),
                           DIJKGRAAF_BINARY} +
               args;
    }

    // tmp/c.csv of rows invented customers and tmp/p.dijkgraaf on it (gender and municipality
    // the quasi-identifiers); true when both were made.
    static bool customerProject(const QTemporaryDir &tmp, int rows)
    {
        return run({"generate", "customers", tmp.filePath("c.csv"), "--rows", QString::number(rows)}).exitCode == 0 &&
               run({"init", tmp.filePath("p.dijkgraaf"), "--data", tmp.filePath("c.csv"), "--qi",
                    "gender,municipality"}).exitCode == 0;
    }

private slots:
    // the metadata of every release these tests published (tests/releasecheck.h)
    void cleanupTestCase()
    {
        const QString problems = dijkgraaf::test::checkCollectedReleases();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // every test function its own privacy ledger (the budgets of data sources), never the
    // user's
    void init()
    {
        m_ledger = std::make_unique<QTemporaryDir>();
        qputenv("DIJKGRAAF_LEDGER", m_ledger->filePath("ledger.sqlite").toUtf8());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(DIJKGRAAF_TEST_DATA "/cli");
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const auto &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        QTemporaryDir tmp;
        QStringList args;
        for (QString line : QString::fromUtf8(readFile(dir + "/args")).split('\n')) {
            if (line.isEmpty())
                continue;
            line.replace("@DATA@", DIJKGRAAF_TEST_DATA).replace("@TMP@", tmp.path());
            args << line;
        }
        const Run r = run(args);
        const int expectedExit = readFile(dir + "/exit_code").trimmed().toInt();
        QVERIFY2(r.exitCode == expectedExit, qPrintable(QString("exit %1, expected %2; stderr: %3")
                                                            .arg(r.exitCode)
                                                            .arg(expectedExit)
                                                            .arg(QString(r.err))));
        if (QFile::exists(dir + "/stdout")) {
            QByteArray expected = readFile(dir + "/stdout");
            expected.replace("@DATA@", DIJKGRAAF_TEST_DATA);
            if (r.out != expected) {
                QFile actual(dir + "/stdout.actual");
                if (actual.open(QIODevice::WriteOnly))
                    actual.write(r.out);
                QFAIL(qPrintable("standard output differs; see " + actual.fileName()));
            }
        }
        if (QFile::exists(dir + "/stderr_contains")) {
            for (QString line : QString::fromUtf8(readFile(dir + "/stderr_contains"))
                                    .split('\n', Qt::SkipEmptyParts)) {
                line.replace("@DATA@", DIJKGRAAF_TEST_DATA);
                QVERIFY2(QString::fromUtf8(r.err).contains(line),
                         qPrintable("stderr lacks: " + line + "\nstderr: " + r.err));
            }
        }
    }

    // The catalogue of broken and hostile inputs (tests/data/bad/CASES): each case's last
    // command must end with exactly its exit code and standard error, and no input file of the
    // catalogue may change. Directives, in order:
    //   project: new | approved   a project @TMP@/p.dijkgraaf on @TMP@/tiny.csv (sex as the
    //                             quasi-identifier), approved once for "approved"
    //   sql: STATEMENT            run on @TMP@/p.dijkgraaf with sqlite3 (tampering)
    //   truncate: BYTES           cut @TMP@/p.dijkgraaf to its first BYTES bytes
    //   overwrite: OFFSET         eight bytes 0xDEADBEEF... written at OFFSET of the project
    //   setup: ARGS               a command that must succeed
    //   run: ARGS                 the command under test (arguments split at spaces)
    //   exit: N, stderr: LINE (each line of standard error, in order, nothing else),
    //   stdout-has: TEXT, absent: PATH, present: PATH
    // @BAD@ stands for tests/data/bad, @TMP@ for the case's own folder, @ESC@ for the escape
    // character, and in an expected line @ANY@ for any text.
    // The PDF report as a reader gets it, read back by poppler's pdftotext: the summary on
    // the first page, and each printed block of the table (its heading, its column header and
    // every row) whole on one page. 20,000 invented customers by gender, contract and decade
    // of birth: two blocks of ten decades, the second of which does not fit below the first.
    void thePdfReportKeepsEachTableOnOnePage()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: run scripts/install-deps.sh");
        QTemporaryDir tmp;
        const QString project = tmp.filePath("p.dijkgraaf");
        QCOMPARE(run({"generate", "customers", tmp.filePath("c.csv"), "--rows", "20000", "--seed", "7"}).exitCode, 0);
        Run r = run({"init", project, "--data", tmp.filePath("c.csv"), "--qi", "gender,contract_type,date_of_birth",
                     "--build", "date_of_birth=date", "--levels", "date_of_birth=3"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString release = tmp.filePath("release");
        QCOMPARE(run({"publish", project, "--out", release}).exitCode, 0);
        // the decades the published CSV holds: the rows every block must have
        const QString csv = QString::fromUtf8(readFile(release + "/records-by-date-of-birth-gender-and-contract-type.csv"));
        QSet<QString> decades, genders;
        for (const QString &line : csv.split("\r\n", Qt::SkipEmptyParts).mid(1))
            decades.insert(line.section(',', 0, 0)), genders.insert(line.section(',', 1, 1));
        QVERIFY2(decades.size() >= 9, qPrintable(csv.left(300)));

        QProcess text;
        text.start("pdftotext", {"-layout", release + "/report.pdf", "-"});
        QVERIFY(text.waitForFinished(60000) && text.exitCode() == 0);
        const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split('\f');
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        QVERIFY(pages[0].contains("In short"));
        int blocks = 0;
        for (const QString &page : pages) {
            const QStringList lines = page.split('\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines[i].trimmed().startsWith("gender: "))
                    continue;
                ++blocks;
                QSet<QString> rows;
                for (int j = i + 1; j < lines.size() && !lines[j].trimmed().startsWith("gender: "); ++j)
                    rows.insert(lines[j].trimmed().section(' ', 0, 0));
                for (const QString &decade : decades)
                    QVERIFY2(rows.contains(decade), qPrintable(lines[i] + ": the row of " + decade + " is not on its page"));
            }
        }
        QCOMPARE(blocks, int(genders.size() - (genders.contains("Total") ? 1 : 0)));
        // and no heading ends a page, away from its text (the last line of a page is its
        // number, which print() puts there)
        const QStringList headings{"In short", "The table", "The table in pictures", "How people were protected",
                                   "What was checked, and what was not", "What the protection did",
                                   "Appendix: the parameters", "Provenance"};
        for (int p = 0; p < pages.size(); ++p) {
            QStringList lines;
            for (const QString &line : pages[p].split('\n'))
                if (!line.trimmed().isEmpty())
                    lines << line.trimmed();
            if (!lines.isEmpty() && lines.back() == QString::number(p + 1))
                lines.removeLast();
            if (!lines.isEmpty())
                QVERIFY2(!headings.contains(lines.back()), qPrintable(QString("page %1 ends with the heading \"%2\"").arg(p + 1).arg(lines.back())));
        }
    }

    // A project reads its data as it was made: a line that does not fit, skipped at init
    // with --skip-bad-lines, is skipped by every later command without the option (they
    // stopped at it before), and the release counts only the 19 records that fit.
    void aProjectReadsItsDataAsItWasMade()
    {
        QTemporaryDir tmp;
        QByteArray csv = "gender,region\n";
        for (int i = 0; i < 20; ++i)
            csv += i == 7 ? QByteArray("F,North,extra\n")
                          : QByteArray(i % 2 ? "M," : "F,") + (i % 3 ? "North\n" : "South\n");
        QFile f(tmp.filePath("ragged.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const QString project = tmp.filePath("p.dijkgraaf");
        Run r = run({"init", project, "--data", tmp.filePath("ragged.csv"), "--qi", "gender,region",
                     "--skip-bad-lines"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({"preview", project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // by hand: South holds 4 F and 3 M (i = 0, 6, 12, 18 and 3, 9, 15), both under the
        // threshold of 5, so 7 of the 19 records lie in hidden cells
        QVERIFY2(r.out.contains("2 hidden by the rules") && r.out.contains("(36.8 % of records)"),
                 r.out.constData());
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({"publish", project, "--out", tmp.filePath("release")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // the published cells, read from the CSV: North holds 6 F (2, 4, 8, 10, 14, 16; the
        // skipped line 7 would have made 7) and 6 M
        QDir release(tmp.filePath("release"));
        const QStringList tables = release.entryList({"records-by-*.csv"});
        QCOMPARE(tables.size(), 1);
        const QString text = QString::fromUtf8(readFile(release.filePath(tables[0])));
        QVERIFY2(text.contains("F,North,6,published") && text.contains("M,North,6,published"),
                 qPrintable(text));
    }

    // The phone demo's noisy release from the command line: `init --demo-tables phone-events`
    // gives the workbench demo's two tables, approved and published with the PDF report; the
    // option needs the subject column and knows no other demo.
    void thePhoneDemoReleaseFromTheCommandLine()
    {
        QTemporaryDir tmp;
        const QString events = tmp.filePath("ev.csv"), project = tmp.filePath("e.dijkgraaf");
        QCOMPARE(run({"generate", "phone-events", events, "--phones", "300", "--days", "7", "--seed", "3"}).exitCode, 0);
        Run r = run({"init", project, "--data", events, "--qi", "cell_area", "--demo-tables", "phone-events"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--subject"), r.err.constData());
        r = run({"init", project, "--data", events, "--qi", "cell_area", "--subject", "subject_id", "--demo-tables", "shop"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'shop'"), r.err.constData());
        QVERIFY(!QFile::exists(project));
        r = run({"init", project, "--data", events, "--qi", "cell_area", "--subject", "subject_id", "--demo-tables", "phone-events"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("People per area per hour by country of origin") && r.out.contains("discrete-gaussian"),
                 r.out.constData());
        const QString release = tmp.filePath("release");
        QCOMPARE(run({"publish", project, "--out", release}).exitCode, 0);
        for (const char *file : {"people-per-area-per-hour-by-country-of-origin.csv",
                                 "people-per-area-per-day-by-country-of-origin.csv", "report.pdf"})
            QVERIFY2(QFileInfo(release + "/" + file).size() > 0, file);
        QVERIFY(readFile(release + "/report.pdf").startsWith("%PDF"));
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QStringList>("directives");
        const QString text = QString::fromUtf8(readFile(DIJKGRAAF_TEST_DATA "/bad/CASES"));
        QVERIFY(!text.isEmpty());
        int cases = 0;
        QString name;
        QStringList directives;
        auto flush = [&] {
            if (!name.isEmpty())
                QTest::newRow(qPrintable(name)) << directives, ++cases;
            name.clear();
            directives.clear();
        };
        for (const QString &line : text.split('\n')) {
            if (line.startsWith('#'))
                continue;
            if (line.trimmed().isEmpty()) {
                flush();
                continue;
            }
            if (line.startsWith("case: "))
                name = line.mid(6);
            else
                directives << line;
        }
        flush();
        QVERIFY2(cases >= 40, qPrintable(QString("%1 cases").arg(cases)));
    }

    void hostileInputs()
    {
        collectReleases() = false;
        const auto collectAgain = qScopeGuard([] { collectReleases() = true; });
        QFETCH(QStringList, directives);
        QTemporaryDir tmp;
        const QString bad = DIJKGRAAF_TEST_DATA "/bad";
        auto expand = [&](QString s) {
            return s.replace("@BAD@", bad).replace("@TMP@", tmp.path()).replace("@ESC@", "\x1b");
        };
        auto argsOf = [&](const QString &line) {
            QStringList args;
            for (const QString &a : line.split(' ', Qt::SkipEmptyParts))
                args << expand(a);
            return args;
        };
        // every file of the catalogue as it is before the case
        std::map<QString, QByteArray> before;
        for (const QString &f : QDir(bad).entryList(QDir::Files))
            before[f] = QCryptographicHash::hash(readFile(bad + "/" + f), QCryptographicHash::Sha256);
        QVERIFY(QFile::copy(bad + "/tiny.csv", tmp.filePath("tiny.csv")));
        const QString project = tmp.filePath("p.dijkgraaf");
        Run last;
        bool ran = false;
        QStringList expectedErr;
        for (const QString &d : directives) {
            const auto colon = d.indexOf(": ");
            QVERIFY2(colon > 0, qPrintable("not a directive: " + d));
            const QString key = d.left(colon);
            const QString value = d.mid(colon + 2);
            auto mustSucceed = [&](const QStringList &args) {
                const Run r = run(args);
                QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + r.err));
            };
            if (key == "project") {
                mustSucceed({"init", project, "--data", tmp.filePath("tiny.csv"), "--qi", "sex"});
                if (value == "approved")
                    mustSucceed({"approve", project, "--name", "Steward"});
            } else if (key == "sql") {
                QProcess p;
                p.start("sqlite3", {project, expand(value)});
                QVERIFY(p.waitForFinished(30000));
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            } else if (key == "truncate") {
                QVERIFY(QFile::resize(project, value.toLongLong()));
            } else if (key == "overwrite") {
                QFile f(project);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.seek(value.toLongLong()));
                QVERIFY(f.write("\xde\xad\xbe\xef\xde\xad\xbe\xef", 8) == 8);
            } else if (key == "setup") {
                mustSucceed(argsOf(value));
            } else if (key == "run") {
                last = run(argsOf(value));
                ran = true;
            } else if (key == "exit") {
                QVERIFY(ran);
                QVERIFY2(last.exitCode == value.toInt(),
                         qPrintable(QString("exit %1, expected %2; stderr: %3")
                                        .arg(last.exitCode).arg(value).arg(QString(last.err))));
            } else if (key == "stderr") {
                expectedErr << expand(value);
            } else if (key == "stdout-has") {
                QVERIFY2(QString::fromUtf8(last.out).contains(expand(value)),
                         qPrintable("stdout lacks: " + value + "\nstdout: " + last.out));
            } else if (key == "absent" || key == "present") {
                QVERIFY2(QFileInfo::exists(expand(value)) == (key == "present"),
                         qPrintable(value + (key == "absent" ? " exists" : " is missing")));
            } else if (key != "why") {
                QFAIL(qPrintable("unknown directive: " + key));
            }
        }
        QVERIFY(ran);
        const QString err = QString::fromUtf8(last.err).trimmed();
        // @ANY@ in an expected line stands for any text (a time)
        const QString expected = expectedErr.join('\n');
        QStringList parts = expected.split("@ANY@");
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        const QRegularExpression pattern("^" + parts.join(".*") + "$");
        QVERIFY2(pattern.match(err).hasMatch(),
                 qPrintable("stderr:\n" + err + "\nexpected:\n" + expected));
        for (const auto &[f, hash] : before)
            QVERIFY2(QCryptographicHash::hash(readFile(bad + "/" + f), QCryptographicHash::Sha256) == hash,
                     qPrintable(f + " was changed"));
    }

    void everyCommandHasHelp()
    {
        const Run overview = run({"--help"});
        QCOMPARE(overview.exitCode, 0);
        for (const char *cmd : {"inspect", "assess", "uniqueness", "hierarchy", "generate", "init",
                                "config", "preview", "approve", "publish"}) {
            QVERIFY(overview.out.contains(cmd));
            const Run help = run({cmd, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.startsWith("Usage: dijkgraaf " + QByteArray(cmd)));
        }
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({"frobnicate"}).exitCode, 2);
    }

    // The generator is seeded: the same seed gives the same file; the file is a valid import.
    // A full disk: every writing command fails with the system's reason, and leaves the files
    // as they were (a full disk writes short without an error of its own; approve printed
    // "Approved" and left a truncated project). Run on a tmpfs of 400 KiB mounted by the test,
    // which needs root (as in CI); skipped elsewhere.
    void aFullDiskChangesNothing()
    {
        QTemporaryDir tmp;
        const QString tiny = tmp.filePath("tiny");
        QVERIFY(QDir().mkpath(tiny));
        QProcess mount;
        mount.start("mount", {"-t", "tmpfs", "-o", "size=400k", "tmpfs", tiny});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root): the full-disk test did not run");
        struct Unmount
        {
            QString at;
            ~Unmount() { QProcess::execute("umount", {at}); }
        } unmount{tiny};
        const QString data = tmp.filePath("customers.csv");
        QCOMPARE(run({"generate", "customers", data, "--rows", "3000"}).exitCode, 0);
        const QString project = tiny + "/p.dijkgraaf";
        QCOMPARE(run({"init", project, "--data", data, "--qi", "gender,municipality"}).exitCode, 0);
        const QByteArray before = readFile(project);
        QVERIFY(before.size() > 0);
        // leave about 40 KiB: less than the approved project needs
        auto fill = [&](qint64 leave) {
            QProcess df;
            df.start("df", {"-B1", "--output=avail", tiny});
            df.waitForFinished();
            const qint64 free = df.readAllStandardOutput().split('\n').value(1).trimmed().toLongLong();
            QFile filler(tiny + QString("/filler-%1").arg(leave));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            filler.write(QByteArray(static_cast<qsizetype>(std::max<qint64>(0, free - leave)), 'x'));
        };
        fill(40 * 1024);
        Run r = run({"approve", project, "--name", "A. Steward"});
        QCOMPARE(r.exitCode, 1);
        // the system's words, or SQLite's for the same
        QVERIFY2(r.err.contains("No space left on device") || r.err.contains("disk is full"), r.err.constData());
        QVERIFY(!r.out.contains("Approved"));
        QCOMPARE(readFile(project), before);
        QCOMPARE(run({"budget", project}).exitCode, 0); // still opens
        // a generated file, a hierarchy and a configuration: refused, and no file left
        r = run({"generate", "customers", tiny + "/big.csv", "--rows", "5000"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        r = run({"hierarchy", data, "--attribute", "postcode", "--build", "mask", "--out", tiny + "/h.csv"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        fill(1024);
        r = run({"config", "export", project, tiny + "/config.json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QStringList left = QDir(tiny).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        left.removeIf([](const QString &n) { return n.startsWith("filler-"); });
        QCOMPARE(left, QStringList{"p.dijkgraaf"});
        QCOMPARE(readFile(project), before);
    }

    // Settings out of range are refused at import, naming the setting and the value: a
    // threshold of -1 (which became 18446744073709551615 when cast before the check), 2.5
    // cells per subject, a level beyond the hierarchy; the project stays as it was.
    void settingsOutOfRangeAreRefused()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("c.csv"), project = tmp.filePath("p.dijkgraaf");
        QCOMPARE(run({"generate", "customers", data, "--rows", "500"}).exitCode, 0);
        QCOMPARE(run({"init", project, "--data", data, "--qi", "gender,date_of_birth", "--build",
                      "date_of_birth=date"}).exitCode, 0);
        const QString json = tmp.filePath("c.json");
        QCOMPARE(run({"config", "export", project, json}).exitCode, 0);
        const QByteArray good = readFile(json);
        const QByteArray before = readFile(project);
        struct Case
        {
            std::function<void(QJsonObject &)> change;
            QByteArray expected;
        };
        const std::vector<Case> cases{
            {[](QJsonObject &root) {
                 QJsonObject pub = root["publication"].toObject();
                 QJsonArray tables = pub["tables"].toArray();
                 QJsonObject t = tables[0].toObject();
                 t["protection"] = QJsonObject{{"method", "table-rules"}, {"threshold", -1}};
                 tables[0] = t;
                 pub["tables"] = tables;
                 root["publication"] = pub;
             },
             "\"threshold\" must be a whole number from 1 to 1000000000, not -1"},
            {[](QJsonObject &root) {
                 QJsonObject pub = root["publication"].toObject();
                 QJsonArray tables = pub["tables"].toArray();
                 QJsonObject t = tables[0].toObject();
                 t["protection"] = QJsonObject{{"method", "differential-privacy"},
                                               {"mechanism", "discrete-laplace"},
                                               {"max_cells_per_subject", 2.5}};
                 tables[0] = t;
                 pub["tables"] = tables;
                 root["publication"] = pub;
             },
             "\"max_cells_per_subject\" must be a whole number from 1 to 1000, not 2.5"},
            {[](QJsonObject &root) {
                 QJsonObject conf = root["configuration"].toObject();
                 QJsonArray attributes = conf["attributes"].toArray();
                 for (qsizetype i = 0; i < attributes.size(); ++i) {
                     QJsonObject a = attributes[i].toObject();
                     if (a["name"] == "date_of_birth")
                         a["level"] = 99;
                     attributes[i] = a;
                 }
                 conf["attributes"] = attributes;
                 root["configuration"] = conf;
             },
             "level 99 is outside the hierarchy"},
        };
        for (const Case &c : cases) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            c.change(root);
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(root).toJson());
            f.close();
            const Run r = run({"config", "import", json, project});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(c.expected), r.err.constData());
            QCOMPARE(readFile(project), before);
        }
    }

    // A hierarchy file lists every value of its column: for e-mail addresses, a list of the
    // customers. Refused unless asked for with --identifier-values; a quasi-identifier's is
    // written as before.
    void aHierarchyOfIdentifiersIsRefused()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("c.csv");
        QCOMPARE(run({"generate", "customers", data, "--rows", "300"}).exitCode, 0);
        const QString out = tmp.filePath("h.csv");
        Run r = run({"hierarchy", data, "--attribute", "email", "--build", "auto", "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("identifies people directly") && r.err.contains("--identifier-values"),
                 r.err.constData());
        QVERIFY(!r.err.contains("@"));
        QVERIFY(!QFileInfo::exists(out));
        r = run({"hierarchy", data, "--attribute", "email", "--build", "auto", "--out", out,
                 "--identifier-values"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readFile(out).contains("@"));
        QCOMPARE(run({"hierarchy", data, "--attribute", "postcode", "--build", "mask", "--out",
                      tmp.filePath("p.csv")}).exitCode, 0);
    }

    // publish --force replaces a release as a whole. The process is killed (strace's fault
    // injection) at each rename, link and removal in turn: every time the folder holds the old
    // release or the new one, each complete, never a mix, and the steward's own file stays;
    // the next run cleans up what the killed one left. After a clean --force the old release's
    // table (another name) is gone. Skipped where strace cannot trace.
    void publishForceIsAllOrNothing()
    {
        if (!straceWorks())
            QSKIP("strace cannot trace here: the kill test did not run");
        QTemporaryDir tmp;
        const QString data = tmp.filePath("c.csv"), project = tmp.filePath("p.dijkgraaf");
        QCOMPARE(run({"generate", "customers", data, "--rows", "800"}).exitCode, 0);
        QCOMPARE(run({"init", project, "--data", data, "--qi", "gender,municipality"}).exitCode, 0);
        QCOMPARE(run({"approve", project, "--name", "A. Steward"}).exitCode, 0);
        auto contents = [](const QString &dir) {
            std::map<QString, QByteArray> m;
            for (const QString &n : QDir(dir).entryList(QDir::Files | QDir::Hidden))
                m[n] = readFile(dir + "/" + n);
            return m;
        };
        const QString oldDir = tmp.filePath("old");
        QCOMPARE(run({"publish", project, "--out", oldDir}).exitCode, 0);
        // the next release: another table name, so another file
        const QString json = tmp.filePath("c.json");
        QCOMPARE(run({"config", "export", project, json}).exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QJsonObject pub = root["publication"].toObject();
        QJsonArray tables = pub["tables"].toArray();
        QJsonObject t = tables[0].toObject();
        t["name"] = "Customers by gender and municipality";
        tables[0] = t;
        pub["tables"] = tables;
        root["publication"] = pub;
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        QCOMPARE(run({"config", "import", json, project}).exitCode, 0);
        QCOMPARE(run({"approve", project, "--name", "A. Steward"}).exitCode, 0);
        const QString newDir = tmp.filePath("new");
        QCOMPARE(run({"publish", project, "--out", newDir}).exitCode, 0);
        const auto oldFiles = contents(oldDir), newFiles = contents(newDir);
        QVERIFY(oldFiles != newFiles);
        QVERIFY(oldFiles.count("records-by-gender-and-municipality.csv"));
        QVERIFY(newFiles.count("customers-by-gender-and-municipality.csv"));

        const QString out = tmp.filePath("out");
        auto reset = [&] {
            QDir(out).removeRecursively();
            QDir().mkpath(out);
            for (const auto &[name, bytes] : oldFiles) {
                QFile w(out + "/" + name);
                QVERIFY(w.open(QIODevice::WriteOnly));
                w.write(bytes);
            }
            QFile notes(out + "/notes.txt");
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("the steward's own notes");
        };
        auto holdsOneRelease = [&](const QString &when) {
            auto now = contents(out);
            QVERIFY2(now.count("notes.txt") && now["notes.txt"] == "the steward's own notes", qPrintable(when));
            now.erase("notes.txt");
            QVERIFY2(now == oldFiles || now == newFiles, qPrintable(when + ": a mix of files"));
        };
        int kills = 0;
        for (const char *call : {"renameat2", "rename", "link", "unlinkat", "rmdir"})
            for (int when = 1; when <= 4; ++when) {
                reset();
                QProcess p;
                p.start("strace", {"-f", "-qq", "-o", "/dev/null", "-e", QString("trace=") + call, "-e",
                                   QString("inject=%1:signal=KILL:when=%2").arg(call).arg(when),
                                   DIJKGRAAF_BINARY, "publish", project, "--out", out, "--force"});
                QVERIFY(p.waitForFinished(60000));
                const QString what = QString("killed at %1 #%2").arg(call).arg(when);
                kills += p.exitCode() != 0;
                holdsOneRelease(what);
                // the next run: the new release, and nothing left behind
                const Run again = run({"publish", project, "--out", out, "--force"});
                QVERIFY2(again.exitCode == 0, qPrintable(what + ": " + again.err));
                auto now = contents(out);
                now.erase("notes.txt");
                QVERIFY2(now == newFiles, qPrintable(what + ": the next run"));
                const QStringList left = QDir(tmp.path()).entryList({".dijkgraaf-*"}, QDir::AllEntries | QDir::Hidden);
                QVERIFY2(left.isEmpty(), qPrintable(what + ": " + left.join(", ")));
            }
        QVERIFY2(kills >= 3, qPrintable(QString("only %1 runs were killed").arg(kills)));
    }

    // A save killed at its rename leaves the project as it was or as it became, never torn,
    // and no copy of it anywhere: not in the system's temporary folder (where each killed save
    // left a folder holding the project) and, after the next save, not beside it either.
    void aKilledSaveLeavesNoCopy()
    {
        if (!straceWorks())
            QSKIP("strace cannot trace here: the kill test did not run");
        QTemporaryDir tmp, systemTemp;
        const QString project = tmp.filePath("p.dijkgraaf");
        QVERIFY(customerProject(tmp, 500));
        for (int when = 1; when <= 3; ++when) {
            const QByteArray before = readFile(project);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("TMPDIR", systemTemp.path());
            p.setProcessEnvironment(env);
            p.start("strace", killedAtRename(when, {"approve", project, "--name", "A. Steward"}));
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(run({"budget", project}).exitCode == 0, "the project no longer opens");
            // (Qt's own runtime folder, made empty where XDG_RUNTIME_DIR is unset, aside)
            const QStringList inTemp = QDir(systemTemp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).filter(QRegularExpression("^(?!runtime-)"));
            QVERIFY2(inTemp.isEmpty(), qPrintable(inTemp.join(", ")));
            Q_UNUSED(before);
            // the next save cleans up beside the project
            QCOMPARE(run({"approve", project, "--name", "A. Steward"}).exitCode, 0);
            QStringList left = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            left.removeAll("c.csv");
            left.removeAll("p.dijkgraaf");
            QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
        }
    }

    // generate killed at its rename leaves no file under the name asked for, and the next run
    // in the folder removes the half (its temporary copy of the invented data), whatever it
    // writes
    void aKilledGenerateIsCleanedUpByTheNextRun()
    {
        if (!straceWorks())
            QSKIP("strace cannot trace here: the kill test did not run");
        QTemporaryDir tmp;
        const QString data = tmp.filePath("c.csv");
        QProcess p;
        p.start("strace", killedAtRename(1, {"generate", "customers", data, "--rows", "3000"}));
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(!QFileInfo::exists(data));
        const auto entries = [&] {
            return QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        };
        QCOMPARE(entries().size(), 1); // the killed run's half
        QVERIFY2(entries().front().startsWith(".dijkgraaf-saving-"), qPrintable(entries().front()));
        QCOMPARE(run({"generate", "customers", tmp.filePath("d.csv"), "--rows", "10"}).exitCode, 0);
        QCOMPARE(entries(), QStringList{"d.csv"});
    }

    // An approval renders every file (the SQLite database among them) in memory: nothing of
    // the release is written to the system's temporary folder, where it would outlive a kill
    void anApprovalWritesNothingToTheSystemTemp()
    {
        if (!straceWorks())
            QSKIP("strace cannot trace here: the test did not run");
        QTemporaryDir tmp, systemTemp;
        const QString project = tmp.filePath("p.dijkgraaf");
        QVERIFY(customerProject(tmp, 500));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TMPDIR", systemTemp.path());
        // LeakSanitizer cannot run under a tracer (a sanitizer build would fail at exit)
        env.insert("ASAN_OPTIONS", env.value("ASAN_OPTIONS") + ":detect_leaks=0");
        p.setProcessEnvironment(env);
        const QString log = tmp.filePath("trace.txt");
        p.start("strace", {"-f", "-qq", "-o", log, "-e", "trace=open,openat,creat,mkdir,mkdirat",
                           DIJKGRAAF_BINARY, "approve", project, "--name", "A. Steward"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QStringList inTemp;
        for (const QString &line : QString::fromUtf8(readFile(log)).split('\n'))
            // (Qt's own runtime folder, made empty where XDG_RUNTIME_DIR is unset, aside)
            if (line.contains(systemTemp.path()) && !line.contains(systemTemp.path() + "/runtime-"))
                inTemp << line;
        QVERIFY2(inTemp.isEmpty(), qPrintable(inTemp.join('\n')));
        QVERIFY(readFile(log).contains("openat")); // the trace did see the files opened
    }

    void generatedDataIsReproducible()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath("a.csv"), b = tmp.filePath("b.csv");
        QCOMPARE(run({"generate", "customers", a, "--rows", "2000", "--seed", "5"}).exitCode, 0);
        QCOMPARE(run({"generate", "customers", b, "--rows", "2000", "--seed", "5"}).exitCode, 0);
        QCOMPARE(readFile(a), readFile(b));
        QCOMPARE(run({"generate", "customers", a, "--rows", "10"}).exitCode,
                 1); // exists, no --force
        const Run inspect = run({"inspect", a, "--format", "json"});
        QCOMPARE(inspect.exitCode, 0);
        QVERIFY(inspect.out.contains("\"records\": 2000"));
        // phone events: the same, and the subject column is recognised
        const QString e = tmp.filePath("e.csv"), f = tmp.filePath("f.csv");
        QCOMPARE(run({"generate", "phone-events", e, "--phones", "300", "--days", "2"}).exitCode,
                 0);
        QCOMPARE(run({"generate", "phone-events", f, "--phones", "300", "--days", "2"}).exitCode,
                 0);
        QCOMPARE(readFile(e), readFile(f));
        const Run events = run({"inspect", e});
        QVERIFY(events.out.contains("subject_id               text             300"));
        QVERIFY(events.out.contains("subject-id"));
    }

    // A recurring release without the workbench: init, review the configuration as JSON,
    // change it, approve, publish; what changes after approval is not published.
    void recurringRelease()
    {
        QTemporaryDir tmp;
        const QString project = tmp.filePath("adult.dijkgraaf");
        const QString data = DIJKGRAAF_TEST_DATA "/adult/adult.csv";
        Run r = run({"init", project, "--data", data, "--qi", "sex,race,age", "--hierarchies",
                     DIJKGRAAF_TEST_DATA "/adult", "--levels", "age=2"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run({"init", project, "--data", data, "--qi", "sex"}).exitCode, 1); // exists

        const QString json = tmp.filePath("config.json");
        QCOMPARE(run({"config", "export", project, json}).exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QJsonObject publication = root["publication"].toObject();
        QJsonArray tables = publication["tables"].toArray();
        QCOMPARE(tables.size(), qsizetype(1));
        QJsonObject table = tables[0].toObject();
        QCOMPARE(table["dimensions"].toArray().size(), qsizetype(3)); // the quasi-identifiers
        table["name"] = "People by sex, race and salary";
        table["dimensions"] =
            QJsonArray{QJsonObject{{"column", "sex"}}, QJsonObject{{"column", "race"}},
                       QJsonObject{{"column", "salary-class"}}};
        table["margins"] = true;
        tables[0] = table;
        // under differential privacy the age groups must be declared, not read from the data
        tables.append(QJsonObject{{"name", "People by age"},
                                  {"dimensions", QJsonArray{QJsonObject{{"column", "age"}}}},
                                  {"protection", QJsonObject{{"method", "differential-privacy"},
                                                             {"mechanism", "discrete-gaussian"},
                                                             {"rho", 0.3}}}});
        // the tables written into the configuration file
        auto writeConfig = [&] {
            publication["tables"] = tables;
            root["publication"] = publication;
            QFile out(json);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   out.write(QJsonDocument(root).toJson()) > 0;
        };
        QVERIFY(writeConfig());
        r = run({"config", "import", json, project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the categories of 'age' must be declared"), r.err.constData());
        // declared by the hierarchy file's level 2 (the ten-year groups), found next to the
        // configuration
        QVERIFY(QFile::copy(DIJKGRAAF_TEST_DATA "/adult/adult_hierarchy_age.csv",
                            tmp.filePath("adult_hierarchy_age.csv")));
        const QJsonObject ageByHierarchy{{"column", "age"},
                                         {"domain", QJsonObject{{"file", "adult_hierarchy_age.csv"},
                                                                {"level", 2}}}};
        QJsonObject byAge = tables[1].toObject();
        byAge["dimensions"] = QJsonArray{ageByHierarchy};
        tables[1] = byAge;
        QVERIFY(writeConfig());
        r = run({"config", "import", json, project});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = run({"preview", project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("People by sex, race and salary: 54 cells"));
        QVERIFY(r.out.contains("audit passed"));

        QCOMPARE(run({"publish", project, "--out", tmp.filePath("early")}).exitCode, 1);
        QCOMPARE(run({"approve", project}).exitCode, 2); // no --name
        r = run({"approve", project, "--name", "A. Steward", "--note", "first"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains("rho 0.300"));

        // the next release is audited with this one (the same data: no cell changed)
        r = run({"preview", project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("audit passed with the earlier release of "), r.out.constData());
        r = run({"preview", project, "--audit-time", "0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--audit-time"), r.err.constData());

        const QString release = tmp.filePath("release");
        r = run({"publish", project, "--out", release});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList files = QDir(release).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"datapackage.json", "dcat.jsonld", "people-by-age.csv",
                                     "people-by-sex-race-and-salary.csv", "release.json",
                                     "release.sqlite", "report.html", "report.pdf"}));
        QVERIFY(readFile(release + "/report.pdf").startsWith("%PDF"));
        // the user's alone: the release folder, its files and the project (they were 0644)
        for (const QString &written : QStringList{release, release + "/report.pdf",
                                                  release + "/release.sqlite", project})
            QVERIFY2(!(QFile::permissions(written) &
                       (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)),
                     qPrintable(written));
        const QByteArray csv = readFile(release + "/people-by-sex-race-and-salary.csv");
        QVERIFY(csv.contains(",hidden\r\n"));
        QVERIFY(csv.contains("Total,Total,Total,30162,published"));
        // again: refused without --force, then the same bytes with it
        QCOMPARE(run({"publish", project, "--out", release}).exitCode, 1);
        QCOMPARE(run({"publish", project, "--out", release, "--force"}).exitCode, 0);
        QCOMPARE(readFile(release + "/people-by-sex-race-and-salary.csv"), csv);

        // a second noisy table would overspend the budget of rho 0.5
        tables[1] = QJsonObject{{"name", "People by age, again"},
                                {"dimensions", QJsonArray{ageByHierarchy}},
                                {"protection", QJsonObject{{"method", "differential-privacy"},
                                                           {"mechanism", "discrete-gaussian"},
                                                           {"rho", 0.3}}}};
        QVERIFY(writeConfig());
        QCOMPARE(run({"config", "import", json, project}).exitCode, 0);
        r = run({"publish", project, "--out", tmp.filePath("changed")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("approve it again"));
        // the preview says so beforehand: the table released before keeps its noise and spends
        // nothing again, the new one's 0.3 is more than the 0.2 left
        r = run({"preview", project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Approving it would spend rho 0.300, more than the 0.200 left: the "
                                "approval would be refused"),
                 r.out.constData());
        r = run({"approve", project, "--name", "A. Steward"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("would spend rho 0.3, and 0.3 of the budget of rho 0.5"), r.err.constData());
        QVERIFY(r.err.contains("by every project on this data"));
        // the budget belongs to the data source; raising it is an approval of its own
        r = run({"budget", project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("spent rho 0.300 by A. Steward"), r.out.constData());
        QVERIFY(r.out.contains("rho 0.300 of 0.500 spent by every project on this data"));
        QCOMPARE(run({"budget", project, "--raise", "0.4", "--name", "B. Officer"}).exitCode, 1);
        QCOMPARE(run({"budget", project, "--raise", "0.8"}).exitCode, 2); // no --name
        r = run({"budget", project, "--raise", "0.8", "--name", "B. Officer", "--note", "board decision"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("budget rho 0.800, set by B. Officer"));
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("rho 0.600 of 0.800 spent"));

        // a configuration that names a column the data lacks is refused with its name
        table["dimensions"] = QJsonArray{QJsonObject{{"column", "postcode"}}};
        tables[0] = table;
        QVERIFY(writeConfig());
        r = run({"config", "import", json, project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("'postcode'"));
    }

    // The cell-key method through the command line: every published count within its
    // maximum deviation of the raw count; the same records give the same counts when the
    // file comes back in another order; the project's secret is never exported.
    void cellKeyReleaseThroughTheCommandLine()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("c.csv"), project = tmp.filePath("c.dijkgraaf");
        QCOMPARE(run({"generate", "customers", data, "--rows", "2000", "--seed", "4"}).exitCode, 0);
        Run r = run({"init", project, "--data", data, "--qi", "municipality"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString json = tmp.filePath("config.json");
        QCOMPARE(run({"config", "export", project, json}).exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QJsonObject publication = root["publication"].toObject();
        publication["tables"] = QJsonArray{QJsonObject{
            {"name", "Customers by municipality and contract"},
            {"dimensions", QJsonArray{QJsonObject{{"column", "municipality"}}, QJsonObject{{"column", "contract_type"}}}},
            {"margins", true},
            {"protection", QJsonObject{{"method", "cell-key"}, {"max_deviation", 2}, {"variance", 1.0}}}}};
        root["publication"] = publication;
        {
            QFile out(json);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(root).toJson());
        }
        r = run({"config", "import", json, project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("cell-key perturbation (at most 2"), r.out.constData());
        QCOMPARE(run({"publish", project, "--out", tmp.filePath("a")}).exitCode, 0);
        const QByteArray published = readFile(tmp.filePath("a/customers-by-municipality-and-contract.csv"));
        QVERIFY(published.contains(",noisy\r\n"));

        // the raw counts, from the lines of the file
        const QList<QByteArray> lines = readFile(data).trimmed().split('\n');
        const QList<QByteArray> header = lines.front().split(',');
        const auto m = header.indexOf("municipality"), c = header.indexOf("contract_type");
        std::map<std::pair<QByteArray, QByteArray>, int> truth;
        // (no field of the generated file holds a comma; some are quoted)
        auto unquote = [](QByteArray v) {
            return v.startsWith('"') && v.endsWith('"') ? v.mid(1, v.size() - 2) : v;
        };
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QByteArray> f = lines[i].trimmed().split(',');
            f[m] = unquote(f[m]);
            f[c] = unquote(f[c]);
            ++truth[{f[m], f[c]}];
            ++truth[{f[m], "Total"}];
            ++truth[{"Total", f[c]}];
            ++truth[{"Total", "Total"}];
        }
        int checked = 0, moved = 0;
        for (const QByteArray &line : published.split('\n').mid(1)) {
            QList<QByteArray> f = line.trimmed().split(',');
            if (f.size() >= 2) {
                f[0] = unquote(f[0]);
                f[1] = unquote(f[1]);
            }
            if (f.size() < 4)
                continue;
            const int count = f[2].toInt();
            const int expected = truth[{f[0], f[1]}];
            QVERIFY2(std::abs(count - expected) <= 2, line.constData());
            moved += count != expected;
            ++checked;
        }
        QVERIFY(checked > 50);
        QVERIFY(moved > checked / 4);

        // the file again, its lines in reverse order: the same counts
        QByteArray reversed = lines.front() + "\n";
        for (qsizetype i = lines.size() - 1; i >= 1; --i)
            reversed += lines[i].trimmed() + "\n";
        {
            QFile f(data);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(reversed);
        }
        r = run({"approve", project, "--name", "A. Steward"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run({"publish", project, "--out", tmp.filePath("b")}).exitCode, 0);
        QCOMPARE(readFile(tmp.filePath("b/customers-by-municipality-and-contract.csv")), published);

        // the secret stays in the project
        QCOMPARE(run({"config", "export", project, tmp.filePath("again.json")}).exitCode, 0);
        QVERIFY(!readFile(tmp.filePath("again.json")).contains("secret"));
    }

    void hierarchyCommandWritesArxFiles()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("tiny_hierarchy_age.csv");
        const Run r = run({"hierarchy", DIJKGRAAF_TEST_DATA "/tiny/tiny.csv", "--attribute", "age",
                           "--build", "interval:5,10", "--out", out});
        QCOMPARE(r.exitCode, 0);
        const QByteArray text = readFile(out);
        QVERIFY(text.contains("34;30-34;30-39;*\n"));
        // the written file drives an assessment
        const Run a = run({"assess", DIJKGRAAF_TEST_DATA "/tiny/tiny.csv", "--qi", "age",
                           "--hierarchies", tmp.path(), "--levels", "age=2", "--format", "json"});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.out.contains("\"classes\": 2"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
