#include "attacker.h"

#include <coin/Cbc_C_Interface.h>

#include <cmath>
#include <limits>
#include <set>

namespace redteam {

PublishedTable readPublishedCsv(const QString &name, const QByteArray &bytes)
{
    // fields of each line, quotes undone
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r') {
        } else if (c == '\n') {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    PublishedTable t;
    t.file = name;
    const QStringList header = rows.front();
    const auto records = header.indexOf("records");
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i < records)
            t.dimensions << header[i];
        else if (header[i] != "status" && !header[i].endsWith("_error95"))
            t.figures << header[i];
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        PublishedCell cell;
        for (qsizetype i = 0; i < records; ++i)
            cell.labels << rows[r][i];
        for (qsizetype i = 0; i < t.figures.size(); ++i) {
            const QString v = rows[r][records + i];
            cell.figures.push_back(v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble()));
        }
        cell.status = rows[r].back();
        t.cells.push_back(cell);
    }
    return t;
}

namespace {

struct Term
{
    int var;
    double coef;
};
struct Constraint
{
    std::vector<Term> terms;
    char sense; // 'E', 'L', 'G'
    double rhs;
};

class Program
{
public:
    explicit Program(const std::vector<PublishedTable> &t) : m_t(t)
    {
        for (std::size_t ti = 0; ti < t.size(); ++ti)
            for (std::size_t c = 0; c < t[ti].cells.size(); ++c)
                if (t[ti].isHidden(c))
                    for (int f = 0; f < t[ti].figures.size(); ++f) {
                        m_var[{ti, c, f}] = static_cast<int>(m_cols.size());
                        const bool count = t[ti].figures[f] == "records" || t[ti].figures[f] == "subjects";
                        m_cols.push_back({ti, c, f, count, count ? 1.0 : -std::numeric_limits<double>::infinity()});
                    }
    }
    // adds coef * figure f of cell c of table ti to a constraint: an unknown, or a published
    // number moved to the right-hand side
    void add(Constraint &k, std::size_t ti, std::size_t c, int f, double coef) const
    {
        if (auto it = m_var.find({ti, c, f}); it != m_var.end()) {
            k.terms.push_back({it->second, coef});
            return;
        }
        k.rhs -= coef * *m_t[ti].cells[c].figures[static_cast<std::size_t>(f)];
    }
    void push(Constraint &&k)
    {
        if (!k.terms.empty())
            m_rows.push_back(std::move(k));
    }
    int columns() const { return static_cast<int>(m_cols.size()); }
    std::optional<int> var(std::size_t ti, std::size_t c, int f) const
    {
        auto it = m_var.find({ti, c, f});
        return it == m_var.end() ? std::nullopt : std::optional<int>(it->second);
    }

    // min (sense 1) or max (sense -1) of one unknown over whole counts
    double optimise(int var, double sense) const
    {
        Cbc_Model *m = Cbc_newModel();
        Cbc_setLogLevel(m, 0);
        for (const auto &col : m_cols)
            Cbc_addCol(m, "", col.floor, std::numeric_limits<double>::infinity(), 0, col.count && m_whole ? 1 : 0, 0,
                       nullptr, nullptr);
        for (const Constraint &k : m_rows) {
            std::vector<int> idx;
            std::vector<double> val;
            for (const Term &t : k.terms)
                idx.push_back(t.var), val.push_back(t.coef);
            Cbc_addRow(m, "", static_cast<int>(idx.size()), idx.data(), val.data(), k.sense, k.rhs);
        }
        Cbc_setObjCoeff(m, var, 1);
        Cbc_setObjSense(m, sense);
        Cbc_setMaximumSeconds(m, 60);
        Cbc_solve(m);
        double out;
        if (Cbc_isProvenOptimal(m))
            out = Cbc_getObjValue(m);
        else if (Cbc_isContinuousUnbounded(m))
            out = sense > 0 ? -std::numeric_limits<double>::infinity()
                            : std::numeric_limits<double>::infinity();
        else
            qFatal("the attacker's program could not be solved (status %d)", Cbc_status(m));
        Cbc_deleteModel(m);
        return out;
    }

