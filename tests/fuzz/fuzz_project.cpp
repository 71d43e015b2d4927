// The project loader: a project file (SQLite) as it could arrive damaged or tampered with.
// What it opens must save and open again to the same project.
#include "fuzzinput.h"

#include "project/project.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace dijkgraaf;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // the SQLite driver is a Qt plugin, found through the application
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = fuzz::inputFile(data, size, ".dijkgraaf");
    auto p = openProject(path);
    if (!p)
        return 0;
    const std::string copy = path + "-saved.dijkgraaf";
    if (!saveProject(*p, copy))
        return 0; // a value the format cannot hold again is refused with a message
    auto again = openProject(copy);
    std::remove(copy.c_str());
    if (!again || again->configuration != p->configuration ||
        again->publication != p->publication || again->approvals.size() != p->approvals.size() ||
        again->sourceSha256 != p->sourceSha256 ||
        // a project without a cell-key secret gets one when it is saved, by design
        (p->cellKeySecret.empty() ? again->cellKeySecret.size() != 64
                                  : again->cellKeySecret != p->cellKeySecret))
        std::abort();
    return 0;
}
