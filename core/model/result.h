#pragma once

#include <QtGlobal> // QT_TRANSLATE_NOOP, which marks an error's template for translation

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace dijkgraaf {

struct Error;

// An argument of an error's message: a text as it is (a name, a value, a number), a word of
// the engine's own, marked with QT_TRANSLATE_NOOP("Errors", ...), or another error's message
// (where it is wrapped: "table 'x': ..."), both said in the user's language too.
struct ErrorArg
{
    std::string text;
    bool word = false;
    std::shared_ptr<const Error> error; // the message of this error, where set
    ErrorArg(std::string t) : text(std::move(t)) {}
    ErrorArg(const char *t) : text(t) {}
    ErrorArg(std::string_view t) : text(t) {}
};
// A number as digits.
inline ErrorArg arg(std::uint64_t n) { return ErrorArg(std::to_string(n)); }
// A word of the engine's, marked for translation.
inline ErrorArg word(const char *marked)
{
    ErrorArg a(marked);
    a.word = true;
    return a;
}

// Another error's message, as an argument (its file, line and column are not part of it).
ErrorArg messageOf(const Error &error);

// What went wrong, and where: expected failures (bad input, bad settings) are values.
struct Error
{
    std::string message;
    std::string file;       // empty when not about a file
    std::uint64_t line = 0; // 1-based physical line, 0 when not about a line
    std::string column;     // column name, empty when not about a column
    bool cancelled = false; // the user stopped the work; not a failure of the input
    // The message as an English template and its arguments, so that it can be said in the
    // user's language where it is shown: the template is marked with
    // QT_TRANSLATE_NOOP("Errors", ...), %1 to %9 standing for the arguments. Null where the
    // message exists in English only.
    const char *format = nullptr;
    std::vector<ErrorArg> args;

    // "file, line 12, column 'age': message"
    std::string text() const;
    // An error whose message is `format` with its arguments filled in (see format above).
    static Error of(const char *format, std::vector<ErrorArg> args = {}, std::string file = {},
                    std::uint64_t line = 0, std::string column = {});
    // The user stopped the work.
    static Error cancellation(std::string message, std::string file = {}, std::uint64_t line = 0)
    {
        Error e{std::move(message), std::move(file), line};
        e.cancelled = true;
        return e;
    }
};

// `format` with %1 to %9 replaced by args[0] to args[8], in one pass (an argument that holds
// a % sign stays as it is); %% is a single %.
std::string fillArguments(std::string_view format, const std::vector<std::string> &args);

// A value or the Error that prevented it.
template <class T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace dijkgraaf
