#pragma once

#include <QString>

namespace dijkgraaf {

// Light or dark, for the whole workbench: windows, dialogs, tables and charts alike.
//
// "system" follows the desktop: where Qt already gives a dark palette (macOS, a dark GTK or
// KDE theme) it is kept; on Windows, Qt 6.4 keeps its light palette, so the "apps use light
// theme" choice is read from the registry; elsewhere GTK_THEME ending in ":dark" counts.
// "light" and "dark" choose regardless of the desktop. Dark is Qt's Fusion style with a dark
// palette, where the platform has none of its own.
// DIJKGRAAF_COLOR_SCHEME (light or dark) overrides the choice, for tests and screenshots.
void applyColorScheme(const QString &choice); // "system" (or empty), "light" or "dark"

// True when the palette in use is dark (its window colour is darker than mid-grey).
bool isDarkPalette();

} // namespace dijkgraaf
