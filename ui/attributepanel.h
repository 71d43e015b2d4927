#pragma once

#include "workbench.h"

#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QWidget>

#include <vector>

namespace dijkgraaf {

// One row per column: name and type, role (with the import suggestion and its reason),
// hierarchy, and for quasi-identifiers a level slider with an example of the generalized value.
class AttributePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttributePanel(Workbench *bench, QWidget *parent = nullptr);

    QComboBox *roleBox(std::size_t column) const { return m_rows[column].role; }
    QComboBox *hierarchyBox(std::size_t column) const { return m_rows[column].hierarchy; }
    QSlider *levelSlider(std::size_t column) const { return m_rows[column].level; }
    QLabel *exampleLabel(std::size_t column) const { return m_rows[column].example; }

    // The hierarchy as built for the latest analysis, edited as a table, or written to a file.
    void editHierarchy(std::size_t column);
    void exportHierarchy(std::size_t column, const QString &path = {});

    void showResult(const AnalysisResult &result);
    void showConfiguration();

signals:
    void hierarchyFileRequested(std::size_t column);

private:
    struct Row
    {
        QLabel *name;
        QComboBox *role;
        QComboBox *hierarchy;
        QToolButton *more;
        QSlider *level;
        QLabel *levelText;
        QLabel *example;
    };
    void onHierarchyChosen(std::size_t column, int index);
    const Hierarchy *builtHierarchy(std::size_t column) const;

    Workbench *m_bench;
    std::vector<Row> m_rows;
};

} // namespace dijkgraaf
