#include "tabledesigner.h"

#include "numberboxes.h"
#include "presentation.h"
#include "publish/aggregatetable.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dijkgraaf {

bool canBeDimension(AttributeRole role)
{
    return role != AttributeRole::DirectIdentifier && role != AttributeRole::SubjectId &&
           role != AttributeRole::SamplingWeight;
}

namespace {

// The columns a design list shows: the table's own first (in its order), then those given a
// role, then the others in order, at most kListedColumns of them: a list of 100,000 rows of
// widgets would freeze the window. eligible counts every column that could be listed.
constexpr std::size_t kListedColumns = 200;

std::vector<std::size_t> listedColumns(const Dataset &data, const Configuration &config,
                                       const std::vector<std::string> &own,
                                       const std::function<bool(std::size_t)> &canList,
                                       std::size_t *eligible)
{
    std::vector<std::size_t> rows;
    std::vector<bool> taken(data.columns.size(), false);
    for (const std::string &name : own)
        if (const auto c = data.columnIndex(name); c && !taken[*c] && canList(*c))
            rows.push_back(*c), taken[*c] = true;
    const std::size_t ownRows = rows.size();
    std::size_t count = ownRows;
    for (const bool withRole : {true, false})
        for (std::size_t c = 0; c < data.columns.size(); ++c) {
            if (taken[c] || (config.attributes[c].role != AttributeRole::Insensitive) != withRole ||
                !canList(c))
                continue;
            ++count;
            if (rows.size() < kListedColumns)
                rows.push_back(c), taken[c] = true;
        }
    if (eligible)
        *eligible = count;
    if (count <= kListedColumns) {
        // all of them: the table's own, then the others in the order of the columns
        std::sort(rows.begin() + static_cast<std::ptrdiff_t>(ownRows), rows.end());
    }
    return rows;
}

// "level:2", or "level:-1" for the level chosen under Explore and protect
int levelOfChoice(const QString &choice)
{
    return choice.startsWith(QStringLiteral("level:")) ? choice.mid(6).toInt() : -1;
}

} // namespace

TableDesigner::TableDesigner(Workbench *bench, QWidget *parent)
    : QGroupBox(tr("What the table counts"), parent), m_bench(bench)
{
    auto *content = new QVBoxLayout(this);
    content->addWidget(new QLabel(tr("Break down by:"), this));
    m_dimensions = new QTableWidget(0, 3, this);
    m_dimensions->setHorizontalHeaderLabels({tr("Attribute"), tr("As"), tr("Categories")});
    // the detail chosen ("level 3: 1920-1929, … (11 groups)") gets the room
    m_dimensions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_dimensions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_dimensions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_dimensions->verticalHeader()->hide();
    m_dimensions->setMinimumHeight(140);
    content->addWidget(m_dimensions);
    m_dimensionsNote = new QLabel(this);
    m_dimensionsNote->setWordWrap(true);
    m_dimensionsNote->hide();
    content->addWidget(m_dimensionsNote);
    content->addWidget(new QLabel(tr("Sums and means (each value clamped to its bounds):"), this));
    m_measures = new QTableWidget(0, 4, this);
    m_measures->setHorizontalHeaderLabels({tr("Attribute"), tr("Measure"), tr("From"), tr("To")});
    m_measures->horizontalHeader()->setStretchLastSection(true);
    // the attribute's name whole ("monthly_..." was cut at the default width)
    m_measures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_measures->verticalHeader()->hide();
    m_measures->setMaximumHeight(110);
    content->addWidget(m_measures);
    auto *distributionRow = new QFormLayout;
    m_distribution = new QComboBox(this);
    distributionRow->addRow(tr("Distribution of:"), m_distribution);
    content->addLayout(distributionRow);
    m_margins = new QCheckBox(tr("Totals per dimension and the grand total"), this);
    content->addWidget(m_margins);

    connect(m_dimensions, &QTableWidget::itemChanged, this, [this] { readDimensions(); });
    connect(m_measures, &QTableWidget::itemChanged, this, [this] { readMeasures(); });
    connect(m_distribution, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const std::string column = m_distribution->currentIndex() <= 0
                                       ? std::string()
                                       : m_distribution->currentText().toStdString();
        emit edited([column](PublishedTable &t) { t.spec.distribution = column; },
                    tr("Distribution"));
    });
    connect(m_margins, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        emit edited([on](PublishedTable &t) { t.spec.margins = on; },
                    on ? tr("Publish totals") : tr("Publish no totals"));
    });
}

