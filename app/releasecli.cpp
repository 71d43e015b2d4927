// The commands of a recurring release: init, config export / import, preview, approve,
// publish. Each works on a project file, so that a pipeline runs without the workbench.
#include "releasecli.h"
#include "io/rolesuggestions.h"

#include "cliutil.h"
#include "demo/phoneeventgenerator.h"
#include "hierarchy/hierarchyspec.h"
#include "io/wholefile.h"
#include "io/csvreader.h"
#include "io/postgres.h"
#include "pdfreport.h"
#include "project/configurationfile.h"
#include "project/configurationjson.h"
#include "project/project.h"
#include "publish/approval.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace dijkgraaf::cli {

namespace {

// A project with its data loaded and its settings resolved against the data.
struct OpenProject
{
    Project project;
    Dataset data;
    Configuration config;
    Publication publication;
    std::string inputSha256; // of the data as it is now
    // of data in PostgreSQL whose tables are all counted there: each column's values (data
    // holds them as a Dataset with no rows), for computeRelease and approveRelease
    std::optional<PostgresDomains> database;
};

// Each column's values of data in PostgreSQL, with the records holding each (one scan; the
// rows stay there); Ctrl+C cancels the statement on the server.
Result<PostgresDomains> readDomains(const std::string &url)
{
    auto source = PostgresSource::parse(url);
    if (!source)
        return source.error();
    QueryInterrupt interrupt;
    return readPostgresDomains(*source, interrupt.flag());
}

// The project's configuration and publication on the data as read.
Result<bool> resolveAgainst(OpenProject &o)
{
    auto config = configurationFromJson(o.project.configuration, o.data);
    if (!config)
        return config.error();
    o.config = std::move(*config);
    auto publication = o.project.publication.isEmpty()
                           ? Result<Publication>(defaultPublication(o.config, o.data))
                           : publicationFromJson(o.project.publication, o.data);
    if (!publication)
        return publication.error();
    o.publication = std::move(*publication);
    return true;
}

Result<OpenProject> openWithData(const Arguments &a, const std::string &path)
{
    auto p = openProject(path);
    if (!p)
        return p.error();
    OpenProject o;
    o.project = std::move(*p);
    const std::string &source = o.project.sourcePath;
    const bool inDatabase = isPostgresUrl(source);
    if (!inDatabase && !QFileInfo::exists(QString::fromStdString(source)))
        return Error{"the project's data file is missing: " + source, path};
    // the digest of the data as it is now: of the file's bytes, or of the database's records
    auto digest = sourceDigest(source);
    if (!digest)
        return digest.error();
    o.inputSha256 = *digest;
    if (o.inputSha256 != o.project.sourceSha256)
        std::fprintf(stderr, "dijkgraaf: warning: %s changed since the project was saved\n",
                     printable(source).c_str());
    if (inDatabase && countableInDatabase(o.project.publication)) {
        // every table can be counted in the database: each column's values are all that
        // leaves it before the cells
        auto domains = readDomains(source);
        if (!domains)
            return domains.error();
        o.data = std::move(domains->data);
        o.database = std::move(*domains);
        if (auto resolved = resolveAgainst(o); !resolved)
            return resolved.error();
        return o;
    }
    // read as when the project was made; options given now stand in for a project older than
    // the settings it keeps
    auto stored = importSettingsFromJson(o.project.import);
    if (!stored)
        return Error{stored.error().message, path};
    auto data = o.project.import.isEmpty() ? importData(a, source) : importData(*stored, source);
    if (!data)
        return data.error();
    o.data = std::move(*data);
    if (auto resolved = resolveAgainst(o); !resolved)
        return resolved.error();
    return o;
}

bool refuseExisting(const Arguments &a, const std::string &path)
{
    if (QFileInfo::exists(QString::fromStdString(path)) && !a.flags.count("force")) {
        fail(Error{"the file exists; add --force to replace it", path});
        return true;
    }
    return false;
}

Result<bool> writeFile(const std::string &path, const QByteArray &bytes)
{
    return writeWholeFile(path, bytes); // complete, or not at all
}

// The summary of each table. Computed tables (the preview) tell the steward why cells are
// hidden and the risk before and after; approved tables keep only what was published.
void printReleaseSummary(const std::vector<Release> &tables, bool computed)
{
    for (const Release &r : tables) {
        const ReleaseSummary &s = r.summary;
        std::printf("%s: %s cells", r.tableName.c_str(), grouped(s.cells).c_str());
        if (r.protection.kind == ProtectionSettings::Kind::CellKey) {
            std::printf(", cell-key perturbation (at most %d, variance %s), mean absolute change "
                        "of a count %s",
                        r.protection.cellKey.maxDeviation, fixed(r.protection.cellKey.variance, 2).c_str(),
                        fixed(s.meanAbsoluteError, 2).c_str());
        } else if (r.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy) {
            std::printf(", %s noise (%s), mean absolute error of a count %s", r.mechanism.c_str(),
                        r.epsilon > 0 ? ("epsilon " + fixed(r.epsilon, 3)).c_str()
                                      : ("rho " + fixed(r.rho, 3)).c_str(),
                        fixed(s.meanAbsoluteError, 2).c_str());
            for (std::size_t d = 0; d < r.spec.dimensions.size(); ++d)
                if (r.spec.dimensions[d].domain.select)
                    std::printf(", %s categories of %s selected with noise (rho %s, delta %s)",
                                grouped(r.labels[d].size()).c_str(), r.spec.dimensions[d].column.c_str(),
                                fixed(r.protection.dp.selectionRho, 3).c_str(),
                                QString::number(r.protection.dp.selectionDelta, 'g', 3).toUtf8().constData());
            if (s.hiddenCells)
                std::printf(", %s small noisy counts hidden", grouped(s.hiddenCells).c_str());
            if (s.droppedRows) {
                std::printf(", %s rows beyond the contribution bounds left out",
                            grouped(s.droppedRows).c_str());
                if (const std::string by = leftOutByPeriodInWords(s); !by.empty())
                    std::printf(" (%s)", by.c_str());
            }
            if (s.outsideRows)
                std::printf(", %s records outside the declared categories left out",
                            grouped(s.outsideRows).c_str());
        } else if (computed) {
            std::printf(", %s hidden by the rules, %s more to protect them (%s of records)",
                        grouped(s.primarySuppressed).c_str(),
                        grouped(s.secondarySuppressed).c_str(),
                        pct(s.recordsInSuppressedCells).c_str());
        } else {
            std::printf(", %s hidden", grouped(s.hiddenCells).c_str());
        }
        if (r.protection.kind == ProtectionSettings::Kind::Rules)
            std::printf("; audit %s", !r.audit.ran      ? "not needed (no cell hidden)"
                                      : r.audit.passed ? "passed"
                                                       : "FAILED");
        if (!r.audit.comparedWith.empty()) {
            std::string times;
            for (const auto &t : r.audit.comparedWith)
                times += (times.empty() ? "" : ", ") + t;
            std::printf(" with the earlier release%s of %s",
                        r.audit.comparedWith.size() == 1 ? "" : "s", times.c_str());
            if (computed && r.audit.changedCells > 0)
                std::printf(" (%s cell%s changed by fewer than %s since, hidden)",
                            grouped(r.audit.changedCells).c_str(),
                            r.audit.changedCells == 1 ? "" : "s",
                            grouped(r.protection.rules.threshold).c_str());
        }
        if (computed && std::isnan(s.riskAfter)) // noisy: no count is released as it is
            std::printf("; records in small groups %s before", pct(s.riskBefore).c_str());
        else if (computed)
            std::printf("; records in small groups %s before, %s after",
                        pct(s.riskBefore).c_str(), pct(s.riskAfter).c_str());
        std::printf("\n");
    }
}

} // namespace

