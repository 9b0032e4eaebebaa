// SPDX-License-Identifier: MIT
#include "TransferLoad.h"

#include "crypto/StarkEcdsa.h"
#include "starkex/MessageHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stardeck::bench {

namespace {

using crypto::UInt256;

constexpr int kMaxErrors = 5;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! A JSON integer or decimal-string field as a UInt256 (IMX mixes both for ids).
std::optional<UInt256> decimalField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble())))
        return UInt256(quint64(v.toDouble()));
    if (v.isString()) {
        const auto parsed = UInt256::fromDecimal(v.toString().toStdString());
        if (parsed)
            return *parsed;
    }
    return std::nullopt;
}

std::optional<UInt256> hexField(const QJsonObject &o, const QString &key)
{
    const auto parsed = UInt256::fromHex(o.value(key).toString().toStdString());
    return parsed ? std::optional<UInt256>(*parsed) : std::nullopt;
}

QString hex(const UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

} // namespace

TransferLoad::TransferLoad(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_hardStop.setSingleShot(true);
    connect(&m_hardStop, &QTimer::timeout, this, [this] {
        m_errors.append(QStringLiteral("transfers still in flight 30 s after the end: giving up"));
        m_failed += m_active;
        m_active = 0;
        m_connections.clear();
        done(-1);
    });
}

void TransferLoad::start()
{
    m_clock.start();
    m_deadlineNs = qint64(m_settings.seconds * 1e9);
    m_hardStop.start(int(m_settings.seconds * 1000) + 30000);
    for (int i = 0; i < m_settings.connections; ++i)
        m_connections.push_back(std::make_unique<HttpConnection>(m_settings.port, this));
    m_active = m_settings.connections;
    m_startedNs.assign(std::size_t(m_settings.connections), 0);
    for (int i = 0; i < m_settings.connections; ++i)
        next(i);
}

void TransferLoad::next(int worker)
{
    if (m_clock.nsecsElapsed() >= m_deadlineNs || !m_errors.isEmpty()) {
        done(worker);
        return;
    }
    m_startedNs[std::size_t(worker)] = m_clock.nsecsElapsed();
    const SeededAccount *receiver =
        m_settings.receivers[std::size_t(m_round++ % qint64(m_settings.receivers.size()))];
    const QJsonObject token{{QStringLiteral("type"), QStringLiteral("ETH")},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("decimals"), 18}}}};
    QByteArray path;
    QJsonObject body;
    if (m_settings.v2) {
        path = "/imx/v2/signable-transfer-details";
        body = QJsonObject{{QStringLiteral("sender_ether_key"), m_settings.sender->ethAddress},
                           {QStringLiteral("signable_requests"),
                            QJsonArray{QJsonObject{{QStringLiteral("amount"), m_settings.amount},
                                                   {QStringLiteral("token"), token},
                                                   {QStringLiteral("receiver"), receiver->ethAddress}}}}};
    } else {
        path = "/imx/v1/signable-transfer-details";
        body = QJsonObject{{QStringLiteral("sender"), m_settings.sender->ethAddress},
                           {QStringLiteral("receiver"), receiver->ethAddress},
                           {QStringLiteral("amount"), m_settings.amount},
                           {QStringLiteral("token"), token}};
    }
    ++m_signables;
    const QString address = receiver->ethAddress;
    m_connections[std::size_t(worker)]->postJson(
        path, compact(body),
        [this, worker, address](int status, const QByteArray &, const QByteArray &response) {
            if (status != 200) {
                fail(
                    worker,
                    QStringLiteral("signable call: HTTP %1 %2").arg(status).arg(QString::fromUtf8(response)));
                return;
            }
            submit(worker, address, response);
        },
        {{"Authorization", "Bearer " + m_settings.bearer}});
}

