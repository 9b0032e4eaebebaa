// SPDX-License-Identifier: MIT
#pragma once

#include "http/FaultInjector.h"
#include "world/World.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace stardeck::sandbox {

//! Command-line / embedding options (see `stardeck-sandbox --help`).
struct SandboxOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    bool allowRemote = false;
    QString seed = QStringLiteral("demo"); //!< "demo" or "empty"
    int nfts = 2000;                       //!< NFTs in the demo world (up to 100,000)
    QString dataDir;                       //!< persistence directory; empty = in memory
    QString autoLoginEmail;                //!< /authorize approves this user at once
    //! StarkEx expiration (hours from now) the API picks for transfers and orders without one.
    qint64 defaultExpirationHours = 24 * 365;
};

//! The path prefix of each emulated host on the sandbox's single port.
namespace prefix {
inline const QString auth = QStringLiteral("/auth");         //!< auth.immutable.com
inline const QString imx = QStringLiteral("/imx");           //!< api.x.immutable.com
inline const QString mr = QStringLiteral("/mr");             //!< api.immutable.com (Guardian)
inline const QString passport = QStringLiteral("/passport"); //!< passport.immutable.com
inline const QString tee = QStringLiteral("/tee");           //!< tee.express.magiclabs.com
inline const QString media = QStringLiteral("/media");       //!< images for tokens and NFTs
inline const QString admin = QStringLiteral("/__sandbox");   //!< test/admin API
} // namespace prefix

//! What every service shares: the world, the options, the public base URL and the clock.
struct SandboxContext {
    World world;
    SandboxOptions options;
    QUrl baseUrl;         //!< http://127.0.0.1:PORT
    FaultInjector faults; //!< injected failures (admin API, --fault)
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    //! A secret the auth service handed out or received, for leak tests.
    struct IssuedSecret {
        QString kind; //!< "code", "code_verifier", "access_token", "id_token" or "refresh_token"
        QByteArray value;
    };
    //! Test observation: the last secrets of the auth service, newest last, so leak tests know what to
    //! look for (GET /__sandbox/issued-secrets). Bounded; never persisted.
    QList<IssuedSecret> issuedSecrets;
    //! Adds one value to issuedSecrets (keeps the last 256).
    void recordSecret(const QString &kind, const QByteArray &value)
    {
        issuedSecrets.append(IssuedSecret{kind, value});
        if (issuedSecrets.size() > 256)
            issuedSecrets.removeFirst();
    }

    //! The user id ("sub") of a valid, unexpired access token; set by the auth service.
    //! Services that take `Authorization: Bearer` (IMX writes, Guardian, TEE) call this.
    std::function<std::optional<QString>(const QByteArray &accessToken)> userIdForAccessToken =
        [](const QByteArray &) { return std::optional<QString>(); };

    //! Absolute URL of a service path, e.g. serviceUrl(prefix::auth, "/oauth/token").
    QString serviceUrl(const QString &servicePrefix, const QString &path = {}) const
    {
        return baseUrl.toString(QUrl::StripTrailingSlash) + servicePrefix + path;
    }
};

} // namespace stardeck::sandbox
