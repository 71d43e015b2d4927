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

std::optional<std::size_t> Configuration::weightColumn() const
{
    for (std::size_t i = 0; i < attributes.size(); ++i)
        if (attributes[i].role == AttributeRole::SamplingWeight)
            return i;
    return std::nullopt;
}

Configuration suggestedConfiguration(const Dataset &data)
{
    Configuration config;
    const auto roles = suggestRoles(data);
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        AttributeConfig a;
        a.role = roles[i].role;
        a.hierarchy.kind = HierarchySpec::Kind::Auto;
        config.attributes.push_back(a);
    }
    return config;
}

} // namespace dijkgraaf
