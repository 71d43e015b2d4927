#pragma once

#include "protection.h"

#include <QByteArray>

#include <functional>
#include <string>
#include <vector>

namespace dijkgraaf {

// What a portal needs to know about a release (DCAT-AP and the Data Package's descriptors).
struct ReleaseMetadata
{
    std::string title = "Aggregated customer data";
    std::string description;
    std::string publisher;
    std::string contactEmail;
    std::string licence = "CC-BY-4.0";
    std::string licenceUrl = "https://creativecommons.org/licenses/by/4.0/";
    std::string temporalStart; // ISO date, or empty
    std::string temporalEnd;
    std::string spatial; // a place name or a URI
    std::vector<std::string> keywords;
    std::string language = "en"; // ISO 639-1
    // The catalogue entry (dcat.jsonld): the profile it follows ("dcat-ap", or "dcat-ap-donl"
    // for data.overheid.nl), where the release will be put on the web (its addresses are
    // relative to dcat.jsonld without one), the dataset's identifier (empty: one made from
    // the publisher and the title), the publisher's IRI, the contact's name and the themes
    // (IRIs of a taxonomy; DCAT-AP-DONL: the policy agenda taxonomy).
    std::string profile = "dcat-ap";
    std::string baseUrl;
    std::string identifier;
    std::string publisherUri;
    std::string contactName;
    std::vector<std::string> themes;

    bool operator==(const ReleaseMetadata &) const = default;
};

// Who approved what, for the report and the metadata.
struct ApprovalInfo
{
    std::string name;
    std::string note;
    std::string time; // ISO 8601, UTC
    std::string configurationSha256;
    std::string inputSha256;
    // the privacy budget of the data source, in zCDP: spent by this release, by every
    // release on the same data so far (every project), and the budget (0: none)
    double epsilonSpent = 0, rhoSpent = 0; // this release: epsilon of its Laplace tables, rho in all
    double rhoTotal = 0, rhoBudget = 0;
    std::string dataset;
    // how the budget came to be: each declaration and raise, in words ("rho 0.8, raised by
    // B. Officer on 2026-11-30: the board agreed")
    std::vector<std::string> budgetChanges;
    // the deltas of partition selections in every release on the same data so far, which add
    // to the delta the (epsilon, delta) figure is stated for
    double deltaTotal = 0;
};

struct OutputFile
{
    std::string name; // relative to the output folder
    QByteArray bytes;
};

// A safe file name from a table's name: "People per area" -> "people-per-area".
std::string fileStem(const std::string &name);

// Text that a spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a
// leading apostrophe.
std::string neutraliseFormula(const std::string &text);

// Renders every file of a release in memory: one CSV per table, a SQLite database, JSON,
// datapackage.json, DCAT-AP JSON-LD and the HTML report. Only released values and labels
// are written; the true table is never read here.
// Files made outside the engine (the PDF report needs a GUI-capable module) go in through
// extra, before the data package and the catalogue entry, which list and hash every file;
// extra gets the files made so far (the HTML report among them, to typeset rather than make
// again).
using ExtraFiles = std::function<Result<std::vector<OutputFile>>(
    const std::vector<Release> &, const ReleaseMetadata &, const ApprovalInfo &,
    const std::vector<OutputFile> &)>;
Result<std::vector<OutputFile>> renderRelease(const std::vector<Release> &tables,
                                              const ReleaseMetadata &metadata,
                                              const ApprovalInfo &approval,
                                              const ExtraFiles &extra = {});

// The CSV file name of each table: its name's stem, numbered where two tables share one.
std::vector<std::string> csvFileNames(const std::vector<Release> &tables);

// The software that protected a release, as every metadata file names it ("Dijkgraaf 1.2.3").
QString producerName();

// How a table was protected, in one paragraph (the metadata and the data package).
QString methodInWords(const Release &r);

// What the audit of a table under the rules checked and what it did not, in words (the
// report and the metadata say the same).
std::string auditInWords(const Release &r);

// The HTML report alone (also the source of the PDF report, which needs a GUI-capable
// module and is made outside the engine).
QByteArray reportHtml(const std::vector<Release> &tables, const ReleaseMetadata &metadata,
                      const ApprovalInfo &approval);

// The English texts a Dutch report asked for that the Dutch table lacks (for the tests).
std::vector<std::string> untranslatedReportWords();

struct WriteOptions
{
    bool force = false; // replace files that exist
    // called before each file is put in place; returning false stops the export (for
    // cancellation, and for tests of an interrupted export)
    std::function<bool(const std::string &name)> beforeFile;
};

// Whether name is a plain file name that stays in the folder it is written to: not empty, no
// separator ('/' or '\\'), no drive (':'), no control character, not '.' or '..'.
bool isPlainFileName(const std::string &name);

// Writes the files into folder, all or nothing: everything is first written and flushed in a
// temporary folder beside it, then moved into place. Existing files are replaced only with
// force. On failure or interruption no new file is left behind, and the folder is as it was.
Result<std::vector<std::string>> writeFilesAtomically(const std::vector<OutputFile> &files,
                                                      const std::string &folder,
                                                      const WriteOptions &options = {});

} // namespace dijkgraaf
