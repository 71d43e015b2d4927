#include "catalogue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <map>

namespace dijkgraaf {

namespace {

const char *const kEuLanguage = "http://publications.europa.eu/resource/authority/language/";
const char *const kEuFileType = "http://publications.europa.eu/resource/authority/file-type/";
const char *const kEuLicence = "http://publications.europa.eu/resource/authority/licence/";
const char *const kIanaMediaType = "https://www.iana.org/assignments/media-types/";
const char *const kDonlThemes = "http://standaarden.overheid.nl/owms/terms/";
// A namespace of our own for the identifiers made from a publisher and a title.
const QUuid kIdentifierNamespace(QStringLiteral("{6f1c1d4e-3b1a-4e59-9a57-2f0c6a8d9e11}"));

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isDonl(const ReleaseMetadata &m)
{
    return m.profile == "dcat-ap-donl";
}

// An absolute http(s) address with a host, as the catalogue's IRIs must be.
bool isWebIri(const std::string &s)
{
    const QUrl url(q(s), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http" || url.scheme() == "https") &&
           !url.host().isEmpty() && s.find_first_of(" <>\"{}|\\^`") == std::string::npos;
}

struct LicenceIris
{
    const char *eu;   // the EU licence list
    const char *donl; // DCAT-AP-DONL's donl:License list
};

// The licences both lists hold, by their SPDX identifier.
const std::map<std::string, LicenceIris> &knownLicences()
{
    static const std::map<std::string, LicenceIris> licences{
        {"CC-BY-4.0", {"CC_BY_4_0", "http://creativecommons.org/licenses/by/4.0/deed.nl"}},
        {"CC0-1.0", {"CC0", "http://creativecommons.org/publicdomain/zero/1.0/deed.nl"}},
        {"CC-BY-SA-4.0", {"CC_BYSA_4_0", "http://creativecommons.org/licenses/by-sa/4.0/deed.nl"}},
    };
    return licences;
}

QString licenceIri(const ReleaseMetadata &m)
{
    const auto found = knownLicences().find(m.licence);
    if (found == knownLicences().end())
        return q(m.licenceUrl);
    return isDonl(m) ? QString::fromLatin1(found->second.donl)
                     : QString::fromLatin1(kEuLicence) + found->second.eu;
}

QJsonObject typed(const QString &value, const char *type)
{
    return QJsonObject{{"@value", value}, {"@type", type}};
}

QJsonObject node(const QString &iri, const char *type)
{
    return QJsonObject{{"@id", iri}, {"@type", type}};
}

QJsonObject text(const std::string &value, const ReleaseMetadata &m)
{
    return QJsonObject{{"@value", q(value)}, {"@language", q(m.language)}};
}

bool dutch(const ReleaseMetadata &m)
{
    return m.language == "nl";
}

// The kinds of file a release holds: their IANA media type and their EU file type ("" where
// the EU list has none, as for SQLite databases). The first suffix that fits decides.
struct FileKind
{
    const char *suffix, *mediaType, *euFileType;
};
constexpr FileKind kFileKinds[] = {{".csv", "text/csv", "CSV"},
                                   {".jsonld", "application/ld+json", "JSON_LD"},
                                   {".json", "application/json", "JSON"},
                                   {".sqlite", "application/vnd.sqlite3", ""},
                                   {".html", "text/html", "HTML"},
                                   {".pdf", "application/pdf", "PDF"}};

const FileKind *kindOf(const std::string &name)
{
    for (const FileKind &k : kFileKinds)
        if (q(name).endsWith(QLatin1String(k.suffix)))
            return &k;
    return nullptr;
}

QString fileTypeOf(const std::string &name)
{
    const FileKind *k = kindOf(name);
    return k ? QString::fromLatin1(k->euFileType) : QString();
}

// What a file of the release holds, in the metadata's language.
std::string fileDescription(const std::string &name, const std::vector<Release> &tables,
                            const std::vector<OutputFile> &files, const ReleaseMetadata &m)
{
    const bool nl = dutch(m);
    if (name == "release.sqlite")
        return nl ? "Alle tabellen van de publicatie in één SQLite-database."
                  : "Every table of the release in one SQLite database.";
    if (name == "release.json")
        return nl ? "Alle tabellen van de publicatie met hun bescherming, in JSON."
                  : "Every table of the release with its protection, in JSON.";
    if (name == "datapackage.json")
        return nl ? "De beschrijving van de tabellen als Frictionless Data Package."
                  : "The tables described as a Frictionless Data Package.";
    if (name == "report.html" || name == "report.pdf")
        return nl ? "Het verslag voor lezers: wat is gepubliceerd en hoe mensen zijn beschermd."
                  : "The report for readers: what was published and how people were protected.";
    // a table's CSV: its title and its protection
    std::size_t csv = 0;
    for (const auto &f : files) {
        if (!QString::fromStdString(f.name).endsWith(".csv"))
            continue;
        if (f.name == name && csv < tables.size())
            return tables[csv].tableName + ". " + methodInWords(tables[csv]).toStdString();
        ++csv;
    }
    return name;
}

// A theme's label from its IRI, for the taxonomies whose IRIs are their names
// ("http://standaarden.overheid.nl/owms/terms/Huisvesting_(thema)" -> "Huisvesting").
QString themeLabel(const std::string &iri)
{
    QString last = q(iri).section('/', -1, -1, QString::SectionSkipEmpty);
    last.remove(QStringLiteral("_(thema)"));
    last.replace('_', ' ');
    return QUrl::fromPercentEncoding(last.toUtf8());
}

} // namespace

std::string languageIri(const std::string &language)
{
    static const std::map<std::string, const char *> codes{
        {"en", "ENG"}, {"nl", "NLD"}, {"de", "DEU"}, {"fr", "FRA"}, {"es", "SPA"},
        {"it", "ITA"}, {"pt", "POR"}, {"da", "DAN"}, {"sv", "SWE"}, {"fi", "FIN"},
        {"pl", "POL"}, {"cs", "CES"}, {"el", "ELL"}, {"hu", "HUN"}, {"ro", "RON"},
        {"bg", "BUL"}, {"hr", "HRV"}, {"sk", "SLK"}, {"sl", "SLV"}, {"et", "EST"},
        {"lv", "LAV"}, {"lt", "LIT"}, {"ga", "GLE"}, {"mt", "MLT"}, {"fy", "FRY"}};
    const auto found = codes.find(language);
    return found == codes.end() ? std::string() : kEuLanguage + std::string(found->second);
}

std::string mediaTypeOf(const std::string &fileName)
{
    const FileKind *k = kindOf(fileName);
    return k ? k->mediaType : "application/octet-stream";
}

std::optional<Error> metadataProblem(const ReleaseMetadata &m)
{
    // "the release's metadata: ..."
    auto problem = [](const char *format, std::vector<ErrorArg> args = {}) {
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the release's metadata: %1"),
                         {messageOf(Error::of(format, std::move(args)))});
    };
    if (m.profile != "dcat-ap" && m.profile != "dcat-ap-donl")
        return problem(QT_TRANSLATE_NOOP("Errors", "the catalogue profile is '%1'; it can be "
                                                   "'dcat-ap' or 'dcat-ap-donl'"),
                       {m.profile});
    if (m.title.empty())
        return problem(QT_TRANSLATE_NOOP("Errors", "the title is empty"));
    if (languageIri(m.language).empty())
        return problem(QT_TRANSLATE_NOOP("Errors", "the language '%1' is not an official language "
                                                   "of the EU or Frisian (give its two-letter "
                                                   "code, such as 'en' or 'nl')"),
                       {m.language});
    if (!m.baseUrl.empty() && !isWebIri(m.baseUrl))
        return problem(QT_TRANSLATE_NOOP("Errors", "the address of the release '%1' is not a web "
                                                   "address (it must start with https:// or "
                                                   "http://)"),
                       {m.baseUrl});
    if (!m.publisherUri.empty() && !isWebIri(m.publisherUri))
        return problem(QT_TRANSLATE_NOOP("Errors", "the publisher's IRI '%1' is not a web address"),
                       {m.publisherUri});
    if (!knownLicences().count(m.licence) && !isWebIri(m.licenceUrl))
        return problem(QT_TRANSLATE_NOOP("Errors", "the licence '%1' has no web address (its "
                                                   "address is '%2')"),
                       {m.licence, m.licenceUrl});
    for (const auto &t : m.themes)
        if (!isWebIri(t))
            return problem(QT_TRANSLATE_NOOP("Errors", "the theme '%1' is not a web address (a "
                                                       "theme is an IRI of a taxonomy)"),
                           {t});
    if (!m.spatial.empty() && m.spatial.find("://") != std::string::npos && !isWebIri(m.spatial))
        return problem(QT_TRANSLATE_NOOP("Errors", "the area '%1' looks like an address but is not "
                                                   "a valid one"),
                       {m.spatial});
    if (!m.contactEmail.empty()) {
        const auto at = m.contactEmail.find('@');
        if (at == 0 || at == std::string::npos || at + 1 == m.contactEmail.size() ||
            m.contactEmail.find_first_of(" <>,;:\"") != std::string::npos ||
            m.contactEmail.find('@', at + 1) != std::string::npos)
            return problem(QT_TRANSLATE_NOOP("Errors",
                                             "the contact address '%1' is not an e-mail address"),
                           {m.contactEmail});
    }
    if (isDonl(m)) {
        if (m.description.empty())
            return problem(QT_TRANSLATE_NOOP("Errors", "DCAT-AP-DONL requires a description"));
        if (m.publisherUri.empty())
            return problem(QT_TRANSLATE_NOOP("Errors",
                                             "DCAT-AP-DONL requires the publisher's IRI from the "
                                             "list of organisations of data.overheid.nl "
                                             "(donl_organization), such as "
                                             "https://standaarden.overheid.nl/owms/terms/..."));
        if (m.contactEmail.empty())
            return problem(
                QT_TRANSLATE_NOOP("Errors", "DCAT-AP-DONL requires a contact e-mail address"));
        if (m.themes.empty())
            return problem(QT_TRANSLATE_NOOP("Errors", "DCAT-AP-DONL requires at least one theme "
                                                       "of the policy agenda taxonomy (%1Economie, "
                                                       "for instance)"),
                           {std::string(kDonlThemes)});
        for (const auto &t : m.themes)
            if (t.rfind(kDonlThemes, 0) != 0)
                return problem(QT_TRANSLATE_NOOP("Errors", "DCAT-AP-DONL requires themes of the "
                                                           "policy agenda taxonomy (%1...); '%2' "
                                                           "is not one"),
                               {std::string(kDonlThemes), t});
        if (!knownLicences().count(m.licence))
            return problem(QT_TRANSLATE_NOOP("Errors", "DCAT-AP-DONL requires a licence of its list "
                                                       "(CC0-1.0, CC-BY-4.0 or CC-BY-SA-4.0); '%1' "
                                                       "is not one"),
                           {m.licence});
    }
    return std::nullopt;
}

QByteArray catalogueOf(const std::vector<Release> &tables, const ReleaseMetadata &m,
                       const std::vector<OutputFile> &files, const ApprovalInfo &approval)
{
    const bool nl = dutch(m);
    const QString language = q(languageIri(m.language));
    const QString licence = licenceIri(m);
    const QJsonObject issued = typed(q(approval.time), "xsd:dateTime");
    QJsonArray graph;

    // the publisher: its own IRI where one is given, else a node of this catalogue; the
    // approver stands in where the metadata names none (DCAT-AP requires a publisher)
    const QString publisherId = m.publisherUri.empty() ? QStringLiteral("#publisher") : q(m.publisherUri);
    const std::string publisherName = m.publisher.empty() ? approval.name : m.publisher;
    graph.append(QJsonObject{{"@id", publisherId},
                             {"@type", "foaf:Agent"},
                             {"foaf:name", q(publisherName.empty() ? std::string("-") : publisherName)}});

    QJsonArray distributions;
    for (const auto &f : files) {
        const QString name = q(f.name);
        QJsonObject d{
            {"@id", "#" + name},
            {"@type", "dcat:Distribution"},
            {"dct:title", name},
            {"dct:description", text(fileDescription(f.name, tables, files, m), m)},
            {"dcat:accessURL", QJsonObject{{"@id", name}}},
            {"dcat:downloadURL", QJsonObject{{"@id", name}}},
            {"dcat:mediaType", node(kIanaMediaType + q(mediaTypeOf(f.name)), "dct:MediaType")},
            {"dct:license", node(licence, "dct:LicenseDocument")},
            {"dct:issued", issued},
            {"dcat:byteSize", typed(QString::number(f.bytes.size()), "xsd:nonNegativeInteger")},
            {"spdx:checksum",
             QJsonObject{{"@type", "spdx:Checksum"},
                         {"spdx:algorithm", QJsonObject{{"@id", "spdx:checksumAlgorithm_sha256"}}},
                         {"spdx:checksumValue",
                          typed(QString::fromLatin1(
                                    QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex()),
                                "xsd:hexBinary")}}}};
        if (const QString type = fileTypeOf(f.name); !type.isEmpty())
            d["dct:format"] = node(kEuFileType + type, "dct:MediaTypeOrExtent");
        if (name.endsWith(".csv"))
            d["dct:conformsTo"] = node("https://www.rfc-editor.org/rfc/rfc4180", "dct:Standard");
        if (name == "datapackage.json")
            d["dct:conformsTo"] = node("https://datapackage.org/profiles/1.0/datapackage.json", "dct:Standard");
        if (name.startsWith("report."))
            d["dct:language"] = node(language, "dct:LinguisticSystem");
        distributions.append(QJsonObject{{"@id", "#" + name}});
        graph.append(d);
    }

    QStringList methods;
    for (const Release &r : tables)
        methods << q(r.tableName) + ": " + methodInWords(r);
    const QString protection =
        (nl ? QStringLiteral("Samengevoegd uit gegevens over personen en beschermd zodat niemand "
                             "eruit kan worden gelicht. ")
            : QStringLiteral("Aggregated from records of people and protected so that no one can be "
                             "singled out. ")) +
        methods.join(' ') + (nl ? " Beschermd met " : " Protected with ") + producerName() + ".";
    const std::string description = m.description.empty() ? m.title : m.description;
    const std::string identifier =
        !m.identifier.empty()
            ? m.identifier
            : "urn:uuid:" + QUuid::createUuidV5(kIdentifierNamespace, q(publisherName + "\n" + m.title))
                                .toString(QUuid::WithoutBraces)
                                .toStdString();
    QJsonObject dataset{
        {"@id", "#dataset"},
        {"@type", "dcat:Dataset"},
        {"dct:title", text(m.title, m)},
        {"dct:description", text(description + "\n\n" + protection.toStdString(), m)},
        {"dct:identifier", q(identifier)},
        {"dct:language", node(language, "dct:LinguisticSystem")},
        {"dct:issued", issued},
        {"dct:modified", issued},
        {"dct:publisher", QJsonObject{{"@id", publisherId}}},
        {"dct:accessRights",
         node("http://publications.europa.eu/resource/authority/access-right/PUBLIC", "dct:RightsStatement")},
        {"dct:provenance", QJsonObject{{"@type", "dct:ProvenanceStatement"},
                                       {"rdfs:label", text(protection.toStdString(), m)}}},
        {"prov:wasGeneratedBy",
         QJsonObject{{"@type", "prov:Activity"},
                     {"rdfs:label", text((nl ? "Goedgekeurd door " : "Approved by ") + approval.name +
                                             (nl ? " op " : " on ") + approval.time +
                                             (nl ? ", beschermd met " : ", protected with ") +
                                             producerName().toStdString(),
                                         m)},
                     {"prov:endedAtTime", issued}}},
        {"dcat:landingPage", node("report.html", "foaf:Document")},
        {"dcat:distribution", distributions}};
    if (!m.contactEmail.empty() || isDonl(m)) {
        QJsonObject contact{{"@type", "vcard:Kind"},
                            {"vcard:fn", q(m.contactName.empty() ? publisherName : m.contactName)}};
        if (!m.contactEmail.empty())
            contact["vcard:hasEmail"] = QJsonObject{{"@id", q("mailto:" + m.contactEmail)}};
        dataset["dcat:contactPoint"] = contact;
    }
    if (!m.temporalStart.empty() || !m.temporalEnd.empty()) {
        QJsonObject period{{"@type", "dct:PeriodOfTime"}};
        if (!m.temporalStart.empty())
            period["dcat:startDate"] = typed(q(m.temporalStart), "xsd:date");
        if (!m.temporalEnd.empty())
            period["dcat:endDate"] = typed(q(m.temporalEnd), "xsd:date");
        dataset["dct:temporal"] = period;
    }
    if (!m.spatial.empty())
        dataset["dct:spatial"] = isWebIri(m.spatial)
                                     ? node(q(m.spatial), "dct:Location")
                                     : QJsonObject{{"@type", "dct:Location"}, {"rdfs:label", text(m.spatial, m)}};
    if (!m.keywords.empty()) {
        QJsonArray k;
        for (const auto &w : m.keywords)
            k.append(text(w, m));
        dataset["dcat:keyword"] = k;
    }
    if (!m.themes.empty()) {
        QJsonArray themes;
        for (const auto &t : m.themes) {
            QJsonObject theme = node(q(t), "skos:Concept");
            theme["skos:prefLabel"] = themeLabel(t);
            themes.append(theme);
        }
        dataset["dcat:theme"] = themes;
    }
    if (isDonl(m)) {
        // the fields DCAT-AP-DONL requires beyond DCAT-AP
        dataset["dct:creator"] = QJsonObject{{"@id", publisherId}};
        dataset["dct:license"] = node(licence, "dct:LicenseDocument");
        QJsonObject status = node("http://data.overheid.nl/status/beschikbaar", "skos:Concept");
        status["skos:prefLabel"] = QJsonObject{{"@value", "Beschikbaar"}, {"@language", "nl"}};
        dataset["adms:status"] = status;
    }
    graph.append(dataset);

    graph.append(QJsonObject{
        {"@id", "#catalogue"},
        {"@type", "dcat:Catalog"},
        {"dct:title", text(m.title, m)},
        {"dct:description",
         text((nl ? "De bestanden van de publicatie '" : "The files of the release '") + m.title +
                  (nl ? "', goedgekeurd op " : "', approved on ") + approval.time.substr(0, 10) +
                  (nl ? ", en hoe ze zijn beschermd." : ", and how they were protected."),
              m)},
        {"dct:publisher", QJsonObject{{"@id", publisherId}}},
        {"dct:language", node(language, "dct:LinguisticSystem")},
        {"dct:license", node(licence, "dct:LicenseDocument")},
        {"dct:modified", issued},
        {"dcat:dataset", QJsonObject{{"@id", "#dataset"}}}});

    QJsonObject context{{"dcat", "http://www.w3.org/ns/dcat#"},
                        {"dct", "http://purl.org/dc/terms/"},
                        {"foaf", "http://xmlns.com/foaf/0.1/"},
                        {"vcard", "http://www.w3.org/2006/vcard/ns#"},
                        {"spdx", "http://spdx.org/rdf/terms#"},
                        {"skos", "http://www.w3.org/2004/02/skos/core#"},
                        {"prov", "http://www.w3.org/ns/prov#"},
                        {"adms", "http://www.w3.org/ns/adms#"},
                        {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
                        {"xsd", "http://www.w3.org/2001/XMLSchema#"}};
    if (!m.baseUrl.empty())
        context["@base"] = q(m.baseUrl.back() == '/' ? m.baseUrl : m.baseUrl + "/");
    return QJsonDocument(QJsonObject{{"@context", context}, {"@graph", graph}}).toJson(QJsonDocument::Indented);
}

} // namespace dijkgraaf
