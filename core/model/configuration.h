#pragma once

#include "result.h"

#include "attributerole.h"
#include "dataset.h"
#include "hierarchy/hierarchyspec.h"
#include "privacysettings.h"

#include <optional>
#include <vector>

namespace dijkgraaf {

// What the steward decided about one column.
struct AttributeConfig
{
    AttributeRole role = AttributeRole::Insensitive;
    HierarchySpec hierarchy;
    int level = 0;

    bool operator==(const AttributeConfig &) const = default;
};

// Everything that decides an evaluation: a role, hierarchy and level per column, and the
// privacy model. Plain data: copied into undo commands and background work, compared cheaply.
struct Configuration
{
    std::vector<AttributeConfig> attributes; // one per column of the dataset, in column order
    PrivacySettings privacy;
    // the order in which the uniqueness ladder adds the quasi-identifiers (column names);
    // quasi-identifiers not named follow in column order
    std::vector<std::string> ladderOrder;
    // the steward's word for what a record stands for, in the plural ("customers",
    // "phones", "inhabitants"); empty: records
    std::string recordNoun;

    std::vector<std::size_t> quasiIdentifiers() const; // columns with that role, in column order
    std::optional<std::size_t> weightColumn() const;   // the first column with the weight role
    // the quasi-identifiers in ladder order, as indices into quasiIdentifiers()
    std::vector<std::size_t> ladderSequence(const Dataset &data) const;

    bool operator==(const Configuration &) const = default;
};

// A record noun as typed: trimmed; refused when longer than 40 characters or holding a
// control character.
Result<std::string> recordNounFrom(std::string_view typed);

} // namespace dijkgraaf
