#pragma once

#include "backgroundjob.h"
#include "search/search.h"
#include "workbench.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QWidget>

#include <atomic>
#include <memory>

namespace dijkgraaf {

// "Find best": searches every transformation in the background, then shows the solution space
// (each transformation a point, risk against loss, satisfying ones in the safe colour), the
// Pareto front as a line and a table, the optimum and the current transformation. A click on a
// point or a row applies that transformation, as an undoable edit.
class SolutionSpaceView : public QWidget
{
    Q_OBJECT
public:
    explicit SolutionSpaceView(Workbench *bench, QWidget *parent = nullptr);
    ~SolutionSpaceView() override;

    void findBest();
    void cancel();
    bool isSearching() const { return m_job.isRunning(); }
    // Applies the transformation of a point of the last search.
    void apply(const std::vector<int> &levels);

    std::shared_ptr<const SearchResult> result() const { return m_result; }
    // Levels and figures of a point, for its tooltip.
    QString describe(const SearchPoint &point) const;
    QPushButton *findButton() const { return m_find; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *riskBox() const { return m_risk; }
    QScatterSeries *satisfiedSeries() const { return m_satisfied; }
    QScatterSeries *failingSeries() const { return m_failing; }
    QLineSeries *frontSeries() const { return m_front; }
    QScatterSeries *currentSeries() const { return m_current; }
    QTableWidget *frontTable() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    QLabel *summary() const { return m_summary; }

    // The chart holds a few thousand points at most: one per cell of a grid over the plot.
    static constexpr int kGridColumns = 120;
    static constexpr int kGridRows = 60;

signals:
    void searchFinished();

private:
    void onFinished(Result<SearchResult> r);
    void showResult();
    void showCurrent();
    void onPointClicked(const QPointF &point);
    const SearchPoint *nearest(const QPointF &point) const;

    Workbench *m_bench;
    QPushButton *m_find;
    QPushButton *m_cancel;
    QComboBox *m_metric;
    QComboBox *m_risk;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QChartView *m_chart;
    QScatterSeries *m_satisfied;
    QScatterSeries *m_failing;
    QScatterSeries *m_optimum;
    QScatterSeries *m_current;
    QLineSeries *m_front;
    QTableWidget *m_table;
    std::shared_ptr<const SearchResult> m_result;
    std::shared_ptr<const AnalysisResult> m_searched; // the analysis whose BaseTable was searched
    std::vector<std::size_t> m_shownPoints;           // points of the result on the chart
    BackgroundJob<Result<SearchResult>> m_job;
};

} // namespace dijkgraaf
