#pragma once

#include "publish/protection.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <vector>

namespace dijkgraaf {

// A protected table as a cross-table, the way it reads once published: one dimension across
// (its categories as columns, "Total" last where the table has margins), the others down
// (a row per combination of their categories that has a cell), one figure in each cell, and
// every hidden cell marked in place ("×" on the colour of its state, its reason as the
// tooltip). A category of the columns that a row has no cell for reads "–": no records.
class CrossTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    // across: the dimension laid across, or -1 for none (one column of figures); figure: 0
    // records, then people, then the measures (figureCount's order)
    void setRelease(std::shared_ptr<const Release> release, int across, std::size_t figure);
    const Release *release() const { return m_release.get(); }
    int across() const { return m_across; }
    // the dimensions down the rows (each a column of labels at the left), in the table's order
    const std::vector<std::size_t> &down() const { return m_down; }
    // the cell shown at a row and a column of categories, or null
    const ReleasedCell *cellAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString label(std::size_t dimension, std::uint32_t label) const;

    std::shared_ptr<const Release> m_release;
    int m_across = -1;
    std::size_t m_figure = 0;
    std::vector<std::size_t> m_down;
    std::vector<std::uint32_t> m_columns; // the labels across, kTotalLabel for the margin
    // per row: its labels down, and the cell of each column (an index into cells, or npos)
    std::vector<std::vector<std::uint32_t>> m_rowLabels;
    std::vector<std::vector<std::size_t>> m_cells;
};

} // namespace dijkgraaf
