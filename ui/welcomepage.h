#pragma once

#include <QListWidget>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace dijkgraaf {

// The files and projects opened last, newest first, and the verdict each was left with; kept
// in the application's settings.
namespace recentfiles {
QStringList list();
void add(const QString &path); // to the front; at most eight are kept
QString verdict(const QString &path);
void setVerdict(const QString &path, const QString &verdict);
} // namespace recentfiles

// What a window shows before any data is open: what Dijkgraaf is for, opening a file, the two
// demos and the recent files with their verdicts.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // the recent files as they are now
    void refresh();

signals:
    void openFileRequested();
    void databaseRequested();
    void demoRequested();
    void eventsDemoRequested();
    void recentChosen(QString path);

private:
    QListWidget *m_recent;
};

} // namespace dijkgraaf
