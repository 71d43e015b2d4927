#include "mainwindow.h"
#include "databasedialog.h"
#include "errortext.h"
#include "sourcename.h"

#include "appearance.h"
#include "demo/customergenerator.h"
#include "demo/phoneeventgenerator.h"
#include "hierarchy/arxformat.h"
#include "hierarchy/hierarchybuilders.h"
#include "hierarchy/hierarchyspec.h"
#include "io/csvreader.h"
#include "io/importsettings.h"
#include "io/sqlitereader.h"
#include "language.h"
#include "presentation.h"
#include "project/configurationjson.h"
#include "io/postgres.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QVBoxLayout>

#include <utility>

namespace dijkgraaf {

namespace {

// A submenu of exclusive choices, the one picked stored in the settings under `key` (its code;
// empty for "follow the system") and applied at once.
void addSettingMenu(QMenu *parent, const QString &title, const QString &key,
                    std::initializer_list<std::pair<QString, QString>> choices,
                    void (*apply)(const QString &))
{
    QMenu *menu = parent->addMenu(title);
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(key).toString();
    for (const auto &choice : choices) {
        // a copy for the lambda: C++20 lets a lambda capture a structured binding, clang 14
        // does not
        const QString code = choice.first;
        QAction *a = menu->addAction(choice.second);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, a, [key, code, apply] {
            QSettings().setValue(key, code);
            apply(code);
        });
    }
}
constexpr std::uint64_t kDemoSeed = 20261129;
constexpr std::uint64_t kDemoRows = 100000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_load(
                               this, [this](Result<Loaded> r) { onLoadFinished(std::move(r)); },
                               [this](double share, qint64 ms) {
                                   // nothing under a second gets a progress bar
                                   if (ms >= 1000) {
                                       m_progress->show();
                                       m_cancelLoad->show();
                                   }
                                   m_progress->setValue(static_cast<int>(1000 * share));
                               })
{
    setWindowTitle(tr("Dijkgraaf"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dijkgraaf.svg")));
    m_leavePresentation = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QShortcut::activated, this, [this] { setPresentation(false); });
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWelcome());
    setCentralWidget(m_pages);
    connect(&m_autosave, &SessionAutosave::due, this, &MainWindow::autosave);

    m_statusVerdict = new QLabel(this);
    m_statusTiming = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setRange(0, 1000);
    m_cancelLoad = new QPushButton(tr("Cancel"), this);
    statusBar()->addWidget(m_statusVerdict, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_statusTiming);
    m_progress->hide();
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QPushButton::clicked, this, [this] { m_load.cancel(); });

    buildMenus();
    refreshRecent();
    resize(1500, 950);
}

