#include "publication.h"

#include "partitionselection.h"

#include "audit.h"
#include "cellkey.h"
#include "hierarchy/hierarchyspec.h"
#include "io/csvreader.h"
#include "reportwords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace dijkgraaf {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string s(const QJsonValue &v)
{
    return v.toString().toStdString();
}

QJsonArray strings(const std::vector<std::string> &v)
{
    QJsonArray a;
    for (const auto &x : v)
        a.append(q(x));
    return a;
}

std::vector<std::string> strings(const QJsonValue &v)
{
    std::vector<std::string> out;
    for (const auto &x : v.toArray())
        out.push_back(s(x));
    return out;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

Result<DeclaredDomain> declaredDomainFromJson(const QJsonObject &o, const std::string &baseDir,
                                              const std::string &where)
{
    DeclaredDomain d;
    d.source = o.contains("source") ? s(o["source"]) : "the configuration";
    if (o["select"].toBool()) {
        // selected from the data with noise; a release's own record holds what it selected
        d.select = true;
        d.labels = strings(o["labels"]);
        if (!o.contains("source"))
            d.source = "partition selection";
        return d;
    }
    if (o.contains("from") || o.contains("to")) {
        d.from = s(o["from"]);
        d.to = s(o["to"]);
        if (d.from.empty() || d.to.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: a declared time range needs both "
                                                         "\"from\" and \"to\""),
                             {where});
        return d;
    }
    if (o.contains("labels")) {
        d.labels = strings(o["labels"]);
        if (d.labels.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the declared labels are empty"),
                             {where});
        return d;
    }
    if (!o.contains("file"))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: a declared domain is \"labels\", a time "
                                                     "range (\"from\", \"to\") or a \"file\""),
                         {where});
    const QString name = o["file"].toString();
    QString path = name;
    if (!baseDir.empty()) {
        // named by a configuration file: only a file beside it or in a folder below it, so
        // that a configuration someone hands over cannot make a release publish another file
        // of this computer (its lines would become the table's labels)
        const QDir base(QString::fromStdString(baseDir));
        const bool climbs = name.split(QRegularExpression("[/\\\\]")).contains("..");
        path = base.filePath(name);
        const QString real = QFileInfo(path).canonicalFilePath();
        const QString realBase = QFileInfo(base.absolutePath()).canonicalFilePath();
        if (name.isEmpty() || QDir::isAbsolutePath(name) || climbs ||
            (!real.isEmpty() && !real.startsWith(realBase + "/")))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the domain file '%2' must lie beside "
                                                         "the configuration file or in a folder "
                                                         "below it (a relative path without '..'), "
                                                         "for its lines are published as labels"),
                             {where, name.toStdString()});
    }
    d.source = QFileInfo(name).fileName().toStdString();
    std::set<std::string> seen;
    auto add = [&](std::string label) {
        while (!label.empty() && (label.back() == '\r' || label.back() == ' '))
            label.pop_back();
        if (!label.empty() && seen.insert(label).second)
            d.labels.push_back(std::move(label));
    };
    if (o.contains("level") || o.contains("column")) {
        const bool hierarchy = o.contains("level");
        const std::string delimiter = o.contains("delimiter") ? s(o["delimiter"]) : (hierarchy ? ";" : ",");
        if (delimiter.size() != 1)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the delimiter of a domain file is one "
                                                         "character, not '%2'"),
                             {where, delimiter});
        auto records = readCsvRecords(path.toStdString(), delimiter[0]);
        if (!records)
            return records.error();
        std::size_t field = 0;
        std::size_t first = 0;
        if (hierarchy) {
            field = static_cast<std::size_t>(std::max(0, o["level"].toInt()));
        } else {
            if (records->empty())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the file has no header line"), {},
                                 path.toStdString());
            const std::string column = s(o["column"]);
            const auto &header = records->front();
            const auto it = std::find(header.begin(), header.end(), column);
            if (it == header.end())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "the file has no column '%1'"),
                                 {column}, path.toStdString(), 1);
            field = static_cast<std::size_t>(it - header.begin());
            first = 1;
        }
        for (std::size_t r = first; r < records->size(); ++r) {
            const auto &rec = (*records)[r];
            if (field >= rec.size())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "line %1 has no field %2"),
                                 {arg(r + 1), arg(field + 1)}, path.toStdString(), r + 1);
            add(rec[field]);
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "cannot read the file: %1"),
                             {f.errorString().toStdString()}, path.toStdString());
        for (const QByteArray &line : f.readAll().split('\n'))
            add(line.toStdString());
    }
    if (d.labels.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the file declares no label"), {},
                         path.toStdString());
    return d;
}

