#include "recordsmodel.h"
#include "presentation.h"

#include <QBrush>
#include <QFont>

namespace dijkgraaf {

RecordsModel::RecordsModel(std::shared_ptr<const Dataset> data, QObject *parent)
    : QAbstractTableModel(parent), m_data(std::move(data))
{
}

void RecordsModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

void RecordsModel::setAnalysis(const Configuration &config,
                               std::shared_ptr<const AnalysisResult> result)
{
    m_config = config;
    m_result = std::move(result);
    m_qiOfColumn.assign(m_data->columns.size(), -1);
    if (m_result)
        for (std::size_t q = 0; q < m_result->qiColumns.size(); ++q)
            m_qiOfColumn[m_result->qiColumns[q]] = static_cast<int>(q);
    if (m_mode == Mode::Before)
        return;
    // the row headers (which records are suppressed) change too; headerDataChanged over a
    // million rows would make the header visit each one, so the view repaints its header
    // instead (see WorkbenchView::redraw)
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(std::min<std::uint64_t>(m_data->rowCount, INT_MAX));
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const int n = static_cast<int>(m_data->columns.size());
    return m_mode == Mode::SideBySide ? 2 * n : n;
}

std::pair<std::size_t, bool> RecordsModel::cellOf(int modelColumn) const
{
    switch (m_mode) {
    case Mode::Before:
        return {static_cast<std::size_t>(modelColumn), false};
    case Mode::After:
        return {static_cast<std::size_t>(modelColumn), true};
    case Mode::SideBySide:
        return {static_cast<std::size_t>(modelColumn / 2), modelColumn % 2 == 1};
    }
    return {0, false};
}

bool RecordsModel::isSuppressed(int row) const
{
    if (!m_result || m_result->keptCombinations.empty())
        return false;
    const auto combo = m_result->baseTable->combinationOfRecord()[static_cast<std::size_t>(row)];
    return !m_result->keptCombinations[combo];
}

QString RecordsModel::after(int row, std::size_t column) const
{
    const AttributeRole role = column < m_config.attributes.size()
                                   ? m_config.attributes[column].role
                                   : AttributeRole::Insensitive;
    if (role == AttributeRole::DirectIdentifier)
        return tr("(removed)");
    const int qi = m_qiOfColumn.empty() ? -1 : m_qiOfColumn[column];
    if (qi < 0 || !m_result) {
        const Column &c = m_data->columns[column];
        return QString::fromUtf8(c.text(c.codes.at(static_cast<std::size_t>(row))));
    }
    if (isSuppressed(row))
        return QStringLiteral("*");
    const BaseTable &table = *m_result->baseTable;
    const auto combo = table.combinationOfRecord()[static_cast<std::size_t>(row)];
    const auto q = static_cast<std::size_t>(qi);
    return QString::fromStdString(
        table.hierarchy(q).label(m_result->evaluation.levels[q], table.leaves(q)[combo]));
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto [column, transformed] = cellOf(index.column());
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: {
        if (transformed)
            return after(row, column);
        const Column &c = m_data->columns[column];
        const auto code = c.codes.at(static_cast<std::size_t>(row));
        return code == c.missingCode ? QString() : QString::fromUtf8(c.text(code));
    }
    case Qt::BackgroundRole:
        if (transformed && isSuppressed(row))
            return QBrush(palette::suppressed().lighter(150));
        return {};
    case Qt::ForegroundRole:
        if (transformed && (isSuppressed(row) ||
                            (column < m_config.attributes.size() &&
                             m_config.attributes[column].role == AttributeRole::DirectIdentifier)))
            return QBrush(palette::suppressed().darker(130));
        return {};
    case Qt::FontRole:
        if (transformed && column < m_qiOfColumn.size() && m_qiOfColumn[column] >= 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (transformed && isSuppressed(row))
            return tr("Suppressed: this record's group is smaller than k, so it is left out");
        return {};
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        if (role == Qt::ToolTipRole && isSuppressed(section))
            return tr("Suppressed");
        if (role == Qt::ForegroundRole && isSuppressed(section))
            return QBrush(palette::risk());
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto [column, transformed] = cellOf(section);
    const QString name = QString::fromStdString(m_data->columns[column].name);
    if (m_mode == Mode::SideBySide && transformed)
        return role == Qt::DisplayRole ? tr("%1 (after)").arg(name)
                                       : tr("%1 after the transformation").arg(name);
    return name;
}

} // namespace dijkgraaf
