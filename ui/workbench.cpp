#include "workbench.h"

#include "project/configurationjson.h"

#include <QUndoCommand>

namespace dijkgraaf {

namespace {

// One edit: the whole state (the configuration, or what is published) before and after, so
// that undo is exact. Edits of the same kind in a row (a slider being dragged) merge.
template <class State, void (Workbench::*Apply)(const State &)>
class SnapshotEdit : public QUndoCommand
{
public:
    SnapshotEdit(Workbench *bench, State before, State after, const QString &text, int mergeId)
        : QUndoCommand(text), m_bench(bench), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId)
    {
    }
    void undo() override { (m_bench->*Apply)(m_before); }
    void redo() override { (m_bench->*Apply)(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || m_mergeId < 0)
            return false;
        m_after = static_cast<const SnapshotEdit *>(other)->m_after;
        setText(other->text());
        return true;
    }

private:
    Workbench *m_bench;
    State m_before;
    State m_after;
    int m_mergeId;
};
using ConfigurationEdit = SnapshotEdit<Configuration, &Workbench::applyConfiguration>;
using PublicationEdit = SnapshotEdit<Publication, &Workbench::applyPublication>;
// merge ids of the two kinds never meet: publication edits carry this bit
constexpr int kPublicationMerge = 1 << 29;

enum MergeKind { LevelEdit = 1, KEdit, LimitEdit, ThresholdEdit };

int mergeId(MergeKind kind, std::size_t column = 0)
{
    return static_cast<int>(kind) << 20 | static_cast<int>(column & 0xFFFFF);
}

} // namespace

Workbench::Workbench(std::shared_ptr<const Dataset> data, std::vector<RoleSuggestion> suggestions,
                     Configuration config, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_config(std::move(config)),
      m_suggestions(std::move(suggestions)), m_runner(m_data)
{
    connect(&m_runner, &AnalysisRunner::finished, this,
            [this](std::shared_ptr<const AnalysisResult> r, double ms) {
                m_result = r;
                emit analysisFinished(std::move(r), ms);
            });
    connect(&m_runner, &AnalysisRunner::failed, this, &Workbench::analysisFailed);
    m_runner.request(m_config);
    m_publication = defaultPublication(m_config, *m_data);
}

void Workbench::setPublication(const Publication &next, const QString &text, int mergeId)
{
    if (next == m_publication)
        return;
    m_undo.push(new PublicationEdit(this, m_publication, next, text,
                                    mergeId < 0 ? -1 : (mergeId | kPublicationMerge)));
}

void Workbench::applyPublication(const Publication &publication)
{
    m_publication = publication;
    emit publicationChanged();
}

void Workbench::setApprovals(std::vector<Approval> approvals)
{
    m_approvals = std::move(approvals);
    emit approvalsChanged();
}

void Workbench::addApproval(Approval approval)
{
    m_approvals.push_back(std::move(approval));
    emit approvalsChanged();
}

Project Workbench::project() const
{
    Project p;
    p.sourcePath = m_data->sourcePath;
    p.sourceSha256 = m_sourceSha256;
    p.configuration = configurationToJson(m_config, *m_data);
    p.publication = publicationToJson(m_publication);
    p.approvals = m_approvals;
    p.cellKeySecret = m_cellKeySecret;
    return p;
}

void Workbench::applyConfiguration(const Configuration &config)
{
    // a table the steward never touched follows the quasi-identifiers
    const bool untouched = m_publication == defaultPublication(m_config, *m_data);
    m_config = config;
    if (untouched) {
        m_publication = defaultPublication(m_config, *m_data);
        emit publicationChanged();
    }
    emit configurationChanged();
    m_runner.request(m_config);
}

void Workbench::edit(const Configuration &next, const QString &text, int mergeId)
{
    if (next == m_config)
        return;
    m_undo.push(new ConfigurationEdit(this, m_config, next, text, mergeId));
}

void Workbench::setRole(std::size_t column, AttributeRole role)
{
    Configuration next = m_config;
    next.attributes[column].role = role;
    next.attributes[column].level = 0;
    edit(next, tr("Role of %1").arg(QString::fromStdString(m_data->columns[column].name)), -1);
}

void Workbench::setLevel(std::size_t column, int level)
{
    Configuration next = m_config;
    next.attributes[column].level = level;
    edit(next, tr("Level of %1").arg(QString::fromStdString(m_data->columns[column].name)),
         mergeId(LevelEdit, column));
}

void Workbench::setLevels(const std::vector<std::pair<std::size_t, int>> &levels,
                          const QString &text)
{
    Configuration next = m_config;
    for (auto [column, level] : levels)
        next.attributes[column].level = level;
    edit(next, text, -1);
}

void Workbench::setLadderOrder(const std::vector<std::string> &names)
{
    Configuration next = m_config;
    next.ladderOrder = names;
    edit(next, tr("Order of the uniqueness ladder"), -1);
}

void Workbench::setRecordNoun(const std::string &noun)
{
    Configuration next = m_config;
    next.recordNoun = noun;
    edit(next, tr("What the records are"), -1);
}

void Workbench::setHierarchy(std::size_t column, const HierarchySpec &spec)
{
    Configuration next = m_config;
    next.attributes[column].hierarchy = spec;
    next.attributes[column].level = 0;
    edit(next, tr("Hierarchy of %1").arg(QString::fromStdString(m_data->columns[column].name)), -1);
}

void Workbench::setHierarchies(const std::vector<std::pair<std::size_t, HierarchySpec>> &specs,
                               const QString &text)
{
    Configuration next = m_config;
    for (const auto &[column, spec] : specs) {
        next.attributes[column].hierarchy = spec;
        next.attributes[column].level = 0;
    }
    edit(next, text, -1);
}

void Workbench::setK(std::uint64_t k)
{
    Configuration next = m_config;
    next.privacy.k = k;
    edit(next, tr("k = %1").arg(k), mergeId(KEdit));
}

void Workbench::setSuppressionLimit(double limit)
{
    Configuration next = m_config;
    next.privacy.suppressionLimit = limit;
    edit(next, tr("Suppression limit"), mergeId(LimitEdit));
}

void Workbench::setRiskThreshold(double threshold)
{
    Configuration next = m_config;
    next.privacy.riskThreshold = threshold;
    edit(next, tr("Risk threshold"), mergeId(ThresholdEdit));
}

} // namespace dijkgraaf
