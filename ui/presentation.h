#pragma once

#include "appearance.h"
#include "model/attributerole.h"
#include "model/column.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <QString>

#include <cstdint>

namespace dijkgraaf {

// The one colour-blind-safe palette of every chart: blue for safe, orange to deep red for
// rising risk, grey for suppressed or hidden.
namespace palette {
inline QColor safe()
{
    return QColor(0x21, 0x66, 0xac);
}
inline QColor safeLight()
{
    return QColor(0x92, 0xc5, 0xde);
}
inline QColor caution()
{
    return QColor(0xf4, 0xa5, 0x82);
}
inline QColor risk()
{
    return QColor(0xd6, 0x60, 0x4d);
}
inline QColor highRisk()
{
    return QColor(0xb2, 0x18, 0x2b);
}
inline QColor suppressed()
{
    return QColor(0x96, 0x96, 0x96);
}
inline QColor input()
{
    return QColor(0xbd, 0xbd, 0xbd);
}
// Text that warns or refuses, and text that confirms: readable on the palette in use (light
// or dark).
inline QColor errorText()
{
    return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}
inline QColor okText()
{
    return isDarkPalette() ? QColor(0x8a, 0xb4, 0xf8) : safe();
}
} // namespace palette

// Numbers in the user's locale: "1.234,5" in Dutch, "1,234.5" in English.
inline QString formatCount(std::uint64_t v)
{
    return QLocale().toString(static_cast<qulonglong>(v));
}
// A share as a percentage with one decimal, and more where one would round a share that is
// not 0 to "0.0 %" (or one short of all to "100.0 %"): two significant digits of what it
// differs by, so that one unique customer in a million reads 0.00010 %, never 0.0 %.
inline QString formatPercent(double share)
{
    const double v = share * 100.0;
    const double off = v > 0 && v < 0.05 ? v : v < 100 && v > 99.95 ? 100 - v : 0;
    int digits = 1;
    if (off > 0)
        digits = std::min(8, 1 + static_cast<int>(std::ceil(-std::log10(off) - 1e-9)));
    return QLocale().toString(v, 'f', digits) + QStringLiteral(" %");
}
inline QString formatDecimal(double v, int digits = 3)
{
    return QLocale().toString(v, 'f', digits);
}

// A column's name as a caption for a policy maker: words instead of a raw name
// ("Date of birth" for date_of_birth, "Native country" for native-country); the name as it is
// where plain is false.
QString attributeCaption(const std::string &name, bool plain);

// text of at most maxChars characters, shortened in the middle ("Noord-…-Gemeente")
QString elideMiddle(const QString &text, int maxChars);

// The words for a role and a type, as the steward reads them.
QString roleLabel(AttributeRole role);
QString typeLabel(ValueType type);
// Why a role is suggested, in the workbench's language.
QString suggestionReason(const RoleSuggestion &suggestion);

} // namespace dijkgraaf
