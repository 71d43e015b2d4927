#pragma once

#include "basetable.h"
#include "evaluation.h"
#include "keyindex.h"
#include "model/result.h"

#include <vector>

namespace dijkgraaf {

// Evaluates transformations by rolling up a BaseTable. Holds the per-level lookup tables and
// scratch space, so that an evaluation allocates nothing once the first has run. Not for
// concurrent use: give each thread its own Evaluator over the same BaseTable.
class Evaluator
{
public:
    explicit Evaluator(const BaseTable &table);

    // Checks that the levels fit the hierarchies and the settings are in range.
    Result<bool> validate(const std::vector<int> &levels, const PrivacySettings &settings) const;
    // levels must be valid (see validate()). With keptCombinations, also fills it with one
    // flag per combination of the BaseTable: 1 when its records are kept, 0 when suppressed.
    Evaluation evaluate(const std::vector<int> &levels, const PrivacySettings &settings,
                        std::vector<std::uint8_t> *keptCombinations = nullptr);
    // The input itself: every level 0, k = 1, nothing suppressed.
    RiskMeasures inputRisk();

    const BaseTable &table() const { return m_table; }

private:
    const BaseTable &m_table;
    // per QI, per level, per leaf
    std::vector<std::vector<std::vector<double>>> m_lossOfLeaf;
    std::vector<std::vector<std::vector<double>>> m_entropyOfLeaf;
    double m_entropyMax = 0; // sum over records and QIs of log2(N / count_q(x))
    std::vector<std::vector<double>> m_entropyMaxOfLeaf;
    // per QI, per level: the loss and entropy summed over all records, as if none were
    // suppressed; they depend on the level alone, since every record's term does
    std::vector<std::vector<double>> m_lossAtLevel;
    std::vector<std::vector<double>> m_entropyAtLevel;
    // scratch, kept between evaluations
    struct Part // the classes whose keys hash to one part, grouped on one core
    {
        KeyIndex index;
        std::vector<std::uint64_t> size;
        std::vector<double> weight;
    };
    struct Member // a combination waiting to be grouped: its key, then its class in the part
    {
        std::uint64_t keyOrClass;
        std::uint32_t combination;
        std::uint32_t count;
    };
    std::vector<Part> m_parts;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::vector<Member>> m_members;       // [slice * parts + part]
    std::vector<std::vector<std::uint64_t>> m_direct; // per slice: class sizes indexed by key
    std::vector<std::vector<double>> m_directWeight;
    std::vector<std::uint32_t> m_classOf; // without hashing: the class of each combination
};

// The individual re-identification risk of a record in a class of f records whose weights sum
// to F (METRICS.md section 3, after sdcMicro's measure_risk).
double individualRisk(std::uint64_t f, double F);

} // namespace dijkgraaf
