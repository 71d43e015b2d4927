#pragma once

#include "workbench.h"
#include "workbenchview.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

#include <atomic>
#include <memory>

namespace dijkgraaf {

// The application window: a welcome screen, then the workbench on the opened data.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a CSV file in the background; `loaded` follows, or a message.
    void openData(const QString &path);
    // Opens the demo customers, generating them first where no copy is installed.
    void openDemo();

    WorkbenchView *view() const { return m_view; }
    Workbench *workbench() const { return m_bench; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Where the demo customer file is looked for; the first that exists is used.
    static QStringList demoCandidates();

signals:
    void loaded();
    void loadFailed(QString message);

private:
    // what the loading thread hands over: the data and the role suggestions for it
    struct Loaded
    {
        std::shared_ptr<const Dataset> data;
        std::vector<RoleSuggestion> suggestions;
    };
    void buildMenus();
    QWidget *buildWelcome();
    void startLoad(const QString &path, bool skipBadLines);
    void onLoadFinished();
    void showWorkbench(Loaded loaded);
    void addRecent(const QString &path);
    void refreshRecent();
    void chooseDataFile();
    void chooseHierarchyFile(std::size_t column);

    QStackedWidget *m_pages;
    QListWidget *m_recent = nullptr;
    WorkbenchView *m_view = nullptr;
    Workbench *m_bench = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusVerdict;
    QLabel *m_statusTiming;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoad;
    QTimer m_progressDelay;
    QFutureWatcher<Result<Loaded>> m_loadWatcher;
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
    std::shared_ptr<std::atomic<std::uint64_t>> m_loadDone;
    std::shared_ptr<std::atomic<std::uint64_t>> m_loadTotal;
    QString m_loadingPath;
    bool m_loadingSkips = false;
};

} // namespace dijkgraaf
