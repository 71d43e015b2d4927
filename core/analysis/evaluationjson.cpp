#include "evaluationjson.h"

namespace dijkgraaf {

QJsonObject riskToJson(const RiskMeasures &r)
{
    QJsonObject o;
    o["classes"] = static_cast<qint64>(r.classes);
    o["min_class_size"] = static_cast<qint64>(r.minClassSize);
    o["average_class_size"] = r.averageClassSize;
    o["sample_uniques"] = static_cast<qint64>(r.sampleUniques);
    o["prosecutor_max"] = r.prosecutorMax;
    o["prosecutor_avg"] = r.prosecutorAvg;
    o["records_at_risk"] = r.recordsAtRisk;
    o["expected_reidentifications"] = r.expectedReidentifications;
    o["global_risk"] = r.globalRisk;
    o["max_individual_risk"] = r.maxIndividualRisk;
    return o;
}

QJsonObject utilityToJson(const UtilityMeasures &u)
{
    QJsonObject o;
    o["loss"] = u.loss;
    o["precision_loss"] = u.precisionLoss;
    o["discernibility"] = u.discernibility;
    o["nu_entropy"] = u.nuEntropy;
    o["suppression_rate"] = u.suppressionRate;
    return o;
}

QJsonObject evaluationToJson(const Evaluation &ev, const std::vector<std::string> &quasiIdentifiers,
                             const RiskMeasures &input)
{
    QJsonObject o;
    o["records"] = static_cast<qint64>(ev.records);
    QJsonArray names, levels;
    for (const auto &n : quasiIdentifiers)
        names.append(QString::fromStdString(n));
    for (int l : ev.levels)
        levels.append(l);
    o["quasi_identifiers"] = names;
    o["levels"] = levels;
    o["k"] = static_cast<qint64>(ev.settings.k);
    o["suppression_limit"] = ev.settings.suppressionLimit;
    o["risk_threshold"] = ev.settings.riskThreshold;
    o["satisfied"] = ev.satisfied;
    o["records_below_k"] = static_cast<qint64>(ev.recordsBelowK);
    o["suppressed_records"] = static_cast<qint64>(ev.suppressedRecords);
    const QJsonObject risk = riskToJson(ev.risk);
    for (auto it = risk.begin(); it != risk.end(); ++it)
        o[it.key()] = it.value();
    const QJsonObject utility = utilityToJson(ev.utility);
    for (auto it = utility.begin(); it != utility.end(); ++it)
        o[it.key()] = it.value();
    QJsonObject perQi;
    for (std::size_t q = 0; q < quasiIdentifiers.size() && q < ev.lossPerQi.size(); ++q)
        perQi[QString::fromStdString(quasiIdentifiers[q])] = ev.lossPerQi[q];
    o["loss_per_quasi_identifier"] = perQi;
    QJsonArray bands;
    for (std::size_t b = 0; b < kClassSizeBandStarts.size(); ++b) {
        QJsonObject band;
        band["min_class_size"] = static_cast<qint64>(kClassSizeBandStarts[b]);
        if (b + 1 < kClassSizeBandStarts.size())
            band["max_class_size"] = static_cast<qint64>(kClassSizeBandStarts[b + 1] - 1);
        band["records"] = static_cast<qint64>(ev.keptRecordsByClassSize[b]);
        bands.append(band);
    }
    o["records_by_class_size"] = bands;
    o["input"] = riskToJson(input);
    return o;
}

QJsonArray uniquenessToJson(const std::vector<UniquenessStep> &steps)
{
    QJsonArray a;
    for (const auto &s : steps) {
        QJsonObject o;
        o["attribute"] = QString::fromStdString(s.attribute);
        o["unique_records"] = static_cast<qint64>(s.uniqueRecords);
        o["unique_share"] = s.uniqueShare;
        o["classes"] = static_cast<qint64>(s.classes);
        a.append(o);
    }
    return a;
}

} // namespace dijkgraaf