int runInit(const Arguments &a)
{
    const std::string path = a.positional[0];
    if (!a.has("data"))
        throw UsageError{"--data is required: the data file of the project"};
    if (!a.has("qi"))
        throw UsageError{"--qi is required: the quasi-identifiers, e.g. --qi age,sex,zip"};
    if (refuseExisting(a, path))
        return kFailed;
    const std::string dataPath =
        isPostgresUrl(a.value("data"))
            ? a.value("data")
            : QFileInfo(QString::fromStdString(a.value("data"))).absoluteFilePath().toStdString();
    const ImportSettings reading = importSettings(a);
    // of data in PostgreSQL, each column's values and their records (one scan; the rows stay
    // there): what roles, hierarchies and the first table are made from
    auto data = [&]() -> Result<Dataset> {
        if (!isPostgresUrl(dataPath))
            return importData(reading, dataPath);
        auto domains = readDomains(dataPath);
        if (!domains)
            return domains.error();
        return std::move(domains->data);
    }();
    if (!data)
        return fail(data.error());
    Configuration config = suggestedConfiguration(*data);
    // only the named columns are quasi-identifiers; the other suggestions stand
    for (auto &attr : config.attributes)
        if (attr.role == AttributeRole::QuasiIdentifier)
            attr.role = AttributeRole::Insensitive;
    const auto qis = splitList(a.value("qi"));
    if (qis.empty())
        throw UsageError{"--qi names no attribute"};
    for (const auto &name : qis) {
        auto c = findColumn(*data, name);
        if (!c)
            return fail(c.error());
        AttributeConfig &attr = config.attributes[*c];
        attr.role = AttributeRole::QuasiIdentifier;
        auto spec = hierarchySpecOption(a, dataPath, name);
        if (!spec)
            return fail(spec.error());
        if (*spec)
            attr.hierarchy = **spec;
        auto built = buildHierarchy(data->columns[*c], attr.hierarchy);
        if (!built) {
            Error e = built.error();
            e.column = name;
            return fail(e);
        }
    }
    for (const auto &list : a.all("levels"))
        for (const auto &s : splitList(list)) {
            auto [name, level] = splitAssignment("levels", s);
            auto c = findColumn(*data, name);
            if (!c)
                return fail(c.error());
            if (config.attributes[*c].role != AttributeRole::QuasiIdentifier)
                throw UsageError{"--levels names '" + name + "', which is not among --qi"};
            config.attributes[*c].level = static_cast<int>(parseCountOption("levels", level, 0));
            auto built = buildHierarchy(data->columns[*c], config.attributes[*c].hierarchy);
            if (built && config.attributes[*c].level > built->height())
                throw UsageError{"--levels: '" + name + "' has levels 0 to " +
                                 std::to_string(built->height())};
        }
    if (a.has("subject")) {
        auto c = findColumn(*data, a.value("subject"));
        if (!c)
            return fail(c.error());
        config.attributes[*c].role = AttributeRole::SubjectId;
    }
    config.privacy.k = parseCountOption("k", a.value("k", "1"), 1);
    config.privacy.suppressionLimit =
        parseNumberOption("suppression-limit", a.value("suppression-limit", "0"), 0, 1);

    Project project;
    project.sourcePath = dataPath;
    if (!isPostgresUrl(dataPath))
        project.sourceBytes =
            static_cast<std::uint64_t>(QFileInfo(QString::fromStdString(dataPath)).size());
    auto hash = sourceDigest(dataPath);
    if (!hash)
        return fail(hash.error());
    project.sourceSha256 = *hash;
    project.configuration = configurationToJson(config, *data);
    project.import = importSettingsToJson(reading);
    const bool phoneDemo = a.has("demo-tables");
    if (phoneDemo && a.value("demo-tables") != "phone-events")
        throw UsageError{"--demo-tables knows phone-events, got '" + a.value("demo-tables") + "'"};
    if (phoneDemo && !a.has("subject"))
        throw UsageError{"--demo-tables phone-events needs --subject (the phone's column)"};
    project.publication =
        publicationToJson(phoneDemo ? phoneEventsDemoPublication() : defaultPublication(config, *data));
    if (auto saved = saveProject(project, path); !saved)
        return fail(saved.error());
    if (phoneDemo) {
        std::printf("%s: a project on %s (%s records) with the phone demo's two tables (people per "
                    "area per hour and per day, with noise). Review it with `dijkgraaf config export`.\n",
                    path.c_str(), dataPath.c_str(), grouped(data->records()).c_str());
        return kOk;
    }
    std::printf(
        "%s: a project on %s (%s records), quasi-identifiers %s; one table to publish, "
        "protected by the threshold rule (n = 5). Review it with `dijkgraaf config export`.\n",
        path.c_str(), dataPath.c_str(), grouped(data->records()).c_str(), a.value("qi").c_str());
    return kOk;
}