QJsonObject declaredDomainToJson(const DeclaredDomain &d)
{
    QJsonObject o{{"source", q(d.source)}};
    if (d.select) {
        o["select"] = true;
        if (!d.labels.empty())
            o["labels"] = strings(d.labels);
    } else if (!d.from.empty()) {
        o["from"] = q(d.from);
        o["to"] = q(d.to);
    } else {
        o["labels"] = strings(d.labels);
    }
    return o;
}

Result<bool> checkDeclaredDomains(const Publication &p)
{
    for (const PublishedTable &t : p.tables) {
        if (t.protection.kind != ProtectionSettings::Kind::DifferentialPrivacy)
            continue;
        auto refuse = [&](const std::string &column) {
            return Error::of(
                QT_TRANSLATE_NOOP("Errors",
                                  "table '%1': under differential privacy the categories of '%2' "
                                  "must be declared (a list, a code list file, a hierarchy file's "
                                  "level, or for a time bucket a range from and to), never taken "
                                  "from the data: one person with a category no one else has would "
                                  "add its cells to the release"),
                {t.spec.name, column});
        };
        for (const DimensionSpec &d : t.spec.dimensions)
            if (!d.domain.declared())
                return refuse(d.column);
        if (!t.spec.distribution.empty() && !t.spec.distributionDomain.declared())
            return refuse(t.spec.distribution);
    }
    return true;
}

Publication defaultPublication(const Configuration &config, const Dataset &data)
{
    Publication p;
    PublishedTable t;
    std::vector<std::size_t> qis = config.quasiIdentifiers();
    if (qis.empty())
        return p;
    // every quasi-identifier at its chosen level; but where none has a level chosen yet and
    // their values make more cells than a table can show with about five records each (all
    // of them hidden, and nothing learnt), the two with the fewest values, in their order
    double cells = 1;
    bool chosen = false;
    for (const std::size_t c : qis) {
        cells *= static_cast<double>(std::max<std::size_t>(1, data.columns[c].distinctCount()));
        chosen = chosen || config.attributes[c].level > 0;
    }
    if (!chosen && qis.size() > 2 && cells > static_cast<double>(data.records()) / 5) {
        std::vector<std::size_t> coarsest = qis;
        std::stable_sort(coarsest.begin(), coarsest.end(), [&](std::size_t a, std::size_t b) {
            return data.columns[a].distinctCount() < data.columns[b].distinctCount();
        });
        coarsest.resize(2);
        std::erase_if(qis, [&](std::size_t c) {
            return std::find(coarsest.begin(), coarsest.end(), c) == coarsest.end();
        });
    }
    for (const std::size_t c : qis)
        t.spec.dimensions.push_back({data.columns[c].name, -1, TimeBucket::None});
    t.spec.name = automaticTableName(t.spec);
    p.tables.push_back(t);
    return p;
}

std::string automaticTableName(const TableSpec &spec, const std::string &language)
{
    const bool dutch = language == "nl";
    std::string name = dutch ? "Records naar " : "Records by ";
    const std::size_t n = spec.dimensions.size();
    for (std::size_t i = 0; i < n; ++i) {
        const DimensionSpec &d = spec.dimensions[i];
        name += i == 0 ? "" : i + 1 < n ? ", " : dutch ? " en " : " and ";
        name += d.column;
        if (d.bucket != TimeBucket::None) {
            const std::string bucket(timeBucketName(d.bucket));
            const auto &words = dutchWords();
            const auto found = words.find(bucket);
            name +=
                " (" + (dutch && found != words.end() ? std::string(found->second) : bucket) + ")";
        }
    }
    if (n == 0)
        name = "Records";
    return name;
}

bool hasAutomaticName(const TableSpec &spec)
{
    if (spec.name.empty() || spec.name == "table" || spec.name == automaticTableName(spec, "en") ||
        spec.name == automaticTableName(spec, "nl"))
        return true;
    for (const char *numbered : {"Table ", "Tabel "}) {
        const std::string prefix(numbered);
        if (spec.name.size() > prefix.size() && spec.name.compare(0, prefix.size(), prefix) == 0 &&
            spec.name.find_first_not_of("0123456789", prefix.size()) == std::string::npos)
            return true;
    }
    return false;
}

