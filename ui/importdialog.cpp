#include "importdialog.h"
#include "errortext.h"
#include "presentation.h"

#include "io/rolesuggestions.h"
#include "io/sqlitereader.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace dijkgraaf {

namespace {

const ValueType kTypes[] = {ValueType::Integer, ValueType::Decimal, ValueType::Date,
                            ValueType::Postcode, ValueType::Text};
const AttributeRole kRoles[] = {AttributeRole::DirectIdentifier, AttributeRole::QuasiIdentifier,
                                AttributeRole::Sensitive,        AttributeRole::Insensitive,
                                AttributeRole::SamplingWeight,   AttributeRole::SubjectId};

} // namespace

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import data"));
    resize(1100, 640);
    m_file = new QLabel(tr("No file chosen"), this);
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), static_cast<int>(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), static_cast<int>(';'));
    m_delimiter->addItem(tr("Tab"), static_cast<int>('\t'));
    m_delimiter->addItem(tr("Bar ( | )"), static_cast<int>('|'));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("Windows-1252"),
                        static_cast<int>(TextEncoding::Windows1252));
    m_ragged = new QComboBox(this);
    m_ragged->addItem(tr("Stop the import"), static_cast<int>(RaggedRows::Stop));
    m_ragged->addItem(tr("Skip them and list them"), static_cast<int>(RaggedRows::Skip));
    m_table = new QComboBox(this);
    m_tableLabel = new QLabel(tr("&Table or view"), this);
    m_tableLabel->setBuddy(m_table);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File"), fileRow);
    form->addRow(m_tableLabel, m_table);
    form->addRow(tr("&Delimiter"), m_delimiter);
    form->addRow(tr("&Encoding"), m_encoding);
    form->addRow(tr("&Lines that do not fit the header"), m_ragged);
    for (QComboBox *box : {m_delimiter, m_encoding, m_ragged, m_table})
        connect(box, &QComboBox::activated, this, &ImportDialog::refresh);

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("<b>Preview</b> of the first records, with each column's type and role "
                      "(hover for the reason of a suggestion):"),
                   this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setAcceptDrops(true);
}

void ImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import data"), QString(),
                                     tr("Data (*.csv *.txt *.tsv *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    const bool sqlite = isSqliteFile(path.toStdString());
    m_sqlite = sqlite;
    m_table->clear();
    if (sqlite) {
        auto tables = sqliteTables(path.toStdString());
        if (tables)
            for (const auto &t : *tables)
                m_table->addItem(QString::fromStdString(t));
    }
    m_table->setVisible(sqlite);
    m_tableLabel->setVisible(sqlite);
    for (QComboBox *box : {m_delimiter, m_encoding, m_ragged})
        box->setEnabled(!sqlite);
    refresh();
}

QComboBox *ImportDialog::typeBox(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

QComboBox *ImportDialog::roleBox(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(1, column));
}

