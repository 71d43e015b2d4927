#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace dijkgraaf {

// Dense numbering of 64-bit keys (0, 1, 2, ... in order of first sight) by open addressing.
// Sized to the keys it holds, not to the keys it might see, so that its slots stay in cache;
// reused across evaluations: reset() keeps the memory.
class KeyIndex
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);

    // Forgets all keys; room for about expectedKeys before the first growth. The memory is
    // kept: a smaller table uses the front of it.
    void reset(std::size_t expectedKeys = 0)
    {
        std::size_t capacity = 64;
        while (capacity < expectedKeys * 2)
            capacity <<= 1;
        emptySlots(capacity);
        m_size = 0;
    }

    // Id of key (never kEmpty), numbering it when new.
    [[gnu::always_inline]] std::uint32_t insert(std::uint64_t key)
    {
        return insertMixed(key, mix(key));
    }
    // The same, with mix(key) computed already (for a key whose slot was prefetched).
    [[gnu::always_inline]] std::uint32_t insertMixed(std::uint64_t key, std::uint64_t mixed)
    {
        std::uint64_t i = mixed & m_mask;
        for (;;) {
            Slot &s = m_slots[i];
            if (s.key == key)
                return s.id;
            if (s.key == kEmpty) {
                s.key = key;
                s.id = static_cast<std::uint32_t>(m_size);
                if (++m_size * 2 > m_mask + 1)
                    grow();
                return static_cast<std::uint32_t>(m_size - 1);
            }
            i = (i + 1) & m_mask;
        }
    }

    std::size_t size() const { return m_size; }

    // Asks the processor to fetch the slot of a key (by its mix()) ahead of its insert, hiding
    // the cache miss.
    void prefetchMixed(std::uint64_t mixed) const { __builtin_prefetch(&m_slots[mixed & m_mask]); }

    // The mix that places keys; its top bits are free for splitting keys among threads.
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 31;
        x *= 0x7FB5D329728EA185ull;
        x ^= x >> 27;
        x *= 0x81DADEF4BC2DD44Dull;
        x ^= x >> 33;
        return x;
    }

private:
    struct Slot
    {
        std::uint64_t key;
        std::uint32_t id;
    };

    // The first `capacity` slots, all empty, as the table.
    void emptySlots(std::size_t capacity)
    {
        if (m_slots.size() < capacity)
            m_slots.resize(capacity);
        // every byte 0xFF: the key of each slot is kEmpty (the id of an empty slot is not read)
        std::memset(static_cast<void *>(m_slots.data()), 0xFF, capacity * sizeof(Slot));
        m_mask = capacity - 1;
    }

    [[gnu::noinline]] void grow()
    {
        const std::size_t capacity = (m_mask + 1) * 2;
        m_spare.assign(m_slots.begin(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_mask + 1));
        emptySlots(capacity);
        for (const Slot &s : m_spare) {
            if (s.key == kEmpty)
                continue;
            std::uint64_t i = mix(s.key) & m_mask;
            while (m_slots[i].key != kEmpty)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots; // key and id side by side: one cache line per probe
    std::vector<Slot> m_spare; // the old slots while growing
    std::uint64_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace dijkgraaf
