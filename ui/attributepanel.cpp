#include "attributepanel.h"
#include "errortext.h"
#include "hierarchy/arxformat.h"
#include "hierarchybuilder.h"
#include "hierarchyeditor.h"
#include "presentation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QMenu>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dijkgraaf {

namespace {

const AttributeRole kRoles[] = {AttributeRole::DirectIdentifier, AttributeRole::QuasiIdentifier,
                                AttributeRole::Sensitive,        AttributeRole::Insensitive,
                                AttributeRole::SamplingWeight,   AttributeRole::SubjectId};

// The hierarchy choices, in the order of the combo box.
enum HierarchyChoice {
    ChooseValue,
    ChooseAuto,
    ChooseDate,
    ChooseMask,
    ChooseIntervals,
    ChooseFile,
    ChooseTable
};

int choiceOf(const HierarchySpec &spec)
{
    switch (spec.kind) {
    case HierarchySpec::Kind::ValueOrSuppressed:
        return ChooseValue;
    case HierarchySpec::Kind::Auto:
        return ChooseAuto;
    case HierarchySpec::Kind::Date:
        return ChooseDate;
    case HierarchySpec::Kind::Masking:
        return ChooseMask;
    case HierarchySpec::Kind::Interval:
        return ChooseIntervals;
    case HierarchySpec::Kind::Table:
        return ChooseTable;
    }
    return ChooseValue;
}

} // namespace

AttributePanel::AttributePanel(Workbench *bench, QWidget *parent) : QWidget(parent), m_bench(bench)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    const std::size_t columns = bench->data().columns.size();
    m_rows.resize(columns);
    if (columns > kShownRows) {
        // a wide file: rows are made for the columns shown, never for all of them at once
        // (widgets by the hundred thousand freeze any window)
        m_find = new QLineEdit(this);
        m_find->setObjectName(QStringLiteral("findAttribute"));
        m_find->setPlaceholderText(tr("Find a column by name"));
        m_find->setClearButtonEnabled(true);
        m_find->setAccessibleName(tr("Find a column"));
        m_shownNote = new QLabel(this);
        m_shownNote->setWordWrap(true);
        outer->addWidget(m_find);
        outer->addWidget(m_shownNote);
        connect(m_find, &QLineEdit::textChanged, this, [this] { chooseShownRows(); });
    }
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    chooseShownRows();
}

