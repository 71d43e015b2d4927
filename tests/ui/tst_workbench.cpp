#include "appearance.h"
#include "attributepanel.h"
#include "crosstablemodel.h"
#include "demo/customergenerator.h"
#include "domaindialog.h"
#include "hierarchy/arxformat.h"
#include "hierarchybuilder.h"
#include "hierarchyeditor.h"
#include "io/csvreader.h"
#include "language.h"
#include "mainwindow.h"
#include "pdfreport.h"
#include "presentation.h"
#include "project/configurationjson.h"
#include "project/privacyledger.h"
#include "project/project.h"
#include "publish/approval.h"
#include "releasemodel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGraphicsTextItem>
#include <QInputDialog>
#include <QLineEdit>
#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <array>
#include <map>

#include <memory>
#include <set>

#include "modal.h"

#include <cmath>

using namespace dijkgraaf;

// Drives the real main window under the offscreen platform: opens generated customers, changes
// roles, levels and k through the widgets, and checks that the charts hold the engine's numbers.
class TestWorkbench : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_ledger;


    QTemporaryDir m_dir;
    QString m_data;
    // the window of the test function running now, made anew for each (see window())
    mutable std::unique_ptr<MainWindow> m_window;

    // The test function's own window, made on first use and shown; withData: the customers
    // opened in it and its charts up to date.
    MainWindow *window(bool withData = true) const
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>();
            // these tests replace their work on purpose; the question itself is tested by
            // unsavedWorkIsNeverLostWithoutAQuestion
            m_window->setUnsavedWorkHandler([] { return MainWindow::UnsavedWork::Discard; });
            m_window->setExtraFiles(pdfReportFile()); // as the program does
            m_window->resize(1600, 1000);
            m_window->show();
        }
        if (withData && !m_window->view()) {
            QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
            m_window->openData(m_data);
            if (!loaded.wait(20000) ||
                !QTest::qWaitFor([this] { return m_window->view()->isUpToDate(); }, 20000))
                qFatal("the customers did not open in the test's window");
        }
        return m_window.get();
    }

    WorkbenchView *view() const { return window()->view(); }
    Workbench *bench() const { return window()->workbench(); }
    std::size_t column(const char *name) const { return *bench()->data().columnIndex(name); }

    // True once the charts show the analysis of the configuration as it is now.
    bool showsCurrent() const { return view()->isUpToDate(); }

    // The engine's own answer for the configuration, computed apart from the window.
    AnalysisResult engine() const
    {
        AnalysisSession session(bench()->sharedData());
        auto r = session.run(bench()->configuration());
        if (!r)
            qFatal("%s", r.error().text().c_str());
        return std::move(*r);
    }

    // A window of its own on a customer file of its own, shown, with its charts up to date:
    // a test function that uses it passes when run alone.
    std::unique_ptr<MainWindow> freshWindow(const QString &name, int customers = 2000)
    {
        const QString path = m_dir.filePath(name + ".csv");
        if (!QFileInfo::exists(path) && !generateCustomers(path.toStdString(), customers, 5).ok())
            return nullptr;
        auto w = std::make_unique<MainWindow>();
        w->resize(1600, 1000);
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::loaded);
        w->openData(path);
        if (!loaded.wait(20000) || !QTest::qWaitFor([&] { return w->view()->isUpToDate(); }, 20000))
            return nullptr;
        return w;
    }

    // The named columns of every row of the customer file, read with a splitter of the test's
    // own (the generated file quotes a field only where it starts with an apostrophe, and no
    // field holds a comma): the raw-row reference the charts are checked against.
    std::vector<std::vector<QString>> rawRows(const QStringList &names) const
    {
        QFile f(m_data);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(m_data));
        const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(',');
        std::vector<qsizetype> at;
        for (const QString &n : names)
            at.push_back(header.indexOf(n));
        std::vector<std::vector<QString>> rows;
        while (!f.atEnd()) {
            const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(',');
            std::vector<QString> row;
            for (qsizetype i : at) {
                QString v = fields.value(i);
                if (v.startsWith('"') && v.endsWith('"'))
                    v = v.mid(1, v.size() - 2);
                row.push_back(v);
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

    // The size of each record's class: the records with the same first `width` values.
    static std::vector<int> classSizes(const std::vector<std::vector<QString>> &rows,
                                       std::size_t width)
    {
        std::map<std::vector<QString>, int> count;
        for (const auto &r : rows)
            ++count[std::vector<QString>(r.begin(),
                                         r.begin() + static_cast<std::ptrdiff_t>(width))];
        std::vector<int> sizes;
        for (const auto &r : rows)
            sizes.push_back(count[std::vector<QString>(
                r.begin(), r.begin() + static_cast<std::ptrdiff_t>(width))]);
        return sizes;
    }

    // True when every category label of a chart shows whole, as drawn: QtCharts cuts a label
    // that has no room to "..." in the text item it draws. (The chart's title is not checked:
    // QtCharts cuts a long title in a narrow window.)
    static bool labelsReadable(QChartView *view, Qt::Orientation o = Qt::Horizontal)
    {
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(o).value(0));
        if (!axis)
            return false;
        int labels = 0;
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                const QString shown = text->toPlainText();
                if (shown == view->chart()->title() ||
                    shown.startsWith(view->chart()->title().left(20)))
                    continue;
                if (shown.endsWith(QStringLiteral("...")))
                    return false;
                labels += axis->categories().contains(shown) ? 1 : 0;
            }
        return labels == axis->categories().size();
    }

    // The bars' value labels that can be seen ("16.9 %"), or -1 where one runs into another.
    static int valueLabelsApart(QChartView *view)
    {
        static const QRegularExpression value(QStringLiteral("^[0-9.,]+ %$"));
        std::vector<QRectF> seen;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || !value.match(text->toPlainText()).hasMatch() ||
                text->defaultTextColor().alpha() == 0)
                continue;
            const QRectF r = text->sceneBoundingRect().adjusted(4, 4, -4, -4); // its margins
            for (const QRectF &other : seen)
                if (r.intersects(other))
                    return -1;
            seen.push_back(r);
        }
        return static_cast<int>(seen.size());
    }

    // Checks exactly the named dimensions of the current table in the designer, as a steward
    // clicks them. Each check is an edit that lists the rows anew (the table's own first), so
    // one at a time, looking again after each.
    static void checkOnly(PublishView *pv, const QStringList &names)
    {
        QTableWidget *dims = pv->dimensionTable();
        for (bool changed = true; changed;) {
            changed = false;
            for (int row = 0; row < dims->rowCount() && !changed; ++row) {
                const auto want =
                    names.contains(dims->item(row, 0)->text()) ? Qt::Checked : Qt::Unchecked;
                if (dims->item(row, 0)->checkState() != want) {
                    dims->item(row, 0)->setCheckState(want);
                    changed = true;
                }
            }
        }
    }

    // The configuration several functions start from, set through the widgets as a steward
    // would: date of birth to years, postcode to two digits, k = 5 with 2 % suppression. True
    // once the charts show it.
    bool yearsTwoDigitsAndK5() const
    {
        view()->attributes()->levelSlider(column("date_of_birth"))->setValue(2);
        view()->attributes()->levelSlider(column("postcode"))->setValue(3);
        view()->kBox()->setValue(5);
        view()->limitBox()->setValue(2.0);
        return QTest::qWaitFor([this] { return showsCurrent(); }, 20000);
    }

    void screenshot(QWidget *w, const QString &name)
    {
        QDir().mkpath(DIJKGRAAF_SCREENSHOTS);
        const QString path = QStringLiteral(DIJKGRAAF_SCREENSHOTS "/%1.png").arg(name);
        QVERIFY(w->grab().save(path));
    }

