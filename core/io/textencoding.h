#pragma once

#include <string>
#include <string_view>

namespace dijkgraaf {

bool isValidUtf8(std::string_view s);
// Decodes Windows-1252 bytes into UTF-8.
std::string windows1252ToUtf8(std::string_view s);
// Replaces each invalid UTF-8 sequence by U+FFFD.
std::string repairUtf8(std::string_view s);
// Number of code points (UTF-8 lead bytes).
std::size_t utf8Length(std::string_view s);
// The first n code points.
std::string_view utf8Prefix(std::string_view s, std::size_t n);

} // namespace dijkgraaf
