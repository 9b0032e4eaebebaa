// SPDX-License-Identifier: MIT
#pragma once
// Shared by the SignableCheck tests: a small sandbox world (tokens, NFTs, registered users), an
// ImxClient + AssetResolver against it, signable capture over HTTP with a user's bearer token, and
// JSON tampering helpers (the same edits the sandbox's alter_field fault makes).

#include "WritesTestWorld.h"
#include "api/ImxClient.h"
#include "wallet/AssetResolver.h"
#include "wallet/SignableCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace stardeck::test {

using wallet::PassportErrorType;
using wallet::ResolvedToken;
using wallet::TokenRef;
using wallet::WalletFailure;

inline TokenRef ethRef()
{
    return TokenRef{TokenRef::Type::Eth, {}, {}};
}
inline TokenRef erc20Ref(const QString &address)
{
    return TokenRef{TokenRef::Type::Erc20, address, {}};
}
inline TokenRef nftRef(const QString &tokenId)
{
    return TokenRef{TokenRef::Type::Erc721, WritesTestWorld::collection(), tokenId};
}

//! The world every SignableCheck test uses: alice (the signer) holds ETH, USDS and NFTs 1..6;
//! bob holds NFTs 11..12 and ETH; carol is a registered receiver.
class CheckWorld {
    // Declared first: destroyed last, after the client and resolver that use them.
    SandboxFixture m_fixture{emptyWorld()};
    WritesTestWorld m_world;
    QNetworkAccessManager m_nam;

public:
    CheckWorld() : m_world(m_fixture)
    {
        m_world.addTokens();
        (void)m_world.setGuardianPolicy(QStringLiteral("never")); // Guardian has its own tests
        alice = m_world.addRegistered(QStringLiteral("alice"));
        bob = m_world.addRegistered(QStringLiteral("bob"));
        carol = m_world.addRegistered(QStringLiteral("carol"));
        m_world.setBalance(alice->ethAddress, QString(), QStringLiteral("5000000000000000000"));
        m_world.setBalance(alice->ethAddress, WritesTestWorld::stableToken(), QStringLiteral("9000000"));
        m_world.setBalance(bob->ethAddress, QString(), QStringLiteral("5000000000000000000"));
        for (int i = 1; i <= 6; ++i)
            m_world.addNft(QString::number(i), alice->ethAddress);
        for (int i = 11; i <= 12; ++i)
            m_world.addNft(QString::number(i), bob->ethAddress);
        api::ImxClientConfig config;
        config.baseUrl = m_fixture.url(QStringLiteral("/imx"));
        config.timeoutMs = 5000;
        client = std::make_unique<api::ImxClient>(config, &m_nam);
        resolver = std::make_unique<wallet::AssetResolver>(*client);
    }

    SandboxFixture &fixture() { return m_fixture; }
    WritesTestWorld &world() { return m_world; }

    //! The signer as the provider passes it.
    static wallet::check::Signer signer(const TestAccount &account)
    {
        return wallet::check::Signer{account.ethAddress, account.starkKey};
    }

    //! Resolves through AssetResolver against the sandbox (waits; tests may).
    std::optional<ResolvedToken> resolve(const TokenRef &token)
    {
        std::optional<wallet::WalletResult<ResolvedToken>> out;
        QObject context;
        resolver->resolve(token, PassportErrorType::TransferError, &context,
                          [&out](wallet::WalletResult<ResolvedToken> r) { out.emplace(std::move(r)); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10'000);
        if (!out || !out->ok())
            return std::nullopt;
        return out->value();
    }

    //! GET /v3/orders/{id} through the client.
    std::optional<api::Order> readOrder(qint64 orderId)
    {
        std::optional<api::ApiResult<api::Order>> out;
        QObject context;
        client->order(orderId, &context, [&out](api::ApiResult<api::Order> r) { out.emplace(std::move(r)); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10'000);
        if (!out || !out->ok())
            return std::nullopt;
        return out->value();
    }

    //! POSTs a signable request as `account` (bearer) and returns the answer.
    HttpResult post(const QString &path, const QJsonObject &body, const TestAccount *account)
    {
        return m_fixture.postJson(
            path, body, account ? WritesTestWorld::bearer(*account) : QList<QPair<QByteArray, QByteArray>>{});
    }

    //! Creates an active order by `maker` selling NFT `tokenId` for `wei` ETH; its order id or 0.
    qint64 listNft(const TestAccount &maker, const QString &tokenId, const QString &wei)
    {
        const HttpResult s = post(QStringLiteral("/imx/v3/signable-order-details"),
                                  {{QStringLiteral("user"), maker.ethAddress},
                                   {QStringLiteral("amount_sell"), QStringLiteral("1")},
                                   {QStringLiteral("token_sell"), WritesTestWorld::nftToken(tokenId)},
                                   {QStringLiteral("amount_buy"), wei},
                                   {QStringLiteral("token_buy"), WritesTestWorld::ethToken()}},
                                  &maker);
        if (s.status != 200)
            return 0;
        const QJsonObject o = s.object();
        const HttpResult created = post(
            QStringLiteral("/imx/v3/orders"),
            WritesTestWorld::orderCreateBody(
                o, WritesTestWorld::starkSign(maker, o.value(QStringLiteral("payload_hash")).toString())),
            &maker);
        return created.status == 200 ? created.object().value(QStringLiteral("order_id")).toInteger() : 0;
    }

    std::unique_ptr<TestAccount> alice;
    std::unique_ptr<TestAccount> bob;
    std::unique_ptr<TestAccount> carol;
    std::unique_ptr<api::ImxClient> client;
    std::unique_ptr<wallet::AssetResolver> resolver;
};

//! The edit the sandbox's alter_field fault makes: numbers + 1, booleans flipped, a string's last
//! character changed ('1' <-> '2'), anything else replaced by "altered".
inline QJsonValue altered(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() + 1;
    if (v.isBool())
        return !v.toBool();
    if (v.isString()) {
        QString s = v.toString();
        if (s.isEmpty())
            return QStringLiteral("1");
        s.back() = s.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        return s;
    }
    return QStringLiteral("altered");
}

//! Applies `edit` to the value at a dotted path ("fee_info.asset_id", "signable_responses.1.amount");
//! the edit returns the new value, or an undefined QJsonValue to remove the key.
inline QJsonValue editAt(const QJsonValue &root, QStringList path,
                         const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    if (path.isEmpty())
        return edit(root);
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int index = head.toInt();
        a[index] = editAt(a.at(index), path, edit);
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue next = editAt(o.value(head), path, edit);
    if (next.isUndefined())
        o.remove(head);
    else
        o.insert(head, next);
    return o;
}

//! `signable` with the value at `path` altered.
inline QJsonObject alter(const QJsonObject &signable, const QString &path)
{
    return editAt(signable, path.split(QLatin1Char('.')), altered).toObject();
}

//! `signable` with the value at `path` replaced (an undefined value removes it).
inline QJsonObject replace(const QJsonObject &signable, const QString &path, const QJsonValue &value)
{
    return editAt(signable, path.split(QLatin1Char('.')), [value](const QJsonValue &) { return value; })
        .toObject();
}

//! Describes a failed result for QVERIFY2 messages.
template <class T>
QByteArray describeResult(const wallet::WalletResult<T> &r)
{
    return r ? QByteArray("ok") : wallet::describe(r.error()).toUtf8();
}

} // namespace stardeck::test
