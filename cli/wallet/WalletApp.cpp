// SPDX-License-Identifier: MIT
#include "wallet/WalletApp.h"

#include "CliMain.h"
#include "SecretInput.h"

#include "api/ImxClient.h"
#include "passport/PassportSession.h"
#include "platform/EncryptedFileSecretStore.h"
#include "platform/SecretStoreFactory.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <utility>

namespace stardeck::cli {

using wallet::PassportErrorType;
using wallet::WalletError;
using wallet::WalletFailure;

namespace {

QString kindName(passport::Environment::Kind kind)
{
    switch (kind) {
    case passport::Environment::Kind::Production:
        return QStringLiteral("production");
    case passport::Environment::Kind::Sandbox:
        return QStringLiteral("sandbox");
    case passport::Environment::Kind::Local:
        break;
    }
    return QStringLiteral("local");
}

//! Reads the file store's passphrase: STARDECK_PASSPHRASE, else a no-echo prompt on the terminal.
crypto::Expected<crypto::SecureBytes> readPassphrase()
{
    QByteArray fromEnv = qgetenv("STARDECK_PASSPHRASE");
    if (!fromEnv.isEmpty()) {
        crypto::SecureBytes secret(reinterpret_cast<const std::uint8_t *>(fromEnv.constData()),
                                   std::size_t(fromEnv.size()));
        crypto::secureWipe(fromEnv.data(), std::size_t(fromEnv.size()));
        return secret;
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return crypto::makeError(crypto::ErrorCode::InvalidFormat,
                                 "no keychain, and no terminal to ask for the secret file's passphrase: "
                                 "set STARDECK_PASSPHRASE");
    // The CLI's top level, before any request is in flight: a blocking read is fine here.
    auto secret = secretinput::readFromFd(tty, tty, "Passphrase of the Stardeck secret file: ");
    ::close(tty);
    return secret;
}

} // namespace

WalletApp::WalletApp(GlobalOptions options, passport::Environment environment, const io::Streams &streams)
    : m_options(std::move(options)), m_environment(std::move(environment)), m_streams(streams)
{}

WalletApp::~WalletApp()
{
    // Children (commands' helpers, the provider) use the session, the client, the manager and the
    // store: delete them first, then the session and the client, before the members go.
    const QObjectList helpers = children();
    for (QObject *helper : helpers)
        delete helper;
    delete m_imx;
    delete m_session;
}

int WalletApp::run(const std::function<void()> &start)
{
    QEventLoop loop;
    QTimer::singleShot(0, this, start);
    // The CLI's top level: the only event loop of the process (core code never runs one).
    while (!m_quit)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return m_exitCode;
}

void WalletApp::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    maybeQuit();
}

void WalletApp::maybeQuit()
{
    if (m_finishing && m_pendingWrites == 0)
        m_quit = true;
}

void WalletApp::fail(const WalletError &error)
{
    if (m_finishing)
        return;
    err(wallet::describe(error) + u'\n');
    if (m_options.json) {
        QJsonObject object{{QStringLiteral("type"), wallet::passportErrorTypeName(error.type)},
                           {QStringLiteral("failure"), wallet::walletFailureName(error.failure)},
                           {QStringLiteral("message"), error.message}};
        if (error.httpStatus != 0)
            object.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.apiCode.isEmpty())
            object.insert(QStringLiteral("api_code"), error.apiCode);
        outJson(QJsonObject{{QStringLiteral("error"), object}});
    }
    finish(exitCodeFor(error));
}

int WalletApp::exitCodeFor(const WalletError &error)
{
    switch (error.failure) {
    case WalletFailure::InvalidRequest:
        return ExitUsage;
    case WalletFailure::NotLoggedIn:
    case WalletFailure::SessionEnded:
        return ExitNotLoggedIn;
    case WalletFailure::NotRegistered:
        return ExitNotRegistered;
    case WalletFailure::UserRejected:
    case WalletFailure::GuardianRejected:
        return ExitRejected;
    case WalletFailure::SecurityCheck:
        return ExitSecurity;
    case WalletFailure::OutcomeUnknown:
        return ExitOutcomeUnknown;
    case WalletFailure::Network:
        return ExitNetwork;
    case WalletFailure::Api:
    case WalletFailure::InvalidResponse:
    case WalletFailure::ReadOnly:
        return ExitApi;
    case WalletFailure::Unsupported:
    case WalletFailure::SignerFailed:
    case WalletFailure::Storage:
    case WalletFailure::Internal:
        break;
    }
    return ExitFailed;
}

WalletError WalletApp::fromApi(const api::ApiError &error)
{
    WalletFailure failure = WalletFailure::Api;
    switch (error.kind) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
        failure = WalletFailure::Network;
        break;
    case api::ApiError::Kind::Decode:
    case api::ApiError::Kind::TooLarge:
        failure = WalletFailure::InvalidResponse;
        break;
    case api::ApiError::Kind::HttpStatus:
        break;
    }
    WalletError e =
        wallet::walletError(PassportErrorType::ServiceUnavailableError, failure, error.toString());
    e.httpStatus = error.httpStatus;
    e.apiCode = error.code;
    return e;
}

