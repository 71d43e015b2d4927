#pragma once

#include <string>
#include <vector>

namespace dijkgraaf {

// The `dijkgraaf` command line: subcommands over the engine. Returns the process exit code:
// 0 success, 1 a failed run (message on stderr), 2 bad usage.
int runCli(const std::vector<std::string> &args);

} // namespace dijkgraaf
