#pragma once

#include "publish/protection.h"

#include <QAbstractTableModel>

#include <memory>

namespace dijkgraaf {

// The cells of a protected table as the steward previews them: labels, released figures and
// the state of each cell, in the palette's colours (grey hidden, red for cells that failed a
// rule, light blue noisy).
class ReleaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRelease(std::shared_ptr<const Release> release);
    const Release *release() const { return m_release.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(CellState state);
    // what the preview shows of a cell, in the list and in the cross-table alike: its
    // background by state, and figure f (0 records, then people, then the measures) as
    // released ("×" where hidden, "± e" with noise)
    static QVariant stateBackground(CellState state);
    static QVariant figureText(const Release &r, const ReleasedCell &c, std::size_t f);
    static QString figureName(const Release &r, std::size_t f);

private:
    std::shared_ptr<const Release> m_release;
};

} // namespace dijkgraaf