MainWindow::~MainWindow()
{
    m_load.cancel();
    m_load.waitForFinished();
    // the workbench, a child, outlives this window's members: its undo stack's last signals
    // must not reach their timer
    if (m_bench)
        detachBench();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Import data…"), this, [this] { showImportDialog(); });
    open->setShortcut(QKeySequence::Open);
    QAction *database = file->addAction(tr("Import from a data&base…"), this,
                                        &MainWindow::showDatabaseDialog);
    database->setObjectName(QStringLiteral("importDatabase"));
    QAction *demo = file->addAction(tr("Open the &demo customers"), this, &MainWindow::openDemo);
    demo->setShortcut(QKeySequence(tr("Ctrl+D")));
    QAction *openProject =
        file->addAction(tr("Open &project…"), this, &MainWindow::chooseProjectToOpen);
    openProject->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *save = file->addAction(tr("&Save project"), this, &MainWindow::saveProject);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs =
        file->addAction(tr("Save project &as…"), this, &MainWindow::chooseProjectToSave);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *folder = file->addAction(tr("Load &hierarchies from a folder…"), this,
                                      &MainWindow::chooseHierarchyFolder);
    folder->setObjectName(QStringLiteral("loadHierarchies"));
    m_recentMenu = file->addMenu(tr("&Recent files"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);

    QAction *findBest = edit->addAction(tr("&Find the best transformation"), this, [this] {
        if (m_view) {
            m_view->rightTabs()->setCurrentWidget(m_view->solutionSpace());
            m_view->solutionSpace()->findBest();
        }
    });
    findBest->setShortcut(QKeySequence(tr("Ctrl+F")));
    edit->addSeparator();
    m_recordNounAction =
        edit->addAction(tr("What the &records are…"), this, &MainWindow::chooseRecordNoun);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QString modes[] = {tr("Records &before"), tr("Records &after"),
                             tr("Records &side by side")};
    for (int i = 0; i < 3; ++i) {
        QAction *a = viewMenu->addAction(modes[i], this, [this, i] {
            if (m_view)
                m_view->setRecordsMode(static_cast<RecordsModel::Mode>(i));
        });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }

    viewMenu->addSeparator();
    QAction *presentation = viewMenu->addAction(tr("&Presentation mode"));
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(tr("F11")));
    presentation->setChecked(m_presentation);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentation);
    addAction(presentation); // its key works while the menu bar is hidden
    m_presentationAction = presentation;
    viewMenu->addSeparator();
    addSettingMenu(viewMenu, tr("&Language"), QStringLiteral("language"),
                   {{QString(), tr("Follow the system")},
                    {QStringLiteral("en"), QStringLiteral("English")},
                    {QStringLiteral("nl"), QStringLiteral("Nederlands")}},
                   applyLanguage);
    addSettingMenu(viewMenu, tr("&Appearance"), QStringLiteral("appearance"),
                   {{QString(), tr("Follow the system")},
                    {QStringLiteral("light"), tr("Light")},
                    {QStringLiteral("dark"), tr("Dark")}},
                   applyColorScheme);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dijkgraaf"), this, [this] {
        QMessageBox::about(this, tr("About Dijkgraaf"),
                           tr("<p><b>Dijkgraaf</b> %1</p><p>Publish customer data as open data, "
                              "aggregated so that "
                              "no one can be singled out.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

QWidget *MainWindow::buildWelcome()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::openFileRequested, this, [this] { showImportDialog(); });
    connect(m_welcome, &WelcomePage::databaseRequested, this, &MainWindow::showDatabaseDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::eventsDemoRequested, this, &MainWindow::openEventsDemo);
    connect(m_welcome, &WelcomePage::recentChosen, this, [this](const QString &path) {
        path.endsWith(QLatin1String(".dijkgraaf")) ? openProjectFile(path) : openData(path);
    });
    return m_welcome;
}

QStringList MainWindow::demoCandidates(const QString &file)
{
    const QString app = QCoreApplication::applicationDirPath();
    QStringList out;
    const QString env = qEnvironmentVariable("DIJKGRAAF_DEMO_DIR");
    if (!env.isEmpty())
        out << env + QLatin1Char('/') + file;
    out << app + QStringLiteral("/../demo/") + file
        << app + QStringLiteral("/../share/dijkgraaf/demo/") + file
        << QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
               QStringLiteral("/demo/") + file;
    return out;
}

namespace {

// The first installed copy of a demo file, or a new one made with the demo's seed.
Result<QString> demoFile(const QString &file,
                         const std::function<Result<std::uint64_t>(const std::string &)> &make)
{
    const QStringList candidates = MainWindow::demoCandidates(file);
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    const QString path = candidates.back();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto made = make(path.toStdString());
    if (!made)
        return made.error();
    return path;
}

} // namespace

void MainWindow::openDemo()
{
    if (!mayReplaceWork())
        return;
    statusBar()->showMessage(tr("Making the demo customers…"));
    auto path = demoFile(QStringLiteral("customers.csv"), [](const std::string &p) {
        return generateCustomers(p, kDemoRows, kDemoSeed);
    });
    if (!path) {
        QMessageBox::warning(this, tr("Demo"), errorText(path.error()));
        return;
    }
    loadData(*path);
}

void MainWindow::openEventsDemo()
{
    if (!mayReplaceWork())
        return;
    statusBar()->showMessage(tr("Making the demo phone events…"));
    auto path = demoFile(QStringLiteral("phone_events.csv"), [](const std::string &p) {
        return generatePhoneEvents(p, 5000, 7, kDemoSeed);
    });
    if (!path) {
        QMessageBox::warning(this, tr("Demo"), errorText(path.error()));
        return;
    }
    m_demoPublication = phoneEventsDemoPublication();
    loadData(*path);
}

void MainWindow::showImportDialog(const QString &path)
{
    if (mayReplaceWork())
        runImportDialog(path);
}

