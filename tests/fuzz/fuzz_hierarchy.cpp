// The ARX hierarchy reader: whatever it accepts must be a hierarchy that nests (every label
// of a level falls in one label of the next), ends in a single "*", and survives being
// written out as rows and read back.
#include "fuzzinput.h"

#include "hierarchy/arxformat.h"

#include <cstdlib>

using namespace dijkgraaf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = fuzz::inputFile(data, size, ".csv");
    auto h = readArxHierarchy(path);
    if (!h)
        return 0;
    const int height = h->height();
    if (height < 0 || h->labelCount(height) != 1)
        std::abort();
    for (int level = 0; level <= height; ++level) {
        std::vector<std::uint32_t> leaves(h->labelCount(level), 0);
        for (std::uint32_t leaf = 0; leaf < h->domainSize(); ++leaf) {
            const std::uint32_t label = h->labelIndex(level, leaf);
            if (label >= h->labelCount(level))
                std::abort();
            ++leaves[label];
        }
        if (leaves != h->leafCounts(level))
            std::abort();
        if (level == 0)
            continue;
        // nesting: leaves sharing a label below share one here
        std::vector<std::uint32_t> above(h->labelCount(level - 1), ~0u);
        for (std::uint32_t leaf = 0; leaf < h->domainSize(); ++leaf) {
            std::uint32_t &a = above[h->labelIndex(level - 1, leaf)];
            const std::uint32_t label = h->labelIndex(level, leaf);
            if (a != ~0u && a != label)
                std::abort();
            a = label;
        }
    }
    for (std::uint32_t leaf = 0; leaf < h->domainSize(); ++leaf)
        if (h->leafOf(h->domainValue(leaf)) != leaf)
            std::abort();
    auto again = Hierarchy::fromRows(h->toRows());
    if (!again || again->toRows() != h->toRows())
        std::abort();
    return 0;
}
