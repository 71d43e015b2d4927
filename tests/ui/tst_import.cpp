#include "demo/customergenerator.h"
#include "errortext.h"
#include "importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "publish/protection.h"

#include <QApplication>
#include <QDirIterator>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTranslator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "modal.h"

using namespace dijkgraaf;

// The import dialog's preview and choices, and an import through the main window with them.
class TestImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

    // A shop's database: three customers in a table, and a view of the two women.
    static bool makeShop(const QString &path)
    {
        bool ok = false;
        {
            QSqlDatabase s = QSqlDatabase::addDatabase("QSQLITE", "make");
            s.setDatabaseName(path);
            QSqlQuery q(s);
            ok = s.open() &&
                 q.exec("CREATE TABLE customers (birth TEXT, gender TEXT, postcode TEXT)") &&
                 q.exec("INSERT INTO customers VALUES ('1975-03-14', 'F', '1234 AB'), "
                        "('1980-01-01', 'M', '2345 CD'), ('1975-03-14', 'F', '1234 AC')") &&
                 q.exec("CREATE VIEW women AS SELECT * FROM customers WHERE gender = 'F'");
            s.close();
        }
        QSqlDatabase::removeDatabase("make");
        return ok;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        box->setCurrentIndex(box->findData(data));
        emit box->activated(box->currentIndex());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName("DijkgraafTest");
        QCoreApplication::setApplicationName("tst_import");
        qputenv("DIJKGRAAF_AUTOSAVE_DIR", m_dir.filePath("autosave").toUtf8());
    }

    void previewAndChoices()
    {
        // semicolons, Windows-1252 (é = E9), one line too short
        const QString path = write("klanten.csv", "naam;geboortedatum;plaats;code\n"
                                                  "Jos\xE9 Bakker;1975-03-14;Delft;1234\n"
                                                  "Anna de Vries;1980-11-02;Ede;2345\n"
                                                  "kapot;1990-01-01\n"
                                                  "Piet Smit;1966-05-30;Delft;3456\n");
        ImportDialog dialog;
        dialog.setFile(path);
        // stopping at the bad line: the preview says where
        QVERIFY(dialog.status()->text().contains("line 4"));
        QCOMPARE(dialog.preview()->columnCount(), 0);
        choose(dialog.raggedBox(), static_cast<int>(RaggedRows::Skip));
        QCOMPARE(dialog.preview()->columnCount(), 4);
        QCOMPARE(dialog.preview()->rowCount(), 3 + 2); // type and role rows, then the records
        QCOMPARE(dialog.preview()->item(2, 0)->text(), QString::fromUtf8("José Bakker"));
        QVERIFY(dialog.status()->text().contains("Windows-1252"));
        QVERIFY(dialog.status()->text().contains("line 4 has 2 fields"));
        // suggestions with reasons, types as inferred
        QCOMPARE(dialog.roleBox(0)->currentData().toInt(),
                 static_cast<int>(AttributeRole::DirectIdentifier));
        QVERIFY(dialog.roleBox(0)->toolTip().contains("name"));
        QCOMPARE(dialog.roleBox(1)->currentData().toInt(),
                 static_cast<int>(AttributeRole::QuasiIdentifier));
        QCOMPARE(dialog.typeBox(1)->currentData().toInt(), static_cast<int>(ValueType::Date));
        QCOMPARE(dialog.typeBox(3)->currentData().toInt(), static_cast<int>(ValueType::Integer));
        // a forced delimiter changes the preview
        choose(dialog.delimiterBox(), static_cast<int>(','));
        QCOMPARE(dialog.preview()->columnCount(), 1);
        choose(dialog.delimiterBox(), static_cast<int>(';'));
        QCOMPARE(dialog.preview()->columnCount(), 4);
        // the steward's choices travel in the request
        choose(dialog.typeBox(3), static_cast<int>(ValueType::Postcode));
        choose(dialog.roleBox(3), static_cast<int>(AttributeRole::QuasiIdentifier));
        const ImportRequest r = dialog.request();
        QCOMPARE(r.raggedRows, RaggedRows::Skip);
        QCOMPARE(r.delimiter, ';');
        QVERIFY(!r.types[1]);
        QCOMPARE(*r.types[3], ValueType::Postcode);
        QCOMPARE(*r.roles[3], AttributeRole::QuasiIdentifier);
        QVERIFY(!r.roles[0]);

        // imported with those choices
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.importData(r);
        QVERIFY(loaded.wait(20000));
        const Dataset &d = window.workbench()->data();
        QCOMPARE(d.rowCount, 3u);
        QCOMPARE(d.rejectedLineCount, 1u);
        QCOMPARE(d.columns[3].type, ValueType::Postcode);
        QCOMPARE(window.workbench()->configuration().attributes[3].role,
                 AttributeRole::QuasiIdentifier);
        QCOMPARE(window.workbench()->configuration().attributes[0].role,
                 AttributeRole::DirectIdentifier);
        // the skipped line is listed
        auto *remarks = window.findChild<QMessageBox *>("importRemarks");
        QVERIFY(remarks);
        QVERIFY(remarks->detailedText().contains("Line 4: 2 fields where the header has 4"));
        QVERIFY(dialog.grab().save(QStringLiteral(DIJKGRAAF_SCREENSHOTS "/import.png")));
    }

    void aTypeThatDoesNotFitIsRefused()
    {
        ImportRequest r;
        r.path = write("codes.csv", "code,n\n1234,1\nABCD,2\n");
        r.types = {ValueType::Integer, std::nullopt};
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        test::whenModal([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->accept();
        });
        window.importData(r);
        QVERIFY(failed.wait(20000));
        QVERIFY(
            failed.first().first().toString().contains(
                "a value held by one record only (not shown: it could single someone out) is not a "
                "valid integer"));
        QVERIFY(!failed.first().first().toString().contains("ABCD"));
    }

    // The engine's messages in the workbench's language: a refused import in Dutch, through the
    // real window and straight from the reader, while the engine's own text stays English (the
    // command line and the logs read it); and every message template the engine marks has a
    // Dutch text with the same placeholders.
    void engineErrorsSpeakDutch()
    {
        applyLanguage(QStringLiteral("nl"));
        ImportRequest r;
        r.path = write("codes-nl.csv", "code,n\n1234,1\nABCD,2\nABCD,3\n");
        r.types = {ValueType::Integer, std::nullopt};
        {
            MainWindow window;
            QSignalSpy failed(&window, &MainWindow::loadFailed);
            QString shown;
            test::whenModal([&shown](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    shown = box->text();
                    box->accept();
                }
            });
            window.importData(r);
            QVERIFY(failed.wait(20000));
            const QString dutch =
                r.path + QStringLiteral(", kolom 'code': de waarde 'ABCD' (een waarde uit de "
                                        "gegevens, 2 records) is geen geldig geheel getal");
            QCOMPARE(failed.first().first().toString(), dutch);
            QCOMPARE(shown, dutch);
        }
        const QString ragged = write("ragged-nl.csv", "a,b\n1,2\n3\n");
        const auto read = readCsv(ragged.toStdString());
        QVERIFY(!read.ok());
        QCOMPARE(errorText(read.error()),
                 ragged + QStringLiteral(", regel 3: deze regel heeft 1 veld waar de kopregel er 2 "
                                         "heeft; sla zulke regels over, of verbeter het bestand"));
        QCOMPARE(read.error().message, std::string("this line has 1 field where the header has 2; "
                                                   "skip such lines, or correct the file"));

        // a message inside another: each said in Dutch
        const auto wrapped = protectionFromJson(
            QJsonObject{{"method", "table-rules"}, {"rounding_base", 4}}, "Klanten");
        QVERIFY(!wrapped.ok());
        QCOMPARE(errorText(wrapped.error()),
                 QStringLiteral("Klanten: afronden gaat op een basis van 3, 5 of 10 (of 0 voor "
                                "geen), niet 4"));
        QCOMPARE(wrapped.error().message,
                 std::string("Klanten: rounding is to a base of 3, 5 or 10 (or 0 for none), not 4"));

        // every template of the engine's sources, read here from the sources themselves
        const QRegularExpression marked(
            QStringLiteral("QT_TRANSLATE_NOOP\\(\\s*\"Errors\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)"));
        const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        int templates = 0;
        QStringList untranslated;
        QTranslator dutchFile;
        QVERIFY(dutchFile.load(QStringLiteral(":/i18n/dijkgraaf_nl.qm")));
        QDirIterator it(QStringLiteral(DIJKGRAAF_SOURCE_DIR "/core"), {"*.cpp", "*.h"},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(f.readAll());
            for (auto m = marked.globalMatch(code); m.hasNext();) {
                QString source;
                for (auto p = piece.globalMatch(m.next().captured(1)); p.hasNext();) {
                    // the literal's escapes: \" \\ \n
                    const QString literal = p.next().captured(1);
                    for (qsizetype i = 0; i < literal.size(); ++i) {
                        if (literal[i] == QLatin1Char('\\') && i + 1 < literal.size()) {
                            ++i;
                            source += literal[i] == QLatin1Char('n') ? QChar('\n') : literal[i];
                        } else {
                            source += literal[i];
                        }
                    }
                }
                ++templates;
                // the translation itself: empty where the Dutch file has none (a Dutch text
                // may read as the English one, "records")
                const QString dutch = dutchFile.translate("Errors", source.toUtf8());
                auto placeholders = [&](const QString &text) {
                    QStringList found;
                    for (auto p = placeholder.globalMatch(text); p.hasNext();)
                        found << p.next().captured(0);
                    found.sort();
                    return found;
                };
                if (dutch.isEmpty() || placeholders(dutch) != placeholders(source))
                    untranslated << source;
            }
        }
        applyLanguage(QStringLiteral("en"));
        QVERIFY2(templates >= 100, qPrintable(QString::number(templates)));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    // The demo: no installed copy, so the window makes one with the seeded generator.
    void opensTheDemo()
    {
        QTemporaryDir demoDir;
        qputenv("DIJKGRAAF_DEMO_DIR", QFile::encodeName(demoDir.path() + "/none"));
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openDemo();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window.workbench()->data().rowCount, 100000u);
        QCOMPARE(window.workbench()
                     ->configuration()
                     .attributes[*window.workbench()->data().columnIndex("email")]
                     .role,
                 AttributeRole::DirectIdentifier);
        qunsetenv("DIJKGRAAF_DEMO_DIR");
    }

    // The second demo: phone events with their release ready to preview, noise and all.
    void opensThePhoneEventsDemo()
    {
        QTemporaryDir demoDir;
        qputenv("DIJKGRAAF_DEMO_DIR", QFile::encodeName(demoDir.path() + "/none"));
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openEventsDemo();
        QVERIFY(loaded.wait(60000));
        Workbench *bench = window.workbench();
        QVERIFY(bench->data().rowCount > 200000);
        QCOMPARE(bench->configuration().attributes[*bench->data().columnIndex("subject_id")].role,
                 AttributeRole::SubjectId);
        QCOMPARE(window.stages()->currentWidget(), window.publishView());
        PublishView *pv = window.publishView();
        QCOMPARE(pv->tableList()->count(), 2);
        // the table's dimensions are listed first, in its order
        QCOMPARE(pv->dimensionTable()->item(0, 0)->text(), QString("cell_area"));
        QCOMPARE(pv->dimensionTable()->item(1, 0)->text(), QString("timestamp"));
        QCOMPARE(pv->dimensionTable()->item(1, 0)->checkState(), Qt::Checked);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate() && pv->preview(), 60000);
        QVERIFY2(pv->previewError().isEmpty(), qPrintable(pv->previewError()));
        const Release &hourly = pv->preview()->tables[0];
        QCOMPARE(hourly.mechanism, std::string("discrete-gaussian"));
        QVERIFY(hourly.hasSubjects);
        QVERIFY(hourly.summary.droppedRows > 0); // at most 12 area-hours per phone
        QCOMPARE(hourly.labels[1].size(), std::size_t(7 * 24));
        // the daily table of the same people is noisy too, on its share of the budget: an
        // exact table beside it would publish them without the guarantee
        const Release &daily = pv->preview()->tables[1];
        QCOMPARE(daily.mechanism, std::string("discrete-gaussian"));
        QCOMPARE(daily.labels[1].size(), std::size_t(7));
        QVERIFY(!daily.audit.ran);
        QCOMPARE(hourly.rho + daily.rho, 0.14);
        QTest::qWait(50); // the layout follows the summary's new text
        window.grab().save(
            QDir(QStringLiteral(DIJKGRAAF_SCREENSHOTS)).filePath("publish_events.png"));
        qunsetenv("DIJKGRAAF_DEMO_DIR");
    }

    void aLargeImportCanBeCancelled()
    {
        const QString big = m_dir.filePath("big.csv");
        QVERIFY(generateCustomers(big.toStdString(), 300000, 5).ok());
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openData(big);
        QVERIFY(window.isLoading());
        window.cancelLoadButton()->click();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains("cancelled"));
        QVERIFY(!window.workbench());
    }

    void sqliteTableOrView()
    {
        const QString db = m_dir.filePath("shop.sqlite");
        QVERIFY(makeShop(db));
        ImportDialog dialog;
        dialog.setFile(db);
        QVERIFY(dialog.tableBox()->isVisibleTo(&dialog));
        QCOMPARE(dialog.tableBox()->count(), 2);
        QCOMPARE(dialog.preview()->rowCount(), 3 + 2);
        dialog.tableBox()->setCurrentIndex(dialog.tableBox()->findText("women"));
        emit dialog.tableBox()->activated(dialog.tableBox()->currentIndex());
        QCOMPARE(dialog.preview()->rowCount(), 2 + 2);
        QCOMPARE(dialog.typeBox(2)->currentData().toInt(), static_cast<int>(ValueType::Postcode));

        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.importData(dialog.request());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.workbench()->data().rowCount, 2u);
        QCOMPARE(window.workbench()->configuration().attributes[2].role,
                 AttributeRole::QuasiIdentifier);
    }

    // A project made from an SQLite view, with a type the steward forced, reopens on that view
    // with that type: the project keeps how its data was read (it read the database as a CSV
    // file before, and failed).
    void aProjectOnAnSqliteTableReopens()
    {
        const QString db = m_dir.filePath("reopen.sqlite");
        QVERIFY(makeShop(db));
        ImportRequest request;
        request.path = db;
        request.table = "women";
        request.types = {ValueType::Text}; // the birth dates read as text
        const QString project = m_dir.filePath("reopen.dijkgraaf");
        {
            MainWindow window;
            QSignalSpy loaded(&window, &MainWindow::loaded);
            window.importData(request);
            QVERIFY(loaded.wait(20000));
            QCOMPARE(window.workbench()->data().columns[0].type, ValueType::Text);
            QVERIFY(window.saveProjectAs(project));
        }
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.setQuestionHandler([](const QString &, const QString &) { return false; });
        window.openProjectFile(project);
        QVERIFY2(loaded.wait(20000),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(window.workbench()->data().rowCount, 2u); // the view's women, not all three
        QCOMPARE(window.workbench()->data().columns[0].type, ValueType::Text);
        QCOMPARE(window.projectPath(), QFileInfo(project).absoluteFilePath());
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
