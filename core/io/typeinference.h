#pragma once

#include "model/column.h"
#include "model/dataset.h"
#include "model/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dijkgraaf {

bool isMissingToken(std::string_view s); // empty, NA, NULL, ?

std::optional<long long> parseInteger(std::string_view s);
// A decimal number with '.' or ',' as the decimal mark (integers included).
std::optional<double> parseDecimal(std::string_view s, char decimalMark);
// yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy; days since 1970-01-01.
std::optional<int> parseDate(std::string_view s);
// 1234 AB, 1234AB or 1234 (Dutch postcodes); normalised to "1234AB" or "1234".
std::optional<std::string> parsePostcode(std::string_view s);

// Calendar parts of a day count since 1970-01-01.
struct CivilDate
{
    int year;
    int month;
    int day;
};
CivilDate civilFromDays(int days);
int daysFromCivil(int year, int month, int day);

// Sets type, decimalMark, numbers and valueCounts of a freshly imported column: the most
// specific type that every distinct non-missing value fits.
void inferColumnType(Column &column);
// Where the rows of the data stand for several records (Dataset::rowRecords), each column's
// valueCounts counts the records that hold a value, not the rows.
void countRecordsPerValue(Dataset &data);

// A value read into a column: its code in the column's dictionary, every missing token (see
// isMissingToken) the one missing code. The same for every reader.
inline std::uint32_t internValue(Column &column, std::string_view value)
{
    if (value.size() <= 4 && isMissingToken(value)) {
        if (column.missingCode == StringDictionary::npos)
            column.missingCode = column.dictionary.intern(std::string_view());
        return column.missingCode;
    }
    return column.dictionary.intern(value);
}

// The columns of data just read: codes at their size, types inferred, values counted by the
// records that hold them.
void finishColumns(Dataset &data);

// Sets the type the steward chose. Every value present must fit it; the Error names the first
// that does not, with its record count.
Result<bool> applyColumnType(Column &column, ValueType type, char decimalMark = '.');
// The Error applyColumnType would give: the first value that is not of the type; else none.
std::optional<Error> firstMisfit(const Column &column, ValueType type);

} // namespace dijkgraaf
