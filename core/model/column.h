#pragma once

#include "codearray.h"
#include "stringdictionary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dijkgraaf {

enum class ValueType { Integer, Decimal, Date, Postcode, Text };

std::string_view valueTypeName(ValueType type);
// The type in a message, marked for translation (QT_TRANSLATE_NOOP("Errors", ...)):
// "a valid integer" (Valid), "integer values" (Values).
enum class TypeWord { Valid, Values };
const char *valueTypeWord(ValueType type, TypeWord word);
// The type a name of valueTypeName stands for; nullopt for any other text.
std::optional<ValueType> valueTypeFromName(std::string_view name);

// One imported column: its distinct values (the dictionary) and one code per record.
// Missing values (empty, NA, NULL, ?) share one code, missingCode.
struct Column
{
    std::string name;
    ValueType type = ValueType::Text;
    char decimalMark = '.';
    StringDictionary dictionary;
    CodeArray codes;
    std::uint32_t missingCode = StringDictionary::npos;
    std::vector<std::uint64_t> valueCounts; // records per code
    std::vector<double> numbers;            // per code: the number (Integer, Decimal) or the
                                            // day count since 1970-01-01 (Date); NaN otherwise

    std::size_t distinctCount() const; // distinct values that are not missing
    std::uint64_t missingCount() const;
    bool hasMissing() const { return missingCode != StringDictionary::npos; }
    bool isNumeric() const { return type == ValueType::Integer || type == ValueType::Decimal; }
    std::string_view text(std::uint32_t code) const { return dictionary.at(code); }
};

} // namespace dijkgraaf
