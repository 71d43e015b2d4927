#include "charts.h"
#include "presentation.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGuiApplication>
#include <QPalette>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace dijkgraaf {

namespace {

// The chart's background, texts, axes and grid in the colours of the application's palette;
// the series keep their own (the one palette of every chart).
void styleChart(QChart *chart)
{
    const QPalette p = QGuiApplication::palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    chart->setBackgroundBrush(base);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    // the bars' value labels stand outside the bars, on the background
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(set->property("valuesHidden").toBool() ? QColor(Qt::transparent)
                                                                           : text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(mix(base, text, 0.15));
        axis->setLinePenColor(mix(base, text, 0.4));
    }
}

// Restyles a chart view's chart whenever the palette changes (light to dark and back).
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange ||
            event->type() == QEvent::ApplicationPaletteChange)
            if (auto *view = qobject_cast<QChartView *>(watched); view && view->chart())
                styleChart(view->chart());
        return false;
    }
};

} // namespace

namespace {
// Runs fit now, and again whenever the chart's plot area changes (a resize, new labels):
// connected once per context, which carries the flag that says so.
template <class Fit>
void fitNowAndOnResize(QChart *chart, QObject *context, const char *flag, const Fit &fit)
{
    fit();
    if (!context->property(flag).toBool()) {
        context->setProperty(flag, true);
        QObject::connect(chart, &QChart::plotAreaChanged, context, fit);
    }
}
} // namespace

void fitTitle(QChartView *view)
{
    QChart *chart = view->chart();
    const auto fit = [view, chart] {
        // the type of the title: the application's, times the "titleScale" a view may set
        // (presentation mode)
        const QVariant scale = chart->property("titleScale");
        const qreal full =
            QGuiApplication::font().pointSizeF() * (scale.isValid() ? scale.toDouble() : 1.0);
        if (full <= 0)
            return; // a font sized in pixels: left as it is
        // QtCharts gives the title the chart's width less its margins, the layout's and the
        // text item's (measured: some 40 px in all)
        const qreal room = view->width() - chart->margins().left() - chart->margins().right() - 40;
        QString title = plainTitle(chart);
        QFont font = chart->titleFont();
        const auto widest = [&font](const QString &text) {
            int w = 0;
            for (const QString &line : text.split(QStringLiteral("<br>")))
                w = std::max(w, QFontMetrics(font).horizontalAdvance(line));
            return w;
        };
        // a little smaller on one line; else on two lines, broken at the space nearest the
        // middle, in the full type and smaller only if a line still does not fit
        const auto shrink = [&](qreal smallest) {
            font.setPointSizeF(full);
            for (qreal step = 0.95; step >= smallest && widest(title) > room; step -= 0.05)
                font.setPointSizeF(full * step);
        };
        shrink(0.85);
        if (widest(title) > room) {
            const qsizetype middle = title.size() / 2;
            const qsizetype before = title.lastIndexOf(QLatin1Char(' '), middle);
            const qsizetype after = title.indexOf(QLatin1Char(' '), middle);
            const qsizetype at = before < 0                                       ? after
                                 : after < 0 || middle - before <= after - middle ? before
                                                                                  : after;
            if (at > 0)
                title = title.left(at) + QStringLiteral("<br>") + title.mid(at + 1);
            shrink(0.75);
        }
        if (chart->titleFont() != font)
            chart->setTitleFont(font);
        if (chart->title() != title)
            chart->setTitle(title);
    };
    fitNowAndOnResize(chart, chart, "fitsTitle", fit);
}

QString plainTitle(const QChart *chart)
{
    return QString(chart->title()).replace(QStringLiteral("<br>"), QStringLiteral(" "));
}

void followPalette(QChartView *view)
{
    if (view->chart())
        styleChart(view->chart());
    if (!view->property("followsPalette").toBool()) {
        view->setProperty("followsPalette", true);
        view->installEventFilter(new PaletteFollower(view));
    }
}

namespace {

// A chart view starts with a chart of its own, which setChart() gives up without deleting.
void adoptChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
    followPalette(view);
    fitTitle(view);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live series: no animations
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // axis numbers in the user's locale, with its thousands separator: 12,500 or 12.500
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

QBarCategoryAxis *categoryAxis(QChart *chart, QAbstractSeries *series, Qt::Alignment where,
                               const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->setTitleText(title);
    chart->addAxis(axis, where);
    series->attachAxis(axis);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, QAbstractSeries *series, Qt::Alignment where,
                      const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, where);
    series->attachAxis(axis);
    return axis;
}

