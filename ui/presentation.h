#pragma once

#include "model/attributerole.h"
#include "model/column.h"

#include <QColor>
#include <QLocale>
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
} // namespace palette

// Numbers in the user's locale: "1.234,5" in Dutch, "1,234.5" in English.
inline QString formatCount(std::uint64_t v)
{
    return QLocale().toString(static_cast<qulonglong>(v));
}
inline QString formatPercent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}
inline QString formatDecimal(double v, int digits = 3)
{
    return QLocale().toString(v, 'f', digits);
}

// The words for a role and a type, as the steward reads them.
QString roleLabel(AttributeRole role);
QString typeLabel(ValueType type);

} // namespace dijkgraaf
