// SPDX-License-Identifier: MIT
#include "wallet/IncomingTransferWatcher.h"

#include "api/ImxClient.h"

#include <algorithm>
#include <vector>

namespace stardeck::wallet {

IncomingTransferWatcher::IncomingTransferWatcher(api::ImxClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, &IncomingTransferWatcher::pollNow);
}

void IncomingTransferWatcher::start(const QString &owner, int intervalMs)
{
    stop();
    m_owner = owner.toLower();
    m_timer.start(std::max(intervalMs, 10));
    pollNow();
}

void IncomingTransferWatcher::stop()
{
    m_timer.stop();
    delete m_pollContext; // its callback is dropped
    m_pollContext = nullptr;
    m_owner.clear();
    m_lastSeenId = 0;
    m_baseline = false;
}

void IncomingTransferWatcher::pollNow()
{
    if (!m_client || m_owner.isEmpty() || m_pollContext)
        return;
    m_pollContext = new QObject(this);
    QObject *context = m_pollContext;
    api::ListQuery query;
    query.pageSize = kPageSize;
    query.orderBy = QStringLiteral("transaction_id");
    query.direction = QStringLiteral("desc");
    query.filters = {{QStringLiteral("receiver"), m_owner}};
    m_client->transfers(query, context, [this, context](api::ApiResult<api::Page<api::Transfer>> page) {
        if (context != m_pollContext)
            return;
        m_pollContext->deleteLater();
        m_pollContext = nullptr;
        if (!page) {
            Q_EMIT pollFailed(page.error().toString());
            return;
        }
        onPage(page.value());
    });
}

void IncomingTransferWatcher::onPage(const api::Page<api::Transfer> &page)
{
    qint64 newest = m_lastSeenId;
    std::vector<const api::Transfer *> fresh;
    for (const api::Transfer &t : page.items) {
        newest = std::max<qint64>(newest, t.transactionId);
        // The filter is the server's: check each transfer ourselves.
        if (!m_baseline || t.transactionId <= m_lastSeenId || t.receiver.toLower() != m_owner ||
            t.user.toLower() == m_owner || t.status != QLatin1String("success"))
            continue;
        fresh.push_back(&t);
    }
    m_lastSeenId = newest;
    m_baseline = true;
    std::sort(fresh.begin(), fresh.end(), [](const api::Transfer *a, const api::Transfer *b) {
        return a->transactionId < b->transactionId;
    });
    for (const api::Transfer *t : fresh)
        Q_EMIT received(*t);
}

} // namespace stardeck::wallet
