#include "aggregatetable.h"

#include "analysis/keyindex.h"
#include "postgrescells.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace dijkgraaf {

std::string_view timeBucketName(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::None:
        return "";
    case TimeBucket::Hour:
        return "hour";
    case TimeBucket::Day:
        return "day";
    case TimeBucket::Week:
        return "week";
    case TimeBucket::Month:
        return "month";
    case TimeBucket::Year:
        return "year";
    case TimeBucket::Decade:
        return "decade";
    }
    return "";
}

std::optional<TimeBucket> timeBucketFromName(std::string_view name)
{
    for (const TimeBucket b :
         {TimeBucket::None, TimeBucket::Hour, TimeBucket::Day, TimeBucket::Week, TimeBucket::Month,
          TimeBucket::Year, TimeBucket::Decade})
        if (timeBucketName(b) == name)
            return b;
    return std::nullopt;
}

bool AggregateCell::isMargin() const
{
    return std::find(labels.begin(), labels.end(), kTotalLabel) != labels.end();
}

namespace {

// A date (and hour) read from ISO text "2026-03-01", "2026-03-01T08:15", "2026-03-01 08:15:00"
struct Moment
{
    QDate date;
    int hour = -1; // -1 when the value has no time
};

bool digits(std::string_view s, std::size_t from, std::size_t count, int &out)
{
    if (from + count > s.size())
        return false;
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

std::optional<Moment> parseMoment(std::string_view s)
{
    int y, m, d;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
        !digits(s, 8, 2, d))
        return std::nullopt;
    Moment moment{QDate(y, m, d)};
    if (!moment.date.isValid())
        return std::nullopt;
    if (s.size() == 10)
        return moment;
    int h, min;
    if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' ||
        !digits(s, 14, 2, min) || h > 23 || min > 59)
        return std::nullopt;
    moment.hour = h;
    return moment;
}

// The moment of one code of a column: its day number (a date column) or its text read as ISO.
std::optional<Moment> momentOfCode(const Column &c, std::uint32_t code)
{
    if (c.type == ValueType::Date && !std::isnan(c.numbers[code]))
        return Moment{QDate(1970, 1, 1).addDays(static_cast<qint64>(c.numbers[code]))};
    return parseMoment(c.text(code));
}

std::string bucketLabel(const Moment &m, TimeBucket bucket)
{
    const QDate &d = m.date;
    switch (bucket) {
    case TimeBucket::Hour:
        return d.toString(Qt::ISODate).toStdString() +
               QString(" %1:00").arg(m.hour, 2, 10, QChar('0')).toStdString();
    case TimeBucket::Day:
        return d.toString(Qt::ISODate).toStdString();
    case TimeBucket::Week: {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QString("%1-W%2").arg(year).arg(week, 2, 10, QChar('0')).toStdString();
    }
    case TimeBucket::Month:
        return d.toString("yyyy-MM").toStdString();
    case TimeBucket::Year:
        return QString("%1").arg(d.year(), 4, 10, QChar('0')).toStdString();
    case TimeBucket::Decade: {
        // as the date hierarchy names them: "1980-1989"
        const int first = d.year() - ((d.year() % 10) + 10) % 10;
        return QString("%1-%2")
            .arg(first, 4, 10, QChar('0'))
            .arg(first + 9, 4, 10, QChar('0'))
            .toStdString();
    }
    case TimeBucket::None:
        break;
    }
    return {};
}

// Every bucket from first to last, both included, also those no record falls in, each once
// and in time order; false when the range holds more than a million buckets. Steps by the
// hour, the day, or (years and decades) the year.
template <typename Add>
bool bucketsBetween(const Moment &first, const Moment &last, TimeBucket bucket, Add add)
{
    const bool hourly = bucket == TimeBucket::Hour;
    const bool yearly = bucket == TimeBucket::Year || bucket == TimeBucket::Decade;
    Moment at{yearly ? QDate(first.date.year(), 1, 1) : first.date,
              hourly ? std::max(0, first.hour) : -1};
    std::string previous;
    for (std::size_t n = 0, added = 0; n < 40000000 && added <= 1000000; ++n) {
        std::string label = bucketLabel(at, bucket);
        if (label != previous) { // the days of one week or month give one bucket
            ++added;
            add(label);
            previous = std::move(label);
        }
        const bool lastYear = yearly && at.date.year() >= last.date.year();
        if (lastYear || (!yearly && (at.date > last.date ||
                                     (at.date == last.date && (!hourly || at.hour >= last.hour)))))
            return added <= 1000000;
        if (yearly)
            at.date = at.date.addYears(1);
        else if (hourly && at.hour < 23)
            ++at.hour;
        else {
            at.date = at.date.addDays(1);
            at.hour = hourly ? 0 : -1;
        }
    }
    return false;
}

// Labels by first use, then put in order and renumbered.
struct LabelSet
{
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string> labels;
    std::uint32_t add(const std::string &label)
    {
        auto [it, fresh] = ids.emplace(label, static_cast<std::uint32_t>(labels.size()));
        if (fresh)
            labels.push_back(label);
        return it->second;
    }
    // sorts the labels; returns the new number of each old one
    std::vector<std::uint32_t> sort(bool numeric)
    {
        std::vector<std::uint32_t> order(labels.size());
        std::iota(order.begin(), order.end(), 0u);
        // a label's leading number: "42", "1980-1989", "[10, 20)", "<18"
        auto number = [](const std::string &s) {
            std::size_t i = 0;
            while (i < s.size() &&
                   (s[i] == '[' || s[i] == '(' || s[i] == '<' || s[i] == '>' || s[i] == ' '))
                ++i;
            char *end = nullptr;
            const double v = std::strtod(s.c_str() + i, &end);
            return end != s.c_str() + i ? v : std::nan("");
        };
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (numeric) {
                const double x = number(labels[a]), y = number(labels[b]);
                if (!std::isnan(x) && !std::isnan(y) && x != y)
                    return x < y;
                if (std::isnan(x) != std::isnan(y))
                    return !std::isnan(x);
            }
            return labels[a] < labels[b];
        });
        std::vector<std::uint32_t> renumber(labels.size());
        std::vector<std::string> sorted(labels.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            renumber[order[i]] = static_cast<std::uint32_t>(i);
            sorted[i] = labels[order[i]];
        }
        labels = std::move(sorted);
        return renumber;
    }
};

} // namespace

