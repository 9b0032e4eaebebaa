// SPDX-License-Identifier: MIT
#include "AppServices.h"

#include "AssetActions.h"
#include "ErrorText.h"
#include "SessionVault.h"
#include "pages/OverviewPage.h"

#include "MainWindow.h"
#include "Sandbox.h"
#include "actions/AddressBook.h"
#include "api/ImxClient.h"
#include "confirm/DialogConfirmationPrompt.h"
#include "login/LoginDialog.h"
#include "media/MediaLoader.h"
#include "models/ActivityModel.h"
#include "models/AssetGridModel.h"
#include "models/BalancesModel.h"
#include "models/MarketModel.h"
#include "pages/AssetsPage.h"
#include "pages/LoginPage.h"
#include "pages/MarketPage.h"
#include "pages/RegisterPage.h"
#include "passport/LoopbackReceiver.h"
#include "passport/PassportSession.h"
#include "settings/SettingsPage.h"
#include "starkex/Amount.h"
#include "wallet/ImxProvider.h"
#include "wallet/IncomingTransferWatcher.h"
#include "wallet/SecretStore.h"
#include "wallet/WalletConnector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace stardeck::app {

using passport::Environment;

namespace {

//! What belongs to one connected account; deleting it ends every callback of the account. The
//! provider (a child) goes before the journal it writes to.
class AccountScope : public QObject {
public:
    explicit AccountScope(QObject *parent) : QObject(parent) {}
    ~AccountScope() override
    {
        const QObjectList owned = children();
        for (QObject *child : owned)
            delete child;
        delete prompt;
    }
    std::optional<wallet::SubmissionJournal> journal;
    QPointer<ui::DialogConfirmationPrompt> prompt;
};

//! What arrived, for a notification: "0.25 ETH", "an NFT (#12)", or "a token transfer".
QString receivedText(const api::Transfer &transfer)
{
    const api::TokenAmount &token = transfer.token;
    if (token.type == QLatin1String("ERC721"))
        return AppServices::tr("an NFT (#%1)").arg(token.tokenId.value_or(QString()));
    const int decimals = token.decimals.value_or(token.type == QLatin1String("ETH") ? 18 : -1);
    const QString symbol =
        token.symbol.value_or(token.type == QLatin1String("ETH") ? QStringLiteral("ETH") : QString());
    if (decimals >= 0 && !symbol.isEmpty()) {
        if (const auto amount = starkex::formatAmount(token.quantity, unsigned(decimals)))
            return QString::fromStdString(*amount) + QLatin1Char(' ') + symbol;
    }
    return AppServices::tr("a token transfer");
}

QString kindName(Environment::Kind kind)
{
    switch (kind) {
    case Environment::Kind::Production:
        return QStringLiteral("production");
    case Environment::Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Kind::Local:
        break;
    }
    return QStringLiteral("local");
}

//! Saves the window's geometry in the preferences when it closes.
class GeometryKeeper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close)
            QSettings().setValue(QStringLiteral("window/geometry"),
                                 static_cast<QWidget *>(watched)->saveGeometry());
        return QObject::eventFilter(watched, event);
    }
};

QString appDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