int runConfig(const Arguments &a)
{
    const std::string action = a.positional[0];
    if (action == "export") {
        if (a.positional.size() != 3)
            throw UsageError{"usage: dijkgraaf config export PROJECT FILE.json"};
        auto p = openProject(a.positional[1]);
        if (!p)
            return fail(p.error());
        if (refuseExisting(a, a.positional[2]))
            return kFailed;
        if (auto w =
                writeFile(a.positional[2], configurationFileText(p->configuration, p->publication));
            !w)
            return fail(w.error());
        return kOk;
    }
    if (action == "import") {
        if (a.positional.size() != 3)
            throw UsageError{"usage: dijkgraaf config import FILE.json PROJECT"};
        const std::string file = a.positional[1];
        QFile f(QString::fromStdString(file));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error{"cannot read the file: " + f.errorString().toStdString(), file});
        auto root = parseConfigurationFile(f.readAll(), file);
        if (!root)
            return fail(root.error());
        auto o = openWithData(a, a.positional[2]);
        if (!o)
            return fail(o.error());
        auto imported = configurationFromFile(
            *root, o->data, file, QFileInfo(QString::fromStdString(file)).absolutePath().toStdString());
        if (!imported)
            return fail(imported.error());
        const Configuration *config = &imported->config;
        const Publication *publication = &imported->publication;
        o->project.configuration = configurationToJson(*config, o->data);
        o->project.publication = publicationToJson(*publication);
        if (auto saved = saveProject(o->project, a.positional[2]); !saved)
            return fail(saved.error());
        std::printf("%s: configuration imported from %s (%zu table%s)\n", a.positional[2].c_str(),
                    file.c_str(), publication->tables.size(),
                    publication->tables.size() == 1 ? "" : "s");
        return kOk;
    }
    throw UsageError{"config expects export or import, got '" + action + "'"};
}