TimeResolution timeResolution(const Column &c)
{
    if (c.type == ValueType::Date)
        return TimeResolution::Date;
    if (c.type != ValueType::Text)
        return TimeResolution::None;
    // every value looked at must be a moment; a few suffice to judge
    TimeResolution r = TimeResolution::None;
    std::size_t seen = 0;
    for (std::uint32_t code = 0; code < c.dictionary.size() && seen < 50; ++code) {
        if (code == c.missingCode)
            continue;
        const auto m = parseMoment(c.text(code));
        if (!m)
            return TimeResolution::None;
        ++seen;
        r = m->hour >= 0 ? TimeResolution::DateTime : TimeResolution::Date;
    }
    return r;
}

namespace {

std::uint64_t firstRecordOf(const Column &c, std::uint32_t code)
{
    for (std::uint64_t r = 0; r < c.codes.size(); ++r)
        if (c.codes.at(r) == code)
            return r;
    return 0;
}

} // namespace

namespace {

// A dimension whose labels are declared: each code's label (its time bucket, its hierarchy
// level, or its own value) looked up among them; one that is not there, or a value that is no
// moment for a time bucket or not in the hierarchy, is outside.
Result<ResolvedDimension> resolveDeclared(const Column &c,
                                          const DimensionSpec &spec, const Hierarchy *hierarchy,
                                          const DeclaredDomain &domain, ResolvedDimension d)
{
    const std::string &what = spec.column; // "the declared categories of '<what>'"
    if (!domain.from.empty()) {
        if (spec.bucket == TimeBucket::None)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the declared categories of '%1' are a time "
                                                         "range, but the dimension has no time "
                                                         "bucket"),
                             {what});
        const auto first = parseMoment(domain.from), last = parseMoment(domain.to);
        if (!first || !last)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the declared categories of '%1': '%2' is "
                                                         "not a date (2026-03-01) or a date and "
                                                         "time (2026-03-01T00:00)"),
                             {what, first ? domain.to : domain.from});
        if (last->date < first->date || (last->date == first->date && last->hour < first->hour))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the declared categories of '%1': the "
                                                         "range ends (%2) before it starts (%3)"),
                             {what, domain.to, domain.from});
        Moment end = *last;
        if (spec.bucket == TimeBucket::Hour && end.hour < 0)
            end.hour = 23; // a day given as the end of an hourly range: its last hour
        if (!bucketsBetween(*first, end, spec.bucket, [&](const std::string &l) { d.labels.push_back(l); }))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the declared categories of '%1': the "
                                                         "range from %2 to %3 holds more than a "
                                                         "million time buckets"),
                             {what, domain.from, domain.to});
    } else {
        d.labels = domain.labels;
    }
    std::unordered_map<std::string, std::uint32_t> index;
    for (std::uint32_t l = 0; l < d.labels.size(); ++l)
        if (!index.emplace(d.labels[l], l).second)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the declared categories of '%1' name '%2' twice"),
                             {what, d.labels[l]});
    if (d.labels.empty() && !domain.select)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the declared categories of '%1' are empty"),
                         {what});
    for (std::uint32_t code = 0; code < c.dictionary.size(); ++code) {
        std::optional<std::string> label;
        if (code == c.missingCode) {
            label = "(missing)";
        } else if (spec.bucket != TimeBucket::None) {
            const std::optional<Moment> m = momentOfCode(c, code);
            if (m && !(spec.bucket == TimeBucket::Hour && m->hour < 0))
                label = bucketLabel(*m, spec.bucket);
        } else if (hierarchy) {
            if (const std::uint32_t leaf = hierarchy->leafOf(c.text(code)); leaf != StringDictionary::npos)
                label = hierarchy->labels(spec.level)[hierarchy->labelIndex(spec.level, leaf)];
        } else {
            label = std::string(c.text(code));
        }
        const auto it = label ? index.find(*label) : index.end();
        d.labelOfCode[code] = it != index.end() ? it->second : kOutsideDomain;
    }
    return d;
}

} // namespace

