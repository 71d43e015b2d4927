#include "crosstablemodel.h"

#include "releasemodel.h"

#include <QFont>

#include <algorithm>

namespace dijkgraaf {

namespace {

constexpr std::size_t kNoCell = ~std::size_t(0);

} // namespace

void CrossTableModel::setRelease(std::shared_ptr<const Release> release, int across,
                                 std::size_t figure)
{
    beginResetModel();
    m_release = std::move(release);
    m_down.clear();
    m_columns.clear();
    m_rowLabels.clear();
    m_cells.clear();
    const Release *r = m_release.get();
    const std::size_t dims = r ? r->labels.size() : 0;
    m_across = across >= 0 && static_cast<std::size_t>(across) < dims && dims > 1 ? across : -1;
    m_figure = r && figure < figureCount(*r) ? figure : 0;
    if (r) {
        for (std::size_t d = 0; d < dims; ++d)
            if (static_cast<int>(d) != m_across)
                m_down.push_back(d);
        // the columns: every category across (also one no cell has), then the margin
        if (m_across >= 0) {
            const auto a = static_cast<std::size_t>(m_across);
            for (std::uint32_t l = 0; l < r->labels[a].size(); ++l)
                m_columns.push_back(l);
            if (std::any_of(r->cells.begin(), r->cells.end(),
                            [&](const ReleasedCell &c) { return c.labels[a] == kTotalLabel; }))
                m_columns.push_back(kTotalLabel);
        } else {
            m_columns.push_back(0);
        }
        // the rows: the combinations down in the order of the table's cells (margins last)
        std::map<std::vector<std::uint32_t>, std::size_t> rowOf;
        std::vector<std::uint32_t> key(m_down.size());
        for (std::size_t i = 0; i < r->cells.size(); ++i) {
            const ReleasedCell &c = r->cells[i];
            for (std::size_t k = 0; k < m_down.size(); ++k)
                key[k] = c.labels[m_down[k]];
            auto [it, fresh] = rowOf.emplace(key, m_rowLabels.size());
            if (fresh) {
                m_rowLabels.push_back(key);
                m_cells.emplace_back(m_columns.size(), kNoCell);
            }
            std::size_t column = 0;
            if (m_across >= 0) {
                const std::uint32_t l = c.labels[static_cast<std::size_t>(m_across)];
                column = l == kTotalLabel ? m_columns.size() - 1 : l;
            }
            m_cells[it->second][column] = i;
        }
        // rows in label order, a margin after its categories
        std::vector<std::size_t> order(m_rowLabels.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return m_rowLabels[x] < m_rowLabels[y]; // kTotalLabel is the largest label
        });
        std::vector<std::vector<std::uint32_t>> labels;
        std::vector<std::vector<std::size_t>> cells;
        for (const std::size_t i : order) {
            labels.push_back(std::move(m_rowLabels[i]));
            cells.push_back(std::move(m_cells[i]));
        }
        m_rowLabels = std::move(labels);
        m_cells = std::move(cells);
    }
    endResetModel();
}

const ReleasedCell *CrossTableModel::cellAt(int row, int column) const
{
    if (!m_release || row < 0 || row >= static_cast<int>(m_cells.size()) || column < 0 ||
        column >= static_cast<int>(m_columns.size()))
        return nullptr;
    const std::size_t i = m_cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
    return i == kNoCell ? nullptr : &m_release->cells[i];
}

int CrossTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowLabels.size());
}

int CrossTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_release ? 0 : static_cast<int>(m_down.size() + m_columns.size());
}

QString CrossTableModel::label(std::size_t dimension, std::uint32_t l) const
{
    return l == kTotalLabel ? tr("Total") : QString::fromStdString(m_release->labels[dimension][l]);
}

QVariant CrossTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_release || !index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto col = static_cast<std::size_t>(index.column());
    const std::size_t labelsDown = m_down.size();
    const bool margin = std::find(m_rowLabels[row].begin(), m_rowLabels[row].end(), kTotalLabel) !=
                            m_rowLabels[row].end() ||
                        (col >= labelsDown && m_columns[col - labelsDown] == kTotalLabel);
    if (role == Qt::FontRole && margin) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (col < labelsDown) {
        if (role == Qt::DisplayRole)
            return label(m_down[col], m_rowLabels[row][col]);
        return {};
    }
    const ReleasedCell *c = cellAt(index.row(), static_cast<int>(col - labelsDown));
    switch (role) {
    case Qt::DisplayRole:
        return c ? ReleaseModel::figureText(*m_release, *c, m_figure)
                 : QVariant(QStringLiteral("–"));
    case Qt::BackgroundRole:
        return c ? ReleaseModel::stateBackground(c->state) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!c)
            return tr("No records: the table has no such cell");
        return c->reason.empty() ? ReleaseModel::stateText(c->state)
                                 : QString::fromStdString(c->reason);
    default:
        return {};
    }
}

QVariant CrossTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_release || role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const auto s = static_cast<std::size_t>(section);
    if (s < m_down.size())
        return QString::fromStdString(m_release->dimensionNames[m_down[s]]);
    if (m_across < 0)
        return ReleaseModel::figureName(*m_release, m_figure);
    return label(static_cast<std::size_t>(m_across), m_columns[s - m_down.size()]);
}

} // namespace dijkgraaf
