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

} // namespace dijkgraaf
