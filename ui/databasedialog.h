#pragma once

#include "importdialog.h"
#include "io/postgres.h"

#include <QComboBox>
#include <QDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

#include <string>
#include <vector>

namespace dijkgraaf {

// Data in PostgreSQL: the server, database and user, a password for this session only (never
// kept: left empty, libpq reads PGPASSWORD or ~/.pgpass), and the rows, a table or view
// (listed from the server in the background) or a query. The rows are read as a file's are.
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatabaseDialog(QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    // Fills the fields from an address (a password is never part of one).
    void setSource(const PostgresSource &source);
    PostgresSource source() const;
    // The password typed, or empty.
    QString password() const { return m_password->text(); }
    // The data to read: the address, as the project will keep it.
    ImportRequest request() const;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tableBox() const { return m_table; }
    QRadioButton *queryButton() const { return m_byQuery; }
    QPlainTextEdit *queryEdit() const { return m_query; }
    QPushButton *listButton() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QLabel *status() const { return m_status; }

    // Asks the server for its tables and views, in the background; the list fills the table
    // box, or the status says why it could not.
    void listTables();

signals:
    void tablesListed();

private:
    void updateState();

    QLineEdit *m_host, *m_port, *m_database, *m_user, *m_password;
    QRadioButton *m_byTable, *m_byQuery;
    QComboBox *m_table;
    QPlainTextEdit *m_query;
    QPushButton *m_list, *m_open;
    QLabel *m_status;
    QFutureWatcher<Result<std::vector<std::string>>> m_listing;
};

} // namespace dijkgraaf