QJsonObject tableSpecToJson(const TableSpec &spec)
{
    QJsonArray dims;
    for (const auto &d : spec.dimensions) {
        QJsonObject o{{"column", q(d.column)}};
        if (d.bucket != TimeBucket::None)
            o["bucket"] = q(std::string(timeBucketName(d.bucket)));
        else if (d.level >= 0)
            o["level"] = d.level;
        if (d.domain.declared())
            o["domain"] = declaredDomainToJson(d.domain);
        dims.append(o);
    }
    QJsonArray measures;
    for (const auto &m : spec.measures)
        measures.append(QJsonObject{{"kind", m.kind == MeasureSpec::Kind::Sum ? "sum" : "mean"},
                                    {"column", q(m.column)},
                                    {"lower", m.lower},
                                    {"upper", m.upper}});
    QJsonObject o{{"name", q(spec.name)},
                  {"dimensions", dims},
                  {"measures", measures},
                  {"margins", spec.margins}};
    if (!spec.distribution.empty())
        o["distribution"] = q(spec.distribution);
    if (spec.distributionDomain.declared())
        o["distribution_domain"] = declaredDomainToJson(spec.distributionDomain);
    return o;
}

Result<TableSpec> tableSpecFromJson(const QJsonObject &o, const std::string &where,
                                    const std::string &baseDir)
{
    TableSpec spec;
    spec.name = s(o["name"]);
    // the declared categories under key, where the object has them
    auto readDomain = [&](const QJsonObject &from, const char *key, const std::string &column,
                          DeclaredDomain &to) -> std::optional<Error> {
        if (!from.contains(key))
            return std::nullopt;
        auto domain = declaredDomainFromJson(from[key].toObject(), baseDir,
                                             where + ", the domain of '" + column + "'");
        if (!domain)
            return domain.error();
        to = std::move(*domain);
        return std::nullopt;
    };
    for (const auto &dv : o["dimensions"].toArray()) {
        const QJsonObject d = dv.toObject();
        DimensionSpec dim;
        dim.column = s(d["column"]);
        dim.level = d.contains("level") ? d["level"].toInt() : -1;
        if (d.contains("bucket")) {
            const auto b = timeBucketFromName(s(d["bucket"]));
            if (!b || *b == TimeBucket::None)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the time bucket of '%2' must be "
                                                             "hour, day, week, month, year or "
                                                             "decade, not '%3'"),
                                 {where, dim.column, s(d["bucket"])});
            dim.bucket = *b;
        }
        if (auto e = readDomain(d, "domain", dim.column, dim.domain))
            return *e;
        spec.dimensions.push_back(dim);
    }
    for (const auto &mv : o["measures"].toArray()) {
        const QJsonObject mo = mv.toObject();
        MeasureSpec ms;
        const std::string kind = s(mo["kind"]);
        if (kind != "sum" && kind != "mean")
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: a measure is a sum or a mean, not '%2'"),
                             {where, kind});
        ms.kind = kind == "sum" ? MeasureSpec::Kind::Sum : MeasureSpec::Kind::Mean;
        ms.column = s(mo["column"]);
        if (!mo.contains("lower") || !mo.contains("upper"))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the %2 of '%3' needs bounds (lower "
                                                         "and upper) to clamp its values to"),
                             {where, kind, ms.column});
        ms.lower = mo["lower"].toDouble();
        ms.upper = mo["upper"].toDouble();
        if (!(ms.lower <= ms.upper))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the bounds of '%2' are not in order"),
                             {where, ms.column});
        spec.measures.push_back(ms);
    }
    spec.distribution = s(o["distribution"]);
    if (auto e = readDomain(o, "distribution_domain", spec.distribution, spec.distributionDomain))
        return *e;
    spec.margins = o["margins"].toBool(false);
    return spec;
}

