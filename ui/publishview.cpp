#include "publishview.h"
#include "errortext.h"

#include "publish/catalogue.h"

#include <functional>

#include "domaindialog.h"

#include "numberboxes.h"
#include "presentation.h"
#include "publish/approval.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace dijkgraaf {

// ---------------------------------------------------------------- the view

namespace {

enum Merge { NameEdit = 1, ThresholdEdit, PrivacyEdit, ProtectionEdit, MetadataEdit, BudgetEdit };

} // namespace

PublishView::PublishView(Workbench *bench, QWidget *parent)
    : QWidget(parent), m_bench(bench),
      m_previewJob(
          this, [this](Result<ComputedRelease> r) { onPreview(std::move(r)); },
          [this](double share, qint64) {
              // the audit tells how far it is
              if (share > 0 && m_requested == m_generation)
                  m_summary->setText(tr("Auditing the hidden cells against an attacker: "
                                        "%1 % of the figures settled")
                                         .arg(QLocale().toString(100 * share, 'f', 0)));
          })
{
    // ---- design (left)
    auto *design = new QWidget(this);
    auto *designLayout = new QVBoxLayout(design);

    auto *tablesBox = new QGroupBox(tr("Tables"), design);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    m_tables = new QListWidget(tablesBox);
    m_tables->setMaximumHeight(90);
    auto *tableButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add table"), tablesBox);
    add->setObjectName(QStringLiteral("addTable"));
    auto *remove = new QPushButton(tr("Remove"), tablesBox);
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch();
    m_name = new QLineEdit(tablesBox);
    m_name->setPlaceholderText(tr("Name of the table"));
    tablesLayout->addWidget(m_tables);
    tablesLayout->addLayout(tableButtons);
    tablesLayout->addWidget(m_name);

    m_designer = new TableDesigner(m_bench, design);
    connect(m_designer, &TableDesigner::edited, this,
            [this](const std::function<void(PublishedTable &)> &change, const QString &text) {
                editTable(change, text);
            });
    connect(m_designer, &TableDesigner::declareRequested, this,
            [this](const QString &column) { declareInteractively(column.toStdString()); });

    m_protectionEditor = new ProtectionEditor(design);
    connect(m_protectionEditor, &ProtectionEditor::edited, this,
            [this](const std::function<void(ProtectionSettings &)> &change, const QString &text,
                   ProtectionEditor::Part part) {
                editTable([&](PublishedTable &t) { change(t.protection); }, text,
                          part == ProtectionEditor::Part::Method  ? -1
                          : part == ProtectionEditor::Part::Noise ? PrivacyEdit
                                                                  : ProtectionEdit);
            });

    auto *releaseBox = new QGroupBox(tr("Release"), design);
    auto *releaseForm = new QFormLayout(releaseBox);
    m_title = new QLineEdit(releaseBox);
    m_publisher = new QLineEdit(releaseBox);
    m_description = new QLineEdit(releaseBox);
    m_contact = new QLineEdit(releaseBox);
    m_contact->setPlaceholderText(tr("e-mail address for questions"));
    m_period = new QLineEdit(releaseBox);
    m_period->setPlaceholderText(tr("2026-01-01 – 2026-03-31"));
    m_spatial = new QLineEdit(releaseBox);
    m_spatial->setPlaceholderText(tr("Netherlands"));
    m_licence = new QComboBox(releaseBox);
    m_licence->addItems(
        {QStringLiteral("CC-BY-4.0"), QStringLiteral("CC0-1.0"), QStringLiteral("ODbL-1.0")});
    m_language = new QComboBox(releaseBox);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setToolTip(tr("The language of the report and of the catalogue entry's texts"));
    m_profile = new QComboBox(releaseBox);
    m_profile->addItem(tr("DCAT-AP 3.0.1 (European data portals)"), QStringLiteral("dcat-ap"));
    m_profile->addItem(tr("DCAT-AP-DONL (data.overheid.nl)"), QStringLiteral("dcat-ap-donl"));
    m_profile->setToolTip(tr("The profile the catalogue entry (dcat.jsonld) follows. DCAT-AP-DONL "
                             "adds what data.overheid.nl requires: the publisher's IRI from its "
                             "list of organisations, a theme of the policy agenda, a contact "
                             "address and a description."));
    m_baseUrl = new QLineEdit(releaseBox);
    m_baseUrl->setPlaceholderText(tr("https://… where the files will be put (optional)"));
    m_baseUrl->setToolTip(tr("The web address of the folder the release will be published in. "
                             "Without one, the catalogue's addresses are relative to dcat.jsonld."));
    m_publisherUri = new QLineEdit(releaseBox);
    m_publisherUri->setPlaceholderText(tr("https://… the publisher's IRI (optional)"));
    m_themes = new QLineEdit(releaseBox);
    m_themes->setPlaceholderText(tr("IRIs of themes, separated by spaces (optional)"));
    m_metadataProblem = new QLabel(releaseBox);
    m_metadataProblem->setWordWrap(true);
    m_metadataProblem->setObjectName(QStringLiteral("metadataProblem"));
    m_metadataProblem->setStyleSheet(QStringLiteral("color: %1").arg(palette::errorText().name()));
    m_metadataProblem->hide();
    m_dataset = new QLineEdit(releaseBox);
    m_dataset->setPlaceholderText(tr("the data file's checksum"));
    m_dataset->setToolTip(tr("The name of the data source: every project and release on the same "
                             "data draws from one privacy budget, kept in the privacy ledger. "
                             "Give the name a refreshed file keeps, so that it shares the budget."));
    m_rhoBudget = doubleBox(0, 1000, 3, 0.1, releaseBox);
    m_rhoBudget->setToolTip(tr("The budget the first release with noise declares for the data "
                               "source, in rho (zCDP; noise at epsilon spends epsilon squared / 2). "
                               "Raising it later is an approval of its own (dijkgraaf budget)."));
    m_budget = new QLabel(releaseBox);
    m_budget->setWordWrap(true);
    m_raiseBudget = new QPushButton(tr("Raise the budget…"), releaseBox);
    m_raiseBudget->setToolTip(tr("Raise the privacy budget of this data source: an approval of its "
                                 "own, recorded with your name, the time and why, and listed in "
                                 "every later report"));
    connect(m_raiseBudget, &QPushButton::clicked, this, &PublishView::raiseBudgetInteractively);
    releaseForm->addRow(tr("Title"), m_title);
    releaseForm->addRow(tr("Publisher"), m_publisher);
    releaseForm->addRow(tr("Description"), m_description);
    releaseForm->addRow(tr("Contact"), m_contact);
    releaseForm->addRow(tr("Period"), m_period);
    releaseForm->addRow(tr("Area"), m_spatial);
    releaseForm->addRow(tr("Licence"), m_licence);
    releaseForm->addRow(tr("Language"), m_language);
    releaseForm->addRow(tr("Catalogue"), m_profile);
    releaseForm->addRow(tr("Web address"), m_baseUrl);
    releaseForm->addRow(tr("Publisher IRI"), m_publisherUri);
    releaseForm->addRow(tr("Themes"), m_themes);
    releaseForm->addRow(m_metadataProblem);
    releaseForm->addRow(tr("Data source"), m_dataset);
    releaseForm->addRow(tr("Budget (rho)"), m_rhoBudget);
    releaseForm->addRow(m_budget);
    releaseForm->addRow(QString(), m_raiseBudget);

    designLayout->addWidget(tablesBox);
    designLayout->addWidget(m_designer, 1);
    designLayout->addWidget(m_protectionEditor);
    designLayout->addWidget(releaseBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(design);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(430);

    // ---- preview and approval (right)
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *previewHead = new QHBoxLayout;
    m_previewTable = new QComboBox(right);
    previewHead->addWidget(new QLabel(tr("<b>Preview</b> of"), right));
    previewHead->addWidget(m_previewTable, 1);
    m_shape = new QComboBox(right);
    m_shape->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shape->setToolTip(tr("Which dimension runs across the preview, or every cell as a list "
                           "with its state"));
    previewHead->addWidget(m_shape);
    m_figure = new QComboBox(right);
    m_figure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_figure->setToolTip(tr("The figure shown in each cell of the cross-table"));
    previewHead->addWidget(m_figure);
    rightLayout->addLayout(previewHead);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_summary);
    m_preview = new QTableView(right);
    m_model = new ReleaseModel(m_preview);
    m_cross = new CrossTableModel(m_preview);
    m_preview->setModel(m_cross);
    m_preview->setAlternatingRowColors(false);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_preview, 1);
    m_legend = new QLabel(right);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_legend);

    m_approvalPanel = new ApprovalPanel(m_bench, right);
    rightLayout->addWidget(m_approvalPanel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // ---- wiring: every edit of the design is one undoable step
    connect(add, &QPushButton::clicked, this, &PublishView::addTable);
    connect(remove, &QPushButton::clicked, this, &PublishView::removeTable);
    connect(m_tables, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating || row < 0)
            return;
        showTable(row);
        m_previewTable->setCurrentIndex(row);
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const std::string name = m_name->text().trimmed().toStdString();
        if (name.empty())
            return;
        editTable([&](PublishedTable &t) { t.spec.name = name; }, tr("Rename table"), NameEdit);
    });
    for (auto [edit, field] : {std::pair{m_title, &ReleaseMetadata::title},
                               std::pair{m_publisher, &ReleaseMetadata::publisher},
                               std::pair{m_description, &ReleaseMetadata::description},
                               std::pair{m_contact, &ReleaseMetadata::contactEmail},
                               std::pair{m_spatial, &ReleaseMetadata::spatial},
                               std::pair{m_baseUrl, &ReleaseMetadata::baseUrl},
                               std::pair{m_publisherUri, &ReleaseMetadata::publisherUri}}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit = edit, field = field] {
            const std::string v = edit->text().trimmed().toStdString();
            this->edit([&](Publication &p) { p.metadata.*field = v; }, tr("Describe the release"),
                       MetadataEdit);
        });
    }
    connect(m_themes, &QLineEdit::editingFinished, this, [this] {
        std::vector<std::string> themes;
        for (const QString &t : m_themes->text().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                     Qt::SkipEmptyParts))
            themes.push_back(t.toStdString());
        edit([&](Publication &p) { p.metadata.themes = themes; }, tr("Describe the release"), MetadataEdit);
    });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const std::string language = m_language->itemData(index).toString().toStdString();
        edit(
            [&](Publication &p) {
                p.metadata.language = language;
                for (PublishedTable &t : p.tables) // names that follow the dimensions follow
                    if (hasAutomaticName(t.spec))  //  the report's language too
                        t.spec.name = automaticTableName(t.spec, language);
            },
            tr("Choose the report's language"), MetadataEdit);
    });
    connect(m_profile, &QComboBox::activated, this, [this](int index) {
        const std::string profile = m_profile->itemData(index).toString().toStdString();
        edit([&](Publication &p) { p.metadata.profile = profile; }, tr("Choose the catalogue profile"),
             MetadataEdit);
    });
    connect(m_period, &QLineEdit::editingFinished, this, [this] {
        // two ISO dates, in any separator: the first and the last day covered
        static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
        std::vector<std::string> found;
        for (auto it = date.globalMatch(m_period->text()); it.hasNext();)
            found.push_back(it.next().captured().toStdString());
        edit(
            [&](Publication &p) {
                p.metadata.temporalStart = found.empty() ? std::string() : found.front();
                p.metadata.temporalEnd = found.size() < 2 ? p.metadata.temporalStart : found[1];
            },
            tr("Describe the release"), MetadataEdit);
    });
    connect(m_licence, &QComboBox::currentTextChanged, this, [this](const QString &l) {
        static const std::map<QString, std::string> urls{
            {QStringLiteral("CC-BY-4.0"), "https://creativecommons.org/licenses/by/4.0/"},
            {QStringLiteral("CC0-1.0"), "https://creativecommons.org/publicdomain/zero/1.0/"},
            {QStringLiteral("ODbL-1.0"), "https://opendatacommons.org/licenses/odbl/1-0/"}};
        edit(
            [&](Publication &p) {
                p.metadata.licence = l.toStdString();
                p.metadata.licenceUrl = urls.at(l);
            },
            tr("Choose the licence"));
    });
    connect(m_dataset, &QLineEdit::editingFinished, this, [this] {
        const std::string v = m_dataset->text().trimmed().toStdString();
        if (v != m_bench->publication().dataset)
            edit([&](Publication &p) { p.dataset = v; }, tr("Name the data source"));
    });
    connect(m_rhoBudget, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([&](Publication &p) { p.rhoBudget = v; }, tr("Set the privacy budget"), BudgetEdit);
    });
    connect(m_previewTable, &QComboBox::currentIndexChanged, this, [this] { showPreview(); });
    connect(m_shape, &QComboBox::activated, this, [this] {
        const int d = m_shape->currentData().toInt();
        m_asList = d == -2;
        const Release *r = m_cross->release();
        if (r && d >= 0 && static_cast<std::size_t>(d) < r->dimensionColumns.size())
            m_acrossColumn = r->dimensionColumns[static_cast<std::size_t>(d)];
        showPreview();
    });
    connect(m_figure, &QComboBox::activated, this, [this] { showPreview(); });
    connect(m_approvalPanel, &ApprovalPanel::message, this, &PublishView::message);
    connect(m_approvalPanel, &ApprovalPanel::approvalFinished, this,
            &PublishView::approvalFinished);

    connect(m_bench, &Workbench::publicationChanged, this, [this] {
        rebuild();
        requestPreview();
    });
    connect(m_bench, &Workbench::configurationChanged, this, [this] {
        rebuild();
        requestPreview();
    });
    // the levels offered for each dimension come from the analysis' hierarchies: listed again
    // when a new BaseTable (other quasi-identifiers or hierarchies) brings other ones
    connect(m_bench, &Workbench::analysisFinished, this,
            [this](std::shared_ptr<const AnalysisResult> result) {
                if (result && result->baseTable != m_designer->levelsFrom())
                    showTable(m_current);
            });
    connect(m_bench, &Workbench::approvalsChanged, this, [this] {
        rebuild();
        updateApproval();
        m_earlier.reset(); // what was published now constrains the next release
        requestPreview();
    });
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (!isVisible()) {
            m_previewWaits = true; // computed when the view is shown
            return;
        }
        m_requested = m_generation;
        auto data = m_bench->sharedData();
        const Configuration config = m_bench->configuration();
        const Publication publication = m_bench->publication();
        const std::string sha = m_bench->sourceSha256();
        // what the project published before takes part, as it will in the approval (read
        // from the approvals once, not at every change of the design)
        if (!m_earlier || m_earlierSha != sha) {
            m_earlier = std::make_shared<const Result<std::vector<EarlierRelease>>>(
                earlierReleases(m_bench->approvals(), sha));
            m_earlierSha = sha;
        }
        const auto earlier = m_earlier;
        const std::string secret = m_bench->cellKeySecret();
        m_previewJob.run([data, config, publication, sha, earlier,
                          secret](JobControl &control) -> Result<ComputedRelease> {
            if (!*earlier)
                return earlier->error();
            // the audit tells how far it is, and stops once a newer design waits
            AuditOptions audit;
            audit.progress = [&control](double share) {
                control.progress = share;
                return !control.cancelled;
            };
            SystemRandom random; // a preview's noise is never released
            return computeRelease(*data, config, publication, sha, random, {}, audit, **earlier,
                                  secret);
        });
    });
    rebuild();
    requestPreview();
}

