#include "search.h"

#include "analysis/evaluator.h"
#include "lattice.h"
#include "util/parallel.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace dijkgraaf {

std::string_view metricName(UtilityMetric metric)
{
    switch (metric) {
    case UtilityMetric::Loss:
        return "loss";
    case UtilityMetric::PrecisionLoss:
        return "precision_loss";
    case UtilityMetric::Discernibility:
        return "discernibility";
    case UtilityMetric::NuEntropy:
        return "nu_entropy";
    }
    return "loss";
}

std::string_view metricName(RiskMetric metric)
{
    switch (metric) {
    case RiskMetric::ProsecutorMax:
        return "prosecutor_max";
    case RiskMetric::RecordsAtRisk:
        return "records_at_risk";
    case RiskMetric::GlobalRisk:
        return "global_risk";
    }
    return "prosecutor_max";
}

std::optional<UtilityMetric> utilityMetricFromName(std::string_view name)
{
    for (auto m : {UtilityMetric::Loss, UtilityMetric::PrecisionLoss, UtilityMetric::Discernibility,
                   UtilityMetric::NuEntropy})
        if (metricName(m) == name)
            return m;
    return std::nullopt;
}

std::optional<RiskMetric> riskMetricFromName(std::string_view name)
{
    for (auto m : {RiskMetric::ProsecutorMax, RiskMetric::RecordsAtRisk, RiskMetric::GlobalRisk})
        if (metricName(m) == name)
            return m;
    return std::nullopt;
}

double utilityOf(const Evaluation &ev, UtilityMetric metric, const std::vector<double> &weights,
                 const std::vector<int> &heights)
{
    switch (metric) {
    case UtilityMetric::Loss: {
        if (weights.empty())
            return ev.utility.loss;
        double sum = 0, total = 0;
        for (std::size_t q = 0; q < weights.size(); ++q) {
            sum += weights[q] * ev.lossPerQi[q];
            total += weights[q];
        }
        return total > 0 ? sum / total : 0.0;
    }
    case UtilityMetric::PrecisionLoss: {
        if (weights.empty())
            return ev.utility.precisionLoss;
        const double n = static_cast<double>(ev.records);
        const double kept = n - static_cast<double>(ev.suppressedRecords);
        double sum = 0, total = 0;
        for (std::size_t q = 0; q < weights.size(); ++q) {
            const double p = heights[q] > 0 ? static_cast<double>(ev.levels[q]) / heights[q] : 0.0;
            sum += weights[q] *
                   (n > 0 ? (p * kept + static_cast<double>(ev.suppressedRecords)) / n : 0.0);
            total += weights[q];
        }
        return total > 0 ? sum / total : 0.0;
    }
    case UtilityMetric::Discernibility:
        return ev.utility.discernibility;
    case UtilityMetric::NuEntropy:
        return ev.utility.nuEntropy;
    }
    return ev.utility.loss;
}

double riskOf(const Evaluation &ev, RiskMetric metric)
{
    switch (metric) {
    case RiskMetric::ProsecutorMax:
        return ev.risk.prosecutorMax;
    case RiskMetric::RecordsAtRisk:
        return ev.risk.recordsAtRisk;
    case RiskMetric::GlobalRisk:
        return ev.risk.globalRisk;
    }
    return ev.risk.prosecutorMax;
}

std::vector<std::size_t> paretoFront(const std::vector<SearchPoint> &points)
{
    std::vector<std::size_t> order(points.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (points[a].utility != points[b].utility)
            return points[a].utility < points[b].utility;
        if (points[a].risk != points[b].risk)
            return points[a].risk < points[b].risk;
        return a < b;
    });
    std::vector<std::size_t> front;
    double lowestRisk = std::numeric_limits<double>::infinity();
    for (std::size_t i : order) {
        if (points[i].risk < lowestRisk) {
            front.push_back(i);
            lowestRisk = points[i].risk;
        }
    }
    return front;
}

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool cancelled(const SearchSettings &s)
{
    return s.cancel && s.cancel->load(std::memory_order_relaxed);
}

