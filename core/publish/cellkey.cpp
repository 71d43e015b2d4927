#include "cellkey.h"

#include "util/parallel.h"

#include "releasecells.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dijkgraaf {

namespace {

// Mean and variance of the deviation d under p(d) proportional to exp(a d + b d^2) over ds.
void moments(const std::vector<int> &ds, double a, double b, double &mean, double &var,
             std::vector<double> *p = nullptr)
{
    double top = -std::numeric_limits<double>::infinity();
    for (const int d : ds)
        top = std::max(top, a * d + b * d * d);
    double z = 0, m1 = 0, m2 = 0;
    std::vector<double> w(ds.size());
    for (std::size_t k = 0; k < ds.size(); ++k) {
        w[k] = std::exp(a * ds[k] + b * ds[k] * ds[k] - top);
        z += w[k];
        m1 += w[k] * ds[k];
        m2 += w[k] * ds[k] * ds[k];
    }
    mean = m1 / z;
    var = m2 / z - mean * mean;
    if (p) {
        p->resize(ds.size());
        for (std::size_t k = 0; k < ds.size(); ++k)
            (*p)[k] = w[k] / z;
    }
}

// the a that makes the mean 0 for a given b (the mean grows with a), by bisection; false when
// 0 lies outside the deviations' range
bool centre(const std::vector<int> &ds, double b, double &a)
{
    if (ds.front() > 0 || ds.back() < 0)
        return false;
    if (ds.front() == 0 && ds.back() == 0) {
        a = 0;
        return true;
    }
    double lo = -60, hi = 60, mean = 0, var = 0;
    for (int it = 0; it < 200; ++it) {
        a = (lo + hi) / 2;
        moments(ds, a, b, mean, var);
        (mean > 0 ? hi : lo) = a;
    }
    return true;
}

} // namespace

Result<PerturbationTable> perturbationTable(int maxDeviation, double variance, int smallBelow)
{
    if (maxDeviation < 1 || maxDeviation > 100)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the maximum deviation of the cell-key method "
                                                     "lies between 1 and 100, not %1"),
                         {std::to_string(maxDeviation)});
    if (!(variance > 0) || variance > static_cast<double>(maxDeviation) * maxDeviation)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the variance of the cell-key method lies "
                                                     "above 0 and at most the square of the maximum "
                                                     "deviation (%1)"),
                         {std::to_string(maxDeviation * maxDeviation)});
    if (smallBelow < 0 || smallBelow > maxDeviation + 1)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the smallest count the cell-key method "
                                                     "publishes lies between 0 and the maximum "
                                                     "deviation + 1"));
    PerturbationTable t;
    t.maxDeviation = maxDeviation;
    t.variance = variance;
    t.smallBelow = smallBelow;
    const int last = maxDeviation + std::max(1, smallBelow);
    for (int i = 0; i <= last; ++i) {
        PerturbationTable::Row row;
        row.from = i;
        std::vector<int> ds;
        for (int d = -maxDeviation; d <= maxDeviation; ++d) {
            const int j = i + d;
            if (j < 0 || (i > 0 && j > 0 && j < smallBelow) || (i == 0 && j != 0))
                continue;
            ds.push_back(d);
        }
        // b by bisection on the variance (it grows with b), a re-centred at every step; where
        // the allowed counts cannot reach V, the largest variance they allow
        double a = 0, b = 0, mean = 0, var = 0;
        if (ds.size() > 1) {
            double lo = -30, hi = 30;
            for (int it = 0; it < 100; ++it) {
                b = (lo + hi) / 2;
                if (!centre(ds, b, a))
                    break;
                moments(ds, a, b, mean, var);
                (var > variance ? hi : lo) = b;
            }
        }
        std::vector<double> p;
        moments(ds, a, b, mean, var, &p);
        row.mean = mean;
        row.achievedVariance = var;
        double cumulative = 0;
        for (std::size_t k = 0; k < ds.size(); ++k) {
            row.to.push_back(i + ds[k]);
            row.probability.push_back(p[k]);
            cumulative += p[k];
            row.upper.push_back(cumulative);
        }
        row.upper.back() = 1;
        for (int m = 0; m <= maxDeviation; ++m) {
            double within = 0;
            for (std::size_t k = 0; k < ds.size(); ++k)
                within += std::abs(ds[k]) <= m ? p[k] : 0;
            row.interval95 = m;
            if (within >= 0.95 - 1e-12)
                break;
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

const PerturbationTable::Row &PerturbationTable::rowOf(std::uint64_t i) const
{
    return rows[static_cast<std::size_t>(std::min<std::uint64_t>(i, rows.size() - 1))];
}

int PerturbationTable::perturbed(std::uint64_t i, double key) const
{
    const Row &row = rowOf(i);
    const auto it = std::upper_bound(row.upper.begin(), row.upper.end(), key);
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(it - row.upper.begin()), row.to.size() - 1);
    // the last row stands for every larger count: the same deviation from it
    return static_cast<int>(static_cast<std::int64_t>(i) + (row.to[k] - row.from));
}

std::uint64_t recordKey(const std::string &secret, std::string_view identifier)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(identifier.data(), static_cast<qsizetype>(identifier.size())),
        QByteArray::fromStdString(secret), QCryptographicHash::Sha256);
    std::uint64_t k = 0;
    for (int b = 0; b < 8; ++b)
        k = (k << 8) | static_cast<std::uint8_t>(mac[b]);
    return k;
}

