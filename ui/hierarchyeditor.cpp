#include "hierarchyeditor.h"
#include "errortext.h"
#include "presentation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QVBoxLayout>

namespace dijkgraaf {

HierarchyEditor::HierarchyEditor(const QString &attribute, const Hierarchy &hierarchy,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Hierarchy of %1").arg(attribute));
    resize(760, 560);
    const auto rows = hierarchy.toRows();
    const int levels = hierarchy.height() + 1;
    m_table = new QTableWidget(static_cast<int>(rows.size()), levels, this);
    QStringList headers;
    for (int l = 0; l < levels; ++l)
        headers << (l == 0 ? tr("Value") : tr("Level %1").arg(l));
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int l = 0; l < levels; ++l) {
            auto *item = new QTableWidgetItem(QString::fromStdString(
                rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(l)]));
            if (l == 0)
                item->setFlags(item->flags() &
                               ~Qt::ItemIsEditable); // the values come from the data
            m_table->setItem(r, l, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HierarchyEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Edit the groups of each level. Values that share a group at one level must "
                      "share it at every level above."),
                   this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

std::vector<std::vector<std::string>> HierarchyEditor::rows() const
{
    std::vector<std::vector<std::string>> out(static_cast<std::size_t>(m_table->rowCount()));
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int l = 0; l < m_table->columnCount(); ++l)
            out[static_cast<std::size_t>(r)].push_back(
                m_table->item(r, l) ? m_table->item(r, l)->text().toStdString() : std::string());
    return out;
}

void HierarchyEditor::accept()
{
    auto h = Hierarchy::fromRows(rows());
    if (!h) {
        m_problem->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(palette::errorText().name(),
                                    errorText(h.error()).toHtmlEscaped()));
        if (h.error().line > 0)
            m_table->setCurrentCell(static_cast<int>(h.error().line) - 1, 0);
        return;
    }
    QDialog::accept();
}

} // namespace dijkgraaf