void TableDesigner::show(const PublishedTable *table)
{
    m_updating = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_dimensions, m_measures, m_distribution,
                                                       m_margins})
        w->setEnabled(table != nullptr);
    if (!table) {
        m_updating = false;
        return;
    }
    const PublishedTable &t = *table;
    const Dataset &data = m_bench->data();
    const Configuration &config = m_bench->configuration();

    // dimensions: a row per column that may be one, checked when it is; the table's own
    // dimensions first, in its order (which is the order of its columns in the files)
    m_dimensions->setRowCount(0);
    if (const auto result = m_bench->latestResult())
        m_levelsFrom = result->baseTable;
    std::vector<std::string> own;
    for (const auto &d : t.spec.dimensions)
        own.push_back(d.column);
    std::size_t eligible = 0;
    const std::vector<std::size_t> rows = listedColumns(
        data, config, own, [&](std::size_t c) { return canBeDimension(config.attributes[c].role); },
        &eligible);
    m_dimensionsNote->setVisible(rows.size() < eligible);
    m_dimensionsNote->setText(tr("%1 of %2 columns listed: the table's own, those given a role, "
                                 "then the first of the others. Give a column a role under "
                                 "Explore and protect to list it.")
                                  .arg(formatCount(rows.size()), formatCount(eligible)));
    const bool noisy = t.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy;
    for (const std::size_t c : rows) {
        const Column &column = data.columns[c];
        const int row = m_dimensions->rowCount();
        m_dimensions->insertRow(row);
        auto *item = new QTableWidgetItem(QString::fromStdString(column.name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, static_cast<int>(c));
        const auto found =
            std::find_if(t.spec.dimensions.begin(), t.spec.dimensions.end(),
                         [&](const DimensionSpec &d) { return d.column == column.name; });
        const DimensionSpec *current = found != t.spec.dimensions.end() ? &*found : nullptr;
        item->setCheckState(current ? Qt::Checked : Qt::Unchecked);
        m_dimensions->setItem(row, 0, item);
        m_dimensions->setCellWidget(row, 1, dimensionLevelBox(c, current));
        m_dimensions->setCellWidget(row, 2, categoriesButton(column.name, current, noisy));
    }
    showMeasures(t);

    m_distribution->clear();
    m_distribution->addItem(tr("(none)"));
    for (std::size_t c = 0; c < data.columns.size(); ++c)
        if (config.attributes[c].role == AttributeRole::Sensitive)
            m_distribution->addItem(QString::fromStdString(data.columns[c].name));
    m_distribution->setCurrentIndex(
        std::max(0, m_distribution->findText(QString::fromStdString(t.spec.distribution))));
    m_margins->setChecked(t.spec.margins);
    m_updating = false;
}

QPushButton *TableDesigner::categoriesButton(const std::string &column,
                                             const DimensionSpec *current, bool noisy)
{
    // the categories: declared, or (outside differential privacy) those of the data
    auto *categories = new QPushButton(m_dimensions);
    categories->setFlat(true);
    if (current && current->domain.select) {
        categories->setText(tr("selected with noise"));
        categories->setToolTip(tr("Not declared: each release selects from the data, with "
                                  "noise, the categories that many people share"));
    } else if (current && current->domain.declared()) {
        const DeclaredDomain &dd = current->domain;
        categories->setText(dd.from.empty()
                                ? tr("%n declared", nullptr, static_cast<int>(dd.labels.size()))
                                : tr("%1 – %2").arg(QString::fromStdString(dd.from).left(10),
                                                    QString::fromStdString(dd.to).left(10)));
        categories->setToolTip(
            dd.from.empty() ? tr("Declared by %1").arg(QString::fromStdString(dd.source))
                            : tr("From %1 to %2, declared by %3")
                                  .arg(QString::fromStdString(dd.from), QString::fromStdString(dd.to),
                                       QString::fromStdString(dd.source)));
    } else if (noisy && current) {
        categories->setText(tr("Declare…"));
        categories->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold").arg(palette::errorText().name()));
        categories->setToolTip(tr("Under differential privacy the categories must be declared"));
    } else {
        categories->setText(tr("from the data"));
    }
    // declared categories apply under differential privacy only
    categories->setEnabled(noisy && current);
    const QString name = QString::fromStdString(column);
    connect(categories, &QPushButton::clicked, this, [this, name] { emit declareRequested(name); });
    return categories;
}

