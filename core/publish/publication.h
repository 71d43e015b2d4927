#pragma once

#include "exporter.h"
#include "model/configuration.h"
#include "audit.h"
#include "protection.h"

#include <QJsonObject>

#include <vector>

namespace dijkgraaf {

// One table to publish and how it is protected.
struct PublishedTable
{
    TableSpec spec; // a dimension level of -1 follows the quasi-identifier's configured level
    ProtectionSettings protection;

    bool operator==(const PublishedTable &) const = default;
};

// Everything about a release beyond the anonymization itself: the tables, the metadata, and
// the privacy budget of the project.
struct Publication
{
    std::vector<PublishedTable> tables;
    ReleaseMetadata metadata;
    double epsilonBudget = 1.0; // read from older configurations; no longer a budget of its own
    // the privacy budget of the data source, in zCDP (pure epsilon spends epsilon^2 / 2): its
    // first declaration in the privacy ledger; raising it later is an approval of its own
    double rhoBudget = 0.5;
    // the data source's declared name: every project and release on it draws from one budget
    // in the privacy ledger (empty: the data file's checksum stands for it)
    std::string dataset;

    bool operator==(const Publication &) const = default;
};

// A table of the quasi-identifiers at their levels (or, where no level is chosen yet and
// their values would make more cells than a fifth of the records, the two with the fewest
// values), protected by the threshold rule: where a new project starts.
Publication defaultPublication(const Configuration &config, const Dataset &data);

// The name a table takes from its dimensions, in the report's language ("en" or "nl"):
// "Records by gender and municipality", "Records naar geslacht en gemeente".
std::string automaticTableName(const TableSpec &spec, const std::string &language = "en");
// Whether the steward left the name to follow the dimensions: it is empty, the automatic name
// in either language, or a numbered "Table 3" a new table starts with.
bool hasAutomaticName(const TableSpec &spec);

QJsonObject publicationToJson(const Publication &p);
// One table's definition in the words of the configuration file, and back (checked for its
// own settings only; publicationFromJson checks it against the data)
QJsonObject tableSpecToJson(const TableSpec &spec);
Result<TableSpec> tableSpecFromJson(const QJsonObject &json, const std::string &where,
                                    const std::string &baseDir = {});
// Checks names against the data and every setting; the Error names the table and the setting.
// A domain file named relatively is found in baseDir.
Result<Publication> publicationFromJson(const QJsonObject &json, const Dataset &data,
                                        const std::string &baseDir = {});

// The labels a domain declaration names, from the configuration's JSON form: {"labels": [..]},
// {"from": .., "to": ..}, {"file": F} (one label per line), {"file": F, "column": "name"} (a
// CSV file with a header), {"file": F, "level": n} (a hierarchy in ARX's layout, its n-th
// field); a relative file is found in baseDir. The result keeps the labels, so that a
// project does not depend on the file afterwards.
Result<DeclaredDomain> declaredDomainFromJson(const QJsonObject &o, const std::string &baseDir,
                                              const std::string &where);
QJsonObject declaredDomainToJson(const DeclaredDomain &d);

// Every table under differential privacy has declared categories for each of its dimensions
// (DeclaredDomain); the Error names the table and the column that has none.
Result<bool> checkDeclaredDomains(const Publication &p);

// A released table as stored in the project, so that an approved release is written again
// exactly as it was approved (noise is never drawn twice for the same table).
QJsonObject releaseToJson(const Release &r);
Result<Release> releaseFromJson(const QJsonObject &json);

// What the privacy budget is spent on: one approved release's noise.
struct BudgetUse
{
    double epsilon = 0;
    double rho = 0;
};

// Builds and protects every table of the publication. Noise is drawn from random; a table
// whose key appears in reuse (an earlier approved release of the same table on the same
// data) is taken from there instead of being noised again.
struct ComputedRelease
{
    std::vector<Release> tables;
    std::vector<std::string> keys; // per table: a hash of its definition, protection and input
    std::vector<bool> reused;      // per table
};
Result<ComputedRelease> computeRelease(const Dataset &data, const Configuration &config,
                                       const Publication &publication,
                                       const std::string &inputSha256, RandomSource &random,
                                       const std::map<std::string, Release> &reuse = {},
                                       const AuditOptions &audit = {},
                                       const std::vector<EarlierRelease> &earlier = {},
                                       const std::string &cellKeySecret = {},
                                       const PostgresDomains *database = nullptr);

// Whether every table of the publication can be counted in the database where the rows are
// (computeRelease with a database): each under differential privacy, its categories declared
// (none selected from the data). Other tables need the records.
bool countableInDatabase(const Publication &publication);
// The same of a publication as a project keeps it, before it is checked against any data (a
// table that cannot be read counts as not countable; the full reading says why).
bool countableInDatabase(const QJsonObject &publication);

} // namespace dijkgraaf
