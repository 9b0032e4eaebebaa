// SPDX-License-Identifier: MIT
#pragma once
// The desktop wallet's composition root: builds the concrete services for the chosen environment
// (optionally an embedded in-process sandbox), the main window and its models, and drives the
// account's life: silent restore of a stored session, login (embedded view or system browser),
// connection, registration, logout.

#include "AppOptions.h"

#include "passport/Environment.h"
#include "wallet/SubmissionJournal.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace stardeck::sandbox {
class Sandbox;
}
namespace stardeck::passport {
class LoopbackReceiver;
class PassportSession;
} // namespace stardeck::passport
namespace stardeck::api {
class ImxClient;
}
namespace stardeck::media {
class MediaLoader;
}
namespace stardeck::platform {
class EncryptedFileSecretStore;
}
namespace stardeck::wallet {
class ImxProvider;
class SecretStore;
class SubmissionJournal;
class WalletConnector;
} // namespace stardeck::wallet
namespace stardeck::ui {
class ActivityModel;
class AddressBook;
class AssetGridModel;
class BalancesModel;
class DialogConfirmationPrompt;
class LoginDialog;
class MainWindow;
class MarketModel;
} // namespace stardeck::ui

namespace stardeck::app {

class SessionVault;

//! Owns every service of one wallet run and the main window. The browser login (loopback port or
//! stardeck:// handler) is in AppServicesBrowserLogin.cpp.
class AppServices : public QObject {
    Q_OBJECT
public:
    //! Where the account is.
    enum class State {
        Starting,          //!< opening the secret store, restoring a stored session
        LoggedOut,         //!< the login page is shown
        LoggingIn,         //!< a login runs
        Connecting,        //!< logged in, connecting the wallet
        NeedsRegistration, //!< logged in, not registered with Immutable X
        Ready,             //!< the wallet is shown
    };
    Q_ENUM(State)

    explicit AppServices(AppOptions options, QObject *parent = nullptr);
    ~AppServices() override;

    //! Starts the embedded sandbox (when chosen), builds the services and the window, shows it and
    //! begins restoring the session. False with *error when the environment cannot be used.
    bool start(QString *error);

    //! The window (valid after start()).
    ui::MainWindow *window() const { return m_window.get(); }
    State state() const { return m_state; }
    const passport::Environment &environment() const { return *m_environment; }
    //! The embedded sandbox, or null.
    sandbox::Sandbox *embeddedSandbox() const { return m_sandbox.get(); }
    passport::PassportSession *session() const { return m_session; }
    wallet::ImxProvider *provider() const { return m_provider; }
    ui::BalancesModel *balances() const { return m_balances; }
    //! The NFT grid's model (valid after start()).
    ui::AssetGridModel *assets() const { return m_assets; }
    //! The activity model (valid after start()).
    ui::ActivityModel *activity() const { return m_activity; }
    //! The address book the action dialogs use (valid after start()).
    ui::AddressBook *addressBook() const { return m_addressBook; }
    //! The market listings model (valid after start()).
    ui::MarketModel *market() const { return m_market; }
    //! The read client of the environment (valid after start()).
    api::ImxClient *imxClient() const { return m_imx; }
    //! The secret-store key of this environment's refresh token.
    QString refreshTokenKey() const;
    //! True when no secret-store write or removal is running.
    bool isStoreIdle() const;

public Q_SLOTS:
    //! Opens the embedded Passport login dialog.
    void login();
    //! Logs in through the system browser; the answer comes back on a loopback port, or through the
    //! stardeck:// URL handler (--browser-redirect=scheme, or when no port can be opened).
    void browserLogin();
    //! A stardeck:// login answer handed over by the desktop (via a second launch): completes the
    //! browser login waiting for it, or tells the user that none was waiting.
    void deliverCallback(const QUrl &url);
    //! Registers the logged-in user with Immutable X.
    void registerAccount();
    //! Revokes the session, wipes the stored token and shows the login page.
    void logout();

Q_SIGNALS:
    //! The account moved to `state`.
    void stateChanged(stardeck::app::AppServices::State state);
    //! A login ended without success; `message` is for people.
    void loginFailed(const QString &message);
    //! The last queued secret-store operation finished.
    void storeIdle();

private:
    bool buildEnvironment(QString *error);
    void buildServices();
    passport::PassportSession *createSession(const QString &redirectUri);
    void setState(State state);
    void restoreOrLogin();
    void onLoggedIn();
    void schemeLogin();
    void completeBrowserLogin(const QUrl &callback);
    void connectWallet();
    void enterWallet();
    void rememberJournalReceivers(const wallet::SubmissionJournal &journal);
    void tearDownAccount();
    void storeRefreshToken();
    void showError(const QString &message);
    void onProgress(const QString &id, wallet::ActionKind kind, wallet::ActionState state,
                    const QString &detail);
    void loadEndSessionPage(const QUrl &url);
    QString environmentTitle() const;

    AppOptions m_options;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::optional<passport::Environment> m_environment;
    std::optional<passport::Environment> m_sessionEnvironment; //!< the session's (its redirect URI)
    bool m_loopbackSession = false;                            //!< the session redirects to a loopback port
    QNetworkAccessManager m_nam;
    SessionVault *m_vault = nullptr;
    passport::PassportSession *m_session = nullptr;
    api::ImxClient *m_imx = nullptr;
    media::MediaLoader *m_media = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AddressBook *m_addressBook = nullptr;
    ui::BalancesModel *m_balances = nullptr;
    ui::AssetGridModel *m_assets = nullptr;
    ui::ActivityModel *m_activity = nullptr;
    ui::MarketModel *m_market = nullptr;
    ui::DialogConfirmationPrompt *m_prompt = nullptr;
    wallet::WalletConnector *m_connector = nullptr;
    std::optional<wallet::SubmissionJournal> m_journal;
    wallet::ImxProvider *m_provider = nullptr;
    QPointer<ui::LoginDialog> m_loginDialog;
    QPointer<passport::LoopbackReceiver> m_receiver;
    QObject *m_accountContext = nullptr; //!< parent of the account's callbacks; replaced on logout
    State m_state = State::Starting;
};

} // namespace stardeck::app
