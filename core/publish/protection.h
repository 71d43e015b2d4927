#pragma once

#include "aggregatetable.h"
#include "noise.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dijkgraaf {

// The rules statistical offices apply to tables (METRICS.md section 6).
struct TableRules
{
    std::uint64_t threshold = 5; // no published count below this many contributors
    bool dominance = false;      // (n,k) dominance rule on sums
    int dominanceN = 2;
    double dominanceK = 85; // percent
    bool pPercent = false;  // p% rule on sums
    double p = 10;          // percent
    int roundingBase = 0;   // 0: none; else counts rounded to a multiple of 3, 5 or 10
    // What the audit demands of a cell below the threshold (docs/measures.md, section 8):
    // with 0, an attacker's interval for its count must reach down to 1 and up to the
    // threshold, so that a small cell cannot be told from a safe one; otherwise it must reach
    // this many below (but not under 1) and above the true count.
    std::uint64_t thresholdRange = 0;
    // and its sums must stay uncertain by this share of their value, either side
    double sumRangePercent = 10;

    bool operator==(const TableRules &) const = default;
};

// Differential privacy for a table: the mechanism, its budget, and what is done to the
// noisy values afterwards.
struct DpSettings
{
    enum class Mechanism { Laplace, Gaussian };
    Mechanism mechanism = Mechanism::Laplace;
    double epsilon = 1.0; // Laplace: pure epsilon-DP for the whole table
    double rho = 0.5;     // Gaussian: rho-zCDP for the whole table
    ContributionBounds bounds;
    double sumUnit = 1;              // sums are noised in whole multiples of this unit
    std::uint64_t suppressBelow = 0; // hide noisy counts below this (0: none)
    // partition selection, for a dimension whose categories are selected from the data
    // (DeclaredDomain::select): each selection spends selectionRho (zCDP) and may let a
    // category held by one unit alone show with probability at most selectionDelta
    double selectionRho = 0.02;
    double selectionDelta = 1e-7;

    bool operator==(const DpSettings &) const = default;
};

// The cell-key method (cellkey.h): the perturbation table's maximum deviation D, variance V
// and smallest count published js.
struct CellKeySettings
{
    int maxDeviation = 3;
    double variance = 2;
    int smallBelow = 0;
    // sums (the magnitude method): each is moved by a share of its `top` largest contributions,
    // between minimumShare * percent % and percent % of each
    int top = 1;
    double percent = 10;
    double minimumShare = 0.25;

    bool operator==(const CellKeySettings &) const = default;
};

struct ProtectionSettings
{
    enum class Kind { Rules, DifferentialPrivacy, CellKey };
    Kind kind = Kind::Rules;
    TableRules rules;
    DpSettings dp;
    CellKeySettings cellKey;

    bool operator==(const ProtectionSettings &) const = default;
};

std::string_view mechanismName(DpSettings::Mechanism m); // "discrete-laplace", "discrete-gaussian"

// Why a cell shows what it shows.
// Only the steward sees why a cell is hidden: every file names a hidden cell "hidden", and a
// release read back from the project knows no more (Hidden).
enum class CellState {
    Published,  // the true value
    Primary,    // hidden: it fails a rule
    Secondary,  // hidden so that a hidden cell cannot be worked out from the margins
    Noisy,      // published with noise
    NoisySmall, // noisy, and hidden because the noisy count is small
    Hidden      // hidden, as released (the reason is not kept)
};
std::string_view cellStateName(CellState s); // as published: "published", "hidden" or "noisy"
std::optional<CellState> cellStateFromName(std::string_view name);
bool isHidden(CellState s); // no value is released for the cell