private slots:
    // every test function its own privacy ledger (the budgets of data sources), never the
    // user's
    void init()
    {
        m_window.reset();
        m_ledger = std::make_unique<QTemporaryDir>();
        qputenv("DIJKGRAAF_LEDGER", m_ledger->filePath("ledger.sqlite").toUtf8());
    }

    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_data = m_dir.filePath("customers.csv");
        QVERIFY(generateCustomers(m_data.toStdString(), 20000, 11).ok());
        QCoreApplication::setOrganizationName("DijkgraafTest");
        QCoreApplication::setApplicationName("tst_workbench");
        // autosaves in the test's folder, never the user's
        if (qEnvironmentVariableIsEmpty("DIJKGRAAF_CRASH_CHILD")) // that one is given its own
            qputenv("DIJKGRAAF_AUTOSAVE_DIR", m_dir.filePath("autosave").toUtf8());
        screenshot(window(false), "welcome");
    }

    // every test function's window goes with it: the next one starts from nothing
    void cleanup() { m_window.reset(); }

    void opensData()
    {
        QSignalSpy loaded(window(false), &MainWindow::loaded);
        window()->openData(m_data);
        QVERIFY(loaded.wait(20000));
        QVERIFY(view());
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        // the suggestions became the roles
        const Configuration &c = bench()->configuration();
        QCOMPARE(c.attributes[column("email")].role, AttributeRole::DirectIdentifier);
        QCOMPARE(c.attributes[column("date_of_birth")].role, AttributeRole::QuasiIdentifier);
        QCOMPARE(c.attributes[column("postcode")].role, AttributeRole::QuasiIdentifier);
        QCOMPARE(view()->attributes()->roleBox(column("date_of_birth"))->currentData().toInt(),
                 static_cast<int>(AttributeRole::QuasiIdentifier));
        QVERIFY(view()->verdict()->text().contains("unique"));
    }

    void levelsAndKThroughTheWidgets()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        const Configuration &c = bench()->configuration();
        QCOMPARE(c.attributes[column("date_of_birth")].level, 2);
        QCOMPARE(c.privacy.k, 5u);
        QCOMPARE(c.privacy.suppressionLimit, 0.02);

        const AnalysisResult e = engine();
        const Evaluation &ev = e.evaluation;
        // class sizes: the current set holds the engine's kept records per band
        QBarSet *current = view()->classSizeChart()->currentSet();
        QCOMPARE(current->count(), 7);
        for (int b = 0; b < 7; ++b)
            QCOMPARE(current->at(b),
                     static_cast<qreal>(ev.keptRecordsByClassSize[static_cast<std::size_t>(b)]));
        // bands below k are marked, and the k line stands
        QList<int> marked = current->selectedBars();
        std::sort(marked.begin(), marked.end());
        QCOMPARE(marked, (QList<int>{0, 1, 2}));
        QVERIFY(view()->classSizeChart()->kLine()->isVisible());
        QCOMPARE(view()->classSizeChart()->kLine()->count(), 2);
        QCOMPARE(view()->classSizeChart()->kLine()->at(0).x(), 2.5);
        // the raw rows, grouped by the test itself
        const auto rows = rawRows({"date_of_birth", "gender", "postcode", "municipality"});
        QCOMPARE(rows.size(), std::size_t(20000));
        // the input set: every record in the band of its class at level 0 (bands 1, 2, 3-4,
        // 5-9, 10-19, 20-49, 50+)
        std::array<qreal, 7> bands{};
        for (int size : classSizes(rows, 4))
            ++bands[size == 1   ? 0
                    : size == 2 ? 1
                    : size < 5  ? 2
                    : size < 10 ? 3
                    : size < 20 ? 4
                    : size < 50 ? 5
                                : 6];
        for (int b = 0; b < 7; ++b)
            QCOMPARE(view()->classSizeChart()->inputSet()->at(b),
                     bands[static_cast<std::size_t>(b)]);
        // the ladder: the share of records unique on the first j attributes, in percent with
        // one decimal
        QCOMPARE(view()->ladderChart()->categories(),
                 (QStringList{"date_of_birth", "+ gender", "+ postcode", "+ municipality"}));
        for (std::size_t j = 1; j <= 4; ++j) {
            const auto sizes = classSizes(rows, j);
            const double unique = static_cast<double>(std::count(sizes.begin(), sizes.end(), 1));
            QCOMPARE(view()->ladderChart()->shares()->at(static_cast<int>(j - 1)),
                     std::round(unique / 20000 * 1000) / 10);
        }
        // the ladder at the chosen levels, before suppression: years of birth, gender, the
        // postcode's two digits, the municipality, generalized here from the raw rows
        std::vector<std::vector<QString>> generalized;
        for (const auto &r : rows)
            generalized.push_back({r[0].left(4), r[1], r[2].left(2), r[3]});
        for (std::size_t j = 1; j <= 4; ++j) {
            const auto sizes = classSizes(generalized, j);
            const double unique = static_cast<double>(std::count(sizes.begin(), sizes.end(), 1));
            QCOMPARE(view()->ladderChart()->sharesAt()->at(static_cast<int>(j - 1)),
                     std::round(unique / 20000 * 1000) / 10);
        }
        // and it follows the slider: date of birth back to the day, the first rung as in the
        // data
        view()->attributes()->levelSlider(column("date_of_birth"))->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->ladderChart()->sharesAt()->at(0), view()->ladderChart()->shares()->at(0));
        // bars of the same height side by side: their values are not drawn over each other
        QVERIFY(valueLabelsApart(view()->ladderChart()) >= 1);
        window()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(bench()->configuration().attributes[column("date_of_birth")].level, 2);
        // every label whole, at this width and at a narrower one; the bars' values where they
        // fit (the first set's only where both fit), none over another
        QVERIFY(valueLabelsApart(view()->ladderChart()) >= 2);
        QVERIFY(labelsReadable(view()->ladderChart()));
        QVERIFY(labelsReadable(view()->lossChart()));
        window()->resize(1200, 1000);
        QTRY_VERIFY(labelsReadable(view()->ladderChart()) && labelsReadable(view()->lossChart()));
        QTRY_VERIFY(valueLabelsApart(view()->ladderChart()) >= 2);
        window()->resize(1600, 1000);
        QTRY_VERIFY(labelsReadable(view()->ladderChart()) && labelsReadable(view()->lossChart()));
        // loss in percent with one decimal
        QBarSet *loss = view()->lossChart()->losses();
        QCOMPARE(view()->lossChart()->categories().last(), QString("overall"));
        QCOMPARE(loss->at(loss->count() - 1), std::round(ev.utility.loss * 1000) / 10);
        for (std::size_t q = 0; q < ev.lossPerQi.size(); ++q) // date_of_birth first
            QCOMPARE(loss->at(static_cast<int>(q)), std::round(ev.lossPerQi[q] * 1000) / 10);
        // the verdict says what happened
        if (ev.satisfied)
            QVERIFY2(view()->verdict()->text().contains("no one is in a group smaller than 5"),
                     qPrintable(view()->verdict()->text()));
        // the example follows the level: a date becomes its year
        QVERIFY(view()
                    ->attributes()
                    ->exampleLabel(column("date_of_birth"))
                    ->text()
                    .contains(QRegularExpression("→ <b>\\d{4}</b>")));
        screenshot(window(), "workbench");
    }

    void recordsShowTheTransformation()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        RecordsModel *m = view()->records();
        m->setMode(RecordsModel::Mode::SideBySide);
        QCOMPARE(m->columnCount(), 2 * static_cast<int>(bench()->data().columns.size()));
        QCOMPARE(m->rowCount(), 20000);
        const int dob = 2 * static_cast<int>(column("date_of_birth"));
        const int email = 2 * static_cast<int>(column("email"));
        const AnalysisResult e = engine();
        int suppressed = 0;
        for (int row = 0; row < m->rowCount(); ++row)
            suppressed += m->isSuppressed(row) ? 1 : 0;
        QCOMPARE(static_cast<std::uint64_t>(suppressed), e.evaluation.suppressedRecords);
        for (int row = 0; row < 50; ++row) {
            const QString before = m->data(m->index(row, dob)).toString();
            const QString after = m->data(m->index(row, dob + 1)).toString();
            if (m->isSuppressed(row))
                QCOMPARE(after, QString("*"));
            else
                QCOMPARE(after, before.left(4));
            QCOMPARE(m->data(m->index(row, email + 1)).toString(), QString("(removed)"));
        }
        QVERIFY(m->headerData(dob + 1, Qt::Horizontal).toString().contains("after"));
    }

    void distributionFollowsTheChosenAttribute()
    {
        QComboBox *pick = view()->distributionAttribute();
        QCOMPARE(pick->count(), 4);
        pick->setCurrentIndex(pick->findText("gender"));
        emit pick->activated(pick->currentIndex());
        DistributionChart *d = view()->distributionChart();
        QCOMPARE(d->categories().size(), 2);
        qreal total = 0, published = 0;
        for (int i = 0; i < d->before()->count(); ++i) {
            total += d->before()->at(i);
            published += d->after()->at(i);
        }
        const AnalysisResult e = engine();
        QCOMPARE(total, 20000.0);
        QCOMPARE(published, static_cast<qreal>(20000 - e.evaluation.suppressedRecords));
        // each bar before protection holds the raw rows of its value
        std::map<QString, qreal> raw;
        for (const auto &row : rawRows({"gender"}))
            raw[row[0]] += 1;
        for (int i = 0; i < d->before()->count(); ++i)
            QCOMPARE(d->before()->at(i), raw[d->categories().at(i)]);
    }

    // Every column of the records as wide as its header, side by side and after a mode change
    // ("customer_number (after)" was cut at both ends).
    void recordColumnsShowTheirHeaders()
    {
        QTableView *records = view()->recordsView();
        auto headersWhole = [records] {
            QHeaderView *header = records->horizontalHeader();
            const QFontMetrics metrics(header->font());
            for (int c = 0; c < records->model()->columnCount(); ++c)
                if (header->sectionSize(c) <
                    metrics.horizontalAdvance(
                        records->model()->headerData(c, Qt::Horizontal).toString()) + 8)
                    return false;
            return records->model()->columnCount() > 0;
        };
        QVERIFY(headersWhole());
        view()->setRecordsMode(RecordsModel::Mode::After);
        QVERIFY(headersWhole());
        view()->setRecordsMode(RecordsModel::Mode::SideBySide);
        QVERIFY(headersWhole());
    }

    // Every chart's title whole, in a narrow window too, in English and in Dutch (QtCharts cut
    // "Aandeel unieke records naarmate kenmerken worden ..." at the workbench's own width).
    void chartTitlesAreWhole()
    {
        auto whole = [this] {
            for (QChartView *v : view()->findChildren<QChartView *>()) {
                if (!v->isVisible() || v->chart()->title().isEmpty())
                    continue;
                // a title too wide for one line is broken in two (<br>)
                const QString title = plainTitle(v->chart());
                bool drawn = false;
                for (QGraphicsItem *item : v->scene()->items())
                    if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                        text && text->isVisible() &&
                        text->toPlainText().startsWith(title.left(12))) {
                        QString shown = text->toPlainText();
                        shown.replace(QChar::LineSeparator, QLatin1Char(' '))
                            .replace(QLatin1Char('\n'), QLatin1Char(' '));
                        if (shown != title)
                            return false;
                        drawn = true;
                    }
                if (!drawn)
                    return false;
            }
            return true;
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            applyLanguage(language);
            for (const QSize size : {QSize(1600, 1000), QSize(1300, 900)}) {
                window()->resize(size);
                QTRY_VERIFY(whole());
            }
        }
        applyLanguage(QStringLiteral("en"));
    }

    // Dates of birth at full detail: as many of the most frequent as the chart's height gives
    // a whole label (QtCharts cut every one of ten to "..."), each whole, at two window sizes,
    // with the title saying how many are shown; the bars are the most frequent dates counted
    // from the CSV rows.
    void distributionLabelsAreReadable()
    {
        view()->attributes()->levelSlider(column("date_of_birth"))->setValue(0);
        QVERIFY(QTest::qWaitFor([this] { return showsCurrent(); }, 20000));
        QComboBox *pick = view()->distributionAttribute();
        pick->setCurrentIndex(pick->findText("date_of_birth"));
        emit pick->activated(pick->currentIndex());
        DistributionChart *d = view()->distributionChart();
        std::map<QString, qreal> raw;
        for (const auto &row : rawRows({"date_of_birth"}))
            raw[row[0]] += 1;
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 800)}) {
            window()->resize(size);
            QTRY_VERIFY(labelsReadable(d, Qt::Vertical));
            const QStringList shown = d->categories();
            QVERIFY2(shown.size() >= 3, qPrintable(shown.join(',')));
            QVERIFY(plainTitle(d->chart()).endsWith(
                QStringLiteral("(the %1 most frequent shown)").arg(shown.size())));
            // the most frequent on top, each bar the records of its date
            std::vector<qreal> counts;
            for (const auto &[date, n] : raw)
                counts.push_back(n);
            std::sort(counts.rbegin(), counts.rend());
            for (int i = 0; i < shown.size(); ++i) {
                QCOMPARE(d->before()->at(i), raw[shown.at(i)]);
                QCOMPARE(d->before()->at(shown.size() - 1 - i),
                         counts[static_cast<std::size_t>(i)]);
            }
        }
    }

    // The guided builder shows every level before it is chosen: groups, the smallest, the
    // records in groups below k, checked against intervals counted from the CSV rows; a width
    // that does not nest is refused in place.
    void hierarchyBuilderPreviewsEveryLevel()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        const std::size_t amount = column("monthly_amount");
        QComboBox *role = view()->attributes()->roleBox(amount);
        const int qi = role->findData(static_cast<int>(AttributeRole::QuasiIdentifier));
        role->setCurrentIndex(qi);
        emit role->activated(qi);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);

        // the reference: per interval of 50 and of 100 (from 0), the records in it
        std::map<long, std::uint64_t> by50, by100;
        for (const auto &row : rawRows({"monthly_amount"})) {
            const double v = row[0].toDouble();
            ++by50[static_cast<long>(std::floor(v / 50))];
            ++by100[static_cast<long>(std::floor(v / 100))];
        }
        auto summary = [](const std::map<long, std::uint64_t> &groups) {
            std::uint64_t smallest = ~std::uint64_t(0), below = 0;
            for (const auto &[g, n] : groups) {
                smallest = std::min(smallest, n);
                below += n < 5 ? n : 0;
            }
            return std::array<qlonglong, 3>{static_cast<qlonglong>(groups.size()),
                                            static_cast<qlonglong>(smallest),
                                            static_cast<qlonglong>(below)};
        };
        bool answered = false;
        test::whenModal([&](QWidget *modal) {
            auto *b = qobject_cast<HierarchyBuilder *>(modal);
            answered = true;
            if (!b)
                return;
            QCOMPARE(b->methodBox()->currentText(), HierarchyBuilder::tr("Intervals (numbers)"));
            // 75 is no multiple of 50: refused where it is typed
            b->parameterEdit()->setText(QStringLiteral("50, 75"));
            b->refresh();
            QVERIFY(!b->okButton()->isEnabled());
            QVERIFY(b->problem()->isVisible());
            QVERIFY(b->problem()->text().contains("multiple"));
            b->parameterEdit()->setText(QStringLiteral("50; 100"));
            b->refresh();
            QVERIFY(b->okButton()->isEnabled());
            QTableWidget *levels = b->levelTable();
            QCOMPARE(levels->rowCount(), 4); // the values, 50, 100, and * above them
            QCOMPARE(levels->item(3, 1)->text(), QStringLiteral("1"));
            const QLocale locale;
            for (int l = 1; l <= 2; ++l) {
                const auto expected = summary(l == 1 ? by50 : by100);
                for (int c = 0; c < 3; ++c)
                    QCOMPARE(locale.toLongLong(levels->item(l, c + 1)->text()), expected[c]);
            }
            screenshot(b, "hierarchy_builder");
            b->accept();
        });
        QComboBox *how = view()->attributes()->hierarchyBox(amount);
        const int intervals = how->findText(AttributePanel::tr("Intervals…"));
        QVERIFY(intervals >= 0);
        how->setCurrentIndex(intervals);
        emit how->activated(intervals);
        QVERIFY(answered);
        const HierarchySpec &spec = bench()->configuration().attributes[amount].hierarchy;
        QCOMPARE(spec.kind, HierarchySpec::Kind::Interval);
        QCOMPARE(spec.widths, (std::vector<double>{50, 100}));
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->attributes()->levelSlider(amount)->maximum(), 3);
    }

    // The words fit the data: "records" until the steward gives her own noun (Edit > What
    // the records are), which the verdict, the cards and the ladder then use, one undo step,
    // kept in the project; a noun with a control character is refused.
    void theRecordsGetTheStewardsWord()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        QVERIFY2(view()->verdict()->text().contains(" of records are unique"),
                 qPrintable(view()->verdict()->text()));
        QVERIFY(!view()->verdict()->text().contains("customer"));
        bool answered = false;
        test::whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            answered = dialog != nullptr;
            if (!dialog)
                return;
            dialog->setTextValue(QStringLiteral("  phones "));
            dialog->accept();
        });
        window()->recordNounAction()->trigger();
        QVERIFY(answered);
        QCOMPARE(bench()->configuration().recordNoun, std::string("phones"));
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QVERIFY2(view()->verdict()->text().contains(" of phones are unique"),
                 qPrintable(view()->verdict()->text()));
        QCOMPARE(view()->uniqueCaption()->text(),
                 QStringLiteral("of phones are unique after this transformation"));
        QVERIFY(plainTitle(view()->ladderChart()->chart()).contains("Share of phones"));
        // kept in the project's configuration, and read back
        const QJsonObject json = configurationToJson(bench()->configuration(), bench()->data());
        QCOMPARE(json["record_noun"].toString(), QStringLiteral("phones"));
        auto back = configurationFromJson(json, bench()->data());
        QVERIFY(back);
        QCOMPARE(back->recordNoun, std::string("phones"));
        QJsonObject bad = json;
        bad["record_noun"] = QStringLiteral("pho\nnes");
        QVERIFY(!configurationFromJson(bad, bench()->data()));
        // one undo step back to records
        bench()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(view()->verdict()->text().contains(" of records are unique"),
                                 20000);
        QCOMPARE(view()->uniqueCaption()->text(),
                 QStringLiteral("of records are unique after this transformation"));
    }

    void roleChangeUndoAndRedo()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        const std::size_t municipality = column("municipality");
        QComboBox *role = view()->attributes()->roleBox(municipality);
        const int insensitive = role->findData(static_cast<int>(AttributeRole::Insensitive));
        role->setCurrentIndex(insensitive);
        emit role->activated(insensitive);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->ladderChart()->categories().size(), 3);
        QVERIFY(!view()->attributes()->levelSlider(municipality)->isEnabled());
        // the table to publish, not yet designed, follows the quasi-identifiers
        auto dimensions = [this] {
            QStringList names;
            for (const auto &d : bench()->publication().tables.at(0).spec.dimensions)
                names << QString::fromStdString(d.column);
            return names;
        };
        QVERIFY(!dimensions().contains("municipality"));

        QVERIFY(window()->undoAction()->isEnabled());
        QVERIFY(window()->undoAction()->text().contains("municipality"));
        window()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(bench()->configuration().attributes[municipality].role,
                 AttributeRole::QuasiIdentifier);
        QCOMPARE(view()->ladderChart()->categories().size(), 4);
        QCOMPARE(role->currentData().toInt(), static_cast<int>(AttributeRole::QuasiIdentifier));
        QVERIFY(dimensions().contains("municipality"));

        // undo the limit and k edits too, then redo them all
        const Configuration edited = bench()->configuration();
        while (bench()->undoStack()->canUndo())
            window()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(bench()->configuration().privacy.k, 1u);
        QCOMPARE(view()->kBox()->value(), 1);
        QCOMPARE(bench()->configuration().attributes[column("date_of_birth")].level, 0);
        QCOMPARE(view()->attributes()->levelSlider(column("date_of_birth"))->value(), 0);
        while (bench()->undoStack()->index() < bench()->undoStack()->count() - 1)
            window()->redoAction()->trigger();
        QCOMPARE(bench()->configuration(), edited);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->kBox()->value(), 5);
    }

    void ladderOrderIsTheStewardsChoice()
    {
        test::whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>();
            list->setCurrentRow(2); // postcode to the top
            for (auto *b : dialog->findChildren<QPushButton *>())
                if (b->text() == "Move &up")
                    for (int i = 0; i < 2; ++i)
                        b->click();
            dialog->accept();
        });
        view()->chooseLadderOrder();
        QTRY_VERIFY_WITH_TIMEOUT(view()->ladderChart()->categories().value(0) == "postcode", 20000);
        QCOMPARE(view()->ladderChart()->categories(),
                 (QStringList{"postcode", "+ date_of_birth", "+ gender", "+ municipality"}));
        window()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(view()->ladderChart()->categories().value(0) == "date_of_birth",
                                 20000);
    }

    void hierarchyEditedAndExported()
    {
        const std::size_t gender = column("gender");
        const QString exported = m_dir.filePath("gender_hierarchy.csv");
        view()->attributes()->exportHierarchy(gender, exported);
        auto written = readArxHierarchy(exported.toStdString());
        QVERIFY(written.ok());
        QCOMPARE(written->height(), 1);

        // an edit that breaks the nesting is refused in the dialog; a good one is applied
        test::whenModal([](QWidget *modal) {
            auto *editor = qobject_cast<HierarchyEditor *>(modal);
            QVERIFY(editor);
            QTableWidget *t = editor->table();
            // add a level: M and F both become "person", then "*"
            t->setColumnCount(3);
            for (int r = 0; r < t->rowCount(); ++r) {
                t->setItem(r, 1, new QTableWidgetItem(r == 0 ? "one" : "other"));
                t->setItem(r, 2, new QTableWidgetItem("*"));
            }
            editor->accept(); // fine: one/other, then *
            QVERIFY(editor->result() == QDialog::Accepted);
        });
        view()->attributes()->editHierarchy(gender);
        QCOMPARE(bench()->configuration().attributes[gender].hierarchy.kind,
                 HierarchySpec::Kind::Table);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->attributes()->levelSlider(gender)->maximum(), 2);
        window()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->attributes()->levelSlider(gender)->maximum(), 1);
    }

    void aBadHierarchyEditIsRefused()
    {
        const Hierarchy h = *Hierarchy::fromRows({{"1", "0-4", "*"}, {"2", "0-4", "*"}});
        HierarchyEditor editor("age", h);
        editor.table()->setColumnCount(4);
        editor.table()->setItem(0, 2, new QTableWidgetItem("low"));
        editor.table()->setItem(1, 2, new QTableWidgetItem("high"));
        editor.table()->setItem(0, 3, new QTableWidgetItem("*"));
        editor.table()->setItem(1, 3, new QTableWidgetItem("*"));
        editor.accept();
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY2(editor.problem()->text().contains("two parents"),
                 qPrintable(editor.problem()->text()));
    }

    void findBestAndApplyFromTheFront()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        SolutionSpaceView *space = view()->solutionSpace();
        view()->rightTabs()->setCurrentWidget(space);
        QTest::qWait(50); // laid out as shown
        // nothing moves when the search starts and ends: the button, the chart and the
        // panel's width stay where they were
        const auto places = [&] {
            return QList<QRect>{space->findButton()->geometry(), space->chartView()->geometry(),
                                view()->rightTabs()->geometry()};
        };
        const QList<QRect> before = places();
        QSignalSpy done(space, &SolutionSpaceView::searchFinished);
        space->findButton()->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(places(), before);
        QVERIFY(done.wait(60000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(places(), before);
        const auto r = space->result();
        QVERIFY(r);
        QVERIFY(r->found);
        QVERIFY(r->provenOptimal);
        QCOMPARE(view()->rightTabs()->currentWidget(), space);
        // the engine's own search on the same BaseTable agrees
        SearchSettings s;
        s.privacy = bench()->configuration().privacy;
        auto direct = findOptimum(*bench()->latestResult()->baseTable, s);
        QCOMPARE(r->optimum.levels, direct->optimum.levels);
        QCOMPARE(r->optimumValue, direct->optimumValue);
        // a few thousand points at most, the front drawn and listed
        QVERIFY(space->satisfiedSeries()->count() + space->failingSeries()->count() <=
                SolutionSpaceView::kGridColumns * SolutionSpaceView::kGridRows);
        QVERIFY(space->satisfiedSeries()->count() > 0);
        QCOMPARE(space->frontSeries()->count(), static_cast<int>(r->front.size()));
        QCOMPARE(space->frontTable()->rowCount(), static_cast<int>(r->front.size()));
        QVERIFY(space->summary()->text().contains("proven"));
        // hovering a point tells its levels and figures
        const QString tip = space->describe(r->points[r->front.front()]);
        QVERIFY2(tip.contains("date_of_birth") && tip.contains("Loss"), qPrintable(tip));
        screenshot(window(), "solution_space");

        // applying the optimum from the table, with one click on its row, is one undoable
        // edit
        const Configuration unapplied = bench()->configuration();
        int row = -1;
        for (std::size_t i = 0; i < r->front.size(); ++i)
            if (r->points[r->front[i]].levels == r->optimum.levels)
                row = static_cast<int>(i);
        QVERIFY(row >= 0);
        QTableWidget *front = space->frontTable();
        front->scrollToItem(front->item(row, 0));
        QTest::mouseClick(front->viewport(), Qt::LeftButton, {},
                          front->visualItemRect(front->item(row, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        std::vector<int> levels;
        for (auto q : bench()->configuration().quasiIdentifiers())
            levels.push_back(bench()->configuration().attributes[q].level);
        QCOMPARE(levels, r->optimum.levels);
        QVERIFY(view()->shownResult()->evaluation.satisfied);
        QTRY_COMPARE(space->currentSeries()->count(), 1);
        window()->undoAction()->trigger();
        QCOMPARE(bench()->configuration(), unapplied);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        view()->rightTabs()->setCurrentIndex(0);
    }

    // Presentation mode, as a policy maker sees it: full screen without menus, tabs or status
    // bar, the charts of the current transformation with words for captions instead of column
    // names, larger type; Esc gives the steward's window back as it was.
    void presentationMode()
    {
        const qreal before = view()->verdict()->font().pointSizeF();
        view()->rightTabs()->setCurrentIndex(1); // the solution space was open
        window()->presentationAction()->trigger();
        QVERIFY(window()->isPresentation());
        QTRY_VERIFY(window()->isFullScreen());
        QVERIFY(!window()->menuBar()->isVisible());
        QVERIFY(!window()->statusBar()->isVisible());
        QVERIFY(!window()->stages()->tabBar()->isVisible());
        QVERIFY(!view()->rightTabs()->tabBar()->isVisible());
        QCOMPARE(view()->rightTabs()->currentIndex(), 0);
        QVERIFY(!view()->attributes()->isVisible());
        QVERIFY(!view()->recordsView()->isVisible());
        QVERIFY(view()->verdict()->font().pointSizeF() > before * 1.2);
        QTRY_COMPARE(view()->ladderChart()->categories(),
                     (QStringList{"Date of birth", "+ Gender", "+ Postcode", "+ Municipality"}));
        QCOMPARE(view()->lossChart()->categories().front(), QString("Date of birth"));
        QVERIFY(plainTitle(view()->distributionChart()->chart()).startsWith("Date of birth:"));
        QCOMPARE(view()->distributionAttribute()->currentText(), QString("Date of birth"));
        QTest::qWait(100); // let the layout take the room the hidden panels leave
        screenshot(window(), "presentation");

        QTest::keyClick(window(), Qt::Key_Escape);
        QVERIFY(!window()->isPresentation());
        QTRY_VERIFY(!window()->isFullScreen());
        QVERIFY(window()->menuBar()->isVisible());
        QVERIFY(window()->statusBar()->isVisible());
        QVERIFY(window()->stages()->tabBar()->isVisible());
        QVERIFY(view()->rightTabs()->tabBar()->isVisible());
        QVERIFY(!window()->presentationAction()->isChecked());
        QVERIFY(view()->attributes()->isVisible());
        QVERIFY(std::abs(view()->verdict()->font().pointSizeF() - before) < 1e-9);
        QTRY_COMPARE(view()->ladderChart()->categories().front(), QString("date_of_birth"));
        QCOMPARE(view()->distributionAttribute()->currentText(), QString("date_of_birth"));
    }

    void sliderDragIsOneUndoStep()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        const int before = bench()->undoStack()->index();
        QSlider *slider = view()->attributes()->levelSlider(column("date_of_birth"));
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Left);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(bench()->undoStack()->index(), before + 1);
        QCOMPARE(bench()->undoStack()->count(), before + 1);
        QCOMPARE(bench()->configuration().attributes[column("date_of_birth")].level, 3);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        screenshot(window(), "workbench_decades");
    }

    void badFileIsReportedNotOpened()
    {
        QCOMPARE(bench()->data().rowCount, 20000u);
        const QString ragged = m_dir.filePath("ragged.csv");
        QFile f(ragged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1\n");
        f.close();
        // answer the question (skip or stop?) with "stop"
        test::whenModal([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Abort)->click();
        });
        QSignalSpy failed(window(), &MainWindow::loadFailed);
        window()->openData(ragged);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains("line 2"));
        // the workbench still shows the data it had
        QCOMPARE(bench()->data().rowCount, 20000u);
    }

    // Publish: the default table of the quasi-identifiers, then a designed one through the
    // widgets (dimensions, totals, noise), each previewed with its cells' states; undo; approve
    // with a name; export exactly the approved files.
    // The catalogue fields: DCAT-AP-DONL chosen in the combo says at once what it still
    // requires, each filled field is stored in the publication, and the note goes when the
    // metadata can be catalogued.
    // A share that is not 0 never reads "0.0 %": 1 unique customer in 1,000,000 is 0.0001 %
    // (by hand), 23 of 100,000 is 0.023 %; one short of all never reads "100.0 %".
    void smallSharesAreNotRoundedToNothing()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        QCOMPARE(formatPercent(1.0 / 1000000), QString("0.00010 %"));
        QCOMPARE(formatPercent(23.0 / 100000), QString("0.023 %"));
        QCOMPARE(formatPercent(0), QString("0.0 %"));
        QCOMPARE(formatPercent(0.125), QString("12.5 %"));
        QCOMPARE(formatPercent(1 - 1.0 / 100000), QString("99.9990 %"));
        QCOMPARE(formatPercent(1), QString("100.0 %"));
        QLocale::setDefault(before);
    }

    // Asking for a hierarchy file opens one file dialog: the view was connected twice, so a
    // second dialog followed the first and its choice replaced the first one's.
    void oneHierarchyRequestOpensOneFileDialog()
    {
        int dialogs = 0;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&dialogs] {
            if (auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                ++dialogs;
                d->reject();
            }
        });
        poll.start(20);
        // the request as the attribute panel's button sends it; the dialogs are modal, so it
        // returns when the last one is closed
        emit view()->attributes()->hierarchyFileRequested(0);
        poll.stop();
        QCOMPARE(dialogs, 1);
    }

    // Work is never replaced or closed without a question: the real dialog, answered with
    // Cancel, keeps it; Save writes it to its project first; Discard lets it go. Untouched
    // work is replaced without a question.
    void unsavedWorkIsNeverLostWithoutAQuestion()
    {
        auto w = freshWindow("unsaved");
        QVERIFY(w);
        QVERIFY(!w->hasUnsavedWork());
        Workbench *first = w->workbench();
        w->view()->kBox()->setValue(4);
        QVERIFY(w->hasUnsavedWork());

        auto answer = [](QMessageBox::StandardButton button, QString *text) {
            test::whenModal([button, text](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                QCOMPARE(box->objectName(), QString("unsavedWork"));
                *text = box->text();
                box->button(button)->click();
            });
        };
        // Ctrl+O, the demo, another project and quitting all ask; Cancel keeps the work
        QString asked;
        answer(QMessageBox::Cancel, &asked);
        w->showImportDialog();
        QVERIFY2(asked.contains("unsaved.csv") && asked.contains("not saved"), qPrintable(asked));
        QCOMPARE(w->workbench(), first);
        asked.clear();
        answer(QMessageBox::Cancel, &asked);
        w->openDemo();
        QVERIFY(!asked.isEmpty());
        asked.clear();
        answer(QMessageBox::Cancel, &asked);
        QVERIFY(!w->close());
        QVERIFY(!asked.isEmpty());
        QVERIFY(w->isVisible());
        QCOMPARE(w->workbench(), first);
        QCOMPARE(w->workbench()->configuration().privacy.k, 4u);

        // Save: into the project it belongs to, and then the other file opens
        const QString project = m_dir.filePath("unsaved.dijkgraaf");
        QVERIFY(w->saveProjectAs(project));
        QVERIFY(!w->hasUnsavedWork());
        w->view()->kBox()->setValue(6);
        const QString other = m_dir.filePath("unsaved-other.csv");
        QVERIFY(generateCustomers(other.toStdString(), 500, 6).ok());
        {
            asked.clear();
            answer(QMessageBox::Save, &asked);
            QSignalSpy loaded(w.get(), &MainWindow::loaded);
            w->openData(other);
            QVERIFY(loaded.wait(20000));
            QVERIFY(!asked.isEmpty());
            QCOMPARE(w->workbench()->data().rowCount, 500u);
            auto stored = openProject(project.toStdString());
            QVERIFY(stored.ok());
            QCOMPARE(stored->configuration["privacy"].toObject()["k"].toInt(), 6);
        }
        // Discard: the edit goes, the next file opens
        w->view()->kBox()->setValue(3);
        {
            asked.clear();
            answer(QMessageBox::Discard, &asked);
            QSignalSpy loaded(w.get(), &MainWindow::loaded);
            w->openData(m_dir.filePath("unsaved.csv"));
            QVERIFY(loaded.wait(20000));
            QVERIFY(!asked.isEmpty());
            QCOMPARE(w->workbench()->data().rowCount, 2000u);
        }
        // nothing changed: no question at all
        int questions = 0;
        w->setUnsavedWorkHandler([&questions] {
            ++questions;
            return MainWindow::UnsavedWork::Cancel;
        });
        QSignalSpy loaded(w.get(), &MainWindow::loaded);
        w->openData(other);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(questions, 0);
        QVERIFY(w->close());
    }

    // Run by theWorkIsOfferedBackAfterACrash as a process of its own, which it then kills.
    void crashingSession()
    {
        if (qEnvironmentVariableIsEmpty("DIJKGRAAF_CRASH_CHILD"))
            QSKIP("the session that theWorkIsOfferedBackAfterACrash kills");
        auto w = freshWindow("crash");
        QVERIFY(w);
        w->view()->kBox()->setValue(4);
        w->view()
            ->attributes()
            ->levelSlider(*w->workbench()->data().columnIndex("postcode"))
            ->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(w->autosavePath()), 20000);
        std::printf("autosaved\n");
        std::fflush(stdout);
        QTest::qWait(120000); // killed long before
    }

    // Kill the workbench with unsaved work, start it again: the work is offered back, taken
    // up as unsaved work, and kept in the new window's own autosave; refused, it is gone.
    void theWorkIsOfferedBackAfterACrash()
    {
        QTemporaryDir autosaves;
        auto w = freshWindow("crash"); // makes the file the child opens
        QVERIFY(w);
        w.reset();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DIJKGRAAF_CRASH_CHILD", "1");
        env.insert("DIJKGRAAF_AUTOSAVE_DIR", autosaves.path());
        env.insert("QT_QPA_PLATFORM", "offscreen");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {"crashingSession"});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("autosaved") ||
                                     child.state() == QProcess::NotRunning,
                                 60000);
        QVERIFY2(child.state() == QProcess::Running, said.constData());
        child.kill(); // SIGKILL: no close, no clean-up
        QVERIFY(child.waitForFinished());
        const QStringList left = QDir(autosaves.path()).entryList({"session-*.dijkgraaf"});
        QCOMPARE(left.size(), 1);

        // a running window's autosave is not offered to another one
        qputenv("DIJKGRAAF_AUTOSAVE_DIR", autosaves.path().toUtf8());
        auto again = std::make_unique<MainWindow>();
        again->show();
        QStringList asked;
        again->setQuestionHandler([&asked](const QString &title, const QString &text) {
            asked << title + ": " + text;
            return true;
        });
        QSignalSpy loaded(again.get(), &MainWindow::loaded);
        QVERIFY(again->offerRecovery());
        QVERIFY(loaded.wait(20000));
        qputenv("DIJKGRAAF_AUTOSAVE_DIR", m_dir.filePath("autosave").toUtf8());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains("crash.csv"), qPrintable(asked[0]));
        const Configuration &c = again->workbench()->configuration();
        QCOMPARE(c.privacy.k, 4u);
        QCOMPARE(c.attributes[*again->workbench()->data().columnIndex("postcode")].level, 2);
        QVERIFY(again->hasUnsavedWork());
        QVERIFY(again->windowTitle().contains("crash.csv"));
        // the dead window's copy is gone; the work lives on in this window's autosave
        QCOMPARE(QDir(autosaves.path()).entryList({"session-*.dijkgraaf"}),
                 QStringList{QFileInfo(again->autosavePath()).fileName()});
        {
            qputenv("DIJKGRAAF_AUTOSAVE_DIR", autosaves.path().toUtf8());
            MainWindow third;
            qputenv("DIJKGRAAF_AUTOSAVE_DIR", m_dir.filePath("autosave").toUtf8());
            third.setQuestionHandler([](const QString &, const QString &) { return true; });
            QVERIFY(!third.offerRecovery());
        }
        // closed with Discard: nothing is left to offer
        again->setUnsavedWorkHandler([] { return MainWindow::UnsavedWork::Discard; });
        QVERIFY(again->close());
        QCOMPARE(QDir(autosaves.path()).entryList({"session-*.dijkgraaf*"}), QStringList{});
        again.reset(); // and its lock with it
        QCOMPARE(QDir(autosaves.path()).entryList(QDir::Files | QDir::Hidden).join(","), QString());
    }

    // The release is previewed only while the Publish view is shown: changes made while the
    // steward explores cost nothing, and the preview catches up when the view opens.
    void thePreviewRunsOnlyWhileShown()
    {
        auto w = freshWindow("hiddenpreview");
        QVERIFY(w);
        PublishView *pv = w->publishView();
        QVERIFY(w->stages()->currentWidget() != pv);
        QSignalSpy shown(pv, &PublishView::previewShown);
        Publication p = w->workbench()->publication();
        QVERIFY(!p.tables.empty());
        p.tables[0].spec.margins = !p.tables[0].spec.margins;
        w->workbench()->setPublication(p, "margins");
        QTest::qWait(600); // well past the preview's 150 ms pause
        QCOMPARE(shown.count(), 0);
        QVERIFY(!pv->isPreviewUpToDate());
        w->stages()->setCurrentWidget(pv);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QCOMPARE(shown.count(), 1);
        QVERIFY(pv->preview());
        // the preview is of the design as changed
        QCOMPARE(pv->preview()->tables.size(), std::size_t(1));
        QCOMPARE(pv->preview()->tables[0].spec.margins, p.tables[0].spec.margins);
    }

    // A table's name follows its dimensions (it is the file name, the metadata's title and the
    // report's heading) until the steward types one; the report's language changes it too.
    void tableNamesFollowTheDimensions()
    {
        auto w = freshWindow("names");
        QVERIFY(w);
        PublishView *pv = w->publishView();
        w->stages()->setCurrentWidget(pv);
        auto name = [&] {
            return QString::fromStdString(w->workbench()->publication().tables[0].spec.name);
        };
        // the first table: not every quasi-identifier at full detail (2,000 customers with
        // their dates of birth and postcodes make millions of cells, all hidden), but the two
        // with the fewest values: gender (2) and municipality
        QCOMPARE(name(), QString("Records by gender and municipality"));
        auto keep = [&](const QStringList &columns) {
            QTableWidget *dims = pv->dimensionTable();
            for (int row = 0; row < dims->rowCount(); ++row)
                dims->item(row, 0)->setCheckState(
                    columns.contains(dims->item(row, 0)->text()) ? Qt::Checked : Qt::Unchecked);
        };
        keep({"date_of_birth", "gender", "municipality"});
        QCOMPARE(name(), QString("Records by gender, municipality and date_of_birth"));
        keep({"gender", "municipality"});
        QCOMPARE(name(), QString("Records by gender and municipality"));
        QCOMPARE(pv->tableName()->text(), name());
        pv->reportLanguageBox()->setCurrentIndex(pv->reportLanguageBox()->findData("nl"));
        emit pv->reportLanguageBox()->activated(pv->reportLanguageBox()->currentIndex());
        QCOMPARE(name(), QString("Records naar gender en municipality"));
        // a name the steward typed stays
        pv->tableName()->setText("Klanten per gemeente");
        emit pv->tableName()->editingFinished();
        QCOMPARE(name(), QString("Klanten per gemeente"));
        keep({"municipality"});
        QCOMPARE(name(), QString("Klanten per gemeente"));
        // a second table is named after its dimension, not "Table 2"
        for (auto *b : pv->findChildren<QPushButton *>())
            if (b->objectName() == "addTable")
                b->click();
        QCOMPARE(w->workbench()->publication().tables.size(), std::size_t(2));
        QVERIFY2(QString::fromStdString(w->workbench()->publication().tables[1].spec.name)
                     .startsWith("Records naar "),
                 w->workbench()->publication().tables[1].spec.name.c_str());
        w->setUnsavedWorkHandler([] { return MainWindow::UnsavedWork::Discard; });
    }

    // ARX's Adult hierarchies loaded from their folder in one step, for a copy of the data
    // under another name: every quasi-identifier gets its file (the combo says which), the
    // levels are those of the files (counted here from their first lines), one undo step
    // takes them all back, and a file that does not fit is refused with its reason.
    void hierarchiesFromAFolder()
    {
        const QString census = m_dir.filePath("census.csv");
        QFile::remove(census);
        QVERIFY(QFile::copy(DIJKGRAAF_TEST_DATA "/adult/adult.csv", census));
        auto w = std::make_unique<MainWindow>();
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::loaded);
        w->openData(census);
        QVERIFY(loaded.wait(20000));
        Workbench *b = w->workbench();
        const QStringList qis{
            "sex",       "age",       "race", "marital-status", "education", "native-country",
            "workclass", "occupation"};
        for (const QString &qi : qis)
            QCOMPARE(b->configuration().attributes[*b->data().columnIndex(qi.toStdString())].role,
                     AttributeRole::QuasiIdentifier);
        const int before = b->undoStack()->index();
        const QString text = w->loadHierarchiesFromFolder(DIJKGRAAF_TEST_DATA "/adult");
        QTRY_VERIFY_WITH_TIMEOUT(w->view()->isUpToDate(), 20000);
        screenshot(w.get(), "hierarchies_loaded");
        screenshot(w->findChild<QMessageBox *>("hierarchiesLoaded"), "hierarchies_from_a_folder");
        {
            // eight attributes and "overall": upright labels with room for the longest name,
            // where every loss label read "..." and ladder labels "+ ..."
            LossChart *loss = w->view()->lossChart();
            QCOMPARE(loss->categories().size(), 9);
            QCOMPARE(loss->categories().front(), QString("sex"));
            auto *axis =
                qobject_cast<QBarCategoryAxis *>(loss->chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(axis);
            QCOMPARE(axis->labelsAngle(), -90);
            QVERIFY(loss->height() >=
                    150 + QFontMetrics(axis->labelsFont()).horizontalAdvance("native-country"));
            auto *ladder = qobject_cast<QBarCategoryAxis *>(
                w->view()->ladderChart()->chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(ladder);
            QCOMPARE(ladder->categories().value(7), QString("occupation"));
            // axis numbers with the locale's thousands separator (12,500, not 12500)
            QVERIFY(w->view()->distributionChart()->chart()->localizeNumbers());
            QCOMPARE(w->view()->distributionChart()->chart()->locale().toString(12500.0, 'f', 0),
                     QString("12,500"));
            QCOMPARE(ladder->labelsAngle(), -90);
        }
        QVERIFY2(text.contains("9 attributes got a hierarchy"), qPrintable(text));
        QVERIFY2(text.contains("age ← adult_hierarchy_age.csv"), qPrintable(text));
        QCOMPARE(b->undoStack()->index(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(w->view()->isUpToDate(), 20000);
        for (const QString &qi : qis) {
            const std::size_t c = *b->data().columnIndex(qi.toStdString());
            const QString file = "adult_hierarchy_" + qi + ".csv";
            QCOMPARE(b->configuration().attributes[c].hierarchy.kind, HierarchySpec::Kind::Table);
            QCOMPARE(w->view()->attributes()->hierarchyBox(c)->currentText(), file);
            QFile f(QString(DIJKGRAAF_TEST_DATA "/adult/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const int height = int(f.readLine().trimmed().split(';').size()) - 1;
            QCOMPARE(w->view()->attributes()->levelSlider(c)->maximum(), height);
        }
        w->undoAction()->trigger();
        QCOMPARE(b->configuration().attributes[*b->data().columnIndex("age")].hierarchy.kind,
                 HierarchySpec::Kind::Auto);

        // a folder whose file for sex does not cover the data: refused, named, the rest taken
        QTemporaryDir other;
        QVERIFY(QFile::copy(DIJKGRAAF_TEST_DATA "/adult/adult_hierarchy_age.csv",
                            other.filePath("census_hierarchy_age.csv")));
        {
            QFile f(other.filePath("census_hierarchy_sex.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Male;*\n");
        }
        const QString partly = w->loadHierarchiesFromFolder(other.path());
        QVERIFY2(
            partly.contains("1 attribute got a hierarchy:\n  age ← census_hierarchy_age.csv") &&
                partly.contains("census_hierarchy_sex.csv: ") &&
                partly.contains("No file for these quasi-identifiers") &&
                partly.contains("occupation"),
            qPrintable(partly));
        QCOMPARE(b->configuration().attributes[*b->data().columnIndex("age")].hierarchy.kind,
                 HierarchySpec::Kind::Table);
        QTRY_COMPARE(w->findChildren<QMessageBox *>("hierarchiesLoaded").size(), 1);
        screenshot(w->findChild<QMessageBox *>("hierarchiesLoaded"), "hierarchies_partly");
        w->setUnsavedWorkHandler([] { return MainWindow::UnsavedWork::Discard; });
    }

    // The verdict beside a file among the recent ones is stored when its session ends, not on
    // every redraw (a settings write with a disk sync stalled the window each time).
    void theVerdictIsStoredWhenTheSessionEnds()
    {
        const QString path = QFileInfo(m_dir.filePath("verdict.csv")).absoluteFilePath();
        const QString key = "verdicts/" + path.toUtf8().toHex();
        QSettings().remove(key);
        auto w = freshWindow("verdict");
        QVERIFY(w);
        w->view()->kBox()->setValue(3);
        QTRY_VERIFY_WITH_TIMEOUT(w->view()->isUpToDate(), 20000);
        QVERIFY(!QSettings().contains(key));
        w->setUnsavedWorkHandler([] { return MainWindow::UnsavedWork::Discard; });
        QVERIFY(w->close());
        QVERIFY2(QSettings().value(key).toString().startsWith("k = 3"),
                 qPrintable(QSettings().value(key).toString()));
    }

    // The names in the Publish designer's lists whole: the measures' attribute column was as
    // wide as by default, and "monthly_amount" read "monthly_...".
    void designerNamesAreWhole()
    {
        PublishView *pv = window()->publishView();
        window()->stages()->setCurrentWidget(pv);
        for (QTableWidget *list : {pv->dimensionTable(), pv->measureTable()}) {
            QTRY_VERIFY(list->rowCount() > 0);
            const QFontMetrics metrics(list->font());
            for (int row = 0; row < list->rowCount(); ++row) {
                const QString name = list->item(row, 0)->text();
                // the text, its check box and the cell's margins
                QVERIFY2(list->columnWidth(0) >=
                             metrics.horizontalAdvance(name) +
                                 list->style()->pixelMetric(QStyle::PM_IndicatorWidth),
                         qPrintable(QString("%1: %2 px").arg(name).arg(list->columnWidth(0))));
            }
        }
    }

    void catalogueFieldsSayWhatIsMissing()
    {
        PublishView *pv = window()->publishView();
        window()->stages()->setCurrentWidget(pv);
        auto type = [](QLineEdit *edit, const QString &text) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };
        QComboBox *profile = pv->catalogueProfileBox();
        profile->setCurrentIndex(profile->findData("dcat-ap-donl"));
        emit profile->activated(profile->currentIndex());
        QCOMPARE(bench()->publication().metadata.profile, std::string("dcat-ap-donl"));
        QTRY_VERIFY(pv->metadataProblemLabel()->isVisible());
        QVERIFY(pv->metadataProblemLabel()->text().contains("DCAT-AP-DONL requires"));

        type(pv->descriptionEdit(), "Klanten per gemeente.");
        type(pv->contactEdit(), "opendata@example.nl");
        type(pv->publisherUriEdit(), "https://standaarden.overheid.nl/owms/terms/Amsterdam");
        QTRY_VERIFY(pv->metadataProblemLabel()->text().contains("theme"));
        type(pv->themesEdit(), "http://standaarden.overheid.nl/owms/terms/Economie");
        const ReleaseMetadata &m = bench()->publication().metadata;
        QCOMPARE(m.publisherUri, std::string("https://standaarden.overheid.nl/owms/terms/Amsterdam"));
        QCOMPARE(m.themes, std::vector<std::string>{"http://standaarden.overheid.nl/owms/terms/Economie"});
        QTRY_VERIFY(!pv->metadataProblemLabel()->isVisible());
        for (QWidget *w = pv->themesEdit(); w; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(pv->themesEdit());
                break;
            }
        screenshot(window(), "publish_catalogue");

        // a theme that is not an address is named
        type(pv->themesEdit(), "economy");
        QTRY_VERIFY(pv->metadataProblemLabel()->isVisible());
        QVERIFY(pv->metadataProblemLabel()->text().contains("'economy'"));

        // the report's language: Dutch chosen, Dutch stored, and the combo says so again
        // after the view is rebuilt from the publication
        QComboBox *language = pv->reportLanguageBox();
        language->setCurrentIndex(language->findData("nl"));
        emit language->activated(language->currentIndex());
        QCOMPARE(bench()->publication().metadata.language, std::string("nl"));
        QCOMPARE(language->currentData().toString(), QString("nl"));
    }

    // The detail of each dimension is chosen in the designer: any level of its hierarchy
    // (with its number of groups), or for a date a year or a decade; the preview's cells are
    // checked against counts made from the CSV rows.
    void publishLevelsPerDimension()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        PublishView *pv = window()->publishView();
        window()->stages()->setCurrentWidget(pv);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QTableWidget *dims = pv->dimensionTable();
        auto rowOf = [&](const QString &name) {
            for (int row = 0; row < dims->rowCount(); ++row)
                if (dims->item(row, 0)->text() == name)
                    return row;
            return -1;
        };
        checkOnly(pv, {"gender", "date_of_birth"});
        QCOMPARE(bench()->publication().tables[0].spec.dimensions.size(), std::size_t(2));
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        auto how = [&] {
            return qobject_cast<QComboBox *>(dims->cellWidget(rowOf("date_of_birth"), 1));
        };
        QVERIFY(how());

        // the reference: records per decade (and per year) and gender, from the rows
        std::map<std::pair<QString, QString>, std::int64_t> perDecade;
        std::set<int> years;
        for (const auto &row : rawRows({"date_of_birth", "gender"})) {
            const int year = row[0].left(4).toInt();
            const int decade = year - year % 10;
            ++perDecade[{QStringLiteral("%1-%2").arg(decade).arg(decade + 9), row[1]}];
            years.insert(year);
        }
        std::set<QString> decades;
        for (const auto &[key, n] : perDecade)
            decades.insert(key.first);

        // the date's levels are listed with their groups: level 3 holds the decades
        const int level3 = how()->findData(QStringLiteral("level:3"));
        QVERIFY(level3 > 0);
        QVERIFY2(how()->itemText(level3).contains(QStringLiteral("%1 groups").arg(decades.size())),
                 qPrintable(how()->itemText(level3)));
        QVERIFY(how()->findData(QStringLiteral("level:0")) > 0);

        // the release's cells against the reference; true when every published count matches
        // and the labels are the decades
        auto matchesDecades = [&](const Release &r) {
            const auto d = std::size_t(r.dimensionColumns[0] == "date_of_birth" ? 0 : 1);
            if (r.labels[d].size() != decades.size())
                return false;
            std::size_t i = 0;
            for (const QString &decade : decades)
                if (QString::fromStdString(r.labels[d][i++]) != decade)
                    return false;
            int published = 0;
            for (const ReleasedCell &c : r.cells) {
                if (!c.records)
                    continue;
                const QString decade = QString::fromStdString(r.labels[d][c.labels[d]]);
                const QString gender = QString::fromStdString(r.labels[1 - d][c.labels[1 - d]]);
                if (*c.records != perDecade[{decade, gender}])
                    return false;
                ++published;
            }
            return published > 0;
        };

        how()->setCurrentIndex(level3);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        {
            const auto &spec = bench()->publication().tables[0].spec.dimensions;
            const auto dob = std::find_if(spec.begin(), spec.end(), [](const DimensionSpec &d) {
                return d.column == "date_of_birth";
            });
            QVERIFY(dob != spec.end());
            QCOMPARE(dob->level, 3);
            QCOMPARE(dob->bucket, TimeBucket::None);
        }
        QVERIFY2(pv->preview(), qPrintable(pv->previewError()));
        QVERIFY(matchesDecades(pv->preview()->tables[0]));
        // the choice shows again when the table is shown again
        QCOMPARE(how()->currentData().toString(), QStringLiteral("level:3"));

        // the same decades as a time bucket of the date
        how()->setCurrentIndex(how()->findData(QStringLiteral("decade")));
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QCOMPARE(bench()->publication().tables[0].spec.dimensions[0].column == "date_of_birth"
                     ? bench()->publication().tables[0].spec.dimensions[0].bucket
                     : bench()->publication().tables[0].spec.dimensions[1].bucket,
                 TimeBucket::Decade);
        QVERIFY(matchesDecades(pv->preview()->tables[0]));

        // per year: every year from the first to the last, also those no one was born in
        how()->setCurrentIndex(how()->findData(QStringLiteral("year")));
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        {
            const Release &r = pv->preview()->tables[0];
            const auto d = std::size_t(r.dimensionColumns[0] == "date_of_birth" ? 0 : 1);
            QCOMPARE(r.labels[d].size(), std::size_t(*years.rbegin() - *years.begin() + 1));
            QCOMPARE(r.labels[d].front(), std::to_string(*years.begin()));
        }
        screenshot(window(), "publish_levels");

        // back to the level chosen under Explore and protect
        how()->setCurrentIndex(how()->findData(QStringLiteral("level:-1")));
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        for (const DimensionSpec &d : bench()->publication().tables[0].spec.dimensions)
            QCOMPARE(d.level, -1);
    }

    // The preview reads as the table will: one dimension across, the other down, hidden
    // cells marked where they stand; every figure checked against counts from the CSV rows.
    void publishPreviewIsACrossTable()
    {
        PublishView *pv = window()->publishView();
        window()->stages()->setCurrentWidget(pv);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QTableWidget *dims = pv->dimensionTable();
        checkOnly(pv, {"municipality", "date_of_birth"});
        for (int row = 0; row < dims->rowCount(); ++row)
            if (dims->item(row, 0)->text() == "date_of_birth") {
                auto *how = qobject_cast<QComboBox *>(dims->cellWidget(row, 1));
                how->setCurrentIndex(how->findData(QStringLiteral("decade")));
            }
        pv->marginsBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QVERIFY2(pv->preview(), qPrintable(pv->previewError()));

        // municipality across, chosen as the steward would
        QComboBox *shape = pv->previewShapeBox();
        const Release &r = pv->preview()->tables[0];
        const int municipality = static_cast<int>(
            std::find(r.dimensionColumns.begin(), r.dimensionColumns.end(), "municipality") -
            r.dimensionColumns.begin());
        QVERIFY(municipality < static_cast<int>(r.dimensionColumns.size()));
        const int item = shape->findData(municipality);
        QVERIFY(item >= 0);
        shape->setCurrentIndex(item);
        emit shape->activated(item);
        CrossTableModel *cross = pv->crossTableModel();
        QCOMPARE(pv->previewView()->model(), static_cast<QAbstractItemModel *>(cross));
        QCOMPARE(cross->across(), municipality);

        // the reference: records per decade and municipality, and per each alone
        std::map<std::pair<QString, QString>, std::int64_t> count;
        for (const auto &row : rawRows({"date_of_birth", "municipality"})) {
            const int year = row[0].left(4).toInt();
            const QString decade =
                QStringLiteral("%1-%2").arg(year - year % 10).arg(year - year % 10 + 9);
            ++count[{decade, row[1]}];
            ++count[{decade, "Total"}];
            ++count[{"Total", row[1]}];
            ++count[{"Total", "Total"}];
        }
        const int down = 1; // one dimension down: its labels in the first column
        QCOMPARE(cross->columnCount(),
                 down + static_cast<int>(r.labels[static_cast<std::size_t>(municipality)].size()) +
                     1);
        QCOMPARE(
            cross->headerData(cross->columnCount() - 1, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Total"));
        int hidden = 0, published = 0, empty = 0;
        const QLocale locale;
        for (int row = 0; row < cross->rowCount(); ++row) {
            const QString decade = cross->data(cross->index(row, 0), Qt::DisplayRole).toString();
            for (int col = down; col < cross->columnCount(); ++col) {
                const QString place =
                    cross->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString();
                const QModelIndex at = cross->index(row, col);
                const QString shown = cross->data(at, Qt::DisplayRole).toString();
                const ReleasedCell *c = cross->cellAt(row, col - down);
                const std::int64_t truth = count[{decade, place}];
                if (!c) {
                    QCOMPARE(shown, QStringLiteral("–"));
                    QCOMPARE(truth, std::int64_t(0));
                    ++empty;
                } else if (isHidden(c->state)) {
                    QCOMPARE(shown, QStringLiteral("×"));
                    QVERIFY(truth > 0); // a listed cell is never empty
                    QCOMPARE(cross->data(at, Qt::BackgroundRole),
                             ReleaseModel::stateBackground(c->state));
                    ++hidden;
                } else {
                    QCOMPARE(locale.toLongLong(shown), truth);
                    ++published;
                }
            }
        }
        QVERIFY(hidden > 0);
        QVERIFY(published > 0);
        QCOMPARE(hidden + published, static_cast<int>(r.cells.size()));
        // the last row is the totals, its last cell the grand total
        QCOMPARE(cross->data(cross->index(cross->rowCount() - 1, 0), Qt::DisplayRole).toString(),
                 QStringLiteral("Total"));
        QCOMPARE(locale.toLongLong(
                     cross
                         ->data(cross->index(cross->rowCount() - 1, cross->columnCount() - 1),
                                Qt::DisplayRole)
                         .toString()),
                 static_cast<qlonglong>(bench()->data().rowCount));
        screenshot(window(), "publish_crosstable");
        Q_UNUSED(empty);

        // the list of cells, with each cell's state, is one choice away
        const int list = shape->findData(-2);
        shape->setCurrentIndex(list);
        emit shape->activated(list);
        QCOMPARE(pv->previewView()->model(), static_cast<QAbstractItemModel *>(pv->previewModel()));
        QCOMPARE(pv->previewModel()->rowCount(), static_cast<int>(r.cells.size()));
    }

    void publishDesignPreviewApproveExport()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        view()->attributes()->levelSlider(column("date_of_birth"))->setValue(3); // decades
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        PublishView *pv = window()->publishView();
        window()->stages()->setCurrentWidget(pv);
        pv->setOpenReport(false);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QCOMPARE(pv->tableList()->count(), 1);
        QVERIFY2(pv->preview() && pv->previewError().isEmpty(), qPrintable(pv->previewError()));
        QVERIFY(pv->previewModel()->rowCount() > 0);
        QVERIFY(pv->summaryLabel()->text().contains("cells"));

        // break down by gender, decade of birth and municipality, with totals
        checkOnly(pv, {"gender", "date_of_birth", "municipality"});
        pv->marginsBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        const PublishedTable &t = bench()->publication().tables[0];
        QCOMPARE(t.spec.dimensions.size(), std::size_t(3));
        QVERIFY(t.spec.margins);
        const Release &r = pv->preview()->tables[0];
        // every inner cell holds the records of the raw data with its labels
        std::uint64_t inner = 0;
        for (const auto &c : r.cells)
            if (c.records &&
                std::find(c.labels.begin(), c.labels.end(), kTotalLabel) == c.labels.end())
                inner += static_cast<std::uint64_t>(*c.records);
        QVERIFY(inner <= bench()->data().rowCount);
        QCOMPARE(*r.cells.back().records, static_cast<std::int64_t>(bench()->data().rowCount));
        QVERIFY(r.audit.passed);
        QVERIFY(r.summary.primarySuppressed > 0);
        QVERIFY(r.summary.secondarySuppressed > 0);
        QVERIFY(pv->summaryLabel()->text().contains("Audit passed"));
        screenshot(window(), "publish_rules");

        // noise instead: refused until every dimension's categories are declared, then every
        // cell noisy, a count's error shown
        const Release underRules = r;
        const int steps = bench()->undoStack()->index();
        pv->methodBox()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QCOMPARE(bench()->publication().tables[0].protection.kind,
                 ProtectionSettings::Kind::DifferentialPrivacy);
        QVERIFY(!pv->preview());
        QVERIFY2(pv->previewError().contains("must be declared"), qPrintable(pv->previewError()));
        for (std::size_t d = 0; d < underRules.dimensionColumns.size(); ++d) {
            DeclaredDomain domain;
            domain.labels = underRules.labels[d];
            domain.source = "the test's list";
            // a municipality none of the customers lives in gets its cells all the same
            if (underRules.dimensionColumns[d] == "municipality")
                domain.labels.push_back("Schiermonnikoog");
            pv->declareDomain(underRules.dimensionColumns[d], domain);
        }
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QVERIFY2(pv->preview(), qPrintable(pv->previewError()));
        QCOMPARE(pv->preview()->tables[0].cells[0].state, CellState::Noisy);
        {
            // the dialog shows a declaration as it stands, and refuses a label given twice
            const auto &dims = bench()->publication().tables[0].spec.dimensions;
            const auto municipality = std::find_if(dims.begin(), dims.end(), [](const DimensionSpec &d) {
                return d.column == "municipality";
            });
            QVERIFY(municipality != dims.end());
            DomainDialog dialog(*municipality, {}, window());
            dialog.show();
            QVERIFY(dialog.labelsEdit()->toPlainText().contains("Schiermonnikoog"));
            screenshot(&dialog, "domain_dialog");
            dialog.labelsEdit()->appendPlainText("Schiermonnikoog");
            QVERIFY(!dialog.domain());
            QVERIFY(dialog.domain().error().message.find("'Schiermonnikoog' twice") != std::string::npos);
            // where nothing can be declared: selected from the data with noise
            dialog.selectBox()->setChecked(true);
            QVERIFY(!dialog.labelsEdit()->isEnabled());
            const auto selected = dialog.domain();
            QVERIFY(selected && selected->select && selected->labels.empty());
        }
        {
            // the declared labels, one more municipality than the data has
            const Release &noisy = pv->preview()->tables[0];
            QCOMPARE(noisy.labels.size(), underRules.labels.size());
            for (std::size_t d = 0; d < noisy.labels.size(); ++d)
                QCOMPARE(noisy.labels[d].size(), underRules.labels[d].size() +
                                                     (noisy.dimensionColumns[d] == "municipality" ? 1 : 0));

        }
        QVERIFY(pv->previewModel()
                    ->data(pv->previewModel()->index(0, 3), Qt::DisplayRole)
                    .toString()
                    .contains("±"));
        screenshot(window(), "publish_noise");
        {
            // municipalities selected with noise: only those of many customers show, and the
            // selection spends its own share
            DeclaredDomain selected;
            selected.select = true;
            pv->declareDomain("municipality", selected);
            QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
            QVERIFY2(pv->preview(), qPrintable(pv->previewError()));
            const Release &noisy = pv->preview()->tables[0];
            QVERIFY(noisy.selectionRho > 0);
            for (std::size_t d = 0; d < noisy.labels.size(); ++d)
                if (noisy.dimensionColumns[d] == "municipality") {
                    QVERIFY(!noisy.labels[d].empty());
                    QVERIFY(noisy.labels[d].size() <= underRules.labels[d].size());
                    for (const std::string &l : noisy.labels[d])
                        QVERIFY(std::find(underRules.labels[d].begin(), underRules.labels[d].end(), l) !=
                                underRules.labels[d].end());
                }
        }
        {
            // raising the data source's budget from the workbench: an approval of its own, with
            // a name and a reason, never below what it is
            const std::string source = dataSourceOf(bench()->publication(), bench()->project().sourceSha256);
            PrivacyLedger ledger;
            QVERIFY(pv->raiseBudget(0.8, "B. Officer", "the board agreed").contains("no budget yet"));
            QVERIFY(ledger.setBudget(source, {"2026-12-01T09:00:00Z", "A. Steward", "first release", 0.5}).ok());
            QVERIFY(pv->raiseBudget(0.4, "B. Officer", "lower").contains("must be above"));
            QVERIFY(pv->raiseBudget(0.8, "", "the board agreed").contains("name"));
            QVERIFY(pv->raiseBudget(0.8, "B. Officer", " ").contains("note"));
            QCOMPARE(pv->raiseBudget(0.8, "B. Officer", "the board agreed"), QString());
            auto b = ledger.budget(source);
            QVERIFY(b.ok());
            QCOMPARE(b->rho, 0.8);
            QCOMPARE(b->changes.size(), std::size_t(2));
            QCOMPARE(b->changes[1].name, std::string("B. Officer"));
            QCOMPARE(b->changes[1].note, std::string("the board agreed"));
            QVERIFY2(pv->budgetLabel()->text().contains("0.800"), qPrintable(pv->budgetLabel()->text()));
            QVERIFY(pv->raiseBudgetButton()->isEnabled());
        }
        while (bench()->undoStack()->index() > steps)
            window()->undoAction()->trigger();
        QCOMPARE(bench()->undoStack()->index(), steps);

        // the cell-key method: every count perturbed, the same in two previews (the same
        // records, the same keys), and no audit claimed
        pv->methodBox()->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QVERIFY2(pv->preview(), qPrintable(pv->previewError()));
        QCOMPARE(pv->preview()->tables[0].protection.kind, ProtectionSettings::Kind::CellKey);
        QCOMPARE(pv->preview()->tables[0].cells[0].state, CellState::Noisy);
        QVERIFY(pv->summaryLabel()->text().contains("cell-key"));
        QVERIFY(!pv->summaryLabel()->text().contains("Audit passed"));
        screenshot(window(), "publish_cellkey");
        const Release keyed = pv->preview()->tables[0];
        pv->marginsBox()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        pv->marginsBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        for (std::size_t c = 0; c < keyed.cells.size(); ++c)
            QCOMPARE(pv->preview()->tables[0].cells[c].records, keyed.cells[c].records);
        while (bench()->undoStack()->index() > steps)
            window()->undoAction()->trigger();
        QCOMPARE(bench()->undoStack()->index(), steps);
        QCOMPARE(bench()->publication().tables[0].protection.kind, ProtectionSettings::Kind::Rules);
        QCOMPARE(pv->methodBox()->currentIndex(), 0);

        // approve: refused without a name, recorded with one
        QVERIFY(!pv->approveButton()->isEnabled());
        QVERIFY(!pv->exportButton()->isEnabled());
        pv->approverName()->setText("A. Steward");
        pv->approvalNote()->setText("first release");
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate(), 20000);
        QVERIFY(pv->approveButton()->isEnabled());
        QSignalSpy approved(pv, &PublishView::approvalFinished);
        pv->approveButton()->click();
        // the approval runs off the GUI thread: the button waits, the progress shows
        QVERIFY(pv->isApproving());
        QVERIFY(!pv->approveButton()->isEnabled());
        QVERIFY(pv->stopApprovalButton()->isVisible());
        screenshot(window(), "approval_running");
        QVERIFY(approved.wait(60000));
        QCOMPARE(approved.front().front().toBool(), true);
        QVERIFY(!pv->stopApprovalButton()->isVisible());
        QCOMPARE(bench()->approvals().size(), std::size_t(1));
        QCOMPARE(pv->historyTable()->rowCount(), 1);
        QCOMPARE(pv->historyTable()->item(0, 1)->text(), QString("A. Steward"));
        QVERIFY(pv->exportButton()->isEnabled());
        // the next release is previewed with what this one published
        QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate() &&
                                     pv->summaryLabel()->text().contains("published before"),
                                 20000);
        screenshot(window(), "publish_approved");

        const QString out = m_dir.filePath("release");
        auto written = pv->exportTo(out, false);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().text().c_str());
        QVERIFY(QFile::exists(out + "/report.pdf"));
        QVERIFY(QFile::exists(out + "/datapackage.json"));
        QVERIFY(!pv->exportTo(out, false).ok()); // files exist: only with confirmation
        QVERIFY(pv->exportTo(out, true).ok());

        // a changed design must be approved again before export
        pv->thresholdBox()->setValue(7);
        QVERIFY(!pv->exportButton()->isEnabled());
        QVERIFY(!pv->exportTo(m_dir.filePath("stale"), false).ok());
        window()->undoAction()->trigger();
        QVERIFY(pv->exportButton()->isEnabled());
        window()->stages()->setCurrentIndex(0);
    }

    void saveAndReopenTheProject()
    {
        QVERIFY(yearsTwoDigitsAndK5());
        {
            // a table of gender by municipality with totals, approved
            PublishView *pv = window()->publishView();
            window()->stages()->setCurrentWidget(pv);
            pv->setOpenReport(false);
            QTableWidget *dims = pv->dimensionTable();
            for (int row = 0; row < dims->rowCount(); ++row) {
                const QString name = dims->item(row, 0)->text();
                dims->item(row, 0)->setCheckState(
                    name == "gender" || name == "municipality" ? Qt::Checked : Qt::Unchecked);
            }
            pv->marginsBox()->setChecked(true);
            pv->approverName()->setText("A. Steward");
            pv->approvalNote()->setText("first release");
            QTRY_VERIFY_WITH_TIMEOUT(pv->isPreviewUpToDate() && pv->approveButton()->isEnabled(),
                                     20000);
            QSignalSpy approved(pv, &PublishView::approvalFinished);
            pv->approveButton()->click();
            QVERIFY(approved.wait(60000));
            QCOMPARE(approved.front().front().toBool(), true);
            window()->stages()->setCurrentIndex(0);
        }
        const QString project = m_dir.filePath("customers.dijkgraaf");
        QFile::remove(project);
        const Configuration saved = bench()->configuration();
        QVERIFY(window()->saveProjectAs(project));
        QVERIFY(window()->windowTitle().contains("customers.dijkgraaf"));
        QVERIFY(!window()->windowTitle().contains("*"));
        view()->kBox()->setValue(7);
        QVERIFY(window()->windowTitle().contains("*")); // modified since saved
        QVERIFY(bench()->configuration() != saved);

        QSignalSpy loaded(window(), &MainWindow::loaded);
        window()->openProjectFile(project);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(bench()->configuration(), saved);
        QCOMPARE(window()->projectPath(), QFileInfo(project).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 20000);
        QCOMPARE(view()->kBox()->value(), 5);
        QCOMPARE(view()->attributes()->levelSlider(column("date_of_birth"))->value(),
                 saved.attributes[column("date_of_birth")].level);
        // the tables and the approval came back with the project
        QCOMPARE(bench()->publication().tables.size(), std::size_t(1));
        QVERIFY(bench()->publication().tables[0].spec.margins);
        QCOMPARE(bench()->approvals().size(), std::size_t(1));
        QCOMPARE(bench()->approvals()[0].note, std::string("first release"));
        screenshot(window(), "project_reopened");
    }

    void changedOrMissingDataIsReported()
    {
        // a project of its own on a copy of the customers
        const QString data = m_dir.filePath("changing.csv");
        const QString project = m_dir.filePath("changing.dijkgraaf");
        QFile::remove(data);
        QFile::remove(project);
        QVERIFY(QFile::copy(m_data, data));
        {
            QSignalSpy opened(window(false), &MainWindow::loaded);
            window()->openData(data);
            QVERIFY(opened.wait(20000));
            QVERIFY(window()->saveProjectAs(project));
        }
        {
            QFile f(data);
            QVERIFY(f.open(QIODevice::Append));
            f.write("C09999999,Extra Klant,extra@example.nl,06-12345678,1970-01-01,M,1234 "
                    "AB,Utrecht,Basic,2020-01-01,9.99\n");
        }
        QStringList asked;
        window()->setQuestionHandler([&](const QString &title, const QString &) {
            asked << title;
            return false;
        });
        QSignalSpy failed(window(), &MainWindow::loadFailed);
        window()->openProjectFile(project);
        QVERIFY(failed.wait(20000));
        QCOMPARE(asked, QStringList{"The data has changed"});
        QVERIFY(failed.first().first().toString().contains("changed"));

        // accepted: opened with the saved configuration on the changed data
        window()->setQuestionHandler([](const QString &, const QString &) { return true; });
        QSignalSpy loaded(window(), &MainWindow::loaded);
        window()->openProjectFile(project);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(bench()->data().rowCount, 20001u);

        // missing: reported, nothing replaced
        QVERIFY(QFile::rename(data, data + ".moved"));
        QSignalSpy missing(window(), &MainWindow::loadFailed);
        window()->openProjectFile(project);
        QCOMPARE(missing.count(), 1);
        QVERIFY(missing.first().first().toString().contains("missing"));
        QCOMPARE(bench()->data().rowCount, 20001u);
        QVERIFY(QFile::rename(data + ".moved", data));
        window()->setQuestionHandler({});
    }

    // Dutch and back, while the workbench keeps its data, configuration and history.
    void switchesLanguage()
    {
        const Configuration before = bench()->configuration();
        const int steps = bench()->undoStack()->count();
        // typed but not yet approved: it survives the views made anew
        window()->publishView()->approverName()->setText("A. Steward");
        window()->publishView()->approvalNote()->setText("second release");
        applyLanguage("nl");
        QTRY_VERIFY_WITH_TIMEOUT(view()->verdict()->text().contains("van de records is uniek"),
                                 20000);
        QVERIFY(showsCurrent());
        QCOMPARE(bench()->configuration(), before);
        QCOMPARE(bench()->undoStack()->count(), steps);
        QStringList menus;
        for (QAction *a : window()->menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains("&Bestand") && menus.contains("Be&werken"),
                 qPrintable(menus.join(",")));
        QVERIFY2(view()->verdict()->text().contains("van de records is uniek"),
                 qPrintable(view()->verdict()->text()));
        QVERIFY(view()->verdict()->text().contains(",")); // 100,0 % in Dutch
        QCOMPARE(plainTitle(view()->ladderChart()->chart()),
                 QString("Aandeel unieke records naarmate kenmerken worden gecombineerd"));
        QVERIFY(window()->undoAction()->isEnabled() == bench()->undoStack()->canUndo());
        // numbers in the fields the Dutch way, with a decimal comma
        QVERIFY2(view()->limitBox()->text().contains(","), qPrintable(view()->limitBox()->text()));
        QCOMPARE(window()->publishView()->approverName()->text(), QString("A. Steward"));
        QCOMPARE(window()->publishView()->approvalNote()->text(), QString("second release"));
        // a role's reason in Dutch
        const QString reason = view()->attributes()->roleBox(column("gender"))->toolTip();
        QVERIFY2(reason.contains("geslacht is algemeen bekend"), qPrintable(reason));
        screenshot(window(), "workbench_nl");
        applyLanguage("en");
        QTRY_VERIFY_WITH_TIMEOUT(view()->verdict()->text().contains("of records are unique"),
                                 20000);
        QVERIFY(showsCurrent());
        menus.clear();
        for (QAction *a : window()->menuBar()->actions())
            menus << a->text();
        QVERIFY(menus.contains("&File"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // A file of 100,000 columns opens without freezing the window: the attribute panel makes
    // rows only for the columns it shows (it made seven widgets for each of them, and painting
    // 700,000 siblings froze the window for minutes), and finds the others by name.
    void aWideFileOpensWithoutFreezing()
    {
#ifdef DIJKGRAAF_SANITIZED
        constexpr int kScale = 5;
#else
        constexpr int kScale = 1;
#endif
        constexpr int kColumns = 100000;
        const QString wide = m_dir.filePath("wide.csv");
        {
            QFile f(wide);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray header, row;
            for (int c = 0; c < kColumns; ++c) {
                header += (c ? ",c" : "c") + QByteArray::number(c);
                row += (c ? "," : "") + QByteArray::number(c % 7);
            }
            f.write(header + "\n" + row + "\n" + row + "\n");
        }
        // the event loop's pulse: the longest gap between two ticks of a 1 ms timer
        QElapsedTimer pulse, clock;
        double longestGap = 0;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, static_cast<double>(pulse.elapsed()));
            pulse.restart();
        });
        QSignalSpy loaded(window(false), &MainWindow::loaded);
        clock.start();
        pulse.start();
        tick.start();
        window()->openData(wide);
        QVERIFY(loaded.wait(60000 * kScale));
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 60000 * kScale);
        tick.stop();
        QCOMPARE(bench()->data().columns.size(), std::size_t(kColumns));
        AttributePanel *panel = view()->attributes();
        QVERIFY(panel->shownColumns().size() <= 2 * AttributePanel::kShownRows);
        QVERIFY(panel->madeRows() <= 2 * AttributePanel::kShownRows);
        QVERIFY2(clock.elapsed() < 10000 * kScale, qPrintable(QString("%1 ms").arg(clock.elapsed())));
        QVERIFY2(longestGap < 3000 * kScale, qPrintable(QString("stall of %1 ms").arg(longestGap)));
        screenshot(window(), "wide_file");

        // a column beyond the first hundred, found by name and given a role
        auto *find = panel->findChild<QLineEdit *>("findAttribute");
        QVERIFY(find);
        find->setText("c99998");
        QCOMPARE(panel->shownColumns(), std::vector<std::size_t>{99998});
        QComboBox *role = panel->roleBox(99998);
        QVERIFY(role->isVisibleTo(panel));
        const int qi = role->findData(static_cast<int>(AttributeRole::QuasiIdentifier));
        role->setCurrentIndex(qi);
        emit role->activated(qi);
        QCOMPARE(bench()->configuration().attributes[99998].role, AttributeRole::QuasiIdentifier);
        QTRY_VERIFY_WITH_TIMEOUT(showsCurrent(), 60000 * kScale);
        QVERIFY(panel->levelSlider(99998)->isVisibleTo(panel));
        // cleared, the list holds the first columns and every one with a role
        find->clear();
        const auto &shown = panel->shownColumns();
        QVERIFY(std::find(shown.begin(), shown.end(), 99998) != shown.end());
        QCOMPARE(shown.front(), std::size_t(0));
        QVERIFY(panel->madeRows() <= 2 * AttributePanel::kShownRows + 1);
    }

    // The window carries the application's icon, drawn at every size a desktop asks for: the
    // rounded square is opaque in its middle and clear in its corners (the SVG icon engine
    // rendered it; without the engine the icon would be empty).
    void theWindowHasTheApplicationIcon()
    {
        const QIcon icon = window(false)->windowIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 256}) {
            const QImage image = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(image.width(), size);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            if (size == 256)
                QVERIFY(image.save(QStringLiteral(DIJKGRAAF_SCREENSHOTS "/icon.png")));
        }
    }

    // Dark mode everywhere, chosen while the window is open: the window's palette, every
    // chart's background and texts (the solution space's too), and the colour of warnings,
    // which must stay readable on the dark background; and back to light.
    void followsDarkMode()
    {
        const auto lightness = [](const QColor &c) { return c.lightness(); };
        QVERIFY(lightness(window()->palette().color(QPalette::Window)) >= 128);
        applyColorScheme(QStringLiteral("dark"));
        QTRY_VERIFY(lightness(window()->palette().color(QPalette::Window)) < 128);
        QVERIFY(isDarkPalette());
        const QList<QChartView *> charts = window()->findChildren<QChartView *>();
        QVERIFY(charts.size() >= 5);
        for (QChartView *chart : charts) {
            QTRY_VERIFY2(lightness(chart->chart()->backgroundBrush().color()) < 128,
                         qPrintable(chart->chart()->title()));
            QVERIFY(lightness(chart->chart()->titleBrush().color()) >= 160);
            for (QAbstractAxis *axis : chart->chart()->axes())
                QVERIFY(lightness(axis->labelsColor()) >= 160);
        }
        QVERIFY(lightness(palette::errorText()) >= 160);
        screenshot(window(), "workbench_dark");
        applyColorScheme(QStringLiteral("light"));
        QTRY_VERIFY(lightness(window()->palette().color(QPalette::Window)) >= 128);
        for (QChartView *chart : charts)
            QTRY_VERIFY(lightness(chart->chart()->backgroundBrush().color()) >= 128);
        QVERIFY(lightness(palette::errorText()) < 128);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
