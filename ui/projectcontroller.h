#pragma once

#include "importdialog.h"
#include "io/importsettings.h"
#include "project/configurationjson.h"
#include "project/project.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace dijkgraaf {

// The project behind a window's session: where it is saved, what was saved last (so that
// unsaved work can be told from saved), how its data was imported, and the steps of reading
// and writing the project file. The window asks the steward and shows the messages; this
// holds the state and does the work, so that the two stay apart.
class ProjectController
{
    Q_DECLARE_TR_FUNCTIONS(ProjectController)
public:
    // A new session on data read with these settings from this file (not "file#table"), of
    // this content; not saved in a project yet.
    void startSession(const ImportSettings &import, const QString &file, std::string sha256);
    const std::string &sourceSha256() const { return m_sourceSha256; }

    // The project file the session is saved in (absolute), or empty.
    QString path() const { return m_path; }
    void setPath(const QString &path);

    // The project as it would be saved now: the workbench's configuration, publication and
    // approvals, with the data source as it was read.
    Project current(const Workbench &bench) const;
    // Edits since the last save (or since the data was opened), or an approval not yet in a
    // project.
    bool hasUnsavedWork(const Workbench &bench) const;
    // Writes the project to path and marks the session saved there; the error, else nothing.
    std::optional<Error> save(Workbench &bench, const QString &path);
    // The session as it is counts as saved (a project just restored).
    void markSaved(Workbench &bench);

    // A project being opened: the file read, its data located, and how to read that data.
    struct Opening
    {
        Project project;
        QString path;          // the project file, absolute
        ImportRequest request; // the data, read as it was when the project was saved
        QString refused;       // why the project cannot be opened; empty when it can
    };
    // Reads a project file. A data file that is not where the project says is asked for
    // through locate (its answer empty: the project is not opened).
    static Opening open(const QString &path,
                        const std::function<QString(const QString &missing)> &locate);
    // What the project publishes and what was approved, onto a workbench on its data; the
    // error when the publication cannot be restored (the rest is restored all the same).
    static std::optional<Error> restore(const Project &project, Workbench &bench);

private:
    QString m_path;
    ImportSettings m_import;
    QString m_importFile;
    std::string m_sourceSha256;
    std::size_t m_savedApprovals = 0; // approvals in the project as last saved
};

} // namespace dijkgraaf
