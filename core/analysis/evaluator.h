#pragma once

#include "basetable.h"
#include "evaluation.h"
#include "keyindex.h"
#include "model/result.h"

#include <span>
#include <vector>

namespace dijkgraaf {

// The equivalence classes of one transformation: each class's size and weight sum, and one
// combination of the BaseTable that belongs to it, from which its value at this level (or any
// coarser one) follows. A coarser transformation is rolled up from these classes alone.
struct ClassTable
{
    std::vector<int> levels;
    std::vector<std::uint32_t> representative; // empty when key is filled
    std::vector<std::uint64_t> size;
    std::vector<double> weight; // empty without a weight column
    // the labels of each class packed into one number, a bit field per quasi-identifier, where
    // they fit in 64 bits; filled by rollUp(), which then needs no lookup through the BaseTable
    // and keeps no representative
    std::vector<std::uint64_t> key;

    std::size_t classes() const { return size.size(); }
};

// A run of classes lying in memory: measure() reads the classes of a grouping where they lie.
struct ClassSegment
{
    const std::uint64_t *size;
    const std::uint32_t *representative; // null where the packed keys tell the labels
    const double *weight;                // null without a weight column
    std::size_t count;
    const std::uint64_t *key = nullptr; // packed labels, where there is no representative
};

// Evaluates transformations by rolling up a BaseTable, or a finer transformation's classes.
// Holds the per-level lookup tables and scratch space, so that an evaluation allocates little
// once the first has run. Not for concurrent use: give each thread its own Evaluator over the
// same BaseTable.
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

    // The classes of a transformation, grouped from the BaseTable (on every core).
    void group(const std::vector<int> &levels, ClassTable &out);
    // The classes of a coarser transformation (levels >= finer.levels, each), grouped from a
    // finer one's classes: cheaper than from the BaseTable when the finer one has few classes.
    void rollUp(const ClassTable &finer, const std::vector<int> &levels, ClassTable &out);
    // The classes of the last grouping (by evaluate() or group()), laid end to end, where it
    // was at these levels: a copy of the classes, no grouping. False where it was not.
    bool lastGrouping(const std::vector<int> &levels, ClassTable &out);
    // Suppression, risk and utility of a transformation from its classes.
    Evaluation measure(const ClassTable &classes, const PrivacySettings &settings) const;

    // The loss, precision loss and non-uniform entropy of a transformation if nothing were
    // suppressed: a lower bound of the measure at these levels and at every coarser
    // transformation, since generalizing never lowers a record's loss and suppression only
    // raises it. Needs no grouping.
    // weights: one per quasi-identifier, or empty for equal weights
    double lossWithoutSuppression(const std::vector<int> &levels,
                                  const std::vector<double> &weights = {}) const;
    double precisionLossWithoutSuppression(const std::vector<int> &levels,
                                           const std::vector<double> &weights = {}) const;
    double entropyWithoutSuppression(const std::vector<int> &levels) const;

    const BaseTable &table() const { return m_table; }

private:
    // per QI, per level, per label: the loss of a record with that label, and the entropy a
    // suppressed record with that label adds (log2(N / count(label)))
    std::vector<std::vector<std::vector<double>>> m_lossOfLabel;
    std::vector<std::vector<std::vector<double>>> m_suppressedEntropyOfLabel;
    // per QI, per level: the loss and entropy summed over all records, as if none were
    // suppressed; they depend on the level alone, since every record's term does
    std::vector<std::vector<double>> m_lossAtLevel;
    std::vector<std::vector<double>> m_entropyAtLevel;
    double m_entropyMax = 0; // sum over records and QIs of log2(N / count_q(x))

    const BaseTable &m_table;

    // the bit field of each quasi-identifier in a packed key, and each label's parent
    bool m_packable = false; // also: at most 64 quasi-identifiers
    std::vector<int> m_shift;
    std::vector<std::uint64_t> m_fieldMask;
    std::vector<std::vector<std::vector<std::uint32_t>>>
        m_parentOf; // [q][level][label] -> label at level + 1
    std::uint64_t packedKey(std::uint32_t combination, const std::vector<int> &levels) const;
    void groupInto(const std::vector<int> &levels, ClassTable &out, bool layEndToEnd);
    void layPartsEndToEnd(ClassTable &out); // the hashed parts' classes into out
    Evaluation measureSegments(const std::vector<int> &levels,
                               std::span<const ClassSegment> segments,
                               const PrivacySettings &settings) const;
    // rolls up into the m_rs* scratch arrays; returns the number of classes
    std::size_t rollUpIntoScratch(const ClassTable &finer, const std::vector<int> &levels);
    std::vector<std::uint64_t> m_rsSize;
    std::vector<std::uint32_t> m_rsRepresentative;
    std::vector<double> m_rsWeight;
    std::vector<std::uint64_t> m_rsKey;

    // scratch of group(), kept between evaluations
    enum class Grouping { Identity, Direct, Hashed };
    struct Part // the classes whose keys hash to one part, grouped on one core
    {
        KeyIndex index;
        std::vector<std::uint64_t> size;
        std::vector<double> weight;
        std::vector<std::uint32_t> representative;
    };
    struct Member // a combination waiting to be grouped: its key, then its class in the part
    {
        std::uint64_t keyOrClass;
        std::uint32_t combination;
        std::uint32_t count;
    };
    Grouping m_grouping = Grouping::Identity;
    std::vector<Part> m_parts;
    std::vector<std::size_t> m_partOffset; // first class of each part in the ClassTable
    std::vector<std::uint64_t> m_keys;
    std::vector<std::vector<Member>> m_members;       // [slice * parts + part]
    std::vector<std::vector<std::uint64_t>> m_direct; // per slice: class sizes indexed by key
    std::vector<std::vector<double>> m_directWeight;
    std::vector<std::vector<std::uint32_t>> m_directFirst; // per slice: first combination per key
    std::vector<std::uint32_t> m_classOfKey;               // direct: the class of each key
    std::vector<std::uint32_t> m_keyOfCombination;         // direct: the key of each combination
    ClassTable m_classes;
    bool m_classesCurrent = false; // the last grouping was evaluate()'s, into m_classes
    KeyIndex m_rollUpIndex;
    std::vector<std::uint32_t> m_rollUpIds;
    std::vector<std::uint64_t> m_finerKeys;
    static constexpr std::uint64_t kDenseLimit = std::uint64_t(1) << 16;
    std::vector<std::uint32_t> m_denseMark;
    std::vector<std::uint32_t> m_denseId;
    std::uint32_t m_denseGeneration = 0;
    std::vector<std::vector<std::uint32_t>>
        m_up; // per quasi-identifier: label at the finer level -> at the new one
};

// The individual re-identification risk of a record in a class of f records whose weights sum
// to F (METRICS.md section 3, after sdcMicro's measure_risk).
double individualRisk(std::uint64_t f, double F);

} // namespace dijkgraaf
