#include "rolesuggestions.h"

#include "typeinference.h"

#include <QtGlobal>

#include <array>
#include <cmath>
#include <cstdio>

namespace dijkgraaf {

std::string_view roleName(AttributeRole role)
{
    switch (role) {
    case AttributeRole::DirectIdentifier:
        return "direct-identifier";
    case AttributeRole::QuasiIdentifier:
        return "quasi-identifier";
    case AttributeRole::Sensitive:
        return "sensitive";
    case AttributeRole::Insensitive:
        return "insensitive";
    case AttributeRole::SamplingWeight:
        return "sampling-weight";
    case AttributeRole::SubjectId:
        return "subject-id";
    }
    return "insensitive";
}

std::optional<AttributeRole> roleFromName(std::string_view name)
{
    for (auto r :
         {AttributeRole::DirectIdentifier, AttributeRole::QuasiIdentifier, AttributeRole::Sensitive,
          AttributeRole::Insensitive, AttributeRole::SamplingWeight, AttributeRole::SubjectId})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lowerName(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c == '-' || c == ' ' || c == '.')
            c = '_';
        out += c;
    }
    return out;
}

bool nameHas(const std::string &name, std::initializer_list<std::string_view> words)
{
    for (auto w : words)
        if (name.find(w) != std::string::npos)
            return true;
    return false;
}

std::string percent(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", share * 100.0);
    return buf;
}

// Share of the column's non-missing records whose value passes test.
template <class Test> double recordShare(const Column &c, Test test)
{
    std::uint64_t yes = 0, all = 0;
    for (std::uint32_t code = 0; code < c.dictionary.size(); ++code) {
        if (code == c.missingCode)
            continue;
        all += c.valueCounts[code];
        if (test(c.dictionary.at(code)))
            yes += c.valueCounts[code];
    }
    return all ? static_cast<double>(yes) / static_cast<double>(all) : 0.0;
}

} // namespace

bool isEmailAddress(std::string_view s)
{
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view domain = s.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2)
        return false;
    for (char c : s)
        if (c == ' ' || c == '\t' || c == ',' || c == ';')
            return false;
    for (char c : domain.substr(dot + 1))
        if (!isAlpha(c))
            return false;
    return true;
}

bool isPhoneNumber(std::string_view s)
{
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c))
            digits += c;
        else if (c == '+' && i == 0)
            plus = true;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.')
            return false;
    }
    if (plus)
        return digits.size() >= 9 && digits.size() <= 15;
    if (digits.rfind("0031", 0) == 0)
        return digits.size() == 13;
    // Dutch national numbers: 0 then nine digits, the second not 0
    return digits.size() == 10 && digits[0] == '0' && digits[1] != '0';
}

bool isIban(std::string_view s)
{
    std::string iban;
    for (char c : s) {
        if (c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (!isDigit(c) && !(c >= 'A' && c <= 'Z'))
            return false;
        iban += c;
    }
    if (iban.size() < 15 || iban.size() > 34 || !isAlpha(iban[0]) || !isAlpha(iban[1]) ||
        !isDigit(iban[2]) || !isDigit(iban[3]))
        return false;
    const std::string moved = iban.substr(4) + iban.substr(0, 4);
    unsigned remainder = 0;
    for (char c : moved) {
        if (isDigit(c))
            remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
        else
            remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
    }
    return remainder == 1;
}

bool isBsn(std::string_view s)
{
    if (s.size() != 9)
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        if (!isDigit(s[i]))
            return false;
        const int d = s[i] - '0';
        sum += (i < 8 ? static_cast<int>(9 - i) : -1) * d;
    }
    return sum % 11 == 0 && s != "000000000";
}

