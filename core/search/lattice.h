#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dijkgraaf {

// The lattice of transformations: every combination of levels 0..h_q. Nodes are numbered in
// mixed radix; a node's predecessors are one level lower in one quasi-identifier.
class Lattice
{
public:
    explicit Lattice(std::vector<int> heights);

    const std::vector<int> &heights() const { return m_heights; }
    // The number of nodes, or 0 when it exceeds 2^63 (beyond any exhaustive search).
    std::uint64_t size() const { return m_size; }
    double sizeAsDouble() const { return m_sizeDouble; }
    int maxLevelSum() const { return m_maxLevelSum; }

    std::uint64_t index(const std::vector<int> &levels) const;
    void levels(std::uint64_t index, std::vector<int> &out) const;
    // The stride of quasi-identifier q in the numbering: index(T + e_q) = index(T) + stride(q).
    std::uint64_t stride(std::size_t q) const { return m_stride[q]; }
    // The nodes by level sum: every predecessor of a node lies in the list before its own.
    std::vector<std::vector<std::uint64_t>> nodesByLevelSum() const;

private:
    std::vector<int> m_heights;
    std::vector<std::uint64_t> m_stride;
    std::uint64_t m_size = 0;
    double m_sizeDouble = 1;
    int m_maxLevelSum = 0;
};

} // namespace dijkgraaf
