#include "approval.h"

#include <QDateTime>

#include <cmath>

namespace dijkgraaf {

namespace {

std::string cellName(const Release &r, const ReleasedCell &c)
{
    std::string s = "(";
    for (std::size_t d = 0; d < c.labels.size(); ++d)
        s += (d ? ", " : "") + labelOf(r, d, c.labels[d]);
    return s + ")";
}

std::string figure(double v)
{
    if (std::isinf(v))
        return v > 0 ? "infinity" : "-infinity";
    return QString::number(v, 'g', 10).toStdString();
}

} // namespace

std::string describeFailure(const Release &r, const AuditFinding &f)
{
    std::string s = cellName(r, r.cells[f.cell]) + " " + f.figure + ": ";
    if (!f.protectedEnough && f.lower == f.upper)
        return s + "can be worked out exactly (" + figure(f.lower) + ")";
    s += "can be worked out to lie in [" + figure(f.lower) + ", " + figure(f.upper) + "]";
    if (f.pinnedOnly)
        return s + ", a single value";
    return s + "; the " + f.rule + " rule needs it to reach from " + figure(f.reachLow) + " to " +
           figure(f.reachHigh);
}

BudgetUse budgetSpent(const Project &project)
{
    BudgetUse b;
    for (const Approval &a : project.approvals) {
        b.epsilon += a.epsilon;
        b.rho += a.rho;
    }
    return b;
}

Result<std::vector<Release>> releasedTables(const Approval &approval)
{
    std::vector<Release> out;
    for (const auto &t : approval.tables) {
        auto r = releaseFromJson(t.toObject());
        if (!r)
            return r.error();
        out.push_back(std::move(*r));
    }
    return out;
}

Result<std::vector<EarlierRelease>> earlierReleases(const std::vector<Approval> &approvals,
                                                    const std::string &inputSha256)
{
    std::vector<EarlierRelease> out;
    for (const Approval &a : approvals) {
        auto tables = releasedTables(a);
        if (!tables)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the approval of %1 in the project cannot be read: %2"),
                             {a.time, tables.error().text()});
        out.push_back({a.time, a.inputSha256 == inputSha256, std::move(*tables)});
    }
    return out;
}

