#pragma once

#include "model/result.h"

#include <QString>

namespace dijkgraaf {

// An engine error in the workbench's language: its template translated (context "Errors")
// and its arguments filled in; the English message where it has no template.
QString errorMessage(const Error &error);
// The same, after where it happened: "file, line 12, column 'age': message".
QString errorText(const Error &error);

} // namespace dijkgraaf
