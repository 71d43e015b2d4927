#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <vector>

namespace dijkgraaf {

// The engine's threads: one pool for the whole process, started once, sized to the machine's
// cores (or to DIJKGRAAF_THREADS), so that no call starts threads of its own and work started
// from several places at once shares the cores instead of overcommitting them.
//
// Threads that take part in a call: the calling thread and the pool's workers.
std::size_t workerCount();
// For tests that prove results independent of the number of threads: the pool is restarted
// with n threads in all (the caller included). Not while work runs.
void setWorkerCount(std::size_t n);

// The number of threads never changes a result. Two kinds of work are split over them:
//
// Work whose parts are added up in floating point (weights, sums) is split the same way on
// every machine: into parts of at least minPart items, at most kMaxWorkParts of them, whatever
// the number of cores, and the parts' results are added in the order of the parts, so that
// results agree to the last digit on every machine. The parts then go to however many threads
// there are; with up to kMaxWorkParts cores all of them take part.
constexpr std::size_t kMaxWorkParts = 64;

// Number of parts to split n items of such work into: none smaller than minPart.
inline std::size_t workParts(std::size_t n, std::size_t minPart)
{
    return std::max<std::size_t>(1, std::min(kMaxWorkParts, n / std::max<std::size_t>(1, minPart)));
}

// Work whose result does not depend on the split (each item's result in its own place, or
// integers added up) is split into one part per thread of the pool, none smaller than minPart.
inline std::size_t coreParts(std::size_t n, std::size_t minPart)
{
    return std::max<std::size_t>(1, std::min(workerCount(), n / std::max<std::size_t>(1, minPart)));
}

namespace detail {
// One call's parts, on the caller's stack while the call lasts.
struct Batch
{
    void (*call)(void *context, std::size_t part) = nullptr;
    void *context = nullptr;
    std::size_t parts = 0;
    std::atomic<std::size_t> next{0};
    std::size_t remaining = 0; // guarded by the pool's lock
};
// Offers the batch's parts to the pool, runs part 0 and then any part left on the calling
// thread until none is left
// to take, and returns when every part has ended (a part that calls runParts itself is safe:
// the caller never waits for a part that nobody has taken).
void runBatch(Batch &batch);
} // namespace detail

// Runs fn(part, begin, end) over `parts` contiguous slices of [0, n) on the pool, part 0 (and
// whatever else it can take) on the calling thread, and returns when all are done.
template <class F> void runParts(std::size_t n, std::size_t parts, F &&fn)
{
    if (parts <= 1) {
        fn(std::size_t(0), std::size_t(0), n);
        return;
    }
    struct Context
    {
        F *fn;
        std::size_t n, parts;
    } context{&fn, n, parts};
    detail::Batch batch;
    batch.parts = parts;
    batch.context = &context;
    batch.call = [](void *c, std::size_t p) {
        auto *x = static_cast<Context *>(c);
        (*x->fn)(p, x->n * p / x->parts, x->n * (p + 1) / x->parts);
    };
    detail::runBatch(batch);
}

// Runs fn(item) for every item of [0, n) on up to `parts` threads, each taking the next item
// when it is free: for items of uneven cost, put the expensive ones first.
template <class F> void runEach(std::size_t n, std::size_t parts, F &&fn)
{
    std::atomic<std::size_t> next{0};
    runParts(parts, parts, [&](std::size_t, std::size_t, std::size_t) {
        for (std::size_t i = next++; i < n; i = next++)
            fn(i);
    });
}

} // namespace dijkgraaf
