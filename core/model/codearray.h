#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace dijkgraaf {

// The integer codes of one column, one per record, stored in the narrowest unsigned width
// (1, 2 or 4 bytes) that holds the largest code so far; appending a larger code widens once.
class CodeArray
{
public:
    int width() const { return m_width; }
    std::size_t size() const { return m_size; }
    std::size_t bytes() const { return m_size * static_cast<std::size_t>(m_width); }

    std::uint32_t at(std::size_t i) const
    {
        switch (m_width) {
        case 1:
            return m_u8[i];
        case 2:
            return m_u16[i];
        default:
            return m_u32[i];
        }
    }

    void push(std::uint32_t code)
    {
        if (m_width == 1 && code > 0xFFu)
            widen(code > 0xFFFFu ? 4 : 2);
        else if (m_width == 2 && code > 0xFFFFu)
            widen(4);
        switch (m_width) {
        case 1:
            m_u8.push_back(static_cast<std::uint8_t>(code));
            break;
        case 2:
            m_u16.push_back(static_cast<std::uint16_t>(code));
            break;
        default:
            m_u32.push_back(code);
            break;
        }
        ++m_size;
    }

    void reserve(std::size_t n)
    {
        switch (m_width) {
        case 1:
            m_u8.reserve(n);
            break;
        case 2:
            m_u16.reserve(n);
            break;
        default:
            m_u32.reserve(n);
            break;
        }
    }

    void shrinkToFit()
    {
        m_u8.shrink_to_fit();
        m_u16.shrink_to_fit();
        m_u32.shrink_to_fit();
    }

    // Calls f with a std::span of the codes in their stored width, so that hot loops are
    // compiled once per width instead of branching per cell.
    template <class F> decltype(auto) visit(F &&f) const
    {
        switch (m_width) {
        case 1:
            return f(std::span<const std::uint8_t>(m_u8));
        case 2:
            return f(std::span<const std::uint16_t>(m_u16));
        default:
            return f(std::span<const std::uint32_t>(m_u32));
        }
    }

private:
    void widen(int width)
    {
        std::vector<std::uint32_t> all;
        all.reserve(m_size);
        for (std::size_t i = 0; i < m_size; ++i)
            all.push_back(at(i));
        std::vector<std::uint8_t>().swap(m_u8);
        std::vector<std::uint16_t>().swap(m_u16);
        m_width = width;
        if (width == 2) {
            m_u16.reserve(all.capacity() + all.capacity() / 2 + 16);
            m_u16.assign(all.begin(), all.end());
        } else {
            m_u32.reserve(all.capacity() + all.capacity() / 2 + 16);
            m_u32.assign(all.begin(), all.end());
        }
    }

    int m_width = 1;
    std::size_t m_size = 0;
    std::vector<std::uint8_t> m_u8;
    std::vector<std::uint16_t> m_u16;
    std::vector<std::uint32_t> m_u32;
};

} // namespace dijkgraaf