void ImportDialog::refresh()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_import->setEnabled(false);
    if (m_path.isEmpty())
        return;
    Result<Dataset> data = Error{};
    const bool sqlite = m_sqlite;
    if (sqlite) {
        if (m_table->count() == 0) {
            m_status->setText(tr("The database holds no tables or views."));
            return;
        }
        data = readSqliteTable(m_path.toStdString(), m_table->currentText().toStdString(), nullptr,
                               kPreviewRecords);
    } else {
        CsvImportOptions options;
        options.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
        options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
        options.raggedRows = static_cast<RaggedRows>(m_ragged->currentData().toInt());
        options.maxRecords = kPreviewRecords;
        options.chunkBytes = 256 * 1024;
        data = readCsv(m_path.toStdString(), options);
    }
    if (!data) {
        m_status->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(palette::errorText().name(),
                                   errorText(data.error()).toHtmlEscaped()));
        return;
    }
    const Dataset &d = *data;
    const auto suggestions = suggestRoles(d);
    const int columns = static_cast<int>(d.columns.size());
    const int shown = static_cast<int>(d.rowCount);
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(shown + 2);
    QStringList headers, rowNames{tr("Type"), tr("Role")};
    m_inferred.clear();
    m_suggested.clear();
    for (int c = 0; c < columns; ++c) {
        const Column &column = d.columns[static_cast<std::size_t>(c)];
        headers << QString::fromStdString(column.name);
        m_inferred.push_back(column.type);
        m_suggested.push_back(suggestions[static_cast<std::size_t>(c)].role);
        auto *type = new QComboBox(m_preview);
        for (ValueType t : kTypes)
            type->addItem(typeLabel(t), static_cast<int>(t));
        type->setCurrentIndex(type->findData(static_cast<int>(column.type)));
        type->setToolTip(tr("Inferred from the values: %1").arg(typeLabel(column.type)));
        m_preview->setCellWidget(0, c, type);
        auto *role = new QComboBox(m_preview);
        for (AttributeRole r : kRoles)
            role->addItem(roleLabel(r), static_cast<int>(r));
        role->setCurrentIndex(
            role->findData(static_cast<int>(suggestions[static_cast<std::size_t>(c)].role)));
        role->setToolTip(tr("Suggested: %1, because %2")
                             .arg(roleLabel(suggestions[static_cast<std::size_t>(c)].role),
                                  suggestionReason(suggestions[static_cast<std::size_t>(c)])));
        m_preview->setCellWidget(1, c, role);
        for (int r = 0; r < shown; ++r) {
            const auto code = column.codes.at(static_cast<std::size_t>(r));
            m_preview->setItem(r + 2, c,
                               new QTableWidgetItem(code == column.missingCode
                                                        ? QString()
                                                        : QString::fromUtf8(column.text(code))));
        }
    }
    for (int r = 0; r < shown; ++r)
        rowNames << QLocale().toString(r + 1);
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setVerticalHeaderLabels(rowNames);
    m_preview->resizeColumnsToContents();

    QStringList notes;
    if (!sqlite)
        notes << tr("Delimiter %1, read as %2.")
                     .arg(d.delimiter == '\t' ? tr("tab")
                                              : QStringLiteral("'%1'").arg(QChar(d.delimiter)),
                          QString::fromStdString(d.encoding));
    for (const auto &w : d.warnings)
        if (w.find("were skipped") == std::string::npos) // listed below, line by line
            notes << QString::fromStdString(w) + QLatin1Char('.');
    if (d.rejectedLineCount > 0) {
        QStringList lines;
        for (std::size_t i = 0; i < d.rejectedLines.size() && i < 10; ++i)
            lines << tr("line %1 has %2 fields")
                         .arg(formatCount(d.rejectedLines[i].line))
                         .arg(d.rejectedLines[i].fields);
        notes << tr("Lines that do not fit the header's %1 fields, skipped: %2.")
                     .arg(columns)
                     .arg(lines.join(QStringLiteral("; ")));
    }
    m_status->setText(notes.join(QLatin1Char(' ')));
    m_import->setEnabled(true);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = m_path;
    if (m_sqlite)
        r.table = m_table->currentText().toStdString();
    r.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    r.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    r.raggedRows = static_cast<RaggedRows>(m_ragged->currentData().toInt());
    const int columns = m_preview->columnCount();
    r.types.resize(static_cast<std::size_t>(columns));
    r.roles.resize(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        const auto type = static_cast<ValueType>(typeBox(c)->currentData().toInt());
        if (type != m_inferred[static_cast<std::size_t>(c)])
            r.types[static_cast<std::size_t>(c)] = type;
        const auto role = static_cast<AttributeRole>(roleBox(c)->currentData().toInt());
        if (role != m_suggested[static_cast<std::size_t>(c)])
            r.roles[static_cast<std::size_t>(c)] = role;
    }
    return r;
}

} // namespace dijkgraaf
