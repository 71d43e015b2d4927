#pragma once

#include "model/dataset.h"
#include "model/hierarchy.h"
#include "model/result.h"

#include <atomic>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dijkgraaf {

// A quasi-identifier: a column of the dataset and how it generalizes.
struct QuasiIdentifier
{
    std::size_t column = 0;
    Hierarchy hierarchy;
};

// The distinct combinations of the quasi-identifiers' level-0 values, with the number of
// records and the sum of their weights per combination. Built in one pass over the data;
// every transformation is evaluated from it, never from the raw rows.
class BaseTable
{
public:
    static Result<BaseTable> build(const Dataset &data,
                                   std::vector<QuasiIdentifier> quasiIdentifiers,
                                   std::optional<std::size_t> weightColumn = std::nullopt,
                                   const std::atomic<bool> *cancel = nullptr);

    std::size_t size() const { return m_counts.size(); } // combinations
    std::uint64_t records() const { return m_records; }
    std::size_t qiCount() const { return m_qis.size(); }
    const QuasiIdentifier &quasiIdentifier(std::size_t qi) const { return m_qis[qi]; }
    const std::string &qiName(std::size_t qi) const { return m_names[qi]; }
    const Hierarchy &hierarchy(std::size_t qi) const { return m_qis[qi].hierarchy; }

    std::span<const std::uint32_t> leaves(std::size_t qi) const { return m_leaves[qi]; }
    std::span<const std::uint32_t> counts() const { return m_counts; }
    bool weighted() const { return !m_weights.empty(); }
    std::span<const double> weights() const { return m_weights; }
    // The combination of each record, so that a view of the records can show what became of
    // each one without grouping them again.
    std::span<const std::uint32_t> combinationOfRecord() const { return m_combinationOfRecord; }
    // count_q(x): records per leaf of the quasi-identifier's hierarchy.
    std::span<const std::uint64_t> leafRecords(std::size_t qi) const { return m_leafRecords[qi]; }

private:
    std::vector<QuasiIdentifier> m_qis;
    std::vector<std::string> m_names;
    std::vector<std::vector<std::uint32_t>> m_leaves;
    std::vector<std::uint32_t> m_counts;
    std::vector<std::uint32_t> m_combinationOfRecord;
    std::vector<double> m_weights;
    std::vector<std::vector<std::uint64_t>> m_leafRecords;
    std::uint64_t m_records = 0;
};

} // namespace dijkgraaf
