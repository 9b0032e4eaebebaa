// SPDX-License-Identifier: MIT
#pragma once

#include "Io.h"

#include "api/ApiError.h"
#include "passport/Environment.h"
#include "passport/PassportError.h"
#include "wallet/SecretStore.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace stardeck::passport {
class PassportSession;
}
namespace stardeck::api {
class ImxClient;
}
namespace stardeck::platform {
class EncryptedFileSecretStore;
}

namespace stardeck::cli {

//! The options that come before a wallet command.
struct GlobalOptions {
    passport::Environment::Kind kind = passport::Environment::Kind::Local;
    QUrl sandboxUrl; //!< local only
    bool json = false;
};

//! What one wallet command runs on: the environment, the network, the secret store, the Passport
//! session restored from it and the IMX read client. Owns the process's only event loop: run()
//! returns when a command calls finish() (after pending secret-store writes have completed).
class WalletApp : public QObject {
    Q_OBJECT
public:
    WalletApp(GlobalOptions options, passport::Environment environment, const io::Streams &streams);
    ~WalletApp() override;

    //! Runs `start` on the event loop and returns the exit code given to finish().
    int run(const std::function<void()> &start);
    //! Ends the command with `code` once pending store writes are done.
    void finish(int code);
    //! True once finish() or fail() was called (later results are dropped).
    bool isFinishing() const { return m_finishing; }
    //! Reports `error` (stderr; also a JSON object on stdout with --json) and finishes with its exit code.
    void fail(const wallet::WalletError &error);

    //! Opens the secret store (keychain, else the encrypted file with its passphrase).
    void openStore(std::function<void()> then);
    //! Creates the Passport session (`redirectUri` empty = the loopback default).
    passport::PassportSession &createSession(const QString &redirectUri = {});
    //! Opens the store and restores the stored session; fails with NOT_LOGGED_IN_ERROR when there is none.
    void restoreSession(std::function<void()> then);
    //! Removes the stored refresh token.
    void forgetSession(std::function<void(wallet::SecretStoreStatus)> then);
    //! Calls `then` once every queued store write (e.g. a rotated refresh token) has finished.
    void whenStored(std::function<void()> then);

    const GlobalOptions &options() const { return m_options; }
    bool json() const { return m_options.json; }
    const passport::Environment &environment() const { return m_environment; }
    const io::Streams &streams() const { return m_streams; }
    QNetworkAccessManager &nam() { return m_nam; }
    passport::PassportSession &session() { return *m_session; }
    wallet::SecretStore &store() { return *m_store; }
    //! The IMX read client (created on first use).
    api::ImxClient &imx();
    //! The store key of this environment's refresh token.
    QString refreshTokenKey() const;

    //! The user's IMX address from the ID token, or USER_NOT_REGISTERED_ERROR.
    wallet::WalletResult<QString> imxAddress() const;

    //! Writes text to stdout / stderr.
    void out(const QString &text) const;
    void err(const QString &text) const;
    //! A message for people on stderr; with --json a JSON line {"event", "message", ...extra} instead.
    void notice(const QString &event, const QString &text, const QJsonObject &extra = {}) const;
    //! Writes one compact JSON value and a newline to stdout.
    void outJson(const QJsonValue &value) const;

    //! A read failure as a wallet error (SERVICE_UNAVAILABLE_ERROR with the network/api failure).
    static wallet::WalletError fromApi(const api::ApiError &error);
    //! A session failure as a wallet error (NOT_LOGGED_IN / REFRESH_TOKEN / AUTHENTICATION ...).
    static wallet::WalletError fromPassport(const passport::PassportError &error,
                                            wallet::PassportErrorType type);
    //! A secret-store failure as a wallet error.
    static wallet::WalletError fromStore(const wallet::SecretStoreError &error);
    //! The exit code of a wallet error.
    static int exitCodeFor(const wallet::WalletError &error);

private:
    void storeRefreshToken();
    void enqueueStoreOperation(std::function<void(std::function<void()>)> operation);
    void runNextStoreOperation();
    void maybeQuit();

    GlobalOptions m_options;
    passport::Environment m_environment;
    io::Streams m_streams;
    QNetworkAccessManager m_nam;
    std::unique_ptr<wallet::SecretStore> m_store;
    platform::EncryptedFileSecretStore *m_fileStore = nullptr;
    passport::PassportSession *m_session = nullptr;
    api::ImxClient *m_imx = nullptr;
    QList<std::function<void(std::function<void()>)>> m_storeQueue;
    int m_pendingWrites = 0;                    //!< queued or running store operations
    QList<std::function<void()>> m_afterWrites; //!< whenStored() callbacks waiting for the queue
    bool m_finishing = false;
    int m_exitCode = 0;
    bool m_quit = false;
};

} // namespace stardeck::cli