template <class Axis> Axis *axisOf(QChart *chart, Qt::Orientation o)
{
    for (auto *a : chart->axes(o))
        if (auto *axis = qobject_cast<Axis *>(a))
            return axis;
    return nullptr;
}

// The categories of a chart's category axis, replaced only when they differ (a redraw with the
// same names keeps the axis as it is).
void setCategories(QChart *chart, Qt::Orientation o, const QStringList &names)
{
    auto *axis = axisOf<QBarCategoryAxis>(chart, o);
    if (axis && axis->categories() != names) {
        axis->clear();
        axis->append(names);
    }
}

// The most category labels a chart of the workbench's width shows side by side.
constexpr qsizetype kMostSideBySide = 6;

// Category labels that do not fit side by side under the plot: upright in a smaller type, with
// the room they need, so that each keeps its whole name (side by side they were cut to "...").
// Decided from the plot's width and the longest label, again whenever the plot is resized.
void fitCategoryLabels(QChartView *view)
{
    auto *x = axisOf<QBarCategoryAxis>(view->chart(), Qt::Horizontal);
    if (!x)
        return;
    const auto fit = [view, x] {
        const QStringList names = x->categories();
        QFont font = x->labelsFont();
        // the type of the labels: the application's, times the "labelScale" a view may set
        // (presentation mode)
        const QVariant scale = x->property("labelScale");
        font.setPointSizeF(QGuiApplication::font().pointSizeF() *
                           (scale.isValid() ? scale.toDouble() : 1.0));
        const auto longestIn = [&names](const QFont &f) {
            int longest = 0;
            for (const QString &n : names)
                longest = std::max(longest, QFontMetrics(f).horizontalAdvance(n));
            return longest;
        };
        int longest = longestIn(font);
        const qreal plot = view->chart()->plotArea().width();
        const qreal width = plot > 0 ? plot : view->width() - 100.0;
        // QtCharts gives a label the plot's width over the axis's n + 1 ticks, less a padding
        // on each side, and measures it with the text item's margins (about 16 px in all)
        const bool upright = !names.isEmpty() && longest + 16 > width / (names.size() + 1);
        if (upright) {
            font.setPointSizeF(font.pointSizeF() * 0.85);
            longest = longestIn(font);
        }
        if (x->labelsAngle() != (upright ? -90 : 0))
            x->setLabelsAngle(upright ? -90 : 0);
        if (x->labelsFont() != font)
            x->setLabelsFont(font);
        x->setTitleVisible(!upright);
        // upright, the room is the title's (a second line where it is broken in two), a plot
        // worth reading, the labels' and the legend's
        const QLegend *legend = view->chart()->legend();
        const int legendHeight =
            legend->isVisible() ? QFontMetrics(legend->font()).height() + 16 : 0;
        const int secondLine = view->chart()->title().contains(QStringLiteral("<br>"))
                                   ? QFontMetrics(view->chart()->titleFont()).height()
                                   : 0;
        view->setMinimumHeight(upright ? std::max(220, 190 + longest + legendHeight + secondLine)
                                       : 220 + secondLine);
    };
    fitNowAndOnResize(view->chart(), x, "fitsLabels", fit);
}

// The value labels over the bars of two sets side by side: both where every label fits over its
// own bar, else only the last set's, which then has the room of both bars (the first set's
// values stay in the tooltips), so that no two labels run into each other ("100 %100 %").
// Decided from the plot's width and the widest label, again whenever the plot is resized.
void fitBarValueLabels(QChartView *view, QAbstractBarSeries *series)
{
    const auto fit = [view, series] {
        const QList<QBarSet *> sets = series->barSets();
        if (sets.size() < 2 || sets.front()->count() == 0)
            return;
        int widest = 0;
        for (const QBarSet *set : sets) {
            const QFontMetrics metrics(set->labelFont());
            for (int i = 0; i < set->count(); ++i)
                widest = std::max(widest, metrics.horizontalAdvance(
                                              QString::number(set->at(i)) + QStringLiteral(" %")));
        }
        const qreal plot = view->chart()->plotArea().width();
        const qreal width = plot > 0 ? plot : view->width() - 100.0;
        const qreal bar = width / sets.front()->count() * series->barWidth() / sets.size();
        const bool both = widest + 2 <= bar;
        QBarSet *first = sets.front();
        if (first->property("valuesHidden").toBool() != !both) {
            first->setProperty("valuesHidden", !both);
            first->setLabelColor(both ? QGuiApplication::palette().color(QPalette::Text)
                                      : QColor(Qt::transparent));
        }
    };
    fitNowAndOnResize(view->chart(), series, "fitsValueLabels", fit);
}

