#pragma once

#include <QString>

#include <utility>
#include <variant>

/// What went wrong, in words a user can act on, with a code callers can branch on.
struct Error {
    enum class Code {
        InvalidData, ///< input (JSON, a file, an argument) does not have the expected shape
        NotFound, ///< the session or object does not exist
        NotADatabase, ///< the file is not an SQLite database
        Corrupt, ///< the database file is damaged
        NewerSchema, ///< written by a newer version of the app
        Busy, ///< another process holds the database for too long
        Io, ///< the disk or the file system failed
        AlreadyRunning, ///< another window uses the same data folder
        NoKeychain, ///< no OS keychain (Secret Service, KWallet) is available
        Conflict, ///< another process changed the data or holds it; read again and retry
        Cancelled, ///< the user stopped it; nothing of it was kept
        Tampered, ///< a file was changed after it was written, or is not signed as required
        OnHold, ///< a legal hold keeps the conversation: it cannot be trashed or deleted
    };

    Code code = Code::InvalidData;
    QString message;
};

/// An expected-style result: a value, or an Error. Used instead of exceptions and
/// out-parameters across the code base (std::expected is C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    /// By value, so `for (auto &x : f().value())` never refers into a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    /// The value, or @p fallback on an error.
    T valueOr(T fallback) const & { return hasValue() ? value() : std::move(fallback); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
