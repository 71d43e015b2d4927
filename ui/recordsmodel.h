#pragma once

#include "analysis/analysissession.h"
#include "model/configuration.h"

#include <QAbstractTableModel>

#include <memory>

namespace dijkgraaf {

// The records, before and after the current transformation, straight from the columnar data:
// nothing is copied, a cell is looked up when the view asks for it, so that millions of rows
// scroll smoothly. Suppressed records are marked; direct identifiers never show after.
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Before, After, SideBySide };

    explicit RecordsModel(std::shared_ptr<const Dataset> data, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAnalysis(const Configuration &config, std::shared_ptr<const AnalysisResult> result);

    bool isSuppressed(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // the dataset column and whether the cell shows the value after the transformation
    std::pair<std::size_t, bool> cellOf(int modelColumn) const;
    QString after(int row, std::size_t column) const;

    std::shared_ptr<const Dataset> m_data;
    Configuration m_config;
    std::shared_ptr<const AnalysisResult> m_result;
    std::vector<int> m_qiOfColumn; // quasi-identifier index of each column in m_result, or -1
    Mode m_mode = Mode::SideBySide;
};

} // namespace dijkgraaf