// A lower bound of the metric at these levels and every coarser transformation; 0 where none
// is known (discernibility).
double lowerBoundAt(const Evaluator &ev, const SearchSettings &s, const std::vector<int> &levels)
{
    switch (s.metric) {
    case UtilityMetric::Loss:
        return ev.lossWithoutSuppression(levels, s.weights);
    case UtilityMetric::PrecisionLoss:
        return ev.precisionLossWithoutSuppression(levels, s.weights);
    case UtilityMetric::NuEntropy:
        return ev.entropyWithoutSuppression(levels);
    case UtilityMetric::Discernibility:
        return 0.0;
    }
    return 0.0;
}

// Ties go to the transformation generalized least, then to the first in lattice order, so that
// the result does not depend on the order of evaluation.
bool better(double value, const std::vector<int> &levels, double bestValue,
            const std::vector<int> &bestLevels)
{
    if (value != bestValue)
        return value < bestValue;
    int a = 0, b = 0;
    for (int l : levels)
        a += l;
    for (int l : bestLevels)
        b += l;
    if (a != b)
        return a < b;
    return levels < bestLevels;
}

struct Outcome
{
    bool evaluated = false;
    bool satisfied = false;
    double value = 0;
    double risk = 0;
};

void finish(SearchResult &r, Evaluator &ev, const SearchSettings &s,
            const std::vector<int> &bestLevels, Clock::time_point start)
{
    if (r.found)
        r.optimum = ev.evaluate(bestLevels, s.privacy);
    r.front = paretoFront(r.points);
    r.seconds = secondsSince(start);
}