std::vector<std::uint64_t> recordKeys(const Dataset &data, std::size_t identifierColumn,
                                      const std::string &secret)
{
    const Column &c = data.columns[identifierColumn];
    std::vector<std::uint64_t> ofCode(c.dictionary.size());
    // one HMAC per distinct identifier (about a microsecond each), on every core: integer
    // results, the same however the work is split
    const std::size_t n = ofCode.size();
    const std::size_t parts = std::clamp<std::size_t>(n / 20000, 1, workerCount());
    runParts(n, parts, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t code = begin; code < end; ++code)
            ofCode[code] = recordKey(secret, c.text(static_cast<std::uint32_t>(code)));
    });
    std::vector<std::uint64_t> keys(data.rowCount);
    for (std::uint64_t r = 0; r < data.rowCount; ++r)
        keys[r] = ofCode[c.codes.at(r)];
    return keys;
}

double keyFraction(std::uint64_t key)
{
    return static_cast<double>(key >> 11) * 0x1.0p-53;
}

std::uint64_t contributionKey(std::uint64_t cellKey, int j)
{
    // splitmix64's finalizer over the cell key and the rank: keys that look independent of the
    // count's own and of each other, the same for the same records
    std::uint64_t z = cellKey + 0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(j + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double magnitudeShift(const PerturbationTable &ptable, double minimumShare, std::uint64_t key)
{
    // the deviation of a large count at this key, as a share of the maximum, kept from below 0.5
    // by minimumShare; a deviation of 0 takes its sign from the key's lowest bit
    const PerturbationTable::Row &row = ptable.rows.back();
    const int d = ptable.perturbed(static_cast<std::uint64_t>(row.from), keyFraction(key)) - row.from;
    const double share = static_cast<double>(std::abs(d)) / ptable.maxDeviation;
    const double sign = d > 0 || (d == 0 && (key & 1)) ? 1.0 : -1.0;
    return sign * (minimumShare + (1 - minimumShare) * share);
}

Release protectWithCellKey(const AggregateTable &table, const PerturbationTable &ptable,
                           const CellKeySettings &settings)
{
    Release r = releaseSkeleton(table);
    r.protection.kind = ProtectionSettings::Kind::CellKey;
    r.protection.cellKey = settings;
    r.protection.cellKey.maxDeviation = ptable.maxDeviation;
    r.protection.cellKey.variance = ptable.variance;
    r.protection.cellKey.smallBelow = ptable.smallBelow;
    r.mechanism = "cell-key";
    for (std::size_t c = 0; c < table.cells.size(); ++c) {
        const AggregateCell &cell = table.cells[c];
        ReleasedCell &out = r.cells[c];
        out.state = CellState::Noisy;
        const double key = keyFraction(cell.cellKey);
        out.records = ptable.perturbed(cell.records, key);
        // the interval of a large count for every cell: a narrower one would tell a small cell
        out.recordsError95 = ptable.rows.back().interval95;
        if (table.hasSubjects) {
            out.subjects = ptable.perturbed(cell.contributors, key);
            out.subjectsError95 = ptable.rows.back().interval95;
        }
        // sums: moved by a share of each of the largest contributions, read at keys of its own
        // from the cell key; no interval is published, since any would tell the size of the
        // largest contribution
        for (std::size_t m = 0; m < out.values.size(); ++m) {
            const MeasureSpec &spec = table.spec.measures[m];
            double sum = cell.sums[m];
            const std::vector<double> &top = cell.largest[m];
            for (int j = 0; j < settings.top && j < static_cast<int>(top.size()); ++j)
                sum += settings.percent / 100 * std::abs(top[static_cast<std::size_t>(j)]) *
                       magnitudeShift(ptable, settings.minimumShare, contributionKey(cell.cellKey, j));
            out.valueError95[m] = std::nan("");
            if (spec.kind == MeasureSpec::Kind::Sum)
                out.values[m] = sum;
            else if (*out.records > 0)
                out.values[m] = std::clamp(sum / static_cast<double>(*out.records), spec.lower, spec.upper);
            else
                out.values[m].reset();
        }
    }
    fillSummary(table, r, TableRules{}.threshold);
    r.summary.meanAbsoluteError = 0;
    for (std::size_t k = 0; k < ptable.rows.back().to.size(); ++k)
        r.summary.meanAbsoluteError += ptable.rows.back().probability[k] *
                                       std::abs(ptable.rows.back().to[k] - ptable.rows.back().from);
    r.summary.riskAfter = std::nan("");
    r.audit = AuditResult{};
    return r;
}

} // namespace dijkgraaf
