// SPDX-License-Identifier: MIT
#include "wallet/WalletError.h"

namespace stardeck::wallet {

QString passportErrorTypeName(PassportErrorType type)
{
    switch (type) {
    case PassportErrorType::AuthenticationError:
        return QStringLiteral("AUTHENTICATION_ERROR");
    case PassportErrorType::InvalidConfiguration:
        return QStringLiteral("INVALID_CONFIGURATION");
    case PassportErrorType::WalletConnectionError:
        return QStringLiteral("WALLET_CONNECTION_ERROR");
    case PassportErrorType::NotLoggedInError:
        return QStringLiteral("NOT_LOGGED_IN_ERROR");
    case PassportErrorType::SilentLoginError:
        return QStringLiteral("SILENT_LOGIN_ERROR");
    case PassportErrorType::RefreshTokenError:
        return QStringLiteral("REFRESH_TOKEN_ERROR");
    case PassportErrorType::UserRegistrationError:
        return QStringLiteral("USER_REGISTRATION_ERROR");
    case PassportErrorType::UserNotRegisteredError:
        return QStringLiteral("USER_NOT_REGISTERED_ERROR");
    case PassportErrorType::LogoutError:
        return QStringLiteral("LOGOUT_ERROR");
    case PassportErrorType::TransferError:
        return QStringLiteral("TRANSFER_ERROR");
    case PassportErrorType::CreateOrderError:
        return QStringLiteral("CREATE_ORDER_ERROR");
    case PassportErrorType::CancelOrderError:
        return QStringLiteral("CANCEL_ORDER_ERROR");
    case PassportErrorType::ExchangeTransferError:
        return QStringLiteral("EXCHANGE_TRANSFER_ERROR");
    case PassportErrorType::CreateTradeError:
        return QStringLiteral("CREATE_TRADE_ERROR");
    case PassportErrorType::OperationNotSupportedError:
        return QStringLiteral("OPERATION_NOT_SUPPORTED_ERROR");
    case PassportErrorType::LinkWalletAlreadyLinkedError:
        return QStringLiteral("LINK_WALLET_ALREADY_LINKED_ERROR");
    case PassportErrorType::LinkWalletMaxWalletsLinkedError:
        return QStringLiteral("LINK_WALLET_MAX_WALLETS_LINKED_ERROR");
    case PassportErrorType::LinkWalletValidationError:
        return QStringLiteral("LINK_WALLET_VALIDATION_ERROR");
    case PassportErrorType::LinkWalletDuplicateNonceError:
        return QStringLiteral("LINK_WALLET_DUPLICATE_NONCE_ERROR");
    case PassportErrorType::LinkWalletGenericError:
        return QStringLiteral("LINK_WALLET_GENERIC_ERROR");
    case PassportErrorType::ServiceUnavailableError:
        return QStringLiteral("SERVICE_UNAVAILABLE_ERROR");
    case PassportErrorType::TransactionRejected:
        return QStringLiteral("TRANSACTION_REJECTED");
    }
    return QStringLiteral("UNKNOWN_ERROR");
}

QString walletFailureName(WalletFailure failure)
{
    switch (failure) {
    case WalletFailure::InvalidRequest:
        return QStringLiteral("invalid_request");
    case WalletFailure::NotLoggedIn:
        return QStringLiteral("not_logged_in");
    case WalletFailure::NotRegistered:
        return QStringLiteral("not_registered");
    case WalletFailure::SessionEnded:
        return QStringLiteral("session_ended");
    case WalletFailure::UserRejected:
        return QStringLiteral("user_rejected");
    case WalletFailure::GuardianRejected:
        return QStringLiteral("guardian_rejected");
    case WalletFailure::SecurityCheck:
        return QStringLiteral("security_check");
    case WalletFailure::ReadOnly:
        return QStringLiteral("read_only");
    case WalletFailure::Network:
        return QStringLiteral("network");
    case WalletFailure::Api:
        return QStringLiteral("api");
    case WalletFailure::InvalidResponse:
        return QStringLiteral("invalid_response");
    case WalletFailure::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case WalletFailure::Unsupported:
        return QStringLiteral("unsupported");
    case WalletFailure::SignerFailed:
        return QStringLiteral("signer_failed");
    case WalletFailure::Storage:
        return QStringLiteral("storage");
    case WalletFailure::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString describe(const WalletError &error)
{
    return passportErrorTypeName(error.type) + QStringLiteral(": ") + error.message;
}

} // namespace stardeck::wallet
