#include "lattice.h"

namespace dijkgraaf {

Lattice::Lattice(std::vector<int> heights) : m_heights(std::move(heights))
{
    std::uint64_t size = 1;
    bool overflow = false;
    m_stride.resize(m_heights.size());
    for (std::size_t q = 0; q < m_heights.size(); ++q) {
        const auto radix = static_cast<std::uint64_t>(m_heights[q] + 1);
        m_stride[q] = overflow ? 0 : size;
        if (!overflow && size > (std::uint64_t(1) << 63) / radix)
            overflow = true;
        else if (!overflow)
            size *= radix;
        m_sizeDouble *= static_cast<double>(radix);
        m_maxLevelSum += m_heights[q];
    }
    m_size = overflow ? 0 : size;
}

std::uint64_t Lattice::index(const std::vector<int> &levels) const
{
    std::uint64_t i = 0;
    for (std::size_t q = 0; q < levels.size(); ++q)
        i += m_stride[q] * static_cast<std::uint64_t>(levels[q]);
    return i;
}

void Lattice::levels(std::uint64_t index, std::vector<int> &out) const
{
    out.resize(m_heights.size());
    for (std::size_t q = 0; q < m_heights.size(); ++q) {
        const auto radix = static_cast<std::uint64_t>(m_heights[q] + 1);
        out[q] = static_cast<int>(index % radix);
        index /= radix;
    }
}

std::vector<std::vector<std::uint64_t>> Lattice::nodesByLevelSum() const
{
    std::vector<std::vector<std::uint64_t>> layers(static_cast<std::size_t>(m_maxLevelSum) + 1);
    std::vector<int> levels;
    for (std::uint64_t node = 0; node < m_size; ++node) {
        this->levels(node, levels);
        int sum = 0;
        for (int l : levels)
            sum += l;
        layers[static_cast<std::size_t>(sum)].push_back(node);
    }
    return layers;
}

} // namespace dijkgraaf
