// SPDX-License-Identifier: MIT
#include "actions/ActionSupport.h"

#include "api/ImxClient.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace stardeck::ui {

using wallet::ActionState;
using wallet::WalletFailure;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stardeck::ui::ActionSupport", text);
}

TokenChoice choiceFor(const api::TokenDetails &token)
{
    TokenChoice choice;
    const bool eth = token.tokenAddress.isEmpty() || token.tokenAddress == QLatin1String("eth");
    choice.token.type = eth ? wallet::TokenRef::Type::Eth : wallet::TokenRef::Type::Erc20;
    choice.token.tokenAddress = eth ? QString() : token.tokenAddress.toLower();
    choice.symbol = token.symbol;
    choice.decimals = unsigned(token.decimals);
    choice.quantum = token.quantum;
    return choice;
}

//! Looks up the token details of each balance in turn (a handful of tokens: sequential is fine).
struct TokenLoad {
    api::ImxClient *client = nullptr;
    QPointer<QObject> context;
    std::vector<api::Balance> balances;
    std::size_t next = 0;
    QList<TokenChoice> out;
    std::function<void(QList<TokenChoice>, QString)> done;

    static void step(const std::shared_ptr<TokenLoad> &self)
    {
        if (!self->context)
            return;
        if (self->next == self->balances.size()) {
            self->done(self->out, {});
            return;
        }
        const api::Balance &balance = self->balances[self->next++];
        const QString address = balance.tokenAddress.isEmpty() ? QStringLiteral("eth") : balance.tokenAddress;
        self->client->token(address, self->context, [self, balance](api::ApiResult<api::TokenDetails> token) {
            if (!token.ok()) {
                self->done({}, tr("The token list could not be loaded: %1").arg(token.error().message));
                return;
            }
            TokenChoice choice = choiceFor(token.value());
            choice.balance = balance.balance;
            if (choice.symbol.isEmpty())
                choice.symbol = balance.symbol;
            self->out.append(choice);
            step(self);
        });
    }
};

} // namespace

void loadTokenChoices(api::ImxClient &client, const QString &owner, QObject *context,
                      std::function<void(QList<TokenChoice>, QString)> done)
{
    auto load = std::make_shared<TokenLoad>();
    load->client = &client;
    load->context = context;
    load->done = std::move(done);
    client.balances(owner, {}, context, [load](api::ApiResult<api::Page<api::Balance>> page) {
        if (!page.ok()) {
            load->done({}, tr("Your balances could not be loaded: %1").arg(page.error().message));
            return;
        }
        load->balances = page.value().items;
        TokenLoad::step(load);
    });
}

void loadPriceTokens(api::ImxClient &client, QObject *context,
                     std::function<void(QList<TokenChoice>, QString)> done)
{
    client.tokens({}, context, [done = std::move(done)](api::ApiResult<api::Page<api::TokenDetails>> page) {
        if (!page.ok()) {
            done({}, tr("The token list could not be loaded: %1").arg(page.error().message));
            return;
        }
        QList<TokenChoice> out;
        for (const api::TokenDetails &token : page.value().items)
            out.append(choiceFor(token));
        // ETH first, then by symbol.
        std::stable_sort(out.begin(), out.end(), [](const TokenChoice &a, const TokenChoice &b) {
            const bool aEth = a.token.type == wallet::TokenRef::Type::Eth;
            const bool bEth = b.token.type == wallet::TokenRef::Type::Eth;
            return aEth != bEth ? aEth : a.symbol < b.symbol;
        });
        done(out, {});
    });
}

QString actionStateText(ActionState state)
{
    switch (state) {
    case ActionState::Preparing:
        return tr("Preparing the transaction...");
    case ActionState::Checking:
        return tr("Checking the server's transaction against your request...");
    case ActionState::AwaitingApproval:
        return tr("Waiting for your approval in the confirmation window...");
    case ActionState::Signing:
        return tr("Signing...");
    case ActionState::Submitting:
        return tr("Submitting...");
    case ActionState::Done:
        return tr("Done.");
    case ActionState::Failed:
        return tr("Failed.");
    case ActionState::Unknown:
        return tr("Sent; waiting to learn the outcome.");
    }
    return {};
}

QString walletFailureText(const wallet::WalletError &error)
{
    switch (error.failure) {
    case WalletFailure::UserRejected:
        return tr("You rejected the confirmation. Nothing was signed or sent.");
    case WalletFailure::SecurityCheck:
        return tr("Refused: the server's transaction did not match what you asked for. Nothing was signed.");
    case WalletFailure::GuardianRejected:
        return tr("Refused: Immutable's Guardian confirmation was declined or not completed. Nothing was "
                  "sent.");
    case WalletFailure::ReadOnly:
        return tr("Your account is read-only for now, so nothing was sent: %1").arg(error.message);
    case WalletFailure::Network:
        return tr("The server did not answer before anything was sent; nothing changed. Try again later. "
                  "(%1)")
            .arg(error.message);
    case WalletFailure::Api:
        return tr("The server refused the request: %1").arg(error.message);
    case WalletFailure::InvalidResponse:
        return tr("The server's answer was malformed, so nothing was signed: %1").arg(error.message);
    case WalletFailure::OutcomeUnknown:
        return tr("Sent, but no answer came back. Stardeck will check the outcome; do not repeat it yet.");
    case WalletFailure::NotLoggedIn:
    case WalletFailure::SessionEnded:
        return tr("Your session has ended. Sign in again, then retry.");
    case WalletFailure::NotRegistered:
        return tr("This account is not registered with Immutable X yet.");
    case WalletFailure::InvalidRequest:
        return tr("The request is not valid: %1").arg(error.message);
    case WalletFailure::Unsupported:
        return tr("This operation is not supported for Passport accounts.");
    case WalletFailure::SignerFailed:
        return tr("Signing failed; nothing was sent: %1").arg(error.message);
    case WalletFailure::Storage:
        return tr("Local storage failed; nothing was sent: %1").arg(error.message);
    case WalletFailure::Internal:
        break;
    }
    return tr("Something went wrong: %1").arg(error.message);
}

} // namespace stardeck::ui
