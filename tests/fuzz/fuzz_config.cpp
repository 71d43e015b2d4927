// The configuration importer ("config import"): a configuration file read against the data.
// What it accepts must survive being written out and read back unchanged.
#include "fuzzdata.h"

#include "project/configurationjson.h"


using namespace dijkgraaf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const Dataset &data = fuzz::customers();
    const auto imported = fuzz::importedConfiguration(bytes, size);
    if (!imported)
        return 0;
    const QJsonObject config = configurationToJson(imported->config, data);
    auto again = configurationFromJson(config, data);
    if (!again || !(*again == imported->config))
        std::abort();
    const QJsonObject publication = publicationToJson(imported->publication);
    auto publicationAgain = publicationFromJson(publication, data, fuzz::scratchFolder());
    if (!publicationAgain || publicationToJson(*publicationAgain) != publication)
        std::abort();
    return 0;
}
