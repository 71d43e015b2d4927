#include "solutionspace.h"
#include "errortext.h"
#include "charts.h"
#include "presentation.h"

#include <QChart>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <set>

namespace dijkgraaf {

SolutionSpaceView::SolutionSpaceView(Workbench *bench, QWidget *parent)
    : QWidget(parent), m_bench(bench),
      m_job(
          this, [this](Result<SearchResult> r) { onFinished(std::move(r)); },
          [this](double share, qint64) { m_progress->setValue(static_cast<int>(share * 1000)); })
{
    m_find = new QPushButton(tr("&Find best"), this);
    m_find->setToolTip(
        tr("Search every transformation for the least loss that satisfies k-anonymity with the "
           "suppression limit"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Loss"), static_cast<int>(UtilityMetric::Loss));
    m_metric->addItem(tr("Precision loss"), static_cast<int>(UtilityMetric::PrecisionLoss));
    m_metric->addItem(tr("Discernibility"), static_cast<int>(UtilityMetric::Discernibility));
    m_metric->addItem(tr("Non-uniform entropy"), static_cast<int>(UtilityMetric::NuEntropy));
    m_metric->setAccessibleName(tr("Utility measure"));
    m_risk = new QComboBox(this);
    m_risk->addItem(tr("Highest risk"), static_cast<int>(RiskMetric::ProsecutorMax));
    m_risk->addItem(tr("Records at risk"), static_cast<int>(RiskMetric::RecordsAtRisk));
    m_risk->addItem(tr("Global risk"), static_cast<int>(RiskMetric::GlobalRisk));
    m_risk->setAccessibleName(tr("Risk measure"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_summary = new QLabel(
        tr("Find the transformation with the least loss that satisfies the privacy model."), this);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // room for the longest summary (three lines), so that the chart below does not move when
    // "Searching…" gives way to the result
    m_summary->setMinimumHeight(3 * m_summary->fontMetrics().lineSpacing());

    auto *chart = new QChart;
    chart->setTitle(tr("Every transformation: risk against loss"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_failing = new QScatterSeries;
    m_failing->setName(tr("Does not satisfy"));
    m_failing->setColor(palette::suppressed());
    m_failing->setBorderColor(palette::suppressed());
    m_failing->setMarkerSize(5);
    m_satisfied = new QScatterSeries;
    m_satisfied->setName(tr("Satisfies"));
    m_satisfied->setColor(palette::safeLight());
    m_satisfied->setBorderColor(palette::safeLight());
    m_satisfied->setMarkerSize(6);
    m_front = new QLineSeries;
    m_front->setName(tr("Pareto front"));
    QPen frontPen(palette::safe());
    frontPen.setWidth(2);
    m_front->setPen(frontPen);
    m_optimum = new QScatterSeries;
    m_optimum->setName(tr("Best"));
    m_optimum->setColor(palette::safe());
    m_optimum->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_optimum->setMarkerSize(12);
    m_current = new QScatterSeries;
    m_current->setName(tr("Current"));
    m_current->setColor(palette::highRisk());
    m_current->setMarkerSize(12);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Loss"));
    x->setRange(0, 1);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Risk"));
    y->setRange(0, 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_failing, m_satisfied, m_front,
                                                           m_optimum, m_current}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chart = new QChartView(chart, this);
    followPalette(m_chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(280);
    for (QScatterSeries *s : {m_satisfied, m_failing, m_optimum}) {
        connect(s, &QScatterSeries::clicked, this, &SolutionSpaceView::onPointClicked);
        // hover: the levels and figures of the point
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            if (const SearchPoint *p = nearest(point))
                QToolTip::showText(QCursor::pos(), describe(*p), m_chart);
        });
    }

    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Pareto front"));
    // one click on a row of the front applies it, as a click on a point does; Enter too
    const auto applyRow = [this](int row, int) {
        if (m_result && row >= 0 && static_cast<std::size_t>(row) < m_result->front.size())
            apply(m_result->points[m_result->front[static_cast<std::size_t>(row)]].levels);
    };
    connect(m_table, &QTableWidget::cellClicked, this, applyRow);
    connect(m_table, &QTableWidget::cellActivated, this, applyRow);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_find);
    controls->addWidget(new QLabel(tr("least"), this));
    controls->addWidget(m_metric);
    controls->addWidget(new QLabel(tr("front by"), this));
    controls->addWidget(m_risk);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_cancel);
    // the progress bar and Stop keep their room while hidden: a search that starts or ends
    // moves nothing
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);

    connect(m_find, &QPushButton::clicked, this, &SolutionSpaceView::findBest);
    connect(m_cancel, &QPushButton::clicked, this, &SolutionSpaceView::cancel);
    connect(bench, &Workbench::analysisFinished, this, &SolutionSpaceView::showCurrent);
}

SolutionSpaceView::~SolutionSpaceView() = default;

void SolutionSpaceView::findBest()
{
    if (m_job.isRunning())
        return;
    const auto analysis = m_bench->latestResult();
    if (!analysis || analysis->qiColumns.empty()) {
        m_summary->setText(tr("Choose quasi-identifiers first."));
        return;
    }
    m_searched = analysis;
    SearchSettings s;
    s.privacy = m_bench->configuration().privacy;
    s.metric = static_cast<UtilityMetric>(m_metric->currentData().toInt());
    s.risk = static_cast<RiskMetric>(m_risk->currentData().toInt());
    s.timeLimitSeconds = 60;
    auto table = analysis->baseTable; // shared: the search only reads it
    m_find->setEnabled(false);
    m_cancel->show();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Searching…"));
    m_job.run([table, s](JobControl &control) {
        SearchSettings settings = s;
        settings.cancel = &control.cancelled;
        settings.progress = [&control](double d) { control.progress = d; };
        return findOptimum(*table, settings);
    });
}

void SolutionSpaceView::cancel()
{
    m_job.cancel();
}

void SolutionSpaceView::onFinished(Result<SearchResult> r)
{
    m_progress->hide();
    m_cancel->hide();
    m_find->setEnabled(true);
    if (!r.ok()) {
        m_summary->setText(r.error().cancelled ? tr("The search was cancelled.")
                                               : errorText(r.error()));
        emit searchFinished();
        return;
    }
    m_result = std::make_shared<const SearchResult>(std::move(r.value()));
    showResult();
    emit searchFinished();
}

void SolutionSpaceView::showResult()
{
    const SearchResult &r = *m_result;
    const AnalysisResult &a = *m_searched;
    // one point per grid cell, the satisfying ones first so that they are never hidden
    QList<QPointF> satisfied, failing;
    m_shownPoints.clear();
    std::set<std::pair<int, int>> taken;
    double maxRisk = 0;
    for (const auto &p : r.points)
        maxRisk = std::max(maxRisk, p.risk);
    const double riskScale = maxRisk > 0 ? maxRisk : 1.0;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < r.points.size(); ++i) {
            const SearchPoint &p = r.points[i];
            if (p.satisfied != (pass == 0))
                continue;
            const std::pair<int, int> cell{static_cast<int>(p.utility * kGridColumns),
                                           static_cast<int>(p.risk / riskScale * kGridRows)};
            if (!taken.insert(cell).second)
                continue;
            (p.satisfied ? satisfied : failing) << QPointF(p.utility, p.risk);
            m_shownPoints.push_back(i);
        }
    }
    m_satisfied->replace(satisfied);
    m_failing->replace(failing);
    QList<QPointF> front;
    for (std::size_t i : r.front)
        front << QPointF(r.points[i].utility, r.points[i].risk);
    m_front->replace(front);
    m_optimum->replace(
        r.found ? QList<QPointF>{QPointF(
                      r.optimumValue,
                      riskOf(r.optimum, static_cast<RiskMetric>(m_risk->currentData().toInt())))}
                : QList<QPointF>{});
    if (auto *y = qobject_cast<QValueAxis *>(m_chart->chart()->axes(Qt::Vertical).value(0))) {
        y->setRange(0, riskScale);
        y->applyNiceNumbers();
    }
    const QString metric = m_metric->currentText().toLower();
    if (r.found) {
        QStringList levels;
        for (std::size_t q = 0; q < a.qiNames.size(); ++q)
            levels << QStringLiteral("%1 %2")
                          .arg(QString::fromStdString(a.qiNames[q]))
                          .arg(r.optimum.levels[q]);
        m_summary->setText(
            tr("%1 of %2 transformations evaluated in %3 s. %4: %5 %6 (%7), %8 suppressed.")
                .arg(formatCount(r.evaluated), QLocale().toString(r.latticeSize, 'g', 6),
                     QLocale().toString(r.seconds, 'f', 2),
                     r.provenOptimal ? tr("The best, proven")
                     : r.heuristic   ? tr("The best found (heuristic)")
                                     : tr("The best found"),
                     metric, formatDecimal(r.optimumValue), levels.join(QStringLiteral(", ")),
                     formatPercent(r.optimum.utility.suppressionRate)));
    } else {
        m_summary->setText(tr("No transformation satisfies the privacy model: lower k or raise the "
                              "suppression limit."));
    }
    // the front as a table: figures, then a level per quasi-identifier
    m_table->clear();
    QStringList headers{m_metric->currentText(), m_risk->currentText(), tr("Satisfies")};
    for (const auto &n : a.qiNames)
        headers << QString::fromStdString(n);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(r.front.size()));
    for (std::size_t row = 0; row < r.front.size(); ++row) {
        const SearchPoint &p = r.points[r.front[row]];
        const int rr = static_cast<int>(row);
        m_table->setItem(rr, 0, new QTableWidgetItem(formatDecimal(p.utility)));
        m_table->setItem(rr, 1, new QTableWidgetItem(formatDecimal(p.risk, 4)));
        m_table->setItem(rr, 2, new QTableWidgetItem(p.satisfied ? tr("yes") : tr("no")));
        for (std::size_t q = 0; q < p.levels.size(); ++q)
            m_table->setItem(rr, 3 + static_cast<int>(q),
                             new QTableWidgetItem(QString::number(p.levels[q])));
    }
    m_table->resizeColumnsToContents();
    showCurrent();
}

