#pragma once

#include "workbench.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace dijkgraaf {

// One row per column: name and type, role (with the import suggestion and its reason),
// hierarchy, and for quasi-identifiers a level slider with an example of the generalized value.
// A file of more than kShownRows columns gets a find box: rows are made only for the columns
// shown (the first ones, those with a role, or those found by name).
class AttributePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttributePanel(Workbench *bench, QWidget *parent = nullptr);

    static constexpr std::size_t kShownRows = 100;

    // a column's widgets, made when first asked for
    QComboBox *roleBox(std::size_t column) { return row(column).role; }
    QComboBox *hierarchyBox(std::size_t column) { return row(column).hierarchy; }
    QSlider *levelSlider(std::size_t column) { return row(column).level; }
    QLabel *exampleLabel(std::size_t column) { return row(column).example; }
    // the columns whose rows are laid out, in order
    const std::vector<std::size_t> &shownColumns() const { return m_shown; }
    // how many columns have rows made (shown or asked for)
    std::size_t madeRows() const
    {
        return static_cast<std::size_t>(std::count_if(m_rows.begin(), m_rows.end(),
                                                      [](const Row &r) { return r.name != nullptr; }));
    }

    // The hierarchy as built for the latest analysis, edited as a table, or written to a file.
    void editHierarchy(std::size_t column);
    // the guided builder with its live preview, starting from a method and its parameters
    void buildHierarchy(std::size_t column, const HierarchySpec &start);
    void exportHierarchy(std::size_t column, const QString &path = {});

    void showResult(const AnalysisResult &result);
    void showConfiguration();

signals:
    void hierarchyFileRequested(std::size_t column);

private:
    struct Row
    {
        QLabel *name = nullptr;
        QComboBox *role = nullptr;
        QComboBox *hierarchy = nullptr;
        QToolButton *more = nullptr;
        QSlider *level = nullptr;
        QLabel *levelText = nullptr;
        QLabel *example = nullptr;
        std::vector<QWidget *> widgets() const
        {
            return {name, role, hierarchy, more, level, levelText, example};
        }
    };
    Row &row(std::size_t column);
    void chooseShownRows();
    void showConfiguration(std::size_t column);
    void showResult(const AnalysisResult &result, std::size_t column);
    void onHierarchyChosen(std::size_t column, int index);
    const Hierarchy *builtHierarchy(std::size_t column) const;

    Workbench *m_bench;
    std::vector<Row> m_rows; // per column; empty until made
    std::vector<std::size_t> m_shown;
    QGridLayout *m_grid = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_shownNote = nullptr;
};

} // namespace dijkgraaf
