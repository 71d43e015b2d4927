// Secondary suppression and the audit at scale: generated customers by municipality x contract
// x birth year (with totals), in sizes that leave about 1,000, 5,000 and 20,000 cells hidden,
// and the phone events' daily table (area x day x home country, distinct phones). For each:
// the cells hidden by the rules and to protect them, the audit's verdict, and the time of
// protectWithRules (primary and secondary suppression, every audit round, the final audit).
// --method heuristic|gauss|optimal|auto chooses secondary suppression (auto: as the product
// does; the linked tables are run with each), --only and --skip pick cases by their name.
// With --programs DIR it also writes the attacker's program of the first audit round (the
// primary cells only) of each table as free MPS, for bench_lp.
#include "demo/customergenerator.h"
#include "demo/phoneeventgenerator.h"
#include "hierarchy/hierarchyspec.h"
#include "io/csvreader.h"
#include "publish/audit.h"

#include <QDir>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace dijkgraaf;
using Clock = std::chrono::steady_clock;

namespace {

struct Case
{
    std::string name;
    std::string file; // of its program
    std::string data;
    TableSpec spec;
    std::vector<HierarchySpec> hierarchies; // per dimension (Kind::ValueOrSuppressed: none)
    std::string subject;                    // subject column or empty
    std::vector<TableSpec> alsoLinked;      // further tables of the same release
};

AuditOptions::Suppression g_method = AuditOptions::Suppression::Auto;

const char *methodName(AuditOptions::Suppression m)
{
    switch (m) {
    case AuditOptions::Suppression::Heuristic: return "heuristic";
    case AuditOptions::Suppression::Optimal: return "optimal";
    case AuditOptions::Suppression::Gauss: return "gauss";
    case AuditOptions::Suppression::Auto: break;
    }
    return "auto";
}

// The tables of a case, protected together by each method of secondary suppression: cells
// hidden and time, so that the loss of the heuristic can be set against the optimal model's.
int compareMethods(const Case &c, const std::vector<const AggregateTable *> &tables,
                   const std::string &programs)
{
    const std::vector<TableRules> rules(tables.size());
    if (!programs.empty()) {
        std::vector<AuditTable> a;
        for (const AggregateTable *t : tables) {
            AuditTable x{t, {}, {}};
            for (const auto &cell : t->cells)
                x.state.push_back(cell.contributors < 5 ? CellState::Primary : CellState::Published);
            a.push_back(std::move(x));
        }
        OptimalSuppressionLimits l;
        l.programFile = programs + "/" + c.file + "-suppression.mps";
        optimalSuppression(a, linkTables(tables), l);
    }
    for (const auto method : {AuditOptions::Suppression::Heuristic, AuditOptions::Suppression::Gauss,
                              AuditOptions::Suppression::Optimal}) {
        AuditOptions o;
        o.suppression = method;
        const auto t0 = Clock::now();
        const std::vector<Release> out = protectWithRules(tables, rules, o);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        std::size_t cells = 0, primary = 0, secondary = 0, records = 0;
        bool passed = true;
        for (std::size_t t = 0; t < out.size(); ++t) {
            cells += out[t].summary.cells;
            primary += out[t].summary.primarySuppressed;
            secondary += out[t].summary.secondarySuppressed;
            passed = passed && out[t].audit.passed;
            for (std::size_t i = 0; i < out[t].cells.size(); ++i)
                if (out[t].cells[i].state == CellState::Secondary)
                    records += tables[t]->cells[i].records;
        }
        std::printf("%-34s %-9s %6zu cells %5zu primary %5zu secondary (%6zu records)  audit %-6s  %8.0f ms\n",
                    c.name.c_str(), methodName(method),
                    cells, primary, secondary, records, passed ? "passed" : "FAILED", ms);
    }
    return 0;
}

int run(const Case &c, const std::string &programs, double limit)
{
    auto data = readCsv(c.data);
    if (!data) {
        std::fprintf(stderr, "%s: %s\n", c.data.c_str(), data.error().text().c_str());
        return 1;
    }
    std::vector<std::unique_ptr<Hierarchy>> owned;
    std::vector<const Hierarchy *> hs;
    for (std::size_t d = 0; d < c.spec.dimensions.size(); ++d) {
        if (c.hierarchies[d].kind == HierarchySpec::Kind::ValueOrSuppressed) {
            hs.push_back(nullptr);
            continue;
        }
        auto h = buildHierarchy(data->columns[*data->columnIndex(c.spec.dimensions[d].column)],
                                c.hierarchies[d]);
        if (!h) {
            std::fprintf(stderr, "%s\n", h.error().text().c_str());
            return 1;
        }
        owned.push_back(std::make_unique<Hierarchy>(std::move(*h)));
        hs.push_back(owned.back().get());
    }
    std::optional<std::size_t> subject;
    if (!c.subject.empty())
        subject = data->columnIndex(c.subject);
    const auto t0 = Clock::now();
    auto table = buildAggregate(*data, c.spec, hs, subject);
    if (!table) {
        std::fprintf(stderr, "%s\n", table.error().text().c_str());
        return 1;
    }
    const double aggregateMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!c.alsoLinked.empty()) {
        std::vector<AggregateTable> more;
        for (const TableSpec &spec : c.alsoLinked) {
            auto t = buildAggregate(*data, spec, hs, subject);
            if (!t) {
                std::fprintf(stderr, "%s\n", t.error().text().c_str());
                return 1;
            }
            more.push_back(std::move(*t));
        }
        std::vector<const AggregateTable *> all{&*table};
        for (const AggregateTable &t : more)
            all.push_back(&t);
        return compareMethods(c, all, programs);
    }
    TableRules rules; // threshold 5, the default range
    if (!programs.empty()) {
        // the first round's program: the primary cells hidden, as the rules leave them
        AuditTable a{&*table, {}, rules};
        for (std::size_t i = 0; i < table->cells.size(); ++i)
            a.state.push_back(table->cells[i].contributors < rules.threshold ? CellState::Primary
                                                                             : CellState::Published);
        AuditOptions o;
        o.programFile = programs + "/" + c.file + ".mps";
        o.timeLimitSeconds = 0.001; // the program only
        auditTables({a}, o);
    }
    AuditOptions options;
    options.timeLimitSeconds = limit;
    options.suppression = g_method;
    const auto t1 = Clock::now();
    const std::vector<Release> out = protectWithRules({&*table}, {rules}, options);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t1).count();
    const Release &r = out.front();
    std::uint64_t records = 0; // in the secondary cells: the loss of the method
    for (std::size_t i = 0; i < r.cells.size(); ++i)
        if (r.cells[i].state == CellState::Secondary)
            records += table->cells[i].records;
    std::printf("%-34s %-9s %8zu cells %7zu primary %6zu secondary (%7llu records)  audit %-6s relaxation-only %6zu  "
                "programs %5zu  aggregate %7.0f ms  protect %9.0f ms\n",
                c.name.c_str(), methodName(g_method), r.summary.cells, r.summary.primarySuppressed,
                r.summary.secondarySuppressed, static_cast<unsigned long long>(records),
                r.audit.passed ? "passed" : "FAILED",
                r.audit.relaxationOnly, r.audit.linearPrograms, aggregateMs, ms);
    if (!r.audit.solverMessage.empty())
        std::printf("  %s\n", r.audit.solverMessage.c_str());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string programs, only, skip, linked;
    std::vector<std::uint64_t> sizes{2500, 10000, 50000};
    double limit = 600;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--programs"))
            programs = argv[i + 1];
        else if (!std::strcmp(argv[i], "--linked"))
            linked = argv[i + 1];
        else if (!std::strcmp(argv[i], "--only"))
            only = argv[i + 1];
        else if (!std::strcmp(argv[i], "--skip"))
            skip = argv[i + 1];
        else if (!std::strcmp(argv[i], "--method")) {
            for (const auto m : {AuditOptions::Suppression::Auto, AuditOptions::Suppression::Heuristic,
                                 AuditOptions::Suppression::Gauss, AuditOptions::Suppression::Optimal})
                if (!std::strcmp(argv[i + 1], methodName(m)))
                    g_method = m;
        } else if (!std::strcmp(argv[i], "--limit"))
            limit = std::stod(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--sizes")) {
            sizes.clear();
            for (const auto &s : QString(argv[i + 1]).split(','))
                sizes.push_back(s.toULongLong());
        }
    }
    QTemporaryDir dir;
    std::vector<Case> cases;
    for (const std::uint64_t n : sizes) {
        const std::string path = QDir(dir.path()).filePath(QString("customers-%1.csv").arg(n)).toStdString();
        if (!generateCustomers(path, n, 7)) {
            std::fprintf(stderr, "could not generate %s\n", path.c_str());
            return 1;
        }
        Case c;
        c.name = "customers-" + std::to_string(n) + " municipality x contract x year";
        c.file = "customers-" + std::to_string(n);
        c.data = path;
        c.spec.name = "year";
        c.spec.dimensions = {{"municipality"}, {"contract_type"}, {"date_of_birth", 2}};
        c.spec.margins = true;
        c.hierarchies = {{}, {}, {HierarchySpec::Kind::Date}};
        cases.push_back(c);
        if (n >= 50000) {
            // and by gender too: some 20,000 hidden cells
            c.name = "customers-" + std::to_string(n) + " municipality x contract x year x gender";
            c.file = "customers-" + std::to_string(n) + "-gender";
            c.spec.dimensions.push_back({"gender"});
            c.hierarchies.push_back({});
            cases.push_back(c);
        }
    }
    {
        const std::string path = QDir(dir.path()).filePath("events.csv").toStdString();
        if (!generatePhoneEvents(path, 5000, 7, 7)) {
            std::fprintf(stderr, "could not generate %s\n", path.c_str());
            return 1;
        }
        Case c;
        c.name = "phone-events area x day x country";
        c.file = "phone-events";
        c.data = path;
        c.spec.name = "daily";
        c.spec.dimensions = {{"cell_area"}, {"timestamp", 0, TimeBucket::Day}, {"home_country"}};
        c.spec.margins = true;
        c.hierarchies = {{}, {}, {}};
        c.subject = "subject_id";
        cases.push_back(c);
    }
    if (!linked.empty()) {
        // the red team's linked tables: region x year and region x decade of the same people
        Case c;
        c.name = "linked region x year, x decade";
        c.file = "linked";
        c.data = linked;
        c.spec.name = "years";
        c.spec.dimensions = {{"region"}, {"year", 0}};
        c.spec.measures = {{MeasureSpec::Kind::Sum, "amount", 0, 60}};
        c.spec.margins = true;
        TableSpec decades = c.spec;
        decades.name = "decades";
        decades.dimensions[1].level = 1;
        c.alsoLinked = {decades};
        c.hierarchies = {{}, {HierarchySpec::Kind::Interval, {10}}};
        cases.insert(cases.begin(), c);
    }
    for (const Case &c : cases) {
        if ((!only.empty() && c.name.find(only) == std::string::npos) ||
            (!skip.empty() && c.name.find(skip) != std::string::npos))
            continue;
        if (const int rc = run(c, programs, limit))
            return rc;
    }
    return 0;
}
