#include "configurationjson.h"

#include <QJsonArray>

#include <set>

namespace dijkgraaf {

QJsonObject configurationToJson(const Configuration &config, const Dataset &data)
{
    QJsonArray attributes;
    for (std::size_t c = 0; c < config.attributes.size() && c < data.columns.size(); ++c) {
        const AttributeConfig &a = config.attributes[c];
        QJsonObject o;
        o["name"] = QString::fromStdString(data.columns[c].name);
        const auto role = roleName(a.role);
        o["role"] = QString::fromUtf8(role.data(), static_cast<qsizetype>(role.size()));
        o["level"] = a.level;
        QJsonObject h;
        h["kind"] = QString::fromStdString(
            a.hierarchy.kind == HierarchySpec::Kind::Table ? "table" : a.hierarchy.text());
        if (a.hierarchy.kind == HierarchySpec::Kind::Table) {
            QJsonArray rows;
            for (const auto &row : a.hierarchy.rows) {
                QJsonArray r;
                for (const auto &v : row)
                    r.append(QString::fromStdString(v));
                rows.append(r);
            }
            h["rows"] = rows;
            h["source"] = QString::fromStdString(a.hierarchy.source);
        }
        o["hierarchy"] = h;
        attributes.append(o);
    }
    QJsonObject privacy;
    privacy["k"] = static_cast<qint64>(config.privacy.k);
    privacy["suppression_limit"] = config.privacy.suppressionLimit;
    privacy["risk_threshold"] = config.privacy.riskThreshold;
    QJsonObject out;
    out["attributes"] = attributes;
    out["privacy"] = privacy;
    if (!config.ladderOrder.empty()) {
        QJsonArray order;
        for (const auto &name : config.ladderOrder)
            order.append(QString::fromStdString(name));
        out["ladder_order"] = order;
    }
    if (!config.recordNoun.empty())
        out["record_noun"] = QString::fromStdString(config.recordNoun);
    return out;
}

Result<Configuration> configurationFromJson(const QJsonObject &json, const Dataset &data)
{
    Configuration config;
    config.attributes.resize(data.columns.size());
    std::set<std::size_t> seen;
    const QJsonArray attributes = json["attributes"].toArray();
    for (const auto &item : attributes) {
        const QJsonObject o = item.toObject();
        const std::string name = o["name"].toString().toStdString();
        const auto column = data.columnIndex(name);
        if (!column)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the configuration describes a column '%1' "
                                                         "that the data does not have"),
                             {name});
        if (!seen.insert(*column).second)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the configuration describes column '%1' twice"),
                             {name});
        AttributeConfig &a = config.attributes[*column];
        const auto role = roleFromName(o["role"].toString().toStdString());
        if (!role)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "unknown role '%1'"),
                             {o["role"].toString().toStdString()}, {}, 0, name);
        a.role = *role;
        a.level = o["level"].toInt(0);
        if (a.level < 0)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "a level cannot be negative"), {}, {}, 0,
                             name);
        const QJsonObject h = o["hierarchy"].toObject();
        const std::string kind = h["kind"].toString("value").toStdString();
        if (kind == "table") {
            std::vector<std::vector<std::string>> rows;
            for (const auto &r : h["rows"].toArray()) {
                auto &row = rows.emplace_back();
                for (const auto &v : r.toArray())
                    row.push_back(v.toString().toStdString());
            }
            a.hierarchy =
                HierarchySpec::table(std::move(rows), h["source"].toString().toStdString());
        } else {
            auto spec = HierarchySpec::parse(kind);
            if (!spec) {
                Error e = spec.error();
                e.column = name;
                return e;
            }
            a.hierarchy = *spec;
        }
        // a column whose type changed since the configuration was made (ages that became words)
        if (auto misfit = typeMisfit(data.columns[*column], a.hierarchy)) {
            misfit->column = name;
            return *misfit;
        }
    }
    for (std::size_t c = 0; c < data.columns.size(); ++c)
        if (!seen.count(c))
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the configuration does not describe column '%1' "
                                               "of the data"),
                             {data.columns[c].name});
    for (const auto &name : json["ladder_order"].toArray()) {
        const std::string n = name.toString().toStdString();
        if (!data.columnIndex(n))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the ladder order names a column '%1' that "
                                                         "the data does not have"),
                             {n});
        config.ladderOrder.push_back(n);
    }
    if (json.contains("record_noun")) {
        auto noun = recordNounFrom(json["record_noun"].toString().toStdString());
        if (!noun)
            return noun.error();
        config.recordNoun = *noun;
    }
    const QJsonObject privacy = json["privacy"].toObject();
    const qint64 k = privacy["k"].toInteger(1);
    if (k < 1)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "k must be at least 1"));
    config.privacy.k = static_cast<std::uint64_t>(k);
    config.privacy.suppressionLimit = privacy["suppression_limit"].toDouble(0.0);
    config.privacy.riskThreshold = privacy["risk_threshold"].toDouble(0.2);
    if (!(config.privacy.suppressionLimit >= 0 && config.privacy.suppressionLimit <= 1))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the suppression limit must lie between 0 and 1"));
    if (!(config.privacy.riskThreshold >= 0 && config.privacy.riskThreshold <= 1))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the risk threshold must lie between 0 and 1"));
    return config;
}

} // namespace dijkgraaf