PublishView::~PublishView() = default;

void PublishView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_previewWaits, false))
        m_previewTimer.start(0);
}

void PublishView::edit(const std::function<void(Publication &)> &change, const QString &text,
                       int mergeId)
{
    if (m_updating)
        return;
    Publication next = m_bench->publication();
    change(next);
    m_bench->setPublication(next, text, mergeId);
}

void PublishView::editTable(const std::function<void(PublishedTable &)> &change,
                            const QString &text, int mergeId)
{
    if (m_updating || m_bench->publication().tables.empty())
        return;
    const int table = m_current;
    edit(
        [&](Publication &p) {
            if (table >= static_cast<int>(p.tables.size()))
                return;
            PublishedTable &t = p.tables[static_cast<std::size_t>(table)];
            // a name the steward did not type follows the dimensions: it becomes the file
            // name, the metadata's title and the report's heading
            const bool automatic = mergeId != NameEdit && hasAutomaticName(t.spec);
            change(t);
            if (automatic)
                t.spec.name = automaticTableName(t.spec, p.metadata.language);
        },
        text, mergeId < 0 ? -1 : (mergeId << 8 | table));
}

void PublishView::addTable()
{
    const Dataset &data = m_bench->data();
    const Publication defaults = defaultPublication(m_bench->configuration(), data);
    PublishedTable t = defaults.tables.empty() ? PublishedTable{} : defaults.tables.front();
    if (t.spec.dimensions.empty())
        for (std::size_t c = 0; c < data.columns.size(); ++c)
            if (canBeDimension(m_bench->configuration().attributes[c].role)) {
                t.spec.dimensions.push_back({data.columns[c].name, -1, TimeBucket::None});
                break;
            }
    t.spec.name = automaticTableName(t.spec, m_bench->publication().metadata.language);
    m_current = static_cast<int>(m_bench->publication().tables.size());
    edit([&](Publication &p) { p.tables.push_back(t); }, tr("Add a table"));
}

