#include "workbenchview.h"
#include "presentation.h"

#include <algorithm>

#include <QAbstractAxis>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dijkgraaf {

namespace {
constexpr int kFrameMs = 16;
}

QString WorkbenchView::recordNoun(const Configuration &config)
{
    return config.recordNoun.empty() ? tr("records") : QString::fromStdString(config.recordNoun);
}

QString WorkbenchView::verdictText(const AnalysisResult &r, const QString &noun)
{
    const Evaluation &ev = r.evaluation;
    const double n = static_cast<double>(ev.records);
    if (r.qiColumns.empty())
        return tr("No quasi-identifiers chosen yet: mark the attributes that others could know "
                  "about the people in the data.");
    const QString unique =
        tr("%1 of %2 are unique in the data as it is")
            .arg(formatPercent(n > 0 ? static_cast<double>(r.input.sampleUniques) / n : 0), noun);
    const QString k = formatCount(ev.settings.k);
    if (!ev.satisfied) {
        return tr("%1; after this transformation %2 %4 are still in a group smaller than %3, "
                  "more than the suppression limit allows.")
            .arg(unique, formatCount(ev.recordsBelowK), k, noun);
    }
    if (ev.settings.k <= 1)
        return tr("%1; after this transformation %2 are.")
            .arg(unique, formatPercent(n > 0 ? ev.risk.sampleUniques / n : 0));
    if (ev.suppressedRecords > 0)
        return tr("%1; after this transformation no one is in a group smaller than %2 (%3 %5, "
                  "%4, are suppressed).")
            .arg(unique, k, formatCount(ev.suppressedRecords),
                 formatPercent(ev.utility.suppressionRate), noun);
    return tr("%1; after this transformation no one is in a group smaller than %2.").arg(unique, k);
}

QWidget *WorkbenchView::headline(QLabel *&value, const QString &caption, QLabel **captionLabel)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    value = new QLabel(card);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *text = new QLabel(caption, card);
    text->setWordWrap(true);
    if (captionLabel)
        *captionLabel = text;
    layout->addWidget(value);
    layout->addWidget(text);
    return card;
}

