#include "configurationfile.h"

#include "hierarchy/hierarchyspec.h"
#include "project/configurationjson.h"

#include <QJsonDocument>

namespace dijkgraaf {

namespace {
constexpr const char *kConfigFormat = "dijkgraaf-configuration";
}

QByteArray configurationFileText(const QJsonObject &configuration, const QJsonObject &publication)
{
    const QJsonObject root{{"format", kConfigFormat},
                           {"version", 1},
                           {"configuration", configuration},
                           {"publication", publication}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QJsonObject> parseConfigurationFile(const QByteArray &text, const std::string &file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isObject())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "not valid JSON: %1 at character %2"),
                         {error.errorString().toStdString(),
                          arg(static_cast<std::uint64_t>(error.offset))},
                         file);
    const QJsonObject root = doc.object();
    if (root["format"].toString() != kConfigFormat)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "not a Dijkgraaf configuration (\"format\" is not \"%1\")"),
                         {std::string(kConfigFormat)}, file);
    return root;
}

Result<ImportedConfiguration> configurationFromFile(const QJsonObject &root, const Dataset &data,
                                                    const std::string &file,
                                                    const std::string &baseDir)
{
    auto named = [&](Error e) {
        if (e.file.empty())
            e.file = file;
        return e;
    };
    auto config = configurationFromJson(root["configuration"].toObject(), data);
    if (!config)
        return named(config.error());
    // each quasi-identifier's hierarchy and level, checked now rather than when a search or
    // release meets them
    for (const std::size_t c : config->quasiIdentifiers()) {
        const AttributeConfig &attribute = config->attributes[c];
        auto h = buildHierarchy(data.columns[c], attribute.hierarchy);
        if (!h) {
            Error e = h.error();
            e.column = data.columns[c].name;
            return named(e);
        }
        if (attribute.level > h->height())
            return named(Error::of(QT_TRANSLATE_NOOP("Errors", "level %1 is outside the hierarchy, "
                                                               "whose levels run from 0 to %2"),
                                   {std::to_string(attribute.level),
                                    arg(static_cast<std::uint64_t>(h->height()))},
                                   {}, 0, data.columns[c].name));
    }
    auto publication = publicationFromJson(root["publication"].toObject(), data, baseDir);
    if (!publication)
        return named(publication.error());
    if (auto declared = checkDeclaredDomains(*publication); !declared)
        return named(declared.error());
    return ImportedConfiguration{std::move(*config), std::move(*publication)};
}

} // namespace dijkgraaf
