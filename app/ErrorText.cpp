// SPDX-License-Identifier: MIT
#include "ErrorText.h"

#include <QCoreApplication>

namespace stardeck::app {

namespace {

QString withDetails(const QString &headline, const QString &details)
{
    return details.isEmpty() ? headline : headline + QStringLiteral(" (") + details + QStringLiteral(")");
}

} // namespace

QString walletErrorText(const wallet::WalletError &error)
{
    using wallet::WalletFailure;
    QString headline;
    switch (error.failure) {
    case WalletFailure::InvalidRequest:
        headline =
            QCoreApplication::translate("ErrorText", "The request is not valid; check what you entered.");
        break;
    case WalletFailure::NotLoggedIn:
    case WalletFailure::SessionEnded:
        headline = QCoreApplication::translate("ErrorText", "Your session has ended. Log in again.");
        break;
    case WalletFailure::NotRegistered:
        headline =
            QCoreApplication::translate("ErrorText", "Your account is not registered with Immutable X yet.");
        break;
    case WalletFailure::UserRejected:
        headline = QCoreApplication::translate("ErrorText", "You declined the request.");
        break;
    case WalletFailure::GuardianRejected:
        headline =
            QCoreApplication::translate("ErrorText", "Immutable's Guardian did not confirm the request.");
        break;
    case WalletFailure::SecurityCheck:
        headline = QCoreApplication::translate(
            "ErrorText",
            "The server's answer did not pass Stardeck's security checks, so nothing was signed. "
            "Do not retry until you know why.");
        break;
    case WalletFailure::ReadOnly:
        headline = QCoreApplication::translate("ErrorText",
                                               "Your account is read-only for now: you can look, not send.");
        break;
    case WalletFailure::Network:
        headline = QCoreApplication::translate(
            "ErrorText",
            "Immutable's servers cannot be reached. Check your internet connection and try again.");
        break;
    case WalletFailure::Api:
        headline = QCoreApplication::translate("ErrorText", "Immutable's servers refused the request.");
        break;
    case WalletFailure::InvalidResponse:
        headline = QCoreApplication::translate(
            "ErrorText", "Immutable's servers sent an answer Stardeck does not understand. Try again later.");
        break;
    case WalletFailure::OutcomeUnknown:
        headline = QCoreApplication::translate(
            "ErrorText", "The request was sent but no answer came back; Stardeck will check whether it went "
                         "through. Do not send it again.");
        break;
    case WalletFailure::Unsupported:
        headline = QCoreApplication::translate("ErrorText", "This is not supported for your account.");
        break;
    case WalletFailure::SignerFailed:
        headline = QCoreApplication::translate(
            "ErrorText", "Your signing key could not sign. Try again; if it keeps failing, log out and in.");
        break;
    case WalletFailure::Storage:
        headline = QCoreApplication::translate("ErrorText",
                                               "Stardeck could not read or write its protected storage.");
        break;
    case WalletFailure::Internal:
        headline = QCoreApplication::translate("ErrorText", "Something went wrong inside Stardeck.");
        break;
    }
    return withDetails(headline, error.message);
}

QString passportErrorText(const passport::PassportError &error)
{
    using passport::PassportErrorCode;
    QString headline;
    switch (error.code) {
    case PassportErrorCode::Transient:
        headline = QCoreApplication::translate(
            "ErrorText",
            "Immutable Passport cannot be reached. Check your internet connection and try again.");
        break;
    case PassportErrorCode::InvalidGrant:
    case PassportErrorCode::NotLoggedIn:
        headline = QCoreApplication::translate("ErrorText", "Your session has ended. Log in again.");
        break;
    case PassportErrorCode::AuthorizationDenied:
        headline = QCoreApplication::translate("ErrorText", "The login was cancelled or refused.");
        break;
    case PassportErrorCode::InvalidConfiguration:
        headline = QCoreApplication::translate(
            "ErrorText",
            "The login settings are not valid; check the client ID and redirect URI in Settings.");
        break;
    case PassportErrorCode::InvalidIdToken:
    case PassportErrorCode::UnknownKey:
    case PassportErrorCode::StateMismatch:
    case PassportErrorCode::InvalidCallback:
        headline = QCoreApplication::translate(
            "ErrorText", "The login answer did not pass Stardeck's security checks. Log in again.");
        break;
    case PassportErrorCode::NoLoginPending:
        headline = QCoreApplication::translate(
            "ErrorText", "That login had already finished or was replaced. Log in again.");
        break;
    case PassportErrorCode::OAuthError:
    case PassportErrorCode::InvalidResponse:
    case PassportErrorCode::Internal:
        headline = QCoreApplication::translate("ErrorText", "The login failed. Try again.");
        break;
    }
    return withDetails(headline, error.message);
}

QString actionText(wallet::ActionKind kind)
{
    using wallet::ActionKind;
    switch (kind) {
    case ActionKind::Registration:
        return QCoreApplication::translate("ErrorText", "Registration");
    case ActionKind::Transfer:
        return QCoreApplication::translate("ErrorText", "Transfer");
    case ActionKind::BatchNftTransfer:
        return QCoreApplication::translate("ErrorText", "NFT transfer");
    case ActionKind::CreateOrder:
        return QCoreApplication::translate("ErrorText", "Listing");
    case ActionKind::CancelOrder:
        return QCoreApplication::translate("ErrorText", "Cancelling a listing");
    case ActionKind::CreateTrade:
        return QCoreApplication::translate("ErrorText", "Purchase");
    case ActionKind::ExchangeTransfer:
        return QCoreApplication::translate("ErrorText", "Exchange transfer");
    }
    return QCoreApplication::translate("ErrorText", "Action");
}

QString actionStateText(wallet::ActionState state)
{
    using wallet::ActionState;
    switch (state) {
    case ActionState::Preparing:
        return QCoreApplication::translate("ErrorText", "preparing");
    case ActionState::Checking:
        return QCoreApplication::translate("ErrorText", "checking");
    case ActionState::AwaitingApproval:
        return QCoreApplication::translate("ErrorText", "waiting for your approval");
    case ActionState::Signing:
        return QCoreApplication::translate("ErrorText", "signing");
    case ActionState::Submitting:
        return QCoreApplication::translate("ErrorText", "sending");
    case ActionState::Done:
        return QCoreApplication::translate("ErrorText", "done");
    case ActionState::Failed:
        return QCoreApplication::translate("ErrorText", "failed");
    case ActionState::Unknown:
        return QCoreApplication::translate("ErrorText", "outcome unknown");
    }
    return QString();
}

} // namespace stardeck::app