void PublishView::removeTable()
{
    const int table = m_current;
    if (table < 0 || table >= static_cast<int>(m_bench->publication().tables.size()))
        return;
    m_current = std::max(0, table - 1);
    edit([&](Publication &p) { p.tables.erase(p.tables.begin() + table); }, tr("Remove a table"));
}

void PublishView::rebuild()
{
    m_updating = true;
    const Publication &p = m_bench->publication();
    m_tables->clear();
    m_previewTable->clear();
    for (const auto &t : p.tables) {
        m_tables->addItem(QString::fromStdString(t.spec.name));
        m_previewTable->addItem(QString::fromStdString(t.spec.name));
    }
    m_current = std::clamp(m_current, 0, std::max(0, static_cast<int>(p.tables.size()) - 1));
    m_tables->setCurrentRow(m_current);
    m_previewTable->setCurrentIndex(m_current);
    m_title->setText(QString::fromStdString(p.metadata.title));
    m_publisher->setText(QString::fromStdString(p.metadata.publisher));
    m_description->setText(QString::fromStdString(p.metadata.description));
    m_contact->setText(QString::fromStdString(p.metadata.contactEmail));
    m_spatial->setText(QString::fromStdString(p.metadata.spatial));
    m_period->setText(p.metadata.temporalStart.empty()
                          ? QString()
                          : QString::fromStdString(p.metadata.temporalStart) +
                                QStringLiteral(" – ") +
                                QString::fromStdString(p.metadata.temporalEnd));
    m_licence->setCurrentText(QString::fromStdString(p.metadata.licence));
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(QString::fromStdString(p.metadata.profile))));
    {
        // a language the combo lacks (set in the configuration file) is shown as it is
        const QString language = QString::fromStdString(p.metadata.language);
        if (m_language->findData(language) < 0)
            m_language->addItem(language, language);
        m_language->setCurrentIndex(m_language->findData(language));
    }
    m_baseUrl->setText(QString::fromStdString(p.metadata.baseUrl));
    m_publisherUri->setText(QString::fromStdString(p.metadata.publisherUri));
    {
        QStringList themes;
        for (const auto &t : p.metadata.themes)
            themes << QString::fromStdString(t);
        m_themes->setText(themes.join(' '));
        // what would refuse the approval, said where it is fixed
        const auto problem = metadataProblem(p.metadata);
        m_metadataProblem->setText(problem ? errorText(*problem) : QString());
        m_metadataProblem->setVisible(problem.has_value());
    }
    m_dataset->setText(QString::fromStdString(p.dataset));
    m_rhoBudget->setValue(p.rhoBudget);
    {
        // the data source's budget, as the privacy ledger holds it for every project
        const std::string source = dataSourceOf(p, m_bench->sourceSha256());
        auto b = PrivacyLedger().budget(source);
        m_raiseBudget->setEnabled(b && b->declared);
        if (!b)
            m_budget->setText(errorText(b.error()).toHtmlEscaped());
        else if (!b->declared)
            m_budget->setText(tr("No release with noise on this data yet: the first declares the "
                                 "budget above."));
        else
            m_budget->setText(tr("Spent on this data by every project: rho %1 of %2 (epsilon %3 "
                                 "at delta %4).")
                                  .arg(QLocale().toString(b->spent(), 'f', 3),
                                       QLocale().toString(b->rho, 'f', 3),
                                       QLocale().toString(epsilonOfRho(b->spent(), kStatedDelta), 'f', 3))
                                  .arg(kStatedDelta));
    }
    m_approvalPanel->showHistory();
    m_updating = false;
    showTable(m_current);
    updateApproval();
}

