#include "configuration.h"


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

Result<std::string> recordNounFrom(std::string_view typed)
{
    std::size_t first = 0, last = typed.size();
    while (first < last && (typed[first] == ' ' || typed[first] == '\t'))
        ++first;
    while (last > first && (typed[last - 1] == ' ' || typed[last - 1] == '\t'))
        --last;
    const std::string noun(typed.substr(first, last - first));
    std::size_t characters = 0;
    for (const char c : noun) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the record noun holds a control character"));
        characters += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0; // UTF-8
    }
    if (characters > 40)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the record noun '%1…' is longer than 40 characters"),
                         {noun.substr(0, 40)});
    return noun;
}

} // namespace dijkgraaf
