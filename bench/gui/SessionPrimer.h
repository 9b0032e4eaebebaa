// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace stardeck::bench {

//! What the priming login found out about the account.
struct PrimedAccount {
    bool ok = false;
    QString error;
    QString address; //!< the account's IMX address
    int nfts = 0;    //!< NFTs it owns (the grid's rows after the first load)
};

//! Logs demo@stardeck.test in once through the app's composition root and the system-browser flow
//! (no browser engine: this process stands in for the browser), so that the encrypted-file secret
//! store in the current XDG home holds a refresh token for the sandbox at `sandboxUrl`. The
//! sandbox must run with --auto-login.
class SessionPrimer : public QObject {
    Q_OBJECT
public:
    //! Runs the login; waits (a bench may) up to `timeoutMs`.
    PrimedAccount prime(const QUrl &sandboxUrl, int timeoutMs);

public Q_SLOTS:
    //! The "system browser": records the URL the app asks to open.
    void open(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
};

} // namespace stardeck::bench