Result<SearchResult> exhaustive(const BaseTable &table, const SearchSettings &s,
                                const Lattice &lattice)
{
    const auto start = Clock::now();
    const std::size_t m = table.qiCount();
    const std::uint64_t size = lattice.size();
    SearchResult r;
    r.latticeSize = lattice.sizeAsDouble();

    // the nodes by level sum: every predecessor of a node lies in the layer below it
    const auto layers = lattice.nodesByLevelSum();
    std::vector<int> levels;
    const std::size_t workers = workerCount();
    std::vector<std::unique_ptr<Evaluator>> evaluators;
    for (std::size_t w = 0; w < workers; ++w)
        evaluators.push_back(std::make_unique<Evaluator>(table));

    std::vector<std::uint32_t> position(size, 0); // of each node in its layer
    std::vector<ClassTable> previous;
    std::vector<bool> previousHas;
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> bestLevels;
    bool complete = true;
    double skippedBound = std::numeric_limits<double>::infinity();

    for (std::size_t layer = 0; layer < layers.size(); ++layer) {
        const auto &nodes = layers[layer];
        std::vector<ClassTable> tables(nodes.size());
        std::vector<Outcome> outcomes(nodes.size());
        std::vector<double> bounds(nodes.size(), 0.0);
        const double bestBefore =
            best; // only earlier layers prune: the result does not depend on timing
        // each rolled up from its predecessor with the fewest classes (none in the first
        // level sum: grouped from the BaseTable)
        constexpr std::uint32_t kNone = ~std::uint32_t(0);
        std::vector<std::uint32_t> from(nodes.size(), kNone);
        if (layer > 0) {
            std::vector<int> lv;
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                lattice.levels(nodes[i], lv);
                for (std::size_t q = 0; q < m; ++q) {
                    if (lv[q] == 0)
                        continue;
                    const std::uint32_t p = position[nodes[i] - lattice.stride(q)];
                    if (previousHas[p] &&
                        (from[i] == kNone || previous[p].classes() < previous[from[i]].classes()))
                        from[i] = p;
                }
            }
        }
        // transformations differ much in cost: each core takes the next one when it is free,
        // the dearest first (by the classes they are rolled up from), so that no core is left
        // with a long one at the end of the level sum
        std::vector<std::size_t> cost(nodes.size(), 0);
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (from[i] != kNone)
                cost[i] = previous[from[i]].classes();
        std::vector<std::size_t> order(nodes.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return cost[a] > cost[b]; });
        std::atomic<std::size_t> next{0};
        runParts(workers, std::min<std::size_t>(workers, nodes.size()),
                 [&](std::size_t w, std::size_t, std::size_t) {
                     Evaluator &ev = *evaluators[w];
                     std::vector<int> lv;
                     for (std::size_t k = next++; k < nodes.size(); k = next++) {
                         const std::size_t i = order[k];
                         if (cancelled(s))
                             return;
                         const std::uint64_t node = nodes[i];
                         lattice.levels(node, lv);
                         bounds[i] = lowerBoundAt(ev, s, lv);
                         if (!s.everyTransformation && bounds[i] >= bestBefore)
                             continue;
                         if (from[i] != kNone)
                             ev.rollUp(previous[from[i]], lv, tables[i]);
                         else
                             ev.group(lv, tables[i]);
                         const Evaluation e = ev.measure(tables[i], s.privacy);
                         outcomes[i] = {true, e.satisfied,
                                        utilityOf(e, s.metric, s.weights, lattice.heights()),
                                        riskOf(e, s.risk)};
                     }
                 });
        if (cancelled(s)) {
            return Error::cancellation("the search was cancelled");
        }
        previousHas.assign(nodes.size(), false);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            position[nodes[i]] = static_cast<std::uint32_t>(i);
            const Outcome &o = outcomes[i];
            if (!o.evaluated) {
                skippedBound = std::min(skippedBound, bounds[i]);
                continue;
            }
            previousHas[i] = true;
            ++r.evaluated;
            lattice.levels(nodes[i], levels);
            r.points.push_back({levels, o.risk, o.value, o.satisfied});
            if (o.satisfied && (!r.found || better(o.value, levels, best, bestLevels))) {
                r.found = true;
                best = o.value;
                bestLevels = levels;
            }
        }
        previous = std::move(tables);
        if (s.progress)
            s.progress(static_cast<double>(layer + 1) / static_cast<double>(layers.size()));
        if (s.timeLimitSeconds > 0 && secondsSince(start) > s.timeLimitSeconds &&
            layer + 1 < layers.size()) {
            complete = false;
            break;
        }
    }
    r.optimumValue = best;
    r.provenOptimal = complete && r.found;
    r.lowerBound = r.provenOptimal ? best : std::min(best, skippedBound);
    finish(r, *evaluators[0], s, bestLevels, start);
    return r;
}

