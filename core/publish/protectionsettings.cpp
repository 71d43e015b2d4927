// The protection settings of a table: their JSON form in the configuration file, the project
// and release.json, and their check.
#include "protection.h"
#include "cellkey.h"

#include <QString>

#include <cmath>

namespace dijkgraaf {

std::string_view mechanismName(DpSettings::Mechanism m)
{
    return m == DpSettings::Mechanism::Laplace ? "discrete-laplace" : "discrete-gaussian";
}

QJsonObject protectionToJson(const ProtectionSettings &p)
{
    if (p.kind == ProtectionSettings::Kind::CellKey)
        return QJsonObject{{"method", "cell-key"},
                           {"max_deviation", p.cellKey.maxDeviation},
                           {"variance", p.cellKey.variance},
                           {"smallest_count", p.cellKey.smallBelow},
                           {"sums", QJsonObject{{"top_contributions", p.cellKey.top},
                                                {"percent", p.cellKey.percent},
                                                {"minimum_share", p.cellKey.minimumShare}}}};
    if (p.kind == ProtectionSettings::Kind::DifferentialPrivacy) {
        const DpSettings &d = p.dp;
        QJsonObject o{{"method", "differential-privacy"},
                      {"mechanism", QString::fromUtf8(mechanismName(d.mechanism).data())},
                      {"max_cells_per_subject", static_cast<double>(d.bounds.maxCells)},
                      {"max_rows_per_cell", static_cast<double>(d.bounds.maxRowsPerCell)},
                      {"sum_unit", d.sumUnit},
                      {"suppress_noisy_counts_below", static_cast<double>(d.suppressBelow)}};
        o["privacy_unit"] = QString::fromUtf8(privacyUnitName(d.bounds.unit).data());
        if (!d.bounds.unitColumn.empty())
            o["privacy_unit_column"] = QString::fromStdString(d.bounds.unitColumn);
        o["selection_rho"] = d.selectionRho;
        o["selection_delta"] = d.selectionDelta;
        if (d.mechanism == DpSettings::Mechanism::Laplace)
            o["epsilon"] = d.epsilon;
        else
            o["rho"] = d.rho;
        return o;
    }
    const TableRules &r = p.rules;
    QJsonObject o{{"method", "table-rules"},
                  {"threshold", static_cast<double>(r.threshold)},
                  {"rounding_base", r.roundingBase},
                  {"threshold_range", static_cast<double>(r.thresholdRange)},
                  {"sum_range_percent", r.sumRangePercent}};
    if (r.dominance)
        o["dominance"] = QJsonObject{{"n", r.dominanceN}, {"k", r.dominanceK}};
    if (r.pPercent)
        o["p_percent"] = r.p;
    return o;
}

namespace {

// A whole number of a setting, checked before it is cast: a -1 would otherwise become
// 18446744073709551615, and 2.5 or a number too large for the type something else again.
Result<std::uint64_t> wholeSetting(const QJsonObject &o, const char *key, double fallback,
                                   double lowest, double highest, const std::string &where)
{
    const QJsonValue v = o[QLatin1String(key)];
    if (!v.isUndefined() && !v.isDouble())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: \"%2\" must be a number"), {where, key});
    const double x = v.toDouble(fallback);
    if (!std::isfinite(x) || x != std::floor(x) || x < lowest || x > highest)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "%1: \"%2\" must be a whole number from %3 to %4, not %5"),
                         {where, key, QString::number(lowest, 'f', 0).toStdString(),
                          QString::number(highest, 'f', 0).toStdString(),
                          QString::number(x, 'g', 10).toStdString()});
    return static_cast<std::uint64_t>(x);
}

} // namespace