namespace {

// A word of a column name that begins a word of the name ("education_num", not "trace").
bool nameHasWord(const std::string &name, std::initializer_list<std::string_view> words)
{
    for (auto w : words)
        for (auto at = name.find(w); at != std::string::npos; at = name.find(w, at + 1))
            if (at == 0 || name[at - 1] == '_')
                return true;
    return false;
}

// The usual quasi-identifiers of census and customer data beyond place, date of birth and
// gender, in English and Dutch column names: the kind of suggestion, or empty.
std::string_view censusKind(const std::string &name)
{
    if (nameHasWord(name, {"native_country", "country_of_birth", "birth_country", "birthplace",
                           "place_of_birth", "geboorteland", "geboorteplaats", "land_van_herkomst",
                           "herkomstland"}))
        return "birth-country";
    if (nameHasWord(name, {"race", "ethnic", "etnic", "etnisch", "herkomst", "afkomst",
                           "migratieachtergrond"}))
        return "ethnicity";
    if (nameHasWord(name, {"marital", "burgerlijke_staat", "burgerlijkestaat", "civil_status",
                           "huwelijk", "married", "gehuwd"}))
        return "marital-status";
    if (nameHasWord(name,
                    {"education", "opleiding", "onderwijs", "schooling", "degree", "diploma"}))
        return "education";
    if (nameHasWord(name, {"occupation", "workclass", "work_class", "employment", "employer", "job",
                           "profession", "beroep", "werkgever", "werksituatie", "arbeid",
                           "dienstverband"}))
        return "occupation";
    if (nameHasWord(name, {"nationality", "nationaliteit", "citizenship", "staatsburgerschap"}))
        return "nationality";
    if (nameHasWord(name, {"household", "huishouden", "huishoud", "family_size", "gezin",
                           "relationship", "children", "kinderen"}))
        return "household";
    return {};
}

// Why each kind of suggestion is made, in English; %1 stands for the share of values. The
// workbench shows the same texts in its own language (lupdate reads them from here).
struct ReasonText
{
    std::string_view kind;
    const char *text;
};
constexpr ReasonText kReasons[] = {
    {"email", QT_TRANSLATE_NOOP("Reasons", "%1 of values look like e-mail addresses")},
    {"iban", QT_TRANSLATE_NOOP("Reasons", "%1 of values are IBANs with a valid check digit")},
    {"bsn-named",
     QT_TRANSLATE_NOOP("Reasons",
                       "%1 of values are citizen service numbers (BSN) that pass the 11-test")},
    {"bsn", QT_TRANSLATE_NOOP("Reasons",
                              "%1 of values pass the 11-test of citizen service numbers (BSN)")},
    {"phone", QT_TRANSLATE_NOOP("Reasons", "%1 of values look like phone numbers")},
    {"name", QT_TRANSLATE_NOOP("Reasons", "the column name says it holds names")},
    {"weight",
     QT_TRANSLATE_NOOP("Reasons",
                       "a positive number named as a weight: records stand for this many people")},
    {"birth-date",
     QT_TRANSLATE_NOOP("Reasons",
                       "a date of birth singles people out in combination with other attributes")},
    {"age", QT_TRANSLATE_NOOP(
                "Reasons", "an age is known to acquaintances and combines with other attributes")},
    {"postcode",
     QT_TRANSLATE_NOOP(
         "Reasons",
         "a postcode locates people; with a date of birth and gender it makes most people unique")},
    {"gender", QT_TRANSLATE_NOOP("Reasons", "gender is public knowledge and halves every group")},
    {"place",
     QT_TRANSLATE_NOOP("Reasons", "a place of residence is known to others and locates people")},
    {"birth-country",
     QT_TRANSLATE_NOOP("Reasons",
                       "a country of birth is known to others, and a rare one singles people out")},
    {"ethnicity",
     QT_TRANSLATE_NOOP(
         "Reasons",
         "ethnicity or origin is seen or known by others and combines with other attributes; it is "
         "also a special category of personal data (GDPR, article 9)")},
    {"marital-status",
     QT_TRANSLATE_NOOP("Reasons",
                       "a marital status is on public record and known to acquaintances")},
    {"education",
     QT_TRANSLATE_NOOP(
         "Reasons",
         "a level of education is known to colleagues and acquaintances and combines with age")},
    {"occupation",
     QT_TRANSLATE_NOOP("Reasons",
                       "an occupation or employment is known to colleagues and often public")},
    {"nationality",
     QT_TRANSLATE_NOOP("Reasons",
                       "a nationality is known to others, and a rare one singles people out")},
    {"household",
     QT_TRANSLATE_NOOP("Reasons",
                       "the make-up of a household is known to neighbours and acquaintances")},
    {"subject",
     QT_TRANSLATE_NOOP("Reasons",
                       "an identifier that repeats over rows: one person with several records")},
    {"sensitive", QT_TRANSLATE_NOOP("Reasons", "the column name points to a sensitive matter")},
    {"distinct",
     QT_TRANSLATE_NOOP("Reasons",
                       "%1 of values are distinct: the column identifies records on its own")},
    {"none", QT_TRANSLATE_NOOP("Reasons", "no sign that it identifies people")},
};

} // namespace

const char *roleReasonText(std::string_view kind)
{
    for (const ReasonText &r : kReasons)
        if (r.kind == kind)
            return r.text;
    return kReasons[std::size(kReasons) - 1].text;
}

std::string roleReasonInEnglish(std::string_view kind, double share)
{
    std::string text = roleReasonText(kind);
    if (const auto at = text.find("%1"); at != std::string::npos)
        text.replace(at, 2, percent(share));
    return text;
}