// Beyond exhaustive reach: descend greedily from the top (which always satisfies the model),
// one level down in one quasi-identifier at a time, while a finer transformation satisfies;
// then restart with some randomness until the time limit.
Result<SearchResult> heuristic(const BaseTable &table, const SearchSettings &s,
                               const Lattice &lattice)
{
    const auto start = Clock::now();
    const std::size_t m = table.qiCount();
    const double limit = s.timeLimitSeconds > 0 ? s.timeLimitSeconds : 10.0;
    SearchResult r;
    r.heuristic = true;
    r.latticeSize = lattice.sizeAsDouble();
    Evaluator ev(table);
    ClassTable classes;

    struct Seen
    {
        bool satisfied;
        double value;
    };
    auto keyOf = [](const std::vector<int> &levels) {
        std::string key;
        for (int l : levels)
            key += static_cast<char>(l);
        return key;
    };
    std::unordered_map<std::string, Seen> seen;
    std::vector<std::vector<int>> failing;
    auto evaluate = [&](const std::vector<int> &levels) -> Seen {
        const std::string key = keyOf(levels);
        if (auto it = seen.find(key); it != seen.end())
            return it->second;
        ev.group(levels, classes);
        const Evaluation e = ev.measure(classes, s.privacy);
        const Seen out{e.satisfied, utilityOf(e, s.metric, s.weights, lattice.heights())};
        seen.emplace(key, out);
        ++r.evaluated;
        r.points.push_back({levels, riskOf(e, s.risk), out.value, out.satisfied});
        if (!out.satisfied)
            failing.push_back(levels);
        return out;
    };

    double best = std::numeric_limits<double>::infinity();
    std::vector<int> bestLevels;
    std::uint64_t random = 0x9E3779B97F4A7C15ull; // fixed: the same data give the same result
    auto nextRandom = [&random] {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        return random;
    };
    const std::vector<int> top = lattice.heights();
    int restartsWithoutGain = 0;
    for (int restart = 0; restartsWithoutGain < 200 && secondsSince(start) < limit; ++restart) {
        std::vector<int> current = top;
        Seen here = evaluate(current);
        if (!here.satisfied)
            break; // not even the top satisfies: nothing does
        bool gained = false;
        for (;;) {
            if (cancelled(s)) {
                return Error::cancellation("the search was cancelled");
            }
            if (better(here.value, current, best, bestLevels) || !r.found) {
                gained = gained || !r.found || here.value < best;
                r.found = true;
                best = here.value;
                bestLevels = current;
            }
            if (secondsSince(start) >= limit)
                break;
            // predecessors by their lower bound: the most promising first
            std::vector<std::pair<double, std::size_t>> order;
            for (std::size_t q = 0; q < m; ++q) {
                if (current[q] == 0)
                    continue;
                std::vector<int> p = current;
                --p[q];
                order.push_back({lowerBoundAt(ev, s, p), q});
            }
            std::sort(order.begin(), order.end());
            if (restart > 0 && order.size() > 1) // later restarts wander: swap two of the first few
                std::swap(order[0], order[nextRandom() % std::min<std::size_t>(order.size(), 3)]);
            bool moved = false;
            for (const auto &[bound, q] : order) {
                // (no pruning by the bound here: it bounds what lies above a transformation,
                // and the descent goes below, where the loss can be lower)
                std::vector<int> p = current;
                --p[q];
                const Seen there = evaluate(p);
                if (there.satisfied) {
                    current = p;
                    here = there;
                    moved = true;
                    break;
                }
            }
            if (!moved)
                break;
        }
        restartsWithoutGain = gained ? 0 : restartsWithoutGain + 1;
        if (s.progress)
            s.progress(std::min(1.0, secondsSince(start) / limit));
    }
    // A satisfying transformation is not below any failing one, so it lies above one of the
    // failing one's levels in some quasi-identifier: the bound is the least such raise.
    double bound = 0;
    if (s.metric != UtilityMetric::Discernibility && !failing.empty()) {
        const std::vector<int> bottom(m, 0);
        const double base = lowerBoundAt(ev, s, bottom);
        for (const auto &f : failing) {
            double least = std::numeric_limits<double>::infinity();
            for (std::size_t q = 0; q < m; ++q) {
                if (f[q] >= lattice.heights()[q])
                    continue;
                std::vector<int> raised = bottom;
                raised[q] = f[q] + 1;
                least = std::min(least, lowerBoundAt(ev, s, raised));
            }
            if (std::isfinite(least))
                bound = std::max(bound, least);
        }
        bound = std::max(bound, base);
        // Better, where it can be found in reasonable time: the least bound of a transformation
        // that lies above every failing one in some quasi-identifier (a search over which
        // quasi-identifier to raise for each failing one, pruned by the best found).
        std::vector<int> levels(m, 0);
        double least = r.found ? best : std::numeric_limits<double>::infinity();
        std::uint64_t budget = 200000;
        const auto boundStart = Clock::now();
        std::function<void()> raise = [&] {
            if (budget == 0)
                return;
            if (--budget % 1024 == 0 && secondsSince(boundStart) > 2.0)
                budget = 0; // out of time: the simple bound stands
            if (budget == 0)
                return;
            const double here = lowerBoundAt(ev, s, levels);
            if (here >= least)
                return;
            const std::vector<int> *open = nullptr;
            for (const auto &f : failing) {
                bool above = false;
                for (std::size_t q = 0; q < m && !above; ++q)
                    above = levels[q] > f[q];
                if (!above) {
                    open = &f;
                    break;
                }
            }
            if (!open) {
                least = here; // above every failing transformation
                return;
            }
            for (std::size_t q = 0; q < m; ++q) {
                if ((*open)[q] >= lattice.heights()[q])
                    continue;
                const int before = levels[q];
                levels[q] = (*open)[q] + 1;
                raise();
                levels[q] = before;
            }
        };
        raise();
        if (budget > 0 && std::isfinite(least))
            bound = std::max(bound, least); // the search was complete: its result is a bound
    }
    r.optimumValue = best;
    r.lowerBound = r.found ? std::min(bound, best) : bound;
    r.provenOptimal = r.found && r.lowerBound >= best;
    finish(r, ev, s, bestLevels, start);
    return r;
}

