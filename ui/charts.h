#pragma once

#include "analysis/analysissession.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>

#include <memory>

namespace dijkgraaf {

// Gives a chart view's chart the colours of the application's palette, now and whenever the
// palette changes (dark mode); every chart of the workbench is shown through it.
void followPalette(QChartView *view);
// The chart's title in the application's type, smaller (down to three quarters) where it is
// wider than the chart, so that QtCharts does not cut it ("... worden ..."); again on every
// resize, and where a view calls it after a new title.
void fitTitle(QChartView *view);
// A chart's title as it was set, on one line (fitTitle may have broken it in two).
QString plainTitle(const QChart *chart);

// Records by equivalence-class size, the input and the current transformation side by side;
// bands below k are drawn in the risk colours, and a dashed line marks k.
class ClassSizeChart : public QChartView
{
    Q_OBJECT
public:
    explicit ClassSizeChart(QWidget *parent = nullptr);
    void showResult(const AnalysisResult &result);

    QBarSet *inputSet() const { return m_input; }
    QBarSet *currentSet() const { return m_current; }
    QLineSeries *kLine() const { return m_kLine; }

private:
    QBarSet *m_input;
    QBarSet *m_current;
    QLineSeries *m_kLine;
};

// The uniqueness ladder: the share of unique records as quasi-identifiers are added.
class LadderChart : public QChartView
{
    Q_OBJECT
public:
    explicit LadderChart(QWidget *parent = nullptr);
    void showResult(const AnalysisResult &result);
    QBarSet *shares() const { return m_shares; }     // the data as it is
    QBarSet *sharesAt() const { return m_sharesAt; } // at the chosen levels
    QStringList categories() const;

    // captions in words instead of raw column names (presentation mode); shown from the next
    // result on
    void setPlainNames(bool on) { m_plain = on; }
    // the title in the steward's word for the records
    void setNoun(const QString &plural);

private:
    QBarSet *m_shares;
    QBarSet *m_sharesAt;
    bool m_plain = false;
};

// Information loss per quasi-identifier and overall.
class LossChart : public QChartView
{
    Q_OBJECT
public:
    explicit LossChart(QWidget *parent = nullptr);
    void showResult(const AnalysisResult &result);
    QBarSet *losses() const { return m_losses; }
    QStringList categories() const;

    // captions in words instead of raw column names (presentation mode); shown from the next
    // result on
    void setPlainNames(bool on) { m_plain = on; }

private:
    QBarSet *m_losses;
    bool m_plain = false;
};

// The distribution of one quasi-identifier at its current level: records per generalized value
// (the most frequent; the rest together), as in the data and as published after suppression,
// with the number of distinct values before and after generalization.
class DistributionChart : public QChartView
{
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    void showResult(const AnalysisResult &result, std::size_t qi);
    QBarSet *before() const { return m_before; }
    QBarSet *after() const { return m_after; }
    QStringList categories() const;

    static constexpr int kShownValues = 10;

    // captions in words instead of raw column names (presentation mode); shown from the next
    // result on
    void setPlainNames(bool on) { m_plain = on; }

private:
    // as many of the most frequent values as the plot's height gives a readable label (QtCharts
    // cuts a label that is higher than its share of the axis to "..."), from the result shown
    void showValues();

    QBarSet *m_before;
    QBarSet *m_after;
    bool m_plain = false;
    // the most frequent values of the result shown, most frequent first, and its title
    QStringList m_names;
    QList<qreal> m_valuesBefore, m_valuesAfter;
    std::size_t m_present = 0; // values with records
    QString m_title;
    qreal m_laidOutFor = -1; // the plot height the values were chosen for
};

} // namespace dijkgraaf
