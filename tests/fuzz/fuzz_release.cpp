// The release computation: a configuration file's tables built and protected on the data
// (thresholds with their audit, cell-key perturbation, differential privacy). Noise comes
// from a seeded generator so that every finding reproduces. Each table must survive the
// project's storage format unchanged.
#include "fuzzdata.h"



#include <cstdlib>

using namespace dijkgraaf;

namespace {
class FuzzRandom final : public RandomSource
{
public:
    std::uint64_t next() override { return m_random.next(); }

private:
    SeededRandom m_random{42};
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const Dataset &data = fuzz::customers();
    const auto imported = fuzz::importedConfiguration(bytes, size);
    if (!imported || imported->publication.tables.size() > 4)
        return 0;
    FuzzRandom random;
    AuditOptions audit;
    audit.timeLimitSeconds = 5;
    auto computed = computeRelease(data, imported->config, imported->publication,
                                   std::string(64, 'a'), random, {}, audit, {},
                                   std::string(64, 'b'));
    if (!computed)
        return 0;
    if (computed->tables.size() != imported->publication.tables.size())
        std::abort();
    for (const Release &r : computed->tables) {
        const QJsonObject stored = releaseToJson(r);
        auto back = releaseFromJson(stored);
        if (!back || releaseToJson(*back) != stored)
            std::abort();
    }
    return 0;
}