WalletError WalletApp::fromPassport(const passport::PassportError &error, PassportErrorType type)
{
    using passport::PassportErrorCode;
    switch (error.code) {
    case PassportErrorCode::Transient:
        return wallet::walletError(type, WalletFailure::Network, error.message);
    case PassportErrorCode::InvalidGrant:
        return wallet::walletError(PassportErrorType::NotLoggedInError, WalletFailure::SessionEnded,
                                   error.message + QStringLiteral(" (the session is over: log in again)"));
    case PassportErrorCode::NotLoggedIn:
        return wallet::walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                                   error.message);
    case PassportErrorCode::InvalidConfiguration:
        return wallet::walletError(PassportErrorType::InvalidConfiguration, WalletFailure::InvalidRequest,
                                   error.message);
    case PassportErrorCode::InvalidResponse:
        return wallet::walletError(type, WalletFailure::InvalidResponse, error.message);
    case PassportErrorCode::InvalidIdToken:
    case PassportErrorCode::UnknownKey:
    case PassportErrorCode::StateMismatch:
        return wallet::walletError(type, WalletFailure::SecurityCheck, error.message);
    case PassportErrorCode::AuthorizationDenied:
        return wallet::walletError(type, WalletFailure::UserRejected, error.message);
    case PassportErrorCode::OAuthError:
        return wallet::walletError(type, WalletFailure::Api, error.message);
    case PassportErrorCode::NoLoginPending:
    case PassportErrorCode::InvalidCallback:
    case PassportErrorCode::Internal:
        break;
    }
    return wallet::walletError(type, WalletFailure::Internal, error.message);
}

WalletError WalletApp::fromStore(const wallet::SecretStoreError &error)
{
    return wallet::walletError(PassportErrorType::AuthenticationError, WalletFailure::Storage,
                               QStringLiteral("secret store: ") + error.message);
}

void WalletApp::out(const QString &text) const
{
    io::writeAll(m_streams.out, text.toUtf8());
}

void WalletApp::err(const QString &text) const
{
    io::writeAll(m_streams.err, text.toUtf8());
}

