#pragma once

#include "importdialog.h"
#include "io/importsettings.h"
#include "project/project.h"
#include "projectcontroller.h"
#include "publishview.h"
#include "sessionautosave.h"
#include "welcomepage.h"
#include "workbench.h"
#include "workbenchview.h"

#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dijkgraaf {

// The application window: a welcome screen, then the workbench on the opened data.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a CSV file in the background with the detected settings; `loaded` follows, or a
    // message. An SQLite file goes through the import dialog, to choose its table.
    void openData(const QString &path);
    // Imports as chosen in the import dialog.
    void importData(const ImportRequest &request);
    // The import dialog, on a file or (empty) to choose one.
    void showImportDialog(const QString &path = {});
    // Data in PostgreSQL: the database dialog, filled with the address used last; its rows are
    // then read as a file's. A server that asks for a password gets it through a prompt, kept
    // for the session only.
    void showDatabaseDialog();
    // Opens the demo customers, generating them first where no copy is installed.
    void openDemo();
    // The second demo: a week of synthetic phone events, with a release of people per area
    // per hour by country of origin ready to preview.
    void openEventsDemo();
    // Opens a project: its data in the background, then its configuration. A missing data file
    // is asked for; a changed one is reported, and used only if the steward agrees.
    void openProjectFile(const QString &path);
    // Saves the data source (path and content hash) and the configuration; false after a
    // message when it could not be written.
    bool saveProjectAs(const QString &path);
    QString projectPath() const { return m_project.path(); }

    // Questions to the steward (yes/no) go through this, so that tests can answer them.
    void setQuestionHandler(std::function<bool(const QString &title, const QString &text)> ask)
    {
        m_ask = std::move(ask);
    }
    // The password a database asks for comes from the steward (a prompt), or from this (a
    // null string: none is given).
    void setPasswordHandler(std::function<QString(const QString &text)> answer)
    {
        m_askPassword = std::move(answer);
    }

    // Work that a new file, the demo, another project or quitting would throw away: edits
    // since the project was last saved (or since the data was opened), or an approval not yet
    // in a project.
    bool hasUnsavedWork() const;
    enum class UnsavedWork { Save, Discard, Cancel };
    // The answer to "save the changes?" comes from the steward (a dialog), or from this.
    void setUnsavedWorkHandler(std::function<UnsavedWork()> answer)
    {
        m_unsavedAnswer = std::move(answer);
    }
    // True when nothing would be lost, or the steward saved or chose to discard it.
    bool mayReplaceWork();

    // Unsaved work is written every few seconds to a folder of its own (DIJKGRAAF_AUTOSAVE_DIR,
    // or the application's data folder), one project per running window, and removed once
    // it is saved or discarded. A window that did not close (a crash, a kill) leaves its
    // project there; the next window offers it back.
    static QString autosaveFolder();
    QString autosavePath() const { return m_autosave.path(); }
    // Every attribute's hierarchy file in a folder (ARX naming, see findArxHierarchyFile),
    // checked against the data and applied as one undoable edit; the steward is shown which
    // attribute got which file, which files were refused and why, and which quasi-identifiers
    // found none. Returns that list.
    QString loadHierarchiesFromFolder(const QString &folder);

    // Offers the work of windows that ended without closing; true when one was taken up.
    bool offerRecovery();

    WorkbenchView *view() const { return m_view; }
    PublishView *publishView() const { return m_publish; }
    // Files every approval adds beyond the engine's (the PDF report): handed in by the program
    void setExtraFiles(ExtraFiles files);
    QTabWidget *stages() const { return m_stages; }
    Workbench *workbench() const { return m_bench; }
    QAction *recordNounAction() const { return m_recordNounAction; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Presentation mode for an audience: full screen, no menus, tabs or status bar, plain
    // captions and larger type; F11 or Esc leaves it.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    QAction *presentationAction() const { return m_presentationAction; }
    QPushButton *cancelLoadButton() const { return m_cancelLoad; }
    bool isLoading() const { return m_load.isRunning(); }

    // Where the demo customer file is looked for; the first that exists is used.
    static QStringList demoCandidates(const QString &file = QStringLiteral("customers.csv"));

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    void loaded();
    void loadFailed(QString message);

private:
    void chooseRecordNoun(); // the steward's word for the records, one undo step
    // what the loading thread hands over: the data and the role suggestions for it
    struct Loaded
    {
        std::shared_ptr<const Dataset> data;
        std::vector<RoleSuggestion> suggestions;
        std::string sha256;
        std::vector<std::optional<AttributeRole>> roles; // the steward's choices at import
    };
    void buildMenus();
    void retranslate();
    void connectView();
    void buildStages(); // the workbench and publish views, made anew
    QWidget *buildWelcome();
    void startLoad(const ImportRequest &request);
    void onLoadFinished(Result<Loaded> result);
    void showWorkbench(Loaded loaded, std::optional<Configuration> config = std::nullopt);
    void saveProject();
    void chooseProjectToSave();
    void chooseProjectToOpen();
    void updateTitle();
    bool ask(const QString &title, const QString &text);
    void addRecent(const QString &path);
    void refreshRecent();
    void chooseHierarchyFile(std::size_t column);
    void chooseHierarchyFolder();
    QString dataFolder() const;                // where the data file is: file dialogs start there
    void loadData(const QString &path);        // openData without the question
    void runImportDialog(const QString &path); // showImportDialog without the question
    void loadProjectFile(const QString &path); // openProjectFile without the question
    QString sessionName() const;               // the project's file name, or the data's
    // the workbench's signals no longer reach this window (it is replaced, or the window goes
    // before its child)
    void detachBench();
    void scheduleAutosave();
    void autosave();
    void removeAutosave();
    void storeVerdict(); // the last verdict, beside the file among the recent files

    QStackedWidget *m_pages;
    WelcomePage *m_welcome = nullptr;
    WorkbenchView *m_view = nullptr;
    PublishView *m_publish = nullptr;
    ExtraFiles m_extraFiles;
    QTabWidget *m_stages = nullptr;               // explore and protect | publish
    bool m_restoring = false;                     // approvals being read from a project, not made
    std::optional<Publication> m_demoPublication; // to show with the data being loaded
    Workbench *m_bench = nullptr;
    QAction *m_recordNounAction = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_presentationAction = nullptr;
    bool m_presentation = false;
    bool m_maximizedBeforePresentation = false;
    QShortcut *m_leavePresentation = nullptr; // Esc, only while presenting
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusVerdict;
    QLabel *m_statusTiming;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoad;
    ImportRequest m_loading;
    ProjectController m_project;                         // the session's project
    std::optional<ProjectController::Opening> m_opening; // the project whose data is being read
    std::function<bool(const QString &, const QString &)> m_ask;
    std::function<QString(const QString &)> m_askPassword;
    std::function<UnsavedWork()> m_unsavedAnswer;
    QString m_verdict;                // the verdict shown, stored when the session ends
    QString m_verdictSource;
    SessionAutosave m_autosave;
    std::optional<QString> m_recovering; // the project path of work being recovered
    BackgroundJob<Result<Loaded>> m_load;
};

} // namespace dijkgraaf