AppServices::AppServices(AppOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{}

AppServices::~AppServices()
{
    // The account's objects use the session, the client and the store: they go first.
    delete m_accountContext;
    delete m_loginDialog;
    m_window.reset();
    delete m_balances;
    delete m_assets;
    delete m_activity;
    delete m_market;
    delete m_media;
    delete m_imx;
    delete m_session;
}

bool AppServices::start(QString *error)
{
    if (!buildEnvironment(error))
        return false;
    buildServices();
    // The last run's size and place (saved when the window closes).
    m_window->restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    m_window->installEventFilter(new GeometryKeeper(m_window.get()));
    m_window->show();
    setState(State::Starting);
    m_window->showLogin(tr("Opening your wallet…"));
    m_window->loginPage()->setBusy(true);
    m_vault->open([this](const QString &problem) {
        m_window->settingsPage()->setSecretStoreDescription(m_vault->description());
        if (!problem.isEmpty()) {
            m_window->showLogin(problem, true);
            setState(State::LoggedOut);
            return;
        }
        restoreOrLogin();
    });
    return true;
}

bool AppServices::buildEnvironment(QString *error)
{
    const ui::AppSettings &s = m_options.settings;
    passport::ClientSettings client = passport::ClientSettings::sandboxClient();
    if (!s.clientId.isEmpty())
        client.clientId = s.clientId;
    if (!s.redirectUri.isEmpty())
        client.redirectUri = s.redirectUri;
    if (s.environment == QLatin1String("embedded")) {
        sandbox::SandboxOptions options;
        options.autoLoginEmail = m_options.autoLoginEmail;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString why;
        if (!m_sandbox->start(&why)) {
            *error = tr("The built-in demo sandbox could not start: %1").arg(why);
            return false;
        }
        m_environment = Environment::local(m_sandbox->baseUrl(), client);
    } else if (s.environment == QLatin1String("local")) {
        m_environment = Environment::local(QUrl(s.sandboxUrl), client);
    } else if (s.environment == QLatin1String("sandbox")) {
        m_environment = Environment::sandbox(client);
    } else {
        m_environment = Environment::production(client);
    }
    const passport::PassportStatus valid = m_environment->validate();
    if (!valid) {
        *error = tr("The settings for %1 cannot be used: %2").arg(s.environment, valid.error().message);
        return false;
    }
    return true;
}

void AppServices::buildServices()
{
    m_session = createSession(QString());

    api::ImxClientConfig imxConfig;
    imxConfig.baseUrl = m_environment->serviceUrl(Environment::Service::Imx);
    m_imx = new api::ImxClient(imxConfig, &m_nam);

    media::MediaConfig mediaConfig;
    mediaConfig.cacheDirectory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/media");
    mediaConfig.allowThirdParty = m_options.settings.thirdPartyMedia;
    for (Environment::Service service : {Environment::Service::Imx, Environment::Service::Auth,
                                         Environment::Service::Mr, Environment::Service::Passport}) {
        const QString host = m_environment->serviceUrl(service).host().toLower();
        if (!host.isEmpty())
            mediaConfig.firstPartyHosts.insert(host);
    }
    m_media = new media::MediaLoader(mediaConfig);

    m_addressBook = new ui::AddressBook(QString(), this);
    m_addressBook->load(); // an unreadable book is reported by the dialogs that use it

    m_balances = new ui::BalancesModel(m_imx, m_media);
    m_assets = new ui::AssetGridModel(m_imx, m_media);
    m_activity = new ui::ActivityModel(m_imx);
    // F19: senders in the address book are trusted; the activity hides poisoning transfers from others.
    m_activity->setKnownAddresses(m_addressBook->knownAddresses());
    connect(m_addressBook, &ui::AddressBook::changed, m_activity,
            [this] { m_activity->setKnownAddresses(m_addressBook->knownAddresses()); });
    // F19: the receivers of past transfers count as used for the Send dialog's look-alike warning
    // and its "first time" note (the journal's are added when the wallet opens and after actions).
    connect(m_activity, &ui::ActivityModel::finished, m_addressBook,
            [this] { m_addressBook->addUsedAddresses(m_activity->sentToAddresses()); });
    m_market = new ui::MarketModel(m_imx);

    m_window = std::make_unique<ui::MainWindow>();
    m_window->setModels(m_balances, m_assets, m_activity);
    m_window->setMarketModel(m_market);
    // F25: the API client compares every answer's Date header with this computer's clock; the
    // window shows a warning strip while they are more than 5 minutes apart.
    connect(&m_imx->clockSkew(), &api::ClockSkew::skewedChanged, m_window.get(),
            &ui::MainWindow::showClockSkew);
    m_window->showClockSkew(m_imx->clockSkew().isSkewed(), m_imx->clockSkew().skewSeconds().value_or(0));
    m_vault =
        new SessionVault(m_options.secretDirectory.isEmpty() ? appDataDirectory() + QStringLiteral("/secrets")
                                                             : m_options.secretDirectory,
                         m_window.get(), this);
    connect(m_vault, &SessionVault::idle, this, &AppServices::storeIdle);
    connect(m_vault, &SessionVault::writeFailed, m_window.get(), &ui::MainWindow::showActionProgress);
    m_window->setEnvironmentName(environmentTitle());
    ui::SettingsPage *settings = m_window->settingsPage();
    settings->setSettings(m_options.settings);
    connect(settings, &ui::SettingsPage::thirdPartyMediaChanged, this, [this](bool allowed) {
        m_media->setAllowThirdParty(allowed);
        if (allowed) {
            m_balances->retryImages();
            m_assets->retryImages();
        }
    });
    connect(m_window->loginPage(), &ui::LoginPage::loginRequested, this, &AppServices::login);
    connect(m_window->loginPage(), &ui::LoginPage::browserLoginRequested, this, &AppServices::browserLogin);
    connect(m_window->registerPage(), &ui::RegisterPage::registerRequested, this,
            &AppServices::registerAccount);
    connect(m_window.get(), &ui::MainWindow::logoutRequested, this, &AppServices::logout);
}

QString AppServices::environmentTitle() const
{
    const QString name = m_options.settings.environment;
    if (name == QLatin1String("embedded"))
        return tr("Built-in demo sandbox");
    if (name == QLatin1String("local"))
        return tr("Local sandbox %1").arg(m_options.settings.sandboxUrl);
    if (name == QLatin1String("sandbox"))
        return tr("Immutable X testnet");
    return tr("Immutable X mainnet");
}

passport::PassportSession *AppServices::createSession(const QString &redirectUri)
{
    passport::ClientSettings client = m_environment->client();
    if (!redirectUri.isEmpty())
        client.redirectUri = redirectUri;
    Environment environment = *m_environment;
    switch (m_environment->kind()) {
    case Environment::Kind::Local:
        environment = Environment::local(
            m_sandbox ? m_sandbox->baseUrl() : QUrl(m_options.settings.sandboxUrl), client);
        break;
    case Environment::Kind::Sandbox:
        environment = Environment::sandbox(client);
        break;
    case Environment::Kind::Production:
        environment = Environment::production(client);
        break;
    }
    m_sessionEnvironment = environment;
    m_loopbackSession = !redirectUri.isEmpty();
    auto *session = new passport::PassportSession(environment, m_nam);
    connect(session, &passport::PassportSession::refreshTokenChanged, this, &AppServices::storeRefreshToken);
    connect(session, &passport::PassportSession::sessionEnded, this, [this, session](const QString &) {
        if (session != m_session || m_state != State::Ready)
            return;
        tearDownAccount();
        m_window->showLogin(tr("Your session has ended (it expired or was revoked). Log in again."), true);
        setState(State::LoggedOut);
    });
    return session;
}

void AppServices::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString AppServices::refreshTokenKey() const
{
    // One session per deployment and client: a token of another sandbox instance is never sent there.
    const QByteArray where = m_environment->serviceUrl(Environment::Service::Auth).toString().toUtf8() + ' ' +
                             m_environment->client().clientId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("stardeck.%1.%2.refresh-token")
        .arg(kindName(m_environment->kind()), QString::fromLatin1(digest));
}

void AppServices::restoreOrLogin()
{
    m_vault->read(refreshTokenKey(), this, [this](wallet::SecretReadResult read) {
        if (!read) {
            if (read.error().code == wallet::SecretStoreErrorCode::NotFound) {
                m_window->showLogin(
                    m_sandbox ? tr("This is the built-in demo sandbox: log in as demo@stardeck.test "
                                   "(the login page shows the one-time code).")
                              : QString());
                setState(State::LoggedOut);
                if (!m_options.autoLoginEmail.isEmpty())
                    login();
            } else {
                m_window->showLogin(
                    tr("Your stored session could not be read (%1). Log in again.").arg(read.error().message),
                    true);
                setState(State::LoggedOut);
            }
            return;
        }
        m_window->loginPage()->setStatus(tr("Restoring your session…"));
        m_session->restore(read.takeValue(), this, [this](passport::PassportStatus status) {
            if (status) {
                onLoggedIn();
                return;
            }
            if (status.error().code == passport::PassportErrorCode::InvalidGrant) {
                m_vault->remove(refreshTokenKey());
                m_window->showLogin(tr("Your session has ended. Log in again."));
            } else {
                m_window->showLogin(passportErrorText(status.error()), true);
            }
            setState(State::LoggedOut);
        });
    });
}

void AppServices::login()
{
    if (m_loginDialog) {
        m_loginDialog->raise();
        m_loginDialog->activateWindow();
        return;
    }
    if (m_state != State::LoggedOut && m_state != State::LoggingIn)
        return;
    delete m_receiver; // a browser login still waiting is abandoned
    if (m_accountContext)
        tearDownAccount(); // a session that could not be connected
    if (m_session->isLoggedIn() || m_loopbackSession) {
        m_session->deleteLater();
        m_session = createSession(QString());
    }
    setState(State::LoggingIn);
    auto *dialog = new ui::LoginDialog(*m_session, ui::LoginPolicy::forEnvironment(*m_sessionEnvironment),
                                       m_window.get());
    m_loginDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::LoginDialog::loggedIn, this, &AppServices::onLoggedIn);
    connect(dialog, &ui::LoginDialog::browserLoginRequested, this, [this, dialog] {
        dialog->close();
        browserLogin();
    });
    connect(dialog, &ui::LoginDialog::loginFailed, this, &AppServices::loginFailed);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_state == State::LoggingIn && !m_receiver) {
            m_window->showLogin();
            setState(State::LoggedOut);
        }
    });
    dialog->open();
    dialog->start();
}

