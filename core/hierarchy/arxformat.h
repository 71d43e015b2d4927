#pragma once

#include "model/hierarchy.h"
#include "model/result.h"

#include <string>

namespace dijkgraaf {

// ARX's hierarchy files: one line per original value, ';'-separated, the original value first,
// then its value at level 1, 2, ...; the last level is "*".
Result<Hierarchy> readArxHierarchy(const std::string &path);
// Writes atomically: the file is replaced only when complete.
Result<bool> writeArxHierarchy(const Hierarchy &hierarchy, const std::string &path);
// The ARX project convention: DIR/<data file base name>_hierarchy_<attribute>.csv
std::string arxHierarchyPath(const std::string &directory, const std::string &dataPath,
                             const std::string &attribute);
// The attribute's hierarchy file in a folder: the ARX name above, or else the one file of the
// folder named *_hierarchy_<attribute>.csv (a folder made for a data file of another name);
// empty when there is none, or more than one such file.
std::string findArxHierarchyFile(const std::string &directory, const std::string &dataPath,
                                 const std::string &attribute);

} // namespace dijkgraaf