Result<ResolvedDimension> resolveDimension(const Dataset &data, const DimensionSpec &spec,
                                           const Hierarchy *hierarchy, const DeclaredDomain *domain)
{
    const auto index = data.columnIndex(spec.column);
    if (!index)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the table names a column '%1' that the data does not have"),
                         {spec.column}, data.sourcePath);
    const Column &c = data.columns[*index];
    ResolvedDimension d;
    d.column = spec.column;
    d.name = spec.column;
    const std::size_t codes = c.dictionary.size();
    d.labelOfCode.resize(codes);
    if (domain && domain->declared()) {
        if (spec.bucket != TimeBucket::None)
            d.name += " (" + std::string(timeBucketName(spec.bucket)) + ")";
        else if (hierarchy && spec.level > 0)
            d.name += " (level " + std::to_string(spec.level) + ")";
        if (hierarchy && (spec.level < 0 || spec.level > hierarchy->height()))
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "level %1 of '%2' is outside its hierarchy (0 to %3)"),
                             {std::to_string(spec.level), spec.column,
                              arg(static_cast<std::uint64_t>(hierarchy->height()))},
                             data.sourcePath);
        return resolveDeclared(c, spec, hierarchy, *domain, std::move(d));
    }
    LabelSet set;
    // a value that does not fit, where its first record is
    auto refuse = [&](std::uint32_t code, const char *format, std::vector<ErrorArg> args) {
        return Error::of(format, std::move(args), data.sourcePath, firstRecordOf(c, code) + 2,
                         spec.column);
    };

    if (spec.bucket != TimeBucket::None) {
        d.name += " (" + std::string(timeBucketName(spec.bucket)) + ")";
        std::optional<Moment> first, last;
        for (std::uint32_t code = 0; code < codes; ++code) {
            if (code == c.missingCode) {
                d.labelOfCode[code] = set.add("(missing)");
                continue;
            }
            const std::optional<Moment> m = momentOfCode(c, code);
            if (!m || (spec.bucket == TimeBucket::Hour && m->hour < 0)) {
                return refuse(code,
                              spec.bucket == TimeBucket::Hour
                                  ? QT_TRANSLATE_NOOP("Errors", "'%1' is not a date and time "
                                                                "(2026-03-01 08:15), needed for a "
                                                                "time bucket by %2")
                                  : QT_TRANSLATE_NOOP("Errors", "'%1' is not a date (2026-03-01), "
                                                                "needed for a time bucket by %2"),
                              {std::string(c.text(code)), timeBucketName(spec.bucket)});
            }
            d.labelOfCode[code] = set.add(bucketLabel(*m, spec.bucket));
            if (!first || m->date < first->date ||
                (m->date == first->date && m->hour < first->hour))
                first = m;
            if (!last || last->date < m->date || (m->date == last->date && last->hour < m->hour))
                last = m;
        }
        // every bucket from the first to the last, also those no record falls in: a gap in
        // time must not tell that nobody was there
        if (first)
            bucketsBetween(*first, *last, spec.bucket, [&](const std::string &l) { set.add(l); });
        const auto renumber = set.sort(false); // ISO labels sort in time order
        for (auto &l : d.labelOfCode)
            l = renumber[l];
        d.labels = std::move(set.labels);
        return d;
    }

    if (hierarchy) {
        if (spec.level < 0 || spec.level > hierarchy->height())
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "level %1 of '%2' is outside its hierarchy (0 to %3)"),
                             {std::to_string(spec.level), spec.column,
                              arg(static_cast<std::uint64_t>(hierarchy->height()))},
                             data.sourcePath);
        if (spec.level > 0)
            d.name += " (level " + std::to_string(spec.level) + ")";
        // the hierarchy's labels at the level, in order (numbers and intervals by value)
        for (const auto &l : hierarchy->labels(spec.level))
            set.add(l);
        const auto renumber = set.sort(true);
        d.labels = set.labels;
        for (std::uint32_t code = 0; code < codes; ++code) {
            const std::uint32_t leaf = hierarchy->leafOf(c.text(code));
            if (leaf == StringDictionary::npos) {
                return refuse(code,
                              QT_TRANSLATE_NOOP("Errors", "'%1' is not in the hierarchy of '%2'"),
                              {std::string(c.text(code)), spec.column});
            }
            d.labelOfCode[code] = renumber[hierarchy->labelIndex(spec.level, leaf)];
        }
        return d;
    }

    for (std::uint32_t code = 0; code < codes; ++code)
        d.labelOfCode[code] =
            set.add(code == c.missingCode ? "(missing)" : std::string(c.text(code)));
    const auto renumber = set.sort(c.isNumeric());
    for (auto &l : d.labelOfCode)
        l = renumber[l];
    d.labels = std::move(set.labels);
    return d;
}

Groups groupByKey(const std::vector<std::uint32_t> &keyOfItem)
{
    std::uint32_t keys = 0;
    for (const std::uint32_t k : keyOfItem)
        keys = std::max(keys, k + 1);
    Groups g;
    g.start.assign(static_cast<std::size_t>(keys) + 1, 0);
    for (const std::uint32_t k : keyOfItem)
        ++g.start[k + 1];
    for (std::size_t k = 0; k < keys; ++k)
        g.start[k + 1] += g.start[k];
    g.order.resize(keyOfItem.size());
    std::vector<std::size_t> fill(g.start.begin(), g.start.end() - 1);
    for (std::uint32_t i = 0; i < keyOfItem.size(); ++i)
        g.order[fill[keyOfItem[i]]++] = i;
    return g;
}

// the unit's time column: named, or the first dimension with a time bucket
static std::string unitColumnOf(const ContributionBounds &bounds, const std::vector<DimensionSpec> &dims)
{
    std::string column = bounds.unitColumn;
    for (const DimensionSpec &d : dims)
        if (column.empty() && d.bucket != TimeBucket::None)
            column = d.column;
    return column;
}

Result<UnitPeriods> unitPeriods(const Dataset &data, const ContributionBounds &bounds,
                                const std::vector<DimensionSpec> &dims)
{
    UnitPeriods u;
    if (bounds.unit != ContributionBounds::Unit::Person) {
        const std::string column = unitColumnOf(bounds, dims);
        const auto c = column.empty() ? std::nullopt : data.columnIndex(column);
        if (!c)
            return column.empty()
                       ? Error::of(QT_TRANSLATE_NOOP("Errors", "a privacy unit of a %1 needs a "
                                                               "date or date-time column: the "
                                                               "table has no time bucket"),
                                   {privacyUnitName(bounds.unit)})
                       : Error::of(QT_TRANSLATE_NOOP("Errors", "a privacy unit of a %1 needs a "
                                                               "date or date-time column: the data "
                                                               "has no column '%2'"),
                                   {privacyUnitName(bounds.unit), column});
        u.time = &data.columns[*c];
        u.periodOfCode.assign(u.time->dictionary.size(), std::numeric_limits<std::int64_t>::min());
        for (std::uint32_t code = 0; code < u.time->dictionary.size(); ++code) {
            if (code == u.time->missingCode)
                continue;
            const std::optional<Moment> m = momentOfCode(*u.time, code);
            if (!m)
                continue;
            const std::int64_t day = QDate(1970, 1, 1).daysTo(m->date);
            // 1970-01-01 was a Thursday: Monday 1969-12-29 starts week 0
            u.periodOfCode[code] = bounds.unit == ContributionBounds::Unit::PersonDay
                                     ? day
                                     : (day + 3 >= 0 ? (day + 3) / 7 : -((-(day + 3) + 6) / 7));
        }
    }
    return u;
}