void MainWindow::showDatabaseDialog()
{
    if (!mayReplaceWork())
        return;
    DatabaseDialog dialog(this);
    // the address used last (never a password: none is part of one)
    QSettings settings;
    if (auto last = PostgresSource::parse(settings.value(QStringLiteral("lastDatabase"))
                                              .toString()
                                              .toStdString()))
        dialog.setSource(*last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportRequest request = dialog.request();
    settings.setValue(QStringLiteral("lastDatabase"), request.path);
    if (!dialog.password().isEmpty())
        rememberPostgresPassword(dialog.source(), dialog.password().toStdString());
    importData(request);
}

void MainWindow::runImportDialog(const QString &path)
{
    ImportDialog dialog(this);
    if (!path.isEmpty())
        dialog.setFile(path);
    if (dialog.exec() == QDialog::Accepted)
        importData(dialog.request());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    // after the drop has finished: the dialog is modal
    QTimer::singleShot(0, this, [this, path] {
        path.endsWith(QLatin1String(".dijkgraaf")) ? openProjectFile(path) : showImportDialog(path);
    });
}

void MainWindow::openData(const QString &path)
{
    if (mayReplaceWork())
        loadData(path);
}

void MainWindow::loadData(const QString &path)
{
    m_opening.reset();
    if (isSqliteFile(path.toStdString()) && !path.endsWith(QLatin1String(".dijkgraaf"))) {
        runImportDialog(path);
        return;
    }
    ImportRequest request;
    request.path = path;
    startLoad(request);
}

void MainWindow::importData(const ImportRequest &request)
{
    m_opening.reset();
    startLoad(request);
}

void MainWindow::startLoad(const ImportRequest &request)
{
    if (m_load.isRunning())
        return;
    m_loading = request;
    const ImportSettings settings = request;
    statusBar()->showMessage(tr("Reading %1…").arg(sourceName(request.path)));
    m_load.run([request, settings](JobControl &control) -> Result<Loaded> {
        const std::string file = request.path.toStdString();
        auto data = readData(
            file, settings, &control.cancelled, [&control](std::uint64_t d, std::uint64_t t) {
                control.progress =
                    static_cast<double>(d) / static_cast<double>(std::max<std::uint64_t>(1, t));
            });
        if (!data)
            return data.error();
        Loaded loaded;
        // of a file its bytes; of a database, its records
        auto sha = sourceDigest(file);
        if (!sha)
            return sha.error();
        loaded.sha256 = *sha;
        loaded.suggestions = suggestRoles(*data);
        loaded.roles = request.roles;
        loaded.data = std::make_shared<const Dataset>(std::move(*data));
        return loaded;
    });
}

void MainWindow::onLoadFinished(Result<Loaded> result)
{
    m_progress->hide();
    m_cancelLoad->hide();
    statusBar()->clearMessage();
    if (!result.ok() && isPasswordRequest(result.error())) {
        // the server asks for a password: asked for, kept for the session, and tried again
        // (a project being opened stays being opened)
        const auto source = PostgresSource::parse(m_loading.path.toStdString());
        const QString text =
            tr("%1 asks for the password of %2.\n\nIt is used while Dijkgraaf runs and never "
               "saved.")
                .arg(sourceName(m_loading.path), QString::fromStdString(source->user));
        bool given = false;
        QString password;
        if (m_askPassword) {
            password = m_askPassword(text);
            given = !password.isNull();
        } else {
            password = QInputDialog::getText(this, tr("Password"), text, QLineEdit::Password,
                                             QString(), &given);
        }
        if (given && !password.isEmpty()) {
            rememberPostgresPassword(*source, password.toStdString());
            startLoad(m_loading);
            return;
        }
    }
    // recovered work whose load fails stays in the autosave folder, to be offered again
    const std::optional<QString> recovering = std::exchange(m_recovering, std::nullopt);
    if (!result.ok()) {
        m_opening.reset();
        m_demoPublication.reset();
        const Error &e = result.error();
        if (e.cancelled) {
            statusBar()->showMessage(tr("The import was cancelled"), 5000);
            emit loadFailed(errorMessage(e));
            return;
        }
        if (m_loading.raggedRows == RaggedRows::Stop &&
            e.message.find("where the header has") != std::string::npos) {
            const auto answer = QMessageBox::question(
                this, tr("Lines that do not fit"),
                tr("Line %1 of %2 has a different number of fields than the header.\n\nSkip such "
                   "lines (they are "
                   "listed afterwards), or stop the import?")
                    .arg(formatCount(e.line), QFileInfo(m_loading.path).fileName()),
                QMessageBox::StandardButtons(QMessageBox::Ignore | QMessageBox::Abort),
                QMessageBox::Abort);
            if (answer == QMessageBox::Ignore) {
                ImportRequest skipping = m_loading;
                skipping.raggedRows = RaggedRows::Skip;
                startLoad(skipping);
                return;
            }
        } else {
            QMessageBox::warning(this,
                                 isDatabaseSource(m_loading.path) ? tr("Cannot read the database")
                                                                  : tr("Cannot open the file"),
                                 errorText(e));
        }
        emit loadFailed(errorText(e));
        return;
    }
    Loaded opened = std::move(result.value());
    const auto &data = opened.data;
    if (data->rejectedLineCount > 0 || !data->warnings.empty()) {
        // what was left out or read differently, listed, without stopping the steward
        QStringList lines;
        for (const auto &w : data->warnings)
            lines << QString::fromStdString(w);
        for (const auto &r : data->rejectedLines)
            lines << tr("Line %1: %2 fields where the header has %3")
                         .arg(formatCount(r.line))
                         .arg(r.fields)
                         .arg(data->columns.size());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Imported with remarks"),
                                    data->rejectedLineCount > 0
                                        ? tr("%1 lines did not fit the header and were left out.")
                                              .arg(formatCount(data->rejectedLineCount))
                                        : QString::fromStdString(data->warnings.front()),
                                    QMessageBox::Ok, this);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("importRemarks"));
        box->open();
    }
    std::optional<Configuration> config;
    const std::optional<ProjectController::Opening> opening = std::exchange(m_opening, std::nullopt);
    if (opening) {
        if (opened.sha256 != opening->project.sourceSha256 &&
            !ask(tr("The data has changed"),
                 (isDatabaseSource(m_loading.path)
                      ? tr("The records of %1 are not those this project was saved with: they "
                           "changed since.\n\nOpen them with the project's configuration "
                           "anyway?")
                      : tr("%1 is not the file this project was saved with: its content changed "
                           "since.\n\nOpen it with the "
                           "project's configuration anyway?"))
                     .arg(sourceName(m_loading.path)))) {
            emit loadFailed(tr("the data changed since the project was saved"));
            return;
        }
        auto restored = configurationFromJson(opening->project.configuration, *opened.data);
        if (!restored) {
            QMessageBox::warning(this, tr("Cannot open the project"),
                                 errorText(restored.error()));
            emit loadFailed(errorText(restored.error()));
            return;
        }
        config = *restored;
        if (!recovering)
            addRecent(opening->path);
        else if (!recovering->isEmpty())
            addRecent(*recovering);
    } else {
        if (m_loading.table.empty())
            addRecent(m_loading.path);
    }
    showWorkbench(std::move(opened), config);
    if (opening) {
        // what the project publishes, and what was approved
        m_restoring = true;
        const auto failure = ProjectController::restore(opening->project, *m_bench);
        m_restoring = false;
        if (failure)
            QMessageBox::warning(this, tr("The tables to publish cannot be restored"),
                                 errorText(*failure));
        m_project.setPath(recovering ? *recovering : opening->path);
        m_project.markSaved(*m_bench);
    } else if (m_demoPublication) {
        m_bench->applyPublication(*m_demoPublication);
        m_stages->setCurrentWidget(m_publish);
    }
    m_demoPublication.reset();
    if (recovering && opening) {
        // recovered work is unsaved work: in this window's autosave now, the old copy gone
        m_bench->undoStack()->resetClean();
        autosave();
        SessionAutosave::discard(opening->path);
        statusBar()->showMessage(tr("The unsaved work was recovered; save it to keep it"), 15000);
    }
    updateTitle();
    emit loaded();
}