QJsonObject publicationToJson(const Publication &p)
{
    QJsonArray tables;
    for (const auto &t : p.tables) {
        QJsonObject o = tableSpecToJson(t.spec);
        o["protection"] = protectionToJson(t.protection);
        tables.append(o);
    }
    const ReleaseMetadata &m = p.metadata;
    QJsonObject meta{{"title", q(m.title)},
                     {"description", q(m.description)},
                     {"publisher", q(m.publisher)},
                     {"contact_email", q(m.contactEmail)},
                     {"licence", q(m.licence)},
                     {"licence_url", q(m.licenceUrl)},
                     {"temporal_start", q(m.temporalStart)},
                     {"temporal_end", q(m.temporalEnd)},
                     {"spatial", q(m.spatial)},
                     {"keywords", strings(m.keywords)},
                     {"language", q(m.language)}};
    // the catalogue's fields, written only where set (so that older projects hash as before)
    if (m.profile != ReleaseMetadata().profile)
        meta["profile"] = q(m.profile);
    for (const auto &[key, value] : {std::pair{"base_url", &m.baseUrl}, std::pair{"identifier", &m.identifier},
                                     std::pair{"publisher_uri", &m.publisherUri},
                                     std::pair{"contact_name", &m.contactName}})
        if (!value->empty())
            meta[key] = q(*value);
    if (!m.themes.empty())
        meta["themes"] = strings(m.themes);
    QJsonObject o{{"tables", tables}, {"metadata", meta}, {"budget", QJsonObject{{"rho", p.rhoBudget}}}};
    if (!p.dataset.empty())
        o["dataset"] = q(p.dataset);
    return o;
}

Result<Publication> publicationFromJson(const QJsonObject &json, const Dataset &data,
                                        const std::string &baseDir)
{
    Publication p;
    const QJsonObject m = json["metadata"].toObject();
    ReleaseMetadata &meta = p.metadata;
    meta.title = m.contains("title") ? s(m["title"]) : meta.title;
    meta.description = s(m["description"]);
    meta.publisher = s(m["publisher"]);
    meta.contactEmail = s(m["contact_email"]);
    if (m.contains("licence"))
        meta.licence = s(m["licence"]);
    if (m.contains("licence_url"))
        meta.licenceUrl = s(m["licence_url"]);
    meta.temporalStart = s(m["temporal_start"]);
    meta.temporalEnd = s(m["temporal_end"]);
    meta.spatial = s(m["spatial"]);
    meta.keywords = strings(m["keywords"]);
    if (m.contains("language"))
        meta.language = s(m["language"]);
    if (m.contains("profile"))
        meta.profile = s(m["profile"]);
    meta.baseUrl = s(m["base_url"]);
    meta.identifier = s(m["identifier"]);
    meta.publisherUri = s(m["publisher_uri"]);
    meta.contactName = s(m["contact_name"]);
    meta.themes = strings(m["themes"]);
    const QJsonObject budget = json["budget"].toObject();
    p.epsilonBudget = budget["epsilon"].toDouble(p.epsilonBudget);
    p.rhoBudget = budget["rho"].toDouble(p.rhoBudget);
    p.dataset = s(json["dataset"]);
    if (p.epsilonBudget < 0 || p.rhoBudget < 0)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the privacy budget cannot be negative"));

    std::set<std::string> names;
    auto column = [&](const std::string &name, const std::string &where) -> Result<std::size_t> {
        const auto c = data.columnIndex(name);
        if (!c)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: the data has no column '%2'"),
                             {where, name}, data.sourcePath);
        return *c;
    };
    for (const auto &item : json["tables"].toArray()) {
        const QJsonObject o = item.toObject();
        PublishedTable t;
        if (s(o["name"]).empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "a table has no name"));
        const std::string where = "table '" + s(o["name"]) + "'";
        auto spec = tableSpecFromJson(o, where, baseDir);
        if (!spec)
            return spec.error();
        t.spec = std::move(*spec);
        if (!names.insert(t.spec.name).second)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "two tables are called '%1'"),
                             {t.spec.name});
        std::set<std::string> dimColumns;
        for (const DimensionSpec &d : t.spec.dimensions) {
            if (auto c = column(d.column, where); !c)
                return c.error();
            if (!dimColumns.insert(d.column).second)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: '%2' is a dimension twice"),
                                 {where, d.column});
            if (d.bucket != TimeBucket::None) {
                const TimeResolution time = timeResolution(data.columns[*data.columnIndex(d.column)]);
                if (time == TimeResolution::None ||
                    (d.bucket == TimeBucket::Hour && time != TimeResolution::DateTime))
                    return Error::of(
                        d.bucket == TimeBucket::Hour
                            ? QT_TRANSLATE_NOOP("Errors", "%1: '%2' holds no dates with times, so "
                                                          "it has no time bucket by %3")
                            : QT_TRANSLATE_NOOP("Errors", "%1: '%2' holds no dates, so it has no "
                                                          "time bucket by %3"),
                        {where, d.column, timeBucketName(d.bucket)});
            }
        }
        for (const MeasureSpec &ms : t.spec.measures) {
            auto c = column(ms.column, where);
            if (!c)
                return c.error();
            if (!data.columns[*c].isNumeric())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: '%2' is not numeric"),
                                 {where, ms.column});
        }
        if (!t.spec.distribution.empty()) {
            if (auto c = column(t.spec.distribution, where); !c)
                return c.error();
            if (dimColumns.count(t.spec.distribution))
                return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: '%2' is both a dimension and the "
                                                             "distribution"),
                                 {where, t.spec.distribution});
        }
        if (t.spec.dimensions.empty() && t.spec.distribution.empty())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "%1: a table needs at least one dimension"),
                             {where});
        auto protection = protectionFromJson(o["protection"].toObject(), where);
        if (!protection)
            return protection.error();
        t.protection = *protection;
        p.tables.push_back(std::move(t));
    }
    return p;
}

