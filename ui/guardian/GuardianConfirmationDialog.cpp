// SPDX-License-Identifier: MIT
#include "guardian/GuardianConfirmationDialog.h"

#include "guardian/GuardianBridge.h"
#include "guardian/GuardianWebPage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

namespace stardeck::ui {

namespace {

// The window.opener the hosted page expects (it was opened by the Passport SDK). Every message is
// handed to the native bridge with the sender's origin; the bridge decides what counts. Messages
// posted before the channel is up are queued. %1 = the channel object's name.
const QString kOpenerShim = QStringLiteral(R"JS(
(function () {
  'use strict';
  var queue = [];
  var bridge = null;
  function deliver(item) { bridge.postMessage(item[0], item[1]); }
  function connect() {
    if (typeof QWebChannel === 'undefined' || typeof qt === 'undefined' || !qt.webChannelTransport) {
      setTimeout(connect, 10);
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects['%1'];
      queue.splice(0).forEach(deliver);
    });
  }
  var opener = {
    closed: false,
    postMessage: function (message, targetOrigin) {
      var json;
      try { json = JSON.stringify(message); } catch (e) { return; }
      if (typeof json !== 'string') return;
      var item = [json, window.location.origin];
      if (bridge) deliver(item); else queue.push(item);
    }
  };
  window.opener = opener;
  connect();
})();
)JS");

const QLatin1String kWebChannelResource(":/qtwebchannel/qwebchannel.js");

QWebEngineScript mainWorldScript(const QString &name, const QString &source)
{
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

GuardianConfirmationDialog::GuardianConfirmationDialog(const QUrl &confirmationUrl, const QUrl &passportBase,
                                                       QWidget *parent)
    : QDialog(parent), m_expectedOrigin(LoginPolicy::originOf(passportBase))
{
    qRegisterMetaType<GuardianConfirmationResult>();
    setWindowTitle(tr("Confirm this transaction"));
    setObjectName(QStringLiteral("guardianConfirmationDialog"));
    setAccessibleName(tr("Immutable Passport transaction confirmation"));

    // No storage name: an off-the-record profile, so cookies and cache live only in memory.
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new GuardianWebPage(passportBase, m_profile, this);
    m_bridge = new GuardianBridge(m_expectedOrigin, this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(GuardianBridge::kChannelName, m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::MainWorld);
    installScripts();

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("guardianView"));
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Immutable Passport confirmation page"));
    m_view->setMinimumSize(440, 560); // the SDK's pop-up is 480 x 720

    auto *intro = new QLabel(
        tr("Immutable Passport asks you to confirm this transaction on its own page. Nothing is signed "
           "until you confirm there."),
        this);
    intro->setObjectName(QStringLiteral("guardianIntro"));
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Explanation"));
    m_origin = new QLabel(tr("Page from: %1").arg(m_expectedOrigin), this);
    m_origin->setObjectName(QStringLiteral("guardianOrigin"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setAccessibleName(tr("Origin of the confirmation page"));
    m_status = new QLabel(tr("Loading the confirmation page…"), this);
    m_status->setObjectName(QStringLiteral("guardianStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Confirmation status"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("guardianCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the transaction"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_origin);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, 720);

    connect(m_bridge, &GuardianBridge::messageIgnored, this, &GuardianConfirmationDialog::messageIgnored);
    connect(m_bridge, &GuardianBridge::messageReceived, this, &GuardianConfirmationDialog::onMessage);
    connect(m_page, &GuardianWebPage::navigationRefused, this,
            [this](const QUrl &, const QString &reason) { setStatus(reason); });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this] { setStatus(tr("The confirmation page stopped working. Cancel and try again.")); });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        // An HTTP error status also counts as a failed load; the page still runs and reports.
        setStatus(ok ? tr("Review the transaction and confirm or reject it on the page.")
                     : tr("The confirmation page reported a problem."));
    });

    if (m_expectedOrigin.isEmpty() || !m_page->policy().isAllowed(confirmationUrl)) {
        setStatus(tr("The confirmation page is not on the Immutable Passport service and was not opened."));
        QTimer::singleShot(0, this, [this] {
            finish({Result::Outcome::Error, tr("The confirmation page is not on the Passport service")});
        });
        return;
    }
    m_page->load(confirmationUrl);
}

GuardianConfirmationDialog::~GuardianConfirmationDialog()
{
    // The page must go before its profile (a child of this dialog too).
    delete m_view;
    delete m_page;
}

QString GuardianConfirmationDialog::statusText() const
{
    return m_status->text();
}

void GuardianConfirmationDialog::installScripts()
{
    QFile channelScript(kWebChannelResource);
    QString channelSource;
    if (channelScript.open(QIODevice::ReadOnly))
        channelSource = QString::fromUtf8(channelScript.readAll());
    else
        qWarning("GuardianConfirmationDialog: %s is missing", kWebChannelResource.data());
    m_page->scripts().insert(mainWorldScript(QStringLiteral("stardeck-qwebchannel"), channelSource));
    m_page->scripts().insert(mainWorldScript(QStringLiteral("stardeck-opener-shim"),
                                             kOpenerShim.arg(GuardianBridge::kChannelName)));
}

void GuardianConfirmationDialog::onMessage(const QString &messageType)
{
    if (m_result)
        return;
    // The engine's view of where the page is, on top of the origin the shim reported.
    if (LoginPolicy::originOf(m_page->url()) != m_expectedOrigin) {
        Q_EMIT messageIgnored(QStringLiteral("the page is not on the expected origin"));
        return;
    }
    if (messageType == QLatin1String("confirmation_window_ready")) {
        const QString origin = QString::fromUtf8(
            QJsonDocument::fromVariant(QVariantList{m_expectedOrigin}).toJson(QJsonDocument::Compact));
        m_page->runJavaScript(QStringLiteral("window.postMessage({eventType: '%1', messageType: "
                                             "'confirmation_start'}, %2[0]);")
                                  .arg(GuardianBridge::kEventType, origin),
                              QWebEngineScript::MainWorld);
        Q_EMIT confirmationStarted();
    } else if (messageType == QLatin1String("transaction_confirmed")) {
        finish({Result::Outcome::Confirmed, {}});
    } else if (messageType == QLatin1String("transaction_rejected")) {
        finish({Result::Outcome::Rejected, tr("Transaction rejected by user")});
    } else if (messageType == QLatin1String("transaction_error")) {
        finish({Result::Outcome::Error, tr("Error during transaction confirmation")});
    } else {
        finish({Result::Outcome::Rejected, tr("Unsupported message type")});
    }
}

void GuardianConfirmationDialog::finish(Result result)
{
    if (m_result)
        return;
    m_result = result;
    setStatus(result.confirmed() ? tr("Confirmed.") : result.message);
    Q_EMIT decided(result);
    QDialog::done(result.confirmed() ? QDialog::Accepted : QDialog::Rejected);
}

void GuardianConfirmationDialog::done(int result)
{
    if (!m_result) {
        // Closed, Esc or Cancel before the page decided: the SDK's "window closed" rejection.
        Q_UNUSED(result)
        finish({Result::Outcome::Rejected, tr("The confirmation window was closed")});
        return;
    }
    QDialog::done(result);
}

void GuardianConfirmationDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace stardeck::ui
