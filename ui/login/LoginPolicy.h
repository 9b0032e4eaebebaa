// SPDX-License-Identifier: MIT
#pragma once
// Where the embedded login view may go. Pure logic (no WebEngine) so every rule is unit-tested:
// the redirect to our redirect URI is intercepted before it loads, only the identity provider's own
// origins load inside the view, providers that refuse embedded views go to the system browser, and
// everything else is refused. Hosts are compared exactly in their ASCII (punycode) form, so
// look-alike and homoglyph hosts never match.

#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

namespace stardeck::passport {
class Environment;
}

namespace stardeck::ui {

//! The login view's navigation rules.
struct LoginPolicy {
    //! What to do with a navigation.
    enum class Verdict {
        Allow,         //!< load it in the view
        Callback,      //!< our redirect URI: hand it to the session, do not load it
        OpenInBrowser, //!< a provider that blocks embedded views: continue in the system browser
        Refuse,        //!< anything else
    };

    QUrl redirectUri; //!< e.g. stardeck://callback or http://127.0.0.1:PORT/callback
    QList<QUrl>
        allowedBases; //!< pages under these load: "https://auth.immutable.com", "http://127.0.0.1:8470/auth"
    QSet<QString> browserOnlyHosts; //!< e.g. "accounts.google.com"

    //! The rules for an environment: its auth service (origin and path), our redirect URI, Google to the
    //! browser.
    static LoginPolicy forEnvironment(const passport::Environment &environment);
    //! scheme://host[:port] with the host in ASCII form and the default port left out; empty if not http(s).
    static QString originOf(const QUrl &url);
    //! True when `url` is under one of the allowed bases (same origin, path at or below the base's).
    bool isAllowed(const QUrl &url) const;
    //! True when `url` is our redirect URI (scheme, host, port and path equal; query and fragment free).
    bool isCallback(const QUrl &url) const;
    //! Classifies a navigation of the main frame or a sub-frame.
    Verdict classify(const QUrl &url, bool mainFrame) const;
};

} // namespace stardeck::ui