// A cell as released: only these values ever leave the program.
struct ReleasedCell
{
    std::vector<std::uint32_t> labels;
    CellState state = CellState::Published;
    std::string reason; // for hidden cells: the rule, in words (for the steward; never released)
    std::optional<std::int64_t> records;
    std::optional<std::int64_t> subjects;
    std::vector<std::optional<double>> values; // per measure: the sum or the mean
    // the half-width of the 95 % interval of noise around each released number (0 without noise)
    double recordsError95 = 0;
    double subjectsError95 = 0;
    std::vector<double> valueError95;
};

// What the audit found for one figure of one hidden cell: the values the attacker of
// docs/measures.md (section 8) cannot rule out, and what the cell's rule demands of them.
struct AuditFinding
{
    std::size_t cell = 0;
    std::string figure; // "records", "subjects", or a measure's name ("sum of income")
    // the attacker's interval (integers for counts; upper may be infinite)
    double lower = 0, upper = 0;
    // a cell that fails a rule: the interval must reach down to reachLow and up to
    // reachHigh; any other hidden cell: it must hold more than one value (not pinned)
    bool pinnedOnly = true;
    double reachLow = 0, reachHigh = 0;
    bool protectedEnough = true;
    // false: shown protected against an attacker who reasons in fractions of records (the
    // linear relaxation), but the search for a table of whole counts was not decided in time
    bool wholeNumbersDecided = true;
    std::string rule; // the rule that sets the demand: "threshold", "p%", "dominance", ""
};

struct AuditResult
{
    bool ran = false;    // false: no cell is hidden, or the table has no rules to audit
    bool passed = true;  // every finding protected enough, and nothing left unproven
    std::size_t hiddenCells = 0;
    std::vector<AuditFinding> findings; // every figure of every hidden cell
    std::string solverMessage;          // why the audit could not decide, or empty
    std::vector<std::string> linkedTables; // other tables of the release audited together
    std::size_t linearPrograms = 0;     // solved, and of those with integers
    std::size_t integerPrograms = 0;
    std::size_t relaxationOnly = 0;     // findings with wholeNumbersDecided false
    // earlier releases of the project audited with this one (their approval times), and the
    // cells hidden because they changed by less than the threshold since one of them (for the
    // steward only: never stored or published)
    std::vector<std::string> comparedWith;
    std::size_t changedCells = 0;

    // the findings of cells that can be worked out too closely
    std::vector<AuditFinding> failures() const;
};

// The summary of a table as released. Only the counts of cells are published with it; the
// rest is for the steward (it holds figures of the true table) and is never stored.
struct ReleaseSummary
{
    std::size_t cells = 0;
    std::size_t hiddenCells = 0;
    std::size_t noisyCells = 0;
    std::size_t primarySuppressed = 0;
    std::size_t secondarySuppressed = 0;
    std::size_t noisySuppressed = 0;
    double recordsInSuppressedCells = 0; // share of records in hidden inner cells
    double meanAbsoluteError = 0;        // of noisy counts (expected, from the noise)
    // share of records in inner cells with fewer contributors than the threshold, as
    // aggregated and as released (hidden or noisy cells do not count as released)
    double riskBefore = 0;
    double riskAfter = 0;
    // left out: rows beyond the contribution bounds, and records outside the declared
    // categories (for the steward only: exact, they would tell about the people in the data)
    std::uint64_t droppedRows = 0;
    std::uint64_t outsideRows = 0;
    // the rows the bounds left out per period (per day of an hourly bucket, else per bucket),
    // with the rows the period had: for the steward only, never published
    struct LeftOut
    {
        std::string period;
        std::uint64_t rows = 0, leftOut = 0;
    };
    std::vector<LeftOut> leftOutByPeriod;
};