bool recordsAreContributors(const std::vector<DimensionSpec> &dimensions, const ContributionBounds &bounds)
{
    if (bounds.maxRowsPerCell != 1)
        return false;
    if (bounds.unit == ContributionBounds::Unit::Person)
        return true;
    const std::string column = unitColumnOf(bounds, dimensions);
    for (const DimensionSpec &d : dimensions) {
        if (d.column != column)
            continue;
        if (d.bucket == TimeBucket::Hour || d.bucket == TimeBucket::Day)
            return true;
        if (d.bucket == TimeBucket::Week && bounds.unit == ContributionBounds::Unit::PersonWeek)
            return true;
    }
    return false;
}

std::string_view privacyUnitName(ContributionBounds::Unit unit)
{
    switch (unit) {
    case ContributionBounds::Unit::Person:
        return "person";
    case ContributionBounds::Unit::PersonDay:
        return "person-day";
    case ContributionBounds::Unit::PersonWeek:
        return "person-week";
    }
    return "person";
}

std::optional<ContributionBounds::Unit> privacyUnitFromName(std::string_view name)
{
    for (const auto u : {ContributionBounds::Unit::Person, ContributionBounds::Unit::PersonDay,
                         ContributionBounds::Unit::PersonWeek})
        if (privacyUnitName(u) == name)
            return u;
    return std::nullopt;
}

std::size_t AggregateTable::innerCells() const
{
    // the inner cells come first: a binary search, as loops ask for it at every step
    return static_cast<std::size_t>(
        std::partition_point(cells.begin(), cells.end(),
                             [](const AggregateCell &c) { return !c.isMargin(); }) -
        cells.begin());
}

namespace {

// Mixed-radix numbers of cells: each dimension's labels, then one more for its total.
struct CellNumbering
{
    std::vector<std::uint64_t> stride;
    std::vector<std::uint32_t> totalLabel; // per dimension: the number standing for kTotalLabel

    explicit CellNumbering(const std::vector<ResolvedDimension> &dims)
    {
        stride.resize(dims.size());
        std::uint64_t s = 1;
        for (std::size_t i = dims.size(); i-- > 0;) {
            stride[i] = s;
            s *= dims[i].labels.size() + 1;
        }
        for (const auto &d : dims)
            totalLabel.push_back(static_cast<std::uint32_t>(d.labels.size()));
    }
    std::uint64_t key(const std::vector<std::uint32_t> &labels) const
    {
        std::uint64_t k = 0;
        for (std::size_t i = 0; i < labels.size(); ++i)
            k += (labels[i] == kTotalLabel ? totalLabel[i] : labels[i]) * stride[i];
        return k;
    }
    std::vector<std::uint32_t> labels(std::uint64_t key) const
    {
        std::vector<std::uint32_t> l(stride.size());
        for (std::size_t i = 0; i < stride.size(); ++i) {
            const auto v = static_cast<std::uint32_t>(key / stride[i]);
            key %= stride[i];
            l[i] = v == totalLabel[i] ? kTotalLabel : v;
        }
        return l;
    }
};

// What one contributor (a subject, or a record) put into one cell.
struct Entry
{
    std::uint64_t cellKey;
    std::uint32_t contributor;
    std::uint32_t rows;
    std::size_t firstSum; // into the sums array
    std::uint64_t keySum = 0; // of the record keys of its rows (the cell-key method)
    std::uint64_t units = 1;  // the contributors it stands for (a cell counted in a database)
};

void addLargest(std::vector<double> &largest, double value)
{
    if (largest.size() < AggregateCell::kLargestKept)
        largest.push_back(value);
    else if (value > largest.back())
        largest.back() = value;
    else
        return;
    for (std::size_t i = largest.size() - 1; i > 0 && largest[i] > largest[i - 1]; --i)
        std::swap(largest[i], largest[i - 1]);
}

} // namespace

std::vector<AggregateTable::Relation> AggregateTable::relations() const
{
    std::vector<Relation> out;
    if (!spec.margins)
        return out;
    CellNumbering numbering(dimensions);
    std::unordered_map<std::uint64_t, std::size_t> cellOfKey;
    for (std::size_t c = 0; c < cells.size(); ++c)
        cellOfKey.emplace(numbering.key(cells[c].labels), c);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto &labels = cells[c].labels;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] != kTotalLabel)
                continue;
            Relation r{c, {}, i};
            auto part = labels;
            for (std::uint32_t l = 0; l < dimensions[i].labels.size(); ++l) {
                part[i] = l;
                if (auto it = cellOfKey.find(numbering.key(part)); it != cellOfKey.end())
                    r.parts.push_back(it->second);
            }
            out.push_back(std::move(r));
        }
    }
    return out;
}