QString PublishView::raiseBudget(double rho, const QString &name, const QString &note)
{
    if (name.trimmed().isEmpty())
        return tr("A raise needs the name of who approves it.");
    if (note.trimmed().isEmpty())
        return tr("A raise needs a note saying why.");
    const std::string source = dataSourceOf(m_bench->publication(), m_bench->sourceSha256());
    PrivacyLedger ledger;
    auto b = ledger.budget(source);
    if (!b)
        return errorText(b.error());
    if (!b->declared)
        return tr("This data source has no budget yet: the first release with noise declares it.");
    if (!(rho > b->rho))
        return tr("The budget is rho %1: a raise must be above it.").arg(QLocale().toString(b->rho, 'f', 3));
    const std::string time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    if (auto set = ledger.setBudget(source, {time, name.trimmed().toStdString(), note.trimmed().toStdString(), rho}); !set)
        return errorText(set.error());
    rebuild();
    emit message(tr("The budget of the data source is now rho %1, raised by %2.")
                     .arg(QLocale().toString(rho, 'f', 3), name.trimmed()));
    return {};
}

void PublishView::raiseBudgetInteractively()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Raise the privacy budget"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *why = new QLabel(tr("A larger budget lets more be released from the same data, and lets "
                              "more be learnt about the people in it. Raising it is an approval of "
                              "its own: it is recorded in the privacy ledger with your name, the "
                              "time and the reason, and every later report lists it."),
                           &dialog);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    auto *rho = new QDoubleSpinBox(&dialog);
    rho->setDecimals(3);
    rho->setRange(0.001, 1000);
    rho->setSingleStep(0.1);
    rho->setValue(m_rhoBudget->value() + 0.1);
    auto *name = new QLineEdit(m_approvalPanel->approverName()->text(), &dialog);
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("Why the data may tell more, and who agreed"));
    form->addRow(tr("New budget (rho)"), rho);
    form->addRow(tr("Approved by"), name);
    form->addRow(tr("Reason"), note);
    layout->addLayout(form);
    auto *status = new QLabel(&dialog);
    status->setWordWrap(true);
    status->setStyleSheet(QStringLiteral("color: %1").arg(palette::errorText().name()));
    layout->addWidget(status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Raise"));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString refused = raiseBudget(rho->value(), name->text(), note->text());
        if (refused.isEmpty())
            dialog.accept();
        else
            status->setText(refused);
    });
    dialog.exec();
}