AttributePanel::Row &AttributePanel::row(std::size_t c)
{
    Row &row = m_rows[c];
    if (row.name)
        return row;
    const Column &column = m_bench->data().columns[c];
    const RoleSuggestion &suggestion = m_bench->suggestions()[c];
    row.name = new QLabel(
        QStringLiteral("%1<br><small>%2</small>")
            .arg(QString::fromStdString(column.name).toHtmlEscaped(), typeLabel(column.type)),
        this);
    row.name->setToolTip(
        tr("%1 distinct values, %2 missing")
            .arg(formatCount(column.distinctCount()), formatCount(column.missingCount())));
    row.role = new QComboBox(this);
    for (AttributeRole role : kRoles) {
        row.role->addItem(roleLabel(role), static_cast<int>(role));
        if (suggestion.role == role) {
            // the suggestion stands out in the list, and its reason is the tooltip
            QFont bold = row.role->font();
            bold.setBold(true);
            row.role->setItemData(row.role->count() - 1, bold, Qt::FontRole);
            row.role->setItemData(row.role->count() - 1, tr("Suggested"), Qt::ToolTipRole);
        }
    }
    row.role->setToolTip(tr("Suggested: %1, because %2")
                             .arg(roleLabel(suggestion.role), suggestionReason(suggestion)));
    row.role->setAccessibleName(tr("Role of %1").arg(QString::fromStdString(column.name)));
    row.hierarchy = new QComboBox(this);
    row.hierarchy->addItem(tr("Value or *"));
    row.hierarchy->addItem(tr("Automatic"));
    row.hierarchy->addItem(tr("Dates: month, year, decade"));
    row.hierarchy->addItem(tr("Masking from the right"));
    row.hierarchy->addItem(tr("Intervals…"));
    row.hierarchy->addItem(tr("From a file…"));
    row.hierarchy->addItem(tr("Table"));
    row.hierarchy->setAccessibleName(tr("Hierarchy of %1").arg(QString::fromStdString(column.name)));
    row.more = new QToolButton(this);
    row.more->setText(QStringLiteral("…"));
    row.more->setToolTip(tr("Edit or export the hierarchy"));
    row.more->setAccessibleName(
        tr("More about the hierarchy of %1").arg(QString::fromStdString(column.name)));
    row.more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(row.more);
    menu->addAction(tr("&Build with a preview…"), this, [this, c] {
        buildHierarchy(c, m_bench->configuration().attributes[c].hierarchy);
    });
    menu->addAction(tr("&Edit as a table…"), this, [this, c] { editHierarchy(c); });
    menu->addAction(tr("&Import from a file…"), this, [this, c] { emit hierarchyFileRequested(c); });
    menu->addAction(tr("E&xport to a file…"), this, [this, c] { exportHierarchy(c); });
    row.more->setMenu(menu);
    row.level = new QSlider(Qt::Horizontal, this);
    row.level->setMinimumWidth(120);
    row.level->setPageStep(1);
    row.level->setTickPosition(QSlider::TicksBelow);
    row.level->setAccessibleName(
        tr("Generalization level of %1").arg(QString::fromStdString(column.name)));
    row.levelText = new QLabel(this);
    row.levelText->setMinimumWidth(40);
    row.example = new QLabel(this);
    row.example->setMinimumWidth(120);
    row.example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *w : row.widgets())
        w->hide(); // shown when the row is laid out
    connect(row.role, &QComboBox::activated, this, [this, c](int index) {
        m_bench->setRole(c, static_cast<AttributeRole>(m_rows[c].role->itemData(index).toInt()));
    });
    connect(row.hierarchy, &QComboBox::activated, this,
            [this, c](int index) { onHierarchyChosen(c, index); });
    connect(row.level, &QSlider::valueChanged, this, [this, c](int level) {
        if (m_bench->configuration().attributes[c].level != level)
            m_bench->setLevel(c, level);
    });
    showConfiguration(c);
    if (const auto result = m_bench->latestResult())
        showResult(*result, c);
    return row;
}

void AttributePanel::chooseShownRows()
{
    const Dataset &data = m_bench->data();
    const Configuration &config = m_bench->configuration();
    std::vector<std::size_t> shown;
    const QString find = m_find ? m_find->text().trimmed() : QString();
    std::size_t matches = 0;
    if (!find.isEmpty()) {
        const std::string needle = find.toLower().toStdString();
        for (std::size_t c = 0; c < data.columns.size(); ++c) {
            std::string name = data.columns[c].name;
            for (char &ch : name)
                ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (name.find(needle) == std::string::npos)
                continue;
            ++matches;
            if (shown.size() < kShownRows)
                shown.push_back(c);
        }
    } else {
        // the first columns, and every column given a role other than insensitive
        for (std::size_t c = 0; c < data.columns.size(); ++c)
            if (c < kShownRows || (config.attributes[c].role != AttributeRole::Insensitive &&
                                   shown.size() < 2 * kShownRows))
                shown.push_back(c);
    }
    if (m_shownNote)
        m_shownNote->setText(
            find.isEmpty()
                ? tr("%1 of %2 columns shown: the first %3 and those with a role. Find the others by name.")
                      .arg(formatCount(shown.size()), formatCount(data.columns.size()),
                           formatCount(kShownRows))
                : tr("%1 columns match, %2 shown.").arg(formatCount(matches), formatCount(shown.size())));
    for (std::size_t c : m_shown)
        for (QWidget *w : m_rows[c].widgets())
            m_grid->removeWidget(w), w->hide();
    m_shown = shown;
    if (m_grid->count() == 0) {
        const QString header = QStringLiteral("<b>%1</b>");
        m_grid->addWidget(new QLabel(header.arg(tr("Attribute")), this), 0, 0);
        m_grid->addWidget(new QLabel(header.arg(tr("Role")), this), 0, 1);
        m_grid->addWidget(new QLabel(header.arg(tr("Hierarchy")), this), 0, 2, 1, 2);
        m_grid->setColumnStretch(3, 1);
    }
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const std::size_t c = m_shown[i];
        Row &r = row(c);
        // two lines per attribute: what it is, then (for quasi-identifiers) how far it is
        // generalized
        const int line = 2 * static_cast<int>(i) + 1;
        m_grid->addWidget(r.name, line, 0, 2, 1, Qt::AlignTop);
        m_grid->addWidget(r.role, line, 1);
        m_grid->addWidget(r.hierarchy, line, 2, 1, 2);
        m_grid->addWidget(r.more, line, 4);
        m_grid->addWidget(r.level, line + 1, 1);
        m_grid->addWidget(r.levelText, line + 1, 2);
        m_grid->addWidget(r.example, line + 1, 3);
        r.name->show();
        r.role->show();
        r.hierarchy->show();
        r.more->show();
        showConfiguration(c);
    }
}

