#pragma once

#include "analysisrunner.h"
#include "io/rolesuggestions.h"
#include "model/configuration.h"
#include "project/project.h"
#include "publish/publication.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace dijkgraaf {

// The steward's open work: the data, the configuration and its undo history, and the latest
// analysis of that configuration. Every edit of the configuration goes through here as an
// undoable command and starts a new analysis in the background.
class Workbench : public QObject
{
    Q_OBJECT
public:
    // suggestions: the role suggested for each column (suggestRoles(), which reads every
    // distinct value: computed where the data was loaded, off the GUI thread)
    Workbench(std::shared_ptr<const Dataset> data, std::vector<RoleSuggestion> suggestions,
              Configuration config, QObject *parent = nullptr);

    const Dataset &data() const { return *m_data; }
    std::shared_ptr<const Dataset> sharedData() const { return m_data; }
    const Configuration &configuration() const { return m_config; }
    const std::vector<RoleSuggestion> &suggestions() const { return m_suggestions; }
    QUndoStack *undoStack() { return &m_undo; }
    const QUndoStack *undoStack() const { return &m_undo; }
    std::shared_ptr<const AnalysisResult> latestResult() const { return m_result; }

    // Edits, each one undoable.
    void setRole(std::size_t column, AttributeRole role);
    void setLevel(std::size_t column, int level);
    void setHierarchy(std::size_t column, const HierarchySpec &spec);
    // several at once, one undo step (hierarchies loaded from a folder)
    void setHierarchies(const std::vector<std::pair<std::size_t, HierarchySpec>> &specs,
                        const QString &text);
    void setK(std::uint64_t k);
    void setSuppressionLimit(double limit);
    void setRiskThreshold(double threshold);
    void setLevels(const std::vector<std::pair<std::size_t, int>> &levels, const QString &text);
    void setLadderOrder(const std::vector<std::string> &names);
    // the steward's word for the records, in the plural (empty: records)
    void setRecordNoun(const std::string &noun);

    // Replaces the configuration without an undo step (used by undo commands and loading).
    void applyConfiguration(const Configuration &config);

    // What is published: the tables, their protection, the metadata and the budget. Edits
    // are undoable like those of the configuration.
    const Publication &publication() const { return m_publication; }
    void setPublication(const Publication &next, const QString &text, int mergeId = -1);
    void applyPublication(const Publication &publication);
    // The approvals of the project, oldest first; the data's SHA-256 as it was opened.
    const std::vector<Approval> &approvals() const { return m_approvals; }
    void setApprovals(std::vector<Approval> approvals);
    void addApproval(Approval approval);
    const std::string &sourceSha256() const { return m_sourceSha256; }
    void setSourceSha256(std::string sha) { m_sourceSha256 = std::move(sha); }
    // the secret of the cell-key method's record keys: the project's, or a new one
    const std::string &cellKeySecret() const { return m_cellKeySecret; }
    void setCellKeySecret(std::string secret) { m_cellKeySecret = std::move(secret); }
    // The project as it stands: configuration, publication and approvals (no file yet).
    Project project() const;

signals:
    void configurationChanged();
    void publicationChanged();
    void approvalsChanged();
    void analysisFinished(std::shared_ptr<const AnalysisResult> result, double latencyMs);
    void analysisFailed(QString message, QString column);

private:
    void edit(const Configuration &next, const QString &text, int mergeId);

    std::shared_ptr<const Dataset> m_data;
    Configuration m_config;
    std::vector<RoleSuggestion> m_suggestions;
    QUndoStack m_undo;
    AnalysisRunner m_runner;
    std::shared_ptr<const AnalysisResult> m_result;
    Publication m_publication;
    std::vector<Approval> m_approvals;
    std::string m_cellKeySecret = newCellKeySecret();
    std::string m_sourceSha256;
};

} // namespace dijkgraaf