// The optimum alone, top-down. Satisfying the model is monotone (records in classes below k
// only merge into larger classes when generalizing further), so a transformation that fails
// proves every transformation below it fails; and the loss without suppression bounds a
// transformation's loss from below. A greedy descent first finds a good transformation; then the
// lattice is swept from the top, a level sum at a time, evaluating only what is neither proven
// to fail nor bounded above the best found. What is skipped cannot beat the result: it is proven.
Result<SearchResult> optimumOnly(const BaseTable &table, const SearchSettings &s,
                                 const Lattice &lattice)
{
    const auto start = Clock::now();
    const std::size_t m = table.qiCount();
    const std::uint64_t size = lattice.size();
    SearchResult r;
    r.latticeSize = lattice.sizeAsDouble();

    const auto layers = lattice.nodesByLevelSum();
    std::vector<double> bound(size);
    std::vector<int> levels;
    const std::size_t workers = workerCount();
    std::vector<std::unique_ptr<Evaluator>> evaluators;
    for (std::size_t w = 0; w < workers; ++w)
        evaluators.push_back(std::make_unique<Evaluator>(table));
    for (std::uint64_t node = 0; node < size; ++node) {
        lattice.levels(node, levels);
        bound[node] = lowerBoundAt(*evaluators[0], s, levels);
    }
    std::vector<std::uint8_t> fails(size, 0);
    std::vector<std::uint8_t> evaluated(size, 0);
    ClassTable classes;

    double best = std::numeric_limits<double>::infinity();
    std::vector<int> bestLevels;
    auto consider = [&](const std::vector<int> &lv, const Evaluation &e, double value) {
        ++r.evaluated;
        r.points.push_back({lv, riskOf(e, s.risk), value, e.satisfied});
        if (e.satisfied && (!r.found || better(value, lv, best, bestLevels))) {
            r.found = true;
            best = value;
            bestLevels = lv;
        }
    };
    // every transformation below a failing one fails too
    auto markFailingBelow = [&](std::uint64_t node) {
        std::vector<std::uint64_t> stack{node};
        std::vector<int> lv;
        while (!stack.empty()) {
            const std::uint64_t n = stack.back();
            stack.pop_back();
            lattice.levels(n, lv);
            for (std::size_t q = 0; q < m; ++q) {
                if (lv[q] == 0)
                    continue;
                const std::uint64_t below = n - lattice.stride(q);
                if (!fails[below]) {
                    fails[below] = 1;
                    stack.push_back(below);
                }
            }
        }
    };

    // 1. a greedy descent from the top gives a good first bound
    {
        std::vector<int> current = lattice.heights();
        Evaluator &ev = *evaluators[0];
        for (;;) {
            const std::uint64_t node = lattice.index(current);
            ev.group(current, classes);
            const Evaluation e = ev.measure(classes, s.privacy);
            evaluated[node] = 1;
            consider(current, e, utilityOf(e, s.metric, s.weights, lattice.heights()));
            if (!e.satisfied) {
                fails[node] = 1;
                markFailingBelow(node);
                break;
            }
            std::size_t pick = m;
            double pickBound = std::numeric_limits<double>::infinity();
            for (std::size_t q = 0; q < m; ++q) {
                if (current[q] == 0)
                    continue;
                const std::uint64_t below = node - lattice.stride(q);
                if (!fails[below] && bound[below] < pickBound) {
                    pickBound = bound[below];
                    pick = q;
                }
            }
            if (pick == m)
                break;
            --current[pick];
        }
    }

    // 2. the sweep from the top
    bool complete = true;
    for (std::size_t layer = layers.size(); layer-- > 0;) {
        const auto &nodes = layers[layer];
        const double bestBefore = best;
        std::vector<Evaluation> results(nodes.size());
        std::vector<std::uint8_t> done(nodes.size(), 0);
        runParts(nodes.size(),
                 std::min<std::size_t>(workers, std::max<std::size_t>(1, nodes.size() / 4)),
                 [&](std::size_t w, std::size_t begin, std::size_t end) {
                     Evaluator &ev = *evaluators[w];
                     ClassTable local;
                     std::vector<int> lv;
                     for (std::size_t i = begin; i < end; ++i) {
                         const std::uint64_t node = nodes[i];
                         if (fails[node] || evaluated[node] || bound[node] >= bestBefore ||
                             cancelled(s))
                             continue;
                         lattice.levels(node, lv);
                         ev.group(lv, local);
                         results[i] = ev.measure(local, s.privacy);
                         done[i] = 1;
                     }
                 });
        if (cancelled(s)) {
            return Error::cancellation("the search was cancelled");
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!done[i])
                continue;
            lattice.levels(nodes[i], levels);
            evaluated[nodes[i]] = 1;
            consider(levels, results[i],
                     utilityOf(results[i], s.metric, s.weights, lattice.heights()));
            if (!results[i].satisfied) {
                fails[nodes[i]] = 1;
                markFailingBelow(nodes[i]);
            }
        }
        if (s.progress)
            s.progress(static_cast<double>(layers.size() - layer) /
                       static_cast<double>(layers.size()));
        if (s.timeLimitSeconds > 0 && secondsSince(start) > s.timeLimitSeconds && layer > 0) {
            complete = false;
            break;
        }
    }
    r.optimumValue = best;
    r.provenOptimal = complete && r.found;
    r.lowerBound = r.provenOptimal ? best : 0.0;
    finish(r, *evaluators[0], s, bestLevels, start);
    return r;
}

} // namespace