void AttributePanel::onHierarchyChosen(std::size_t column, int index)
{
    HierarchySpec spec;
    switch (index) {
    case ChooseValue:
        spec.kind = HierarchySpec::Kind::ValueOrSuppressed;
        break;
    case ChooseAuto:
        spec.kind = HierarchySpec::Kind::Auto;
        break;
    case ChooseDate:
        spec.kind = HierarchySpec::Kind::Date;
        break;
    case ChooseMask:
        spec.kind = HierarchySpec::Kind::Masking;
        break;
    case ChooseIntervals: {
        // the builder, on intervals, with the preview of every level
        HierarchySpec intervals = m_bench->configuration().attributes[column].hierarchy;
        if (intervals.kind != HierarchySpec::Kind::Interval)
            intervals = HierarchySpec{HierarchySpec::Kind::Interval, {5, 10, 20}, {}, {}, {}};
        showConfiguration();
        buildHierarchy(column, intervals);
        return;
    }
    case ChooseFile:
        showConfiguration();
        emit hierarchyFileRequested(column);
        return;
    default:
        showConfiguration();
        return;
    }
    m_bench->setHierarchy(column, spec);
}

const Hierarchy *AttributePanel::builtHierarchy(std::size_t column) const
{
    const auto result = m_bench->latestResult();
    if (!result)
        return nullptr;
    for (std::size_t q = 0; q < result->qiColumns.size(); ++q)
        if (result->qiColumns[q] == column &&
            result->hierarchySpecs[q] == m_bench->configuration().attributes[column].hierarchy)
            return &result->baseTable->hierarchy(q);
    return nullptr;
}

void AttributePanel::buildHierarchy(std::size_t column, const HierarchySpec &start)
{
    HierarchyBuilder builder(m_bench->data().columns[column], start,
                             m_bench->configuration().privacy.k, this);
    builder.setObjectName(QStringLiteral("hierarchyBuilder"));
    if (builder.exec() == QDialog::Accepted && builder.spec())
        m_bench->setHierarchy(column, *builder.spec());
}

void AttributePanel::editHierarchy(std::size_t column)
{
    const Hierarchy *h = builtHierarchy(column);
    if (!h)
        return;
    const QString name = QString::fromStdString(m_bench->data().columns[column].name);
    HierarchyEditor editor(name, *h, this);
    editor.setObjectName(QStringLiteral("hierarchyEditor"));
    if (editor.exec() == QDialog::Accepted)
        m_bench->setHierarchy(column,
                              HierarchySpec::table(editor.rows(), tr("edited").toStdString()));
}

