#include "workbench.h"

#include <QUndoCommand>

namespace dijkgraaf {

namespace {

// One edit of the configuration: the whole configuration before and after, so that undo is
// exact. Edits of the same kind on the same column in a row (a slider being dragged) merge.
class ConfigurationEdit : public QUndoCommand
{
public:
    ConfigurationEdit(Workbench *bench, Configuration before, Configuration after,
                      const QString &text, int mergeId)
        : QUndoCommand(text), m_bench(bench), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId)
    {
    }
    void undo() override { m_bench->applyConfiguration(m_before); }
    void redo() override { m_bench->applyConfiguration(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || m_mergeId < 0)
            return false;
        m_after = static_cast<const ConfigurationEdit *>(other)->m_after;
        setText(other->text());
        return true;
    }

private:
    Workbench *m_bench;
    Configuration m_before;
    Configuration m_after;
    int m_mergeId;
};

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
}

void Workbench::applyConfiguration(const Configuration &config)
{
    m_config = config;
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

void Workbench::setHierarchy(std::size_t column, const HierarchySpec &spec)
{
    Configuration next = m_config;
    next.attributes[column].hierarchy = spec;
    next.attributes[column].level = 0;
    edit(next, tr("Hierarchy of %1").arg(QString::fromStdString(m_data->columns[column].name)), -1);
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
