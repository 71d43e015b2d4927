#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace dijkgraaf {

// Number of parts to split n items of work into: one per core, and none smaller than minPart.
inline std::size_t workParts(std::size_t n, std::size_t minPart)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(cores, n / std::max<std::size_t>(1, minPart)));
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

} // namespace dijkgraaf