void TransferLoad::submit(int worker, const QString &receiverAddress, const QByteArray &signable)
{
    const QJsonObject top = QJsonDocument::fromJson(signable).object();
    const QJsonObject payload =
        m_settings.v2 ? top.value(QStringLiteral("signable_responses")).toArray().at(0).toObject() : top;
    const SeededAccount *receiver = nullptr;
    for (const SeededAccount *r : m_settings.receivers)
        receiver = r->ethAddress == receiverAddress ? r : receiver;

    // What a wallet checks before it signs: the keys are the ones it expects and the hash it is
    // asked to sign is the hash of these very fields.
    const auto senderKey = hexField(top, QStringLiteral("sender_stark_key"));
    starkex::TransferParams params;
    const auto amount = decimalField(payload, QStringLiteral("amount"));
    const auto nonce = decimalField(payload, QStringLiteral("nonce"));
    const auto senderVault = decimalField(payload, QStringLiteral("sender_vault_id"));
    const auto receiverVault = decimalField(payload, QStringLiteral("receiver_vault_id"));
    const auto expiration = decimalField(payload, QStringLiteral("expiration_timestamp"));
    const auto assetId = hexField(payload, QStringLiteral("asset_id"));
    const auto receiverKey = hexField(payload, QStringLiteral("receiver_stark_key"));
    const auto payloadHash = hexField(payload, QStringLiteral("payload_hash"));
    if (!senderKey || !amount || !nonce || !senderVault || !receiverVault || !expiration || !assetId ||
        !receiverKey || !payloadHash) {
        fail(worker, QStringLiteral("signable response lacks a field: %1").arg(QString::fromUtf8(signable)));
        return;
    }
    if (*senderKey != m_settings.sender->starkKey || receiver == nullptr ||
        *receiverKey != receiver->starkKey) {
        fail(worker, QStringLiteral("signable response names unexpected stark keys"));
        return;
    }
    params.amount = *amount;
    params.nonce = *nonce;
    params.senderVaultId = *senderVault;
    params.token = *assetId;
    params.receiverVaultId = *receiverVault;
    params.receiverStarkKey = *receiverKey;
    params.expirationTimestamp = *expiration;
    const auto hash = starkex::transferMsgHash(params);
    if (!hash || hash->hash != *payloadHash) {
        fail(worker, QStringLiteral("payload_hash does not match the transfer fields"));
        return;
    }
    const auto signature = crypto::stark::sign(m_settings.sender->starkPrivate, hash->hash);
    if (!signature) {
        fail(worker,
             QStringLiteral("stark::sign: %1").arg(QString::fromStdString(signature.error().message)));
        return;
    }

    QJsonObject request{
        {QStringLiteral("amount"), payload.value(QStringLiteral("amount"))},
        {QStringLiteral("asset_id"), payload.value(QStringLiteral("asset_id"))},
        {QStringLiteral("expiration_timestamp"), payload.value(QStringLiteral("expiration_timestamp"))},
        {QStringLiteral("nonce"), payload.value(QStringLiteral("nonce"))},
        {QStringLiteral("receiver_stark_key"), payload.value(QStringLiteral("receiver_stark_key"))},
        {QStringLiteral("receiver_vault_id"), payload.value(QStringLiteral("receiver_vault_id"))},
        {QStringLiteral("sender_vault_id"), payload.value(QStringLiteral("sender_vault_id"))},
        {QStringLiteral("stark_signature"), QString::fromStdString(signature->toHex())}};
    QByteArray path;
    QJsonObject body;
    if (m_settings.v2) {
        path = "/imx/v2/transfers";
        body = QJsonObject{{QStringLiteral("sender_stark_key"), hex(*senderKey)},
                           {QStringLiteral("requests"), QJsonArray{request}}};
    } else {
        path = "/imx/v1/transfers";
        request.insert(QStringLiteral("sender_stark_key"), hex(*senderKey));
        body = request;
    }
    m_connections[std::size_t(worker)]->postJson(
        path, compact(body),
        [this, worker, receiverAddress](int status, const QByteArray &, const QByteArray &response) {
            const QJsonObject answer = QJsonDocument::fromJson(response).object();
            const bool ok =
                status == 200 &&
                (m_settings.v2 ? answer.value(QStringLiteral("transfer_ids")).toArray().size() == 1
                               : answer.value(QStringLiteral("status")) == QLatin1String("success"));
            if (!ok) {
                fail(worker,
                     QStringLiteral("create call: HTTP %1 %2").arg(status).arg(QString::fromUtf8(response)));
                return;
            }
            ++m_succeeded;
            m_latencies.push_back(m_clock.nsecsElapsed() - m_startedNs[std::size_t(worker)]);
            ++m_perReceiver[receiverAddress];
            next(worker);
        },
        {{"Authorization", "Bearer " + m_settings.bearer}});
}

void TransferLoad::fail(int worker, const QString &what)
{
    ++m_failed;
    if (m_errors.size() < kMaxErrors)
        m_errors.append(what);
    done(worker);
}

void TransferLoad::done(int worker)
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
