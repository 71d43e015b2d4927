#include "approvalpanel.h"
#include "errortext.h"

#include "presentation.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QUrl>
#include <QVBoxLayout>

namespace dijkgraaf {

ApprovalPanel::ApprovalPanel(Workbench *bench, QWidget *parent)
    : QGroupBox(tr("Approval"), parent), m_bench(bench),
      m_approval(
          this, [this](Result<Approval> r) { onApproval(std::move(r)); },
          [this](double share, qint64) {
              m_approvalProgress->setValue(static_cast<int>(100 * share));
          })
{
    auto *approvalLayout = new QVBoxLayout(this);
    auto *approvalForm = new QFormLayout;
    m_approver = new QLineEdit(this);
    m_approver->setPlaceholderText(tr("Your name"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why this release, what was checked"));
    approvalForm->addRow(tr("Approved by"), m_approver);
    approvalForm->addRow(tr("Note"), m_note);
    approvalLayout->addLayout(approvalForm);
    auto *approvalButtons = new QHBoxLayout;
    m_approve = new QPushButton(tr("A&pprove"), this);
    m_export = new QPushButton(tr("&Export…"), this);
    m_stopApproval = new QPushButton(tr("Stop"), this);
    m_stopApproval->setToolTip(tr("Stop the approval: nothing is recorded"));
    m_stopApproval->hide();
    m_approvalProgress = new QProgressBar(this);
    m_approvalProgress->setRange(0, 100);
    m_approvalProgress->setAccessibleName(tr("Progress of the approval"));
    m_approvalProgress->hide();
    approvalButtons->addWidget(m_approve);
    approvalButtons->addWidget(m_export);
    approvalButtons->addWidget(m_approvalProgress, 1);
    approvalButtons->addWidget(m_stopApproval);
    approvalButtons->addStretch();
    approvalLayout->addLayout(approvalButtons);
    m_approvalState = new QLabel(this);
    m_approvalState->setWordWrap(true);
    approvalLayout->addWidget(m_approvalState);
    m_history = new QTableWidget(0, 5, this);
    m_history->setHorizontalHeaderLabels(
        {tr("Approved"), tr("By"), tr("Note"), tr("Epsilon"), tr("Rho")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setMaximumHeight(110);
    approvalLayout->addWidget(m_history);

    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_stopApproval, &QPushButton::clicked, this, [this] { m_approval.cancel(); });
    connect(m_export, &QPushButton::clicked, this, &ApprovalPanel::exportInteractively);
    connect(m_approver, &QLineEdit::textChanged, this, &ApprovalPanel::refresh);
}

void ApprovalPanel::setDesigned(bool designed)
{
    m_designed = designed;
    refresh();
}

void ApprovalPanel::showHistory()
{
    m_history->setRowCount(static_cast<int>(m_bench->approvals().size()));
    for (std::size_t i = 0; i < m_bench->approvals().size(); ++i) {
        const Approval &a = m_bench->approvals()[i];
        const QStringList row{QString::fromStdString(a.time).replace('T', ' ').remove('Z'),
                              QString::fromStdString(a.name), QString::fromStdString(a.note),
                              QLocale().toString(a.epsilon, 'f', 3),
                              QLocale().toString(a.rho, 'f', 3)};
        for (int c = 0; c < row.size(); ++c)
            m_history->setItem(static_cast<int>(i), c, new QTableWidgetItem(row[c]));
    }
    refresh();
}

void ApprovalPanel::refresh()
{
    const std::vector<Approval> &approvals = m_bench->approvals();
    const bool named = !m_approver->text().trimmed().isEmpty();
    const bool designed = !m_bench->publication().tables.empty() && m_designed;
    const bool approving = m_approval.isRunning();
    m_approve->setEnabled(named && designed && !approving);
    m_approve->setToolTip(named ? QString() : tr("Type your name to approve"));
    // the configuration as JSON only where there is an approval to compare it with (a file
    // of 100,000 columns takes a fifth of a second)
    bool current = false;
    if (!approvals.empty()) {
        const Project project = m_bench->project();
        current = approvals.back().configurationSha256 ==
                  configurationSha256(project.configuration, project.publication);
    }
    m_export->setEnabled(current && !approving);
    if (approving)
        return; // the panel says how far the approval is
    if (approvals.empty())
        m_approvalState->setText(tr("Nothing is approved yet. Approving records your name, the "
                                    "time, the configuration and the data's fingerprint, and "
                                    "spends the privacy budget of noisy tables."));
    else if (current)
        m_approvalState->setText(
            tr("This design was approved by %1 on %2: it can be exported.")
                .arg(QString::fromStdString(approvals.back().name),
                     QString::fromStdString(approvals.back().time).replace('T', ' ').remove('Z')));
    else
        m_approvalState->setText(tr("The design changed since the last approval: approve it "
                                    "again before exporting."));
}

void ApprovalPanel::approve()
{
    if (m_approval.isRunning())
        return;
    Project project = m_bench->project();
    ApprovalRequest request;
    request.name = m_approver->text().trimmed().toStdString();
    request.note = m_note->text().trimmed().toStdString();
    request.inputSha256 = m_bench->sourceSha256();
    request.extraFiles = m_extraFiles;
    auto data = m_bench->sharedData();
    const Configuration config = m_bench->configuration();
    const Publication publication = m_bench->publication();
    // the audit can take a while on a large table: it shows how far it is and can be stopped
    // (a stopped audit refuses the approval; nothing is recorded)
    m_approve->setEnabled(false);
    m_export->setEnabled(false);
    m_approvalProgress->setValue(0);
    m_approvalProgress->show();
    m_stopApproval->show();
    m_approvalState->setText(
        tr("Approving: auditing the release against an attacker who knows everything "
           "published, then writing its files…"));
    m_approval.run([project, request, data, config,
                    publication](JobControl &control) mutable -> Result<Approval> {
        request.audit.progress = [&control](double share) {
            control.progress = share;
            return !control.cancelled;
        };
        return approveRelease(project, *data, config, publication, request);
    });
}

void ApprovalPanel::onApproval(Result<Approval> approval)
{
    m_approvalProgress->hide();
    m_stopApproval->hide();
    if (!approval) {
        refresh();
        const QString why = errorText(approval.error());
        m_approvalState->setText(tr("<span style='color:%1'>Refused: %2</span>")
                                     .arg(palette::errorText().name(), why.toHtmlEscaped()));
        emit message(tr("The release was refused: %1").arg(why));
        emit approvalFinished(false);
        return;
    }
    m_bench->addApproval(*approval);
    refresh();
    emit message(tr("Approved by %1").arg(QString::fromStdString(approval->name)));
    emit approvalFinished(true);
}

Result<std::vector<std::string>> ApprovalPanel::exportTo(const QString &folder, bool force)
{
    WriteOptions options;
    options.force = force;
    auto written =
        publishApproved(m_bench->project(), m_bench->sourceSha256(), folder.toStdString(), options);
    if (written && m_openReport)
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("report.html"))));
    if (written)
        emit message(tr("Exported %1 files to %2").arg(written->size()).arg(folder));
    return written;
}

void ApprovalPanel::exportInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the release to"));
    if (folder.isEmpty())
        return;
    auto written = exportTo(folder, false);
    if (!written && !written.error().cancelled &&
        written.error().message.find("already holds") != std::string::npos) {
        if (QMessageBox::question(
                this, tr("Replace the files?"),
                tr("%1 already holds files of a release. Replace them?").arg(folder)) !=
            QMessageBox::Yes)
            return;
        written = exportTo(folder, true);
    }
    if (!written)
        QMessageBox::warning(this, tr("Cannot export"),
                             errorText(written.error()));
}

} // namespace dijkgraaf
