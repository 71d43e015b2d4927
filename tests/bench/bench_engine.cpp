// Engine benchmarks for the speed targets: CSV import throughput, BaseTable construction for
// 1,000,000 records with 6 quasi-identifiers, and the evaluation of one transformation from it.
// The data come from the seeded customer generator, so every run measures the same file.
#include "analysis/basetable.h"
#include "analysis/evaluator.h"
#include "demo/customergenerator.h"
#include "hierarchy/hierarchybuilders.h"
#include "io/csvreader.h"

#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace dijkgraaf;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void report(const char *what, const std::vector<double> &ms, const char *target)
{
    std::printf("%-48s median %9.2f ms  (min %9.2f, max %9.2f, %zu runs)  target %s\n", what,
                median(ms), *std::min_element(ms.begin(), ms.end()),
                *std::max_element(ms.begin(), ms.end()), ms.size(), target);
}

} // namespace

int main(int argc, char **argv)
{
    std::string path = "customers_1m.csv";
    std::uint64_t rows = 1000000;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--data"))
            path = argv[i + 1];
        else if (!std::strcmp(argv[i], "--rows"))
            rows = std::stoull(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::stoi(argv[i + 1]);
    }
    if (!QFileInfo::exists(QString::fromStdString(path))) {
        std::printf("generating %llu customers into %s (seed 42)...\n",
                    static_cast<unsigned long long>(rows), path.c_str());
        if (auto g = generateCustomers(path, rows, 42); !g) {
            std::fprintf(stderr, "%s\n", g.error().text().c_str());
            return 1;
        }
    }
    const double megabytes =
        static_cast<double>(QFileInfo(QString::fromStdString(path)).size()) / 1e6;

    // 1. import
    std::vector<double> importMs;
    Result<Dataset> data = Error{};
    for (int r = 0; r < runs; ++r) {
        const auto t = Clock::now();
        data = readCsv(path);
        importMs.push_back(msSince(t));
        if (!data) {
            std::fprintf(stderr, "%s\n", data.error().text().c_str());
            return 1;
        }
    }
    std::printf("data: %s, %.1f MB, %llu records, %zu columns; codes take %.2f bytes a cell\n",
                path.c_str(), megabytes, static_cast<unsigned long long>(data->rowCount),
                data->columns.size(),
                static_cast<double>(data->codeBytes()) /
                    static_cast<double>(data->rowCount * data->columns.size()));
    report("CSV import", importMs, ">= 100 MB/s");
    std::printf("%-48s median %9.1f MB/s\n", "  throughput",
                megabytes / (median(importMs) / 1000.0));

    // 2. BaseTable, 6 quasi-identifiers
    const std::vector<std::pair<const char *, std::string>> qiSpec = {
        {"date_of_birth", "date"}, {"gender", "value"},        {"postcode", "mask"},
        {"municipality", "value"}, {"contract_type", "value"}, {"start_date", "date"}};
    std::vector<QuasiIdentifier> qis;
    for (const auto &[name, kind] : qiSpec) {
        const auto c = *data->columnIndex(name);
        const Column &col = data->columns[c];
        Hierarchy h = kind == "date"   ? *buildDateHierarchy(col)
                      : kind == "mask" ? *buildMaskingHierarchy(col)
                                       : buildValueOrSuppressedHierarchy(col);
        qis.push_back({c, std::move(h)});
    }
    std::vector<double> baseMs;
    Result<BaseTable> table = Error{};
    for (int r = 0; r < runs; ++r) {
        const auto t = Clock::now();
        table = BaseTable::build(*data, qis);
        baseMs.push_back(msSince(t));
    }
    std::printf("BaseTable: %zu combinations of 6 quasi-identifiers\n", table->size());
    report("BaseTable build (1 pass over the records)", baseMs, "< 500 ms");

    // 3. one transformation from the BaseTable
    Evaluator evaluator(*table);
    PrivacySettings settings;
    settings.k = 5;
    settings.suppressionLimit = 0.02;
    const std::vector<std::vector<int>> transformations = {{0, 0, 0, 0, 0, 0},
                                                           {2, 0, 3, 0, 0, 2},
                                                           {1, 0, 1, 0, 0, 1},
                                                           {3, 1, 4, 1, 0, 3},
                                                           {2, 0, 2, 1, 1, 2}};
    evaluator.evaluate(transformations[1], settings); // first use sizes the scratch space
    for (const auto &levels : transformations) {
        std::vector<double> evalMs;
        Evaluation ev;
        for (int r = 0; r < std::max(runs, 7); ++r) {
            const auto t = Clock::now();
            ev = evaluator.evaluate(levels, settings);
            evalMs.push_back(msSince(t));
        }
        char label[96];
        std::snprintf(label, sizeof label, "evaluate (%d,%d,%d,%d,%d,%d): %llu classes", levels[0],
                      levels[1], levels[2], levels[3], levels[4], levels[5],
                      static_cast<unsigned long long>(ev.risk.classes));
        report(label, evalMs, "< 20 ms");
    }
    return 0;
}
