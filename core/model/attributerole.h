#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dijkgraaf {

// What a column is to the anonymization.
enum class AttributeRole {
    DirectIdentifier, // never in any output
    QuasiIdentifier,  // generalized, the basis of re-identification risk
    Sensitive,        // published, protected by the model
    Insensitive,      // published as it is
    SamplingWeight,   // records stand for this many people
    SubjectId,        // one person, many rows (events)
};

std::string_view roleName(AttributeRole role); // "direct-identifier", "quasi-identifier", ...
std::optional<AttributeRole> roleFromName(std::string_view name);

// A suggested role with the reason a steward can read.
struct RoleSuggestion
{
    AttributeRole role = AttributeRole::Insensitive;
    // why, as a kind and its figure, so that the text is made in the language it is shown in;
    // reason is the English text (the command line's)
    std::string kind;
    double share = 0;
    std::string reason;
};

} // namespace dijkgraaf
