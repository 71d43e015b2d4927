#pragma once

#include "model/hierarchy.h"

#include <QDialog>
#include <QLabel>
#include <QTableWidget>

#include <string>
#include <vector>

namespace dijkgraaf {

// Edits a hierarchy as a table: one row per original value, one column per level. The rows
// are accepted only when they form a valid hierarchy (equal lengths, levels that nest).
class HierarchyEditor : public QDialog
{
    Q_OBJECT
public:
    HierarchyEditor(const QString &attribute, const Hierarchy &hierarchy,
                    QWidget *parent = nullptr);

    std::vector<std::vector<std::string>> rows() const;
    QTableWidget *table() const { return m_table; }
    QLabel *problem() const { return m_problem; }

    void accept() override;

private:
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace dijkgraaf
