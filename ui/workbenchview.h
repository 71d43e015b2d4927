#pragma once

#include "attributepanel.h"
#include "charts.h"
#include "recordsmodel.h"
#include "solutionspace.h"
#include "workbench.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QWidget>

namespace dijkgraaf {

// The workbench screen: attributes and settings on the left, the risk in the middle, the
// utility on the right, the records below. Every edit re-evaluates in the background; results
// are drawn at most once per frame.
class WorkbenchView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkbenchView(Workbench *bench, QWidget *parent = nullptr);

    Workbench *workbench() const { return m_bench; }
    AttributePanel *attributes() const { return m_attributes; }
    ClassSizeChart *classSizeChart() const { return m_classSizes; }
    LadderChart *ladderChart() const { return m_ladder; }
    LossChart *lossChart() const { return m_loss; }
    DistributionChart *distributionChart() const { return m_distribution; }
    QComboBox *distributionAttribute() const { return m_distributionAttribute; }
    RecordsModel *records() const { return m_records; }
    SolutionSpaceView *solutionSpace() const { return m_solutions; }
    QTabWidget *rightTabs() const { return m_rightTabs; }
    QTableView *recordsView() const { return m_recordsView; }
    QSpinBox *kBox() const { return m_k; }
    QDoubleSpinBox *limitBox() const { return m_limit; }
    QLabel *verdict() const { return m_verdict; }
    QLabel *uniqueCaption() const { return m_uniqueCaption; }
    std::shared_ptr<const AnalysisResult> shownResult() const { return m_shown; }
    // True once the charts show the analysis of the configuration as it is now.
    bool isUpToDate() const;

    void setRecordsMode(RecordsModel::Mode mode);
    // Lets the steward put the quasi-identifiers of the uniqueness ladder in another order.
    void chooseLadderOrder();
    // Draws the workbench's latest analysis (for a view made after it arrived).
    void showLatest();
    // For the policy maker in the room: the risk and utility alone, in larger type.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

    // The verdict in plain words, for the banner, the status bar and the welcome screen.
    static QString verdictText(const AnalysisResult &result, const QString &noun);
    // the configuration's word for the records, or "records"
    static QString recordNoun(const Configuration &config);

signals:
    // The charts now show the analysis of the latest configuration; latencyMs runs from the
    // edit to this moment.
    void resultShown(double latencyMs, double evaluationMs);
    void message(QString text);

private:
    void onAnalysisFinished(std::shared_ptr<const AnalysisResult> result, double latencyMs);
    void redraw();
    void showSettings();
    QWidget *headline(QLabel *&value, const QString &caption, QLabel **captionLabel = nullptr);
    void showNoun(); // the captions in the steward's word for the records

    Workbench *m_bench;
    AttributePanel *m_attributes;
    QSpinBox *m_k;
    QDoubleSpinBox *m_limit;
    QDoubleSpinBox *m_threshold;
    QLabel *m_verdict;
    QLabel *m_uniqueCard;
    QLabel *m_uniqueCaption = nullptr;
    QLabel *m_smallGroupsCaption = nullptr;
    QString m_noun;
    QLabel *m_highestRiskCard;
    QLabel *m_smallGroupsCard;
    ClassSizeChart *m_classSizes;
    LadderChart *m_ladder;
    LossChart *m_loss;
    DistributionChart *m_distribution;
    QComboBox *m_distributionAttribute;
    RecordsModel *m_records;
    SolutionSpaceView *m_solutions;
    QTabWidget *m_rightTabs;
    QTableView *m_recordsView;
    QWidget *m_left = nullptr;
    QWidget *m_recordsBox = nullptr;
    bool m_presentation = false;
    QTimer m_redrawTimer;
    QElapsedTimer m_lastRedraw; // the start of the last redraw
    std::shared_ptr<const AnalysisResult> m_pending;
    std::shared_ptr<const AnalysisResult> m_shown;
    QElapsedTimer m_sinceEdit;
    double m_pendingLatency = 0;
};

} // namespace dijkgraaf
