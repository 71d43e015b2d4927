// A released table: the states of its cells as published, the figures of a cell, its skeleton
// made from the true table, and the summary.
#include "releasecells.h"

#include <QJsonArray>
#include <QString>

#include <algorithm>
#include <cmath>

namespace dijkgraaf {

std::string_view cellStateName(CellState s)
{
    switch (s) {
    case CellState::Published:
        return "published";
    case CellState::Noisy:
        return "noisy";
    case CellState::Primary:
    case CellState::Secondary:
    case CellState::NoisySmall:
    case CellState::Hidden:
        return "hidden"; // never why: that would tell a small cell from its partners
    }
    return "";
}

std::optional<CellState> cellStateFromName(std::string_view name)
{
    if (name == "published")
        return CellState::Published;
    if (name == "noisy")
        return CellState::Noisy;
    if (name == "hidden")
        return CellState::Hidden;
    return std::nullopt;
}

bool isHidden(CellState s)
{
    return s == CellState::Primary || s == CellState::Secondary || s == CellState::NoisySmall ||
           s == CellState::Hidden;
}

std::size_t figureCount(const Release &r)
{
    return 1 + (r.hasSubjects ? 1 : 0) + r.measureNames.size();
}

std::vector<std::optional<double>> releasedFigures(const Release &r, const ReleasedCell &c)
{
    std::vector<std::optional<double>> f;
    f.push_back(c.records ? std::optional<double>(static_cast<double>(*c.records)) : std::nullopt);
    if (r.hasSubjects)
        f.push_back(c.subjects ? std::optional<double>(static_cast<double>(*c.subjects))
                               : std::nullopt);
    for (const auto &v : c.values)
        f.push_back(v);
    return f;
}

std::vector<double> releasedErrors(const Release &r, const ReleasedCell &c)
{
    std::vector<double> e{c.recordsError95};
    if (r.hasSubjects)
        e.push_back(c.subjectsError95);
    for (const double v : c.valueError95)
        e.push_back(v);
    return e;
}

std::string labelOf(const Release &r, std::size_t dimension, std::uint32_t label)
{
    return label == kTotalLabel ? "Total" : r.labels[dimension][label];
}

Release releaseSkeleton(const AggregateTable &table)
{
    Release r;
    r.tableName = table.spec.name;
    r.spec = table.spec;
    for (const auto &d : table.dimensions) {
        r.dimensionNames.push_back(d.name);
        r.dimensionColumns.push_back(d.column);
        r.labels.push_back(d.labels);
    }
    for (const auto &m : table.spec.measures)
        r.measureNames.push_back((m.kind == MeasureSpec::Kind::Sum ? "sum of " : "mean of ") +
                                 m.column);
    r.hasSubjects = table.hasSubjects;
    r.cells.resize(table.cells.size());
    for (std::size_t c = 0; c < table.cells.size(); ++c) {
        r.cells[c].labels = table.cells[c].labels;
        r.cells[c].values.resize(table.spec.measures.size());
        r.cells[c].valueError95.assign(table.spec.measures.size(), 0.0);
    }
    r.summary.cells = table.cells.size();
    r.summary.droppedRows = table.droppedRows;
    r.summary.outsideRows = table.outsideRows;
    if (!table.rowsOfBucket.empty()) {
        // kept per bucket: the records of the inner cells with its label
        const std::size_t b = table.bucketDimension;
        std::vector<std::uint64_t> kept(table.rowsOfBucket.size(), 0);
        for (std::size_t c = 0; c < table.innerCells(); ++c)
            kept[table.cells[c].labels[b]] += table.cells[c].records;
        const bool hourly = table.spec.dimensions[b].bucket == TimeBucket::Hour;
        for (std::size_t l = 0; l < kept.size(); ++l) {
            const std::string &label = table.dimensions[b].labels[l];
            const std::string period = hourly ? label.substr(0, 10) : label;
            auto &byPeriod = r.summary.leftOutByPeriod;
            if (byPeriod.empty() || byPeriod.back().period != period)
                byPeriod.push_back({period, 0, 0});
            byPeriod.back().rows += table.rowsOfBucket[l];
            byPeriod.back().leftOut += table.rowsOfBucket[l] - std::min(kept[l], table.rowsOfBucket[l]);
        }
    }
    return r;
}

std::string leftOutByPeriodInWords(const ReleaseSummary &s, std::size_t most)
{
    std::string out;
    for (std::size_t i = 0; i < s.leftOutByPeriod.size(); ++i) {
        if (i == most) {
            out += ", ...";
            break;
        }
        const auto &p = s.leftOutByPeriod[i];
        const long share = p.rows ? std::lround(100.0 * static_cast<double>(p.leftOut) / static_cast<double>(p.rows)) : 0;
        out += (i ? ", " : "") + p.period + " " + std::to_string(share) + " %";
    }
    return out;
}

void fillSummary(const AggregateTable &table, Release &r, std::uint64_t threshold)
{
    ReleaseSummary &s = r.summary;
    const std::size_t inner = table.innerCells();
    std::uint64_t hiddenRecords = 0, smallBefore = 0, smallAfter = 0;
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
        const CellState st = r.cells[c].state;
        s.hiddenCells += isHidden(st);
        s.noisyCells += st == CellState::Noisy;
        s.primarySuppressed += st == CellState::Primary;
        s.secondarySuppressed += st == CellState::Secondary;
        s.noisySuppressed += st == CellState::NoisySmall;
        if (c >= inner)
            continue;
        const AggregateCell &cell = table.cells[c];
        if (isHidden(st))
            hiddenRecords += cell.records;
        if (cell.contributors > 0 && cell.contributors < threshold) {
            smallBefore += cell.records;
            if (st == CellState::Published)
                smallAfter += cell.records;
        }
    }
    const double n = std::max<double>(1, static_cast<double>(table.records));
    s.recordsInSuppressedCells = static_cast<double>(hiddenRecords) / n;
    s.riskBefore = static_cast<double>(smallBefore) / n;
    s.riskAfter = static_cast<double>(smallAfter) / n;
}