void SolutionSpaceView::showCurrent()
{
    if (!m_result || !m_searched)
        return;
    const Configuration &c = m_bench->configuration();
    if (c.quasiIdentifiers() != m_searched->qiColumns) {
        m_current->clear();
        return;
    }
    std::vector<int> levels;
    for (auto q : c.quasiIdentifiers())
        levels.push_back(c.attributes[q].level);
    for (const auto &p : m_result->points) {
        if (p.levels == levels) {
            m_current->replace(QList<QPointF>{QPointF(p.utility, p.risk)});
            return;
        }
    }
    m_current->clear();
}

const SearchPoint *SolutionSpaceView::nearest(const QPointF &point) const
{
    if (!m_result)
        return nullptr;
    // the nearest shown point, in the chart's proportions
    const auto *y = qobject_cast<QValueAxis *>(m_chart->chart()->axes(Qt::Vertical).value(0));
    const double riskSpan = y ? y->max() - y->min() : 1.0;
    double best = INFINITY;
    const SearchPoint *found = nullptr;
    for (std::size_t i : m_shownPoints) {
        const SearchPoint &p = m_result->points[i];
        const double d =
            std::pow(p.utility - point.x(), 2) + std::pow((p.risk - point.y()) / riskSpan, 2);
        if (d < best) {
            best = d;
            found = &p;
        }
    }
    return found;
}

