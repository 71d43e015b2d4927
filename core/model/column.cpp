#include "column.h"
#include "dataset.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP

namespace dijkgraaf {

std::string_view valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Integer:
        return "integer";
    case ValueType::Decimal:
        return "decimal";
    case ValueType::Date:
        return "date";
    case ValueType::Postcode:
        return "postcode";
    case ValueType::Text:
        return "text";
    }
    return "text";
}

const char *valueTypeWord(ValueType type, TypeWord word)
{
    const bool valid = word == TypeWord::Valid;
    switch (type) {
    case ValueType::Integer:
        return valid ? QT_TRANSLATE_NOOP("Errors", "a valid integer")
                     : QT_TRANSLATE_NOOP("Errors", "integer values");
    case ValueType::Decimal:
        return valid ? QT_TRANSLATE_NOOP("Errors", "a valid decimal")
                     : QT_TRANSLATE_NOOP("Errors", "decimal values");
    case ValueType::Date:
        return valid ? QT_TRANSLATE_NOOP("Errors", "a valid date")
                     : QT_TRANSLATE_NOOP("Errors", "date values");
    case ValueType::Postcode:
        return valid ? QT_TRANSLATE_NOOP("Errors", "a valid postcode")
                     : QT_TRANSLATE_NOOP("Errors", "postcode values");
    case ValueType::Text:
        break;
    }
    return valid ? QT_TRANSLATE_NOOP("Errors", "a valid text")
                 : QT_TRANSLATE_NOOP("Errors", "text values");
}

std::optional<ValueType> valueTypeFromName(std::string_view name)
{
    for (ValueType t : {ValueType::Integer, ValueType::Decimal, ValueType::Date,
                        ValueType::Postcode, ValueType::Text})
        if (valueTypeName(t) == name)
            return t;
    return std::nullopt;
}

std::size_t Column::distinctCount() const
{
    return dictionary.size() - (hasMissing() ? 1 : 0);
}

std::uint64_t Column::missingCount() const
{
    return hasMissing() && missingCode < valueCounts.size() ? valueCounts[missingCode] : 0;
}

std::optional<std::size_t> Dataset::columnIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return std::nullopt;
}

std::size_t Dataset::codeBytes() const
{
    std::size_t total = 0;
    for (const auto &c : columns)
        total += c.codes.bytes();
    return total;
}

} // namespace dijkgraaf
