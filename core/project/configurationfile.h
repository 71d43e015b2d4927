#pragma once

#include "model/configuration.h"
#include "model/dataset.h"
#include "model/result.h"
#include "publish/publication.h"

#include <QByteArray>
#include <QJsonObject>

namespace dijkgraaf {

// A configuration file: a project's settings (attributes and publication) as one JSON
// document, for review and for reuse in a pipeline ("config export" and "config import").
QByteArray configurationFileText(const QJsonObject &configuration, const QJsonObject &publication);

// The file's JSON document, if it is one and says it is a Dijkgraaf configuration.
Result<QJsonObject> parseConfigurationFile(const QByteArray &text, const std::string &file);

struct ImportedConfiguration
{
    Configuration config;
    Publication publication;
};
// The document's settings against the data: every column described, each quasi-identifier's
// hierarchy built and its level within it, the publication's tables and declared domains
// valid (domain files are read relative to baseDir). Errors name file.
Result<ImportedConfiguration> configurationFromFile(const QJsonObject &root, const Dataset &data,
                                                    const std::string &file,
                                                    const std::string &baseDir);

} // namespace dijkgraaf