WorkbenchView::WorkbenchView(Workbench *bench, QWidget *parent) : QWidget(parent), m_bench(bench)
{
    // left: settings and attributes
    auto *settings = new QGroupBox(tr("Privacy model"), this);
    auto *form = new QFormLayout(settings);
    m_k = new QSpinBox(settings);
    m_k->setRange(1, 1000000);
    m_k->setToolTip(tr("Every published record shares the values of the quasi-identifiers with "
                       "at least k - 1 others"));
    m_k->setAccessibleName(tr("k"));
    m_limit = new QDoubleSpinBox(settings);
    m_limit->setRange(0, 100);
    m_limit->setDecimals(1);
    m_limit->setSingleStep(0.5);
    m_limit->setSuffix(QStringLiteral(" %"));
    m_limit->setToolTip(tr("The share of records that may be left out to reach k"));
    m_limit->setAccessibleName(tr("Suppression limit"));
    m_threshold = new QDoubleSpinBox(settings);
    m_threshold->setRange(0.01, 1);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.05);
    m_threshold->setToolTip(tr("A record is at risk when its risk (1 / group size) is above this"));
    m_threshold->setAccessibleName(tr("Risk threshold"));
    form->addRow(tr("&k (smallest group)"), m_k);
    form->addRow(tr("&Suppression limit"), m_limit);
    form->addRow(tr("Risk &threshold"), m_threshold);
    connect(m_k, &QSpinBox::valueChanged, this, [this](int k) {
        if (m_bench->configuration().privacy.k != static_cast<std::uint64_t>(k))
            m_bench->setK(static_cast<std::uint64_t>(k));
    });
    connect(m_limit, &QDoubleSpinBox::valueChanged, this, [this](double pct) {
        if (std::abs(m_bench->configuration().privacy.suppressionLimit * 100 - pct) > 1e-9)
            m_bench->setSuppressionLimit(pct / 100.0);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        if (std::abs(m_bench->configuration().privacy.riskThreshold - t) > 1e-9)
            m_bench->setRiskThreshold(t);
    });

    m_attributes = new AttributePanel(bench, this);
    auto *attributeScroll = new QScrollArea(this);
    attributeScroll->setWidget(m_attributes);
    attributeScroll->setWidgetResizable(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settings);
    leftLayout->addWidget(attributeScroll, 1);

    // middle: risk
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    m_verdict->setFont(verdictFont);
    m_verdict->setAccessibleName(tr("Verdict"));
    auto *cards = new QHBoxLayout;
    cards->addWidget(headline(m_uniqueCard, QString(), &m_uniqueCaption));
    cards->addWidget(headline(m_highestRiskCard, tr("highest chance to single someone out")));
    cards->addWidget(headline(m_smallGroupsCard, QString(), &m_smallGroupsCaption));
    m_classSizes = new ClassSizeChart(this);
    m_ladder = new LadderChart(this);
    showNoun();
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(cards);
    middleLayout->addWidget(m_classSizes, 1);
    auto *ladderBar = new QHBoxLayout;
    ladderBar->addStretch(1);
    auto *order = new QPushButton(tr("Ladder &order…"), this);
    order->setToolTip(tr("The order in which the ladder adds the quasi-identifiers"));
    connect(order, &QPushButton::clicked, this, &WorkbenchView::chooseLadderOrder);
    ladderBar->addWidget(order);
    middleLayout->addLayout(ladderBar);
    middleLayout->addWidget(m_ladder, 1);

    // right: utility
    m_loss = new LossChart(this);
    m_distributionAttribute = new QComboBox(this);
    m_distributionAttribute->setAccessibleName(tr("Attribute of the distribution"));
    m_distribution = new DistributionChart(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_loss, 2);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Distribution of"), this));
    pick->addWidget(m_distributionAttribute, 1);
    rightLayout->addLayout(pick);
    rightLayout->addWidget(m_distribution, 3);
    connect(m_distributionAttribute, &QComboBox::activated, this, [this] {
        if (m_shown)
            m_distribution->showResult(*m_shown, static_cast<std::size_t>(std::max(
                                                     0, m_distributionAttribute->currentIndex())));
    });

    // below: the records
    m_records = new RecordsModel(bench->sharedData(), this);
    m_recordsView = new QTableView(this);
    // the sizes before the model: set afterwards, they visit each of a million rows
    m_recordsView->verticalHeader()->setDefaultSectionSize(m_recordsView->fontMetrics().height() +
                                                           6);
    m_recordsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_recordsView->horizontalHeader()->setDefaultSectionSize(120);
    m_recordsView->setModel(m_records);
    // each column as wide as its header ("customer_number (after)" was cut at 120 px), from
    // the headers alone: sizing to the contents would read every row
    const auto fitColumns = [this] {
        QHeaderView *header = m_recordsView->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int c = 0; c < m_records->columnCount(); ++c) {
            const QString text = m_records->headerData(c, Qt::Horizontal).toString();
            header->resizeSection(c, std::max(120, metrics.horizontalAdvance(text) + 24));
        }
    };
    fitColumns();
    connect(m_records, &QAbstractItemModel::modelReset, this, fitColumns);
    m_recordsView->setAlternatingRowColors(true);
    m_recordsView->setAccessibleName(tr("Records"));
    auto *modes = new QHBoxLayout;
    auto *modeGroup = new QButtonGroup(this);
    int id = 0;
    for (const QString &text : {tr("&Before"), tr("&After"), tr("Side &by side")}) {
        auto *b = new QRadioButton(text, this);
        modeGroup->addButton(b, id++);
        modes->addWidget(b);
    }
    modes->addStretch(1);
    modeGroup->button(2)->setChecked(true);
    connect(modeGroup, &QButtonGroup::idClicked, this,
            [this](int mode) { setRecordsMode(static_cast<RecordsModel::Mode>(mode)); });
    auto *recordsBox = new QWidget(this);
    auto *recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addLayout(modes);
    recordsLayout->addWidget(m_recordsView);

    m_solutions = new SolutionSpaceView(bench, this);
    m_rightTabs = new QTabWidget(this);
    m_rightTabs->addTab(right, tr("&Utility"));
    m_rightTabs->addTab(m_solutions, tr("Solution &space"));
    connect(m_solutions->findButton(), &QPushButton::clicked, this,
            [this] { m_rightTabs->setCurrentWidget(m_solutions); });

    m_left = left;
    m_recordsBox = recordsBox;
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(middle);
    columns->addWidget(m_rightTabs);
    columns->setSizes({560, 520, 480});
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(columns);
    rows->addWidget(recordsBox);
    rows->setSizes({720, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(rows, 1);

    m_redrawTimer.setSingleShot(true);
    connect(&m_redrawTimer, &QTimer::timeout, this, &WorkbenchView::redraw);
    connect(bench, &Workbench::analysisFinished, this, &WorkbenchView::onAnalysisFinished);
    connect(bench, &Workbench::analysisFailed, this,
            [this](const QString &message, const QString &column) {
                emit this->message(column.isEmpty() ? message : tr("%1: %2").arg(column, message));
            });
    connect(bench, &Workbench::configurationChanged, this, [this] {
        m_attributes->showConfiguration();
        showSettings();
        showNoun();
    });
    showSettings();
    m_verdict->setText(tr("Analysing…"));
}

void WorkbenchView::showSettings()
{
    const PrivacySettings &p = m_bench->configuration().privacy;
    QSignalBlocker a(m_k), b(m_limit), c(m_threshold);
    m_k->setValue(static_cast<int>(std::min<std::uint64_t>(p.k, 1000000)));
    m_limit->setValue(p.suppressionLimit * 100.0);
    m_threshold->setValue(p.riskThreshold);
}

void WorkbenchView::chooseLadderOrder()
{
    if (!m_shown || m_shown->ladder.empty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Order of the uniqueness ladder"));
    auto *list = new QListWidget(&dialog);
    list->setDragDropMode(QAbstractItemView::InternalMove);
    for (const auto &step : m_shown->ladder)
        list->addItem(QString::fromStdString(step.attribute));
    list->setCurrentRow(0);
    auto *up = new QPushButton(tr("Move &up"), &dialog);
    auto *down = new QPushButton(tr("Move &down"), &dialog);
    auto move = [list](int by) {
        const int row = list->currentRow();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= list->count())
            return;
        list->insertItem(to, list->takeItem(row));
        list->setCurrentRow(to);
    };
    connect(up, &QPushButton::clicked, &dialog, [move] { move(-1); });
    connect(down, &QPushButton::clicked, &dialog, [move] { move(1); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        tr("The ladder adds the attributes from top to bottom; drag them, or use the buttons."),
        &dialog));
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog.setObjectName(QStringLiteral("ladderOrder"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<std::string> names;
    for (int i = 0; i < list->count(); ++i)
        names.push_back(list->item(i)->text().toStdString());
    m_bench->setLadderOrder(names);
}

bool WorkbenchView::isUpToDate() const
{
    if (!m_shown)
        return false;
    const Configuration &c = m_bench->configuration();
    const auto qis = c.quasiIdentifiers();
    if (m_shown->qiColumns != qis || !(m_shown->evaluation.settings == c.privacy))
        return false;
    for (std::size_t q = 0; q < qis.size(); ++q)
        if (m_shown->evaluation.levels[q] != c.attributes[qis[q]].level ||
            !(m_shown->hierarchySpecs[q] == c.attributes[qis[q]].hierarchy))
            return false;
    return true;
}

void WorkbenchView::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_left->setVisible(!on);
    m_recordsBox->setVisible(!on);
    // one view for the audience: the charts of the current transformation, without tabs
    if (on)
        m_rightTabs->setCurrentIndex(0);
    m_rightTabs->tabBar()->setVisible(!on);
    m_ladder->setPlainNames(on);
    m_loss->setPlainNames(on);
    m_distribution->setPlainNames(on);
    const double scale = on ? 1.25 : 1.0 / 1.25;
    auto grow = [scale](QFont f) {
        f.setPointSizeF(f.pointSizeF() * scale);
        return f;
    };
    for (QLabel *label : {m_verdict, m_uniqueCard, m_highestRiskCard, m_smallGroupsCard})
        label->setFont(grow(label->font()));
    for (QChartView *view : findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        if (chart->property("fitsTitle").toBool()) {
            chart->setProperty("titleScale", on ? 1.25 : 1.0);
            fitTitle(view);
        } else {
            chart->setTitleFont(grow(chart->titleFont()));
        }
        chart->legend()->setFont(grow(chart->legend()->font()));
        for (QAbstractAxis *axis : chart->axes()) {
            // labels that are fitted to their room are grown by the fitting, at the next result
            if (axis->property("fitsLabels").toBool())
                axis->setProperty("labelScale", on ? 1.25 : 1.0);
            else
                axis->setLabelsFont(grow(axis->labelsFont()));
            axis->setTitleFont(grow(axis->titleFont()));
        }
    }
    showLatest(); // again, with the captions of the mode
}

void WorkbenchView::showLatest()
{
    if (auto latest = m_bench->latestResult())
        onAnalysisFinished(latest, 0);
}

void WorkbenchView::setRecordsMode(RecordsModel::Mode mode)
{
    m_records->setMode(mode);
}

void WorkbenchView::onAnalysisFinished(std::shared_ptr<const AnalysisResult> result,
                                       double latencyMs)
{
    m_pending = std::move(result);
    m_pendingLatency = latencyMs;
    m_sinceEdit.start();
    // at most one redraw a frame: a result right away where the last redraw is a frame ago,
    // else at the frame's end, together with whatever else comes in before it
    if (!m_redrawTimer.isActive()) {
        const qint64 since = m_lastRedraw.isValid() ? m_lastRedraw.elapsed() : kFrameMs;
        m_redrawTimer.start(static_cast<int>(std::max<qint64>(0, kFrameMs - since)));
    }
}

void WorkbenchView::showNoun()
{
    const QString noun = recordNoun(m_bench->configuration());
    if (noun == m_noun)
        return;
    m_noun = noun;
    m_uniqueCaption->setText(tr("of %1 are unique after this transformation").arg(noun));
    m_smallGroupsCaption->setText(
        tr("%1 in groups smaller than the risk threshold allows").arg(noun));
    m_ladder->setNoun(noun);
    if (m_shown)
        m_verdict->setText(verdictText(*m_shown, noun));
}

void WorkbenchView::redraw()
{
    if (!m_pending)
        return;
    m_lastRedraw.start();
    const std::vector<std::size_t> previousQis =
        m_shown ? m_shown->qiColumns : std::vector<std::size_t>();
    m_shown = std::move(m_pending);
    const AnalysisResult &r = *m_shown;
    const Evaluation &ev = r.evaluation;
    showNoun();
    m_verdict->setText(verdictText(r, recordNoun(m_bench->configuration())));
    const double kept = static_cast<double>(ev.records - ev.suppressedRecords);
    m_uniqueCard->setText(
        formatPercent(kept > 0 ? static_cast<double>(ev.risk.sampleUniques) / kept : 0));
    m_highestRiskCard->setText(ev.risk.minClassSize > 0
                                   ? tr("1 in %1").arg(formatCount(ev.risk.minClassSize))
                                   : QStringLiteral("–"));
    m_smallGroupsCard->setText(
        formatCount(static_cast<std::uint64_t>(std::llround(ev.risk.recordsAtRisk * kept))));
    m_attributes->showResult(r);
    m_classSizes->showResult(r);
    m_ladder->showResult(r);
    m_loss->showResult(r);
    QStringList names;
    for (const auto &n : r.qiNames)
        names << attributeCaption(n, m_presentation);
    const int currentIndex = m_distributionAttribute->currentIndex();
    const QString current = m_distributionAttribute->currentText();
    // the same attributes under other captions (presentation mode) keep the chosen one
    const bool recaptioned =
        m_distributionAttribute->count() == names.size() && previousQis == r.qiColumns;
    if (m_distributionAttribute->count() != names.size() || [&] {
            for (int i = 0; i < names.size(); ++i)
                if (m_distributionAttribute->itemText(i) != names[i])
                    return true;
            return false;
        }()) {
        QSignalBlocker block(m_distributionAttribute);
        m_distributionAttribute->clear();
        m_distributionAttribute->addItems(names);
        m_distributionAttribute->setCurrentIndex(
            recaptioned ? currentIndex : std::max(0, static_cast<int>(names.indexOf(current))));
    }
    if (!names.isEmpty())
        m_distribution->showResult(
            r, static_cast<std::size_t>(std::max(0, m_distributionAttribute->currentIndex())));
    m_records->setAnalysis(m_bench->configuration(), m_shown);
    m_recordsView->verticalHeader()->viewport()->update(); // the marks of suppressed records
    emit resultShown(m_pendingLatency + static_cast<double>(m_sinceEdit.nsecsElapsed()) / 1e6,
                     r.evaluationMs);
}

} // namespace dijkgraaf
