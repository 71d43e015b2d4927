#pragma once
// An attacker of published tables, written apart from the product and solving with another
// solver (COIN-OR CBC, where the product uses GLPK). It reads only the files of a release: the
// CSV of each table (labels, "Total" in margins, figures, status). What it knows beyond them
// is what docs/measures.md (section 8) grants every attacker: the structure of the tables
// (a listed cell is not empty, totals add up, how the tables of one release nest into each
// other), that counts are whole numbers, the bounds of every sum, and which dimensions give
// each person one label. For every figure of every hidden cell it works out the interval of
// values it cannot rule out, by branch and bound.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace redteam {

struct PublishedCell
{
    QStringList labels;                     // "Total" where the cell is a margin
    std::vector<std::optional<double>> figures; // per figure column; none where hidden
    QString status;
};

struct PublishedTable
{
    QString file;
    QStringList dimensions;
    QStringList figures; // records, subjects, sum_of_x, mean_of_x ...
    std::vector<PublishedCell> cells;
    bool isHidden(std::size_t c) const { return cells[c].status == "hidden"; }
    int figure(const QString &name) const { return static_cast<int>(figures.indexOf(name)); }
};

// Reads one CSV of a release (RFC 4180, CRLF). The columns before "records" are dimensions.
PublishedTable readPublishedCsv(const QString &name, const QByteArray &bytes);

// What the attacker knows about the tables beyond their files.
struct Knowledge
{
    // per measure column name ("sum_of_spend", "mean_of_spend"): the bounds of one value
    std::map<QString, std::pair<double, double>> bounds;
    // dimensions along which every person has one label (subjects add up along them)
    QStringList subjectPartitioning;
    // how a label of one table's dimension falls in a label of another's (a year in its
    // decade): for (dimension of the finer table, dimension of the coarser table)
    std::function<std::optional<QString>(const QString &dimension, const QString &label,
                                         const QString &coarserDimension)>
        coarsen;
    // cells (table, labels) that may be empty although listed: the project lists again every
    // cell an earlier release listed (null: every listed cell holds a record)
    std::function<bool(std::size_t table, const QStringList &labels)> mayBeEmpty;
    // an attacker who reasons with fractions of records (the linear relaxation): weaker, for
    // showing where whole numbers tell more
    bool fractions = false;
};

struct Interval
{
    double lower = 0, upper = 0; // upper may be infinite
};

// The interval of every figure of every hidden cell (table, cell, figure), over all tables.
struct HiddenFigure
{
    std::size_t table, cell;
    int figure;
    Interval interval;
};
std::vector<HiddenFigure> attack(const std::vector<PublishedTable> &tables, const Knowledge &k);

} // namespace redteam
