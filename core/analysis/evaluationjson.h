#pragma once

#include "evaluation.h"
#include "uniqueness.h"

#include <QJsonArray>
#include <QJsonObject>

#include <string>
#include <vector>

namespace dijkgraaf {

// The JSON fields of METRICS.md, named as there.
QJsonObject riskToJson(const RiskMeasures &risk);
QJsonObject utilityToJson(const UtilityMeasures &utility);
// Everything of one evaluation: records, quasi_identifiers, levels, k, suppression_limit,
// satisfied, records_below_k, suppressed_records, the risk and utility fields, and `input`.
QJsonObject evaluationToJson(const Evaluation &ev, const std::vector<std::string> &quasiIdentifiers,
                             const RiskMeasures &input);
QJsonArray uniquenessToJson(const std::vector<UniquenessStep> &steps);

} // namespace dijkgraaf
