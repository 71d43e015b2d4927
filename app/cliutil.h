#pragma once

#include "io/importsettings.h"

#include "publish/audit.h"
// What the command-line front end's commands share: argument parsing, output helpers, and
// reading the data.

#include "hierarchy/hierarchyspec.h"
#include "model/dataset.h"
#include "model/hierarchy.h"
#include "model/result.h"

#include <atomic>
#include <QJsonObject>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dijkgraaf::cli {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

// ---------------------------------------------------------------- argument parsing

struct Arguments
{
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;
    std::set<std::string> flags;

    bool has(const std::string &name) const { return values.count(name) || flags.count(name); }
    std::string value(const std::string &name, const std::string &fallback = {}) const
    {
        auto it = values.find(name);
        return it == values.end() ? fallback : it->second.back();
    }
    std::vector<std::string> all(const std::string &name) const
    {
        auto it = values.find(name);
        return it == values.end() ? std::vector<std::string>{} : it->second;
    }
};

struct UsageError
{
    std::string message;
};

struct Command
{
    std::string name;
    std::string summary;
    std::string usage;
    std::string help;
    std::set<std::string> valueOptions;
    std::set<std::string> flagOptions;
    std::size_t minPositional;
    std::size_t maxPositional;
    std::function<int(const Arguments &)> run;
};

Arguments parseArguments(const Command &cmd, const std::vector<std::string> &args);
std::vector<std::string> splitList(const std::string &s, char sep = ',');
// "a=FILE" -> {a, FILE}
std::pair<std::string, std::string> splitAssignment(const std::string &option,
                                                    const std::string &s);
double parseNumberOption(const std::string &option, const std::string &s, double lo, double hi);
std::uint64_t parseCountOption(const std::string &option, const std::string &s, std::uint64_t lo);

enum class Format { Text, Json };
Format parseFormat(const Arguments &a);

void printJson(const QJsonObject &o);
// Text as it may go to a terminal: control characters (an escape sequence in a value or a
// file name) shown as \xNN rather than obeyed.
std::string printable(std::string_view text);
int fail(const Error &e); // prints the error, returns kFailed

// The audit's options from --audit-time; its progress goes to stderr when that is a
// terminal, and Ctrl+C stops it (the audit then fails as not proven).
AuditOptions auditOptions(const Arguments &a);
// Clears the progress line, and gives Ctrl+C back its usual meaning.
void clearProgressLine();
// While it lives, Ctrl+C sets flag() instead of ending the program: a statement running in a
// database is then cancelled on the server, and the command ends with a message.
class QueryInterrupt
{
public:
    QueryInterrupt();
    ~QueryInterrupt();
    QueryInterrupt(const QueryInterrupt &) = delete;
    QueryInterrupt &operator=(const QueryInterrupt &) = delete;
    const std::atomic<bool> *flag() const;
};
std::string grouped(std::uint64_t v);
std::string pct(double share);
std::string fixed(double v, int digits = 4);

// How to read the data, from --delimiter, --encoding and --skip-bad-lines.
ImportSettings importSettings(const Arguments &a);
// Reads the data at path as the settings say (readData), its warnings on standard error.
Result<Dataset> importData(const ImportSettings &settings, const std::string &path,
                           const ReadScope &scope = {});
// Reads the CSV at path with the import options of the command line.
Result<Dataset> importData(const Arguments &a, const std::string &path,
                           const ReadScope &scope = {});
Result<std::size_t> findColumn(const Dataset &data, const std::string &name);
Result<Hierarchy> buildFromSpec(const Column &column, const std::string &text);
// The hierarchy the command line gives a quasi-identifier: --hierarchy a=FILE, then
// --build a=SPEC, then DIR/<data>_hierarchy_<a>.csv under --hierarchies; none when no option
// names one.
Result<std::optional<HierarchySpec>>
hierarchySpecOption(const Arguments &a, const std::string &dataPath, const std::string &name);

} // namespace dijkgraaf::cli
