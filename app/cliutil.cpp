#include "cliutil.h"

#include "io/postgres.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

#include "hierarchy/arxformat.h"
#include "hierarchy/hierarchyspec.h"
#include "io/csvreader.h"
#include "io/importsettings.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <charconv>
#include <cstdio>
#include <sstream>

namespace dijkgraaf::cli {

Arguments parseArguments(const Command &cmd, const std::vector<std::string> &args)
{
    Arguments out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a.substr(2);
            std::string value;
            bool inlineValue = false;
            if (auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
                inlineValue = true;
            }
            if (cmd.flagOptions.count(name)) {
                if (inlineValue)
                    throw UsageError{"--" + name + " takes no value"};
                out.flags.insert(name);
            } else if (cmd.valueOptions.count(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size())
                        throw UsageError{"--" + name + " needs a value"};
                    value = args[++i];
                }
                out.values[name].push_back(value);
            } else {
                throw UsageError{"unknown option --" + name};
            }
        } else {
            out.positional.push_back(a);
        }
    }
    if (out.positional.size() < cmd.minPositional)
        throw UsageError{"missing argument; usage: " + cmd.usage};
    if (out.positional.size() > cmd.maxPositional)
        throw UsageError{"unexpected argument '" + out.positional[cmd.maxPositional] +
                         "'; usage: " + cmd.usage};
    return out;
}

std::vector<std::string> splitList(const std::string &s, char sep)
{
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, sep)) {
        const auto b = item.find_first_not_of(' ');
        const auto e = item.find_last_not_of(' ');
        if (b != std::string::npos)
            out.push_back(item.substr(b, e - b + 1));
    }
    return out;
}

// "a=FILE" -> {a, FILE}
std::pair<std::string, std::string> splitAssignment(const std::string &option, const std::string &s)
{
    const auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
        throw UsageError{"--" + option + " expects ATTRIBUTE=VALUE, got '" + s + "'"};
    return {s.substr(0, eq), s.substr(eq + 1)};
}

double parseNumberOption(const std::string &option, const std::string &s, double lo, double hi)
{
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !(v >= lo && v <= hi)) {
        std::ostringstream msg;
        msg << "--" << option << " expects a number from " << lo << " to " << hi << ", got '" << s
            << "'";
        throw UsageError{msg.str()};
    }
    return v;
}

std::uint64_t parseCountOption(const std::string &option, const std::string &s, std::uint64_t lo)
{
    std::uint64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || v < lo)
        throw UsageError{"--" + option + " expects a whole number of at least " +
                         std::to_string(lo) + ", got '" + s + "'"};
    return v;
}

Format parseFormat(const Arguments &a)
{
    const std::string f = a.value("format", "text");
    if (f == "text")
        return Format::Text;
    if (f == "json")
        return Format::Json;
    throw UsageError{"--format expects json or text, got '" + f + "'"};
}

// ---------------------------------------------------------------- output helpers