Result<ProtectionSettings> protectionFromJson(const QJsonObject &o, const std::string &where)
{
    ProtectionSettings p;
    const std::string method = o["method"].toString().toStdString();
    if (method == "cell-key") {
        p.kind = ProtectionSettings::Kind::CellKey;
        p.cellKey.maxDeviation = o["max_deviation"].toInt(p.cellKey.maxDeviation);
        p.cellKey.variance = o["variance"].toDouble(p.cellKey.variance);
        p.cellKey.smallBelow = o["smallest_count"].toInt(p.cellKey.smallBelow);
        const QJsonObject sums = o["sums"].toObject();
        p.cellKey.top = sums["top_contributions"].toInt(p.cellKey.top);
        p.cellKey.percent = sums["percent"].toDouble(p.cellKey.percent);
        p.cellKey.minimumShare = sums["minimum_share"].toDouble(p.cellKey.minimumShare);
    } else if (method == "differential-privacy") {
        p.kind = ProtectionSettings::Kind::DifferentialPrivacy;
        DpSettings &d = p.dp;
        const std::string mech = o["mechanism"].toString().toStdString();
        if (mech == "discrete-laplace")
            d.mechanism = DpSettings::Mechanism::Laplace;
        else if (mech == "discrete-gaussian")
            d.mechanism = DpSettings::Mechanism::Gaussian;
        else
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the mechanism must be "
                                                         "discrete-laplace or discrete-gaussian, "
                                                         "not '%2'"),
                             {where, mech});
        d.epsilon = o["epsilon"].toDouble(d.epsilon);
        d.rho = o["rho"].toDouble(d.rho);
        auto maxCells = wholeSetting(o, "max_cells_per_subject", 1, 1, 1000, where);
        if (!maxCells)
            return maxCells.error();
        auto maxRows = wholeSetting(o, "max_rows_per_cell", 1, 1, 1000, where);
        if (!maxRows)
            return maxRows.error();
        d.bounds.maxCells = static_cast<std::uint32_t>(*maxCells);
        d.bounds.maxRowsPerCell = static_cast<std::uint32_t>(*maxRows);
        const std::string unit = o["privacy_unit"].toString(QStringLiteral("person")).toStdString();
        const auto u = privacyUnitFromName(unit);
        if (!u)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the privacy unit must be person, "
                                                         "person-day or person-week, not '%2'"),
                             {where, unit});
        d.bounds.unit = *u;
        d.bounds.unitColumn = o["privacy_unit_column"].toString().toStdString();
        d.sumUnit = o["sum_unit"].toDouble(1);
        d.selectionRho = o["selection_rho"].toDouble(DpSettings{}.selectionRho);
        d.selectionDelta = o["selection_delta"].toDouble(DpSettings{}.selectionDelta);
        auto below = wholeSetting(o, "suppress_noisy_counts_below", 0, 0, 1e9, where);
        if (!below)
            return below.error();
        d.suppressBelow = *below;
    } else if (method == "table-rules" || method.empty()) {
        TableRules &r = p.rules;
        auto threshold = wholeSetting(o, "threshold", 5, 1, 1e9, where);
        if (!threshold)
            return threshold.error();
        r.threshold = *threshold;
        auto base = wholeSetting(o, "rounding_base", 0, 0, 10, where);
        if (!base)
            return base.error();
        r.roundingBase = static_cast<int>(*base);
        auto range = wholeSetting(o, "threshold_range", 0, 0, 1e9, where);
        if (!range)
            return range.error();
        r.thresholdRange = *range;
        r.sumRangePercent = o["sum_range_percent"].toDouble(10);
        if (o.contains("dominance")) {
            r.dominance = true;
            r.dominanceN = o["dominance"].toObject()["n"].toInt(2);
            r.dominanceK = o["dominance"].toObject()["k"].toDouble(85);
        }
        if (o.contains("p_percent")) {
            r.pPercent = true;
            r.p = o["p_percent"].toDouble(10);
        }
    } else {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the method must be table-rules, "
                                                     "differential-privacy or cell-key, not '%2'"),
                         {where, method});
    }
    if (auto v = validateProtection(p); !v)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: %2"), {where, messageOf(v.error())});
    return p;
}

Result<bool> validateProtection(const ProtectionSettings &s)
{
    if (s.kind == ProtectionSettings::Kind::CellKey) {
        auto t = perturbationTable(s.cellKey.maxDeviation, s.cellKey.variance, s.cellKey.smallBelow);
        if (!t)
            return t.error();
        const CellKeySettings &k = s.cellKey;
        if (k.top < 1 || k.top > static_cast<int>(AggregateCell::kLargestKept))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the cell-key method moves a sum by its 1 "
                                                         "to %1 largest contributions, not %2"),
                             {arg(AggregateCell::kLargestKept), std::to_string(k.top)});
        if (!(k.percent > 0 && k.percent <= 100))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the cell-key method's percent for sums lies "
                                                         "above 0 and at most 100"));
        if (!(k.minimumShare >= 0 && k.minimumShare < 1))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the cell-key method's minimum share for sums "
                                                         "lies from 0 to below 1"));
        return true;
    }
    const TableRules &r = s.rules;
    if (s.kind == ProtectionSettings::Kind::Rules) {
        if (r.threshold < 1)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the threshold must be at least 1"));
        if (r.dominance &&
            (r.dominanceN < 1 || r.dominanceN > 3 || r.dominanceK <= 0 || r.dominanceK > 100))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the dominance rule needs n from 1 to 3 and k "
                                                         "above 0 and at most 100 %"));
        if (r.pPercent && (r.p <= 0 || r.p > 100))
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the p%% rule needs p above 0 and at most 100"));
        if (r.roundingBase != 0 && r.roundingBase != 3 && r.roundingBase != 5 &&
            r.roundingBase != 10)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "rounding is to a base of 3, 5 or 10 (or 0 "
                                                         "for none), not %1"),
                             {std::to_string(r.roundingBase)});
        if (!(r.sumRangePercent >= 0 && r.sumRangePercent <= 100))
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the protection range of sums lies between 0 and 100 %"));
        return true;
    }
    const DpSettings &d = s.dp;
    if (d.mechanism == DpSettings::Mechanism::Laplace && !(d.epsilon >= 0.001 && d.epsilon <= 100))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "epsilon must lie between 0.001 and 100"));
    if (d.mechanism == DpSettings::Mechanism::Gaussian && !(d.rho >= 0.000001 && d.rho <= 100))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "rho must lie between 0.000001 and 100"));
    if (d.bounds.maxCells < 1 || d.bounds.maxCells > 1000 || d.bounds.maxRowsPerCell < 1 ||
        d.bounds.maxRowsPerCell > 1000)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the contribution bounds must lie between 1 and 1000"));
    if (!(d.sumUnit > 0))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the unit of noisy sums must be positive"));
    if (!(d.selectionRho >= 0.000001 && d.selectionRho <= 100))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the rho of partition selection must lie "
                                                     "between 0.000001 and 100"));
    if (!(d.selectionDelta >= 1e-15 && d.selectionDelta <= 0.01))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the delta of partition selection must lie "
                                                     "between 1e-15 and 0.01"));
    return true;
}

} // namespace dijkgraaf
