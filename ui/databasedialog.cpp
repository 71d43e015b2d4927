#include "databasedialog.h"

#include "errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dijkgraaf {

DatabaseDialog::DatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import from a database"));
    resize(640, 520);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("localhost"));
    m_port = new QLineEdit(this);
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass"));
    auto *passwordNote = new QLabel(
        tr("Used while Dijkgraaf runs, never saved: a project keeps the address only."), this);
    passwordNote->setEnabled(false);
    passwordNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_byTable = new QRadioButton(tr("&Table or view"), this);
    m_byQuery = new QRadioButton(tr("&Query"), this);
    m_byTable->setChecked(true);
    m_table = new QComboBox(this);
    m_table->setEditable(true);
    m_table->setInsertPolicy(QComboBox::NoInsert);
    m_table->setMinimumContentsLength(24);
    m_list = new QPushButton(tr("&List tables"), this);
    m_query = new QPlainTextEdit(this);
    m_query->setPlaceholderText(tr("SELECT … FROM …"));
    m_query->setTabChangesFocus(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(new QLabel(tr("port"), this));
    server->addWidget(m_port);
    auto *serverLabel = new QLabel(tr("&Server"), this);
    serverLabel->setBuddy(m_host);
    form->addRow(serverLabel, server);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), passwordNote);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(m_list);
    form->addRow(m_byTable, tableRow);
    form->addRow(m_byQuery, m_query);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1); // the query's box takes the room
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_list, &QPushButton::clicked, this, &DatabaseDialog::listTables);
    connect(m_byTable, &QRadioButton::toggled, this, &DatabaseDialog::updateState);
    connect(m_table, &QComboBox::editTextChanged, this, &DatabaseDialog::updateState);
    connect(m_query, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_query->toPlainText().trimmed().isEmpty())
            m_byQuery->setChecked(true);
        updateState();
    });
    connect(&m_listing, &QFutureWatcher<Result<std::vector<std::string>>>::finished, this, [this] {
        const auto tables = m_listing.result();
        m_list->setEnabled(true);
        unsetCursor();
        if (!tables) {
            m_status->setText(isPasswordRequest(tables.error())
                                  ? tr("The server asks for a password: type it above.")
                                  : errorMessage(tables.error()));
        } else {
            const QString typed = m_table->currentText();
            m_table->clear();
            for (const std::string &name : *tables)
                m_table->addItem(QString::fromStdString(name));
            if (!typed.isEmpty())
                m_table->setEditText(typed);
            m_status->setText(
                tables->empty()  ? tr("The database has no table or view this user may read.")
                : tables->size() == 1 ? tr("1 table or view this user may read.")
                                      : tr("%1 tables and views this user may read.")
                                            .arg(QLocale().toString(
                                                static_cast<qulonglong>(tables->size()))));
        }
        updateState();
        emit tablesListed();
    });
    updateState();
}

DatabaseDialog::~DatabaseDialog()
{
    m_listing.waitForFinished(); // at most the connection's timeout
}

void DatabaseDialog::setSource(const PostgresSource &s)
{
    m_host->setText(QString::fromStdString(s.host));
    m_port->setText(QString::fromStdString(s.port));
    m_database->setText(QString::fromStdString(s.database));
    m_user->setText(QString::fromStdString(s.user));
    const std::string table = s.schema.empty() ? s.table : s.schema + "." + s.table;
    m_table->setEditText(QString::fromStdString(table));
    m_query->setPlainText(QString::fromStdString(s.query));
    (s.query.empty() ? m_byTable : m_byQuery)->setChecked(true);
    updateState();
}

PostgresSource DatabaseDialog::source() const
{
    PostgresSource s;
    s.host = m_host->text().trimmed().toStdString();
    s.port = m_port->text().trimmed().toStdString();
    s.database = m_database->text().trimmed().toStdString();
    s.user = m_user->text().trimmed().toStdString();
    if (m_byTable->isChecked()) {
        // a listed table outside the search path reads "schema.table"
        const QString text = m_table->currentText().trimmed();
        const int dot = text.indexOf(QLatin1Char('.'));
        if (dot > 0 && m_table->findText(text) >= 0) {
            s.schema = text.left(dot).toStdString();
            s.table = text.mid(dot + 1).toStdString();
        } else {
            s.table = text.toStdString();
        }
    } else {
        s.query = m_query->toPlainText().trimmed().toStdString();
    }
    return s;
}

ImportRequest DatabaseDialog::request() const
{
    ImportRequest r;
    r.path = QString::fromStdString(source().url());
    return r;
}

void DatabaseDialog::listTables()
{
    if (m_listing.isRunning())
        return;
    PostgresSource s = source();
    if (!password().isEmpty())
        rememberPostgresPassword(s, password().toStdString());
    m_list->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_status->setText(tr("Asking %1 for its tables…")
                          .arg(s.host.empty() ? tr("localhost") : QString::fromStdString(s.host)));
    m_listing.setFuture(QtConcurrent::run([s] { return postgresTables(s); }));
}

void DatabaseDialog::updateState()
{
    const bool rows = m_byTable->isChecked() ? !m_table->currentText().trimmed().isEmpty()
                                             : !m_query->toPlainText().trimmed().isEmpty();
    m_open->setEnabled(rows);
}

} // namespace dijkgraaf
