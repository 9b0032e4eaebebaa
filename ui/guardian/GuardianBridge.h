// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace stardeck::ui {

//! The native end of the confirmation page's window.opener shim, published to the page through a
//! QWebChannel. It accepts a message only when it comes from the expected origin and its eventType is
//! "imx_passport_confirmation" (passport-sdk.md 5.2); everything else is ignored.
class GuardianBridge : public QObject {
    Q_OBJECT
public:
    //! The eventType of every message of the protocol.
    static constexpr QLatin1String kEventType{"imx_passport_confirmation", 25};
    //! The name the object has on the web channel.
    static constexpr QLatin1String kChannelName{"stardeckGuardian", 16};

    //! A bridge that accepts messages from `expectedOrigin` (scheme://host[:port]).
    explicit GuardianBridge(QString expectedOrigin, QObject *parent = nullptr);

    //! Called by the page's shim: `json` is the message as JSON, `origin` the sender's origin.
    Q_INVOKABLE void postMessage(const QString &json, const QString &origin);

Q_SIGNALS:
    //! A protocol message from the expected origin.
    void messageReceived(const QString &messageType);
    //! A message was ignored (wrong origin, wrong eventType, not JSON); for logs and tests.
    void messageIgnored(const QString &reason);

private:
    QString m_expectedOrigin;
};

} // namespace stardeck::ui