// A protected table, ready for export: labels and released values only.
struct Release
{
    std::string tableName;
    // what the table was built from (levels resolved); no dimensions in a release stored
    // before it was kept
    TableSpec spec;
    std::vector<std::string> dimensionNames;
    std::vector<std::string> dimensionColumns;
    std::vector<std::vector<std::string>> labels; // per dimension
    std::vector<std::string> measureNames;        // "sum of income", "mean of income"
    bool hasSubjects = false;
    ProtectionSettings protection;
    std::vector<ReleasedCell> cells;
    ReleaseSummary summary;
    AuditResult audit;
    // differential privacy: the noise of each figure
    std::string mechanism;
    double epsilon = 0; // 0 unless Laplace
    double rho = 0;     // 0 unless Gaussian
    // partition selection of the categories of its dimensions: the rho spent besides rho,
    // and the chance that a category of one unit alone showed (0: no selection)
    double selectionRho = 0;
    double selectionDelta = 0;
};

// What a table releases per cell, in this order: records, subjects (with a subject column),
// then each measure. A cell's figures (none where hidden or not given) and the half-widths of
// their 95 % noise intervals (0 without noise).
std::size_t figureCount(const Release &r);
std::vector<std::optional<double>> releasedFigures(const Release &r, const ReleasedCell &c);
std::vector<double> releasedErrors(const Release &r, const ReleasedCell &c);

// A cell's label along one dimension: "Total" in a margin.
std::string labelOf(const Release &r, std::size_t dimension, std::uint32_t label);

// The share of rows the contribution bounds left out per period, as "2026-03-02 21 %,
// 2026-03-03 20 %, ..." (whole percents, at most `most` periods, then "..."); empty without.
std::string leftOutByPeriodInWords(const ReleaseSummary &s, std::size_t most = 14);

// The published summary (cells, hidden cells, noisy cells) as JSON: one form for the exports
// and the project.
QJsonObject summaryToJson(const ReleaseSummary &s);
// nullopt when a stored count is not a whole number >= 0 (a damaged or altered file).
std::optional<ReleaseSummary> summaryFromJson(const QJsonObject &o);

// What an audit checked and found, as JSON: never a figure of a hidden cell or what its rule
// demanded of it (that would tell its size), only the verdict and what was covered.
QJsonObject auditToJson(const AuditResult &a);
// nullopt when a stored count is not a whole number >= 0.
std::optional<AuditResult> auditFromJson(const QJsonObject &o);

// A whole number stored as JSON, if it is one within [lo, hi] (a cast of anything else to an
// integer is undefined); one reader for every count a project or release file stores.
std::optional<std::int64_t> storedWhole(const QJsonValue &v, double lo, double hi);
// The attacker model the audit implements (docs/measures.md, section 8).
constexpr const char *kAttackerModel = "dijkgraaf-attacker-1";

// The settings as JSON, in the words of the configuration file; the Error names `where` and
// the setting.
QJsonObject protectionToJson(const ProtectionSettings &p);
Result<ProtectionSettings> protectionFromJson(const QJsonObject &o, const std::string &where);

// Applies the table rules: primary suppression, secondary suppression when margins are
// published, rounding, then the audit of the result. Several tables of one release are
// protected and audited together (audit.h), since each tells about the others.
Release protectWithRules(const AggregateTable &table, const TableRules &rules);

// Adds noise to a table built with options.completeDomain and the contribution bounds of dp.
Release protectWithNoise(const AggregateTable &table, const DpSettings &dp, RandomSource &random);

// The noise protectWithNoise adds to one inner cell's figures (a total adds up the noise of
// its cells): of its records, its distinct subjects and each sum (in units of dp.sumUnit).
// It follows from the declarations alone, never from the data.
struct NoiseOfFigures
{
    NoiseFacts records, subjects;
    std::vector<NoiseFacts> sums;
};
NoiseOfFigures noiseOfFigures(const TableSpec &spec, bool hasSubjects, const DpSettings &dp);

// The audit of one table's release against its true table (audit.h audits several at once).
AuditResult auditRelease(const AggregateTable &table, const Release &release,
                         const TableRules &rules);

// Checks the settings; an error names the setting and the allowed range.
Result<bool> validateProtection(const ProtectionSettings &settings);

} // namespace dijkgraaf
