#include "configuration.h"

#include "io/rolesuggestions.h"

namespace dijkgraaf {

std::vector<std::size_t> Configuration::quasiIdentifiers() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < attributes.size(); ++i)
        if (attributes[i].role == AttributeRole::QuasiIdentifier)
            out.push_back(i);
    return out;
}

std::vector<std::size_t> Configuration::ladderSequence(const Dataset &data) const
{
    const auto qis = quasiIdentifiers();
    std::vector<std::size_t> out;
    std::vector<bool> placed(qis.size(), false);
    for (const auto &name : ladderOrder) {
        for (std::size_t q = 0; q < qis.size(); ++q) {
            if (!placed[q] && data.columns[qis[q]].name == name) {
                out.push_back(q);
                placed[q] = true;
            }
        }
    }
    for (std::size_t q = 0; q < qis.size(); ++q)
        if (!placed[q])
            out.push_back(q);
    return out;
}

std::optional<std::size_t> Configuration::weightColumn() const
{
    for (std::size_t i = 0; i < attributes.size(); ++i)
        if (attributes[i].role == AttributeRole::SamplingWeight)
            return i;
    return std::nullopt;
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
