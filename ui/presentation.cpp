#include "presentation.h"

#include "io/rolesuggestions.h"

#include <QCoreApplication>

namespace dijkgraaf {

QString attributeCaption(const std::string &name, bool plain)
{
    QString caption = QString::fromStdString(name);
    if (!plain)
        return caption;
    for (QChar &c : caption)
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            c = QLatin1Char(' ');
    caption = caption.simplified();
    if (!caption.isEmpty())
        caption[0] = caption[0].toUpper();
    return caption;
}

QString roleLabel(AttributeRole role)
{
    switch (role) {
    case AttributeRole::DirectIdentifier:
        return QCoreApplication::translate("Roles", "Direct identifier");
    case AttributeRole::QuasiIdentifier:
        return QCoreApplication::translate("Roles", "Quasi-identifier");
    case AttributeRole::Sensitive:
        return QCoreApplication::translate("Roles", "Sensitive");
    case AttributeRole::Insensitive:
        return QCoreApplication::translate("Roles", "Insensitive");
    case AttributeRole::SamplingWeight:
        return QCoreApplication::translate("Roles", "Sampling weight");
    case AttributeRole::SubjectId:
        return QCoreApplication::translate("Roles", "Subject id");
    }
    return {};
}

QString typeLabel(ValueType type)
{
    switch (type) {
    case ValueType::Integer:
        return QCoreApplication::translate("Types", "whole number");
    case ValueType::Decimal:
        return QCoreApplication::translate("Types", "decimal number");
    case ValueType::Date:
        return QCoreApplication::translate("Types", "date");
    case ValueType::Postcode:
        return QCoreApplication::translate("Types", "postcode");
    case ValueType::Text:
        return QCoreApplication::translate("Types", "text");
    }
    return {};
}

QString suggestionReason(const RoleSuggestion &s)
{
    const QString text = QCoreApplication::translate("Reasons", roleReasonText(s.kind));
    return text.contains(QLatin1String("%1")) ? text.arg(formatPercent(s.share)) : text;
}

QString elideMiddle(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 3)
        return text;
    const int head = (maxChars - 1) / 2, tail = maxChars - 1 - head;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

} // namespace dijkgraaf
