// The lattice search: on Adult with its 9 hierarchies (12,960 transformations), k = 5 and a
// 2 % suppression limit, the exact search for the optimum and the evaluation of every
// transformation (for the Pareto front), inside the engine; and on a dataset beyond exhaustive
// search (highdim: 30 quasi-identifiers), the heuristic with a time limit.
#include "analysis/basetable.h"
#include "hierarchy/arxformat.h"
#include "io/csvreader.h"
#include "search/search.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

using namespace dijkgraaf;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Every column a quasi-identifier, with the hierarchy the folder holds for it.
Result<BaseTable> load(const std::string &data, const std::string &hierarchies,
                       const std::string &prefix)
{
    auto d = readCsv(data);
    if (!d)
        return d.error();
    std::vector<QuasiIdentifier> qis;
    for (std::size_t c = 0; c < d->columns.size(); ++c) {
        auto h = readArxHierarchy(hierarchies + "/" + prefix + "_hierarchy_" + d->columns[c].name +
                                  ".csv");
        if (!h)
            return h.error();
        qis.push_back({c, std::move(*h)});
    }
    return BaseTable::build(*d, std::move(qis));
}

} // namespace

int main(int argc, char **argv)
{
    std::string adult = "tests/data/adult", highdim;
    int runs = 7;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--adult"))
            adult = argv[i + 1];
        else if (!std::strcmp(argv[i], "--highdim"))
            highdim = argv[i + 1];
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::stoi(argv[i + 1]);
    }
    auto table = load(adult + "/adult.csv", adult, "adult");
    if (!table) {
        std::fprintf(stderr, "%s\n", table.error().text().c_str());
        return 1;
    }
    SearchSettings s;
    s.privacy.k = 5;
    s.privacy.suppressionLimit = 0.02;
    for (bool every : {false, true}) {
        s.everyTransformation = every;
        std::vector<double> ms;
        Result<SearchResult> r = Error{};
        for (int i = 0; i < runs; ++i) {
            const auto t = Clock::now();
            r = findOptimum(*table, s);
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
        }
        std::printf("Adult, 9 QIs, k = 5, 2 %%, %s: median %.1f ms (min %.1f, max %.1f, %d runs); "
                    "%llu of %.0f "
                    "evaluated; optimum loss %.6f, proven %s\n",
                    every ? "every transformation (front)" : "exact search (optimum only)",
                    median(ms), *std::min_element(ms.begin(), ms.end()),
                    *std::max_element(ms.begin(), ms.end()), runs,
                    static_cast<unsigned long long>(r->evaluated), r->latticeSize, r->optimumValue,
                    r->provenOptimal ? "yes" : "no");
    }
    if (!highdim.empty()) {
        auto big = load(highdim + "/highdim.csv", highdim + "/highdim_hierarchies", "highdim");
        if (!big) {
            std::fprintf(stderr, "%s\n", big.error().text().c_str());
            return 1;
        }
        SearchSettings h;
        h.privacy.k = 5;
        h.privacy.suppressionLimit = 0.02;
        h.timeLimitSeconds = 20;
        const auto t = Clock::now();
        auto r = findOptimum(*big, h);
        const double seconds = std::chrono::duration<double>(Clock::now() - t).count();
        std::printf("highdim, 30 QIs (%.3g transformations), k = 5, 2 %%, limit 20 s: %s after "
                    "%.1f s, %llu evaluated, "
                    "loss %.4f, lower bound %.4f, heuristic %s\n",
                    r->latticeSize, r->found ? "satisfying transformation" : "none", seconds,
                    static_cast<unsigned long long>(r->evaluated), r->optimumValue, r->lowerBound,
                    r->heuristic ? "yes" : "no");
    }
    return 0;
}