// The data source's budget as the privacy ledger holds it, with the (epsilon, delta) it implies.
void printBudget(const Publication &publication, const std::string &inputSha256)
{
    const std::string source = dataSourceOf(publication, inputSha256);
    auto b = PrivacyLedger().budget(source);
    if (!b) {
        std::printf("Privacy budget: %s\n", b.error().text().c_str());
        return;
    }
    const double budget = b->declared ? b->rho : publication.rhoBudget;
    std::printf("Privacy budget of '%s': rho %s of %s spent by every project on this data "
                "(epsilon %s at delta %g)%s\n",
                source.c_str(), fixed(b->spent(), 3).c_str(), fixed(budget, 3).c_str(),
                fixed(epsilonOfRho(b->spent(), kStatedDelta), 3).c_str(), kStatedDelta,
                b->declared ? "" : "; declared with the first release with noise");
}

int runPreview(const Arguments &a)
{
    auto o = openWithData(a, a.positional[0]);
    if (!o)
        return fail(o.error());
    // noise drawn here would be a release of its own: the preview shows the rules' tables
    // in full, and of noisy tables only what does not depend on a draw
    SystemRandom random;
    auto earlier = earlierReleases(o->project.approvals, o->inputSha256);
    if (!earlier)
        return fail(earlier.error());
    const AuditOptions audit = auditOptions(a);
    // a project saved before it had a secret gets one with its next approval; the preview
    // of its cell-key tables then draws on a secret of its own
    const std::string secret = o->project.cellKeySecret.empty() ? newCellKeySecret() : o->project.cellKeySecret;
    // counted in the database: Ctrl+C cancels the statement on the server
    std::optional<QueryInterrupt> interrupt;
    if (o->database) {
        interrupt.emplace();
        o->database->cancel = interrupt->flag();
    }
    // noisy tables released before are shown with their stored noise, and spend nothing again
    auto computed = computeRelease(o->data, o->config, o->publication, o->inputSha256, random,
                                   storedNoisyTables(o->project.approvals, *earlier), audit,
                                   *earlier, secret, o->database ? &*o->database : nullptr);
    clearProgressLine();
    if (!computed)
        return fail(computed.error());
    if (o->database)
        std::printf("Counted in the database: only the tables' cells left it.\n");
    printReleaseSummary(computed->tables, true);
    for (const Release &r : computed->tables) {
        if (r.protection.kind != ProtectionSettings::Kind::Rules)
            continue;
        if (!r.audit.solverMessage.empty())
            std::printf("  audit: %s\n", r.audit.solverMessage.c_str());
        for (const auto &f : r.audit.failures())
            std::printf("  audit: %s\n", describeFailure(r, f).c_str());
    }
    // the budget concerns differential privacy only
    const bool noisy = std::any_of(computed->tables.begin(), computed->tables.end(), [](const Release &r) {
        return r.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy;
    });
    if (noisy) {
        printBudget(o->publication, o->inputSha256);
        // what approving this would spend, tables of earlier releases reused spending nothing
        double spend = 0;
        for (std::size_t i = 0; i < computed->tables.size(); ++i)
            if (!computed->reused[i])
                spend += computed->tables[i].rho + rhoOfEpsilon(computed->tables[i].epsilon) +
                         computed->tables[i].selectionRho;
        auto b = PrivacyLedger().budget(dataSourceOf(o->publication, o->inputSha256));
        if (b && spend == 0) {
            std::printf("Approving it spends nothing: its noisy tables were released before and keep "
                        "their noise\n");
        } else if (b) {
            const double budget = b->declared ? b->rho : o->publication.rhoBudget;
            std::printf("Approving it would spend rho %s%s\n", fixed(spend, 3).c_str(),
                        b->spent() + spend > budget + 1e-9
                            ? (", more than the " + fixed(budget - b->spent(), 3) +
                               " left: the approval would be refused")
                                  .c_str()
                            : "");
        }
    }
    return kOk;
}

