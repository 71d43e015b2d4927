#include "releasemodel.h"

#include "presentation.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace dijkgraaf {

void ReleaseModel::setRelease(std::shared_ptr<const Release> release)
{
    beginResetModel();
    m_release = std::move(release);
    endResetModel();
}

namespace {

int figureColumns(const Release &r)
{
    return static_cast<int>(figureCount(r));
}

} // namespace

int ReleaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_release ? 0 : static_cast<int>(m_release->cells.size());
}

int ReleaseModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_release)
        return 0;
    return static_cast<int>(m_release->dimensionNames.size()) + figureColumns(*m_release) + 1;
}

QString ReleaseModel::stateText(CellState state)
{
    switch (state) {
    case CellState::Published:
        return tr("published");
    case CellState::Primary:
        return tr("hidden");
    case CellState::Secondary:
        return tr("hidden to protect another cell");
    case CellState::Noisy:
        return tr("noisy");
    case CellState::NoisySmall:
        return tr("hidden: small noisy count");
    case CellState::Hidden:
        return tr("hidden");
    }
    return {};
}

QVariant ReleaseModel::data(const QModelIndex &index, int role) const
{
    if (!m_release || !index.isValid())
        return {};
    const Release &r = *m_release;
    const ReleasedCell &c = r.cells[static_cast<std::size_t>(index.row())];
    const int dims = static_cast<int>(r.dimensionNames.size());
    const int col = index.column();
    if (role == Qt::BackgroundRole)
        return stateBackground(c.state);
    if (role == Qt::ToolTipRole)
        return c.reason.empty() ? stateText(c.state) : QString::fromStdString(c.reason);
    if (role == Qt::TextAlignmentRole && col >= dims && col < dims + figureColumns(r))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole &&
        std::find(c.labels.begin(), c.labels.end(), kTotalLabel) != c.labels.end()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (col < dims) {
        const auto l = c.labels[static_cast<std::size_t>(col)];
        return l == kTotalLabel
                   ? tr("Total")
                   : QString::fromStdString(r.labels[static_cast<std::size_t>(col)][l]);
    }
    const int f = col - dims;
    if (f < figureColumns(r))
        return figureText(r, c, static_cast<std::size_t>(f));
    return stateText(c.state);
}

QVariant ReleaseModel::stateBackground(CellState state)
{
    switch (state) {
    case CellState::Primary:
        return palette::caution();
    case CellState::Secondary:
    case CellState::NoisySmall:
    case CellState::Hidden:
        return palette::input();
    case CellState::Noisy:
        return palette::safeLight().lighter(125);
    case CellState::Published:
        return {};
    }
    return {};
}

QVariant ReleaseModel::figureText(const Release &r, const ReleasedCell &c, std::size_t f)
{
    if (isHidden(c.state))
        return QStringLiteral("×");
    const QLocale locale;
    const bool count = f == 0 || (r.hasSubjects && f == 1);
    const auto figure = releasedFigures(r, c)[f];
    if (!figure) // a total leaves distinct people out under noise
        return count && f == 1 ? QVariant(QStringLiteral("–")) : QVariant();
    QString s = count ? locale.toString(static_cast<qlonglong>(std::llround(*figure)))
                      : locale.toString(*figure, 'f', 2);
    const double error = releasedErrors(r, c)[f];
    if (error > 0)
        s += QStringLiteral(" ± ") + locale.toString(error, 'f', error < 10 ? 1 : 0);
    return s;
}

QString ReleaseModel::figureName(const Release &r, std::size_t f)
{
    if (f == 0)
        return tr("Records");
    if (r.hasSubjects && f == 1)
        return tr("People");
    return QString::fromStdString(r.measureNames[f - 1 - (r.hasSubjects ? 1 : 0)]);
}

QVariant ReleaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_release || role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const Release &r = *m_release;
    const int dims = static_cast<int>(r.dimensionNames.size());
    if (section < dims)
        return QString::fromStdString(r.dimensionNames[static_cast<std::size_t>(section)]);
    const int f = section - dims;
    if (f < figureColumns(r))
        return figureName(r, static_cast<std::size_t>(f));
    return tr("State");
}

} // namespace dijkgraaf
