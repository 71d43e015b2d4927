#pragma once

#include "exporter.h"

#include <optional>

namespace dijkgraaf {

// The catalogue entry of a release, dcat.jsonld: a dcat:Catalog holding one dcat:Dataset
// with a dcat:Distribution per file, in DCAT-AP 3.0.1 (formats, media types, languages and
// licences as IRIs of the EU vocabularies and IANA, sizes and checksums typed), and with the
// fields DCAT-AP-DONL adds when metadata.profile is "dcat-ap-donl". The addresses are
// relative to the catalogue file unless metadata.baseUrl says where the release will be put.
QByteArray catalogueOf(const std::vector<Release> &tables, const ReleaseMetadata &metadata,
                       const std::vector<OutputFile> &files, const ApprovalInfo &approval);

// Why the metadata cannot be published as a valid catalogue entry (an address that is not an
// absolute http(s) IRI, a language or licence without an entry in the lists the profile asks
// for, a field the profile requires left empty), or nothing when it can.
std::optional<Error> metadataProblem(const ReleaseMetadata &metadata);

// The IRI of a language (ISO 639-1, "en") in the EU's language list, or "" if not known.
std::string languageIri(const std::string &language);

// The IANA media type of a release file, by its name ("text/csv", "application/pdf").
std::string mediaTypeOf(const std::string &fileName);

} // namespace dijkgraaf