void TableDesigner::showMeasures(const PublishedTable &t)
{
    // measures: a row per numeric column
    const Dataset &data = m_bench->data();
    const Configuration &config = m_bench->configuration();
    m_measures->setRowCount(0);
    std::vector<std::string> ownMeasures;
    for (const auto &m : t.spec.measures)
        ownMeasures.push_back(m.column);
    std::vector<std::size_t> measureRows = listedColumns(
        data, config, ownMeasures,
        [&](std::size_t c) {
            return data.columns[c].isNumeric() && canBeDimension(config.attributes[c].role);
        },
        nullptr);
    std::sort(measureRows.begin(), measureRows.end()); // measures in the order of the columns
    for (const std::size_t c : measureRows) {
        const Column &column = data.columns[c];
        const int row = m_measures->rowCount();
        m_measures->insertRow(row);
        auto *item = new QTableWidgetItem(QString::fromStdString(column.name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const auto found =
            std::find_if(t.spec.measures.begin(), t.spec.measures.end(),
                         [&](const MeasureSpec &m) { return m.column == column.name; });
        item->setCheckState(found != t.spec.measures.end() ? Qt::Checked : Qt::Unchecked);
        m_measures->setItem(row, 0, item);
        auto *kind = new QComboBox(m_measures);
        kind->addItems({tr("sum"), tr("mean")});
        if (found != t.spec.measures.end())
            kind->setCurrentIndex(found->kind == MeasureSpec::Kind::Mean ? 1 : 0);
        double lo = 0, hi = 0;
        bool first = true;
        for (const double v : column.numbers)
            if (!std::isnan(v)) {
                lo = first ? v : std::min(lo, v);
                hi = first ? v : std::max(hi, v);
                first = false;
            }
        auto *from = doubleBox(-1e12, 1e12, 2, 1, m_measures);
        auto *to = doubleBox(-1e12, 1e12, 2, 1, m_measures);
        from->setValue(found != t.spec.measures.end() ? found->lower : std::floor(lo));
        to->setValue(found != t.spec.measures.end() ? found->upper : std::ceil(hi));
        m_measures->setCellWidget(row, 1, kind);
        m_measures->setCellWidget(row, 2, from);
        m_measures->setCellWidget(row, 3, to);
        connect(kind, &QComboBox::currentIndexChanged, this, [this] { readMeasures(); });
        connect(from, &QDoubleSpinBox::editingFinished, this, [this] { readMeasures(); });
        connect(to, &QDoubleSpinBox::editingFinished, this, [this] { readMeasures(); });
    }
}

QComboBox *TableDesigner::dimensionLevelBox(std::size_t c, const DimensionSpec *current)
{
    const Column &column = m_bench->data().columns[c];
    const AttributeConfig &a = m_bench->configuration().attributes[c];
    const bool qi = a.role == AttributeRole::QuasiIdentifier;
    auto *how = new QComboBox(m_dimensions);
    // the levels of a quasi-identifier's hierarchy as the latest analysis built it, each with
    // an example (the chain of the most common value, so that no rare value shows) and the
    // number of groups
    const Hierarchy *h = nullptr;
    std::uint32_t commonLeaf = 0;
    if (const auto result = m_bench->latestResult(); qi && result && result->baseTable) {
        const auto q = std::find(result->qiColumns.begin(), result->qiColumns.end(), c);
        if (q != result->qiColumns.end()) {
            const auto i = static_cast<std::size_t>(q - result->qiColumns.begin());
            h = &result->baseTable->hierarchy(i);
            const auto records = result->baseTable->leafRecords(i);
            if (!records.empty())
                commonLeaf = static_cast<std::uint32_t>(
                    std::max_element(records.begin(), records.end()) - records.begin());
        }
    }
    const int shared = qi ? a.level : 0;
    how->addItem(qi && shared > 0 ? tr("as under Explore (level %1)").arg(shared)
                                  : tr("its values"),
                 QStringLiteral("level:-1"));
    how->setItemData(0, tr("Follows the level chosen under Explore and protect"), Qt::ToolTipRole);
    if (h) {
        for (int l = 0; l <= h->height(); ++l) {
            const QString example = QString::fromStdString(h->label(l, commonLeaf));
            const auto groups = static_cast<qulonglong>(h->labels(l).size());
            how->addItem(
                l == 0 ? tr("level 0: its values (%n groups)", nullptr, static_cast<int>(groups))
                       : tr("level %1: %2, … (%n groups)", nullptr, static_cast<int>(groups))
                             .arg(l)
                             .arg(elideMiddle(example, 18)),
                QStringLiteral("level:%1").arg(l));
            how->setItemData(how->count() - 1,
                             tr("Level %1 of %2's hierarchy: %3 groups, such as %4")
                                 .arg(l)
                                 .arg(QString::fromStdString(column.name))
                                 .arg(formatCount(groups))
                                 .arg(example),
                             Qt::ToolTipRole);
        }
    }
    if (current && current->bucket == TimeBucket::None && current->level >= 0 &&
        how->findData(QStringLiteral("level:%1").arg(current->level)) < 0)
        how->addItem(tr("level %1").arg(current->level),
                     QStringLiteral("level:%1").arg(current->level));
    const TimeResolution time = timeResolution(column);
    if (time == TimeResolution::DateTime)
        how->addItem(tr("per hour"), QStringLiteral("hour"));
    if (time != TimeResolution::None) {
        how->addItem(tr("per day"), QStringLiteral("day"));
        how->addItem(tr("per week"), QStringLiteral("week"));
        how->addItem(tr("per month"), QStringLiteral("month"));
        how->addItem(tr("per year"), QStringLiteral("year"));
        how->addItem(tr("per decade"), QStringLiteral("decade"));
    }
    if (current) {
        const QString data = current->bucket != TimeBucket::None
                                 ? QString::fromUtf8(timeBucketName(current->bucket).data())
                                 : QStringLiteral("level:%1").arg(current->level);
        how->setCurrentIndex(std::max(0, how->findData(data)));
    }
    connect(how, &QComboBox::currentIndexChanged, this, [this] { readDimensions(); });
    return how;
}

void TableDesigner::readDimensions()
{
    if (m_updating)
        return;
    std::vector<DimensionSpec> dims;
    for (int row = 0; row < m_dimensions->rowCount(); ++row) {
        const QTableWidgetItem *item = m_dimensions->item(row, 0);
        if (item->checkState() != Qt::Checked)
            continue;
        DimensionSpec d;
        d.column = item->text().toStdString();
        const auto *how = static_cast<QComboBox *>(m_dimensions->cellWidget(row, 1));
        const QString choice = how->currentData().toString();
        d.bucket = timeBucketFromName(choice.toStdString()).value_or(TimeBucket::None);
        d.level = d.bucket == TimeBucket::None ? levelOfChoice(choice) : -1;
        dims.push_back(d);
    }
    emit edited(
        [dims](PublishedTable &table) {
            // keep the declared categories while the level or bucket stays
            std::vector<DimensionSpec> next = dims;
            for (DimensionSpec &d : next)
                for (const auto &old : table.spec.dimensions)
                    if (old.column == d.column && old.bucket == d.bucket && old.level == d.level)
                        d.domain = old.domain;
            table.spec.dimensions = std::move(next);
        },
        tr("Choose the dimensions"));
}

void TableDesigner::readMeasures()
{
    if (m_updating)
        return;
    std::vector<MeasureSpec> measures;
    for (int row = 0; row < m_measures->rowCount(); ++row) {
        const QTableWidgetItem *item = m_measures->item(row, 0);
        if (item->checkState() != Qt::Checked)
            continue;
        MeasureSpec m;
        m.column = item->text().toStdString();
        m.kind = static_cast<QComboBox *>(m_measures->cellWidget(row, 1))->currentIndex() == 1
                     ? MeasureSpec::Kind::Mean
                     : MeasureSpec::Kind::Sum;
        m.lower = static_cast<QDoubleSpinBox *>(m_measures->cellWidget(row, 2))->value();
        m.upper = static_cast<QDoubleSpinBox *>(m_measures->cellWidget(row, 3))->value();
        if (m.upper < m.lower)
            std::swap(m.lower, m.upper);
        measures.push_back(m);
    }
    emit edited([measures](PublishedTable &table) { table.spec.measures = measures; },
                tr("Choose the measures"));
}

} // namespace dijkgraaf