void AttributePanel::exportHierarchy(std::size_t column, const QString &chosen)
{
    const Hierarchy *h = builtHierarchy(column);
    if (!h)
        return;
    const QString name = QString::fromStdString(m_bench->data().columns[column].name);
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : QFileDialog::getSaveFileName(this, tr("Export the hierarchy of %1").arg(name),
                                           name + QStringLiteral("_hierarchy.csv"),
                                           tr("Hierarchies (ARX format) (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = writeArxHierarchy(*h, path.toStdString()); !written)
        emit m_bench->analysisFailed(errorText(written.error()), name);
}

void AttributePanel::showConfiguration()
{
    for (std::size_t c = 0; c < m_rows.size(); ++c)
        if (m_rows[c].name)
            showConfiguration(c);
}

void AttributePanel::showConfiguration(std::size_t c)
{
    const AttributeConfig &a = m_bench->configuration().attributes[c];
    Row &row = m_rows[c];
    QSignalBlocker roleBlock(row.role), hierarchyBlock(row.hierarchy), levelBlock(row.level);
    row.role->setCurrentIndex(row.role->findData(static_cast<int>(a.role)));
    const bool qi = a.role == AttributeRole::QuasiIdentifier;
    row.hierarchy->setEnabled(qi);
    row.more->setEnabled(qi);
    // a table says where it came from: the file's name, not "Table"
    const bool table = a.hierarchy.kind == HierarchySpec::Kind::Table;
    row.hierarchy->setItemText(
        ChooseTable, table && !a.hierarchy.source.empty()
                         ? QFileInfo(QString::fromStdString(a.hierarchy.source)).fileName()
                         : tr("Table"));
    row.hierarchy->setCurrentIndex(choiceOf(a.hierarchy));
    row.hierarchy->setToolTip(a.hierarchy.kind == HierarchySpec::Kind::Table
                                  ? tr("Table from %1").arg(QString::fromStdString(a.hierarchy.source))
                                  : QString::fromStdString(a.hierarchy.text()));
    row.level->setEnabled(qi);
    row.level->setValue(a.level);
    const bool shown = std::find(m_shown.begin(), m_shown.end(), c) != m_shown.end();
    row.level->setVisible(qi && shown);
    row.levelText->setVisible(qi && shown);
    row.example->setVisible(qi && shown);
}

void AttributePanel::showResult(const AnalysisResult &result)
{
    for (std::size_t q = 0; q < result.qiColumns.size(); ++q)
        if (const std::size_t c = result.qiColumns[q]; c < m_rows.size() && m_rows[c].name)
            showResult(result, c);
}

void AttributePanel::showResult(const AnalysisResult &result, std::size_t c)
{
    const Configuration &config = m_bench->configuration();
    if (config.attributes[c].role != AttributeRole::QuasiIdentifier)
        return;
    const auto q = std::find(result.qiColumns.begin(), result.qiColumns.end(), c) - result.qiColumns.begin();
    if (static_cast<std::size_t>(q) == result.qiColumns.size())
        return;
    Row &row = m_rows[c];
    const Hierarchy &h = result.baseTable->hierarchy(q);
    const int level = result.evaluation.levels[q];
    {
        QSignalBlocker block(row.level);
        row.level->setRange(0, h.height());
        row.level->setValue(level);
    }
    row.levelText->setText(tr("%1 / %2").arg(level).arg(h.height()));
    // the example: the most common value, so that no rare (identifying) value is shown
    const auto records = result.baseTable->leafRecords(q);
    const auto leaf = static_cast<std::uint32_t>(
        std::max_element(records.begin(), records.end()) - records.begin());
    QStringList chain;
    for (int l = 0; l <= h.height(); ++l)
        chain << QString::fromStdString(h.label(l, leaf));
    row.example->setText(QStringLiteral("%1 → <b>%2</b>")
                             .arg(chain.front().toHtmlEscaped(), chain[level].toHtmlEscaped()));
    row.example->setToolTip(chain.join(QStringLiteral(" → ")));
}

} // namespace dijkgraaf
