// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace stardeck::crypto {

//! Broad class of a failure; the message says exactly what was wrong.
enum class ErrorCode {
    InvalidFormat, //!< malformed text: not hex, not decimal, bad JSON field, ...
    InvalidLength, //!< right alphabet, wrong size
    OutOfRange,    //!< a number outside the range the operation accepts
    NotOnCurve,    //!< a point or key that is not on the curve
    Unsignable,    //!< the official library refuses to sign this (range rules)
    CryptoFailure, //!< an underlying primitive failed (should not happen)
};

//! An error value: a code for programs and a message for people.
struct Error {
    ErrorCode code = ErrorCode::InvalidFormat;
    std::string message;
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

//! A value or an Error (a small stand-in for C++23 std::expected).
template <class T>
class Expected {
public:
    Expected(T value) : m_v(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Expected(Error error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

//! Success-or-error for operations without a value.
class Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace stardeck::crypto