std::vector<RoleSuggestion> suggestRoles(const Dataset &data)
{
    std::vector<RoleSuggestion> out;
    for (const Column &c : data.columns) {
        const std::string name = lowerName(c.name);
        const std::uint64_t present = data.records() - c.missingCount();
        const double distinctShare =
            present ? static_cast<double>(c.distinctCount()) / static_cast<double>(present) : 0.0;
        RoleSuggestion s;
        auto suggest = [&](AttributeRole role, std::string_view kind, double share = 0) {
            s.role = role;
            s.kind = kind;
            s.share = share;
        };
        const auto direct = AttributeRole::DirectIdentifier;
        const auto quasi = AttributeRole::QuasiIdentifier;
        const bool textual = c.type == ValueType::Text;
        double share = 0;
        std::string_view census;
        if (textual && (share = recordShare(c, isEmailAddress)) >= 0.9) {
            suggest(direct, "email", share);
        } else if ((share = recordShare(c, isIban)) >= 0.9) {
            suggest(direct, "iban", share);
        } else if ((share = recordShare(c, isBsn)) >= 0.9 &&
                   nameHas(name, {"bsn", "sofi", "burgerservice", "citizen"})) {
            suggest(direct, "bsn-named", share);
        } else if ((share = recordShare(c, isBsn)) >= 0.99 && distinctShare > 0.9) {
            suggest(direct, "bsn", share);
        } else if ((share = recordShare(c, isPhoneNumber)) >= 0.9 && c.type != ValueType::Decimal &&
                   (c.type != ValueType::Integer ||
                    nameHas(name, {"phone", "tel", "mobile", "mobiel", "gsm"}))) {
            suggest(direct, "phone", share);
        } else if (textual && nameHas(name, {"name", "naam", "surname"}) &&
                   !nameHas(name, {"file", "product", "street_name"})) {
            suggest(direct, "name");
        } else if (nameHas(name, {"weight", "gewicht", "wgt"}) && c.isNumeric() &&
                   recordShare(c, [](std::string_view v) {
                       auto d = parseDecimal(v, '.');
                       if (!d)
                           d = parseDecimal(v, ',');
                       return d && *d > 0;
                   }) == 1.0) {
            suggest(AttributeRole::SamplingWeight, "weight");
        } else if (c.type == ValueType::Date &&
                   nameHas(name, {"birth", "geboorte", "dob", "born", "geb"})) {
            suggest(quasi, "birth-date");
        } else if (c.type == ValueType::Integer && nameHas(name, {"age", "leeftijd"}) &&
                   recordShare(c, [](std::string_view v) {
                       auto i = parseInteger(v);
                       return i && *i >= 0 && *i <= 130;
                   }) == 1.0) {
            suggest(quasi, "age");
        } else if (c.type == ValueType::Postcode || nameHas(name, {"postcode", "zip", "postal"})) {
            suggest(quasi, "postcode");
        } else if (nameHas(name, {"gender", "sex", "geslacht"}) && c.distinctCount() <= 5) {
            suggest(quasi, "gender");
        } else if (!(census = censusKind(name)).empty()) {
            suggest(quasi, census);
        } else if (nameHas(name, {"city", "place", "plaats", "municipality", "gemeente", "town",
                                  "residence", "woon", "region", "province", "provincie", "country",
                                  "land", "wijk", "buurt"})) {
            suggest(quasi, "place");
        } else if (nameHas(name, {"customer_id", "klant", "subject", "user_id", "device", "imsi",
                                  "person", "persoon"}) &&
                   distinctShare < 0.9) {
            suggest(AttributeRole::SubjectId, "subject");
        } else if (nameHas(name, {"income", "salary", "inkomen", "salaris", "diagnos", "health",
                                  "religion", "disease", "ziekte", "gezondheid"})) {
            suggest(AttributeRole::Sensitive, "sensitive");
        } else if (distinctShare >= 0.95 && present >= 20 && c.type != ValueType::Decimal) {
            suggest(direct, "distinct", distinctShare);
        } else {
            suggest(AttributeRole::Insensitive, "none");
        }
        s.reason = roleReasonInEnglish(s.kind, s.share);
        out.push_back(std::move(s));
    }
    return out;
}

Configuration suggestedConfiguration(const std::vector<RoleSuggestion> &suggestions)
{
    Configuration config;
    for (const auto &s : suggestions) {
        AttributeConfig a;
        a.role = s.role;
        a.hierarchy.kind = HierarchySpec::Kind::Auto;
        config.attributes.push_back(a);
    }
    return config;
}

Configuration suggestedConfiguration(const Dataset &data)
{
    return suggestedConfiguration(suggestRoles(data));
}

} // namespace dijkgraaf
