#pragma once

#include <cstdint>
#include <vector>

namespace dijkgraaf {

// Dense numbering of 64-bit keys (0, 1, 2, ... in order of first sight) by open addressing.
// Reused across evaluations: clear() keeps the memory.
class KeyIndex
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);

    void reset(std::size_t expectedKeys)
    {
        std::size_t capacity = 16;
        while (capacity < expectedKeys * 2)
            capacity <<= 1;
        if (m_keys.size() != capacity) {
            m_keys.assign(capacity, kEmpty);
            m_ids.resize(capacity);
        } else {
            std::fill(m_keys.begin(), m_keys.end(), kEmpty);
        }
        m_mask = capacity - 1;
        m_size = 0;
    }

    // Id of key (never kEmpty), numbering it when new. The table must have room: reset()
    // with at least the number of distinct keys that will be inserted.
    std::uint32_t insert(std::uint64_t key)
    {
        std::uint64_t i = mix(key) & m_mask;
        for (;;) {
            const std::uint64_t k = m_keys[i];
            if (k == key)
                return m_ids[i];
            if (k == kEmpty) {
                m_keys[i] = key;
                m_ids[i] = static_cast<std::uint32_t>(m_size);
                return static_cast<std::uint32_t>(m_size++);
            }
            i = (i + 1) & m_mask;
        }
    }

    std::size_t size() const { return m_size; }

private:
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 31;
        x *= 0x7FB5D329728EA185ull;
        x ^= x >> 27;
        x *= 0x81DADEF4BC2DD44Dull;
        x ^= x >> 33;
        return x;
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_ids;
    std::uint64_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace dijkgraaf
