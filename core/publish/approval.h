#pragma once

#include "project/project.h"
#include "project/privacyledger.h"
#include "publication.h"

#include <functional>

namespace dijkgraaf {

struct ApprovalRequest
{
    std::string name;
    std::string note;
    std::string inputSha256;        // of the data as it is now
    RandomSource *random = nullptr; // SystemRandom when null; tests inject their own
    ExtraFiles extraFiles;
    std::string time; // ISO 8601; now when empty
    AuditOptions audit; // progress and cancel of the audit, its limits
    std::string ledgerPath; // the privacy ledger (empty: PrivacyLedger::defaultPath())
    std::string projectPath; // recorded in the ledger with a spending
    // the rows are in PostgreSQL and data holds the columns' values only: the tables (all
    // under differential privacy) are counted in the database (computeRelease)
    const PostgresDomains *database = nullptr;
};

// The data source a release's budget belongs to: the declared name, or the data's checksum.
std::string dataSourceOf(const Publication &publication, const std::string &inputSha256);

// One audit failure in words, for the steward: the cell, the figure, the interval an attacker
// can work out, and what the cell's rule needs (never published).
std::string describeFailure(const Release &r, const AuditFinding &f);

// The budget that earlier approvals have spent.
BudgetUse budgetSpent(const Project &project);

// Approves the project's configuration and publication: computes every table (a noisy table
// approved before on the same data is taken as it was, never noised again), refuses when an
// audit fails (naming the cells) or the privacy budget would be exceeded, renders every file,
// and appends the approval to the project (the caller saves it).
Result<Approval> approveRelease(Project &project, const Dataset &data, const Configuration &config,
                                const Publication &publication, const ApprovalRequest &request);

// Writes the latest approval's files, exactly as approved, after checking that neither the
// configuration nor the input changed since.
Result<std::vector<std::string>> publishApproved(const Project &project,
                                                 const std::string &inputSha256,
                                                 const std::string &folder,
                                                 const WriteOptions &options = {});

// The released tables of an approval.
Result<std::vector<Release>> releasedTables(const Approval &approval);

// What the project published before, for the audit of a new release on the data whose
// checksum is inputSha256: every approval, with its tables as published.
Result<std::vector<EarlierRelease>> earlierReleases(const std::vector<Approval> &approvals,
                                                    const std::string &inputSha256);

// The noisy tables released before, by the key of what each was computed from (its table,
// protection and input): a table asked for again is published with its stored noise, and
// spends nothing again.
std::map<std::string, Release> storedNoisyTables(const std::vector<Approval> &approvals,
                                                 const std::vector<EarlierRelease> &earlier);

} // namespace dijkgraaf
