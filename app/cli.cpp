#include "cli.h"
#include "cliutil.h"
#include "releasecli.h"

#include "analysis/basetable.h"
#include "analysis/evaluationjson.h"
#include "analysis/evaluator.h"
#include "analysis/uniqueness.h"
#include "demo/customergenerator.h"
#include "demo/phoneeventgenerator.h"
#include "hierarchy/arxformat.h"
#include "hierarchy/hierarchybuilders.h"
#include "hierarchy/hierarchyspec.h"
#include "io/csvreader.h"
#include "io/postgres.h"
#include "io/rolesuggestions.h"
#include "search/search.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <sstream>

namespace dijkgraaf {

using namespace cli;

namespace {

// ---------------------------------------------------------------- inspect

int runInspect(const Arguments &a)
{
    const Format format = parseFormat(a);
    auto data = importData(a, a.positional[0]);
    if (!data)
        return fail(data.error());
    const auto roles = suggestRoles(*data);
    if (format == Format::Json) {
        QJsonObject o;
        o["file"] = QString::fromStdString(data->sourcePath);
        o["records"] = static_cast<qint64>(data->rowCount);
        o["encoding"] = QString::fromStdString(data->encoding);
        if (!isPostgresUrl(data->sourcePath))
            o["delimiter"] = QString(QChar(data->delimiter));
        o["rejected_lines"] = static_cast<qint64>(data->rejectedLineCount);
        QJsonArray cols;
        for (std::size_t i = 0; i < data->columns.size(); ++i) {
            const Column &c = data->columns[i];
            QJsonObject col;
            col["name"] = QString::fromStdString(c.name);
            col["type"] = QString::fromUtf8(valueTypeName(c.type).data(),
                                            static_cast<qsizetype>(valueTypeName(c.type).size()));
            col["distinct"] = static_cast<qint64>(c.distinctCount());
            col["missing"] = static_cast<qint64>(c.missingCount());
            const auto role = roleName(roles[i].role);
            col["suggested_role"] =
                QString::fromUtf8(role.data(), static_cast<qsizetype>(role.size()));
            col["reason"] = QString::fromStdString(roles[i].reason);
            cols.append(col);
        }
        o["columns"] = cols;
        printJson(o);
        return kOk;
    }
    if (isPostgresUrl(data->sourcePath))
        std::printf("%s: %s records, %zu columns, in PostgreSQL\n", data->sourcePath.c_str(),
                    grouped(data->rowCount).c_str(), data->columns.size());
    else
        std::printf("%s: %s records, %zu columns, %s, delimiter '%s'\n",
                    data->sourcePath.c_str(), grouped(data->rowCount).c_str(),
                    data->columns.size(), data->encoding.c_str(),
                    data->delimiter == '\t' ? "tab" : std::string(1, data->delimiter).c_str());
    if (data->rejectedLineCount)
        std::printf("%s line(s) skipped\n", grouped(data->rejectedLineCount).c_str());
    std::printf("\n%-24s %-9s %10s %9s  %-18s %s\n", "column", "type", "distinct", "missing",
                "suggested role", "reason");
    for (std::size_t i = 0; i < data->columns.size(); ++i) {
        const Column &c = data->columns[i];
        std::printf("%-24s %-9s %10s %9s  %-18s %s\n", c.name.c_str(),
                    std::string(valueTypeName(c.type)).c_str(), grouped(c.distinctCount()).c_str(),
                    grouped(c.missingCount()).c_str(), std::string(roleName(roles[i].role)).c_str(),
                    roles[i].reason.c_str());
    }
    return kOk;
}

// ---------------------------------------------------------------- assess

void printRiskRow(const char *label, const std::string &input, const std::string &after)
{
    std::printf("  %-28s %14s %14s\n", label, input.c_str(), after.c_str());
}

// What assess and search share: the data, the quasi-identifiers with their hierarchies (and,
// for assess, levels), the weight, and the privacy model, from the command line.
struct Problem
{
    std::string path;
    std::vector<std::string> qiNames;
    std::vector<int> levels;
    PrivacySettings settings;
    std::optional<BaseTable> table;
};

Result<Problem> loadProblem(const Arguments &a, bool withLevels)
{
    if (!a.has("qi"))
        throw UsageError{"--qi is required: the quasi-identifiers, e.g. --qi age,sex,zip"};
    Problem p;
    p.qiNames = splitList(a.value("qi"));
    const auto &qiNames = p.qiNames;
    if (qiNames.empty())
        throw UsageError{"--qi names no attribute"};
    if (std::set<std::string>(qiNames.begin(), qiNames.end()).size() != qiNames.size())
        throw UsageError{"--qi names an attribute twice"};
    PrivacySettings &settings = p.settings;
    settings.k = parseCountOption("k", a.value("k", "1"), 1);
    settings.suppressionLimit =
        parseNumberOption("suppression-limit", a.value("suppression-limit", "0"), 0, 1);
    settings.riskThreshold =
        parseNumberOption("risk-threshold", a.value("risk-threshold", "0.2"), 0, 1);

    std::map<std::string, std::string> hierarchyFiles, buildSpecs;
    std::map<std::string, int> levelOf;
    for (const auto &s : a.all("hierarchy"))
        hierarchyFiles.insert(splitAssignment("hierarchy", s));
    for (const auto &s : a.all("build"))
        buildSpecs.insert(splitAssignment("build", s));
    if (withLevels)
        for (const auto &list : a.all("levels"))
            for (const auto &s : splitList(list)) {
                auto [name, level] = splitAssignment("levels", s);
                levelOf[name] = static_cast<int>(parseCountOption("levels", level, 0));
            }
    for (const auto *m : {&hierarchyFiles, &buildSpecs})
        for (const auto &[name, _] : *m)
            if (std::find(qiNames.begin(), qiNames.end(), name) == qiNames.end())
                throw UsageError{"'" + name + "' has a hierarchy but is not among --qi"};
    for (const auto &[name, _] : levelOf)
        if (std::find(qiNames.begin(), qiNames.end(), name) == qiNames.end())
            throw UsageError{"--levels names '" + name + "', which is not among --qi"};

    p.path = a.positional[0];
    const std::string &path = p.path;
    // only the quasi-identifiers (and the weight) are read, each record counted into its
    // combination as it is read (of PostgreSQL: counted in the database): no other column, no
    // direct identifier is ever in memory, and memory follows the combinations. With a weight,
    // the records of a file are kept; of PostgreSQL, the weights are summed per combination.
    auto data = [&]() -> Result<Dataset> {
        if (!isPostgresUrl(path) || !a.has("weight")) {
            ReadScope scope;
            scope.columns = qiNames;
            if (a.has("weight"))
                scope.columns.push_back(a.value("weight"));
            else
                scope.combinations = true;
            return importData(a, path, scope);
        }
        auto source = PostgresSource::parse(path);
        if (!source)
            return source.error();
        QueryInterrupt interrupt;
        return readPostgresCombinations(*source, qiNames, a.value("weight"), interrupt.flag());
    }();
    if (!data)
        return data.error();

    std::vector<QuasiIdentifier> qis;
    for (const auto &name : qiNames) {
        auto column = findColumn(*data, name);
        if (!column)
            return column.error();
        const Column &col = data->columns[*column];
        auto spec = hierarchySpecOption(a, path, name);
        Result<Hierarchy> h = !spec   ? Result<Hierarchy>(spec.error())
                              : *spec ? buildHierarchy(col, **spec)
                                      : buildValueOrSuppressedHierarchy(col);
        if (!h) {
            Error e = h.error();
            if (e.column.empty())
                e.column = name;
            return e;
        }
        qis.push_back({*column, std::move(*h)});
        p.levels.push_back(levelOf.count(name) ? levelOf[name] : 0);
    }
    std::optional<std::size_t> weight;
    if (a.has("weight")) {
        auto column = findColumn(*data, a.value("weight"));
        if (!column)
            return column.error();
        if (!data->columns[*column].isNumeric())
            return Error{"a sampling weight must be numeric; this column holds " +
                             std::string(valueTypeName(data->columns[*column].type)) + " values",
                         path, 0, a.value("weight")};
        weight = *column;
    }
    auto table = BaseTable::build(*data, std::move(qis), weight);
    if (!table) {
        Error e = table.error();
        if (e.file.empty())
            e.file = path;
        return e;
    }
    p.table = std::move(*table);
    return p;
}

int runAssess(const Arguments &a)
{
    const Format format = parseFormat(a);
    auto problem = loadProblem(a, true);
    if (!problem)
        return fail(problem.error());
    const std::string &path = problem->path;
    const auto &qiNames = problem->qiNames;
    const auto &levels = problem->levels;
    const PrivacySettings &settings = problem->settings;
    const BaseTable *table = &*problem->table;
    Evaluator evaluator(*table);
    if (auto valid = evaluator.validate(levels, settings); !valid)
        return fail(valid.error());
    const Evaluation ev = evaluator.evaluate(levels, settings);
    const RiskMeasures input = evaluator.inputRisk();

    if (format == Format::Json) {
        printJson(evaluationToJson(ev, qiNames, input));
        return kOk;
    }
    const double n = static_cast<double>(ev.records);
    std::printf("%s: %s records\n", path.c_str(), grouped(ev.records).c_str());
    std::printf("Quasi-identifiers:");
    for (std::size_t q = 0; q < qiNames.size(); ++q)
        std::printf("%s %s (level %d of %d)", q ? "," : "", qiNames[q].c_str(), levels[q],
                    table->hierarchy(q).height());
    std::printf(
        "\nPrivacy model: k = %s, suppression limit %s (%s records)\n\n",
        grouped(settings.k).c_str(), pct(settings.suppressionLimit).c_str(),
        grouped(static_cast<std::uint64_t>(std::floor(settings.suppressionLimit * n + 1e-9)))
            .c_str());
    if (ev.satisfied) {
        std::printf("Satisfied: %s %s in classes smaller than %s %s suppressed (%s).\n",
                    grouped(ev.suppressedRecords).c_str(),
                    ev.suppressedRecords == 1 ? "record" : "records", grouped(settings.k).c_str(),
                    ev.suppressedRecords == 1 ? "is" : "are",
                    pct(ev.utility.suppressionRate).c_str());
    } else {
        std::printf("Not satisfied: %s records (%s) are in classes smaller than %s, more than the "
                    "limit allows.\n",
                    grouped(ev.recordsBelowK).c_str(),
                    pct(static_cast<double>(ev.recordsBelowK) / n).c_str(),
                    grouped(settings.k).c_str());
    }
    const RiskMeasures &r = ev.risk;
    std::printf("\nRisk%37s %14s\n", "input", "transformed");
    printRiskRow("classes", grouped(input.classes), grouped(r.classes));
    printRiskRow("smallest class", grouped(input.minClassSize), grouped(r.minClassSize));
    printRiskRow("average class size", fixed(input.averageClassSize, 2),
                 fixed(r.averageClassSize, 2));
    printRiskRow("sample uniques", grouped(input.sampleUniques), grouped(r.sampleUniques));
    printRiskRow("highest prosecutor risk", fixed(input.prosecutorMax), fixed(r.prosecutorMax));
    printRiskRow("average prosecutor risk", fixed(input.prosecutorAvg), fixed(r.prosecutorAvg));
    printRiskRow("records at risk", pct(input.recordsAtRisk), pct(r.recordsAtRisk));
    printRiskRow("expected re-identifications", fixed(input.expectedReidentifications, 2),
                 fixed(r.expectedReidentifications, 2));
    printRiskRow("global risk", fixed(input.globalRisk), fixed(r.globalRisk));
    printRiskRow("highest individual risk", fixed(input.maxIndividualRisk),
                 fixed(r.maxIndividualRisk));
    const UtilityMeasures &u = ev.utility;
    std::printf("\nInformation loss (0 = none, 1 = all)\n");
    std::printf("  %-28s %14s\n", "loss", fixed(u.loss).c_str());
    for (std::size_t q = 0; q < qiNames.size(); ++q)
        std::printf("    %-26s %14s\n", qiNames[q].c_str(), fixed(ev.lossPerQi[q]).c_str());
    std::printf("  %-28s %14s\n", "precision loss", fixed(u.precisionLoss).c_str());
    std::printf("  %-28s %14s\n", "discernibility", fixed(u.discernibility).c_str());
    std::printf("  %-28s %14s\n", "non-uniform entropy", fixed(u.nuEntropy).c_str());
    std::printf("  %-28s %14s\n", "suppressed", pct(u.suppressionRate).c_str());
    std::printf("\nKept records by class size\n");
    static const char *bands[] = {"1", "2", "3-4", "5-9", "10-19", "20-49", "50+"};
    for (std::size_t b = 0; b < 7; ++b)
        std::printf("  %-28s %14s\n", bands[b], grouped(ev.keptRecordsByClassSize[b]).c_str());
    return kOk;
}

// ---------------------------------------------------------------- search

int runSearch(const Arguments &a)
{
    const Format format = parseFormat(a);
    SearchSettings s;
    const auto metric = utilityMetricFromName(a.value("metric", "loss"));
    if (!metric)
        throw UsageError{
            "--metric expects loss, precision_loss, discernibility or nu_entropy, got '" +
            a.value("metric") + "'"};
    s.metric = *metric;
    const auto risk = riskMetricFromName(a.value("risk", "prosecutor_max"));
    if (!risk)
        throw UsageError{"--risk expects prosecutor_max, records_at_risk or global_risk, got '" +
                         a.value("risk") + "'"};
    s.risk = *risk;
    s.timeLimitSeconds = parseNumberOption("time-limit", a.value("time-limit", "0"), 0, 86400);
    s.everyTransformation = !a.flags.count("no-front");
    auto problem = loadProblem(a, false);
    if (!problem)
        return fail(problem.error());
    s.privacy = problem->settings;
    const auto &names = problem->qiNames;
    if (a.has("weights")) {
        std::map<std::string, double> given;
        for (const auto &item : splitList(a.value("weights"))) {
            auto [name, value] = splitAssignment("weights", item);
            if (std::find(names.begin(), names.end(), name) == names.end())
                throw UsageError{"--weights names '" + name + "', which is not among --qi"};
            given[name] = parseNumberOption("weights", value, 0, 1e9);
        }
        for (const auto &name : names)
            s.weights.push_back(given.count(name) ? given[name] : 1.0);
    }
    auto result = findOptimum(*problem->table, s);
    if (!result)
        return fail(result.error());
    const SearchResult &r = *result;
    auto levelsJson = [&](const std::vector<int> &levels) {
        QJsonObject o;
        for (std::size_t q = 0; q < names.size(); ++q)
            o[QString::fromStdString(names[q])] = levels[q];
        return o;
    };
    if (format == Format::Json) {
        QJsonObject o;
        o["metric"] = QString::fromUtf8(metricName(s.metric).data(),
                                        static_cast<qsizetype>(metricName(s.metric).size()));
        o["risk"] = QString::fromUtf8(metricName(s.risk).data(),
                                      static_cast<qsizetype>(metricName(s.risk).size()));
        o["transformations"] = r.latticeSize;
        o["evaluated"] = static_cast<qint64>(r.evaluated);
        o["found"] = r.found;
        o["proven_optimal"] = r.provenOptimal;
        o["heuristic"] = r.heuristic;
        o["lower_bound"] = r.lowerBound;
        if (r.found) {
            Evaluator evaluator(*problem->table);
            QJsonObject optimum = evaluationToJson(r.optimum, names, evaluator.inputRisk());
            optimum["value"] = r.optimumValue;
            o["optimum"] = optimum;
        }
        QJsonArray front;
        for (std::size_t i : r.front) {
            const SearchPoint &p = r.points[i];
            QJsonObject f;
            f["levels"] = levelsJson(p.levels);
            f["risk"] = p.risk;
            f["utility"] = p.utility;
            f["satisfied"] = p.satisfied;
            front.append(f);
        }
        if (s.everyTransformation)
            o["pareto_front"] = front;
        printJson(o);
        return kOk;
    }
    std::printf("%s: %s transformations of %zu quasi-identifiers; %s evaluated in %.2f s\n",
                problem->path.c_str(),
                r.latticeSize < 1e15 ? grouped(static_cast<std::uint64_t>(r.latticeSize)).c_str()
                                     : "more than 10^15",
                names.size(), grouped(r.evaluated).c_str(), r.seconds);
    std::printf("Privacy model: k = %s, suppression limit %s; minimising %s\n\n",
                grouped(s.privacy.k).c_str(), pct(s.privacy.suppressionLimit).c_str(),
                std::string(metricName(s.metric)).c_str());
    if (!r.found) {
        std::printf("No transformation satisfies the model.\n");
        return kOk;
    }
    std::printf("%s: %s = %s",
                r.provenOptimal ? "Optimal (proven)"
                : r.heuristic   ? "Best found (heuristic)"
                                : "Best found",
                std::string(metricName(s.metric)).c_str(), fixed(r.optimumValue).c_str());
    if (!r.provenOptimal)
        std::printf(" (no transformation does better than %s)", fixed(r.lowerBound).c_str());
    std::printf("\n ");
    for (std::size_t q = 0; q < names.size(); ++q)
        std::printf(" %s %d/%d", names[q].c_str(), r.optimum.levels[q],
                    problem->table->hierarchy(q).height());
    const Evaluation &ev = r.optimum;
    std::printf("\n  %s records suppressed (%s), %s classes, smallest %s; loss %s, precision loss "
                "%s, discernibility %s, "
                "entropy %s\n",
                grouped(ev.suppressedRecords).c_str(), pct(ev.utility.suppressionRate).c_str(),
                grouped(ev.risk.classes).c_str(), grouped(ev.risk.minClassSize).c_str(),
                fixed(ev.utility.loss).c_str(), fixed(ev.utility.precisionLoss).c_str(),
                fixed(ev.utility.discernibility).c_str(), fixed(ev.utility.nuEntropy).c_str());
    if (!s.everyTransformation)
        return kOk;
    std::printf("\nPareto front (%s against %s), %zu transformations:\n",
                std::string(metricName(s.risk)).c_str(), std::string(metricName(s.metric)).c_str(),
                r.front.size());
    std::printf("  %10s %10s %-9s levels\n", "utility", "risk", "satisfied");
    for (std::size_t i : r.front) {
        const SearchPoint &p = r.points[i];
        std::string levels;
        for (std::size_t q = 0; q < names.size(); ++q)
            levels += (q ? ", " : "") + names[q] + " " + std::to_string(p.levels[q]);
        std::printf("  %10s %10s %-9s %s\n", fixed(p.utility).c_str(), fixed(p.risk).c_str(),
                    p.satisfied ? "yes" : "no", levels.c_str());
    }
    return kOk;
}

// ---------------------------------------------------------------- uniqueness

int runUniqueness(const Arguments &a)
{
    const Format format = parseFormat(a);
    if (!a.has("attributes"))
        throw UsageError{
            "--attributes is required, e.g. --attributes date_of_birth,gender,postcode"};
    const auto names = splitList(a.value("attributes"));
    if (names.empty())
        throw UsageError{"--attributes names no attribute"};
    auto data = importData(a, a.positional[0]);
    if (!data)
        return fail(data.error());
    std::vector<std::size_t> columns;
    for (const auto &n : names) {
        auto c = findColumn(*data, n);
        if (!c)
            return fail(c.error());
        columns.push_back(*c);
    }
    auto steps = uniquenessLadder(*data, columns);
    if (!steps)
        return fail(steps.error());
    if (format == Format::Json) {
        QJsonObject o;
        o["records"] = static_cast<qint64>(data->rowCount);
        o["ladder"] = uniquenessToJson(*steps);
        printJson(o);
        return kOk;
    }
    std::printf(
        "%s: %s records\n\nShare of records that are the only one with their combination:\n",
        data->sourcePath.c_str(), grouped(data->rowCount).c_str());
    std::string prefix;
    for (const auto &s : *steps) {
        prefix += (prefix.empty() ? "" : " + ") + s.attribute;
        const int bar = static_cast<int>(std::lround(s.uniqueShare * 40));
        std::printf("  %-50s %7s  %s\n", prefix.c_str(), pct(s.uniqueShare).c_str(),
                    std::string(static_cast<std::size_t>(bar), '#').c_str());
    }
    return kOk;
}

// ---------------------------------------------------------------- hierarchy

int runHierarchy(const Arguments &a)
{
    if (!a.has("attribute") || !a.has("build") || !a.has("out"))
        throw UsageError{"--attribute, --build and --out are required"};
    auto data = importData(a, a.positional[0]);
    if (!data)
        return fail(data.error());
    auto column = findColumn(*data, a.value("attribute"));
    if (!column)
        return fail(column.error());
    // a hierarchy file is a list of every value: of a direct identifier, a list of the people
    if (const RoleSuggestion role = suggestRoles(*data)[*column];
        role.role == AttributeRole::DirectIdentifier && !a.flags.count("identifier-values"))
        return fail(Error{"refused: '" + a.value("attribute") + "' identifies people directly (" +
                              role.reason + "), so its hierarchy file would list every one of "
                              "them; add --identifier-values if that list is wanted",
                          a.positional[0]});
    auto h = buildFromSpec(data->columns[*column], a.value("build"));
    if (!h)
        return fail(h.error());
    const std::string out = a.value("out");
    if (QFileInfo::exists(QString::fromStdString(out)) && !a.flags.count("force"))
        return fail(Error{"the file exists; add --force to replace it", out});
    if (auto w = writeArxHierarchy(*h, out); !w)
        return fail(w.error());
    std::fprintf(stderr, "dijkgraaf: wrote %s: %zu values, levels 0..%d\n", out.c_str(),
                 h->domainSize(), h->height());
    return kOk;
}

// ---------------------------------------------------------------- generate

int runGenerate(const Arguments &a)
{
    const std::string kind = a.positional[0];
    if (kind != "customers" && kind != "phone-events")
        throw UsageError{"generate knows two datasets: customers and phone-events"};
    const std::uint64_t seed = parseCountOption("seed", a.value("seed", "1"), 0);
    const std::string out = a.positional[1];
    if (QFileInfo::exists(QString::fromStdString(out)) && !a.flags.count("force"))
        return fail(Error{"the file exists; add --force to replace it", out});
    if (kind == "phone-events") {
        const std::uint64_t phones = parseCountOption("phones", a.value("phones", "5000"), 1);
        const std::uint64_t days = parseCountOption("days", a.value("days", "7"), 1);
        if (days > 366)
            throw UsageError{"--days expects at most 366"};
        auto r = generatePhoneEvents(out, phones, static_cast<int>(days), seed);
        if (!r)
            return fail(r.error());
        return kOk;
    }
    const std::uint64_t rows = parseCountOption("rows", a.value("rows", "100000"), 1);
    auto r = generateCustomers(out, rows, seed);
    if (!r)
        return fail(r.error());
    return kOk;
}

// ---------------------------------------------------------------- the commands

const std::vector<Command> &commands()
{
    static const std::string importHelp =
        "  --delimiter C          , ; | or tab (default: detected)\n"
        "  --encoding E           auto, utf-8 or windows-1252 (default auto)\n"
        "  --skip-bad-lines       leave out lines whose field count differs from the header's\n";
    // what DATA may be, for the commands that read every record
    static const std::string dataHelp =
        "DATA is a CSV file, or a table, view or query in PostgreSQL, its rows read as a\n"
        "file's: postgresql://user@host:port/db?table=T (also schema=S, or query=SELECT...);\n"
        "the password from PGPASSWORD or ~/.pgpass, never part of the address.\n\n";
    // the options of assess and search that say what the quasi-identifiers are
    static const std::string qiHelp =
        "DATA is a CSV file (of which only the quasi-identifiers are kept), or a table, view\n"
        "or query in PostgreSQL, counted there:\n"
        "postgresql://user@host:port/db?table=T (also schema=S, or query=SELECT...); the\n"
        "password from PGPASSWORD or ~/.pgpass.\n\n"
        "  --qi a,b,c             the quasi-identifiers (required)\n"
        "  --hierarchies DIR      read DIR/<data base name>_hierarchy_<attribute>.csv (ARX "
        "format)\n"
        "  --hierarchy a=FILE     the hierarchy of one attribute, in ARX format\n"
        "  --build a=SPEC         build a hierarchy: interval:5,10,20 | date | mask[:4,3,2,1] | "
        "auto | value\n";
    static const std::vector<Command> list = {
        {"inspect",
         "columns, types, distinct and missing counts, suggested roles",
         "dijkgraaf inspect DATA [--format json|text]",
         "Reads DATA and lists each column with its inferred type, distinct and missing\n"
         "counts, and the role Dijkgraaf suggests for it, with the reason.\n\n" +
             dataHelp + "  --format F             text (default) or json\n" +
             importHelp,
         {"format", "delimiter", "encoding"},
         {"skip-bad-lines"},
         1,
         1,
         runInspect},
        {"assess",
         "re-identification risk and information loss of one transformation",
         "dijkgraaf assess DATA --qi a,b,c [--hierarchies DIR] [--hierarchy a=FILE] [--build "
         "a=SPEC] [--levels a=2,b=1] "
         "[--k 5] [--suppression-limit 0.02] [--weight COLUMN] [--format json|text]",
         "Evaluates one transformation (a generalization level per quasi-identifier) under\n"
         "k-anonymity with a suppression limit, and reports every risk and utility measure,\n"
         "for the transformed data and (under `input`) for the data as it is.\n\n" +
             qiHelp +
             "                         (without any: the value itself and *)\n"
             "  --levels a=2,b=1       generalization levels (default 0)\n"
             "  --k K                  every kept record shares its values with at least K-1 "
             "others "
             "(default 1)\n"
             "  --suppression-limit S  share of records that may be suppressed, 0..1 (default 0)\n"
             "  --risk-threshold R     records_at_risk counts records with risk above R (default "
             "0.2)\n"
             "  --weight COLUMN        sampling weight: each record stands for this many people\n"
             "  --format F             text (default) or json\n" +
             importHelp,
         {"qi", "hierarchies", "hierarchy", "build", "levels", "k", "suppression-limit",
          "risk-threshold", "weight", "format", "delimiter", "encoding"},
         {"skip-bad-lines"},
         1,
         1,
         runAssess},
        {"search",
         "the transformation with the least loss that satisfies k-anonymity, and the Pareto front",
         "dijkgraaf search DATA --qi a,b,c [--hierarchies DIR] [--hierarchy a=FILE] [--build "
         "a=SPEC] --k 5 "
         "--suppression-limit 0.02 [--metric loss] [--risk prosecutor_max] [--weights a=2,b=1] "
         "[--time-limit SECONDS] "
         "[--no-front] [--format json|text]",
         "Searches every transformation (a level per quasi-identifier) for the one that satisfies\n"
         "k-anonymity with the suppression limit at the least loss, and the Pareto front of risk\n"
         "against loss. Beyond exhaustive reach it searches heuristically and says so, with a\n"
         "lower bound of the optimum.\n\n" +
             qiHelp +
             "  --k K                  every kept record shares its values with at least K-1 "
             "others "
             "(default 1)\n"
             "  --suppression-limit S  share of records that may be suppressed, 0..1 (default 0)\n"
             "  --metric M             loss (default), precision_loss, discernibility or "
             "nu_entropy\n"
             "  --risk R               risk of the front: prosecutor_max (default), "
             "records_at_risk, "
             "global_risk\n"
             "  --weights a=2,b=1      weights of the quasi-identifiers in loss or precision_loss "
             "(default 1)\n"
             "  --time-limit S         stop after S seconds with the best found (default: none; 10 "
             "for "
             "the heuristic)\n"
             "  --no-front             only the optimum: skip what cannot beat it (faster)\n"
             "  --weight COLUMN        sampling weight: each record stands for this many people\n"
             "  --format F             text (default) or json\n" +
             importHelp,
         {"qi", "hierarchies", "hierarchy", "build", "k", "suppression-limit", "risk-threshold",
          "metric", "risk", "weights", "time-limit", "weight", "format", "delimiter", "encoding"},
         {"skip-bad-lines", "no-front"},
         1,
         1,
         runSearch},
        {"uniqueness",
         "the uniqueness ladder: how fast combinations single people out",
         "dijkgraaf uniqueness DATA --attributes a,b,c [--format json|text]",
         "For the attributes in the order given, the share of records that are the only one\n"
         "with their combination of the first 1, 2, ... attributes.\n\n" +
             dataHelp +
             "  --attributes a,b,c     the attributes, in order (required)\n"
         "  --format F             text (default) or json\n" +
             importHelp,
         {"attributes", "format", "delimiter", "encoding"},
         {"skip-bad-lines"},
         1,
         1,
         runUniqueness},
        {"hierarchy",
         "build a hierarchy for a column and write it in ARX format",
         "dijkgraaf hierarchy DATA --attribute a --build SPEC --out FILE [--force]",
         "Builds a hierarchy for one column of DATA and writes it as an ARX hierarchy file.\n"
         "The file lists every value of the column: for a column that identifies people\n"
         "directly (names, e-mail addresses, customer numbers) it is refused unless\n"
         "--identifier-values says that such a list is wanted.\n\n" +
             dataHelp +
             "  --attribute a          the column\n"
         "  --build SPEC           interval:5,10,20 | date | mask[:4,3,2,1] | auto | value\n"
         "  --out FILE             where to write it\n"
         "  --force                replace FILE if it exists\n"
         "  --identifier-values    write it also for a column that identifies people\n" +
             importHelp,
         {"attribute", "build", "out", "delimiter", "encoding"},
         {"force", "skip-bad-lines", "identifier-values"},
         1,
         1,
         runHierarchy},
        {"generate",
         "write a synthetic demo dataset",
         "dijkgraaf generate customers|phone-events OUT.csv [--rows 100000] [--phones 5000] "
         "[--days 7] [--seed 1] [--force]",
         "Writes a synthetic dataset of invented people; the same seed gives the same file on\n"
         "every platform. customers: a Dutch customer file (name, e-mail, date of birth,\n"
         "postcode, contract, ...). phone-events: location events of mobile phones (subject\n"
         "id, timestamp, cell area, home country), for tables such as people per area per hour\n"
         "by country of origin.\n\n"
         "  --rows N               customers: number of customers (default 100000)\n"
         "  --phones N             phone-events: number of phones (default 5000)\n"
         "  --days D               phone-events: days from Monday 2 March 2026 (default 7)\n"
         "  --seed S               seed of the generator (default 1)\n"
         "  --force                replace OUT.csv if it exists\n",
         {"rows", "phones", "days", "seed"},
         {"force"},
         2,
         2,
         runGenerate},
        {"init",
         "create a project: the data, its quasi-identifiers and a first table to publish",
         "dijkgraaf init PROJECT --data DATA --qi a,b,c [--hierarchies DIR] [--hierarchy a=FILE] "
         "[--build a=SPEC] [--levels a=2,b=1] [--subject COLUMN] [--k 5] [--suppression-limit "
         "0.02] [--demo-tables phone-events] [--force]",
         "Creates a project file for recurring releases: the data (a file with its size and\n"
         "SHA-256; a PostgreSQL address with a digest of its records), roles (the quasi-\n"
         "identifiers named, the other columns as suggested), their hierarchies and levels,\n"
         "and one table of the quasi-identifiers protected by the threshold rule. Edit it with\n"
         "`config export` and `config import`. preview, approve and publish read the data\n"
         "again from where the project says, and warn when it changed.\n\n"
         "  --data DATA            a CSV file, or a table, view or query in PostgreSQL, of\n"
         "                         which each column's values are read, never the rows:\n"
         "                         postgresql://user@host:port/db?table=T (the password from\n"
         "                         PGPASSWORD or ~/.pgpass; the project keeps none)\n" +
             qiHelp.substr(qiHelp.find("  --qi")) +
             "  --levels a=2,b=1       generalization levels (default 0)\n"
             "  --subject COLUMN       the column that identifies a person in event data\n"
             "  --k K, --suppression-limit S   the privacy model of the workbench\n"
             "  --demo-tables phone-events   instead of the first table, the phone demo's two\n"
             "                         noisy tables (data from `generate phone-events`)\n"
             "  --force                replace PROJECT if it exists\n" +
             importHelp,
         {"data", "qi", "hierarchies", "hierarchy", "build", "levels", "subject", "k",
          "suppression-limit", "delimiter", "encoding", "demo-tables"},
         {"force", "skip-bad-lines"},
         1,
         1,
         runInit},
        {"config",
         "move a project's whole configuration to and from a readable JSON file",
         "dijkgraaf config export PROJECT FILE.json [--force] | dijkgraaf config import "
         "FILE.json PROJECT",
         "export writes the roles, hierarchies, levels, tables, protection, metadata and privacy\n"
         "budget of PROJECT as JSON, for review in version control; import checks such a file\n"
         "against the project's data and stores it in the project (approvals are kept; a\n"
         "changed configuration must be approved again before it is published).\n\n"
         "  --force                export: replace FILE.json if it exists\n",
         {"delimiter", "encoding"},
         {"force", "skip-bad-lines"},
         3,
         3,
         runConfig},
        {"preview",
         "what the tables of a project would publish, before approval",
         "dijkgraaf preview PROJECT [--audit-time SECONDS]",
         "Builds and protects every table of PROJECT and summarises each: cells, hidden cells\n"
         "and why, the audit, the noise, and the privacy budget spent so far. Nothing is\n"
         "written and no noise is released. The audit shows its progress on a terminal;\n"
         "Ctrl+C stops it.\n\n"
         "  --audit-time SECONDS   the most the audit may take (default 600); beyond it the\n"
         "                         tables count as not proven\n",
         {"delimiter", "encoding", "audit-time"},
         {"skip-bad-lines"},
         1,
         1,
         runPreview},
        {"approve",
         "approve the release of a project: audit, budget, files, recorded in the project",
         "dijkgraaf approve PROJECT --name NAME [--note TEXT] [--audit-time SECONDS]",
         "Builds and protects every table, refuses when an audit fails (naming the cells) or\n"
         "the privacy budget would be exceeded, renders every file of the release (CSV, SQLite,\n"
         "JSON, datapackage.json, DCAT-AP, the report in HTML and PDF), and stores them in the\n"
         "project with the approval: time, name, note, configuration and input hashes.\n\n"
         "The audit shows its progress on a terminal; Ctrl+C stops it, and a stopped or\n"
         "timed-out audit refuses the approval (nothing is recorded).\n\n"
         "  --name NAME            who approves (required)\n"
         "  --note TEXT            why, or anything the record should hold\n"
         "  --audit-time SECONDS   the most the audit may take (default 600)\n",
         {"name", "note", "delimiter", "encoding", "audit-time"},
         {"skip-bad-lines"},
         1,
         1,
         runApprove},
        {"publish",
         "write exactly the approved release of a project",
         "dijkgraaf publish PROJECT --out DIR [--force]",
         "Writes the files of the latest approval into DIR, all or nothing, after checking that\n"
         "neither the configuration nor the data changed since it was approved.\n\n"
         "  --out DIR              the folder to write to\n"
         "  --force                replace files that exist in DIR\n",
         {"out"},
         {"force"},
         1,
         1,
         runPublish},
        {"budget",
         "the privacy budget of a project's data source, and raising it",
         "dijkgraaf budget PROJECT [--raise RHO --name NAME [--note TEXT]]",
         "Shows the budget of the data source of PROJECT as the privacy ledger keeps it: every\n"
         "declaration and raise, every release that spent from it (of every project on the\n"
         "same data), and the (epsilon, delta) they imply. The budget is in zero-concentrated\n"
         "differential privacy (rho); noise at epsilon spends epsilon^2 / 2. The ledger is\n"
         "the file DIJKGRAAF_LEDGER names, or privacy-ledger.sqlite in the user's data folder.\n\n"
         "  --raise RHO            raise the budget: an approval of its own, recorded\n"
         "  --name NAME            who raises it (required with --raise)\n"
         "  --note TEXT            why\n",
         {"raise", "name", "note"},
         {},
         1,
         1,
         runBudget},
    };
    return list;
}

void printOverview(std::FILE *to)
{
    std::fprintf(to, "dijkgraaf: re-identification risk and information loss of customer data\n\n"
                     "Usage: dijkgraaf COMMAND [options]   (dijkgraaf COMMAND --help for its "
                     "options)\n\nCommands:\n");
    for (const auto &c : commands())
        std::fprintf(to, "  %-12s %s\n", c.name.c_str(), c.summary.c_str());
}

} // namespace

int runCli(const std::vector<std::string> &args)
{
    if (args.empty()) {
        printOverview(stderr);
        return kUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printOverview(stdout);
        return kOk;
    }
    if (args[0] == "--version") {
        std::printf("dijkgraaf %s\n", DIJKGRAAF_VERSION);
        return kOk;
    }
    for (const auto &cmd : commands()) {
        if (cmd.name != args[0])
            continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
            std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
            std::printf("Usage: %s\n\n%s", cmd.usage.c_str(), cmd.help.c_str());
            return kOk;
        }
        try {
            const Arguments parsed = parseArguments(cmd, rest);
            return cmd.run(parsed);
        } catch (const UsageError &e) {
            std::fprintf(stderr, "dijkgraaf %s: %s\n", cmd.name.c_str(), e.message.c_str());
            return kUsage;
        }
    }
    std::fprintf(stderr, "dijkgraaf: unknown command '%s'\n\n", args[0].c_str());
    printOverview(stderr);
    return kUsage;
}

} // namespace dijkgraaf
