#include "projectcontroller.h"

#include "errortext.h"
#include "sourcename.h"

#include <QFileInfo>

namespace dijkgraaf {

void ProjectController::startSession(const ImportSettings &import, const QString &file,
                                     std::string sha256)
{
    m_import = import;
    m_importFile = file;
    m_sourceSha256 = std::move(sha256);
    m_path.clear();
    m_savedApprovals = 0;
}

void ProjectController::setPath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

Project ProjectController::current(const Workbench &bench) const
{
    Project p = bench.project(); // configuration, publication and approvals
    p.import = importSettingsToJson(m_import);
    // the file, not "file#table"; or the address, which never holds a password
    p.sourcePath = sourceLocation(m_importFile).toStdString();
    p.sourceBytes = isDatabaseSource(m_importFile)
                        ? 0
                        : static_cast<std::uint64_t>(QFileInfo(m_importFile).size());
    p.sourceSha256 = m_sourceSha256;
    return p;
}

bool ProjectController::hasUnsavedWork(const Workbench &bench) const
{
    return !bench.undoStack()->isClean() || bench.approvals().size() != m_savedApprovals;
}

std::optional<Error> ProjectController::save(Workbench &bench, const QString &path)
{
    auto saved = saveProject(current(bench), path.toStdString());
    if (!saved)
        return saved.error();
    setPath(path);
    markSaved(bench);
    return std::nullopt;
}

void ProjectController::markSaved(Workbench &bench)
{
    m_savedApprovals = bench.approvals().size();
    bench.undoStack()->setClean();
}

ProjectController::Opening
ProjectController::open(const QString &path,
                        const std::function<QString(const QString &missing)> &locate)
{
    Opening opening;
    opening.path = QFileInfo(path).absoluteFilePath();
    auto project = openProject(path.toStdString());
    if (!project) {
        opening.refused = errorText(project.error());
        return opening;
    }
    QString source = QString::fromStdString(project->sourcePath);
    if (!isDatabaseSource(source) && !QFileInfo::exists(source)) {
        const QString located = locate ? locate(source) : QString();
        if (located.isEmpty()) {
            opening.refused = tr("the project's data file %1 is missing").arg(source);
            return opening;
        }
        source = located;
        project->sourcePath = located.toStdString();
    }
    // the data read as it was when the project was saved: its table, delimiter, types
    auto settings = importSettingsFromJson(project->import);
    if (!settings) { // checked on open; kept for a project made in memory
        opening.refused = errorText(settings.error());
        return opening;
    }
    static_cast<ImportSettings &>(opening.request) = *settings;
    opening.request.path = source;
    opening.project = std::move(*project);
    return opening;
}

std::optional<Error> ProjectController::restore(const Project &project, Workbench &bench)
{
    std::optional<Error> failure;
    if (!project.publication.isEmpty()) {
        auto publication = publicationFromJson(project.publication, bench.data());
        if (publication)
            bench.applyPublication(*publication);
        else
            failure = publication.error();
    }
    bench.setApprovals(project.approvals);
    if (!project.cellKeySecret.empty())
        bench.setCellKeySecret(project.cellKeySecret);
    return failure;
}

} // namespace dijkgraaf
