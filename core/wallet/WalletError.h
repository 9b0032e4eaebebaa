// SPDX-License-Identifier: MIT
#pragma once
// Errors of the wallet services (the IMX provider, the signers, connectImx). Every error carries the
// Passport SDK's error type (passport-sdk.md 3.4; the names are the SDK's strings) so scripts and the UI
// can act on it, plus a finer reason for our own decisions (security refusals, unknown outcomes).

#include <QString>

#include <utility>
#include <variant>

namespace stardeck::wallet {

//! Passport's PassportErrorType (@imtbl/auth 2.14.0), in the SDK's order.
enum class PassportErrorType {
    AuthenticationError,
    InvalidConfiguration,
    WalletConnectionError,
    NotLoggedInError,
    SilentLoginError,
    RefreshTokenError,
    UserRegistrationError,
    UserNotRegisteredError,
    LogoutError,
    TransferError,
    CreateOrderError,
    CancelOrderError,
    ExchangeTransferError,
    CreateTradeError,
    OperationNotSupportedError,
    LinkWalletAlreadyLinkedError,
    LinkWalletMaxWalletsLinkedError,
    LinkWalletValidationError,
    LinkWalletDuplicateNonceError,
    LinkWalletGenericError,
    ServiceUnavailableError,
    TransactionRejected,
};

//! Why, in our terms, an operation failed (the type says which operation, this says what happened).
enum class WalletFailure {
    InvalidRequest,   //!< the caller's input is invalid (bad address, amount not a multiple of the quantum,
                      //!< ...)
    NotLoggedIn,      //!< no Passport session
    NotRegistered,    //!< the user has no IMX registration (call registerOffchain)
    SessionEnded,     //!< the refresh token was refused (invalid_grant): log in again
    UserRejected,     //!< the user said no on the confirmation (or closed it)
    GuardianRejected, //!< Guardian confirmation was refused or not completed
    SecurityCheck,    //!< the server's signable does not match what was asked, or its hash does not verify
    ReadOnly,         //!< the account is in read-only mode (a write endpoint answered 403/404/410)
    Network,          //!< no answer (refused, timeout) before anything was submitted
    Api,              //!< the API answered with an error (httpStatus/apiCode say which)
    InvalidResponse,  //!< the API's answer is malformed
    OutcomeUnknown,   //!< a signed request was sent and no answer came: the journal holds it for resolution
    Unsupported,      //!< OPERATION_NOT_SUPPORTED_ERROR
    SignerFailed,     //!< the Ethereum or Stark signer failed
    Storage,          //!< the secret store or the journal failed
    Internal,         //!< a bug or a failed local primitive
};

//! An error value.
struct WalletError {
    PassportErrorType type = PassportErrorType::WalletConnectionError;
    WalletFailure failure = WalletFailure::Internal;
    QString message;    //!< for people; never contains a secret
    int httpStatus = 0; //!< the API's HTTP status when there was one
    QString apiCode;    //!< the API's error "code" when there was one
};

//! "TRANSFER_ERROR" etc.: the SDK's string for a type.
QString passportErrorTypeName(PassportErrorType type);
//! A short stable name for a failure ("security_check", "outcome_unknown", ...).
QString walletFailureName(WalletFailure failure);
//! A one-line description: "TRANSFER_ERROR: message".
QString describe(const WalletError &error);

inline WalletError walletError(PassportErrorType type, WalletFailure failure, QString message)
{
    return WalletError{type, failure, std::move(message), 0, {}};
}

//! A value or a WalletError.
template <class T>
class WalletResult {
public:
    WalletResult(T value) : m_v(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    WalletResult(WalletError error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &value(); }
    const WalletError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, WalletError> m_v;
};

//! Success or a WalletError.
class WalletStatus {
public:
    WalletStatus() = default;
    WalletStatus(WalletError error) : m_error(std::move(error)), m_ok(false) {} // NOLINT
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const WalletError &error() const { return m_error; }

private:
    WalletError m_error;
    bool m_ok = true;
};

} // namespace stardeck::wallet
