#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace dijkgraaf {

// Work that splits is split into at most this many parts, whatever the number of cores, so
// that sums of floating-point numbers are added in the same order, and results agree to the
// last digit, on every machine.
constexpr std::size_t kMaxWorkParts = 2;

// Number of parts to split n items of work into: none smaller than minPart.
inline std::size_t workParts(std::size_t n, std::size_t minPart)
{
    return std::max<std::size_t>(1, std::min(kMaxWorkParts, n / std::max<std::size_t>(1, minPart)));
}

// Runs fn(part, begin, end) over `parts` contiguous slices of [0, n), the first on the
// calling thread, and returns when all are done.
template <class F> void runParts(std::size_t n, std::size_t parts, F &&fn)
{
    if (parts <= 1) {
        fn(std::size_t(0), std::size_t(0), n);
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(parts - 1);
    for (std::size_t p = 1; p < parts; ++p)
        threads.emplace_back([&fn, p, n, parts] { fn(p, n * p / parts, n * (p + 1) / parts); });
    fn(std::size_t(0), std::size_t(0), n / parts);
    for (auto &t : threads)
        t.join();
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