namespace {

// Contribution bounds: a first pass numbers each (cell, privacy unit) entry and counts its
// rows; each unit with more than maxCells entries keeps maxCells of them drawn uniformly at
// random, each entry with more than maxRowsPerCell rows keeps that many of its rows drawn the
// same way; a second pass adds the rows kept. Entries of one person in one cell (several days
// of a weekly cell under person-days) are then merged, so that a cell counts people.
// Memory: 4 bytes per row, plus 8 per row of an entry over the row bound.
template <typename CellKeyOf, typename CellOfKey, typename AddRow>
Result<bool> boundContributions(const Dataset &data, std::size_t subjectColumn,
                                const ContributionBounds &bounds, RandomSource *given,
                                std::uint64_t rows, std::size_t measures, CellKeyOf cellKeyOf,
                                CellOfKey cellOfKey, AddRow addRow, std::vector<Entry> &entries,
                                std::vector<double> &entrySums, AggregateTable &t,
                                const std::vector<DimensionSpec> &dims)
{
    SystemRandom system;
    RandomSource &random = given ? *given : system;
    const Column &subjects = data.columns[subjectColumn];
    auto units = unitPeriods(data, bounds, dims);
    if (!units)
        return units.error();
    const Column *time = units->time;
    const std::vector<std::int64_t> &periodOfCode = units->periodOfCode;
    constexpr std::uint32_t kNone = ~std::uint32_t(0);
    KeyIndex unitIndex, entryIndex;
    unitIndex.reset(1024);
    entryIndex.reset(1024);
    std::vector<std::uint32_t> entryOfRow(rows, kNone), entryUnit, entryCell;
    for (std::uint64_t r = 0; r < rows; ++r) {
        std::uint64_t key;
        if (!cellKeyOf(r, key)) {
            ++t.outsideRows;
            continue;
        }
        const std::uint32_t subject = subjects.codes.at(r);
        std::uint32_t unit = subject;
        if (time) {
            const std::int64_t period = periodOfCode[time->codes.at(r)];
            if (period == std::numeric_limits<std::int64_t>::min()) {
                ++t.outsideRows; // no moment: no unit to count it under
                continue;
            }
            unit = unitIndex.insert((std::uint64_t(subject) << 32) |
                                    static_cast<std::uint32_t>(period + (std::int64_t(1) << 31)));
        }
        const std::uint32_t cell = cellOfKey(key);
        const std::uint32_t e = entryIndex.insert((std::uint64_t(cell) << 32) | unit);
        if (e == entries.size()) {
            entries.push_back({key, subject, 0, entrySums.size()});
            entrySums.resize(entrySums.size() + measures, 0.0);
            entryUnit.push_back(unit);
            if (time)
                entryCell.push_back(cell);
        }
        entryOfRow[r] = e;
        ++entries[e].rows; // for now: its rows before the bounds
    }
    const std::size_t n = entries.size();
    // the rows of each entry before the bounds; entries count the rows kept from here on
    std::vector<std::uint32_t> entryAll(n);
    for (std::size_t e = 0; e < n; ++e) {
        entryAll[e] = entries[e].rows;
        entries[e].rows = 0;
    }
    auto choose = [&](auto first, auto last, std::size_t k) { chooseAtRandom(first, last, k, random); };
    // the cells of each unit: grouped by unit, then maxCells of them kept where there are more
    std::vector<std::uint8_t> dropped(n, 0);
    {
        Groups byUnit = groupByKey(entryUnit);
        const std::vector<std::size_t> &start = byUnit.start;
        for (std::size_t u = 0; u + 1 < start.size(); ++u) {
            const std::size_t count = start[u + 1] - start[u];
            if (count <= bounds.maxCells)
                continue;
            auto first = byUnit.order.begin() + static_cast<std::ptrdiff_t>(start[u]);
            choose(first, first + static_cast<std::ptrdiff_t>(count), bounds.maxCells);
            for (std::size_t i = bounds.maxCells; i < count; ++i)
                dropped[first[static_cast<std::ptrdiff_t>(i)]] = 1;
        }
    }
    // the rows of each entry over the row bound: maxRowsPerCell of them kept. Without
    // measures every row of an entry counts the same, so which ones are kept changes no
    // figure: the draw is needed for sums only.
    std::vector<bool> keep;
    if (measures == 0) {
        for (std::size_t e = 0; e < n; ++e) {
            if (dropped[e]) {
                t.droppedRows += entryAll[e];
                continue;
            }
            const std::uint32_t k = std::min(entryAll[e], bounds.maxRowsPerCell);
            entries[e].rows = k;
            t.records += k;
            t.droppedRows += entryAll[e] - k;
        }
    } else {
        std::vector<std::size_t> slot(n + 1, 0);
        bool any = false;
        for (std::size_t e = 0; e < n; ++e) {
            const bool over = !dropped[e] && entryAll[e] > bounds.maxRowsPerCell;
            slot[e + 1] = slot[e] + (over ? entryAll[e] : 0);
            any = any || over;
        }
        if (any) {
            keep.assign(rows, false);
            std::vector<std::uint64_t> rowsOf(slot[n]);
            std::vector<std::size_t> fill(slot.begin(), slot.end() - 1);
            for (std::uint64_t r = 0; r < rows; ++r)
                if (const std::uint32_t e = entryOfRow[r]; e != kNone && slot[e + 1] > slot[e])
                    rowsOf[fill[e]++] = r;
            for (std::size_t e = 0; e < n; ++e) {
                if (slot[e + 1] == slot[e])
                    continue;
                auto first = rowsOf.begin() + static_cast<std::ptrdiff_t>(slot[e]);
                choose(first, rowsOf.begin() + static_cast<std::ptrdiff_t>(slot[e + 1]), bounds.maxRowsPerCell);
                for (std::size_t i = 0; i < bounds.maxRowsPerCell; ++i)
                    keep[first[static_cast<std::ptrdiff_t>(i)]] = true;
            }
        }
    }
    for (std::uint64_t r = 0; r < rows && measures > 0; ++r) {
        const std::uint32_t e = entryOfRow[r];
        if (e == kNone)
            continue;
        if (dropped[e] || (entryAll[e] > bounds.maxRowsPerCell && !keep[r])) {
            ++t.droppedRows;
            continue;
        }
        addRow(e, r);
    }
    if (time) {
        // one entry per (cell, person): the units of one person in one cell merged
        KeyIndex merged;
        merged.reset(n);
        std::vector<Entry> out;
        std::vector<double> sums;
        for (std::size_t e = 0; e < n; ++e) {
            if (entries[e].rows == 0)
                continue;
            const std::uint32_t m = merged.insert((std::uint64_t(entryCell[e]) << 32) | entries[e].contributor);
            if (m == out.size()) {
                out.push_back({entries[e].cellKey, entries[e].contributor, 0, sums.size()});
                sums.resize(sums.size() + measures, 0.0);
            }
            out[m].rows += entries[e].rows;
            out[m].keySum += entries[e].keySum;
            for (std::size_t k = 0; k < measures; ++k)
                sums[out[m].firstSum + k] += entrySums[entries[e].firstSum + k];
        }
        entries = std::move(out);
        entrySums = std::move(sums);
    }
    return true;
}

// The cells of a table whose rows are in PostgreSQL, counted there: each dimension's values
// mapped to the labels resolved from them, the unit's period and the measures' numbers alike.
Result<CountedCells> countInDatabase(const Dataset &data, const PostgresDomains &database,
                                     AggregateTable &t, const std::vector<std::size_t> &dimColumn,
                                     const std::vector<DimensionSpec> &dimSpecs,
                                     std::optional<std::size_t> subjectColumn,
                                     const AggregateOptions &options,
                                     const std::vector<std::size_t> &measureColumn)
{
    auto source = PostgresSource::parse(data.sourcePath);
    if (!source)
        return source.error();
    CellQuery q;
    auto named = [&](std::size_t column) {
        q.values[data.columns[column].name] = &database.values[column];
        return data.columns[column].name;
    };
    for (std::size_t i = 0; i < t.dimensions.size(); ++i) {
        CellQuery::Dimension d;
        d.column = named(dimColumn[i]);
        d.labelOfCode.reserve(t.dimensions[i].labelOfCode.size());
        for (const std::uint32_t label : t.dimensions[i].labelOfCode)
            d.labelOfCode.push_back(label == kOutsideDomain ? -1 : std::int64_t(label));
        q.dimensions.push_back(std::move(d));
    }
    if (subjectColumn)
        q.subject = data.columns[*subjectColumn].name;
    if (subjectColumn && options.bounds) {
        q.bounds = *options.bounds;
        auto periods = unitPeriods(data, *options.bounds, dimSpecs);
        if (!periods)
            return periods.error();
        if (periods->time) {
            q.periodColumn =
                named(static_cast<std::size_t>(periods->time - data.columns.data()));
            q.periodOfCode = std::move(periods->periodOfCode);
        }
        for (std::size_t i = 0; i < dimSpecs.size() && !q.timedDimension; ++i)
            if (dimSpecs[i].bucket != TimeBucket::None)
                q.timedDimension = i;
    }
    for (std::size_t m = 0; m < measureColumn.size(); ++m) {
        CellQuery::Measure measure;
        measure.column = named(measureColumn[m]);
        measure.numberOfCode = data.columns[measureColumn[m]].numbers;
        measure.lower = t.spec.measures[m].lower;
        measure.upper = t.spec.measures[m].upper;
        q.measures.push_back(std::move(measure));
    }
    auto counted = countCellsInPostgres(*source, q, options.cancel);
    if (!counted)
        return counted.error();
    t.records = counted->records;
    t.outsideRows = counted->outsideRows;
    t.droppedRows = counted->droppedRows;
    if (q.timedDimension && q.bounds) {
        t.bucketDimension = *q.timedDimension;
        t.rowsOfBucket.assign(t.dimensions[*q.timedDimension].labels.size(), 0);
        for (std::size_t l = 0; l < counted->rowsOfBucket.size() && l < t.rowsOfBucket.size(); ++l)
            t.rowsOfBucket[l] = counted->rowsOfBucket[l];
    }
    return counted;
}

} // namespace

