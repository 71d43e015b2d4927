#pragma once

#include "model/attributerole.h"
#include "model/configuration.h"
#include "model/dataset.h"

#include <string_view>
#include <vector>

namespace dijkgraaf {

// A role for each column, judged from its name, type and values, each with its reason.
std::vector<RoleSuggestion> suggestRoles(const Dataset &data);

// The configuration a steward starts from on imported data: the suggested roles, hierarchies
// built by type, every level 0, k = 1. Applied by whoever imports the data.
Configuration suggestedConfiguration(const Dataset &data);
Configuration suggestedConfiguration(const std::vector<RoleSuggestion> &suggestions);

// The reason of a suggestion's kind ("email", "education", ...), in English with %1 for the
// share of values where the kind has one; translated in the workbench's context "Reasons".
const char *roleReasonText(std::string_view kind);
// The same with the share filled in (the command line's words).
std::string roleReasonInEnglish(std::string_view kind, double share);

bool isEmailAddress(std::string_view s);
bool isPhoneNumber(std::string_view s);
bool isIban(std::string_view s); // with a valid mod-97 check
bool isBsn(std::string_view s);  // 9 digits passing the 11-test

} // namespace dijkgraaf