void AppServices::onLoggedIn()
{
    setState(State::Connecting); // first: closing the dialog must not read as a cancelled login
    if (m_loginDialog)
        m_loginDialog->close();
    m_window->showLogin(tr("Connecting your wallet…"));
    m_window->loginPage()->setBusy(true);
    connectWallet();
}

void AppServices::connectWallet()
{
    delete m_accountContext;
    auto *scope = new AccountScope(this);
    m_accountContext = scope;
    m_connector = new wallet::WalletConnector(*m_sessionEnvironment, wallet::TeeSettings::passportDefaults(),
                                              *m_session, m_nam, *m_vault->store(), scope);
    m_connector->connectPassport(scope, [this,
                                         scope](wallet::WalletResult<wallet::ConnectedAccount> account) {
        if (!account) {
            m_window->showLogin(tr("You are logged in, but your wallet could not be connected. %1")
                                    .arg(walletErrorText(account.error())),
                                true);
            setState(State::LoggedOut);
            return;
        }
        const QByteArray digest =
            QCryptographicHash::hash(refreshTokenKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        const QString directory =
            m_options.dataDirectory.isEmpty() ? appDataDirectory() : m_options.dataDirectory;
        QDir().mkpath(directory);
        auto journal = wallet::SubmissionJournal::open(
            directory + QStringLiteral("/journal-%1.json").arg(QString::fromLatin1(digest)));
        if (!journal) {
            m_window->showLogin(tr("Stardeck cannot open its record of sent actions. %1")
                                    .arg(walletErrorText(journal.error())),
                                true);
            setState(State::LoggedOut);
            return;
        }
        scope->journal.emplace(std::move(journal).value());
        ui::ConfirmationDialog::Options confirmOptions;
        confirmOptions.addressName = [book =
                                          QPointer<ui::AddressBook>(m_addressBook)](const QString &address) {
            return book ? book->nameFor(address) : QString();
        };
        scope->prompt = new ui::DialogConfirmationPrompt(
            m_window.get(), confirmOptions, m_sessionEnvironment->serviceUrl(Environment::Service::Passport));
        wallet::ProviderServices services{.environment = *m_sessionEnvironment,
                                          .nam = &m_nam,
                                          .session = m_session,
                                          .client = m_imx,
                                          .journal = &*scope->journal,
                                          .prompt = scope->prompt.data(),
                                          .guardian = nullptr,
                                          .crashPoint = {}};
        m_provider = new wallet::ImxProvider(services, account.value(), scope);
        connect(m_provider, &wallet::ImxProvider::progress, this, &AppServices::onProgress);
        connect(m_provider, &wallet::ImxProvider::readOnlyChanged, this,
                [this](bool readOnly, const QString &why) {
                    m_window->showActionProgress(readOnly ? tr("Read-only: %1").arg(why) : QString());
                });
        if (!m_provider->isRegisteredOffchain()) {
            const auto &claims = m_session->claims();
            m_window->showRegistration(claims ? claims->email : QString());
            setState(State::NeedsRegistration);
            return;
        }
        m_provider->resumePending(scope, [this](wallet::WalletResult<QList<wallet::ResolvedEntry>> resolved) {
            if (!resolved)
                m_window->notify(tr("Stardeck"), tr("Earlier actions could not be checked yet: %1")
                                                     .arg(walletErrorText(resolved.error())));
            else if (!resolved.value().isEmpty())
                m_window->notify(tr("Stardeck"),
                                 tr("%n earlier action(s) resolved", nullptr, int(resolved.value().size())));
            enterWallet();
        });
    });
}

void AppServices::rememberJournalReceivers(const wallet::SubmissionJournal &journal)
{
    m_addressBook->addUsedFromJournal(journal.entries());
    m_activity->setKnownAddresses(m_addressBook->knownAddresses());
}

void AppServices::enterWallet()
{
    const wallet::WalletResult<QString> address = m_provider->getAddress();
    if (!address) {
        m_window->showLogin(walletErrorText(address.error()), true);
        setState(State::LoggedOut);
        return;
    }
    m_balances->setOwner(address.value());
    m_balances->refresh();
    m_assets->setOwner(address.value());
    m_assets->reload();
    m_activity->setOwner(address.value());
    if (auto *scope = static_cast<AccountScope *>(m_accountContext); scope && scope->journal) {
        m_activity->setPendingEntries(scope->journal->pending());
        rememberJournalReceivers(*scope->journal);
    }
    m_activity->refresh();
    m_market->setOwner(address.value());
    m_market->refresh();
    // Transfers that arrive while the wallet runs: a notice, and the views catch up.
    auto *incoming = new wallet::IncomingTransferWatcher(m_imx, m_accountContext);
    connect(
        incoming, &wallet::IncomingTransferWatcher::received, this, [this](const api::Transfer &transfer) {
            const QString sender = transfer.user.size() > 12
                                       ? transfer.user.left(6) + QChar(0x2026) + transfer.user.right(4)
                                       : transfer.user;
            m_balances->refresh();
            m_assets->reload();
            // F19: no notice (with the sender's look-alike edges) for a possible poisoning transfer.
            const bool suspicious = m_activity->isSuspicious(transfer);
            m_activity->refresh();
            if (suspicious)
                return;
            m_window->notify(tr("Stardeck"), tr("Received %1 from %2").arg(receivedText(transfer), sender));
        });
    incoming->start(address.value());
    auto *actions = new AssetActions(ui::ActionServices{m_provider, m_imx, m_addressBook}, m_window.get(),
                                     m_accountContext);
    ui::AssetsPage *assets = m_window->assetsPage();
    connect(assets, &ui::AssetsPage::sendRequested, actions, &AssetActions::send);
    connect(assets, &ui::AssetsPage::sendSeveralRequested, actions, &AssetActions::sendSeveral);
    connect(m_window->overviewPage(), &ui::OverviewPage::sendRequested, actions, &AssetActions::sendTokens);
    connect(assets, &ui::AssetsPage::sellRequested, actions, &AssetActions::sell);
    connect(assets, &ui::AssetsPage::cancelListingRequested, actions, &AssetActions::cancelListing);
    connect(m_window->marketPage(), &ui::MarketPage::buyRequested, actions, &AssetActions::buy);
    connect(m_window.get(), &ui::MainWindow::sendRequested, actions, &AssetActions::sendTokens);
    connect(m_window.get(), &ui::MainWindow::exchangeTransferRequested, actions,
            &AssetActions::exchangeTransfer);
    connect(actions, &AssetActions::actionFinished, this, [this] {
        m_balances->refresh();
        m_assets->reload();
        m_market->refresh();
        if (auto *scope = static_cast<AccountScope *>(m_accountContext); scope && scope->journal) {
            m_activity->setPendingEntries(scope->journal->pending());
            rememberJournalReceivers(*scope->journal);
        }
        m_activity->refresh();
    });
    assets->setActionsAvailable(true);
    m_window->showWallet(address.value());
    setState(State::Ready);
}

void AppServices::registerAccount()
{
    if (m_state != State::NeedsRegistration || !m_provider)
        return;
    m_window->registerPage()->setBusy(true, tr("Registering your account with Immutable X…"));
    m_provider->registerOffchain(
        m_accountContext, [this](wallet::WalletResult<wallet::RegisterResult> result) {
            if (!result) {
                m_window->registerPage()->setError(walletErrorText(result.error()));
                return;
            }
            m_window->notify(tr("Stardeck"), tr("Your account is registered with Immutable X."));
            enterWallet();
        });
}

void AppServices::logout()
{
    if (!m_session || !m_session->isLoggedIn())
        return;
    tearDownAccount();
    m_window->showLogin(tr("Logging out…"));
    m_window->loginPage()->setBusy(true);
    setState(State::LoggedOut);
    m_session->logout(this, [this](passport::LogoutResult result) {
        // The refresh token is removed through refreshTokenChanged; remove it again in case it was not.
        m_vault->remove(refreshTokenKey());
        m_window->showLogin(result.revoked
                                ? tr("You have logged out.")
                                : tr("You have logged out on this computer; the server could not be "
                                     "told (%1).")
                                      .arg(result.revokeError));
        if (m_environment->kind() != Environment::Kind::Local)
            loadEndSessionPage(result.endSessionUrl);
    });
}

void AppServices::tearDownAccount()
{
    m_window->assetsPage()->setActionsAvailable(false);
    m_provider = nullptr;
    m_connector = nullptr;
    if (m_accountContext)
        m_accountContext->deleteLater();
    m_accountContext = nullptr;
    m_balances->setOwner(QString());
    m_assets->setOwner(QString());
    m_activity->setOwner(QString());
    m_activity->setPendingEntries({});
    m_market->setOwner(QString());
}

void AppServices::loadEndSessionPage(const QUrl &url)
{
    if (!url.isValid())
        return;
    // The auth server's web session (cookies) ends when its end-session page loads; an off-the-record
    // profile keeps nothing of it.
    auto *profile = new QWebEngineProfile(this);
    auto *page = new QWebEnginePage(profile, profile);
    connect(page, &QWebEnginePage::loadFinished, profile, [profile] { profile->deleteLater(); });
    QTimer::singleShot(30'000, profile, [profile] { profile->deleteLater(); });
    page->load(url);
}

void AppServices::onProgress(const QString &, wallet::ActionKind kind, wallet::ActionState state,
                             const QString &detail)
{
    const QString what = actionText(kind);
    switch (state) {
    case wallet::ActionState::Done:
        m_window->showActionProgress(QString());
        m_window->notify(tr("Stardeck"), tr("%1: done").arg(what));
        m_balances->refresh();
        m_activity->refresh();
        return;
    case wallet::ActionState::Failed:
        m_window->showActionProgress(QString());
        m_window->notify(tr("Stardeck"), detail.isEmpty() ? tr("%1: failed").arg(what)
                                                          : tr("%1: failed (%2)").arg(what, detail));
        return;
    case wallet::ActionState::Unknown:
        m_window->showActionProgress(QString());
        m_window->notify(tr("Stardeck"),
                         tr("%1: sent, but no answer arrived; Stardeck will check it").arg(what));
        m_activity->refresh();
        return;
    default:
        break;
    }
    m_window->showActionProgress(tr("%1: %2").arg(what, actionStateText(state)));
}

bool AppServices::isStoreIdle() const
{
    return !m_vault || m_vault->isIdle();
}

void AppServices::storeRefreshToken()
{
    auto *session = qobject_cast<passport::PassportSession *>(sender());
    // The embedded sandbox lives in memory on a new port each run: its sessions cannot outlive it.
    if (m_sandbox || !m_vault->store() || !session || session != m_session)
        return;
    m_vault->write(refreshTokenKey(), session->refreshToken());
}

} // namespace stardeck::app