void printJson(const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c1) {
            char code[8];
            std::snprintf(code, sizeof code, "\\x%02X",
                          c1 ? static_cast<unsigned>(static_cast<unsigned char>(text[++i])) : c);
            out += code;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

int fail(const Error &e)
{
    std::fprintf(stderr, "dijkgraaf: %s\n", printable(e.text()).c_str());
    return kFailed;
}

std::string grouped(std::uint64_t v)
{
    std::string s = std::to_string(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
        s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

std::string pct(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", share * 100.0);
    return buf;
}

std::string fixed(double v, int digits)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// ---------------------------------------------------------------- shared steps

ImportSettings importSettings(const Arguments &a)
{
    ImportSettings s;
    const std::string d = a.value("delimiter");
    if (d == "tab" || d == "\\t")
        s.delimiter = '\t';
    else if (d.size() == 1 && std::string(",;|\t").find(d[0]) != std::string::npos)
        s.delimiter = d[0];
    else if (!d.empty())
        throw UsageError{"--delimiter expects one of , ; | tab, got '" + d + "'"};
    const std::string enc = a.value("encoding", "auto");
    if (enc == "auto")
        s.encoding = TextEncoding::Auto;
    else if (enc == "utf-8" || enc == "utf8")
        s.encoding = TextEncoding::Utf8;
    else if (enc == "windows-1252" || enc == "cp1252")
        s.encoding = TextEncoding::Windows1252;
    else
        throw UsageError{"--encoding expects auto, utf-8 or windows-1252, got '" + enc + "'"};
    s.raggedRows = a.flags.count("skip-bad-lines") ? RaggedRows::Skip : RaggedRows::Stop;
    return s;
}

Result<Dataset> importData(const ImportSettings &settings, const std::string &path,
                           const ReadScope &scope)
{
    // of a database, Ctrl-C cancels the statement on the server
    std::optional<QueryInterrupt> interrupt;
    if (isPostgresUrl(path))
        interrupt.emplace();
    auto data = readData(path, settings, interrupt ? interrupt->flag() : nullptr, {}, scope);
    if (!data) {
        Error e = data.error();
        if (e.message.find("where the header has") != std::string::npos)
            e.message += " (or run again with --skip-bad-lines)";
        return e;
    }
    for (const auto &w : data->warnings)
        std::fprintf(stderr, "dijkgraaf: warning: %s\n", printable(w).c_str());
    return data;
}

Result<Dataset> importData(const Arguments &a, const std::string &path, const ReadScope &scope)
{
    return importData(importSettings(a), path, scope);
}

Result<std::size_t> findColumn(const Dataset &data, const std::string &name)
{
    if (auto i = data.columnIndex(name))
        return *i;
    std::string names;
    for (const auto &c : data.columns)
        names += (names.empty() ? "" : ", ") + c.name;
    return Error{"the data has no column '" + name + "'; its columns are: " + names,
                 data.sourcePath};
}

Result<Hierarchy> buildFromSpec(const Column &column, const std::string &text)
{
    auto spec = HierarchySpec::parse(text);
    if (!spec)
        throw UsageError{"--build: " + spec.error().message};
    return buildHierarchy(column, *spec);
}

Result<std::optional<HierarchySpec>>
hierarchySpecOption(const Arguments &a, const std::string &dataPath, const std::string &name)
{
    auto named = [&](const char *option) -> std::optional<std::string> {
        for (const auto &s : a.all(option))
            if (auto [n, value] = splitAssignment(option, s); n == name)
                return value;
        return std::nullopt;
    };
    std::optional<std::string> file = named("hierarchy");
    if (!file) {
        if (auto build = named("build")) {
            auto spec = HierarchySpec::parse(*build);
            if (!spec)
                throw UsageError{"--build: " + spec.error().message};
            return std::optional<HierarchySpec>(*spec);
        }
        if (a.has("hierarchies")) {
            const std::string found = findArxHierarchyFile(a.value("hierarchies"), dataPath, name);
            const std::string candidate = arxHierarchyPath(a.value("hierarchies"), dataPath, name);
            if (!found.empty())
                file = found;
            else
                // a search over a made-up two-level hierarchy proves the wrong optimum, so the
                // fallback must be seen, not silent
                std::fprintf(stderr,
                             "dijkgraaf: warning: --hierarchies: no file %s for the "
                             "quasi-identifier '%s'; it gets two levels, its values and '*'\n",
                             printable(candidate).c_str(), printable(name).c_str());
        }
    }
    if (!file)
        return std::optional<HierarchySpec>();
    auto h = readArxHierarchy(*file);
    if (!h)
        return h.error();
    return std::optional<HierarchySpec>(HierarchySpec::table(h->toRows(), *file));
}

} // namespace dijkgraaf::cli

namespace dijkgraaf::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
bool g_progressShown = false;
// lock-free, so that the signal handler may set it
std::atomic<bool> g_stopQuery{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

extern "C" void onQueryInterrupt(int)
{
    g_stopQuery.store(true, std::memory_order_relaxed);
}

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

AuditOptions auditOptions(const Arguments &a)
{
    AuditOptions o;
    if (a.has("audit-time"))
        o.timeLimitSeconds = parseNumberOption("--audit-time", a.value("audit-time"), 1, 86400);
    g_interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    const bool terminal = stderrIsTerminal();
    o.progress = [terminal](double share) {
        if (terminal) {
            std::fprintf(stderr, "\raudit: %3.0f %% of the hidden figures settled (Ctrl+C stops)",
                         100 * share);
            std::fflush(stderr);
            g_progressShown = true;
        }
        return g_interrupted == 0;
    };
    return o;
}

QueryInterrupt::QueryInterrupt()
{
    g_stopQuery = false;
    std::signal(SIGINT, onQueryInterrupt);
}

QueryInterrupt::~QueryInterrupt()
{
    std::signal(SIGINT, SIG_DFL);
}

const std::atomic<bool> *QueryInterrupt::flag() const
{
    return &g_stopQuery;
}

void clearProgressLine()
{
    if (g_progressShown)
        std::fprintf(stderr, "\r%70s\r", "");
    g_progressShown = false;
    std::signal(SIGINT, SIG_DFL);
}

} // namespace dijkgraaf::cli
