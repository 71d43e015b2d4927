#pragma once

#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <functional>
#include <memory>

namespace dijkgraaf {

// The columns a published table may break down by: everything but identifiers and weights.
bool canBeDimension(AttributeRole role);

// What one published table counts, as the Publish view edits it: its dimensions (each at a
// level of its hierarchy or in a time bucket, with its categories), its measures (sum or mean,
// clamped to bounds), the distribution of a sensitive attribute and the totals. It shows a
// table of the workbench's publication and says what the steward changed; the view makes that
// an undoable edit.
class TableDesigner : public QGroupBox
{
    Q_OBJECT
public:
    explicit TableDesigner(Workbench *bench, QWidget *parent = nullptr);

    // The design of a table (null: none, the widgets disabled). The levels offered come from
    // the workbench's latest analysis.
    void show(const PublishedTable *table);
    // the BaseTable whose hierarchies the levels listed are from
    std::shared_ptr<const BaseTable> levelsFrom() const { return m_levelsFrom.lock(); }

    QTableWidget *dimensionTable() const { return m_dimensions; }
    QTableWidget *measureTable() const { return m_measures; }
    QCheckBox *marginsBox() const { return m_margins; }

signals:
    // a change of the table shown, and its name as an undo step
    void edited(std::function<void(PublishedTable &)> change, QString text);
    // the steward asks to declare the categories of a dimension
    void declareRequested(QString column);

private:
    void readDimensions();
    void readMeasures();
    // the choice of a dimension's detail: a level of its hierarchy, or a time bucket
    QComboBox *dimensionLevelBox(std::size_t column, const DimensionSpec *current);
    QPushButton *categoriesButton(const std::string &column, const DimensionSpec *current,
                                  bool noisy);
    void showMeasures(const PublishedTable &t);

    Workbench *m_bench;
    bool m_updating = false;
    QTableWidget *m_dimensions;
    std::weak_ptr<const BaseTable> m_levelsFrom;
    QLabel *m_dimensionsNote; // when not every column is listed
    QTableWidget *m_measures;
    QComboBox *m_distribution;
    QCheckBox *m_margins;
};

} // namespace dijkgraaf