void MainWindow::showWorkbench(Loaded loaded, std::optional<Configuration> restored)
{
    const auto &data = loaded.data;
    if (m_bench) {
        // the session ends: its verdict is kept for the recent files, its autosave goes
        storeVerdict();
        removeAutosave();
    }
    if (m_stages) {
        m_pages->removeWidget(m_stages);
        m_stages->deleteLater();
        m_stages = nullptr;
        detachBench();
        m_bench->deleteLater();
    }
    Configuration config = restored ? *restored : suggestedConfiguration(loaded.suggestions);
    if (!restored)
        for (std::size_t c = 0; c < loaded.roles.size() && c < config.attributes.size(); ++c)
            if (loaded.roles[c])
                config.attributes[c].role = *loaded.roles[c];
    m_bench = new Workbench(data, std::move(loaded.suggestions), config, this);
    m_project.startSession(m_loading, m_loading.path, loaded.sha256);
    m_bench->setSourceSha256(loaded.sha256);
    m_verdict.clear();
    m_verdictSource = sourceLocation(QString::fromStdString(data->sourcePath));
    buildStages();
    connect(m_bench->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_bench->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::scheduleAutosave);
    connect(m_bench, &Workbench::approvalsChanged, this, &MainWindow::scheduleAutosave);
    // an approval belongs in the project at once: it records what the budget was spent on
    connect(m_bench, &Workbench::approvalsChanged, this, [this] {
        if (m_restoring)
            return;
        if (!m_project.path().isEmpty())
            saveProjectAs(m_project.path());
        else
            statusBar()->showMessage(tr("Save the project to keep this approval"), 15000);
    });

    // undo and redo follow the workbench's stack
    QUndoStack *stack = m_bench->undoStack();
    m_undo->disconnect();
    m_redo->disconnect();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
            [this](const QString &t) { m_undo->setText(tr("&Undo %1").arg(t)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
            [this](const QString &t) { m_redo->setText(tr("&Redo %1").arg(t)); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    // (the view's signals are connected once, by buildStages)
}

void MainWindow::setExtraFiles(ExtraFiles files)
{
    m_extraFiles = std::move(files);
    if (m_publish)
        m_publish->setExtraFiles(m_extraFiles);
}

void MainWindow::setPresentation(bool on)
{
    if (on && !m_view)
        on = false; // nothing to present before data is open
    if (m_presentationAction && m_presentationAction->isChecked() != on) {
        QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_leavePresentation->setEnabled(on);
    m_view->setPresentation(on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on)
        m_stages->setCurrentWidget(m_view);
    m_stages->tabBar()->setVisible(!on);
    if (on) {
        m_maximizedBeforePresentation = isMaximized();
        showFullScreen();
    } else if (m_maximizedBeforePresentation) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::buildStages()
{
    setPresentation(false); // the views made anew start as themselves
    QWidget *old = m_stages;
    m_stages = new QTabWidget(m_pages);
    m_stages->setDocumentMode(true);
    m_view = new WorkbenchView(m_bench, m_stages);
    m_publish = new PublishView(m_bench, m_stages);
    m_publish->setExtraFiles(m_extraFiles);
    m_stages->addTab(m_view, tr("&Explore and protect"));
    m_stages->addTab(m_publish, tr("P&ublish"));
    m_pages->addWidget(m_stages);
    m_pages->setCurrentWidget(m_stages);
    if (old) {
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    connectView();
    connect(m_publish, &PublishView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::chooseRecordNoun()
{
    if (!m_bench)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordNoun"));
    dialog.setWindowTitle(tr("What the records are"));
    dialog.setLabelText(tr("One word, in the plural, for what each record of this data stands "
                           "for (customers, phones, inhabitants). Empty: records."));
    dialog.setTextValue(QString::fromStdString(m_bench->configuration().recordNoun));
    while (dialog.exec() == QDialog::Accepted) {
        auto noun = recordNounFrom(dialog.textValue().toStdString());
        if (noun) {
            if (*noun != m_bench->configuration().recordNoun)
                m_bench->setRecordNoun(*noun);
            return;
        }
        QMessageBox::warning(this, tr("What the records are"),
                             errorMessage(noun.error()));
    }
}

void MainWindow::connectView()
{
    // the status bar's verdict in the steward's word for the records, also when only the
    // word changed
    connect(m_bench, &Workbench::configurationChanged, this, [this] {
        if (auto r = m_view ? m_view->shownResult() : nullptr)
            m_statusVerdict->setText(WorkbenchView::verdictText(
                *r, WorkbenchView::recordNoun(m_bench->configuration())));
    });
    connect(
        m_view, &WorkbenchView::resultShown, this, [this](double latencyMs, double evaluationMs) {
            if (auto r = m_view->shownResult()) {
                m_statusVerdict->setText(WorkbenchView::verdictText(
                    *r, WorkbenchView::recordNoun(m_bench->configuration())));
                // the last verdict, shown beside the file (and the project) among the recent files
                const QString verdict =
                    r->evaluation.satisfied
                        ? tr("k = %1 reached, %2 suppressed")
                              .arg(r->evaluation.settings.k)
                              .arg(formatPercent(r->evaluation.utility.suppressionRate))
                        : tr("k = %1 not reached").arg(r->evaluation.settings.k);
                // kept in memory: a settings write (and its disk sync) on every redraw stalled
                // the window; it is stored when the session ends
                m_verdict = verdict;
            }
            m_statusTiming->setText(tr("evaluated in %1 ms, shown after %2 ms")
                                        .arg(QLocale().toString(evaluationMs, 'f', 1),
                                             QLocale().toString(latencyMs, 'f', 0)));
        });
    connect(m_view, &WorkbenchView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_view->attributes(), &AttributePanel::hierarchyFileRequested, this,
            &MainWindow::chooseHierarchyFile);
}

void MainWindow::storeVerdict()
{
    if (m_verdict.isEmpty())
        return;
    recentfiles::setVerdict(m_verdictSource, m_verdict);
    if (!m_project.path().isEmpty())
        recentfiles::setVerdict(m_project.path(), m_verdict);
}

bool MainWindow::hasUnsavedWork() const
{
    return m_bench && m_project.hasUnsavedWork(*m_bench);
}

bool MainWindow::mayReplaceWork()
{
    if (!hasUnsavedWork())
        return true;
    UnsavedWork answer = UnsavedWork::Cancel;
    if (m_unsavedAnswer) {
        answer = m_unsavedAnswer();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved work"),
                        tr("The work on %1 is not saved.").arg(sessionName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save it in a project first? What is not saved is lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.setObjectName(QStringLiteral("unsavedWork"));
        const int button = box.exec();
        answer = button == QMessageBox::Save      ? UnsavedWork::Save
                 : button == QMessageBox::Discard ? UnsavedWork::Discard
                                                  : UnsavedWork::Cancel;
    }
    switch (answer) {
    case UnsavedWork::Save:
        saveProject();
        return !hasUnsavedWork(); // a save that was cancelled or failed goes no further
    case UnsavedWork::Discard:
        return true;
    case UnsavedWork::Cancel:
        break;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayReplaceWork()) {
        event->ignore();
        return;
    }
    storeVerdict();
    removeAutosave();
    QMainWindow::closeEvent(event);
}

QString MainWindow::autosaveFolder()
{
    return SessionAutosave::folder();
}

void MainWindow::scheduleAutosave()
{
    m_autosave.schedule();
}

void MainWindow::autosave()
{
    if (m_autosave.path().isEmpty() || !m_bench)
        return;
    if (!hasUnsavedWork()) {
        removeAutosave();
        return;
    }
    const QString failure = m_autosave.write(m_project.current(*m_bench), m_project.path());
    if (!failure.isEmpty())
        statusBar()->showMessage(tr("The work could not be kept in %1: %2")
                                     .arg(SessionAutosave::folder(), failure),
                                 10000);
}

void MainWindow::removeAutosave()
{
    m_autosave.remove();
}

bool MainWindow::offerRecovery()
{
    using Answer = SessionAutosave::Answer;
    bool replaced = true;
    const bool taken = m_autosave.offer([&](const SessionAutosave::LeftBehind &work) {
        const QString what =
            !work.projectPath.isEmpty()
                ? QFileInfo(work.projectPath).fileName()
                : sourceName(QString::fromStdString(work.project->sourcePath));
        const QString when = QLocale().toString(work.kept, QLocale::ShortFormat);
        if (!ask(tr("Recover unsaved work"),
                 tr("Dijkgraaf ended without saving the work on %1 (last kept %2).\n\n"
                    "Open that work again?")
                     .arg(what, when)))
            return Answer::Discard;
        if (!mayReplaceWork()) {
            replaced = false;
            return Answer::Keep;
        }
        m_recovering = work.projectPath;
        loadProjectFile(work.path); // the old copy goes once the work is open
        return Answer::Take;
    });
    return taken && replaced;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// Every text is set where a widget is made: on a change of language the window makes its
// menus, welcome screen and workbench view again, around the same workbench and its history.
void MainWindow::retranslate()
{
    // a widget keeps the locale it was made with, and its children inherit it: the window
    // takes the new one, so that every field shows numbers the new language's way (2,0 %)
    setLocale(QLocale());
    const auto menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus); // with their actions and shortcuts
    buildMenus();
    QWidget *welcome = m_pages->widget(0);
    m_pages->removeWidget(welcome);
    welcome->deleteLater();
    m_pages->insertWidget(0, buildWelcome());
    refreshRecent();
    m_cancelLoad->setText(tr("Cancel"));
    if (m_bench) {
        QUndoStack *stack = m_bench->undoStack();
        connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        const int stage = m_stages ? m_stages->currentIndex() : 0;
        // what is typed but not yet part of the workbench survives the new views
        const QString approver = m_publish->approverName()->text();
        const QString note = m_publish->approvalNote()->text();
        buildStages();
        m_publish->approverName()->setText(approver);
        m_publish->approvalNote()->setText(note);
        m_stages->setCurrentIndex(stage);
        m_view->showLatest();
    } else {
        m_pages->setCurrentIndex(0);
    }
    updateTitle();
}

void MainWindow::chooseHierarchyFile(std::size_t column)
{
    const QString name = QString::fromStdString(m_bench->data().columns[column].name);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Hierarchy for %1").arg(name), dataFolder(),
                                     tr("Hierarchies (ARX format) (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto h = readArxHierarchy(path.toStdString());
    if (!h) {
        QMessageBox::warning(this, tr("Cannot use this hierarchy"),
                             errorText(h.error()));
        return;
    }
    m_bench->setHierarchy(column, HierarchySpec::table(h->toRows(), path.toStdString()));
}

QString MainWindow::dataFolder() const
{
    if (!m_bench || isDatabaseSource(QString::fromStdString(m_bench->data().sourcePath)))
        return QString();
    return QFileInfo(QString::fromStdString(m_bench->data().sourcePath)).absolutePath();
}

void MainWindow::chooseHierarchyFolder()
{
    if (!m_bench) {
        statusBar()->showMessage(tr("Open data first: hierarchies belong to its attributes"),
                                 10000);
        return;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Load hierarchies from a folder"), dataFolder());
    if (!folder.isEmpty())
        loadHierarchiesFromFolder(folder);
}

QString MainWindow::loadHierarchiesFromFolder(const QString &folder)
{
    if (!m_bench)
        return {};
    const Dataset &data = m_bench->data();
    const Configuration &config = m_bench->configuration();
    std::vector<std::pair<std::size_t, HierarchySpec>> specs;
    QStringList loaded, refused, none;
    for (std::size_t c = 0; c < data.columns.size(); ++c) {
        const QString name = QString::fromStdString(data.columns[c].name);
        const std::string file =
            findArxHierarchyFile(folder.toStdString(), data.sourcePath, data.columns[c].name);
        if (file.empty()) {
            if (config.attributes[c].role == AttributeRole::QuasiIdentifier)
                none << name;
            continue;
        }
        const QString fileName = QFileInfo(QString::fromStdString(file)).fileName();
        auto h = readArxHierarchy(file);
        if (!h) {
            refused << tr("%1: %2").arg(fileName, errorMessage(h.error()));
            continue;
        }
        HierarchySpec spec = HierarchySpec::table(h->toRows(), file);
        // it must cover every value of the data, as the analysis will require
        auto built = buildHierarchy(data.columns[c], spec);
        auto covered = built ? mapColumnToHierarchy(data.columns[c], *built)
                             : Result<std::vector<std::uint32_t>>(built.error());
        if (!covered) {
            refused << tr("%1: %2").arg(fileName, errorMessage(covered.error()));
            continue;
        }
        specs.emplace_back(c, std::move(spec));
        loaded << tr("%1 ← %2").arg(name, fileName);
    }
    if (!specs.empty())
        m_bench->setHierarchies(specs, tr("Hierarchies from %1").arg(QDir(folder).dirName()));
    QString text;
    if (loaded.isEmpty())
        text = tr("No hierarchy in %1 fits the attributes of %2.")
                   .arg(QDir::toNativeSeparators(folder),
                        sourceName(QString::fromStdString(data.sourcePath)));
    else
        text = (loaded.size() == 1 ? tr("1 attribute got a hierarchy:")
                                   : tr("%1 attributes got a hierarchy:").arg(loaded.size())) +
               QStringLiteral("\n  ") + loaded.join(QStringLiteral("\n  "));
    if (!refused.isEmpty())
        text += QStringLiteral("\n\n") + tr("Refused:") + QStringLiteral("\n  ") +
                refused.join(QStringLiteral("\n  "));
    if (!none.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("No file for these quasi-identifiers, which keep "
                   "their hierarchies:") +
                QStringLiteral("\n  ") + none.join(QStringLiteral(", "));
    if (auto *earlier = findChild<QMessageBox *>(QStringLiteral("hierarchiesLoaded")))
        earlier->close(); // one list at a time: the latest
    auto *box = new QMessageBox(loaded.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Hierarchies from a folder"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("hierarchiesLoaded"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return text;
}

bool MainWindow::ask(const QString &title, const QString &text)
{
    if (m_ask)
        return m_ask(title, text);
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

QString MainWindow::sessionName() const
{
    return m_project.path().isEmpty()
               ? sourceName(QString::fromStdString(m_bench->data().sourcePath))
               : QFileInfo(m_project.path()).fileName();
}

void MainWindow::detachBench()
{
    m_bench->undoStack()->disconnect(this);
    m_bench->disconnect(this);
}

void MainWindow::updateTitle()
{
    if (!m_bench) {
        setWindowTitle(tr("Dijkgraaf"));
        return;
    }
    const QString name = sessionName();
    const bool modified = !m_project.path().isEmpty() && !m_bench->undoStack()->isClean();
    setWindowTitle(tr("%1%2 — Dijkgraaf").arg(name, modified ? QStringLiteral(" *") : QString()));
}

void MainWindow::openProjectFile(const QString &path)
{
    if (!m_load.isRunning() && mayReplaceWork())
        loadProjectFile(path);
}

void MainWindow::loadProjectFile(const QString &path)
{
    if (m_load.isRunning())
        return;
    // a data file that moved is asked for (not when the questions are a test's)
    auto opening = ProjectController::open(path, [this](const QString &missing) {
        return m_ask ? QString()
                     : QFileDialog::getOpenFileName(
                           this, tr("Where is %1?").arg(QFileInfo(missing).fileName()), QString(),
                           tr("Data files (*.csv *.txt *.tsv);;All files (*)"));
    });
    if (!opening.refused.isEmpty()) {
        m_recovering.reset();
        if (!m_ask)
            QMessageBox::warning(this, tr("Cannot open the project"), opening.refused);
        emit loadFailed(opening.refused);
        return;
    }
    const ImportRequest request = opening.request;
    m_opening = std::move(opening);
    startLoad(request);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    if (!m_bench)
        return false;
    if (const auto failure = m_project.save(*m_bench, path)) {
        QMessageBox::warning(this, tr("Cannot save the project"), errorText(*failure));
        return false;
    }
    removeAutosave();
    addRecent(m_project.path());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::saveProject()
{
    if (m_project.path().isEmpty())
        chooseProjectToSave();
    else
        saveProjectAs(m_project.path());
}

void MainWindow::chooseProjectToSave()
{
    if (!m_bench)
        return;
    const QString suggested =
        sourceBaseName(QString::fromStdString(m_bench->data().sourcePath)) +
        QStringLiteral(".dijkgraaf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), suggested,
                                                      tr("Dijkgraaf projects (*.dijkgraaf)"));
    if (!path.isEmpty())
        saveProjectAs(path.endsWith(QLatin1String(".dijkgraaf"))
                          ? path
                          : path + QStringLiteral(".dijkgraaf"));
}

void MainWindow::chooseProjectToOpen()
{
    if (!mayReplaceWork())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(), tr("Dijkgraaf projects (*.dijkgraaf);;All files (*)"));
    if (!path.isEmpty())
        loadProjectFile(path);
}

void MainWindow::addRecent(const QString &path)
{
    recentfiles::add(path);
    refreshRecent();
}

void MainWindow::refreshRecent()
{
    m_welcome->refresh();
    m_recentMenu->clear();
    const QStringList recent = recentfiles::list();
    for (const QString &path : recent) {
        m_recentMenu->addAction(sourceName(path), this, [this, path] {
            path.endsWith(QLatin1String(".dijkgraaf")) ? openProjectFile(path) : openData(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace dijkgraaf
