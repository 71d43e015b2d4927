#pragma once

#include "backgroundjob.h"
#include "publish/approval.h"
#include "workbench.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace dijkgraaf {

// The Publish view's approval: who approves and why, the approval itself off the GUI thread
// (the audit and the files, with its progress and a Stop button), the export of what was
// approved, and the history of approvals.
class ApprovalPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ApprovalPanel(Workbench *bench, QWidget *parent = nullptr);

    // Whether the design can be approved as far as the preview knows (it computed without an
    // error); the panel enables its buttons accordingly.
    void setDesigned(bool designed);
    // The approvals of the workbench, in the history table.
    void showHistory();
    // The buttons and the state line from the workbench's approvals and the fields.
    void refresh();

    // Approves the current design (name and note from the fields); approvalFinished tells the
    // outcome (a refusal also in the panel and as a message).
    void approve();
    bool isApproving() const { return m_approval.isRunning(); }
    // Writes the latest approval into folder; with force existing files are replaced.
    Result<std::vector<std::string>> exportTo(const QString &folder, bool force);
    // Whether an export opens the report in the browser (off in tests).
    void setOpenReport(bool on) { m_openReport = on; }
    // Files an approval adds beyond the engine's (the PDF report), handed in by the program
    void setExtraFiles(ExtraFiles files) { m_extraFiles = std::move(files); }

    QLineEdit *approverName() const { return m_approver; }
    QLineEdit *approvalNote() const { return m_note; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *stopApprovalButton() const { return m_stopApproval; }
    QProgressBar *approvalProgress() const { return m_approvalProgress; }
    QTableWidget *historyTable() const { return m_history; }

signals:
    void approvalFinished(bool approved);
    void message(QString text);

private:
    void onApproval(Result<Approval> approval);
    void exportInteractively();

    Workbench *m_bench;
    bool m_designed = false;
    bool m_openReport = true;
    ExtraFiles m_extraFiles;
    QLineEdit *m_approver;
    QLineEdit *m_note;
    QPushButton *m_approve;
    QPushButton *m_export;
    QPushButton *m_stopApproval;
    QProgressBar *m_approvalProgress;
    QLabel *m_approvalState;
    QTableWidget *m_history;
    BackgroundJob<Result<Approval>> m_approval;
};

} // namespace dijkgraaf
