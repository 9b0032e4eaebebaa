// SPDX-License-Identifier: MIT
#include "passport/JwksCache.h"

#include "passport/HttpCall.h"

#include <QNetworkAccessManager>

namespace stardeck::passport {

JwksCache::JwksCache(QNetworkAccessManager &nam, QUrl jwksUrl, QObject *parent)
    : QObject(parent), m_nam(nam), m_url(std::move(jwksUrl))
{}

void JwksCache::keys(bool refetch, QObject *context, KeysCallback done)
{
    if (!refetch && !m_keys.isEmpty() && !m_fetching) {
        done(m_keys);
        return;
    }
    m_waiters.append(Waiter{context, std::move(done)});
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetchCount;
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    httpCall(m_nam, request, "GET", {}, this, [this](HttpAnswer answer) {
        if (answer.status == 0) {
            finishFetch(passportError(PassportErrorCode::Transient,
                                      QStringLiteral("JWKS fetch failed: %1").arg(answer.transportError)));
        } else if (answer.status != 200) {
            finishFetch(passportError(answer.status >= 500 || answer.status == 429
                                          ? PassportErrorCode::Transient
                                          : PassportErrorCode::InvalidResponse,
                                      QStringLiteral("JWKS fetch answered HTTP %1").arg(answer.status)));
        } else {
            finishFetch(parseJwks(answer.body));
        }
    });
}

void JwksCache::setKeys(QList<Jwk> keys)
{
    m_keys = std::move(keys);
}

void JwksCache::finishFetch(PassportResult<QList<Jwk>> result)
{
    m_fetching = false;
    // A failed refetch keeps the old keys: they still verify tokens signed before a rotation.
    if (result.ok())
        m_keys = result.value();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

} // namespace stardeck::passport
