#pragma once

#include "io/csvreader.h"
#include "io/importsettings.h"
#include "model/attributerole.h"
#include "model/column.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QTableWidget>

#include <optional>
#include <vector>

namespace dijkgraaf {

// What the steward chose in the import dialog: how to read the file (its table, delimiter,
// encoding, lines that do not fit, forced types: what a project keeps), the file, and the roles
// chosen at import.
struct ImportRequest : ImportSettings
{
    QString path;
    std::vector<std::optional<AttributeRole>>
        roles; // per column: a role other than the suggested one
};

// Import: a file (CSV or SQLite), a live preview of its first records, the delimiter, encoding
// and what to do with lines that do not fit, and per column its type and role as suggested,
// each with its reason.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setFile(const QString &path);
    ImportRequest request() const;

    QTableWidget *preview() const { return m_preview; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *raggedBox() const { return m_ragged; }
    QComboBox *tableBox() const { return m_table; }
    QComboBox *typeBox(int column) const;
    QComboBox *roleBox(int column) const;
    QLabel *status() const { return m_status; }

    static constexpr int kPreviewRecords = 100;

private:
    void refresh();
    void chooseFile();

    QString m_path;
    bool m_sqlite = false;
    QLabel *m_file;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QComboBox *m_ragged;
    QComboBox *m_table;
    QLabel *m_tableLabel;
    QTableWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_import;
    std::vector<ValueType> m_inferred;
    std::vector<AttributeRole> m_suggested;
};

} // namespace dijkgraaf