QJsonObject releaseToJson(const Release &r)
{
    QJsonArray labels;
    for (const auto &l : r.labels)
        labels.append(strings(l));
    QJsonArray cells;
    for (const auto &c : r.cells) {
        QJsonArray l, values, errors;
        for (const auto x : c.labels)
            l.append(x == kTotalLabel ? -1 : static_cast<double>(x));
        for (const auto &v : c.values)
            values.append(optionalNumber(v));
        for (const double e : c.valueError95)
            errors.append(std::isnan(e) ? QJsonValue() : QJsonValue(e)); // none stated: null
        // as published: a hidden cell is "hidden", without a reason
        QJsonObject o{{"labels", l},
                      {"state", q(std::string(cellStateName(c.state)))},
                      {"values", values},
                      {"value_errors", errors},
                      {"records_error", c.recordsError95},
                      {"subjects_error", c.subjectsError95}};
        if (c.records)
            o["records"] = static_cast<double>(*c.records);
        if (c.subjects)
            o["subjects"] = static_cast<double>(*c.subjects);
        cells.append(o);
    }
    return QJsonObject{{"name", q(r.tableName)},
                       {"dimension_names", strings(r.dimensionNames)},
                       {"dimension_columns", strings(r.dimensionColumns)},
                       {"labels", labels},
                       {"measure_names", strings(r.measureNames)},
                       {"has_subjects", r.hasSubjects},
                       {"table", tableSpecToJson(r.spec)},
                       {"protection", protectionToJson(r.protection)},
                       {"mechanism", q(r.mechanism)},
                       {"epsilon", r.epsilon},
                       {"rho", r.rho},
                       {"selection_rho", r.selectionRho},
                       {"selection_delta", r.selectionDelta},
                       {"cells", cells},
                       {"summary", summaryToJson(r.summary)},
                       {"audit", auditToJson(r.audit)}};
}