// A bar set of one colour, its bars and their borders.
QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

// A tooltip on every bar of a chart with its categories along the bottom: its category in full (an
// axis may have to shorten it) and its value.
void tooltipsOnBars(QBarSet *set, QChart *chart)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, chart](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        auto *axis = axisOf<QBarCategoryAxis>(chart, Qt::Horizontal);
        const QString name = axis ? axis->at(index) : QString();
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1 (%2): %3 %")
                               .arg(name, set->label(), formatDecimal(set->at(index), 1)));
    });
}

// Sets all values of a bar set in one go, growing or shrinking it as needed.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i)
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
}

// A nice upper bound for a count axis.
double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= m * p)
            return m * p;
    return 10 * p;
}

} // namespace

// ------------------------------------------------------------------------- class sizes

ClassSizeChart::ClassSizeChart(QWidget *parent) : QChartView(parent)
{
    QChart *chart = newChart(tr("Records by the size of their group"));
    auto *series = new QBarSeries;
    m_input = barSet(tr("Data as it is"), palette::input());
    m_current = barSet(tr("After this transformation"), palette::safe());
    m_current->setSelectedColor(palette::risk());
    series->append(m_input);
    series->append(m_current);
    chart->addSeries(series);
    auto *x = categoryAxis(chart, series, Qt::AlignBottom,
                           tr("Group size: records with the same combination"));
    x->append({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3–4"),
               QStringLiteral("5–9"), QStringLiteral("10–19"), QStringLiteral("20–49"),
               QStringLiteral("50+")});
    auto *y = valueAxis(chart, series, Qt::AlignLeft, tr("Records"));

    m_kLine = new QLineSeries;
    m_kLine->setName(tr("k"));
    QPen pen(palette::highRisk());
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    m_kLine->setPen(pen);
    chart->addSeries(m_kLine);
    auto *lineX = new QValueAxis;
    lineX->setRange(-0.5, 6.5);
    lineX->setVisible(false);
    chart->addAxis(lineX, Qt::AlignBottom);
    m_kLine->attachAxis(lineX);
    m_kLine->attachAxis(y);
    adoptChart(this, chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    fitCategoryLabels(this);
}

void ClassSizeChart::showResult(const AnalysisResult &result)
{
    const Evaluation &ev = result.evaluation;
    QList<qreal> input(7, 0), current(7, 0);
    for (int b = 0; b < 7; ++b) {
        input[b] = static_cast<qreal>(result.inputRecordsByClassSize[static_cast<std::size_t>(b)]);
        current[b] = static_cast<qreal>(ev.keptRecordsByClassSize[static_cast<std::size_t>(b)]);
    }
    setValues(m_input, input);
    setValues(m_current, current);
    m_current->deselectAllBars();
    const std::uint64_t k = ev.settings.k;
    for (int b = 0; b < 7; ++b)
        if (kClassSizeBandStarts[static_cast<std::size_t>(b)] < k)
            m_current->selectBar(b);
    m_current->setLabel(
        ev.suppressedRecords > 0
            ? tr("After this transformation (%1 suppressed)").arg(formatCount(ev.suppressedRecords))
            : tr("After this transformation"));

    const double top = niceMax(std::max(*std::max_element(input.begin(), input.end()),
                                        *std::max_element(current.begin(), current.end())));
    double lineTop = top;
    if (auto *y = axisOf<QValueAxis>(chart(), Qt::Vertical)) {
        y->setRange(0, top);
        y->applyNiceNumbers();
        lineTop = y->max();
    }
    // k falls in band b: the line stands where its class sizes begin
    QList<QPointF> line;
    if (k > 1) {
        const int b = classSizeBand(k);
        const double start = static_cast<double>(kClassSizeBandStarts[static_cast<std::size_t>(b)]);
        const double width =
            b + 1 < 7
                ? static_cast<double>(kClassSizeBandStarts[static_cast<std::size_t>(b + 1)]) - start
                : 1.0;
        const double x = b - 0.5 + std::min(1.0, (static_cast<double>(k) - start) / width);
        line = {QPointF(x, 0), QPointF(x, lineTop)};
    }
    m_kLine->replace(line);
    m_kLine->setVisible(k > 1);
    m_kLine->setName(tr("k = %1").arg(k));
    fitCategoryLabels(this); // again: a view may have changed the labels' scale
}

// ------------------------------------------------------------------------- ladder

void LadderChart::setNoun(const QString &plural)
{
    chart()->setTitle(tr("Share of %1 that are unique as attributes are combined").arg(plural));
    fitTitle(this);
}

LadderChart::LadderChart(QWidget *parent) : QChartView(parent)
{
    QChart *chart = newChart(QString());
    auto *series = new QBarSeries;
    // before and after, as in the chart of group sizes: the data as it is, and the chosen
    // levels (generalized, before suppression), following the sliders
    m_shares = barSet(tr("Data as it is"), palette::input());
    m_sharesAt = barSet(tr("At the chosen levels"), palette::risk());
    series->append(m_shares);
    series->append(m_sharesAt);
    tooltipsOnBars(m_shares, chart);
    tooltipsOnBars(m_sharesAt, chart);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    categoryAxis(chart, series, Qt::AlignBottom, tr("Quasi-identifiers, added one by one"));
    auto *y = valueAxis(chart, series, Qt::AlignLeft, tr("Unique (%)"));
    // room above 100 % for the bars' labels, ticks up to 100 only
    y->setRange(0, 112);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(25);
    adoptChart(this, chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void LadderChart::showResult(const AnalysisResult &result)
{
    QStringList names;
    QList<qreal> shares, sharesAt;
    // many attributes: upright names without the "+ " (the title says they are added one by
    // one), so that each keeps its whole name
    const bool upright = qsizetype(result.ladder.size()) > kMostSideBySide;
    for (std::size_t j = 0; j < result.ladder.size(); ++j) {
        const QString name = attributeCaption(result.ladder[j].attribute, m_plain);
        names << (j == 0 || upright ? name : QStringLiteral("+ ") + name);
        shares << std::round(result.ladder[j].uniqueShare * 1000.0) / 10.0;
        sharesAt << (j < result.ladderAt.size()
                         ? std::round(result.ladderAt[j].uniqueShare * 1000.0) / 10.0
                         : 0.0);
    }
    setCategories(chart(), Qt::Horizontal, names);
    setValues(m_shares, shares);
    setValues(m_sharesAt, sharesAt);
    fitCategoryLabels(this);
    fitBarValueLabels(this, static_cast<QAbstractBarSeries *>(chart()->series().front()));
}

QStringList LadderChart::categories() const
{
    auto *x = axisOf<QBarCategoryAxis>(chart(), Qt::Horizontal);
    return x ? x->categories() : QStringList();
}

// ------------------------------------------------------------------------- loss

LossChart::LossChart(QWidget *parent) : QChartView(parent)
{
    QChart *chart = newChart(tr("Information lost"));
    auto *series = new QBarSeries;
    m_losses = barSet(tr("Loss"), palette::safe());
    series->append(m_losses);
    tooltipsOnBars(m_losses, chart);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    chart->legend()->hide();
    categoryAxis(chart, series, Qt::AlignBottom, QString());
    auto *y = valueAxis(chart, series, Qt::AlignLeft, tr("Lost (%)"));
    y->setRange(0, 100);
    adoptChart(this, chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void LossChart::showResult(const AnalysisResult &result)
{
    QStringList names;
    QList<qreal> values;
    for (std::size_t q = 0; q < result.qiNames.size(); ++q) {
        names << attributeCaption(result.qiNames[q], m_plain);
        values << std::round(result.evaluation.lossPerQi[q] * 1000.0) / 10.0;
    }
    names << tr("overall");
    values << std::round(result.evaluation.utility.loss * 1000.0) / 10.0;
    setCategories(chart(), Qt::Horizontal, names);
    setValues(m_losses, values);
    fitCategoryLabels(this);
}

QStringList LossChart::categories() const
{
    auto *x = axisOf<QBarCategoryAxis>(chart(), Qt::Horizontal);
    return x ? x->categories() : QStringList();
}

// ------------------------------------------------------------------------- distribution

DistributionChart::DistributionChart(QWidget *parent) : QChartView(parent)
{
    QChart *chart = newChart(tr("Distribution"));
    auto *series = new QHorizontalBarSeries;
    m_before = barSet(tr("In the data"), palette::input());
    m_after = barSet(tr("Published (after suppression)"), palette::safe());
    series->append(m_before);
    series->append(m_after);
    chart->addSeries(series);
    categoryAxis(chart, series, Qt::AlignLeft, QString());
    valueAxis(chart, series, Qt::AlignBottom, tr("Records"));
    adoptChart(this, chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    // as many values as fit, again whenever the plot's height changes
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        if (std::abs(area.height() - m_laidOutFor) >= 1) {
            m_laidOutFor = area.height();
            showValues();
        }
    });
}

void DistributionChart::showResult(const AnalysisResult &result, std::size_t qi)
{
    if (qi >= result.qiNames.size())
        return;
    const BaseTable &table = *result.baseTable;
    const Hierarchy &h = table.hierarchy(qi);
    const int level = result.evaluation.levels[qi];
    const auto &labelOf = h.labelOfLeaf(level);
    const auto leafRecords = table.leafRecords(qi);

    // all records per label come from the leaves; the published ones from the kept combinations
    std::vector<double> all(h.labelCount(level), 0.0), kept(h.labelCount(level), 0.0);
    std::size_t presentBefore = 0;
    for (std::size_t leaf = 0; leaf < leafRecords.size(); ++leaf) {
        all[labelOf[leaf]] += static_cast<double>(leafRecords[leaf]);
        presentBefore += leafRecords[leaf] > 0 ? 1 : 0;
    }
    // published = all, less the suppressed: the combinations are visited only when some are
    kept = all;
    if (result.evaluation.suppressedRecords > 0) {
        const auto leaves = table.leaves(qi);
        const auto counts = table.counts();
        for (std::size_t c = 0; c < table.size(); ++c)
            if (!result.keptCombinations[c])
                kept[labelOf[leaves[c]]] -= counts[c];
    }
    const auto presentAfter = static_cast<std::size_t>(
        std::count_if(all.begin(), all.end(), [](double v) { return v > 0; }));

    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return all[a] > all[b]; });
    m_names.clear();
    m_valuesBefore.clear();
    m_valuesAfter.clear();
    m_present = 0;
    for (std::size_t i = 0; i < order.size() && all[order[i]] > 0; ++i) {
        ++m_present;
        if (m_names.size() < kShownValues) {
            const QString label = QString::fromStdString(h.labels(level)[order[i]]);
            m_names << (label.isEmpty() ? tr("(missing)") : label);
            m_valuesBefore << all[order[i]];
            m_valuesAfter << kept[order[i]];
        }
    }
    m_title = tr("%1: %2 values in the data, %3 after generalization")
                  .arg(attributeCaption(result.qiNames[qi], m_plain), formatCount(presentBefore),
                       formatCount(presentAfter));
    showValues();
}

void DistributionChart::showValues()
{
    // QtCharts gives a label of a vertical category axis the plot's height over the n + 1
    // ticks, less a padding of 4 px above and below, and measures it with the text item's
    // margins (4 px above and below)
    auto *y = axisOf<QBarCategoryAxis>(chart(), Qt::Vertical);
    const qreal plot = chart()->plotArea().height();
    const qreal height = plot > 0 ? plot : this->height() - 120.0;
    const int label = QFontMetrics(y ? y->labelsFont() : font()).height() + 16;
    const auto fitting = static_cast<qsizetype>(std::max(3.0, std::floor(height / label) - 1));
    const qsizetype n = std::min(fitting, m_names.size());
    // a horizontal chart draws its first category at the bottom: the most frequent goes on top
    QStringList names = m_names.mid(0, n);
    QList<qreal> before = m_valuesBefore.mid(0, n), after = m_valuesAfter.mid(0, n);
    std::reverse(names.begin(), names.end());
    std::reverse(before.begin(), before.end());
    std::reverse(after.begin(), after.end());
    setCategories(chart(), Qt::Vertical, names);
    setValues(m_before, before);
    setValues(m_after, after);
    if (auto *x = axisOf<QValueAxis>(chart(), Qt::Horizontal))
        x->setRange(
            0, niceMax(before.isEmpty() ? 1.0 : *std::max_element(before.begin(), before.end())));
    chart()->setTitle(static_cast<std::size_t>(n) < m_present
                          ? tr("%1 (the %2 most frequent shown)").arg(m_title).arg(n)
                          : m_title);
    fitTitle(this);
}

QStringList DistributionChart::categories() const
{
    return axisOf<QBarCategoryAxis>(chart(), Qt::Vertical)->categories();
}

} // namespace dijkgraaf
