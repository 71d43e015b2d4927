#pragma once

#include "model/configuration.h"
#include "model/dataset.h"
#include "model/result.h"

#include <QJsonObject>

#include <cstdint>
#include <string>

namespace dijkgraaf {

// SHA-256 of a file's bytes, read a block at a time (hex).
Result<std::string> fileSha256(const std::string &path);

// A project: the data source (path, size and content hash) and the whole configuration.
// Stored as an SQLite file, so that later releases can add approvals and a privacy-budget
// ledger beside it.
struct Project
{
    std::string sourcePath; // absolute
    std::uint64_t sourceBytes = 0;
    std::string sourceSha256;
    QJsonObject configuration; // configurationToJson(); resolved against the data once it is loaded
};

// Writes the project atomically: an existing file is replaced only when the new one is complete.
Result<bool> saveProject(const Project &project, const std::string &path);
Result<Project> openProject(const std::string &path);

// What became of the project's data source since it was saved.
enum class SourceState { Unchanged, Missing, Changed };
SourceState checkSource(const Project &project, std::string *actualSha256 = nullptr);

} // namespace dijkgraaf