    struct Col
    {
        std::size_t table, cell;
        int figure;
        bool count;
        double floor; // a listed cell holds a record (and a subject); a sum has no floor
    };
    std::vector<Col> m_cols;
    bool m_whole = true; // counts are whole numbers

private:
    const std::vector<PublishedTable> &m_t;
    std::map<std::tuple<std::size_t, std::size_t, int>, int> m_var;
    std::vector<Constraint> m_rows;
};

bool isSum(const QString &f)
{
    return f.startsWith("sum_of_") || f.startsWith("mean_of_");
}

} // namespace

std::vector<HiddenFigure> attack(const std::vector<PublishedTable> &tables, const Knowledge &k)
{
    // a published mean times its records is a sum: every sum figure is worked with as a sum
    std::vector<PublishedTable> t = tables;
    for (auto &table : t) {
        const int rec = table.figure("records");
        for (int f = 0; f < table.figures.size(); ++f)
            if (table.figures[f].startsWith("mean_of_"))
                for (auto &cell : table.cells)
                    if (cell.figures[static_cast<std::size_t>(f)])
                        *cell.figures[static_cast<std::size_t>(f)] *= *cell.figures[static_cast<std::size_t>(rec)];
    }
    Program p(t);
    p.m_whole = !k.fractions;
    if (k.mayBeEmpty)
        for (auto &col : p.m_cols)
            if (col.count && k.mayBeEmpty(col.table, t[col.table].cells[col.cell].labels))
                col.floor = 0;
    auto additive = [](const QString &f) { return f == "records" || isSum(f); };
    // the totals of each table
    for (std::size_t ti = 0; ti < t.size(); ++ti) {
        const PublishedTable &table = t[ti];
        std::map<QStringList, std::size_t> byLabels;
        for (std::size_t c = 0; c < table.cells.size(); ++c)
            byLabels[table.cells[c].labels] = c;
        for (std::size_t c = 0; c < table.cells.size(); ++c)
            for (qsizetype d = 0; d < table.dimensions.size(); ++d) {
                if (table.cells[c].labels[d] != "Total")
                    continue;
                std::vector<std::size_t> parts;
                for (std::size_t o = 0; o < table.cells.size(); ++o) {
                    bool match = table.cells[o].labels[d] != "Total";
                    for (qsizetype e = 0; e < table.dimensions.size() && match; ++e)
                        match = e == d || table.cells[o].labels[e] == table.cells[c].labels[e];
                    if (match)
                        parts.push_back(o);
                }
                for (int f = 0; f < table.figures.size(); ++f) {
                    const bool subjectsAdd =
                        table.figures[f] == "subjects" && k.subjectPartitioning.contains(table.dimensions[d]);
                    if (additive(table.figures[f]) || subjectsAdd) {
                        Constraint row{{}, 'E', 0};
                        p.add(row, ti, c, f, 1);
                        for (const std::size_t o : parts)
                            p.add(row, ti, o, f, -1);
                        p.push(std::move(row));
                    } else if (table.figures[f] == "subjects") {
                        Constraint row{{}, 'L', 0};
                        p.add(row, ti, c, f, 1);
                        for (const std::size_t o : parts)
                            p.add(row, ti, o, f, -1);
                        p.push(std::move(row));
                        for (const std::size_t o : parts) {
                            Constraint each{{}, 'G', 0};
                            p.add(each, ti, c, f, 1);
                            p.add(each, ti, o, f, -1);
                            p.push(std::move(each));
                        }
                    }
                }
            }
        // within a hidden cell: subjects at most records, each sum within its bounds
        const int rec = table.figure("records");
        for (std::size_t c = 0; c < table.cells.size(); ++c) {
            if (!table.isHidden(c))
                continue;
            for (int f = 0; f < table.figures.size(); ++f) {
                if (table.figures[f] == "subjects") {
                    Constraint row{{}, 'L', 0};
                    p.add(row, ti, c, f, 1);
                    p.add(row, ti, c, rec, -1);
                    p.push(std::move(row));
                } else if (isSum(table.figures[f])) {
                    const auto [lo, hi] = k.bounds.at(table.figures[f]);
                    Constraint up{{}, 'L', 0}, down{{}, 'G', 0};
                    p.add(up, ti, c, f, 1);
                    p.add(up, ti, c, rec, -std::max(0.0, hi));
                    p.add(down, ti, c, f, 1);
                    p.add(down, ti, c, rec, -std::min(0.0, lo));
                    p.push(std::move(up));
                    p.push(std::move(down));
                }
            }
        }
    }
    // between tables: the inner cells of a finer table add up to each inner cell of a coarser
    // one whose every dimension is one of the finer's, at that dimension's coarser labels
    if (k.coarsen)
        for (std::size_t a = 0; a < t.size(); ++a)
            for (std::size_t b = 0; b < t.size(); ++b) {
                if (a == b || t[b].dimensions.size() > t[a].dimensions.size())
                    continue;
                // each dimension of b: the dimension of a of the same name
                std::vector<qsizetype> of;
                for (const QString &db : t[b].dimensions)
                    of.push_back(t[a].dimensions.indexOf(db));
                if (std::find(of.begin(), of.end(), -1) != of.end())
                    continue;
                std::vector<std::set<QString>> labelsOfB(t[b].dimensions.size());
                for (const auto &cell : t[b].cells)
                    for (qsizetype i = 0; i < cell.labels.size(); ++i)
                        labelsOfB[static_cast<std::size_t>(i)].insert(cell.labels[i]);
                // a's cells fall in b's where each label is b's own or coarsens to one of b's
                std::map<QStringList, std::vector<std::size_t>> parts;
                bool nested = true, coarser = false;
                for (std::size_t c = 0; c < t[a].cells.size() && nested; ++c) {
                    if (t[a].cells[c].labels.contains("Total"))
                        continue;
                    QStringList key;
                    for (qsizetype i = 0; i < t[b].dimensions.size(); ++i) {
                        const QString &l = t[a].cells[c].labels[of[static_cast<std::size_t>(i)]];
                        const auto &own = labelsOfB[static_cast<std::size_t>(i)];
                        if (own.count(l)) {
                            key << l;
                            continue;
                        }
                        const auto up = k.coarsen(t[b].dimensions[i], l, t[b].dimensions[i]);
                        if (!up || !own.count(*up)) {
                            nested = false;
                            break;
                        }
                        key << *up;
                        coarser = true;
                    }
                    parts[key].push_back(c);
                }
                if (!nested || (!coarser && t[a].dimensions.size() == t[b].dimensions.size()))
                    continue;
                for (std::size_t c = 0; c < t[b].cells.size(); ++c) {
                    if (t[b].cells[c].labels.contains("Total"))
                        continue;
                    for (int f = 0; f < t[b].figures.size(); ++f) {
                        const int fa = t[a].figure(t[b].figures[f]);
                        if (fa < 0 || !additive(t[b].figures[f]))
                            continue;
                        Constraint row{{}, 'E', 0};
                        p.add(row, b, c, f, 1);
                        for (const std::size_t o : parts[t[b].cells[c].labels])
                            p.add(row, a, o, fa, -1);
                        p.push(std::move(row));
                    }
                }
            }

    std::vector<HiddenFigure> out;
    for (int v = 0; v < p.columns(); ++v) {
        const auto &col = p.m_cols[static_cast<std::size_t>(v)];
        out.push_back({col.table, col.cell, col.figure, {p.optimise(v, 1), p.optimise(v, -1)}});
    }
    return out;
}

} // namespace redteam
