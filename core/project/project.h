#pragma once

#include "model/configuration.h"
#include "model/dataset.h"
#include "model/result.h"

#include "publish/exporter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <string>

namespace dijkgraaf {

// SHA-256 of a file's bytes, read a block at a time (hex).
Result<std::string> fileSha256(const std::string &path);

// The digest a project keeps of its data: the SHA-256 of a file's bytes, or of data in
// PostgreSQL a digest of its records computed there (postgresDigest), the same in any order.
Result<std::string> sourceDigest(const std::string &source);

// A project: the data source (path, size and content hash) and the whole configuration.
// Stored as an SQLite file, so that later releases can add approvals and a privacy-budget
// ledger beside it.
// A release the steward approved: who, when, on what configuration and input, what it spent
// of the privacy budget, and the released tables and files themselves, so that publishing
// it again writes exactly these bytes.
struct Approval
{
    std::string time; // ISO 8601, UTC
    std::string name;
    std::string note;
    std::string configurationSha256;
    std::string inputSha256;
    double epsilon = 0; // spent by this release (the budget ledger)
    double rho = 0;
    std::vector<std::string> tableKeys; // per table: what it was computed from
    QJsonArray tables;                  // releaseToJson() per table
    std::vector<OutputFile> files;
};

struct Project
{
    std::string sourcePath; // absolute
    std::uint64_t sourceBytes = 0;
    std::string sourceSha256;
    QJsonObject import;        // importSettingsToJson(): how the data file is read
    QJsonObject configuration; // configurationToJson(); resolved against the data once it is loaded
    QJsonObject publication;   // publicationToJson(); empty until tables are designed
    std::vector<Approval> approvals; // oldest first
    // the secret from which the cell-key method derives each record's key (hex): kept in the
    // project only, never exported, for with it anyone could undo the perturbation. Made on
    // the first save where there is none.
    std::string cellKeySecret;
};

// The hash an approval is tied to: the configuration and the publication, as canonical JSON.
std::string configurationSha256(const QJsonObject &configuration, const QJsonObject &publication);

// 256 random bits from the system's secure generator, in hex.
std::string newCellKeySecret();

// Writes the project atomically: an existing file is replaced only when the new one is complete.
Result<bool> saveProject(const Project &project, const std::string &path);
Result<Project> openProject(const std::string &path);

} // namespace dijkgraaf
