#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace dijkgraaf {

// What went wrong, and where: expected failures (bad input, bad settings) are values.
struct Error
{
    std::string message;
    std::string file;       // empty when not about a file
    std::uint64_t line = 0; // 1-based physical line, 0 when not about a line
    std::string column;     // column name, empty when not about a column
    bool cancelled = false; // the user stopped the work; not a failure of the input

    // "file, line 12, column 'age': message"
    std::string text() const;
    // The user stopped the work.
    static Error cancellation(std::string message, std::string file = {}, std::uint64_t line = 0)
    {
        Error e{std::move(message), std::move(file), line};
        e.cancelled = true;
        return e;
    }
};

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
