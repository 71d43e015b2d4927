#include "typeinference.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace dijkgraaf {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!isDigit(c))
            return false;
    return true;
}

int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

bool validDay(int y, int m, int d)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace

bool isMissingToken(std::string_view s)
{
    return s.empty() || s == "NA" || s == "NULL" || s == "?";
}

std::optional<long long> parseInteger(std::string_view s)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (!allDigits(s) || s.size() > 18)
        return std::nullopt;
    if (s.size() > 1 && s[0] == '0')
        return std::nullopt; // a leading zero makes it a code (phone number, account), not a count
    long long v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return negative ? -v : v;
}

std::optional<double> parseDecimal(std::string_view s, char decimalMark)
{
    std::string_view body = s;
    bool negative = false;
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    // an exponent, as statistical software writes large numbers (1.1e+07)
    std::string_view exponent;
    if (const auto e = body.find_first_of("eE"); e != std::string_view::npos) {
        exponent = body.substr(e + 1);
        body = body.substr(0, e);
        std::string_view digits = exponent;
        if (!digits.empty() && (digits[0] == '+' || digits[0] == '-'))
            digits.remove_prefix(1);
        if (!allDigits(digits) || digits.size() > 3)
            return std::nullopt;
    }
    const auto mark = body.find(decimalMark);
    std::string_view whole = body.substr(0, mark);
    std::string_view frac =
        mark == std::string_view::npos ? std::string_view() : body.substr(mark + 1);
    if (!allDigits(whole) || whole.size() > 15)
        return std::nullopt;
    if (whole.size() > 1 && whole[0] == '0')
        return std::nullopt;
    if (mark != std::string_view::npos && (!allDigits(frac) || frac.size() > 15))
        return std::nullopt;
    // validated above: from_chars gives the correctly rounded value
    char text[48];
    std::size_t len = 0;
    for (char c : whole)
        text[len++] = c;
    if (!frac.empty()) {
        text[len++] = '.';
        for (char c : frac)
            text[len++] = c;
    }
    if (!exponent.empty()) {
        text[len++] = 'e';
        for (char c : exponent)
            text[len++] = c;
    }
    double v = 0;
    std::from_chars(text, text + len, v);
    return negative ? -v : v;
}

std::optional<int> parseDate(std::string_view s)
{
    if (s.size() != 10)
        return std::nullopt;
    int y, m, d;
    if (s[4] == '-' && s[7] == '-' && allDigits(s.substr(0, 4)) && allDigits(s.substr(5, 2)) &&
        allDigits(s.substr(8, 2))) {
        y = toInt(s.substr(0, 4));
        m = toInt(s.substr(5, 2));
        d = toInt(s.substr(8, 2));
    } else if ((s[2] == '-' || s[2] == '/') && s[5] == s[2] && allDigits(s.substr(0, 2)) &&
               allDigits(s.substr(3, 2)) && allDigits(s.substr(6, 4))) {
        d = toInt(s.substr(0, 2));
        m = toInt(s.substr(3, 2));
        y = toInt(s.substr(6, 4));
    } else {
        return std::nullopt;
    }
    if (!validDay(y, m, d))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<std::string> parsePostcode(std::string_view s)
{
    if (s.size() < 4 || s.size() > 7 || !allDigits(s.substr(0, 4)) || s[0] == '0')
        return std::nullopt;
    std::string_view rest = s.substr(4);
    if (rest.empty())
        return std::string(s);
    if (rest[0] == ' ')
        rest.remove_prefix(1);
    if (rest.size() != 2)
        return std::nullopt;
    std::string out(s.substr(0, 4));
    for (char c : rest) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return std::nullopt;
        out += c;
    }
    return out;
}

