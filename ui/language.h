#pragma once

#include <QString>

namespace dijkgraaf {

// The user interface's language: "en", "nl", or empty to follow the system. Installs the
// translations (Dijkgraaf's and Qt's own) and the locale that numbers are written in; every
// widget then receives a LanguageChange event.
void applyLanguage(const QString &code);
// The language in effect for a setting ("" follows the system): "en" or "nl".
QString effectiveLanguage(const QString &code);

} // namespace dijkgraaf