QString SolutionSpaceView::describe(const SearchPoint &p) const
{
    QStringList levels;
    for (std::size_t q = 0; q < m_searched->qiNames.size() && q < p.levels.size(); ++q)
        levels << QStringLiteral("%1 %2")
                      .arg(QString::fromStdString(m_searched->qiNames[q]))
                      .arg(p.levels[q]);
    return tr("%1: %2, %3: %4, %5\n%6")
        .arg(m_metric->currentText(), formatDecimal(p.utility), m_risk->currentText(),
             formatDecimal(p.risk, 4),
             p.satisfied ? tr("satisfies the model") : tr("does not satisfy the model"),
             levels.join(QStringLiteral(", ")));
}

void SolutionSpaceView::onPointClicked(const QPointF &point)
{
    if (const SearchPoint *p = nearest(point))
        apply(p->levels);
}

void SolutionSpaceView::apply(const std::vector<int> &levels)
{
    if (!m_searched || m_bench->configuration().quasiIdentifiers() != m_searched->qiColumns)
        return;
    std::vector<std::pair<std::size_t, int>> edits;
    for (std::size_t q = 0; q < m_searched->qiColumns.size(); ++q)
        edits.push_back({m_searched->qiColumns[q], levels[q]});
    m_bench->setLevels(edits, tr("Apply a transformation from the solution space"));
}

} // namespace dijkgraaf