QJsonObject summaryToJson(const ReleaseSummary &s)
{
    QJsonObject o{{"cells", static_cast<double>(s.cells)},
                  {"hidden_cells", static_cast<double>(s.hiddenCells)},
                  {"noisy_cells", static_cast<double>(s.noisyCells)}};
    // the rows left out are not published: their exact number tells about the people in the
    // data, which the noise is there to hide
    if (s.noisyCells > 0)
        o["mean_absolute_error"] = s.meanAbsoluteError;
    return o;
}

std::optional<std::int64_t> storedWhole(const QJsonValue &v, double lo, double hi)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= lo && d <= hi) || d != std::floor(d))
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

namespace {
// Reads the counts named in `fields` into their places: false when one is present but is not a
// whole number in [0, 2^53]; an absent one is 0.
bool storedCounts(const QJsonObject &o,
                  std::initializer_list<std::pair<const char *, std::size_t *>> fields)
{
    for (const auto &[key, place] : fields) {
        if (!o.contains(key)) {
            *place = 0;
            continue;
        }
        const auto v = storedWhole(o[key], 0, 9007199254740992.0);
        if (!v)
            return false;
        *place = static_cast<std::size_t>(*v);
    }
    return true;
}
} // namespace

std::optional<ReleaseSummary> summaryFromJson(const QJsonObject &o)
{
    ReleaseSummary s;
    if (!storedCounts(o, {{"cells", &s.cells},
                          {"hidden_cells", &s.hiddenCells},
                          {"noisy_cells", &s.noisyCells}}))
        return std::nullopt;
    s.meanAbsoluteError = o["mean_absolute_error"].toDouble();
    return s;
}

QJsonObject auditToJson(const AuditResult &a)
{
    QJsonArray linked;
    for (const auto &t : a.linkedTables)
        linked.append(QString::fromStdString(t));
    // an audit that did not run passed nothing: it says so, and no more
    if (!a.ran)
        return QJsonObject{{"ran", false}};
    QJsonObject o{{"ran", a.ran},
                  {"passed", a.passed},
                  {"attacker_model", kAttackerModel},
                  {"hidden_cells", static_cast<double>(a.hiddenCells)},
                  {"linked_tables", linked},
                  {"linear_programs", static_cast<double>(a.linearPrograms)},
                  {"integer_programs", static_cast<double>(a.integerPrograms)},
                  {"relaxation_only", static_cast<double>(a.relaxationOnly)}};
    if (!a.comparedWith.empty()) {
        QJsonArray earlier;
        for (const auto &t : a.comparedWith)
            earlier.append(QString::fromStdString(t));
        o["compared_with"] = earlier;
    }
    if (!a.solverMessage.empty())
        o["message"] = QString::fromStdString(a.solverMessage);
    return o;
}

std::optional<AuditResult> auditFromJson(const QJsonObject &o)
{
    AuditResult a;
    a.ran = o["ran"].toBool();
    a.passed = a.ran ? o["passed"].toBool() : true; // nothing ran, so nothing failed
    if (!storedCounts(o, {{"hidden_cells", &a.hiddenCells},
                          {"linear_programs", &a.linearPrograms},
                          {"integer_programs", &a.integerPrograms},
                          {"relaxation_only", &a.relaxationOnly}}))
        return std::nullopt;
    for (const auto &t : o["linked_tables"].toArray())
        a.linkedTables.push_back(t.toString().toStdString());
    for (const auto &t : o["compared_with"].toArray())
        a.comparedWith.push_back(t.toString().toStdString());
    a.solverMessage = o["message"].toString().toStdString();
    return a;
}

} // namespace dijkgraaf
