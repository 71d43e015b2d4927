#pragma once

#include "cliutil.h"

namespace dijkgraaf::cli {

int runInit(const Arguments &a);
int runConfig(const Arguments &a);
int runPreview(const Arguments &a);
int runApprove(const Arguments &a);
int runPublish(const Arguments &a);
int runBudget(const Arguments &a);

} // namespace dijkgraaf::cli