Result<AggregateTable> buildAggregate(const Dataset &data, const TableSpec &spec,
                                      const std::vector<const Hierarchy *> &hierarchies,
                                      std::optional<std::size_t> subjectColumn,
                                      const AggregateOptions &options)
{
    AggregateTable t;
    t.spec = spec;
    std::vector<DimensionSpec> dimSpecs = spec.dimensions;
    if (!spec.distribution.empty())
        dimSpecs.push_back({spec.distribution, 0, TimeBucket::None, spec.distributionDomain});
    if (dimSpecs.empty())
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the table '%1' has no dimension"), {spec.name});
    if (dimSpecs.size() > 8)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the table '%1' has %2 dimensions; at most 8 are supported"),
                         {spec.name, arg(dimSpecs.size())});
    std::vector<std::size_t> dimColumn;
    for (std::size_t i = 0; i < dimSpecs.size(); ++i) {
        // under differential privacy the categories are the declared ones (where declared)
        auto d = resolveDimension(data, dimSpecs[i], i < hierarchies.size() ? hierarchies[i] : nullptr,
                                  options.completeDomain ? &dimSpecs[i].domain : nullptr);
        if (!d)
            return d.error();
        t.dimensions.push_back(std::move(*d));
        dimColumn.push_back(*data.columnIndex(dimSpecs[i].column));
    }
    double product = 1;
    for (const auto &d : t.dimensions)
        product *= static_cast<double>(d.labels.size() + 1);
    if (product > 9e18)
        return Error::of(QT_TRANSLATE_NOOP("Errors", "the table '%1' has too many possible cells"),
                         {spec.name});

    std::vector<std::size_t> measureColumn;
    for (const auto &m : spec.measures) {
        const auto c = data.columnIndex(m.column);
        if (!c)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the table names a column '%1' that the "
                                                         "data does not have"),
                             {m.column}, data.sourcePath);
        if (!data.columns[*c].isNumeric())
            return Error::of(QT_TRANSLATE_NOOP("Errors", "'%1' is not numeric: it cannot be summed"),
                             {m.column}, data.sourcePath, 0, m.column);
        if (!(m.lower <= m.upper))
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "the bounds of '%1' are not in order (%2 > %3)"),
                             {m.column, std::to_string(m.lower), std::to_string(m.upper)});
        measureColumn.push_back(*c);
    }
    t.hasSubjects = subjectColumn.has_value();

    const CellNumbering numbering(t.dimensions);
    const std::size_t dims = t.dimensions.size();
    const std::size_t measures = spec.measures.size();
    const std::uint64_t rows = data.rowCount;

    // One pass: each row to its (cell, contributor) entry, under the contribution bounds.
    std::vector<Entry> entries;
    std::vector<double> entrySums;
    KeyIndex entryIndex;
    if (t.hasSubjects) {
        entryIndex.reset(1024);
    } else {
        entries.reserve(rows);
    }
    entrySums.reserve((t.hasSubjects ? 1024 : rows) * measures);
    // entries are keyed by (cell, contributor): cells are numbered densely first
    KeyIndex cellIndex;
    cellIndex.reset(1024);
    std::vector<std::uint64_t> cellKeys;
    const ContributionBounds *bounds = t.hasSubjects ? options.bounds : nullptr;

    std::vector<std::uint32_t> labels(dims);
    bool anyOutside = false;
    for (const ResolvedDimension &d : t.dimensions)
        anyOutside = anyOutside || std::find(d.labelOfCode.begin(), d.labelOfCode.end(), kOutsideDomain) != d.labelOfCode.end();
    // the cell key of row r, or false when it falls outside a declared domain
    auto cellKeyOf = [&](std::uint64_t r, std::uint64_t &key) {
        key = 0;
        bool outside = false;
        for (std::size_t i = 0; i < dims; ++i) {
            const std::uint32_t label = t.dimensions[i].labelOfCode[data.columns[dimColumn[i]].codes.at(r)];
            outside = outside || (anyOutside && label == kOutsideDomain);
            key += static_cast<std::uint64_t>(label) * numbering.stride[i];
        }
        return !outside;
    };
    auto addRow = [&](std::size_t e, std::uint64_t r) {
        ++entries[e].rows;
        ++t.records;
        if (options.recordKeys)
            entries[e].keySum += (*options.recordKeys)[r]; // modulo 2^64: the key modulo 1
        for (std::size_t m = 0; m < measures; ++m) {
            const Column &c = data.columns[measureColumn[m]];
            const double v = c.numbers[c.codes.at(r)];
            if (std::isnan(v))
                continue; // a missing value adds nothing
            entrySums[entries[e].firstSum + m] +=
                std::clamp(v, spec.measures[m].lower, spec.measures[m].upper);
        }
    };
    auto cellNumber = [&](std::uint64_t key) {
        const std::uint32_t cell = cellIndex.insert(key);
        if (cell == cellKeys.size())
            cellKeys.push_back(key);
        return cell;
    };
    if (options.database) {
        auto counted = countInDatabase(data, *options.database, t, dimColumn, dimSpecs,
                                       subjectColumn, options, measureColumn);
        if (!counted)
            return counted.error();
        for (const CountedCell &c : counted->cells) {
            entries.push_back({numbering.key(c.labels), 0,
                               static_cast<std::uint32_t>(c.records), entrySums.size(), 0,
                               c.contributors});
            entrySums.insert(entrySums.end(), c.sums.begin(), c.sums.end());
        }
    } else if (bounds) {
        // the rows of each time bucket before the bounds, to tell the steward what they cost
        // per period
        std::size_t timed = dims;
        for (std::size_t i = 0; i < dims && timed == dims; ++i)
            if (dimSpecs[i].bucket != TimeBucket::None)
                timed = i;
        if (timed < dims) {
            t.bucketDimension = timed;
            t.rowsOfBucket.assign(t.dimensions[timed].labels.size(), 0);
        }
        auto counted = [&](std::uint64_t r, std::uint64_t &key) {
            if (!cellKeyOf(r, key))
                return false;
            if (timed < dims)
                ++t.rowsOfBucket[(key / numbering.stride[timed]) % (numbering.totalLabel[timed] + std::uint64_t(1))];
            return true;
        };
        auto bounded = boundContributions(data, *subjectColumn, *bounds, options.random, rows, measures,
                                          counted, cellNumber, addRow, entries, entrySums, t,
                                          dimSpecs);
        if (!bounded)
            return bounded.error();
    } else {
        for (std::uint64_t r = 0; r < rows; ++r) {
            std::uint64_t key;
            if (!cellKeyOf(r, key)) {
                ++t.outsideRows;
                continue;
            }
            const std::uint32_t cell = cellNumber(key);
            std::size_t e;
            if (t.hasSubjects) {
                const std::uint32_t subject = data.columns[*subjectColumn].codes.at(r);
                e = entryIndex.insert((std::uint64_t(cell) << 32) | subject);
                if (e == entries.size()) {
                    entries.push_back({key, subject, 0, entrySums.size()});
                    entrySums.resize(entrySums.size() + measures, 0.0);
                }
            } else {
                e = entries.size();
                entries.push_back({key, static_cast<std::uint32_t>(r), 0, entrySums.size()});
                entrySums.resize(entrySums.size() + measures, 0.0);
            }
            addRow(e, r);
        }
    }
    // from a database, whether a subject has records under one label only is not known
    t.oneLabelPerSubject.assign(dims, !options.database);
    if (t.hasSubjects && !options.database) { // entries whose every row was dropped are no contribution at all
        std::size_t kept = 0;
        for (std::size_t e = 0; e < entries.size(); ++e)
            if (entries[e].rows > 0)
                entries[kept++] = entries[e];
        entries.resize(kept);
        // does any subject have entries under two labels of a dimension?
        std::vector<std::uint64_t> firstKey(data.columns[*subjectColumn].dictionary.size(),
                                            ~std::uint64_t(0));
        for (const Entry &e : entries) {
            std::uint64_t &first = firstKey[e.contributor];
            if (first == ~std::uint64_t(0)) {
                first = e.cellKey;
                continue;
            }
            for (std::size_t i = 0; i < dims; ++i)
                if (t.oneLabelPerSubject[i] && (first / numbering.stride[i]) % (numbering.totalLabel[i] + std::uint64_t(1)) !=
                                                   (e.cellKey / numbering.stride[i]) % (numbering.totalLabel[i] + std::uint64_t(1)))
                    t.oneLabelPerSubject[i] = false;
        }
    }

    // Cells: the inner cells, then each margin (a dimension set to its total). A margin cell's
    // contributors are counted distinctly, so entries are merged per (margin cell, contributor).
    std::unordered_map<std::uint64_t, std::size_t> cellOfKey;
    auto cellFor = [&](std::uint64_t key) -> AggregateCell & {
        auto [it, fresh] = cellOfKey.emplace(key, t.cells.size());
        if (fresh) {
            AggregateCell c;
            c.labels = numbering.labels(key);
            c.sums.assign(measures, 0.0);
            c.largest.resize(measures);
            t.cells.push_back(std::move(c));
        }
        return t.cells[it->second];
    };
    auto addEntry = [&](std::uint64_t key, std::uint32_t rowsIn, const double *sums,
                        std::uint64_t units = 1) {
        AggregateCell &c = cellFor(key);
        c.records += rowsIn;
        c.contributors += units;
        for (std::size_t m = 0; m < measures; ++m) {
            c.sums[m] += sums[m];
            addLargest(c.largest[m], sums[m]);
        }
    };
    for (const Entry &e : entries) {
        addEntry(e.cellKey, e.rows, entrySums.data() + e.firstSum, e.units);
        cellFor(e.cellKey).cellKey += e.keySum;
    }
    if (!options.alsoList.empty()) {
        std::vector<std::unordered_map<std::string, std::uint32_t>> labelIndex(dims);
        for (std::size_t i = 0; i < dims; ++i)
            for (std::uint32_t l = 0; l < t.dimensions[i].labels.size(); ++l)
                labelIndex[i].emplace(t.dimensions[i].labels[l], l);
        std::vector<std::uint32_t> l(dims);
        for (const auto &listed : options.alsoList) {
            bool known = listed.size() == dims;
            for (std::size_t i = 0; i < dims && known; ++i) {
                const auto it = labelIndex[i].find(listed[i]);
                known = it != labelIndex[i].end();
                if (known)
                    l[i] = it->second;
            }
            if (known)
                cellFor(numbering.key(l)).listedBefore = true;
        }
    }
    if (options.completeDomain) {
        double all = 1;
        for (const auto &d : t.dimensions)
            all *= static_cast<double>(d.labels.size());
        if (all > static_cast<double>(options.maxCells))
            return Error::of(QT_TRANSLATE_NOOP("Errors", "the table '%1' would have %2 cells; at "
                                                         "most %3 are supported: choose coarser "
                                                         "levels or fewer dimensions"),
                             {spec.name, arg(static_cast<std::uint64_t>(all)),
                              arg(options.maxCells)});
        std::vector<std::uint32_t> l(dims, 0);
        for (bool more = dims > 0; more;) {
            cellFor(numbering.key(l));
            more = false;
            for (std::size_t i = dims; i-- > 0;) {
                if (++l[i] < t.dimensions[i].labels.size()) {
                    more = true;
                    break;
                }
                l[i] = 0;
            }
        }
    }
    if (t.cells.size() > options.maxCells)
        return Error::of(QT_TRANSLATE_NOOP("Errors",
                                           "the table '%1' has %2 cells; at most %3 are supported"),
                         {spec.name, arg(t.cells.size()), arg(options.maxCells)});
    const std::size_t inner = t.cells.size();

    if (spec.margins) {
        std::vector<double> merged;
        for (std::uint32_t mask = 1; mask < (1u << dims); ++mask) {
            auto marginKey = [&](std::uint64_t key) {
                std::uint64_t out = 0;
                for (std::size_t i = 0; i < dims; ++i) {
                    const std::uint64_t label =
                        (key / numbering.stride[i]) % (numbering.totalLabel[i] + std::uint64_t(1));
                    out +=
                        ((mask >> i) & 1 ? numbering.totalLabel[i] : label) * numbering.stride[i];
                }
                return out;
            };
            // every margin cell exists, also with no records in it
            for (std::size_t c = 0; c < inner; ++c)
                cellFor(marginKey(numbering.key(t.cells[c].labels)));
            if (!t.hasSubjects || options.database) {
                // counted in a database, a margin's distinct contributors are not known: none
                for (const Entry &e : entries)
                    addEntry(marginKey(e.cellKey), e.rows, entrySums.data() + e.firstSum,
                             options.database && t.hasSubjects ? 0 : e.units);
                continue;
            }
            KeyIndex mergedIndex;
            mergedIndex.reset(entries.size());
            std::vector<std::pair<std::uint64_t, std::uint32_t>> mergedKeys; // cell key, rows
            merged.clear();
            for (const Entry &e : entries) {
                const std::uint64_t mk = marginKey(e.cellKey);
                const auto mc = static_cast<std::uint32_t>(cellOfKey.at(mk));
                const std::uint32_t id =
                    mergedIndex.insert((std::uint64_t(mc) << 32) | e.contributor);
                if (id == mergedKeys.size()) {
                    mergedKeys.push_back({mk, 0});
                    merged.resize(merged.size() + measures, 0.0);
                }
                mergedKeys[id].second += e.rows;
                for (std::size_t m = 0; m < measures; ++m)
                    merged[id * measures + m] += entrySums[e.firstSum + m];
            }
            for (std::size_t id = 0; id < mergedKeys.size(); ++id)
                addEntry(mergedKeys[id].first, mergedKeys[id].second,
                         merged.data() + id * measures);
        }
    }

    // a total's cell key: the sum of the keys of its records, so of its inner cells' keys
    if (options.recordKeys && spec.margins)
        for (std::size_t c = 0; c < inner; ++c)
            for (std::uint32_t mask = 1; mask < (1u << dims); ++mask) {
                auto labels = t.cells[c].labels;
                for (std::size_t d = 0; d < dims; ++d)
                    if ((mask >> d) & 1)
                        labels[d] = kTotalLabel;
                t.cells[cellOfKey.at(numbering.key(labels))].cellKey += t.cells[c].cellKey;
            }

    // inner cells in label order, then the margins in label order (totals last)
    std::vector<std::size_t> order(t.cells.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::vector<std::uint64_t> keyOf(t.cells.size());
    std::vector<std::uint8_t> margin(t.cells.size());
    for (std::size_t c = 0; c < t.cells.size(); ++c) {
        keyOf[c] = numbering.key(t.cells[c].labels);
        margin[c] = t.cells[c].isMargin();
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(margin[a], keyOf[a]) < std::pair(margin[b], keyOf[b]);
    });
    std::vector<AggregateCell> sorted;
    sorted.reserve(t.cells.size());
    for (const std::size_t c : order)
        sorted.push_back(std::move(t.cells[c]));
    t.cells = std::move(sorted);
    return t;
}

} // namespace dijkgraaf
