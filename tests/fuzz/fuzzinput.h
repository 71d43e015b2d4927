#pragma once
// Shared by the libFuzzer targets: the readers under test take file paths, so each input is
// written to a file of this process's own (in memory where /dev/shm exists).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace dijkgraaf::fuzz {

inline std::string scratchFolder()
{
    const char *shm = "/dev/shm";
    return access(shm, W_OK) == 0 ? shm : "/tmp";
}

// The input as a file named after the process, rewritten for every input.
inline std::string inputFile(const std::uint8_t *data, std::size_t size, const char *suffix)
{
    static const std::string path =
        scratchFolder() + "/dijkgraaf-fuzz-" + std::to_string(getpid()) + suffix;
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        std::abort();
    if (size && std::fwrite(data, 1, size, f) != size)
        std::abort();
    std::fclose(f);
    return path;
}

} // namespace dijkgraaf::fuzz
