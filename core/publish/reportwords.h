#pragma once

#include <map>
#include <string>

namespace dijkgraaf {

// The report's Dutch: each English text as the report code gives it, and its Dutch.
const std::map<std::string, const char *> &dutchWords();

} // namespace dijkgraaf