// Proleptic Gregorian calendar arithmetic in 400-year eras.
int daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate civilFromDays(int z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

void inferColumnType(Column &column)
{
    const std::size_t n = column.dictionary.size();
    column.valueCounts.assign(n, 0);
    column.codes.visit([&](auto codes) {
        for (auto c : codes)
            ++column.valueCounts[c];
    });

    bool integer = true, dotDecimal = true, commaDecimal = true, date = true, postcode = true;
    bool postcodeWithLetters = false;
    std::size_t present = 0;
    for (std::uint32_t c = 0; c < n; ++c) {
        if (c == column.missingCode)
            continue;
        ++present;
        const std::string_view v = column.dictionary.at(c);
        if (integer && !parseInteger(v))
            integer = false;
        if (dotDecimal && !parseDecimal(v, '.'))
            dotDecimal = false;
        if (commaDecimal && !parseDecimal(v, ','))
            commaDecimal = false;
        if (date && !parseDate(v))
            date = false;
        if (postcode) {
            const auto pc = parsePostcode(v);
            if (!pc)
                postcode = false;
            else if (pc->size() == 6)
                postcodeWithLetters = true;
        }
        if (!integer && !dotDecimal && !commaDecimal && !date && !postcode)
            break;
    }

    const std::string name = lower(column.name);
    const bool postcodeName =
        name.find("postcode") != std::string::npos || name.find("postal") != std::string::npos ||
        name.find("zip") != std::string::npos || name == "pc4" || name == "pc6";
    column.type = ValueType::Text;
    column.decimalMark = '.';
    if (present == 0)
        column.type = ValueType::Text;
    else if (postcode && (postcodeWithLetters || postcodeName))
        column.type = ValueType::Postcode;
    else if (integer)
        column.type = ValueType::Integer;
    else if (dotDecimal)
        column.type = ValueType::Decimal;
    else if (commaDecimal) {
        column.type = ValueType::Decimal;
        column.decimalMark = ',';
    } else if (date)
        column.type = ValueType::Date;

    column.numbers.assign(n, std::numeric_limits<double>::quiet_NaN());
    for (std::uint32_t c = 0; c < n; ++c) {
        if (c == column.missingCode)
            continue;
        const std::string_view v = column.dictionary.at(c);
        if (column.isNumeric()) {
            if (auto d = parseDecimal(v, column.decimalMark))
                column.numbers[c] = *d;
        } else if (column.type == ValueType::Date) {
            if (auto d = parseDate(v))
                column.numbers[c] = *d;
        }
    }
}

} // namespace dijkgraaf

namespace dijkgraaf {

namespace {

// The column's values as numbers of the type (dates as days), or the Error that names the
// first value that is not of it.
Result<std::vector<double>> valuesAs(const Column &column, ValueType type, char decimalMark)
{
    std::vector<double> numbers(column.dictionary.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::uint32_t c = 0; c < column.dictionary.size(); ++c) {
        if (c == column.missingCode)
            continue;
        const std::string_view v = column.dictionary.at(c);
        bool fits = true;
        switch (type) {
        case ValueType::Integer:
            if (auto i = parseInteger(v))
                numbers[c] = static_cast<double>(*i);
            else
                fits = false;
            break;
        case ValueType::Decimal:
            if (auto d = parseDecimal(v, decimalMark))
                numbers[c] = *d;
            else
                fits = false;
            break;
        case ValueType::Date:
            if (auto d = parseDate(v))
                numbers[c] = *d;
            else
                fits = false;
            break;
        case ValueType::Postcode:
            fits = parsePostcode(v).has_value();
            break;
        case ValueType::Text:
            break;
        }
        if (!fits) {
            const std::uint64_t records = c < column.valueCounts.size() ? column.valueCounts[c] : 0;
            // a value only one record holds is never printed: it could single someone out
            return records >= 2
                       ? Error::of(QT_TRANSLATE_NOOP("Errors", "the value '%1' (a value of the "
                                                               "data, %2 records) is not %3"),
                                   {std::string(v), arg(records), word(valueTypeWord(type, TypeWord::Valid))}, {},
                                   0, column.name)
                       : Error::of(QT_TRANSLATE_NOOP("Errors",
                                                     "a value held by one record only (not shown: "
                                                     "it could single someone out) is not %1"),
                                   {word(valueTypeWord(type, TypeWord::Valid))}, {}, 0, column.name);
        }
    }
    return numbers;
}

} // namespace

Result<bool> applyColumnType(Column &column, ValueType type, char decimalMark)
{
    auto numbers = valuesAs(column, type, decimalMark);
    if (!numbers)
        return numbers.error();
    column.type = type;
    column.decimalMark = decimalMark;
    column.numbers = std::move(*numbers);
    return true;
}

std::optional<Error> firstMisfit(const Column &column, ValueType type)
{
    auto numbers = valuesAs(column, type, column.decimalMark);
    if (numbers)
        return std::nullopt;
    return numbers.error();
}

void finishColumns(Dataset &data)
{
    for (auto &column : data.columns) {
        column.codes.shrinkToFit();
        column.dictionary.releaseIndex();
        inferColumnType(column);
    }
    countRecordsPerValue(data);
}

void countRecordsPerValue(Dataset &data)
{
    if (data.rowRecords.empty())
        return;
    for (auto &column : data.columns) {
        column.valueCounts.assign(column.dictionary.size(), 0);
        for (std::uint64_t row = 0; row < data.rowCount; ++row)
            column.valueCounts[column.codes.at(row)] += data.rowRecords[row];
    }
}

} // namespace dijkgraaf
