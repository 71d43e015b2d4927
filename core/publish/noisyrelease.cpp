// Differential privacy for a table: exact discrete noise on every figure of every cell of a
// complete table, under bounded contributions.
#include "releasecells.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dijkgraaf {

namespace {

struct Noise
{
    Rational parameter; // the scale (Laplace) or the variance (Gaussian), exact
    NoiseFacts facts;
};

// The noise of each kind of figure of a table under dp: what one subject can add to it (L1,
// and its square for L2) sets the scale, with the budget split evenly over the released
// figures (records, subjects where they are a count of their own, each sum).
struct TableNoise
{
    bool oneCount = false;
    Noise records, subjects;
    std::vector<Noise> sums;
};

TableNoise tableNoise(const TableSpec &spec, bool hasSubjects, const DpSettings &dp)
{
    const bool laplace = dp.mechanism == DpSettings::Mechanism::Laplace;
    // Without a subject column every record is its own subject: one cell, one row.
    const double l0 = hasSubjects ? dp.bounds.maxCells : 1;
    const double linf = hasSubjects ? dp.bounds.maxRowsPerCell : 1;
    TableNoise t;
    // where a cell's records are its subjects (one row per unit and cell), one noisy count
    // stands for both
    t.oneCount = hasSubjects && recordsAreContributors(spec.dimensions, dp.bounds);
    const double parts =
        1.0 + (hasSubjects && !t.oneCount ? 1 : 0) + static_cast<double>(spec.measures.size());
    // a figure to which one subject adds at most l1 in total (L1) and whose squared L2
    // contribution is at most l2sq
    auto noiseFor = [&](double l1, double l2sq) {
        Noise n;
        if (laplace) {
            const double scale = l1 * parts / dp.epsilon;
            // scale = l1 * parts * den / num, from epsilon as a decimal
            const Rational e = rationalFromDecimal(dp.epsilon);
            n.parameter = {static_cast<UInt128>(std::llround(l1 * parts)) * e.den, e.num};
            n.facts = discreteLaplaceFacts(scale);
        } else {
            const double sigma2 = l2sq * parts / (2 * dp.rho);
            const Rational rho = rationalFromDecimal(dp.rho);
            n.parameter = {static_cast<UInt128>(std::llround(l2sq * parts)) * rho.den,
                           UInt128(2) * rho.num};
            n.facts = discreteGaussianFacts(sigma2);
        }
        return n;
    };
    t.records = noiseFor(l0 * linf, l0 * linf * linf);
    t.subjects = noiseFor(l0, l0);
    for (const auto &m : spec.measures) {
        const double b = std::ceil(std::max(std::abs(m.lower), std::abs(m.upper)) / dp.sumUnit);
        t.sums.push_back(noiseFor(l0 * linf * b, l0 * (linf * b) * (linf * b)));
    }
    return t;
}

} // namespace

NoiseOfFigures noiseOfFigures(const TableSpec &spec, bool hasSubjects, const DpSettings &dp)
{
    const TableNoise t = tableNoise(spec, hasSubjects, dp);
    NoiseOfFigures out;
    out.records = t.records.facts;
    out.subjects = t.oneCount ? t.records.facts : t.subjects.facts;
    for (const Noise &n : t.sums)
        out.sums.push_back(n.facts);
    return out;
}

