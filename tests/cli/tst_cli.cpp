#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The dijkgraaf command end to end. Each folder under tests/data/cli is a case:
//   args             one argument per line; @DATA@ stands for tests/data, @TMP@ for a fresh folder
//   exit_code        the expected exit code
//   stdout           (optional) the exact expected standard output
//   stderr_contains  (optional) lines that must each appear in standard error
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(DIJKGRAAF_BINARY, args);
        if (!p.waitForFinished(120000))
            qFatal("dijkgraaf did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
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

    void everyCommandHasHelp()
    {
        const Run overview = run({"--help"});
        QCOMPARE(overview.exitCode, 0);
        for (const char *cmd : {"inspect", "assess", "uniqueness", "hierarchy", "generate"}) {
            QVERIFY(overview.out.contains(cmd));
            const Run help = run({cmd, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.startsWith("Usage: dijkgraaf " + QByteArray(cmd)));
        }
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({"frobnicate"}).exitCode, 2);
    }

    // The generator is seeded: the same seed gives the same file; the file is a valid import.
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
