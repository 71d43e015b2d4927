#pragma once

#include "hierarchy/hierarchyspec.h"
#include "model/column.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <cstdint>
#include <optional>
#include <vector>

namespace dijkgraaf {

// Builds a quasi-identifier's hierarchy step by step: a method fitting the column (intervals
// for numbers, masking from the right for codes and postcodes, month, year and decade for
// dates, value or *), its parameters, and a live preview of every level: the number of
// groups, the records in the smallest, the records in groups smaller than k, and where the
// most common value lands. Built from the column's distinct values, never shown a rare one.
class HierarchyBuilder : public QDialog
{
    Q_OBJECT
public:
    // k: the k of the configuration, for the records the preview counts as at risk
    HierarchyBuilder(const Column &column, const HierarchySpec &current, std::uint64_t k,
                     QWidget *parent = nullptr);

    // the hierarchy as chosen; empty while the parameters do not make one
    std::optional<HierarchySpec> spec() const { return m_spec; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *parameterEdit() const { return m_parameters; }
    QTableWidget *levelTable() const { return m_levels; }
    QLabel *problem() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }
    // the preview at once, without waiting for the typing to pause
    void refresh();

private:
    void methodChanged();

    const Column &m_column;
    std::uint64_t m_k;
    std::vector<std::uint64_t> m_recordsOfCode; // per code of the column
    std::optional<HierarchySpec> m_spec;
    QComboBox *m_method;
    QLabel *m_parametersLabel;
    QLineEdit *m_parameters;
    QTableWidget *m_levels;
    QLabel *m_problem;
    QPushButton *m_ok;
    QTimer m_typing;
};

} // namespace dijkgraaf
