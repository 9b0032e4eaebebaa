// SPDX-License-Identifier: MIT
#include "PageLoad.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace stardeck::bench {

namespace {

constexpr int kMaxErrors = 5;

//! The value of `"key":"..."` or `"key":N` in the tail of a page body, without parsing the page
//! (the sandbox writes cursor and remaining after the result array).
QByteArray tailValue(const QByteArray &body, const QByteArray &key)
{
    const QByteArray needle = '"' + key + "\":";
    const qsizetype at = body.lastIndexOf(needle);
    if (at < 0)
        return {};
    qsizetype start = at + needle.size();
    if (body.at(start) == '"') {
        const qsizetype end = body.indexOf('"', start + 1);
        return end < 0 ? QByteArray() : body.mid(start + 1, end - start - 1);
    }
    qsizetype end = start;
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9')
        ++end;
    return body.mid(start, end - start);
}

} // namespace

PageLoad::PageLoad(Settings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    m_basePath = "/imx/v1/assets?page_size=" + QByteArray::number(m_settings.pageSize);
    if (!m_settings.filterUser.isEmpty())
        m_basePath += "&user=" + QUrl::toPercentEncoding(m_settings.filterUser);
    m_hardStop.setSingleShot(true);
    connect(&m_hardStop, &QTimer::timeout, this, [this] {
        m_errors.append(QStringLiteral("page reads still in flight 30 s after the end: giving up"));
        m_active = 0;
        m_connections.clear();
        done(-1);
    });
}

void PageLoad::start()
{
    m_clock.start();
    m_deadlineNs = qint64(m_settings.seconds * 1e9);
    m_hardStop.start(int(m_settings.seconds * 1000) + 30000);
    m_walksState.resize(std::size_t(m_settings.connections));
    for (int i = 0; i < m_settings.connections; ++i)
        m_connections.push_back(std::make_unique<HttpConnection>(m_settings.port, this));
    m_active = m_settings.connections;
    for (int i = 0; i < m_settings.connections; ++i)
        next(i);
}

void PageLoad::next(int worker)
{
    if (m_clock.nsecsElapsed() >= m_deadlineNs || !m_errors.isEmpty()) {
        done(worker);
        return;
    }
    Walk &walk = m_walksState[std::size_t(worker)];
    walk.sentNs = m_clock.nsecsElapsed();
    QByteArray path = m_basePath;
    if (!walk.cursor.isEmpty())
        path += "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(walk.cursor));
    m_connections[std::size_t(worker)]->get(
        path, [this, worker](int status, const QByteArray &, const QByteArray &body) {
            onPage(worker, status, body);
        });
}

void PageLoad::onPage(int worker, int status, const QByteArray &body)
{
    if (status != 200) {
        fail(worker,
             QStringLiteral("GET assets: HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(300))));
        return;
    }
    Walk &walk = m_walksState[std::size_t(worker)];
    m_latencies.push_back(m_clock.nsecsElapsed() - walk.sentNs);
    if (walk.page == 0 && !checkPage(body)) {
        fail(worker, QStringLiteral("GET assets: the first page is not a valid page of this walk"));
        return;
    }
    const QByteArray remaining = tailValue(body, "remaining");
    const QByteArray cursor = tailValue(body, "cursor");
    if ((remaining != "0" && remaining != "1") || (remaining == "1" && cursor.isEmpty())) {
        fail(worker, QStringLiteral("GET assets: no cursor/remaining at the end of the page"));
        return;
    }
    ++m_pages;
    m_bytes += body.size();
    if (remaining == "1") {
        ++m_fullPages; // only the last page of a walk can be short
        walk.cursor = cursor;
        ++walk.page;
    } else {
        ++m_walks;
        walk = Walk{};
    }
    next(worker);
}

bool PageLoad::checkPage(const QByteArray &body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const QJsonArray result = page.value(QStringLiteral("result")).toArray();
    const bool more = page.value(QStringLiteral("remaining")).toInt() == 1;
    if (result.isEmpty() || result.size() > m_settings.pageSize ||
        (more && result.size() != m_settings.pageSize))
        return false;
    for (const auto &item : result) {
        const QJsonObject asset = item.toObject();
        if (asset.value(QStringLiteral("token_address")).toString().isEmpty() ||
            asset.value(QStringLiteral("token_id")).toString().isEmpty())
            return false;
        if (!m_settings.filterUser.isEmpty() &&
            asset.value(QStringLiteral("user")).toString() != m_settings.filterUser)
            return false;
    }
    m_checkedItems += result.size();
    return true;
}

void PageLoad::fail(int worker, const QString &what)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.append(what);
    done(worker);
}

void PageLoad::done(int worker)
{
    if (worker >= 0)
        --m_active;
    if (m_finished || (worker >= 0 && m_active > 0))
        return;
    m_finished = true;
    m_hardStop.stop();
    m_elapsedSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    Q_EMIT finished();
}

} // namespace stardeck::bench
