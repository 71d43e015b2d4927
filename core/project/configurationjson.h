#pragma once

#include "model/configuration.h"
#include "model/dataset.h"
#include "model/result.h"

#include <QJsonObject>

namespace dijkgraaf {

// The configuration as readable JSON: attributes by column name (role, hierarchy, level),
// and the privacy model. Names rather than positions, so that a reviewer can read it and a
// file whose columns moved still matches.
QJsonObject configurationToJson(const Configuration &config, const Dataset &data);
// Every column of the data must be described, and nothing else; the Error says what differs.
Result<Configuration> configurationFromJson(const QJsonObject &json, const Dataset &data);

} // namespace dijkgraaf
