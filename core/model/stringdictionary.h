#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dijkgraaf {

std::uint64_t hashBytes(std::string_view s);

// Distinct strings of one column, each with a dense code in order of first appearance.
// Open addressing over one contiguous text arena, so that a lookup of a known value
// allocates nothing.
class StringDictionary
{
public:
    StringDictionary();

    // Code of value, inserting it when new.
    std::uint32_t intern(std::string_view value);
    // Code of value, or npos when absent.
    std::uint32_t find(std::string_view value) const;

    std::size_t size() const { return m_offsets.size() - 1; }
    std::string_view at(std::uint32_t code) const
    {
        return std::string_view(m_arena.data() + m_offsets[code],
                                m_offsets[code + 1] - m_offsets[code]);
    }
    std::vector<std::string> values() const;
    // Frees the lookup index (most of the memory of a dictionary of unique values) once no
    // more values will be added; the next intern() or find() rebuilds it.
    void releaseIndex();

    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

private:
    void grow();
    void rebuildIndex() const;

    std::string m_arena;
    std::vector<std::uint64_t> m_offsets;
    mutable std::vector<std::uint64_t> m_hashOfCode; // so that growing never re-reads the strings
    // per slot: upper 32 hash bits (to skip most compares) and code + 1 in the lower 32; 0 = empty
    mutable std::vector<std::uint64_t> m_slots;
    mutable std::uint64_t m_mask = 0;
};

} // namespace dijkgraaf