Result<Release> releaseFromJson(const QJsonObject &o)
{
    if (!o["name"].isString() || !o["labels"].isArray() || !o["cells"].isArray() ||
        !o["protection"].isObject())
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "a stored table lacks its name, labels, cells or protection"));
    Release r;
    r.tableName = s(o["name"]);
    r.dimensionNames = strings(o["dimension_names"]);
    r.dimensionColumns = strings(o["dimension_columns"]);
    for (const auto &l : o["labels"].toArray())
        r.labels.push_back(strings(l));
    r.measureNames = strings(o["measure_names"]);
    r.hasSubjects = o["has_subjects"].toBool();
    if (o.contains("table")) {
        auto spec = tableSpecFromJson(o["table"].toObject(), "stored table '" + r.tableName + "'");
        if (!spec)
            return spec.error();
        r.spec = std::move(*spec);
    }
    auto p = protectionFromJson(o["protection"].toObject(), "stored table '" + r.tableName + "'");
    if (!p)
        return p.error();
    r.protection = *p;
    r.mechanism = s(o["mechanism"]);
    r.epsilon = o["epsilon"].toDouble();
    r.rho = o["rho"].toDouble();
    r.selectionRho = o["selection_rho"].toDouble();
    r.selectionDelta = o["selection_delta"].toDouble();
    const std::size_t dims = r.labels.size();
    for (const auto &cv : o["cells"].toArray()) {
        const QJsonObject c = cv.toObject();
        ReleasedCell cell;
        for (const auto &l : c["labels"].toArray()) {
            const auto v = storedWhole(l, -1, 4294967294.0);
            if (!v)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "a stored cell of '%1' is damaged"), {r.tableName});
            cell.labels.push_back(*v < 0 ? kTotalLabel : static_cast<std::uint32_t>(*v));
        }
        if (cell.labels.size() != dims)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "a stored cell of '%1' is damaged"), {r.tableName});
        for (std::size_t d = 0; d < dims; ++d)
            if (cell.labels[d] != kTotalLabel && cell.labels[d] >= r.labels[d].size())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "a stored cell of '%1' is damaged"), {r.tableName});
        const auto state = cellStateFromName(s(c["state"]));
        if (!state)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "a stored cell of '%1' is damaged"), {r.tableName});
        cell.state = *state;
        for (const auto &[key, figure] : {std::pair{"records", &cell.records}, std::pair{"subjects", &cell.subjects}})
            if (c.contains(key)) {
                // noisy counts may be negative; 2^53 bounds every count exactly
                const auto v = storedWhole(c[key], -9007199254740992.0, 9007199254740992.0);
                if (!v)
                    return Error::of(QT_TRANSLATE_NOOP("Errors", "a stored cell of '%1' is damaged"), {r.tableName});
                *figure = *v;
            }
        for (const auto &v : c["values"].toArray())
            cell.values.push_back(v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()));
        for (const auto &e : c["value_errors"].toArray())
            cell.valueError95.push_back(e.isNull() ? std::nan("") : e.toDouble());
        cell.recordsError95 = c["records_error"].toDouble();
        cell.subjectsError95 = c["subjects_error"].toDouble();
        r.cells.push_back(std::move(cell));
    }
    auto summary = summaryFromJson(o["summary"].toObject());
    auto audit = auditFromJson(o["audit"].toObject());
    if (!summary || !audit)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the stored summary or audit of '%1' is damaged"),
                         {r.tableName});
    r.summary = std::move(*summary);
    r.audit = std::move(*audit);
    return r;
}

namespace {

// The inner cells (labels) that earlier releases on other data listed in a table of the same
// dimensions as t: a cell an earlier release listed is listed again, also when its last
// customers have left, since its absence would tell that they did.
// dimensions: the table's, resolved (their names and columns are what is compared).
std::vector<std::vector<std::string>> listedBefore(const std::vector<ResolvedDimension> &dimensions,
                                                   const std::vector<EarlierRelease> &earlier)
{
    std::vector<std::vector<std::string>> out;
    for (const EarlierRelease &e : earlier) {
        if (e.sameInput)
            continue;
        for (const Release &r : e.tables) {
            bool same = r.protection.kind == ProtectionSettings::Kind::Rules &&
                        r.dimensionNames.size() == dimensions.size();
            for (std::size_t d = 0; same && d < r.dimensionNames.size(); ++d)
                same = r.dimensionNames[d] == dimensions[d].name &&
                       r.dimensionColumns[d] == dimensions[d].column;
            if (!same)
                continue;
            for (const ReleasedCell &c : r.cells) {
                std::vector<std::string> labels;
                for (std::size_t d = 0; d < c.labels.size() && c.labels[d] != kTotalLabel; ++d)
                    labels.push_back(r.labels[d][c.labels[d]]);
                if (labels.size() == c.labels.size())
                    out.push_back(std::move(labels));
            }
        }
    }
    return out;
}

} // namespace

bool countableInDatabase(const Publication &publication)
{
    for (const PublishedTable &t : publication.tables) {
        if (t.protection.kind != ProtectionSettings::Kind::DifferentialPrivacy)
            return false;
        for (const DimensionSpec &d : t.spec.dimensions)
            if (d.domain.select)
                return false;
    }
    return !publication.tables.empty();
}

bool countableInDatabase(const QJsonObject &json)
{
    Publication p;
    for (const auto &item : json["tables"].toArray()) {
        const QJsonObject o = item.toObject();
        auto spec = tableSpecFromJson(o, s(o["name"]));
        auto protection = protectionFromJson(o["protection"].toObject(), s(o["name"]));
        if (!spec || !protection)
            return false;
        p.tables.push_back({std::move(*spec), *protection});
    }
    return countableInDatabase(p);
}