void PublishView::showTable(int i)
{
    m_updating = true;
    m_current = i;
    const Publication &p = m_bench->publication();
    const bool any = i >= 0 && i < static_cast<int>(p.tables.size());
    const PublishedTable *t = any ? &p.tables[static_cast<std::size_t>(i)] : nullptr;
    m_name->setEnabled(any);
    m_protectionEditor->setEnabled(any);
    m_designer->show(t);
    if (t) {
        m_name->setText(QString::fromStdString(t->spec.name));
        const Configuration &config = m_bench->configuration();
        const bool subjects = std::any_of(
            config.attributes.begin(), config.attributes.end(),
            [](const AttributeConfig &a) { return a.role == AttributeRole::SubjectId; });
        m_protectionEditor->show(t->protection, subjects);
    }
    m_updating = false;
}

void PublishView::declareDomain(const std::string &column, const DeclaredDomain &domain)
{
    editTable(
        [&](PublishedTable &table) {
            for (DimensionSpec &d : table.spec.dimensions)
                if (d.column == column)
                    d.domain = domain;
        },
        tr("Declare the categories of %1").arg(QString::fromStdString(column)));
}

void PublishView::declareInteractively(const std::string &column)
{
    if (m_current >= static_cast<int>(m_bench->publication().tables.size()))
        return;
    const PublishedTable &t = m_bench->publication().tables[static_cast<std::size_t>(m_current)];
    const auto d = std::find_if(t.spec.dimensions.begin(), t.spec.dimensions.end(),
                                [&](const DimensionSpec &x) { return x.column == column; });
    if (d == t.spec.dimensions.end())
        return;
    // a hierarchy loaded from a file declares its groups; one built from the data does not
    std::vector<std::string> fileLevels;
    if (const auto c = m_bench->data().columnIndex(column)) {
        const AttributeConfig &a = m_bench->configuration().attributes[*c];
        const int level = d->level >= 0 ? d->level : a.level;
        if (a.role == AttributeRole::QuasiIdentifier && a.hierarchy.kind == HierarchySpec::Kind::Table &&
            d->bucket == TimeBucket::None) {
            std::set<std::string> seen;
            for (const auto &row : a.hierarchy.rows)
                if (level >= 0 && static_cast<std::size_t>(level) < row.size() && seen.insert(row[static_cast<std::size_t>(level)]).second)
                    fileLevels.push_back(row[static_cast<std::size_t>(level)]);
        }
    }
    DomainDialog dialog(*d, std::move(fileLevels), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto domain = dialog.domain())
        declareDomain(column, *domain);
}

