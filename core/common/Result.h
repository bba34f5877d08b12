// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mosaic {

/// Why an operation failed, in the two classes the command line reports differently.
enum class FailureKind
{
    BadInput, ///< The user's input (arguments, a file to import) is wrong; nothing was changed. Exit code 2.
    Operation, ///< The operation could not be carried out (I/O, a locked or damaged journal). Exit code 1.
};

/// A failure with a message written for the person who will read it: what went wrong and what to do.
struct Failure
{
    FailureKind kind = FailureKind::Operation;
    QString message;

    static Failure badInput(QString message) { return {FailureKind::BadInput, std::move(message)}; }
    static Failure operation(QString message) { return {FailureKind::Operation, std::move(message)}; }
};

/// Either a value or a Failure. Core code reports expected failures this way instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Failure failure)
        : m_state(std::move(failure))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Failure &failure() const { return std::get<Failure>(m_state); }

private:
    std::variant<T, Failure> m_state;
};

/// Success carries nothing.
struct Done
{ };
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace mosaic
