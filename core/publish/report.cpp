// The report for policy makers: what was published, how people were protected, what it cost.
// Plain HTML without scripts or external files, readable in any browser and printable to PDF
// by Qt's rich-text engine (which is why the bars are tables with coloured cells, and the one
// curve an SVG image in a data URL, which both browsers and Qt's engine draw).
#include "cellkey.h"
#include "exporter.h"
#include "project/privacyledger.h"
#include "reportwords.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <set>

namespace dijkgraaf {

namespace {

// The report's words in the metadata's language: English, or Dutch from the table in
// reportwords.cpp. Set for the thread while reportHtml writes (auditInWords outside a report
// speaks English); an English text the table lacks is noted, for the tests.
thread_local bool t_dutch = false;

std::set<std::string> &untranslated()
{
    static std::set<std::string> missing;
    return missing;
}
std::mutex &untranslatedLock()
{
    static std::mutex lock;
    return lock;
}

QString say(const char *english)
{
    if (!t_dutch)
        return QString::fromUtf8(english);
    const auto &words = dutchWords();
    const auto found = words.find(english);
    if (found != words.end())
        return QString::fromUtf8(found->second);
    std::lock_guard guard(untranslatedLock());
    untranslated().insert(english);
    return QString::fromUtf8(english);
}

std::string sayS(const char *english)
{
    return say(english).toStdString();
}

// the workbench's palette: blue safe, orange to red for risk, grey hidden
constexpr const char *kSafe = "#2166ac";
constexpr const char *kRisk = "#d6604d";
constexpr const char *kHidden = "#969696";
constexpr const char *kNoisy = "#92c5de";

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString count(std::uint64_t n)
{
    QString s = QString::number(n);
    for (int i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, ',');
    return s;
}

// A number of cells as a bar's figure: "1 cell", "12,345 cells".
QString cellCount(std::uint64_t n)
{
    return n == 1 ? say("1 cell") : say("%1 cells").arg(count(n));
}

// One horizontal bar: a caption, a coloured share of the width, and the figure. The markup
// is the same whatever the share (a sliver at the least, a sliver of space at the most), so
// that a report's words depend on what was declared, never on the figures.
QString bar(const QString &caption, const std::vector<std::pair<double, const char *>> &segments,
            const QString &figure)
{
    QString cells;
    int used = 0;
    for (const auto &[share, colour] : segments) {
        // a bar of one segment always shows a sliver; of several, an empty segment is left out
        if (segments.size() > 1 && share <= 0)
            continue;
        const int width = std::clamp(static_cast<int>(std::lround(share * 100)), 1, 99 - used);
        if (width <= 0)
            continue;
        used += width;
        cells += QString("<td width=\"%1%\" bgcolor=\"%2\" style=\"background-color:%2\">&nbsp;</td>")
                     .arg(width)
                     .arg(colour);
    }
    cells += QString("<td width=\"%1%\">&nbsp;</td>").arg(100 - used);
    return QString("<tr><td width=\"32%\" style=\"white-space:nowrap\">%1</td><td width=\"50%\"><table width=\"100%\" "
                   "cellspacing=\"0\" cellpadding=\"2\"><tr>%2</tr></table></td>"
                   "<td align=\"right\" style=\"white-space:nowrap\">%3</td></tr>")
        .arg(caption, cells, figure);
}

QString bar(const QString &caption, double share, const char *colour, const QString &figure)
{
    return bar(caption, {{share, colour}}, figure);
}

// A release's cells by their labels, for reading a table cell by cell.
std::map<std::vector<std::uint32_t>, const ReleasedCell *> cellsByLabels(const Release &r)
{
    std::map<std::vector<std::uint32_t>, const ReleasedCell *> cells;
    for (const ReleasedCell &c : r.cells)
        cells[c.labels] = &c;
    return cells;
}

// A published figure as a reader reads it: whole numbers with thousands separators, a noisy
// count with the half-width of its 95 % interval.
QString figureText(double v, double error95)
{
    const bool whole = v == std::round(v) && std::abs(v) < 1e15;
    QString text = whole ? (v < 0 ? "-" : "") + count(static_cast<std::uint64_t>(std::llabs(std::llround(v))))
                         : QString::number(v, 'f', 1);
    if (error95 > 0)
        text += QString("&nbsp;&plusmn;&nbsp;%1").arg(count(static_cast<std::uint64_t>(std::llround(error95))));
    return text;
}

// The figure a reader looks for first: people where the table counts them (and publishes
// them apart from records), else records.
std::size_t mainFigure(const Release &r, const std::vector<std::optional<double>> &figures)
{
    return r.hasSubjects && figures.size() > 1 && figures[1] ? 1 : 0;
}

QString mainFigureName(const Release &r)
{
    return r.hasSubjects ? say("people") : say("records");
}

// Each dimension's categories as printed: its own, then its total where the table has one.
std::vector<std::vector<std::uint32_t>> printedLabels(const Release &r)
{
    std::vector<std::vector<std::uint32_t>> out(r.labels.size());
    std::vector<bool> total(r.labels.size(), false);
    for (const ReleasedCell &c : r.cells)
        for (std::size_t d = 0; d < c.labels.size(); ++d)
            total[d] = total[d] || c.labels[d] == kTotalLabel;
    for (std::size_t d = 0; d < r.labels.size(); ++d) {
        for (std::uint32_t l = 0; l < r.labels[d].size(); ++l)
            out[d].push_back(l);
        if (total[d])
            out[d].push_back(kTotalLabel);
    }
    return out;
}

// A dimension's name for readers: without the generalization level the steward chose
// ("age (level 2)" reads "age"); the categories show the detail.
QString dimensionName(const Release &r, std::size_t d)
{
    QString name = QString::fromStdString(r.dimensionNames[d]);
    static const QRegularExpression level(QStringLiteral("\\s*\\(level \\d+\\)$"));
    name.remove(level);
    // a time bucket ("timestamp (hour)") in the report's language
    if (d < r.spec.dimensions.size() && r.spec.dimensions[d].bucket != TimeBucket::None) {
        const QString bucket = QString::fromLatin1(timeBucketName(r.spec.dimensions[d].bucket).data());
        if (name.endsWith(" (" + bucket + ")"))
            name = name.left(name.size() - bucket.size() - 3) + " (" +
                   say(std::string(timeBucketName(r.spec.dimensions[d].bucket)).c_str()) + ")";
    }
    return name.toHtmlEscaped();
}

// A measure's name in the report's language ("sum of spend": "som van spend"); the column's
// name stays as the data has it.
QString measureName(const Release &r, std::size_t m)
{
    if (m < r.spec.measures.size()) {
        const MeasureSpec &spec = r.spec.measures[m];
        return (spec.kind == MeasureSpec::Kind::Sum ? say("sum of %1") : say("mean of %1"))
            .arg(esc(spec.column));
    }
    return esc(r.measureNames[m]);
}

QString printedLabel(const Release &r, std::size_t d, std::uint32_t l)
{
    return l == kTotalLabel ? "<b>" + say("all") + "</b>" : esc(r.labels[d][l]);
}

// What one cell of a cross-table says: its figure, "hidden", or a dash where the table has
// no such cell.
QString cellText(const Release &r, const ReleasedCell *c)
{
    if (!c)
        return QStringLiteral("<span style=\"color:#969696\">&ndash;</span>");
    if (isHidden(c->state))
        return QString("<span style=\"color:%1\">%2</span>").arg(kHidden, say("hidden"));
    const auto figures = releasedFigures(r, *c);
    const auto errors = releasedErrors(r, *c);
    const std::size_t f = mainFigure(r, figures);
    if (f >= figures.size() || !figures[f])
        return QString("<span style=\"color:%1\">%2</span>").arg(kHidden, say("hidden"));
    return figureText(*figures[f], f < errors.size() && std::isfinite(errors[f]) ? errors[f] : 0);
}

// Tables small enough to print whole (in cells, columns and rows of one block).
constexpr std::size_t kPrintedCells = 480, kPrintedColumns = 9, kPrintedRows = 50;

// The table as a printed one reads: rows of its first dimension, columns of its last, a
// block per combination of the dimensions between; hidden cells marked in place, a noisy
// count with its interval. Empty when the table is too large to print.
QString crossTables(const Release &r)
{
    const std::size_t dims = r.labels.size();
    if (dims == 0 || r.cells.empty())
        return {};
    const auto labels = printedLabels(r);
    const std::size_t rowDim = 0, colDim = dims - 1;
    const std::size_t rows = labels[rowDim].size();
    const std::size_t cols = dims > 1 ? labels[colDim].size() : 1;
    std::size_t blocks = 1;
    for (std::size_t d = 1; d + 1 < dims; ++d)
        blocks *= labels[d].size();
    if (cols > kPrintedColumns || rows > kPrintedRows || rows * cols * blocks > kPrintedCells)
        return {};
    const auto cellOf = cellsByLabels(r);
    auto find = [&](const std::vector<std::uint32_t> &key) -> const ReleasedCell * {
        const auto it = cellOf.find(key);
        return it == cellOf.end() ? nullptr : it->second;
    };
    const QString th = QStringLiteral("style=\"white-space:nowrap; border-bottom:1px solid #999999\"");
    QString h;
    std::vector<std::size_t> at(dims, 0); // the odometer over the block dimensions
    for (std::size_t b = 0; b < blocks; ++b) {
        std::vector<std::uint32_t> key(dims, 0);
        QStringList heading;
        for (std::size_t d = 1; d + 1 < dims; ++d) {
            key[d] = labels[d][at[d]];
            heading << dimensionName(r, d) + ": " +
                           (key[d] == kTotalLabel ? say("all") : esc(r.labels[d][key[d]]));
        }
        QString block;
        bool listed = false; // a block without a single listed cell is left out
        if (!heading.isEmpty())
            block += "<p style=\"margin-bottom:2px\"><b>" + heading.join(", ") + "</b></p>";
        block += "<table cellspacing=\"0\" cellpadding=\"3\" style=\"margin-bottom:10px\"><tr><th align=\"left\" " +
             th + ">" + dimensionName(r, rowDim) +
             (dims > 1 ? " \\ " + dimensionName(r, colDim) : QString()) + "</th>";
        if (dims > 1)
            for (const std::uint32_t c : labels[colDim])
                block += "<th align=\"right\" " + th + ">" + printedLabel(r, colDim, c) + "</th>";
        else
            block += "<th align=\"right\" " + th + ">" + mainFigureName(r) + "</th>";
        block += "</tr>";
        for (const std::uint32_t row : labels[rowDim]) {
            key[rowDim] = row;
            block += "<tr><td style=\"white-space:nowrap\">" + printedLabel(r, rowDim, row) + "</td>";
            for (std::size_t c = 0; c < cols; ++c) {
                if (dims > 1)
                    key[colDim] = labels[colDim][c];
                const ReleasedCell *cell = find(key);
                listed = listed || cell;
                block += "<td align=\"right\" style=\"white-space:nowrap\">" + cellText(r, cell) + "</td>";
            }
            block += "</tr>";
        }
        block += "</table>";
        if (listed)
            h += block;
        for (std::size_t d = dims >= 2 ? dims - 2 : 0; d >= 1 && d + 1 < dims; --d) {
            if (++at[d] < labels[d].size())
                break;
            at[d] = 0;
        }
    }
    return h;
}

// A curve over time as an image: the published values (line) and the band of each point's
// 95 % interval, with a tick at each new day (or at every label where there are few); an SVG
// in a data URL, which browsers and Qt's rich text both draw.
QString curveImage(const std::vector<std::string> &labels, const std::vector<double> &value,
                   const std::vector<double> &error, const QString &alt)
{
    // the drawing: 640 x 240, the plot inside margins
    const double w = 640, h = 240, left = 48, right = 10, top = 10, bottom = 34;
    double lo = 0, hi = 1;
    for (std::size_t i = 0; i < value.size(); ++i) {
        lo = std::min(lo, value[i] - error[i]);
        hi = std::max(hi, value[i] + error[i]);
    }
    // a round step for the vertical axis
    const double raw = (hi - lo) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = magnitude * (raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    const std::size_t n = value.size();
    auto x = [&](std::size_t i) { return left + (w - left - right) * static_cast<double>(i) / static_cast<double>(n - 1); };
    auto y = [&](double v) { return top + (h - top - bottom) * (hi - v) / (hi - lo); };
    auto num = [](double v) { return QString::number(v, 'f', 1); };
    QString svg = QString("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"10\">")
                      .arg(w)
                      .arg(h);
    svg += QString("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>").arg(w).arg(h);
    for (double v = lo; v <= hi + step / 2; v += step) {
        svg += QString("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\"/>")
                   .arg(num(left), num(y(v)), num(w - right));
        svg += QString("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#555555\">%3</text>")
                   .arg(num(left - 4), num(y(v) + 3), count(static_cast<std::uint64_t>(std::llabs(std::llround(v)))).prepend(v < 0 ? "-" : ""));
    }
    // a tick at each new day (or every label where there are few)
    for (std::size_t i = 0; i < n; ++i) {
        const bool day = labels[i].size() > 10 ? labels[i].substr(11, 2) == "00" : n <= 31;
        if (!day)
            continue;
        svg += QString("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#bbbbbb\"/>")
                   .arg(num(x(i)), num(top), num(h - bottom + 4));
        svg += QString("<text x=\"%1\" y=\"%2\" fill=\"#555555\">%3</text>")
                   .arg(num(x(i) + 2), num(h - bottom + 15), esc(labels[i].substr(0, 10)));
    }
    QString band, line;
    for (std::size_t i = 0; i < n; ++i)
        band += num(x(i)) + "," + num(y(value[i] + error[i])) + " ";
    for (std::size_t i = n; i-- > 0;)
        band += num(x(i)) + "," + num(y(value[i] - error[i])) + " ";
    for (std::size_t i = 0; i < n; ++i)
        line += num(x(i)) + "," + num(y(value[i])) + " ";
    svg += QString("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"0.6\" stroke=\"none\"/>").arg(band.trimmed(), kNoisy);
    svg += QString("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.5\"/>").arg(line.trimmed(), kSafe);
    svg += QString("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#555555\"/>").arg(num(left), num(y(std::max(lo, 0.0))), num(w - right));
    svg += "</svg>";
    return QString("<img src=\"data:image/svg+xml;base64,%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
        .arg(QString::fromLatin1(svg.toUtf8().toBase64()))
        .arg(w)
        .arg(h)
        .arg(alt);
}

// For a table too large to print: per dimension, the published totals of its categories as
// bars (the largest first, at most 15), read from the table's own margins.
QString dimensionCharts(const Release &r)
{
    const std::size_t dims = r.labels.size();
    const auto cellOf = cellsByLabels(r);
    QString h;
    for (std::size_t d = 0; d < dims; ++d) {
        std::vector<std::uint32_t> key(dims, kTotalLabel);
        std::vector<std::pair<double, std::uint32_t>> shown;
        std::vector<double> errors;
        std::size_t hidden = 0;
        bool any = false;
        for (std::uint32_t l = 0; l < r.labels[d].size(); ++l) {
            key[d] = l;
            const auto it = cellOf.find(key);
            if (it == cellOf.end())
                continue;
            any = true;
            const auto figures = releasedFigures(r, *it->second);
            const auto margins = releasedErrors(r, *it->second);
            const std::size_t f = mainFigure(r, figures);
            if (isHidden(it->second->state) || f >= figures.size() || !figures[f]) {
                ++hidden;
            } else {
                shown.emplace_back(*figures[f], l);
                errors.push_back(f < margins.size() && std::isfinite(margins[f]) ? margins[f] : 0);
            }
        }
        if (!any)
            continue;
        // a time dimension of many steps, each published: its curve
        const bool time = d < r.spec.dimensions.size() && r.spec.dimensions[d].bucket != TimeBucket::None;
        if (time && hidden == 0 && shown.size() > 12) {
            std::vector<std::string> labels;
            std::vector<double> values;
            for (const auto &v : shown) {
                labels.push_back(r.labels[d][v.second]);
                values.push_back(v.first);
            }
            const QString caption =
                (r.protection.kind == ProtectionSettings::Kind::Rules
                     ? say("%1 per %2, all other dimensions together, as published.")
                     : say("%1 per %2, all other dimensions together, as published (line), with the "
                           "band in which the true figure lies 95 times in 100."))
                    .arg(r.hasSubjects ? say("People") : say("Records"),
                         say(std::string(timeBucketName(r.spec.dimensions[d].bucket)).c_str()));
            h += say("<p style=\"margin-bottom:2px\"><b>%1 by %2</b>%3</p>")
                     .arg(r.hasSubjects ? say("People") : say("Records"), dimensionName(r, d), QString()) +
                 "<p>" + curveImage(labels, values, errors, caption) + "</p><p class=\"meta\">" + caption + "</p>";
            continue;
        }
        // categories in their order along time, and in their declared order for noisy tables
        // (whose report has the same words whatever the data: only its numbers differ), else
        // the largest first
        const bool alongTime = (d < r.spec.dimensions.size() && r.spec.dimensions[d].bucket != TimeBucket::None) ||
                               r.protection.kind != ProtectionSettings::Kind::Rules;
        double top = 1;
        for (const auto &v : shown)
            top = std::max(top, v.first);
        if (!alongTime)
            std::sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const std::size_t n = std::min<std::size_t>(shown.size(), alongTime ? 48 : 15);
        h += say("<p style=\"margin-bottom:2px\"><b>%1 by %2</b>%3</p>")
                 .arg(r.hasSubjects ? say("People") : say("Records"), dimensionName(r, d),
                      shown.size() > n ? QString(alongTime ? say(" (the first %1 of %2)") : say(" (the %1 largest of %2)"))
                                             .arg(n)
                                             .arg(r.labels[d].size())
                                       : QString());
        h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">";
        for (std::size_t i = 0; i < n; ++i)
            h += bar(esc(r.labels[d][shown[i].second]), shown[i].first / top,
                     r.protection.kind == ProtectionSettings::Kind::Rules ? kSafe : kNoisy,
                     figureText(shown[i].first, 0));
        h += "</table>";
        if (hidden > 0)
            h += QString("<p class=\"meta\">%1 %2 hidden.</p>")
                     .arg(count(hidden))
                     .arg(hidden == 1 ? say("total is") : say("totals are"));
    }
    return h;
}

// What the protection did, per dimension: the share of each category's cells that is hidden
// (the categories with the largest shares, at most 10 per dimension). Only published states.
QString hiddenShares(const Release &r)
{
    if (r.summary.hiddenCells == 0)
        return {};
    const std::size_t dims = r.labels.size();
    QString h;
    for (std::size_t d = 0; d < dims; ++d) {
        std::vector<std::size_t> all(r.labels[d].size(), 0), hidden(r.labels[d].size(), 0);
        for (const ReleasedCell &c : r.cells) {
            if (c.labels[d] == kTotalLabel)
                continue;
            ++all[c.labels[d]];
            hidden[c.labels[d]] += isHidden(c.state) ? 1 : 0;
        }
        std::vector<std::pair<double, std::uint32_t>> shares;
        for (std::uint32_t l = 0; l < all.size(); ++l)
            if (all[l] > 0 && hidden[l] > 0)
                shares.emplace_back(static_cast<double>(hidden[l]) / static_cast<double>(all[l]), l);
        if (shares.empty())
            continue;
        std::stable_sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const std::size_t n = std::min<std::size_t>(shares.size(), 10);
        h += say("<p style=\"margin-bottom:2px\"><b>Share of the cells hidden, by %1</b>%2</p>")
                 .arg(dimensionName(r, d),
                      shares.size() > n ? say(" (the %1 most hidden of %2 categories with a hidden cell)")
                                              .arg(n)
                                              .arg(shares.size())
                                        : QString());
        h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">";
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t l = shares[i].second;
            h += bar(esc(r.labels[d][l]), shares[i].first, kHidden,
                     say("%1 of %2").arg(count(hidden[l])).arg(count(all[l])));
        }
        h += "</table>";
    }
    return h;
}

// The distribution before and after the protection, per dimension, from published figures
// alone: each of the largest categories (by its published total) as a bar of its records,
// blue for those shown in the table's detailed cells, grey for those in its hidden cells
// (the total less the shown cells: anyone can work that out). Only where the table publishes
// the totals of a dimension and hides some of its cells.
QString beforeAndAfter(const Release &r)
{
    const std::size_t dims = r.labels.size();
    if (r.summary.hiddenCells == 0 || dims < 2 || r.protection.kind != ProtectionSettings::Kind::Rules)
        return {};
    const auto cellOf = cellsByLabels(r);
    QString h;
    for (std::size_t d = 0; d < dims; ++d) {
        const std::size_t n = r.labels[d].size();
        std::vector<double> total(n, -1), shown(n, 0);
        std::vector<std::uint32_t> key(dims, kTotalLabel);
        for (std::uint32_t l = 0; l < n; ++l) {
            key[d] = l;
            const auto it = cellOf.find(key);
            if (it != cellOf.end() && !isHidden(it->second->state) && it->second->records)
                total[l] = static_cast<double>(*it->second->records);
        }
        bool anyHidden = false;
        for (const ReleasedCell &c : r.cells) {
            if (std::find(c.labels.begin(), c.labels.end(), kTotalLabel) != c.labels.end())
                continue;
            if (isHidden(c.state) || !c.records)
                anyHidden = anyHidden || total[c.labels[d]] >= 0;
            else
                shown[c.labels[d]] += static_cast<double>(*c.records);
        }
        if (!anyHidden)
            continue;
        std::vector<std::uint32_t> order;
        for (std::uint32_t l = 0; l < n; ++l)
            if (total[l] > 0)
                order.push_back(l);
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return total[a] > total[b]; });
        const std::size_t printed = std::min<std::size_t>(order.size(), 12);
        if (printed == 0)
            continue;
        const double top = total[order[0]];
        h += say("<p style=\"margin-bottom:2px\"><b>Records by %1, before and after</b>%2</p>")
                 .arg(dimensionName(r, d),
                      order.size() > printed ? say(" (the %1 largest of %2)").arg(printed).arg(order.size()) : QString());
        h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">";
        for (std::size_t i = 0; i < printed; ++i) {
            const std::uint32_t l = order[i];
            const double inHidden = std::max(0.0, total[l] - shown[l]);
            const double visible = std::min(shown[l], total[l]);
            h += bar(esc(r.labels[d][l]), {{visible / top, kSafe}, {inHidden / top, kHidden}},
                     say("%1 of %2 hidden").arg(count(static_cast<std::uint64_t>(inHidden)),
                                                count(static_cast<std::uint64_t>(total[l]))));
        }
        h += "</table>";
    }
    if (!h.isEmpty())
        h = say("<p>Each bar is a category's published total: in blue its records that the "
                "table's detailed cells show, in grey those that are only in its hidden cells. "
                "These totals are published as they are (a category whose total is hidden is "
                "left out), so the distribution over one dimension is kept; what is lost is the "
                "detail within it.%1</p>")
                .arg(r.protection.rules.roundingBase ? say(" Counts are rounded, so the figures are approximate.")
                                                     : QString()) +
            h;
    return h;
}

// A noisy table with a time bucket: the published curve over time of its busiest category
// (by its published total), with the band of each point's 95 % interval. Only published
// figures: the true curve is what the noise protects. Empty where the table has no time
// bucket, or its other dimensions have no totals to read the curve from.
QString curveChart(const Release &r)
{
    if (r.protection.kind == ProtectionSettings::Kind::Rules)
        return {};
    std::size_t time = r.labels.size();
    for (std::size_t d = 0; d < r.spec.dimensions.size() && d < r.labels.size(); ++d)
        if (r.spec.dimensions[d].bucket != TimeBucket::None) {
            time = d;
            break;
        }
    if (time == r.labels.size() || r.labels[time].size() < 2)
        return {};
    const auto cellOf = cellsByLabels(r);
    // the category followed: of the first other dimension, the one with the largest published
    // total; the dimensions after it at their totals
    const std::size_t dims = r.labels.size();
    const std::size_t along = time == 0 ? 1 : 0;
    std::vector<std::uint32_t> key(dims, kTotalLabel);
    std::optional<std::uint32_t> chosen;
    if (dims > 1) {
        std::int64_t best = 0;
        for (std::uint32_t l = 0; l < r.labels[along].size(); ++l) {
            key[along] = l;
            const auto it = cellOf.find(key);
            if (it != cellOf.end() && it->second->records && (!chosen || *it->second->records > best)) {
                best = *it->second->records;
                chosen = l;
            }
        }
        if (!chosen)
            return {};
        key[along] = *chosen;
    }
    std::vector<double> value, error;
    for (std::uint32_t l = 0; l < r.labels[time].size(); ++l) {
        key[time] = l;
        const auto it = cellOf.find(key);
        if (it == cellOf.end() || !it->second->records)
            return {};
        value.push_back(static_cast<double>(*it->second->records));
        error.push_back(it->second->recordsError95);
    }
    const QString what = dims > 1 ? QString::fromStdString(r.labels[along][*chosen]).toHtmlEscaped()
                                  : say("the table");
    const QString per = say(std::string(timeBucketName(r.spec.dimensions[time].bucket)).c_str());
    QString caption =
        say("%1 per %2, as published (line), with the band in which the true figure lies "
                "95 times in 100. The true curve is not shown: it is what the noise protects. "
                "Where the band is narrow beside the curve, the figures read as they are.")
            .arg(dims > 1 ? say("%1 in %2").arg(r.hasSubjects ? say("People") : say("Records"), what)
                          : (r.hasSubjects ? say("People") : say("Records")),
                 per);
    return say("<h3>What the noise did to %1</h3>").arg(what) + "<p>" +
           curveImage(r.labels[time], value, error, caption) + "</p><p class=\"meta\">" + caption + "</p>";
}

// One line of the summary up front: how a table was protected and what it cost, in words.
QString protectionInShort(const Release &r)
{
    const ReleaseSummary &s = r.summary;
    if (r.protection.kind == ProtectionSettings::Kind::CellKey)
        return say("every count moved a little (by at most %1), the same way in every release")
            .arg(r.protection.cellKey.maxDeviation);
    if (r.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy)
        return say("random noise on every figure, %1 on average")
            .arg(QString::number(s.meanAbsoluteError, 'f', 1));
    const double share = s.cells ? 100.0 * static_cast<double>(s.hiddenCells) / static_cast<double>(s.cells) : 0;
    QString text = say("no group of fewer than %1 shown").arg(r.protection.rules.threshold);
    if (s.hiddenCells == 0)
        return text + say("; no cell needed hiding");
    return text + say("; %1 hidden (%2 %)")
                      .arg(s.hiddenCells == 1 ? say("one cell") : say("%1 cells").arg(count(s.hiddenCells)))
                      .arg(QString::number(share, 'f', share < 1 ? 1 : 0));
}

// Whether the table's protection was checked, in two or three words (the section says more).
QString checkInShort(const Release &r)
{
    if (r.protection.kind != ProtectionSettings::Kind::Rules)
        return say("guaranteed by the method; no audit needed");
    if (!r.audit.ran)
        return say("nothing hidden, nothing to audit");
    return r.audit.passed ? say("audit passed") : say("audit failed: not for publication");
}

// A change of the budget as the approval records it ("rho 0.5, declared by A. Steward on
// 2026-12-01 with this release", "rho 0.8, raised by B. Officer on 2026-12-02: the board
// agreed"), in the report's language.
QString budgetChangeInWords(const std::string &change)
{
    static const QRegularExpression form(
        QStringLiteral("^rho (\\S+), (declared|raised) by (.*?) on (\\d{4}-\\d{2}-\\d{2})( with this release)?(: .*)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = form.match(QString::fromStdString(change));
    if (!m.hasMatch())
        return esc(change);
    return say(m.captured(2) == "declared" ? "rho %1, declared by %2 on %3" : "rho %1, raised by %2 on %3")
               .arg(m.captured(1), m.captured(3).toHtmlEscaped(), m.captured(4)) +
           (m.captured(5).isEmpty() ? QString() : say(" with this release")) + m.captured(6).toHtmlEscaped();
}

// How near a noisy table's sums and means are to the truth, from the declarations alone
// (the noise's scale and the bounds of each measure), so that the words are the same
// whatever the data: a sum's 95 % margin in one cell, and a mean's for cells of 100 and of
// 1,000 records, at the bound of the values where the margin is widest.
QString noisyMeasuresInWords(const Release &r)
{
    if (r.spec.measures.empty())
        return {};
    const DpSettings &dp = r.protection.dp;
    const NoiseOfFigures noise = noiseOfFigures(r.spec, r.hasSubjects, dp);
    auto amount = [](double v) {
        return v >= 100 ? count(static_cast<std::uint64_t>(std::llround(v)))
                        : QString::number(v, 'f', v >= 10 ? 1 : 2);
    };
    auto bound = [](double v) { return QString::number(v, 'g', 10); };
    QString h;
    for (std::size_t m = 0; m < r.spec.measures.size() && m < noise.sums.size(); ++m) {
        const MeasureSpec &spec = r.spec.measures[m];
        const NoiseFacts &sum = noise.sums[m];
        if (spec.kind == MeasureSpec::Kind::Sum) {
            h += say(" A %1 in a cell is within %2 of the true sum 95 times in 100 (each value "
                     "was first held between %3 and %4); a total adds up the noise of its cells, "
                     "and its own margin is given beside it.")
                     .arg(measureName(r, m), amount(static_cast<double>(sum.interval95) * dp.sumUnit),
                          bound(spec.lower), bound(spec.upper));
        } else {
            const double widest = std::max(std::abs(spec.lower), std::abs(spec.upper));
            auto margin = [&](double n) {
                const double varSum = sum.variance * dp.sumUnit * dp.sumUnit;
                return std::min(spec.upper - spec.lower,
                                1.96 * std::sqrt(varSum + widest * widest * noise.records.variance) / n);
            };
            h += say(" A %1 is the noisy sum over the noisy count, so its margin shrinks as the "
                     "cell grows: at most %2 either way in a cell of 100 records and %3 in a cell "
                     "of 1,000, 95 times in 100 (each value was first held between %4 and %5). "
                     "The files give every mean its own margin.")
                     .arg(measureName(r, m), amount(margin(100)), amount(margin(1000)),
                          bound(spec.lower), bound(spec.upper));
        }
    }
    return h;
}

QString tableSection(const Release &r, const std::string &csvName)
{
    const ReleaseSummary &s = r.summary;
    const bool noisy = r.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy;
    QString h;
    // every table starts a page, its heading with it
    h += "<h2 style=\"page-break-before: always\">" + esc(r.tableName) + "</h2>";
    QStringList dims;
    for (std::size_t d = 0; d < r.dimensionNames.size(); ++d)
        dims << dimensionName(r, d);
    QStringList figures{r.hasSubjects ? say("the number of records and of distinct people")
                                      : say("the number of records")};
    for (std::size_t m = 0; m < r.measureNames.size(); ++m)
        figures << measureName(r, m);
    h += say("<p>One number per combination of ") + dims.join(", ") + ": " + figures.join(", ") + ". " +
         say("%1 cells").arg(count(s.cells)) +
         (r.cells.size() && std::any_of(r.cells.begin(), r.cells.end(),
                                        [](const ReleasedCell &c) {
                                            return std::find(c.labels.begin(), c.labels.end(),
                                                             kTotalLabel) != c.labels.end();
                                        })
              ? say(", totals included.")
              : ".") +
         "</p>";

    // the table itself, or a chart of it where it is too large to print
    const QString printed = crossTables(r);
    if (!printed.isEmpty()) {
        h += say("<h3>The table</h3>") + printed;
        h += say("<p class=\"meta\">The %1 of each cell%2; \"hidden\" where a cell is not "
                     "published. Every figure is in %3.</p>")
                 .arg(mainFigureName(r),
                      noisy ? say(", with the margin within which the true figure lies 95 times in 100")
                            : QString(),
                      esc(csvName));
    } else {
        const QString charts = dimensionCharts(r);
        h += say("<h3>The table in pictures</h3>");
        h += say("<p>The table has %1 cells, too many to print: its figures are in %2.%3</p>")
                 .arg(count(s.cells), esc(csvName),
                      charts.isEmpty() ? say(" It has no totals, so no chart of it is drawn.")
                                       : say(" Below, the published totals of each dimension."));
        h += charts;
    }

    h += say("<h3>How people were protected</h3><p>");
    if (r.protection.kind == ProtectionSettings::Kind::CellKey) {
        const CellKeySettings &k = r.protection.cellKey;
        h += say("Every count is perturbed by the cell-key method: each record carries a "
                     "random key, a cell's key is the sum of its records' keys, and the cell's "
                     "count moves by the amount the perturbation table gives at that key. The "
                     "same records always give the same count, so comparing releases tells no "
                     "more than each release alone. A count moves by at most %1, with variance "
                     "%2, never below 0%3; 0 stays 0. Totals are perturbed by their own key, so "
                     "they are not exactly the sums of the cells.")
                 .arg(k.maxDeviation)
                 .arg(k.variance)
                 .arg(k.smallBelow > 1 ? say(", and no count from 1 to %1 is published").arg(k.smallBelow - 1)
                                       : QString());
        if (!r.spec.measures.empty())
            h += say(" Every sum is moved too, by between %1 % and %2 % of each of its %3 "
                         "largest contributions, up or down as the cell's key decides; a mean is "
                         "that sum over the perturbed count. No margin of error is given for sums: "
                         "it would tell how large the largest contribution is.")
                     .arg(k.minimumShare * k.percent)
                     .arg(k.percent)
                     .arg(k.top);
        if (auto t = perturbationTable(k.maxDeviation, k.variance, k.smallBelow)) {
            const auto &row = t->rows.back();
            h += "</p><p>" + say("The perturbation of a count beyond the small ones:") +
                 "</p><table cellspacing=\"0\" cellpadding=\"3\"><tr><td>" + say("change") + "</td>";
            for (const int j : row.to)
                h += QString("<td align=\"right\">%1%2</td>").arg(j - row.from > 0 ? "+" : "").arg(j - row.from);
            h += "</tr><tr><td>" + say("probability") + "</td>";
            for (const double p : row.probability)
                h += QString("<td align=\"right\">%1</td>").arg(QString::number(p, 'f', 3));
            h += "</tr></table><p>";
        }
    } else if (noisy) {
        const DpSettings &dp = r.protection.dp;
        h += say("Every published number carries random noise, drawn so that the table would look "
             "almost the same whether or not any one person was in the data (differential "
             "privacy). ");
        h += dp.mechanism == DpSettings::Mechanism::Laplace
                 ? say("The noise follows the discrete Laplace distribution; the privacy "
                           "loss of this table is at most epsilon = %1.")
                       .arg(dp.epsilon)
                 : say("The noise follows the discrete Gaussian distribution; the privacy "
                           "loss of this table is rho = %1 (zero-concentrated differential "
                           "privacy).")
                       .arg(dp.rho);
        if (r.hasSubjects)
            h += say(" The guarantee protects each %1: it counts in at most %2, with at most "
                         "%3 in each; where it had more, the cells and rows kept were drawn at "
                         "random, and the rest left out.")
                     .arg(dp.bounds.unit == ContributionBounds::Unit::Person ? say("person")
                          : dp.bounds.unit == ContributionBounds::Unit::PersonDay
                              ? say("person on each day")
                              : say("person in each week"))
                     .arg(dp.bounds.maxCells == 1 ? say("one cell") : say("%1 cells").arg(dp.bounds.maxCells))
                     .arg(dp.bounds.maxRowsPerCell == 1 ? say("one row") : say("%1 rows").arg(dp.bounds.maxRowsPerCell));
        if (r.hasSubjects && recordsAreContributors(r.spec.dimensions, dp.bounds))
            h += say(" Each counts at most once in a cell, so a cell's records are its people: "
                 "the two are one noisy count, which has the table's whole budget.");
        std::vector<std::string> selected;
        for (const DimensionSpec &d : r.spec.dimensions)
            if (d.domain.select)
                selected.push_back(d.column);
        if (selected.empty()) {
            h += say(" The categories of every dimension were declared beforehand, not read from the "
                 "data, so which cells exist tells nothing about who is in it; records outside "
                 "them were left out.");
        } else {
            QString names;
            for (std::size_t i = 0; i < selected.size(); ++i)
                names += (i ? (i + 1 == selected.size() ? " and " : ", ") : "") +
                         QString::fromStdString(selected[i]).toHtmlEscaped();
            h += say(" The categories of %1 could not be declared beforehand: they were "
                         "selected from the data with noise, and only a category held by many "
                         "people shows (a noisy count of its people had to reach a threshold; a "
                         "category of one person alone shows with a chance of at most %2). The "
                         "selection spent rho %3 of the budget besides the table's own. The "
                         "categories of the other dimensions were declared beforehand. Records "
                         "outside the categories shown were left out.")
                     .arg(names)
                     .arg(r.selectionDelta)
                     .arg(r.selectionRho);
        }
        h += say(" How many rows were left out is not published: as an exact figure it would tell "
             "about the people in the data.");
        h += say(" A published count differs from the true count by %1 on average; 95 % of "
                     "the counts are within the interval given beside each number. Totals are "
                     "the sums of the published cells. No figure is clipped: a small or empty "
                     "cell may read below 0, which keeps every figure and every total an "
                     "unbiased estimate; a mean is the noisy sum over the noisy count, held to "
                     "the bounds of its values.")
                 .arg(QString::number(s.meanAbsoluteError, 'f', 2));
        h += noisyMeasuresInWords(r);
    } else {
        const TableRules &t = r.protection.rules;
        h += say("No number is published for a group of fewer than %1 %2: such cells are "
                     "hidden. ")
                 .arg(t.threshold)
                 .arg(r.hasSubjects ? say("people") : say("records"));
        if (t.dominance)
            h += say("A sum is hidden when its %1 largest contributors make up more than "
                         "%2 % of it. ")
                     .arg(t.dominanceN)
                     .arg(t.dominanceK);
        if (t.pPercent)
            h += say("A sum is hidden when the others' share would let its second largest "
                         "contributor estimate the largest within %1 %. ")
                     .arg(t.p);
        h += say("Further cells are hidden where that is needed so that no hidden number can be "
             "worked out from the rest. ");
        if (t.roundingBase)
            h += say("Counts are rounded to a multiple of %1. ").arg(t.roundingBase);
        h += "</p><h3>" + say("What was checked, and what was not") + "</h3><p>" +
             QString::fromStdString(auditInWords(r)).toHtmlEscaped();
    }
    h += "</p>";

    h += curveChart(r);
    h += say("<h3>What the protection did</h3>");
    const double n = std::max<double>(1, static_cast<double>(s.cells));
    h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">";
    if (noisy)
        h += bar(say("Published with noise"), static_cast<double>(s.noisyCells) / n, kNoisy,
                 cellCount(s.noisyCells));
    else
        h += bar(say("Published as they are"), (n - static_cast<double>(s.hiddenCells)) / n, kSafe,
                 cellCount(s.cells - s.hiddenCells));
    if (s.hiddenCells > 0 || !noisy)
        h += bar(say("Hidden"), static_cast<double>(s.hiddenCells) / n, kHidden,
                 cellCount(s.hiddenCells));
    h += "</table>";
    if (s.hiddenCells > 0)
        h += say("<p>Hidden cells are marked \"hidden\" in the data files. Which of them fell under "
             "a rule and which were hidden to protect those is not published: it would tell the "
             "small ones apart.</p>");
    h += beforeAndAfter(r);
    h += hiddenShares(r);
    return h;
}

// The appendix: every parameter of each table's protection, with its name in the
// configuration file, so that a reader can check the text against the settings and an
// engineer can repeat the release.
QString parametersAppendix(const std::vector<Release> &tables)
{
    QString h = say("<h2 style=\"page-break-before: always\">Appendix: the parameters</h2><p>Every "
                    "setting of each table's protection, with its name in the configuration "
                    "file.</p>");
    auto row = [](const QString &what, const QString &value, const char *key) {
        return "<tr><td>" + what + "</td><td>" + value + "</td><td style=\"white-space:nowrap\"><tt>" +
               QString::fromLatin1(key) + "</tt></td></tr>";
    };
    auto number = [](double v) { return QString::number(v, 'g', 10); };
    for (const Release &r : tables) {
        h += "<h3>" + esc(r.tableName) + "</h3>";
        h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
             "<th align=\"left\" width=\"42%\" style=\"border-bottom:1px solid #999999\">" + say("Parameter") +
             "</th><th align=\"left\" width=\"26%\" style=\"border-bottom:1px solid #999999\">" + say("Value") +
             "</th><th align=\"left\" width=\"32%\" style=\"border-bottom:1px solid #999999\">" + say("Setting") + "</th></tr>";
        if (r.protection.kind == ProtectionSettings::Kind::Rules) {
            const TableRules &t = r.protection.rules;
            h += row(say("Method"), say("table rules"), "method");
            h += row(say("Smallest group published"), number(static_cast<double>(t.threshold)), "threshold");
            h += row(say("Uncertainty demanded of a hidden small cell, either side"),
                     t.thresholdRange ? number(static_cast<double>(t.thresholdRange))
                                      : say("from 1 to %1").arg(t.threshold),
                     "threshold_range");
            if (!r.spec.measures.empty())
                h += row(say("Uncertainty demanded of a hidden sum, either side (%)"), number(t.sumRangePercent),
                         "sum_range_percent");
            if (t.dominance)
                h += row(say("Dominance rule: largest contributors n, their share k (%)"),
                         QString("%1, %2").arg(t.dominanceN).arg(number(t.dominanceK)), "dominance");
            if (t.pPercent)
                h += row(say("p% rule: p (%)"), number(t.p), "p_percent");
            h += row(say("Counts rounded to a multiple of"), t.roundingBase ? number(t.roundingBase) : say("none"),
                     "rounding_base");
        } else if (r.protection.kind == ProtectionSettings::Kind::CellKey) {
            const CellKeySettings &k = r.protection.cellKey;
            h += row(say("Method"), say("cell key"), "method");
            h += row(say("Largest change of a count"), number(k.maxDeviation), "max_deviation");
            h += row(say("Variance of the change"), number(k.variance), "variance");
            h += row(say("Smallest count published"), k.smallBelow ? number(k.smallBelow) : say("none"),
                     "smallest_count");
            if (!r.spec.measures.empty()) {
                h += row(say("Sums: largest contributions moved"), number(k.top), "sums.top_contributions");
                h += row(say("Sums: share of each moved, at most (%)"), number(k.percent), "sums.percent");
                h += row(say("Sums: of that, at least (share)"), number(k.minimumShare), "sums.minimum_share");
            }
        } else {
            const DpSettings &dp = r.protection.dp;
            const bool laplace = dp.mechanism == DpSettings::Mechanism::Laplace;
            h += row(say("Method"), say("differential privacy"), "method");
            h += row(say("Noise"), laplace ? say("discrete Laplace") : say("discrete Gaussian"), "mechanism");
            h += laplace ? row(say("Privacy loss of the table (epsilon)"), number(dp.epsilon), "epsilon")
                         : row(say("Privacy loss of the table (rho)"), number(dp.rho), "rho");
            if (r.hasSubjects) {
                h += row(say("Protected unit"),
                         dp.bounds.unit == ContributionBounds::Unit::Person      ? say("person")
                         : dp.bounds.unit == ContributionBounds::Unit::PersonDay ? say("person on each day")
                                                                                 : say("person in each week"),
                         "privacy_unit");
                h += row(say("Cells one unit counts in, at most"), number(dp.bounds.maxCells), "max_cells_per_subject");
                h += row(say("Rows one unit adds to a cell, at most"), number(dp.bounds.maxRowsPerCell),
                         "max_rows_per_cell");
            }
            if (!r.spec.measures.empty())
                h += row(say("Sums noised in whole multiples of"), number(dp.sumUnit), "sum_unit");
            h += row(say("Noisy counts hidden below"), dp.suppressBelow ? number(static_cast<double>(dp.suppressBelow)) : say("none"),
                     "suppress_noisy_counts_below");
            if (std::any_of(r.spec.dimensions.begin(), r.spec.dimensions.end(),
                            [](const DimensionSpec &d) { return d.domain.select; })) {
                h += row(say("Selection of categories: privacy loss (rho)"), number(dp.selectionRho), "selection_rho");
                h += row(say("Selection of categories: chance a category of one shows"), number(dp.selectionDelta),
                         "selection_delta");
            }
        }
        for (std::size_t m = 0; m < r.spec.measures.size(); ++m)
            h += row(say("Values of the %1 held between").arg(measureName(r, m)),
                     QString("%1 &ndash; %2").arg(number(r.spec.measures[m].lower), number(r.spec.measures[m].upper)),
                     "measures");
        h += "</table>";
    }
    return h;
}

} // namespace

std::string auditInWords(const Release &r)
{
    const TableRules &t = r.protection.rules;
    const AuditResult &a = r.audit;
    if (r.protection.kind == ProtectionSettings::Kind::DifferentialPrivacy)
        return sayS("No audit of hidden cells ran: this table is protected by noise, and what holds "
               "is the guarantee of differential privacy stated with it.");
    if (r.protection.kind == ProtectionSettings::Kind::CellKey)
        return sayS("No audit of hidden cells ran: this table is protected by the cell-key "
               "perturbation stated with it.");
    if (!a.ran)
        return sayS("No cell is hidden, so there was nothing for an attacker to work out.");
    std::string s =
        sayS("An audit took the place of an attacker who knows every number published in this "
        "release");
    if (!a.linkedTables.empty()) {
        s += sayS(" (this table and ");
        for (std::size_t i = 0; i < a.linkedTables.size(); ++i)
            s += (i ? (i + 1 == a.linkedTables.size() ? " and " : ", ") : "") + std::string("'") +
                 a.linkedTables[i] + "'";
        s += ", together)";
    }
    s += sayS(", how the tables are made (which cells exist, that a listed cell is not empty unless "
         "an earlier release of the project listed it, which totals add up), that counts are whole numbers, the bounds of every sum and the rules "
         "above. For every hidden cell it worked out the values that attacker cannot rule out. ");
    if (t.thresholdRange == 0)
        s += sayS("A cell with fewer than ") + std::to_string(t.threshold) +
             sayS(" had to remain anywhere from 1 to ") + std::to_string(t.threshold) +
             sayS(", so that it cannot be told from a safe cell");
    else
        s += sayS("A cell with fewer than ") + std::to_string(t.threshold) +
             sayS(" had to remain uncertain by ") + std::to_string(t.thresholdRange) +
             sayS(" either side (a range the steward chose, narrower than from 1 to the threshold)");
    if (!r.measureNames.empty())
        s += sayS(", and its sums by ") + QString::number(t.sumRangePercent).toStdString() + " %";
    if (t.pPercent)
        s += sayS("; a sum under the p% rule by ") + QString::number(t.p).toStdString() +
             sayS(" % of its largest contribution");
    if (t.dominance)
        s += sayS("; a sum under the dominance rule up to where it would no longer be dominated");
    s += sayS("; every other hidden number must not be pinned down. ");
    s += a.passed ? sayS("Every hidden cell passed. ")
                  : sayS("The audit did not pass: this table must not be published. ");
    if (a.relaxationOnly > 0)
        s += "For " + std::to_string(a.relaxationOnly) +
             sayS(" of the hidden numbers this was shown for an attacker who may reason with "
             "fractions of records; whether whole numbers narrow them further was not decided "
             "in the time given. ");
    if (!a.comparedWith.empty()) {
        s += sayS("The attacker was also given what this project published before (the release");
        s += a.comparedWith.size() == 1 ? " of " : "s of ";
        for (std::size_t i = 0; i < a.comparedWith.size(); ++i)
            s += (i ? (i + 1 == a.comparedWith.size() ? " and " : ", ") : "") + a.comparedWith[i];
        s += sayS("): a cell published then and hidden now would be known, and a cell or total that "
             "changed by fewer than ") +
             std::to_string(t.threshold) +
             sayS(" since is hidden and protected like a small cell, so that comparing the releases "
             "does not show who joined or left. ");
    }
    s += sayS("Not checked: tables published by others from the same population, ");
    s += a.comparedWith.empty() ? "" : sayS("earlier tables of another layout or rounded, ");
    s += sayS("and what someone knows about particular people from elsewhere (for instance that a "
         "neighbour is a customer, or that a hidden cell did not change); rounded counts were "
         "taken as exact.");
    return s;
}

std::vector<std::string> untranslatedReportWords()
{
    std::lock_guard guard(untranslatedLock());
    return {untranslated().begin(), untranslated().end()};
}

QByteArray reportHtml(const std::vector<Release> &tables, const ReleaseMetadata &m,
                      const ApprovalInfo &approval)
{
    // the report in the metadata's language, for this thread while it is written
    struct Language
    {
        explicit Language(bool dutch) { t_dutch = dutch; }
        ~Language() { t_dutch = false; }
    } language(m.language == "nl");
    QString h = "<!DOCTYPE html>\n<html lang=\"" + esc(m.language) +
                "\"><head><meta charset=\"utf-8\"><title>" + esc(m.title) +
                "</title><style>body{font-family:sans-serif;max-width:52em;margin:2em auto;"
                "line-height:1.45;color:#222}h1{font-size:1.7em}h2{margin-top:1.6em;"
                "border-bottom:1px solid #ccc}th,td{vertical-align:top}"
                ".meta{color:#555}</style></head><body>";
    h += "<h1>" + esc(m.title) + "</h1>";
    h += "<p class=\"meta\">";
    if (!m.publisher.empty())
        h += say("Published by ") + esc(m.publisher) + (m.publisher.back() == '.' ? " " : ". ");
    h += say("Approved by %1 on %2.").arg(esc(approval.name), esc(approval.time.substr(0, 10)));
    if (!m.licence.empty())
        h += say(" Licence: %1.").arg(esc(m.licence));
    h += "</p>";
    if (!m.description.empty())
        h += "<p>" + esc(m.description) + "</p>";

    // the story in one paragraph
    std::size_t cells = 0, hidden = 0;
    bool anyNoise = false;
    for (const auto &r : tables) {
        cells += r.summary.cells;
        hidden += r.summary.hiddenCells;
        anyNoise = anyNoise || r.protection.kind != ProtectionSettings::Kind::Rules;
    }
    h += say("<h2>In short</h2><p>");
    const bool people = std::any_of(tables.begin(), tables.end(), [](const Release &r) { return r.hasSubjects; });
    h += say("This release holds %1 with %2 cells, aggregated from %3 so that no one can be "
                 "singled out. ")
             .arg(tables.size() == 1 ? say("one table") : say("%1 tables").arg(tables.size()))
             .arg(count(cells))
             .arg(people ? say("records of the people in the data") : say("the records in the data"));
    if (hidden > 0)
        h += hidden == 1 ? say("One cell is hidden. ") : say("%1 cells are hidden. ").arg(count(hidden));
    if (anyNoise)
        h += say("Numbers carry a small amount of deliberate random noise, which protects every "
             "individual and is described below with its size. ");
    h += say("No individual record appears in any of the files");
    h += m.licence.empty() ? QString(".") : say(", and anyone may use them under the licence ") + esc(m.licence) + ".";
    h += "</p>";
    h += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
         "<th align=\"left\" width=\"31%\" style=\"white-space:nowrap; border-bottom:1px solid #999999\">" + say("Table") + "</th>"
         "<th align=\"right\" width=\"11%\" style=\"white-space:nowrap; border-bottom:1px solid #999999\">" + say("Cells") + "</th>"
         "<th align=\"left\" width=\"35%\" style=\"border-bottom:1px solid #999999\">" + say("How people were protected") + "</th>"
         "<th align=\"left\" width=\"22%\" style=\"white-space:nowrap; border-bottom:1px solid #999999\">" + say("Checked") + "</th></tr>";
    for (const auto &r : tables)
        h += "<tr><td>" + esc(r.tableName) + "</td><td align=\"right\">" + count(r.summary.cells) +
             "</td><td>" + protectionInShort(r) + "</td><td>" + checkInShort(r) + "</td></tr>";
    h += "</table>";
    if (!approval.note.empty())
        h += say("<p><i>Note of the approver:</i> ") + esc(approval.note) + "</p>";

    const std::vector<std::string> csvNames = csvFileNames(tables);
    for (std::size_t t = 0; t < tables.size(); ++t)
        h += tableSection(tables[t], csvNames[t]);

    if (approval.rhoSpent > 0 || approval.rhoTotal > 0) {
        h += say("<h2 style=\"page-break-before: always\">Privacy budget</h2><p>Each release with noise spends part of a budget that "
             "limits what all releases together can reveal. The budget belongs to the data "
             "source, ") +
             (approval.dataset.rfind("sha256:", 0) == 0
                  ? say("which has no declared name and is known by its file's checksum "
                            "(kept by the publisher, not published)")
                  : esc(approval.dataset)) +
             say(": every release of every project on the same "
             "data draws from it. It is kept in zero-concentrated differential privacy (rho); "
             "noise at epsilon spends rho = epsilon&sup2; / 2.</p><table width=\"100%\" "
             "cellspacing=\"0\" cellpadding=\"3\">");
        if (approval.rhoBudget > 0)
            h += bar(say("Rho spent (this release %1)").arg(approval.rhoSpent),
                     approval.rhoTotal / approval.rhoBudget, kRisk,
                     say("%1 of %2").arg(approval.rhoTotal).arg(approval.rhoBudget));
        h += "</table>";
        if (!approval.budgetChanges.empty()) {
            h += say("<p>The budget:</p><ul>");
            for (const auto &c : approval.budgetChanges)
                h += "<li>" + budgetChangeInWords(c) + "</li>";
            h += "</ul>";
        }
        h += say("<p>Together the releases so far are (epsilon, delta)-differentially private "
                     "with epsilon = %1 at delta = %2")
                 .arg(QString::number(epsilonOfRho(approval.rhoTotal, kStatedDelta), 'f', 3))
                 .arg(QString::number(kStatedDelta + approval.deltaTotal, 'g', 10));
        if (approval.deltaTotal > 0)
            h += say(" (%1 of it the chance, in all selections of categories, that a category "
                         "held by one person alone was shown)")
                     .arg(approval.deltaTotal);
        h += ".</p>";
    }

    h += parametersAppendix(tables);

    // The input's checksum stays with the publisher: anyone who knew every other record
    // could try the file with and without one person against it.
    h += say("<h2>Provenance</h2><p class=\"meta\">Configuration SHA-256 %1<br>Input data: its "
             "checksum is kept in the approving project, not published (with it, whoever knew "
             "every other record could test whether one person's records were in the data)<br>"
             "Approved %2</p>")
             .arg(esc(approval.configurationSha256), esc(approval.time));
    h += "</body></html>\n";
    return h.toUtf8();
}

} // namespace dijkgraaf
