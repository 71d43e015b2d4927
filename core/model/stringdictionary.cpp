#include "stringdictionary.h"

#include <cstring>

namespace dijkgraaf {

std::uint64_t hashBytes(std::string_view s)
{
    // 8 bytes at a time with a multiply-xorshift mix; fields are short, so the tail matters.
    constexpr std::uint64_t m = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * m);
    const char *p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * m;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, n);
        h = (h ^ v) * m;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h;
}

StringDictionary::StringDictionary()
{
    m_offsets.push_back(0);
    m_slots.assign(16, 0);
    m_mask = 15;
}

void StringDictionary::releaseIndex()
{
    std::vector<std::uint64_t>().swap(m_slots);
    std::vector<std::uint64_t>().swap(m_hashOfCode);
    m_mask = 0;
}

void StringDictionary::rebuildIndex() const
{
    std::size_t capacity = 16;
    while (capacity < (size() + 1) * 2)
        capacity <<= 1;
    m_hashOfCode.resize(size());
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
    for (std::uint32_t code = 0; code < size(); ++code) {
        const std::uint64_t h = hashBytes(at(code));
        m_hashOfCode[code] = h;
        std::uint64_t i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = (h & 0xFFFFFFFF00000000ull) | (code + 1u);
    }
}

std::uint32_t StringDictionary::find(std::string_view value) const
{
    if (m_slots.empty())
        rebuildIndex();
    const std::uint64_t h = hashBytes(value);
    const std::uint64_t tag = h & 0xFFFFFFFF00000000ull;
    for (std::uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const std::uint64_t slot = m_slots[i];
        if (slot == 0)
            return npos;
        if ((slot & 0xFFFFFFFF00000000ull) == tag) {
            const auto code = static_cast<std::uint32_t>(slot) - 1;
            if (at(code) == value)
                return code;
        }
    }
}

std::uint32_t StringDictionary::intern(std::string_view value)
{
    if (m_slots.empty())
        rebuildIndex();
    const std::uint64_t h = hashBytes(value);
    const std::uint64_t tag = h & 0xFFFFFFFF00000000ull;
    std::uint64_t i = h & m_mask;
    for (;; i = (i + 1) & m_mask) {
        const std::uint64_t slot = m_slots[i];
        if (slot == 0)
            break;
        if ((slot & 0xFFFFFFFF00000000ull) == tag) {
            const auto code = static_cast<std::uint32_t>(slot) - 1;
            if (at(code) == value)
                return code;
        }
    }
    const auto code = static_cast<std::uint32_t>(size());
    m_arena.append(value);
    m_offsets.push_back(m_arena.size());
    m_hashOfCode.push_back(h);
    m_slots[i] = tag | (code + 1u);
    if ((size() + 1) * 2 > m_slots.size())
        grow();
    return code;
}

void StringDictionary::grow()
{
    const std::size_t capacity = m_slots.size() * 2;
    std::vector<std::uint64_t> slots(capacity, 0);
    const std::uint64_t mask = capacity - 1;
    for (std::uint32_t code = 0; code < size(); ++code) {
        const std::uint64_t h = m_hashOfCode[code];
        std::uint64_t i = h & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = (h & 0xFFFFFFFF00000000ull) | (code + 1u);
    }
    m_slots.swap(slots);
    m_mask = mask;
}

std::vector<std::string> StringDictionary::values() const
{
    std::vector<std::string> out;
    out.reserve(size());
    for (std::uint32_t c = 0; c < size(); ++c)
        out.emplace_back(at(c));
    return out;
}

} // namespace dijkgraaf
