#pragma once

#include "publish/aggregatetable.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <vector>

namespace dijkgraaf {

// Declares the categories of one dimension of a table under differential privacy: a list
// typed or loaded from a code list file, the labels of a hierarchy file at the dimension's
// level, or for a time bucket the first and last moment. It never fills itself from the data:
// which cells exist must not depend on who is in it.
class DomainDialog : public QDialog
{
    Q_OBJECT
public:
    // fileLevels: the hierarchy file's labels at the dimension's level, where the column's
    // hierarchy came from a file (empty otherwise)
    DomainDialog(const DimensionSpec &dimension, std::vector<std::string> fileLevels,
                 QWidget *parent = nullptr);

    // the declaration as the steward left it (labels, or from and to)
    Result<DeclaredDomain> domain() const;

    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QCheckBox *selectBox() const { return m_select; }

private:
    void loadFile();
    void accept() override;

    DimensionSpec m_dimension;
    QPlainTextEdit *m_labels = nullptr;
    QLineEdit *m_from = nullptr, *m_to = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_select = nullptr;
    std::string m_source;
};

} // namespace dijkgraaf