int runApprove(const Arguments &a)
{
    if (!a.has("name") || a.value("name").empty())
        throw UsageError{"--name is required: who approves the release"};
    const std::string path = a.positional[0];
    auto o = openWithData(a, path);
    if (!o)
        return fail(o.error());
    ApprovalRequest request;
    request.name = a.value("name");
    request.note = a.value("note");
    request.inputSha256 = o->inputSha256;
    request.extraFiles = pdfReportFile();
    request.audit = auditOptions(a);
    request.projectPath = QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
    request.database = o->database ? &*o->database : nullptr;
    // counted in the database: Ctrl+C cancels the statement on the server
    std::optional<QueryInterrupt> interrupt;
    if (o->database) {
        interrupt.emplace();
        o->database->cancel = interrupt->flag();
    }
    auto approval = approveRelease(o->project, o->data, o->config, o->publication, request);
    clearProgressLine();
    if (!approval)
        return fail(approval.error());
    if (auto saved = saveProject(o->project, path); !saved)
        return fail(saved.error());
    if (o->database)
        std::printf("Counted in the database: only the tables' cells left it.\n");
    auto tables = releasedTables(*approval);
    if (tables)
        printReleaseSummary(*tables, false);
    std::printf("Approved by %s at %s: %zu files, written by `dijkgraaf publish %s --out DIR`.\n",
                approval->name.c_str(), approval->time.c_str(), approval->files.size(),
                path.c_str());
    if (approval->rho > 0) {
        std::printf("Privacy budget: this release spent rho %s", fixed(approval->rho, 3).c_str());
        if (approval->epsilon > 0)
            std::printf(" (of it epsilon %s as rho = epsilon^2 / 2)", fixed(approval->epsilon, 3).c_str());
        std::printf("\n");
        printBudget(o->publication, o->inputSha256);
    }
    return kOk;
}

