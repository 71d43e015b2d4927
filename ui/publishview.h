#pragma once

#include "approvalpanel.h"
#include "backgroundjob.h"
#include "crosstablemodel.h"
#include "protectioneditor.h"
#include "publish/approval.h"
#include "releasemodel.h"
#include "tabledesigner.h"
#include "workbench.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace dijkgraaf {

// Publish: design the tables (dimensions, measures, margins), choose their protection (table
// rules or differential privacy), preview every cell with its state and the summary, approve
// with name and note, and export exactly the approved release.
class PublishView : public QWidget
{
    Q_OBJECT
public:
    explicit PublishView(Workbench *bench, QWidget *parent = nullptr);
    ~PublishView() override;

    // for tests and the keyboard
    QListWidget *tableList() const { return m_tables; }
    QComboBox *catalogueProfileBox() const { return m_profile; }
    QComboBox *reportLanguageBox() const { return m_language; }
    QLineEdit *publisherUriEdit() const { return m_publisherUri; }
    QLineEdit *themesEdit() const { return m_themes; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *metadataProblemLabel() const { return m_metadataProblem; }
    QLineEdit *tableName() const { return m_name; }
    TableDesigner *tableDesigner() const { return m_designer; }
    QTableWidget *dimensionTable() const { return m_designer->dimensionTable(); }
    QTableWidget *measureTable() const { return m_designer->measureTable(); }
    QCheckBox *marginsBox() const { return m_designer->marginsBox(); }
    ProtectionEditor *protectionEditor() const { return m_protectionEditor; }
    QComboBox *methodBox() const { return m_protectionEditor->methodBox(); }
    QSpinBox *thresholdBox() const { return m_protectionEditor->thresholdBox(); }
    QComboBox *mechanismBox() const { return m_protectionEditor->mechanismBox(); }
    QDoubleSpinBox *privacyBox() const { return m_protectionEditor->privacyBox(); }
    QTableView *previewView() const { return m_preview; }
    ReleaseModel *previewModel() const { return m_model; }
    // the preview as a cross-table (the default), and how it is laid out: which dimension
    // across, or the list of cells; which figure in the cells
    CrossTableModel *crossTableModel() const { return m_cross; }
    QComboBox *previewShapeBox() const { return m_shape; }
    QComboBox *previewFigureBox() const { return m_figure; }
    QLabel *summaryLabel() const { return m_summary; }
    ApprovalPanel *approvalPanel() const { return m_approvalPanel; }
    QLineEdit *approverName() const { return m_approvalPanel->approverName(); }
    QLineEdit *approvalNote() const { return m_approvalPanel->approvalNote(); }
    QPushButton *approveButton() const { return m_approvalPanel->approveButton(); }
    QPushButton *exportButton() const { return m_approvalPanel->exportButton(); }
    QTableWidget *historyTable() const { return m_approvalPanel->historyTable(); }
    QLineEdit *titleEdit() const { return m_title; }

    // The protected tables of the current design, as previewed (noise in a preview is a
    // draw of its own, never released).
    std::shared_ptr<const ComputedRelease> preview() const { return m_previewResult; }
    QString previewError() const { return m_previewError; }
    bool isPreviewUpToDate() const;
    void addTable();
    void removeTable();
    // Approves the current design off the GUI thread (see ApprovalPanel); approvalFinished
    // tells the outcome.
    void approve() { m_approvalPanel->approve(); }
    bool isApproving() const { return m_approvalPanel->isApproving(); }
    QPushButton *stopApprovalButton() const { return m_approvalPanel->stopApprovalButton(); }
    // Writes the latest approval into folder; with force existing files are replaced.
    Result<std::vector<std::string>> exportTo(const QString &folder, bool force)
    {
        return m_approvalPanel->exportTo(folder, force);
    }
    // Whether an export opens the report in the browser (off in tests).
    void setOpenReport(bool on) { m_approvalPanel->setOpenReport(on); }
    // declares the categories of a dimension of the current table (one undo step)
    void declareDomain(const std::string &column, const DeclaredDomain &domain);
    // the same through the dialog
    void declareInteractively(const std::string &column);
    // Files an approval adds beyond the engine's (the PDF report), handed in by the program
    void setExtraFiles(ExtraFiles files) { m_approvalPanel->setExtraFiles(std::move(files)); }
    // Raises the data source's privacy budget to rho, an approval of its own recorded in the
    // privacy ledger with the name and note; empty, or why it was refused
    QString raiseBudget(double rho, const QString &name, const QString &note);
    // the same through a dialog
    void raiseBudgetInteractively();
    QPushButton *raiseBudgetButton() const { return m_raiseBudget; }
    QLabel *budgetLabel() const { return m_budget; }

signals:
    void previewShown();
    void approvalFinished(bool approved);
    void message(QString text);

private:
    void rebuild();        // the widgets from the workbench's publication
    void showTable(int i); // the design widgets of one table
    void edit(const std::function<void(Publication &)> &change, const QString &text,
              int mergeId = -1);
    void editTable(const std::function<void(PublishedTable &)> &change, const QString &text,
                   int mergeId = -1);
    void requestPreview();
    void onPreview(Result<ComputedRelease> result);
    void showEvent(QShowEvent *event) override;
    void showPreview();
    void showShape(const std::shared_ptr<const Release> &release); // cross-table or list
    void updateApproval();

    Workbench *m_bench;
    bool m_updating = false;
    int m_current = 0;

    QListWidget *m_tables;
    QLineEdit *m_name;
    TableDesigner *m_designer;
    ProtectionEditor *m_protectionEditor;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QComboBox *m_licence;
    QLineEdit *m_description;
    QLineEdit *m_contact;
    QLineEdit *m_period; // "2026-03-02 – 2026-03-08"
    QLineEdit *m_spatial;
    // the catalogue entry: its profile, the release's web address, the publisher's IRI, the
    // themes (IRIs), and what stops the metadata from being catalogued
    QComboBox *m_language; // of the report
    QComboBox *m_profile;
    QLineEdit *m_baseUrl;
    QLineEdit *m_publisherUri;
    QLineEdit *m_themes;
    QLabel *m_metadataProblem;
    QLineEdit *m_dataset;
    QDoubleSpinBox *m_rhoBudget;
    QLabel *m_budget;
    QPushButton *m_raiseBudget = nullptr;

    QComboBox *m_previewTable;
    QLabel *m_summary;
    QTableView *m_preview;
    ReleaseModel *m_model;
    CrossTableModel *m_cross;
    QLabel *m_legend;           // what the marks of the preview mean
    QComboBox *m_shape;         // a dimension across (its index), or the list of cells (-2)
    QComboBox *m_figure;        // records, people, a measure
    std::string m_acrossColumn; // the steward's choice across, kept while the table has it
    bool m_asList = false;
    ApprovalPanel *m_approvalPanel;

    QTimer m_previewTimer;
    int m_generation = 0;
    int m_requested = 0;
    bool m_previewWaits = false; // a design changed while the view was hidden
    // the project's earlier releases as the audit takes them, for the data of m_earlierSha
    std::shared_ptr<const Result<std::vector<EarlierRelease>>> m_earlier;
    std::string m_earlierSha;
    int m_shownGeneration = -1;
    std::shared_ptr<const ComputedRelease> m_previewResult;
    QString m_previewError;
    BackgroundJob<Result<ComputedRelease>> m_previewJob;
};

} // namespace dijkgraaf
