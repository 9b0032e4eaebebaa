// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace stardeck::api {

//! Why a read failed. Programs branch on the kind; people read the message.
struct ApiError {
    enum class Kind {
        Network,    //!< no HTTP answer: connection refused, reset, DNS, TLS ...
        Timeout,    //!< no complete answer within the per-request timeout
        HttpStatus, //!< a non-2xx answer; status, code and message from the IMX error body
        Decode,     //!< the body is not the JSON the API documents; path names the field
        TooLarge,   //!< the body exceeded the client's size cap and was not read
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; //!< HTTP status when one arrived, else 0
    QString code;       //!< IMX error code ("account_not_found") for HttpStatus, when the body had one
    QString message;    //!< human-readable detail
    QString path;       //!< JSON path of the offending field for Decode ("result[2].token.data.quantity")
    int attempts = 1;   //!< how many attempts were made before giving up

    //! A one-line description of the error for logs and CLI output.
    QString toString() const;
};

//! A decoded value or an ApiError.
template <class T>
class ApiResult {
public:
    ApiResult(T value) : m_v(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    ApiResult(ApiError error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &value(); }
    const ApiError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, ApiError> m_v;
};

} // namespace stardeck::api
