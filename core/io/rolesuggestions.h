#pragma once

#include "model/attributerole.h"
#include "model/dataset.h"

#include <string_view>
#include <vector>

namespace dijkgraaf {

// A role for each column, judged from its name, type and values, each with its reason.
std::vector<RoleSuggestion> suggestRoles(const Dataset &data);

bool isEmailAddress(std::string_view s);
bool isPhoneNumber(std::string_view s);
bool isIban(std::string_view s); // with a valid mod-97 check
bool isBsn(std::string_view s);  // 9 digits passing the 11-test

} // namespace dijkgraaf