Result<SearchResult> findOptimum(const BaseTable &table, const SearchSettings &s)
{
    const std::size_t m = table.qiCount();
    if (!s.weights.empty()) {
        if (s.weights.size() != m)
            return Error::of(QT_TRANSLATE_NOOP("Errors",
                                               "give one weight per quasi-identifier (%1), not %2"),
                             {arg(m), arg(s.weights.size())});
        double total = 0;
        for (double w : s.weights) {
            if (!(w >= 0) || !std::isfinite(w))
                return Error::of(
                    QT_TRANSLATE_NOOP("Errors", "attribute weights must be numbers of at least 0"));
            total += w;
        }
        if (!(total > 0))
            return Error::of(
                QT_TRANSLATE_NOOP("Errors", "at least one attribute weight must be above 0"));
        if (s.metric == UtilityMetric::Discernibility || s.metric == UtilityMetric::NuEntropy)
            return Error::of(QT_TRANSLATE_NOOP("Errors", "attribute weights apply to loss and "
                                                         "precision_loss, not to %1"),
                             {std::string(metricName(s.metric))});
    }
    if (s.privacy.k < 1 || !(s.privacy.suppressionLimit >= 0 && s.privacy.suppressionLimit <= 1))
        return Error::of(QT_TRANSLATE_NOOP("Errors", "k must be at least 1 and the suppression "
                                                     "limit between 0 and 1"));
    std::vector<int> heights;
    for (std::size_t q = 0; q < m; ++q)
        heights.push_back(table.hierarchy(q).height());
    const Lattice lattice(heights);
    if (lattice.size() == 0 || lattice.size() > s.exhaustiveLimit)
        return heuristic(table, s, lattice);
    return s.everyTransformation ? exhaustive(table, s, lattice) : optimumOnly(table, s, lattice);
}

} // namespace dijkgraaf