void PublishView::requestPreview()
{
    ++m_generation;
    m_previewJob.cancel(); // a running preview of an older design stops
    m_previewTimer.start();
}

bool PublishView::isPreviewUpToDate() const
{
    return m_shownGeneration == m_generation && !m_previewTimer.isActive() && !m_previewWaits &&
           !m_previewJob.isRunning();
}

void PublishView::onPreview(Result<ComputedRelease> result)
{
    if (m_requested != m_generation)
        return; // a newer design is on its way
    m_shownGeneration = m_requested;
    if (result) {
        m_previewResult = std::make_shared<const ComputedRelease>(std::move(*result));
        m_previewError.clear();
    } else {
        m_previewResult.reset();
        m_previewError = errorText(result.error());
    }
    showPreview();
    updateApproval();
    emit previewShown();
}

void PublishView::showPreview()
{
    const int i = m_previewTable->currentIndex();
    if (!m_previewError.isEmpty() || !m_previewResult || i < 0 ||
        i >= static_cast<int>(m_previewResult->tables.size())) {
        m_model->setRelease(nullptr);
        m_cross->setRelease(nullptr, -1, 0);
        m_legend->clear();
        m_shape->clear();
        m_figure->clear();
        m_summary->setText(
            m_previewError.isEmpty()
                ? tr("Add a table to see what would be published.")
                : tr("<span style='color:%1'>%2</span>")
                      .arg(palette::errorText().name(), m_previewError.toHtmlEscaped()));
        return;
    }
    auto release = std::shared_ptr<const Release>(
        m_previewResult, &m_previewResult->tables[static_cast<std::size_t>(i)]);
    m_model->setRelease(release);
    showShape(release);
    const ReleaseSummary &s = release->summary;
    const QLocale l;
    const auto pct = [](double v) { return formatPercent(v); };
    QString text = tr("<b>%1 cells</b>").arg(l.toString(static_cast<qulonglong>(s.cells)));
    if (release->protection.kind == ProtectionSettings::Kind::CellKey) {
        text += tr(" perturbed by the cell-key method: a count moves by %1 on average, by at most "
                   "%2, and by the same amount in every release of the same records. No audit "
                   "runs for it.")
                    .arg(l.toString(s.meanAbsoluteError, 'f', 2))
                    .arg(release->protection.cellKey.maxDeviation);
    } else if (release->protection.kind == ProtectionSettings::Kind::DifferentialPrivacy) {
        text += tr(" with noise: a count is off by %1 on average (mean absolute error). ")
                    .arg(l.toString(s.meanAbsoluteError, 'f', 2));
        if (s.noisySuppressed)
            text += tr("%1 small noisy counts hidden. ").arg(formatCount(s.noisySuppressed));
        if (s.droppedRows) {
            text += tr("%1 rows beyond the contribution bounds left out").arg(l.toString(static_cast<qulonglong>(s.droppedRows)));
            if (const std::string by = leftOutByPeriodInWords(s, 7); !by.empty())
                text += tr(", per period: %1").arg(QString::fromStdString(by).toHtmlEscaped());
            text += QStringLiteral(". ");
        }
        if (s.outsideRows)
            text += tr("%1 records outside the declared categories left out. ")
                        .arg(l.toString(static_cast<qulonglong>(s.outsideRows)));
        text += tr("<br><i>The numbers here are a preview draw; the released ones are drawn at "
                   "approval.</i>");
    } else {
        text += tr(": %1 hidden by the rules, %2 more to protect them; %3 of the records lie in "
                   "hidden cells. ")
                    .arg(formatCount(s.primarySuppressed))
                    .arg(formatCount(s.secondarySuppressed))
                    .arg(pct(s.recordsInSuppressedCells));
        text += release->audit.passed
                    ? tr("<span style='color:%1'>Audit passed: for an attacker who knows "
                         "everything published, no small cell can be told from a safe one "
                         "and no hidden number is pinned down.</span>")
                              .arg(palette::okText().name()) +
                          (release->audit.relaxationOnly > 0
                               ? tr(" For %1 hidden numbers this holds when the attacker "
                                    "reasons with fractions of records; whole numbers were not "
                                    "decided in time.")
                                     .arg(formatCount(release->audit.relaxationOnly))
                               : QString())
                : !release->audit.solverMessage.empty()
                    ? tr("<span style='color:%1'><b>Audit failed</b>: %2.</span>")
                          .arg(palette::errorText().name(),
                               QString::fromStdString(release->audit.solverMessage).toHtmlEscaped())
                    : tr("<span style='color:%1'><b>Audit failed</b>: %2 hidden cells can be "
                         "worked out too closely; the release will be refused.</span>")
                          .arg(palette::errorText().name())
                          .arg(formatCount(release->audit.failures().size()));
        const auto &earlier = release->audit.comparedWith;
        if (!earlier.empty()) {
            QStringList times;
            for (const auto &t : earlier)
                times << QString::fromStdString(t).replace('T', ' ').remove('Z');
            text += tr("<br>Audited with what the project published before (%1): cells "
                       "published then are known to everyone. Cells that changed by fewer than "
                       "%2 since are hidden, so that the change cannot be read off: %3.")
                        .arg(times.join(QStringLiteral(", ")))
                        .arg(release->protection.rules.threshold)
                        .arg(l.toString(static_cast<qulonglong>(release->audit.changedCells)));
        }
    }
    if (std::isnan(s.riskAfter))
        text += tr("<br>Records in groups smaller than 5: %1 in the data; none is published "
                   "as it is, since every count carries noise.")
                    .arg(pct(s.riskBefore));
    else
        text += tr("<br>Records in groups smaller than 5: %1 in the data, %2 as published.")
                    .arg(pct(s.riskBefore), pct(s.riskAfter));
    m_summary->setText(text);
}