Result<ComputedRelease> computeRelease(const Dataset &data, const Configuration &config,
                                       const Publication &publication,
                                       const std::string &inputSha256, RandomSource &random,
                                       const std::map<std::string, Release> &reuse,
                                       const AuditOptions &audit,
                                       const std::vector<EarlierRelease> &earlier,
                                       const std::string &cellKeySecret,
                                       const PostgresDomains *database)
{
    if (auto declared = checkDeclaredDomains(publication); !declared)
        return declared.error();
    if (database && !countableInDatabase(publication))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "of data in a database, only tables under "
                                                     "differential privacy with declared "
                                                     "categories are counted there; the others "
                                                     "need the records"));
    ComputedRelease out;
    std::vector<std::size_t> ruled; // tables under the rules, in out.tables
    std::vector<AggregateTable> truths;
    std::vector<TableRules> rules;
    std::map<std::size_t, std::unique_ptr<Hierarchy>> hierarchies;
    std::optional<std::size_t> subject, identifier;
    for (std::size_t c = 0; c < config.attributes.size(); ++c)
        if (config.attributes[c].role == AttributeRole::SubjectId && !subject)
            subject = c;
    // the record keys of the cell-key method come from the subject, or else the first direct
    // identifier; computed once for every such table
    identifier = subject;
    for (std::size_t c = 0; c < config.attributes.size() && !identifier; ++c)
        if (config.attributes[c].role == AttributeRole::DirectIdentifier)
            identifier = c;
    std::vector<std::uint64_t> keys;
    // the hierarchy of each dimension of a table (none for a time bucket or a column that is
    // no quasi-identifier), its levels resolved
    auto resolve = [&](TableSpec &spec) -> Result<std::vector<const Hierarchy *>> {
        std::vector<const Hierarchy *> hs;
        for (DimensionSpec &d : spec.dimensions) {
            const auto index = data.columnIndex(d.column);
            if (!index)
                return Error::of(QT_TRANSLATE_NOOP("Errors",
                                                   "table '%1': the data has no column '%2'"),
                                 {spec.name, d.column}, data.sourcePath);
            const std::size_t c = *index;
            const AttributeConfig &a = config.attributes[c];
            const bool qi = a.role == AttributeRole::QuasiIdentifier;
            if (a.role == AttributeRole::DirectIdentifier || a.role == AttributeRole::SubjectId)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': '%2' identifies people "
                                                             "directly and cannot be a dimension"),
                                 {spec.name, d.column});
            if (d.bucket != TimeBucket::None) {
                hs.push_back(nullptr);
                continue;
            }
            if (d.level < 0)
                d.level = qi ? a.level : 0;
            if (!qi && d.level > 0)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': '%2' is no "
                                                             "quasi-identifier, so it has no levels"),
                                 {spec.name, d.column});
            if (!qi) {
                hs.push_back(nullptr);
                continue;
            }
            auto &h = hierarchies[c];
            if (!h) {
                auto built = buildHierarchy(data.columns[c], a.hierarchy);
                if (!built)
                    return built.error();
                h = std::make_unique<Hierarchy>(std::move(*built));
            }
            hs.push_back(h.get());
        }
        return hs;
    };
    for (const PublishedTable &table : publication.tables) {
        TableSpec spec = table.spec;
        auto resolved = resolve(spec);
        if (!resolved)
            return resolved.error();
        const std::vector<const Hierarchy *> &hs = *resolved;
        const bool noisy = table.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy;
        // what makes this table what it is: its resolved definition, protection and input
        QJsonObject keyJson{{"spec", publicationToJson({{{spec, table.protection}}, {}, 0, 0})},
                            {"input", q(inputSha256)}};
        const std::string key =
            QCryptographicHash::hash(QJsonDocument(keyJson).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        out.keys.push_back(key);
        if (auto it = reuse.find(key); noisy && it != reuse.end()) {
            out.tables.push_back(it->second);
            out.reused.push_back(true);
            continue;
        }
        AggregateOptions options;
        if (noisy) {
            options.completeDomain = true;
            options.bounds = &table.protection.dp.bounds;
            options.random = &random; // the cells and rows the bounds keep
            options.database = database;
            options.cancel = database ? database->cancel : nullptr;
        }
        if (table.protection.kind == ProtectionSettings::Kind::Rules && spec.distribution.empty() &&
            !earlier.empty()) {
            // the dimensions alone (a pass over each column's dictionary, not over the rows)
            std::vector<ResolvedDimension> dims;
            for (std::size_t d = 0; d < spec.dimensions.size(); ++d) {
                auto r = resolveDimension(data, spec.dimensions[d], hs[d]);
                if (!r)
                    return r.error();
                dims.push_back(std::move(*r));
            }
            options.alsoList = listedBefore(dims, earlier);
        }
        const bool cellKey = table.protection.kind == ProtectionSettings::Kind::CellKey;
        if (cellKey) {
            // each record's key, from the column that identifies it and the project's secret
            if (cellKeySecret.empty())
                return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': the cell-key method needs "
                                                             "the project's secret; save the "
                                                             "project first"),
                                 {spec.name});
            if (!identifier)
                return Error::of(QT_TRANSLATE_NOOP("Errors",
                                                   "table '%1': the cell-key method needs a column "
                                                   "that identifies each record (a customer number "
                                                   "or a subject id), so that the same record keeps "
                                                   "its key in every release"),
                                 {spec.name});
            if (keys.empty())
                keys = recordKeys(data, *identifier, cellKeySecret);
            options.recordKeys = &keys;
        }
        // under differential privacy, the categories a steward could not declare are selected
        // from the data with noise before the table is built on them
        double selectionRho = 0, selectionDelta = 0;
        if (noisy)
            for (std::size_t d = 0; d < spec.dimensions.size(); ++d) {
                DeclaredDomain &domain = spec.dimensions[d].domain;
                if (!domain.select)
                    continue;
                auto chosen = selectCategories(data, spec.dimensions[d], hs[d], subject,
                                               table.protection.dp, spec.dimensions, random);
                if (!chosen)
                    return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': %2"),
                                     {spec.name, messageOf(chosen.error())}, chosen.error().file);
                domain.labels = std::move(chosen->labels);
                selectionRho += table.protection.dp.selectionRho;
                selectionDelta += table.protection.dp.selectionDelta;
            }
        auto aggregate = buildAggregate(data, spec, hs, subject, options);
        if (!aggregate)
            return aggregate.error();
        if (noisy) {
            out.tables.push_back(protectWithNoise(*aggregate, table.protection.dp, random));
            out.tables.back().selectionRho = selectionRho;
            out.tables.back().selectionDelta = selectionDelta;
        } else if (cellKey) {
            const CellKeySettings &k = table.protection.cellKey;
            auto ptable = perturbationTable(k.maxDeviation, k.variance, k.smallBelow);
            if (!ptable)
                return Error::of(QT_TRANSLATE_NOOP("Errors", "table '%1': %2"),
                                 {spec.name, messageOf(ptable.error())});
            out.tables.push_back(protectWithCellKey(*aggregate, *ptable, k));
        } else {
            // protected below, together with the release's other tables under the rules
            ruled.push_back(out.tables.size());
            out.tables.emplace_back();
            truths.push_back(std::move(*aggregate));
            rules.push_back(table.protection.rules);
        }
        out.reused.push_back(false);
    }
    // each table under the rules tells about the others (a decade is the sum of its years):
    // they are suppressed and audited as one
    if (!ruled.empty()) {
        std::vector<const AggregateTable *> tables;
        for (const AggregateTable &t : truths)
            tables.push_back(&t);
        // the earlier releases on this data, each table under the rules built again: a table
        // of another layout then is linked to the tables now through what they have in common
        // (one that cannot be built again, with columns or levels that changed since, is
        // compared cell by cell only)
        std::vector<EarlierRelease> known = earlier;
        for (EarlierRelease &e : known) {
            e.truths.assign(e.tables.size(), nullptr);
            if (!e.sameInput)
                continue;
            for (std::size_t k = 0; k < e.tables.size(); ++k) {
                const Release &r = e.tables[k];
                if (r.protection.kind != ProtectionSettings::Kind::Rules || r.spec.dimensions.empty())
                    continue;
                TableSpec spec = r.spec;
                auto hs = resolve(spec);
                if (!hs)
                    continue;
                auto truth = buildAggregate(data, spec, *hs, subject);
                if (truth && earlierTable(*truth, r))
                    e.truths[k] = std::make_shared<const AggregateTable>(std::move(*truth));
            }
        }
        std::vector<Release> protectedTables = protectWithRules(tables, rules, audit, known);
        for (std::size_t i = 0; i < ruled.size(); ++i)
            out.tables[ruled[i]] = std::move(protectedTables[i]);
    }
    return out;
}

} // namespace dijkgraaf