Release protectWithNoise(const AggregateTable &table, const DpSettings &dp, RandomSource &random)
{
    Release r = releaseSkeleton(table);
    r.protection.kind = ProtectionSettings::Kind::DifferentialPrivacy;
    r.protection.dp = dp;
    r.mechanism = std::string(mechanismName(dp.mechanism));
    const bool laplace = dp.mechanism == DpSettings::Mechanism::Laplace;
    if (laplace)
        r.epsilon = dp.epsilon;
    else
        r.rho = dp.rho;

    const std::size_t measures = table.spec.measures.size();
    const TableNoise noise = tableNoise(table.spec, table.hasSubjects, dp);
    const bool oneCount = noise.oneCount;
    const Noise &recordsNoise = noise.records;
    const Noise &subjectsNoise = noise.subjects;
    const std::vector<Noise> &sumNoise = noise.sums;
    auto draw = [&](const Noise &n) {
        return laplace ? exact::discreteLaplace(random, n.parameter)
                       : exact::discreteGaussian(random, n.parameter);
    };

    const std::size_t inner = table.innerCells();
    std::vector<std::int64_t> records(inner), subjects(inner);
    std::vector<std::vector<double>> sums(inner, std::vector<double>(measures));
    // Nothing is clipped: a noisy count below 0 is published as it is, so that every figure,
    // and every total summed from them, is an unbiased estimate whose stated interval holds
    // (clipping the many empty cells at 0 would add to each and to every total above them).
    for (std::size_t c = 0; c < inner; ++c) {
        const AggregateCell &cell = table.cells[c];
        records[c] = static_cast<std::int64_t>(cell.records) + draw(recordsNoise);
        if (oneCount)
            subjects[c] = records[c];
        else if (table.hasSubjects)
            subjects[c] = static_cast<std::int64_t>(cell.contributors) + draw(subjectsNoise);
        for (std::size_t m = 0; m < measures; ++m) {
            const auto units = static_cast<std::int64_t>(std::llround(cell.sums[m] / dp.sumUnit));
            sums[c][m] = static_cast<double>(units + draw(sumNoise[m])) * dp.sumUnit;
        }
    }
    auto publish = [&](ReleasedCell &out, std::int64_t rec, std::optional<std::int64_t> subj,
                       const std::vector<double> &s, double cellsIn) {
        out.state = CellState::Noisy;
        if (dp.suppressBelow > 0 && rec < static_cast<std::int64_t>(dp.suppressBelow)) {
            out.state = CellState::NoisySmall;
            out.reason = "noisy count below " + std::to_string(dp.suppressBelow);
            return;
        }
        // a margin adds up the noise of cellsIn cells: its spread grows with their root
        const double spread = std::sqrt(cellsIn);
        out.records = rec;
        out.recordsError95 = cellsIn == 1 ? static_cast<double>(recordsNoise.facts.interval95)
                                          : 1.96 * std::sqrt(recordsNoise.facts.variance) * spread;
        if (subj) {
            out.subjects = subj;
            out.subjectsError95 = oneCount ? out.recordsError95
                                           : static_cast<double>(subjectsNoise.facts.interval95);
        }
        for (std::size_t m = 0; m < measures; ++m) {
            const double sumError =
                (cellsIn == 1 ? static_cast<double>(sumNoise[m].facts.interval95)
                              : 1.96 * std::sqrt(sumNoise[m].facts.variance) * spread) *
                dp.sumUnit;
            const MeasureSpec &spec = table.spec.measures[m];
            if (spec.kind == MeasureSpec::Kind::Sum) {
                out.values[m] = s[m];
                out.valueError95[m] = sumError;
            } else if (rec > 0) {
                // the noisy sum over the noisy count, held to the clamp every value was held
                // to; its interval by the first-order (delta) rule for a ratio of two
                // independent noisy figures: var(S/N) ~ (var S + mean^2 var N) / N^2
                const double n = static_cast<double>(rec);
                const double mean = std::clamp(s[m] / n, spec.lower, spec.upper);
                const double varSum = sumNoise[m].facts.variance * cellsIn * dp.sumUnit * dp.sumUnit;
                const double varCount = recordsNoise.facts.variance * cellsIn;
                out.values[m] = mean;
                out.valueError95[m] = std::min(spec.upper - spec.lower,
                                               1.96 * std::sqrt(varSum + mean * mean * varCount) / n);
            }
        }
    };
    for (std::size_t c = 0; c < inner; ++c)
        publish(r.cells[c], records[c],
                table.hasSubjects ? std::optional<std::int64_t>(subjects[c]) : std::nullopt,
                sums[c], 1);
    // margins: sums of the noisy inner cells, so that they agree with them and spend nothing
    // more; distinct subjects do not add up across cells, so margins leave them out
    if (table.spec.margins) {
        const std::size_t dims = table.dimensions.size();
        std::map<std::vector<std::uint32_t>, std::size_t> marginOf;
        for (std::size_t c = inner; c < table.cells.size(); ++c)
            marginOf.emplace(table.cells[c].labels, c - inner);
        const std::size_t margins = table.cells.size() - inner;
        std::vector<std::int64_t> rec(margins, 0);
        std::vector<std::vector<double>> s(margins, std::vector<double>(measures, 0.0));
        std::vector<double> in(margins, 0.0);
        for (std::size_t i = 0; i < inner; ++i) {
            for (std::uint32_t mask = 1; mask < (1u << dims); ++mask) {
                auto labels = table.cells[i].labels;
                for (std::size_t d = 0; d < dims; ++d)
                    if ((mask >> d) & 1)
                        labels[d] = kTotalLabel;
                const std::size_t mc = marginOf.at(labels);
                rec[mc] += records[i];
                for (std::size_t m = 0; m < measures; ++m)
                    s[mc][m] += sums[i][m];
                ++in[mc];
            }
        }
        for (std::size_t mc = 0; mc < margins; ++mc)
            publish(r.cells[inner + mc], rec[mc], std::nullopt, s[mc], std::max(1.0, in[mc]));
    }
    // the risk before is judged as the threshold rule would judge it
    fillSummary(table, r, TableRules{}.threshold);
    r.summary.meanAbsoluteError = recordsNoise.facts.meanAbsolute;
    // no count is released as it is, so the share of records in small groups "as released"
    // is no measure of this table, and no audit of hidden cells ran: the noise's guarantee
    // is what holds (r.mechanism, r.epsilon or r.rho)
    r.summary.riskAfter = std::nan("");
    r.audit = AuditResult{};
    return r;
}

} // namespace dijkgraaf