void PublishView::showShape(const std::shared_ptr<const Release> &release)
{
    // across: the steward's choice while the table has that dimension, else the last one
    const std::vector<std::string> &columns = release->dimensionColumns;
    const auto chosen = std::find(columns.begin(), columns.end(), m_acrossColumn);
    const int across = columns.size() < 2        ? -1
                       : chosen != columns.end() ? static_cast<int>(chosen - columns.begin())
                                                 : static_cast<int>(columns.size()) - 1;
    const int figure = std::max(0, m_figure->currentIndex());
    {
        const QSignalBlocker blockShape(m_shape), blockFigure(m_figure);
        m_shape->clear();
        if (columns.size() < 2)
            m_shape->addItem(tr("as a table"), -1);
        for (std::size_t d = 0; d < columns.size() && columns.size() >= 2; ++d)
            m_shape->addItem(
                tr("%1 across").arg(QString::fromStdString(release->dimensionNames[d])),
                static_cast<int>(d));
        m_shape->addItem(tr("as a list of cells"), -2);
        m_shape->setCurrentIndex(m_shape->findData(m_asList ? -2 : across));
        m_figure->clear();
        for (std::size_t f = 0; f < figureCount(*release); ++f)
            m_figure->addItem(ReleaseModel::figureName(*release, f));
        m_figure->setCurrentIndex(std::min(figure, m_figure->count() - 1));
        m_figure->setVisible(!m_asList && m_figure->count() > 1);
    }
    m_cross->setRelease(release, across, static_cast<std::size_t>(m_figure->currentIndex()));
    // what the marks mean (the colours are the steward's alone: every hidden cell is published
    // as hidden, nothing more)
    const auto swatch = [](const QVariant &brush) {
        return QStringLiteral("<span style='background:%1'>&nbsp;×&nbsp;</span>")
            .arg(brush.value<QColor>().name());
    };
    const bool rules = release->protection.kind == ProtectionSettings::Kind::Rules;
    m_legend->setText(
        rules ? tr("%1 hidden by a rule, %2 hidden to protect another cell; – no records. "
                   "Published, every hidden cell reads the same.")
                    .arg(swatch(ReleaseModel::stateBackground(CellState::Primary)),
                         swatch(ReleaseModel::stateBackground(CellState::Secondary)))
              : tr("Figures with their noise (± the half-width of the 95 % interval); %1 hidden; "
                   "– no cell.")
                    .arg(swatch(ReleaseModel::stateBackground(CellState::NoisySmall))));
    QAbstractItemModel *shown = m_asList ? static_cast<QAbstractItemModel *>(m_model) : m_cross;
    if (m_preview->model() != shown)
        m_preview->setModel(shown);
}

void PublishView::updateApproval()
{
    m_approvalPanel->setDesigned(m_previewError.isEmpty());
}

} // namespace dijkgraaf
