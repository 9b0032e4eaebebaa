// SPDX-License-Identifier: MIT
#pragma once

#include "passport/IdToken.h"
#include "passport/PassportError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace stardeck::passport {

//! The auth server's signing keys, fetched from /.well-known/jwks.json and cached. Concurrent
//! fetches share one request.
class JwksCache : public QObject {
    Q_OBJECT
public:
    using KeysCallback = std::function<void(PassportResult<QList<Jwk>>)>;

    JwksCache(QNetworkAccessManager &nam, QUrl jwksUrl, QObject *parent = nullptr);

    //! The cached keys, or freshly fetched ones when there are none or `refetch` is set.
    void keys(bool refetch, QObject *context, KeysCallback done);
    //! Replaces the cache (e.g. with keys kept from an earlier run).
    void setKeys(QList<Jwk> keys);
    //! The cached keys, possibly empty.
    const QList<Jwk> &cachedKeys() const { return m_keys; }
    //! How many JWKS requests were sent.
    int fetchCount() const { return m_fetchCount; }

private:
    struct Waiter {
        QPointer<QObject> context;
        KeysCallback done;
    };
    void finishFetch(PassportResult<QList<Jwk>> result);

    QNetworkAccessManager &m_nam;
    QUrl m_url;
    QList<Jwk> m_keys;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    int m_fetchCount = 0;
};

} // namespace stardeck::passport