int runBudget(const Arguments &a)
{
    const std::string path = a.positional[0];
    auto p = openProject(path);
    if (!p)
        return fail(p.error());
    // the data source's name needs no data: it is in the stored configuration
    Publication named;
    named.dataset = p->publication["dataset"].toString().toStdString();
    named.rhoBudget = p->publication["budget"].toObject()["rho"].toDouble(named.rhoBudget);
    auto hash = fileSha256(p->sourcePath);
    if (!hash)
        return fail(hash.error());
    const std::string source = dataSourceOf(named, *hash);
    if (a.has("raise")) {
        if (!a.has("name") || a.value("name").empty())
            throw UsageError{"--name is required: who raises the budget"};
        bool ok = false;
        const double rho = QString::fromStdString(a.value("raise")).toDouble(&ok);
        if (!ok)
            throw UsageError{"--raise expects a number (rho), got '" + a.value("raise") + "'"};
        PrivacyLedger ledger;
        auto b = ledger.budget(source);
        if (!b)
            return fail(b.error());
        if (b->declared && rho <= b->rho)
            return fail(Error{"the budget of '" + source + "' is rho " + fixed(b->rho, 3) +
                              " already: --raise names a larger one"});
        const std::string time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        if (auto set = ledger.setBudget(source, {time, a.value("name"), a.value("note"), rho}); !set)
            return fail(set.error());
        std::printf("The budget of '%s' is now rho %s, raised by %s at %s.\n", source.c_str(),
                    fixed(rho, 3).c_str(), a.value("name").c_str(), time.c_str());
    }
    PrivacyLedger ledger;
    auto b = ledger.budget(source);
    if (!b)
        return fail(b.error());
    std::printf("Data source: %s (privacy ledger %s)\n", source.c_str(), ledger.path().c_str());
    if (!b->declared) {
        std::printf("No budget yet: the first release with noise declares rho %s.\n",
                    fixed(named.rhoBudget, 3).c_str());
        return kOk;
    }
    for (const BudgetChange &c : b->changes)
        std::printf("  budget rho %s, set by %s at %s%s%s\n", fixed(c.rho, 3).c_str(), c.name.c_str(),
                    c.time.c_str(), c.note.empty() ? "" : ": ", c.note.c_str());
    for (const LedgerSpend &x : b->spends)
        std::printf("  spent rho %s by %s at %s (%s)\n", fixed(x.rho, 3).c_str(), x.name.c_str(),
                    x.time.c_str(), x.project.empty() ? "a project" : x.project.c_str());
    printBudget(named, *hash);
    return kOk;
}

int runPublish(const Arguments &a)
{
    if (!a.has("out"))
        throw UsageError{"--out is required: the folder to write the release to"};
    const std::string path = a.positional[0];
    auto p = openProject(path);
    if (!p)
        return fail(p.error());
    auto hash = sourceDigest(p->sourcePath);
    if (!hash)
        return fail(Error{"the project's data cannot be read, so it cannot be checked against "
                          "the approval: " + hash.error().message,
                          p->sourcePath});
    WriteOptions options;
    options.force = a.flags.count("force") > 0;
    auto written = publishApproved(*p, *hash, a.value("out"), options);
    if (!written)
        return fail(written.error());
    const Approval &approval = p->approvals.back();
    std::printf("Wrote the release approved by %s at %s:\n", approval.name.c_str(),
                approval.time.c_str());
    for (const auto &f : *written)
        std::printf("  %s\n", f.c_str());
    return kOk;
}

} // namespace dijkgraaf::cli
