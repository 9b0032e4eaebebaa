// SPDX-License-Identifier: MIT
#include "services/SignableStore.h"

namespace stardeck::sandbox {

namespace {
// Consumed payloads stay this long after expiry so late identical resubmissions still get
// their original answer; after that memory use stays bounded in long benches and demos.
constexpr qint64 kRetentionSeconds = 24 * 3600;
constexpr qint64 kPruneEvery = 4096;
constexpr qint64 kNonceLimit = qint64(1) << 31;
} // namespace

IssuedSignable &SignableStore::issue(IssuedSignable signable, const QDateTime &now)
{
    if (++m_issuedSincePrune >= kPruneEvery)
        prune(now);
    ++m_counters.issued;
    const UInt256 hash = signable.payloadHash;
    if (m_trackChanges)
        m_changed.insert(hash);
    if (signable.kind != SignableKind::Cancel)
        m_hashByNonce[signable.kind == SignableKind::Transfer ? signable.transfer.nonce
                                                              : signable.order.nonce] = hash;
    auto [it, inserted] = m_byHash.try_emplace(hash);
    if (inserted || !it->second.consumed)
        it->second = std::move(signable);
    return it->second;
}

IssuedSignable *SignableStore::find(const UInt256 &payloadHash)
{
    const auto it = m_byHash.find(payloadHash);
    return it == m_byHash.end() ? nullptr : &it->second;
}

IssuedSignable *SignableStore::findByNonce(const UInt256 &nonce)
{
    const auto it = m_hashByNonce.find(nonce);
    return it == m_hashByNonce.end() ? nullptr : find(it->second);
}

void SignableStore::consume(IssuedSignable &signable, const UInt256 &r, const UInt256 &s,
                            const QJsonObject &result)
{
    signable.consumed = true;
    signable.submittedR = r;
    signable.submittedS = s;
    signable.result = result;
    ++m_counters.consumed;
    if (m_trackChanges)
        m_changed.insert(signable.payloadHash);
}

qint64 SignableStore::nextNonce()
{
    const qint64 nonce = m_nextNonce;
    m_nextNonce = m_nextNonce + 1 >= kNonceLimit ? 1 : m_nextNonce + 1;
    return nonce;
}

void SignableStore::prune(const QDateTime &now)
{
    m_issuedSincePrune = 0;
    const QDateTime horizon = now.addSecs(-kRetentionSeconds);
    for (auto it = m_byHash.begin(); it != m_byHash.end();) {
        if (it->second.expiresAt < horizon) {
            const IssuedSignable &s = it->second;
            if (m_trackChanges)
                m_changed.insert(it->first);
            if (s.kind != SignableKind::Cancel)
                m_hashByNonce.erase(s.kind == SignableKind::Transfer ? s.transfer.nonce : s.order.nonce);
            it = m_byHash.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace stardeck::sandbox
