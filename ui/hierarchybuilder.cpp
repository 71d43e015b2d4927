#include "hierarchybuilder.h"
#include "errortext.h"

#include "presentation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace dijkgraaf {

namespace {

enum Method { Value, Auto, Dates, Masking, Intervals };

} // namespace

HierarchyBuilder::HierarchyBuilder(const Column &column, const HierarchySpec &current,
                                   std::uint64_t k, QWidget *parent)
    : QDialog(parent), m_column(column), m_k(k)
{
    setWindowTitle(tr("Build the hierarchy of %1").arg(QString::fromStdString(column.name)));
    // the records of each value, counted once: every preview reads these
    m_recordsOfCode.assign(column.dictionary.size(), 0);
    column.codes.visit([&](auto codes) {
        for (const auto code : codes)
            ++m_recordsOfCode[code];
    });

    m_method = new QComboBox(this);
    m_method->addItem(tr("Value or * (one level above the values)"), Value);
    m_method->addItem(tr("Automatic, from the values"), Auto);
    if (column.type == ValueType::Date)
        m_method->addItem(tr("Dates: month, year, decade"), Dates);
    m_method->addItem(tr("Masking from the right (codes, postcodes)"), Masking);
    if (column.isNumeric())
        m_method->addItem(tr("Intervals (numbers)"), Intervals);
    m_parametersLabel = new QLabel(this);
    m_parameters = new QLineEdit(this);
    m_levels = new QTableWidget(0, 5, this);
    m_levels->setHorizontalHeaderLabels({tr("Level"), tr("Groups"), tr("Smallest group"),
                                         tr("Records in groups below k = %1").arg(k),
                                         tr("The most common value becomes")});
    m_levels->verticalHeader()->hide();
    m_levels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levels->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->setMinimumSize(640, 220);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(palette::errorText().name()));

    auto *form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(m_parametersLabel, m_parameters);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Each level as it would be, from the data:"), this));
    layout->addWidget(m_levels, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // typing waits for a pause; a method shows at once
    m_typing.setSingleShot(true);
    m_typing.setInterval(200);
    connect(&m_typing, &QTimer::timeout, this, &HierarchyBuilder::refresh);
    connect(m_parameters, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { methodChanged(); });

    const int start = current.kind == HierarchySpec::Kind::Interval  ? Intervals
                      : current.kind == HierarchySpec::Kind::Masking ? Masking
                      : current.kind == HierarchySpec::Kind::Date    ? Dates
                      : current.kind == HierarchySpec::Kind::Auto    ? Auto
                                                                     : Value;
    {
        const QSignalBlocker block(m_method);
        m_method->setCurrentIndex(std::max(0, m_method->findData(start)));
    }
    methodChanged();
    const QLocale locale;
    if (current.kind == HierarchySpec::Kind::Interval) {
        QStringList widths;
        for (const double w : current.widths)
            widths << QString::number(w);
        m_parameters->setText(widths.join(QStringLiteral(", ")));
    } else if (current.kind == HierarchySpec::Kind::Masking) {
        QStringList lengths;
        for (const int l : current.lengths)
            lengths << QString::number(l);
        m_parameters->setText(lengths.join(QStringLiteral(", ")));
    }
    refresh();
}

void HierarchyBuilder::methodChanged()
{
    const int method = m_method->currentData().toInt();
    const bool intervals = method == Intervals, masking = method == Masking;
    m_parameters->setEnabled(intervals || masking);
    m_parametersLabel->setText(intervals ? tr("Widths")
                               : masking ? tr("Characters kept")
                                         : tr("Parameters"));
    m_parameters->setPlaceholderText(
        intervals ? tr("level by level, each a multiple of the one before: 5, 10, 20")
        : masking ? tr("level by level, for instance 4, 3, 2, 1; empty: one fewer each level")
                  : tr("none"));
    if (intervals && m_parameters->text().isEmpty())
        m_parameters->setText(QStringLiteral("5, 10, 20"));
    if (!intervals && !masking)
        m_parameters->clear();
    refresh();
}

void HierarchyBuilder::refresh()
{
    m_typing.stop();
    m_spec.reset();
    m_levels->setRowCount(0);
    const int method = m_method->currentData().toInt();
    // the builder's own text form: commas, semicolons or spaces between the numbers
    QString params = m_parameters->text().trimmed();
    params.replace(QRegularExpression(QStringLiteral("[;\\s]+")), QStringLiteral(","));
    params.replace(QRegularExpression(QStringLiteral(",+")), QStringLiteral(","));
    const QString text = method == Intervals ? QStringLiteral("interval:") + params
                         : method == Masking ? (params.isEmpty() ? QStringLiteral("mask")
                                                                 : QStringLiteral("mask:") + params)
                         : method == Dates   ? QStringLiteral("date")
                         : method == Auto    ? QStringLiteral("auto")
                                             : QStringLiteral("value");
    auto spec = HierarchySpec::parse(text.toStdString());
    Result<Hierarchy> built =
        spec ? buildHierarchy(m_column, *spec) : Result<Hierarchy>(spec.error());
    if (!built) {
        m_problem->setText(errorMessage(built.error()));
        m_problem->show();
        m_ok->setEnabled(false);
        return;
    }
    m_problem->hide();
    m_ok->setEnabled(true);
    m_spec = *spec;

    // each value's leaf, its records, and the most common value (a rare one is never shown)
    const Hierarchy &h = *built;
    std::vector<std::uint64_t> leafRecords(h.domainSize(), 0);
    std::uint64_t outside = 0;
    for (std::uint32_t code = 0; code < m_recordsOfCode.size(); ++code) {
        if (!m_recordsOfCode[code])
            continue;
        const std::uint32_t leaf = h.leafOf(m_column.text(code));
        if (leaf == StringDictionary::npos || leaf >= leafRecords.size())
            outside += m_recordsOfCode[code];
        else
            leafRecords[leaf] += m_recordsOfCode[code];
    }
    const auto common = static_cast<std::uint32_t>(
        std::max_element(leafRecords.begin(), leafRecords.end()) - leafRecords.begin());
    for (int l = 0; l <= h.height(); ++l) {
        std::vector<std::uint64_t> groups(h.labels(l).size(), 0);
        const auto &labelOf = h.labelOfLeaf(l);
        for (std::size_t leaf = 0; leaf < leafRecords.size(); ++leaf)
            groups[labelOf[leaf]] += leafRecords[leaf];
        std::uint64_t count = 0, smallest = std::numeric_limits<std::uint64_t>::max(), below = 0;
        for (const std::uint64_t g : groups) {
            if (!g)
                continue;
            ++count;
            smallest = std::min(smallest, g);
            below += g < m_k ? g : 0;
        }
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        auto cell = [&](int column, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_levels->setItem(row, column, item);
        };
        cell(0, QString::number(l), true);
        cell(1, formatCount(count), true);
        cell(2, count ? formatCount(smallest) : QStringLiteral("–"), true);
        cell(3, formatCount(below), true);
        cell(4, leafRecords.empty() ? QString() : QString::fromStdString(h.label(l, common)),
             false);
    }
    if (outside)
        m_problem->setText(
            tr("%1 records have a value the hierarchy does not hold").arg(formatCount(outside)));
    m_problem->setVisible(outside > 0);
}

} // namespace dijkgraaf
