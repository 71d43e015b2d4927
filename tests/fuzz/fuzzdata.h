#pragma once
// The data the configuration and release targets read their settings against: 400 invented
// customers from the demo generator (the same seed gives the same file everywhere), made once
// per process.

#include "fuzzinput.h"

#include "demo/customergenerator.h"
#include "io/csvreader.h"
#include "project/configurationfile.h"

#include <QByteArray>
#include <optional>

#include <cstdlib>
#include <unistd.h>

namespace dijkgraaf::fuzz {

inline const Dataset &customers()
{
    static const Dataset data = [] {
        const std::string path =
            scratchFolder() + "/dijkgraaf-fuzz-customers-" + std::to_string(getpid()) + ".csv";
        if (!generateCustomers(path, 400, 20261201))
            std::abort();
        auto read = readCsv(path);
        std::remove(path.c_str());
        if (!read)
            std::abort();
        return std::move(*read);
    }();
    return data;
}

// The input as a configuration file imported against the customers, if it is one.
inline std::optional<ImportedConfiguration> importedConfiguration(const std::uint8_t *bytes,
                                                                  std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    auto root = parseConfigurationFile(text, "fuzz.json");
    if (!root)
        return std::nullopt;
    auto imported = configurationFromFile(*root, customers(), "fuzz.json", scratchFolder());
    if (!imported)
        return std::nullopt;
    return std::move(*imported);
}

} // namespace dijkgraaf::fuzz