Result<Approval> approveRelease(Project &project, const Dataset &data, const Configuration &config,
                                const Publication &publication, const ApprovalRequest &request)
{
    if (request.name.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "an approval needs the name of the person who approves"));
    if (publication.tables.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "there is no table to approve: design one first"));

    // what the project published before; noisy tables of it by what they were computed from
    auto before = earlierReleases(project.approvals, request.inputSha256);
    if (!before)
        return before.error();
    const std::map<std::string, Release> noisy = storedNoisyTables(project.approvals, *before);
    SystemRandom system;
    RandomSource &random = request.random ? *request.random : system;
    if (project.cellKeySecret.empty())
        project.cellKeySecret = newCellKeySecret();
    auto computed = computeRelease(data, config, publication, request.inputSha256, random, noisy,
                                   request.audit, *before, project.cellKeySecret,
                                   request.database);
    if (!computed)
        return computed.error();

    for (const Release &r : computed->tables) {
        if (!r.audit.solverMessage.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': %2"),
                             {r.tableName, r.audit.solverMessage});
        if (r.audit.passed)
            continue;
        std::string cells;
        std::size_t n = 0;
        for (const auto &f : r.audit.failures()) {
            if (++n > 10)
                break;
            cells += "\n  " + describeFailure(r, f);
        }
        const std::size_t failing = r.audit.failures().size();
        cells += failing > 10 ? "\n  ..." : "";
        return Error::of(failing == 1
                             ? QT_TRANSLATE_NOOP("Errors",
                                                 "table '%1' fails its audit: 1 figure of hidden "
                                                 "cells can be worked out too closely from what is "
                                                 "published%3\nChoose coarser levels, fewer "
                                                 "dimensions or no totals, or publish fewer tables "
                                                 "together")
                             : QT_TRANSLATE_NOOP("Errors",
                                                 "table '%1' fails its audit: %2 figures of hidden "
                                                 "cells can be worked out too closely from what is "
                                                 "published%3\nChoose coarser levels, fewer "
                                                 "dimensions or no totals, or publish fewer tables "
                                                 "together"),
                         {r.tableName, arg(failing), cells});
    }

    // the budget, in zCDP: tables taken from earlier releases spend nothing again; a Laplace
    // table at epsilon spends rho = epsilon^2 / 2
    BudgetUse spend;
    double selectionDelta = 0; // partition selections' chance that a category of one unit showed
    for (std::size_t i = 0; i < computed->tables.size(); ++i)
        if (!computed->reused[i]) {
            spend.epsilon += computed->tables[i].epsilon;
            spend.rho += computed->tables[i].rho + rhoOfEpsilon(computed->tables[i].epsilon) +
                         computed->tables[i].selectionRho;
            selectionDelta += computed->tables[i].selectionDelta;
        }
    // the data source's budget, shared by every project on the same data
    const std::string time = request.time.empty()
                                 ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()
                                 : request.time;
    const std::string source = dataSourceOf(publication, request.inputSha256);
    PrivacyLedger ledger(request.ledgerPath.empty() ? PrivacyLedger::defaultPath() : request.ledgerPath);
    auto budget = ledger.budget(source);
    if (!budget)
        return budget.error();
    const double slack = 1e-9;
    if (budget->declared && publication.rhoBudget > budget->rho + slack)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "refused: the configuration asks for a budget of rho "
                                           "%1 for '%2', whose budget is rho %3: raising a budget "
                                           "is an approval of its own (dijkgraaf budget PROJECT "
                                           "--raise %1 --name NAME --note WHY)"),
                         {figure(publication.rhoBudget), source, figure(budget->rho)});
    const double budgetRho = budget->declared ? budget->rho : publication.rhoBudget;
    if (spend.rho > 0) {
        if (auto owner = ledger.datasetOf(request.inputSha256); !owner)
            return owner.error();
        else if (!owner->empty() && *owner != source)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "refused: this data was released before as '%1' and "
                                               "draws from that budget; declare the dataset by "
                                               "that name"),
                             {*owner});
        if (budget->spent() + spend.rho > budgetRho + slack)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "refused: this release would spend rho %1, and %2 "
                                               "of the budget of rho %3 of '%4' is spent already "
                                               "(by every project on this data)"),
                             {figure(spend.rho), figure(budget->spent()), figure(budgetRho),
                              source});
    }

    Approval a;
    a.time = time;
    a.name = request.name;
    a.note = request.note;
    a.configurationSha256 = configurationSha256(project.configuration, project.publication);
    a.inputSha256 = request.inputSha256;
    a.epsilon = spend.epsilon;
    a.rho = spend.rho;
    a.tableKeys = computed->keys;
    for (const Release &r : computed->tables)
        a.tables.append(releaseToJson(r));

    ApprovalInfo info{a.name,
                      a.note,
                      a.time,
                      a.configurationSha256,
                      a.inputSha256,
                      spend.epsilon,
                      spend.rho,
                      budget->spent() + spend.rho,
                      budgetRho,
                      source,
                      {},
                      budget->spentDelta() + selectionDelta};
    for (std::size_t k = 0; k < budget->changes.size(); ++k) {
        const BudgetChange &c = budget->changes[k];
        info.budgetChanges.push_back("rho " + figure(c.rho) + (k == 0 ? ", declared by " : ", raised by ") +
                                     c.name + " on " + c.time.substr(0, 10) +
                                     (c.note.empty() ? std::string() : ": " + c.note));
    }
    if (budget->changes.empty() && spend.rho > 0)
        info.budgetChanges.push_back("rho " + figure(budgetRho) + ", declared by " + request.name +
                                     " on " + time.substr(0, 10) + " with this release");
    auto files = renderRelease(computed->tables, publication.metadata, info, request.extraFiles);
    if (!files)
        return files.error();
    a.files = std::move(*files);
    // the spending goes into the ledger last, in one transaction with its check: a release
    // whose files could not be made spends nothing
    if (spend.rho > 0) {
        if (!budget->declared)
            if (auto declared = ledger.setBudget(source, {time, request.name, "declared with the first release", budgetRho});
                !declared)
                return declared.error();
        if (auto spent = ledger.spend(source, {time, request.name, request.note, request.projectPath,
                                               request.inputSha256, spend.rho, selectionDelta});
            !spent)
            return spent.error();
    }
    project.approvals.push_back(a);
    return a;
}

std::map<std::string, Release> storedNoisyTables(const std::vector<Approval> &approvals,
                                                 const std::vector<EarlierRelease> &earlier)
{
    std::map<std::string, Release> noisy;
    for (std::size_t k = 0; k < earlier.size() && k < approvals.size(); ++k) {
        const auto &tables = earlier[k].tables;
        const Approval &a = approvals[k];
        for (std::size_t i = 0; i < tables.size() && i < a.tableKeys.size(); ++i)
            if (tables[i].protection.kind == ProtectionSettings::Kind::DifferentialPrivacy)
                noisy.emplace(a.tableKeys[i], tables[i]);
    }
    return noisy;
}

std::string dataSourceOf(const Publication &publication, const std::string &inputSha256)
{
    return publication.dataset.empty() ? "sha256:" + inputSha256 : publication.dataset;
}

Result<std::vector<std::string>> publishApproved(const Project &project,
                                                 const std::string &inputSha256,
                                                 const std::string &folder,
                                                 const WriteOptions &options)
{
    if (project.approvals.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "nothing is approved yet: approve the release first"));
    const Approval &a = project.approvals.back();
    if (configurationSha256(project.configuration, project.publication) != a.configurationSha256)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the configuration changed after it was "
                                                     "approved (%1, by %2): approve it again "
                                                     "before publishing"),
                         {a.time, a.name});
    if (inputSha256 != a.inputSha256)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the data changed after the release was "
                                                     "approved (%1): approve it again before "
                                                     "publishing"),
                         {a.time}, project.sourcePath);
    return writeFilesAtomically(a.files, folder, options);
}

} // namespace dijkgraaf