void WalletApp::notice(const QString &event, const QString &text, const QJsonObject &extra) const
{
    if (!m_options.json) {
        err(text + u'\n');
        return;
    }
    QJsonObject o = extra;
    o.insert(QStringLiteral("event"), event);
    o.insert(QStringLiteral("message"), text);
    io::writeLine(m_streams.err, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void WalletApp::outJson(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    io::writeLine(m_streams.out, doc.toJson(QJsonDocument::Compact));
}

void WalletApp::openStore(std::function<void()> then)
{
    const QByteArray choice = qgetenv("STARDECK_SECRET_STORE");
    platform::SecretStoreConfig config;
    config.fileDirectory = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/stardeck-cli/secrets");
    const auto useChoice = [this, then](platform::SecretStoreChoice chosen) {
        m_store = std::move(chosen.store);
        m_fileStore = chosen.fileStore;
        if (m_fileStore) {
            auto passphrase = readPassphrase();
            if (!passphrase) {
                fail(wallet::walletError(PassportErrorType::AuthenticationError, WalletFailure::Storage,
                                         QString::fromStdString(passphrase.error().message)));
                return;
            }
            m_fileStore->setPassphrase(std::move(passphrase).value());
        }
        then();
    };
    if (choice == "file") {
        platform::SecretStoreChoice chosen;
        auto file = std::make_unique<platform::EncryptedFileSecretStore>(config.fileDirectory, config.scrypt);
        chosen.fileStore = file.get();
        chosen.store = std::move(file);
        QTimer::singleShot(0, this,
                           [useChoice, chosen = std::make_shared<platform::SecretStoreChoice>(
                                           std::move(chosen))]() mutable { useChoice(std::move(*chosen)); });
        return;
    }
    platform::chooseSecretStore(config, this, useChoice);
}

passport::PassportSession &WalletApp::createSession(const QString &redirectUri)
{
    passport::ClientSettings client = m_environment.client();
    if (!redirectUri.isEmpty())
        client.redirectUri = redirectUri;
    passport::Environment environment = m_environment;
    switch (m_environment.kind()) {
    case passport::Environment::Kind::Local:
        environment = passport::Environment::local(m_options.sandboxUrl, client);
        break;
    case passport::Environment::Kind::Sandbox:
        environment = passport::Environment::sandbox(client);
        break;
    case passport::Environment::Kind::Production:
        environment = passport::Environment::production(client);
        break;
    }
    delete m_session;
    m_session = new passport::PassportSession(environment, m_nam);
    connect(m_session, &passport::PassportSession::refreshTokenChanged, this, &WalletApp::storeRefreshToken);
    return *m_session;
}

void WalletApp::storeRefreshToken()
{
    if (!m_store)
        return;
    auto token = std::make_shared<crypto::SecureBytes>(m_session->refreshToken());
    enqueueStoreOperation([this, token](std::function<void()> next) {
        const auto done = [this, next](wallet::SecretStoreStatus status) {
            if (!status)
                err(QStringLiteral("warning: could not store the session: %1\n").arg(status.error().message));
            next();
        };
        if (token->empty())
            m_store->remove(refreshTokenKey(), this, done);
        else
            m_store->write(refreshTokenKey(), std::move(*token), this, done);
    });
}

void WalletApp::enqueueStoreOperation(std::function<void(std::function<void()>)> operation)
{
    // Writes and removes run one after the other: the file store works on a thread pool, where a
    // later remove could otherwise finish before an earlier write.
    ++m_pendingWrites;
    m_storeQueue.append(std::move(operation));
    if (m_pendingWrites == 1)
        runNextStoreOperation();
}

void WalletApp::runNextStoreOperation()
{
    if (m_storeQueue.isEmpty())
        return;
    auto operation = m_storeQueue.takeFirst();
    operation([this] {
        --m_pendingWrites;
        if (m_pendingWrites > 0)
            runNextStoreOperation();
        else
            for (const auto &then : std::exchange(m_afterWrites, {}))
                then();
        maybeQuit();
    });
}

void WalletApp::whenStored(std::function<void()> then)
{
    if (m_pendingWrites == 0)
        QTimer::singleShot(0, this, std::move(then));
    else
        m_afterWrites.append(std::move(then));
}

void WalletApp::restoreSession(std::function<void()> then)
{
    openStore([this, then] {
        m_store->read(refreshTokenKey(), this, [this, then](wallet::SecretReadResult read) {
            if (!read) {
                if (read.error().code == wallet::SecretStoreErrorCode::NotFound)
                    fail(wallet::walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                                             QStringLiteral("not logged in: run 'stardeck-cli login'")));
                else
                    fail(fromStore(read.error()));
                return;
            }
            passport::PassportSession &session = createSession();
            session.restore(read.takeValue(), this, [this, then](passport::PassportStatus status) {
                if (!status) {
                    const WalletError error =
                        fromPassport(status.error(), PassportErrorType::RefreshTokenError);
                    if (status.error().code == passport::PassportErrorCode::InvalidGrant) {
                        // The stored session is over: forget it so the next command says "not logged in".
                        forgetSession([this, error](wallet::SecretStoreStatus) { fail(error); });
                        return;
                    }
                    fail(error);
                    return;
                }
                then();
            });
        });
    });
}

void WalletApp::forgetSession(std::function<void(wallet::SecretStoreStatus)> then)
{
    enqueueStoreOperation([this, then](std::function<void()> next) {
        m_store->remove(refreshTokenKey(), this, [next, then](wallet::SecretStoreStatus status) {
            then(status);
            next();
        });
    });
}

api::ImxClient &WalletApp::imx()
{
    if (!m_imx) {
        api::ImxClientConfig config;
        config.baseUrl = m_environment.serviceUrl(passport::Environment::Service::Imx);
        m_imx = new api::ImxClient(config, &m_nam);
        // F25: expiry times and token checks depend on this machine's clock; say when it is off.
        QObject::connect(
            &m_imx->clockSkew(), &api::ClockSkew::skewedChanged, &m_imx->clockSkew(),
            [this](bool skewed, qint64 seconds) {
                if (skewed)
                    notice(QStringLiteral("clock_skew"),
                           QStringLiteral("warning: this computer's clock is %1 minutes %2 the "
                                          "server's; fix it (expiry times and sign-in depend on it)")
                               .arg(std::abs(seconds) / 60)
                               .arg(seconds > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of")),
                           {{QStringLiteral("skew_seconds"), seconds}});
            });
    }
    return *m_imx;
}

QString WalletApp::refreshTokenKey() const
{
    // One session per deployment and client: a token of another sandbox instance is never sent there.
    const QByteArray where =
        m_environment.serviceUrl(passport::Environment::Service::Auth).toString().toUtf8() + ' ' +
        m_environment.client().clientId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("stardeck-cli.%1.%2.refresh-token")
        .arg(kindName(m_environment.kind()), QString::fromLatin1(digest));
}

wallet::WalletResult<QString> WalletApp::imxAddress() const
{
    if (!m_session || !m_session->isLoggedIn())
        return wallet::walletError(PassportErrorType::NotLoggedInError, WalletFailure::NotLoggedIn,
                                   QStringLiteral("not logged in"));
    const auto claims = m_session->passportClaims();
    if (!claims)
        return wallet::walletError(
            PassportErrorType::UserNotRegisteredError, WalletFailure::NotRegistered,
            QStringLiteral("the user is not registered with IMX: run 'stardeck-cli register'"));
    return claims->imxEthAddress;
}

} // namespace stardeck::cli
