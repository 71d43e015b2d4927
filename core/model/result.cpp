#include "result.h"

namespace dijkgraaf {

std::string Error::text() const
{
    std::string where;
    auto add = [&where](const std::string &part) {
        if (!where.empty())
            where += ", ";
        where += part;
    };
    if (!file.empty())
        add(file);
    if (line > 0)
        add("line " + std::to_string(line));
    if (!column.empty())
        add("column '" + column + "'");
    return where.empty() ? message : where + ": " + message;
}

ErrorArg messageOf(const Error &error)
{
    ErrorArg a(error.message);
    a.error = std::make_shared<const Error>(error);
    return a;
}

Error Error::of(const char *format, std::vector<ErrorArg> args, std::string file,
                std::uint64_t line, std::string column)
{
    std::vector<std::string> texts;
    for (const ErrorArg &a : args)
        texts.push_back(a.text);
    Error e{fillArguments(format, texts), std::move(file), line, std::move(column)};
    e.format = format;
    e.args = std::move(args);
    return e;
}

std::string fillArguments(std::string_view format, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(format.size());
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        if (c == '%' && i + 1 < format.size()) {
            const char next = format[i + 1];
            if (next == '%') {
                out += '%';
                ++i;
                continue;
            }
            if (next >= '1' && next <= '9') {
                const auto n = static_cast<std::size_t>(next - '1');
                if (n < args.size()) {
                    out += args[n];
                    ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

} // namespace dijkgraaf
