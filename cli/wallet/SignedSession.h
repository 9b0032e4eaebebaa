// SPDX-License-Identifier: MIT
#pragma once

#include "ArgParser.h"
#include "wallet/TokenBook.h"
#include "wallet/WalletApp.h"

#include "wallet/SubmissionJournal.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace stardeck::wallet {
class GuardianClient;
class ImxProvider;
class WalletConnector;
} // namespace stardeck::wallet

namespace stardeck::cli {

class CliConfirmationPrompt;

//! Everything a signed command keeps alive until the process ends (a child of the app).
class SignedSession : public QObject {
public:
    explicit SignedSession(QObject *parent) : QObject(parent) {}
    std::unique_ptr<QLockFile> lock; //!< held while the journal is open (one process per journal)
    std::optional<wallet::SubmissionJournal> journal;
    wallet::WalletConnector *connector = nullptr;
    wallet::GuardianClient *guardian = nullptr;
    CliConfirmationPrompt *prompt = nullptr;
    wallet::ImxProvider *provider = nullptr;
    TokenBook tokens;
};

//! Restores the session, connects the wallet (connectImx), opens the submission journal, resolves
//! what an earlier run left pending, loads the token list, then calls `then` (failures end the command).
void withProvider(WalletApp &app, const ArgParser &p, std::function<void(SignedSession &)> then);
//! Prints a result (JSON object, or the headline and "key: value" lines) and exits 0.
void succeed(WalletApp &app, const QString &headline, const QJsonObject &result);
//! Declares --yes and --no-browser.
void declareSigned(ArgParser &p);

//! Ends the command with the error when `result` failed; true then.
template <class T>
bool failed(WalletApp &app, const wallet::WalletResult<T> &result)
{
    if (result.ok())
        return false;
    app.fail(result.error());
    return true;
}

} // namespace stardeck::cli
