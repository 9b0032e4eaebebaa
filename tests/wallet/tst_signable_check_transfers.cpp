// SPDX-License-Identifier: MIT
// check::transfer (v1 and the exchange variant) and check::batchTransfer (v2) against signables captured from
// the in-process sandbox over HTTP, then tampered one field at a time (by hand and with the sandbox's
// tamper_payload_hash / alter_field faults) and malformed.

#include "starkex/Asset.h"
#include "tst_signable_check_support.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::test;
using wallet::check::batchTransfer;
using wallet::check::transfer;

namespace {

const QString kOneTenthEth = QStringLiteral("100000000000000000");
const QString kUsdsAmount = QStringLiteral("1250000");

UInt256 num(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().startsWith(QLatin1String("0x")) || v.toString().size() > 40
                   ? *UInt256::fromHex(v.toString().toStdString())
                   : *UInt256::fromDecimal(v.toString().toStdString());
    return UInt256(quint64(v.toInteger()));
}

} // namespace

class TestSignableCheckTransfers : public QObject {
    Q_OBJECT

    std::unique_ptr<CheckWorld> m_w;
    ResolvedToken m_eth, m_usds, m_nft1, m_nft2, m_nft3;
    QJsonObject m_ethSignable, m_usdsSignable, m_nftSignable, m_exchangeSignable, m_batchSignable;
    qint64 m_exchangeId = 0;

    QJsonObject transferBody(const TestAccount &to, const QString &amount, const QJsonObject &token) const
    {
        return {{QStringLiteral("sender"), m_w->alice->ethAddress},
                {QStringLiteral("receiver"), to.ethAddress},
                {QStringLiteral("amount"), amount},
                {QStringLiteral("token"), token}};
    }
    QJsonObject batchBody() const
    {
        const auto item = [](const TestAccount &to, const QString &id) {
            return QJsonObject{{QStringLiteral("amount"), QStringLiteral("1")},
                               {QStringLiteral("token"), WritesTestWorld::nftToken(id)},
                               {QStringLiteral("receiver"), to.ethAddress}};
        };
        return {{QStringLiteral("sender_ether_key"), m_w->alice->ethAddress},
                {QStringLiteral("signable_requests"),
                 QJsonArray{item(*m_w->bob, QStringLiteral("2")), item(*m_w->carol, QStringLiteral("3"))}}};
    }
    QJsonObject fetch(const QString &path, const QJsonObject &body, bool bearer = true)
    {
        const HttpResult r = m_w->post(path, body, bearer ? m_w->alice.get() : nullptr);
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(path), r.status, r.body.constData());
        return r.status == 200 ? r.object() : QJsonObject();
    }

    wallet::TransferRequest ethRequest() const
    {
        return wallet::TransferRequest{ethRef(), *UInt256::fromDecimal(kOneTenthEth.toStdString()),
                                       m_w->bob->ethAddress};
    }
    wallet::TransferRequest usdsRequest() const
    {
        return wallet::TransferRequest{erc20Ref(WritesTestWorld::stableToken()),
                                       *UInt256::fromDecimal(kUsdsAmount.toStdString()),
                                       m_w->bob->ethAddress};
    }
    wallet::TransferRequest nftRequest() const
    {
        return wallet::TransferRequest{nftRef(QStringLiteral("1")), UInt256(1), m_w->bob->ethAddress};
    }
    wallet::TransferRequest exchangeRequest() const
    {
        return wallet::TransferRequest{ethRef(), *UInt256::fromDecimal("200000000000000000"),
                                       m_w->carol->ethAddress};
    }
    QList<wallet::NftTransferItem> batchItems() const
    {
        return {{m_w->bob->ethAddress, WritesTestWorld::collection(), QStringLiteral("2")},
                {m_w->carol->ethAddress, WritesTestWorld::collection(), QStringLiteral("3")}};
    }

    //! check::transfer of one of the captured kinds ("eth", "usds", "nft", "exchange").
    wallet::WalletResult<wallet::PreparedItem> checkKind(const QString &kind, const QJsonObject &signable)
    {
        const auto signer = CheckWorld::signer(*m_w->alice);
        if (kind == QLatin1String("usds"))
            return transfer(usdsRequest(), m_usds, signer, m_w->bob->starkKey, signable,
                            PassportErrorType::TransferError);
        if (kind == QLatin1String("nft"))
            return transfer(nftRequest(), m_nft1, signer, m_w->bob->starkKey, signable,
                            PassportErrorType::TransferError);
        if (kind == QLatin1String("exchange"))
            return transfer(exchangeRequest(), m_eth, signer, m_w->carol->starkKey, signable,
                            PassportErrorType::ExchangeTransferError);
        return transfer(ethRequest(), m_eth, signer, m_w->bob->starkKey, signable,
                        PassportErrorType::TransferError);
    }
    QJsonObject signableOf(const QString &kind) const
    {
        if (kind == QLatin1String("usds"))
            return m_usdsSignable;
        if (kind == QLatin1String("nft"))
            return m_nftSignable;
        if (kind == QLatin1String("exchange"))
            return m_exchangeSignable;
        return m_ethSignable;
    }
    wallet::WalletResult<QList<wallet::PreparedItem>> checkBatch(const QJsonObject &signable)
    {
        return batchTransfer(batchItems(), {m_nft2, m_nft3}, CheckWorld::signer(*m_w->alice),
                             {m_w->bob->starkKey, m_w->carol->starkKey}, signable);
    }
    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(m_w->fixture().postJson(QStringLiteral("/__sandbox/faults"), rule).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_w = std::make_unique<CheckWorld>();
        const auto eth = m_w->resolve(ethRef());
        const auto usds = m_w->resolve(erc20Ref(WritesTestWorld::stableToken()));
        const auto nft1 = m_w->resolve(nftRef(QStringLiteral("1")));
        const auto nft2 = m_w->resolve(nftRef(QStringLiteral("2")));
        const auto nft3 = m_w->resolve(nftRef(QStringLiteral("3")));
        QVERIFY(eth && usds && nft1 && nft2 && nft3);
        m_eth = *eth;
        m_usds = *usds;
        m_nft1 = *nft1;
        m_nft2 = *nft2;
        m_nft3 = *nft3;

        const QString v1 = QStringLiteral("/imx/v1/signable-transfer-details");
        m_ethSignable = fetch(v1, transferBody(*m_w->bob, kOneTenthEth, WritesTestWorld::ethToken()));
        m_usdsSignable = fetch(v1, transferBody(*m_w->bob, kUsdsAmount,
                                                WritesTestWorld::erc20Token(WritesTestWorld::stableToken())));
        m_nftSignable = fetch(
            v1, transferBody(*m_w->bob, QStringLiteral("1"), WritesTestWorld::nftToken(QStringLiteral("1"))));
        const HttpResult exchange = m_w->post(QStringLiteral("/imx/v3/exchanges"),
                                              {{QStringLiteral("provider"), QStringLiteral("moonpay")},
                                               {QStringLiteral("type"), QStringLiteral("offramp")},
                                               {QStringLiteral("wallet_address"), m_w->alice->ethAddress}},
                                              m_w->alice.get());
        QCOMPARE(exchange.status, 200);
        m_exchangeId = exchange.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(m_exchangeId > 0);
        // Passport sends the exchange signable call without Authorization (passport-sdk.md 4.2).
        m_exchangeSignable = fetch(
            QStringLiteral("/imx/v2/exchanges/%1/signable-transfer-details").arg(m_exchangeId),
            transferBody(*m_w->carol, QStringLiteral("200000000000000000"), WritesTestWorld::ethToken()),
            false);
        m_batchSignable = fetch(QStringLiteral("/imx/v2/signable-transfer-details"), batchBody());

        for (const QJsonObject *o :
             {&m_ethSignable, &m_usdsSignable, &m_nftSignable, &m_exchangeSignable, &m_batchSignable})
            QVERIFY(!o->isEmpty());
    }

    void everyTransferKindVerifies_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"eth", "usds", "nft", "exchange"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void everyTransferKindVerifies()
    {
        QFETCH(QString, kind);
        const QJsonObject s = signableOf(kind);
        const auto r = checkKind(kind, s);
        QVERIFY2(r.ok(), describeResult(r).constData());
        const wallet::PreparedItem &item = r.value();
        // Everything the server said about the StarkEx transaction is what the item carries.
        QCOMPARE(item.payloadHash,
                 num(s.value(QStringLiteral("payload_hash")).toString().prepend(QLatin1String("0x"))));
        QCOMPARE(item.assetId, num(s.value(QStringLiteral("asset_id"))));
        QCOMPARE(item.receiverStarkKey, num(s.value(QStringLiteral("receiver_stark_key"))));
        QCOMPARE(item.nonce, num(s.value(QStringLiteral("nonce"))));
        QCOMPARE(item.vaultIdSell, num(s.value(QStringLiteral("sender_vault_id"))));
        QCOMPARE(item.vaultIdBuy, num(s.value(QStringLiteral("receiver_vault_id"))));
        QCOMPARE(item.expirationHours, num(s.value(QStringLiteral("expiration_timestamp"))));
        QCOMPARE(item.quantizedAmount,
                 *UInt256::fromDecimal(s.value(QStringLiteral("amount")).toString().toStdString()));
        QVERIFY(!item.feeLimit && !item.feeAssetId);
        // The world's quanta (WritesTestWorld: ETH 1e8, USDS 1) and display data.
        if (kind == QLatin1String("eth") || kind == QLatin1String("exchange")) {
            QCOMPARE(item.amount, kind == QLatin1String("eth")
                                      ? *UInt256::fromDecimal(kOneTenthEth.toStdString())
                                      : *UInt256::fromDecimal("200000000000000000"));
            QCOMPARE(item.quantizedAmount,
                     kind == QLatin1String("eth") ? UInt256(1000000000) : UInt256(2000000000));
            QCOMPARE(item.display.symbol, QStringLiteral("ETH"));
            QCOMPARE(item.display.decimals, 18);
        } else if (kind == QLatin1String("usds")) {
            QCOMPARE(item.amount, UInt256(1250000));
            QCOMPARE(item.quantizedAmount, UInt256(1250000));
            QCOMPARE(item.display.symbol, QStringLiteral("USDS"));
            QCOMPARE(item.display.decimals, 6);
            QCOMPARE(item.token.tokenAddress, WritesTestWorld::stableToken());
        } else {
            QCOMPARE(item.amount, UInt256(1));
            QCOMPARE(item.quantizedAmount, UInt256(1));
            QCOMPARE(item.token.tokenId, QStringLiteral("1"));
            QCOMPARE(item.display.name, QStringLiteral("Star #1"));
            QCOMPARE(item.display.decimals, 0);
        }
        QCOMPARE(item.receiver,
                 kind == QLatin1String("exchange") ? m_w->carol->ethAddress : m_w->bob->ethAddress);
    }

    void nftAmountIsAlwaysOne()
    {
        wallet::TransferRequest request = nftRequest();
        request.amount = UInt256(5); // ignored for ERC721
        const auto r = transfer(request, m_nft1, CheckWorld::signer(*m_w->alice), m_w->bob->starkKey,
                                m_nftSignable, PassportErrorType::TransferError);
        QVERIFY2(r.ok(), describeResult(r).constData());
        QCOMPARE(r->amount, UInt256(1));
    }

    void transferTampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString hash = QStringLiteral("payload_hash does not match the transaction");
        for (const char *kind : {"eth", "usds", "nft", "exchange"}) {
            const QString k = QString::fromLatin1(kind);
            const auto row = [&](const char *path, const QString &message) {
                QTest::addRow("%s/%s", kind, path) << k << QString::fromLatin1(path) << message;
            };
            row("amount", QStringLiteral("amount does not match"));
            row("asset_id", QStringLiteral("asset_id does not match"));
            row("receiver_stark_key", QStringLiteral("receiver_stark_key does not match"));
            row("sender_stark_key", QStringLiteral("sender_stark_key does not match"));
            row("payload_hash", hash);
            // Not echoes of the request: bound by the recomputed hash.
            row("nonce", hash);
            row("sender_vault_id", hash);
            row("receiver_vault_id", hash);
            row("expiration_timestamp", hash);
        }
    }
    void transferTampering()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QJsonObject tampered = alter(signableOf(kind), path);
        QVERIFY(tampered != signableOf(kind));
        const auto r = checkKind(kind, tampered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(r.error().type, kind == QLatin1String("exchange") ? PassportErrorType::ExchangeTransferError
                                                                   : PassportErrorType::TransferError);
    }

    void transferOutOfRange_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("expired") << u"expiration_timestamp"_s << QJsonValue(1000)
                                 << u"expiration_timestamp is in the past"_s;
        QTest::newRow("now") << u"expiration_timestamp"_s
                             << QJsonValue(QDateTime::currentSecsSinceEpoch() / 3600)
                             << u"expiration_timestamp is in the past"_s;
        QTest::newRow("beyond 2^22 hours") << u"expiration_timestamp"_s << QJsonValue(double(1 << 22))
                                           << u"expiration_timestamp is beyond"_s;
        QTest::newRow("nonce 2^31") << u"nonce"_s << QJsonValue(2147483648.0)
                                    << u"out of the StarkEx range"_s;
        QTest::newRow("vault 2^31") << u"sender_vault_id"_s << QJsonValue(2147483648.0)
                                    << u"out of the StarkEx range"_s;
        QTest::newRow("other receiver key")
            << u"receiver_stark_key"_s << QJsonValue(QString::fromStdString(m_w->carol->starkKey.toHex()))
            << u"receiver_stark_key does not match"_s;
        QTest::newRow("other asset (USDS)")
            << u"asset_id"_s << QJsonValue(QString::fromStdString(m_usds.assetId.toHex()))
            << u"asset_id does not match"_s;
        QTest::newRow("0x payload of another transfer")
            << u"payload_hash"_s << m_usdsSignable.value(u"payload_hash"_s)
            << u"payload_hash does not match"_s;
    }
    void transferOutOfRange()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const auto r = checkKind(QStringLiteral("eth"), replace(m_ethSignable, path, value));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    //! F10: an expiration the server chose lies at most the policy window ahead (366 days unless the
    //! signer's window says otherwise). The sandbox issues real signables (consistent hashes) with its
    //! default expiration set just inside or just outside; only the window can refuse them.
    void expirationPolicyWindow_data()
    {
        QTest::addColumn<QString>("kind"); // eth, nft or batch
        QTest::addColumn<qint64>("serverHours");
        QTest::addColumn<qint64>("windowHours");
        QTest::addColumn<bool>("accepted");
        const qint64 window = 366 * 24;
        for (const char *kind : {"eth", "nft", "batch"}) {
            QTest::addRow("%s: 366 days ahead (just inside)", kind)
                << QString::fromLatin1(kind) << window << window << true;
            QTest::addRow("%s: 366 days and an hour (just outside)", kind)
                << QString::fromLatin1(kind) << window + 1 << window << false;
        }
        QTest::newRow("eth: the sandbox's default, a year") << u"eth"_s << qint64(365 * 24) << window << true;
        QTest::newRow("eth: a 30-day window refuses a year")
            << u"eth"_s << qint64(365 * 24) << qint64(30 * 24) << false;
        QTest::newRow("eth: a 30-day window takes 30 days")
            << u"eth"_s << qint64(30 * 24) << qint64(30 * 24) << true;
    }
    void expirationPolicyWindow()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, serverHours);
        QFETCH(qint64, windowHours);
        QFETCH(bool, accepted);
        QCOMPARE(wallet::check::kDefaultExpirationWindowHours, qint64(366 * 24));
        qint64 &serverDefault = m_w->fixture().sandbox().context().options.defaultExpirationHours;
        const qint64 saved = serverDefault;
        serverDefault = serverHours;
        auto signer = CheckWorld::signer(*m_w->alice);
        signer.expirationWindowHours = windowHours;
        QString message;
        bool ok = false;
        // The sandbox and the check each read the clock: redo the round if the hour turned between.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const qint64 hourBefore = QDateTime::currentSecsSinceEpoch() / 3600;
            if (kind == QLatin1String("batch")) {
                const auto r = batchTransfer(
                    batchItems(), {m_nft2, m_nft3}, signer, {m_w->bob->starkKey, m_w->carol->starkKey},
                    fetch(QStringLiteral("/imx/v2/signable-transfer-details"), batchBody()));
                ok = r.ok();
                message = ok ? QString() : r.error().message;
            } else {
                const bool nft = kind == QLatin1String("nft");
                const QJsonObject body =
                    nft ? transferBody(*m_w->bob, u"1"_s, WritesTestWorld::nftToken(u"1"_s))
                        : transferBody(*m_w->bob, kOneTenthEth, WritesTestWorld::ethToken());
                const auto r = transfer(
                    nft ? nftRequest() : ethRequest(), nft ? m_nft1 : m_eth, signer, m_w->bob->starkKey,
                    fetch(u"/imx/v1/signable-transfer-details"_s, body), PassportErrorType::TransferError);
                ok = r.ok();
                message = ok ? QString() : r.error().message;
            }
            if (QDateTime::currentSecsSinceEpoch() / 3600 == hourBefore)
                break;
        }
        serverDefault = saved;
        QVERIFY2(ok == accepted, qPrintable(message));
        if (!accepted) {
            // The error names the expiration's date and the limit.
            const QString days = QStringLiteral("%1 days").arg(windowHours / 24);
            const QString expires =
                QDateTime::fromSecsSinceEpoch(
                    (QDateTime::currentSecsSinceEpoch() / 3600 + serverHours) * 3600, Qt::UTC)
                    .toString(u"yyyy-MM-dd"_s);
            QVERIFY2(message.contains(u"beyond the policy limit of "_s + days), qPrintable(message));
            QVERIFY2(message.contains(expires), qPrintable(message));
            QVERIFY2(message.contains(u"expiration_timestamp"_s), qPrintable(message));
        }
    }

    void transferMalformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        for (const char *field : {"amount", "asset_id", "expiration_timestamp", "nonce", "payload_hash",
                                  "receiver_stark_key", "receiver_vault_id", "sender_vault_id"}) {
            QTest::addRow("missing %s", field)
                << QString::fromLatin1(field) << QJsonValue(QJsonValue::Undefined);
            QTest::addRow("null %s", field) << QString::fromLatin1(field) << QJsonValue(QJsonValue::Null);
            QTest::addRow("object %s", field) << QString::fromLatin1(field) << QJsonValue(QJsonObject());
        }
        QTest::newRow("amount number") << u"amount"_s << QJsonValue(1000000000);
        QTest::newRow("amount negative") << u"amount"_s << QJsonValue(u"-1"_s);
        QTest::newRow("amount hex") << u"amount"_s << QJsonValue(u"0x10"_s);
        QTest::newRow("amount empty") << u"amount"_s << QJsonValue(u""_s);
        QTest::newRow("asset_id not hex") << u"asset_id"_s << QJsonValue(u"0xzz"_s);
        QTest::newRow("asset_id > 256 bits") << u"asset_id"_s << QJsonValue(u"0x1"_s + QString(64, u'0'));
        QTest::newRow("asset_id number") << u"asset_id"_s << QJsonValue(5);
        QTest::newRow("nonce string") << u"nonce"_s << QJsonValue(u"5"_s);
        QTest::newRow("nonce negative") << u"nonce"_s << QJsonValue(-1);
        QTest::newRow("nonce fraction") << u"nonce"_s << QJsonValue(1.5);
        QTest::newRow("nonce 2^53") << u"nonce"_s << QJsonValue(9007199254740992.0);
        QTest::newRow("vault bool") << u"sender_vault_id"_s << QJsonValue(true);
        QTest::newRow("sender_stark_key number") << u"sender_stark_key"_s << QJsonValue(7);
        QTest::newRow("payload_hash empty") << u"payload_hash"_s << QJsonValue(u""_s);
        QTest::newRow("payload_hash spaces") << u"payload_hash"_s << QJsonValue(u" 0x12"_s);
        QTest::newRow("expiration string") << u"expiration_timestamp"_s << QJsonValue(u"500000"_s);
    }
    void transferMalformed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto r = checkKind(QStringLiteral("eth"), replace(m_ethSignable, path, value));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }

    void senderStarkKeyIsOptional()
    {
        // The spec marks it optional (the SDK then uses its own key): absent is fine.
        const auto r =
            checkKind(QStringLiteral("eth"), replace(m_ethSignable, u"sender_stark_key"_s, QJsonValue()));
        QVERIFY2(r.ok(), describeResult(r).constData());
    }

    void requestSideErrors()
    {
        const auto signer = CheckWorld::signer(*m_w->alice);
        // Not a multiple of the ETH quantum (1e8).
        wallet::TransferRequest odd = ethRequest();
        odd.amount = UInt256(123);
        auto r =
            transfer(odd, m_eth, signer, m_w->bob->starkKey, m_ethSignable, PassportErrorType::TransferError);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        QVERIFY2(r.error().message.contains(u"quantum"_s), qPrintable(r.error().message));
        // A resolved token that is not the requested one.
        r = transfer(ethRequest(), m_usds, signer, m_w->bob->starkKey, m_ethSignable,
                     PassportErrorType::TransferError);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        // A resolved token whose cached asset id disagrees with its spec.
        ResolvedToken forged = m_eth;
        forged.assetId = m_usds.assetId;
        r = transfer(ethRequest(), forged, signer, m_w->bob->starkKey, m_ethSignable,
                     PassportErrorType::TransferError);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::Internal);
        // Another signer: the echoed sender key is not ours.
        r = transfer(ethRequest(), m_eth, CheckWorld::signer(*m_w->carol), m_w->bob->starkKey, m_ethSignable,
                     PassportErrorType::TransferError);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY(r.error().message.contains(u"sender_stark_key"_s));
        // The transfer asks for more than the server signed.
        wallet::TransferRequest more = ethRequest();
        more.amount = *UInt256::fromDecimal("200000000000000000");
        r = transfer(more, m_eth, signer, m_w->bob->starkKey, m_ethSignable,
                     PassportErrorType::TransferError);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(u"amount does not match"_s));
    }

    void sandboxFaultsOnTransferRoutes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("field"); // "" = tamper_payload_hash
        QTest::addColumn<QString>("message");
        QTest::newRow("v1 tamper hash")
            << u"eth"_s << u"imx.transfers.signable"_s << QString() << u"payload_hash does not match"_s;
        QTest::newRow("v1 receiver key") << u"eth"_s << u"imx.transfers.signable"_s << u"receiver_stark_key"_s
                                         << u"receiver_stark_key does not match"_s;
        QTest::newRow("v1 amount") << u"eth"_s << u"imx.transfers.signable"_s << u"amount"_s
                                   << u"amount does not match"_s;
        QTest::newRow("v1 asset") << u"eth"_s << u"imx.transfers.signable"_s << u"asset_id"_s
                                  << u"asset_id does not match"_s;
        QTest::newRow("v1 vault") << u"eth"_s << u"imx.transfers.signable"_s << u"receiver_vault_id"_s
                                  << u"payload_hash does not match"_s;
        QTest::newRow("exchange tamper hash") << u"exchange"_s << u"imx.exchanges.transfers.signable"_s
                                              << QString() << u"payload_hash does not match"_s;
        QTest::newRow("exchange amount") << u"exchange"_s << u"imx.exchanges.transfers.signable"_s
                                         << u"amount"_s << u"amount does not match"_s;
        QTest::newRow("batch tamper hash") << u"batch"_s << u"imx.transfers.signable.v2"_s << QString()
                                           << u"signable_responses[0].payload_hash does not match"_s;
        QTest::newRow("batch token id") << u"batch"_s << u"imx.transfers.signable.v2"_s << u"token_id"_s
                                        << u"signable_responses[0].token.data.token_id does not match"_s;
        QTest::newRow("batch sender key") << u"batch"_s << u"imx.transfers.signable.v2"_s
                                          << u"sender_stark_key"_s << u"sender_stark_key does not match"_s;
        QTest::newRow("batch nonce") << u"batch"_s << u"imx.transfers.signable.v2"_s << u"nonce"_s
                                     << u"signable_responses[0].payload_hash does not match"_s;
    }
    void sandboxFaultsOnTransferRoutes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, route);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QJsonObject rule{{u"route"_s, route}, {u"times"_s, 1}};
        if (field.isEmpty())
            rule.insert(u"tamper_payload_hash"_s, true);
        else
            rule.insert(u"alter_field"_s, field);
        addFault(rule);
        QJsonObject signable;
        if (kind == QLatin1String("batch")) {
            // Fresh NFTs: 2 and 3 are already in an issued (unsubmitted) batch, which is fine.
            signable = fetch(u"/imx/v2/signable-transfer-details"_s, batchBody());
        } else if (kind == QLatin1String("exchange")) {
            signable =
                fetch(QStringLiteral("/imx/v2/exchanges/%1/signable-transfer-details").arg(m_exchangeId),
                      transferBody(*m_w->carol, u"200000000000000000"_s, WritesTestWorld::ethToken()), false);
        } else {
            signable = fetch(u"/imx/v1/signable-transfer-details"_s,
                             transferBody(*m_w->bob, kOneTenthEth, WritesTestWorld::ethToken()));
        }
        QVERIFY(!signable.isEmpty());
        if (kind == QLatin1String("batch")) {
            const auto r = checkBatch(signable);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        } else {
            const auto r = checkKind(kind, signable);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        }
        // Without the fault (the rule was used up) the same call verifies again.
        if (kind == QLatin1String("batch")) {
            const auto clean = checkBatch(fetch(u"/imx/v2/signable-transfer-details"_s, batchBody()));
            QVERIFY2(clean.ok(), describeResult(clean).constData());
        } else if (kind == QLatin1String("eth")) {
            const auto clean =
                checkKind(kind, fetch(u"/imx/v1/signable-transfer-details"_s,
                                      transferBody(*m_w->bob, kOneTenthEth, WritesTestWorld::ethToken())));
            QVERIFY2(clean.ok(), describeResult(clean).constData());
        }
    }

    void verifiedItemAloneIsAcceptedBySandbox()
    {
        // The PreparedItem is complete: a create body built from it alone (not from the signable)
        // and signed over its payloadHash is accepted.
        const QJsonObject s = fetch(u"/imx/v1/signable-transfer-details"_s,
                                    transferBody(*m_w->bob, kOneTenthEth, WritesTestWorld::ethToken()));
        const auto r = checkKind(u"eth"_s, s);
        QVERIFY2(r.ok(), describeResult(r).constData());
        const wallet::PreparedItem &item = r.value();
        const auto signature = crypto::stark::sign(m_w->alice->starkPrivateKey, item.payloadHash);
        QVERIFY(signature.ok());
        const auto dec = [](const UInt256 &v) { return QString::fromStdString(v.toDecimal()); };
        const auto integer = [](const UInt256 &v) { return qint64(v.limb[0]); };
        const QJsonObject body{
            {u"sender_stark_key"_s, QString::fromStdString(m_w->alice->starkKey.toHex())},
            {u"sender_vault_id"_s, integer(item.vaultIdSell)},
            {u"receiver_stark_key"_s, QString::fromStdString(item.receiverStarkKey.toHex())},
            {u"receiver_vault_id"_s, integer(item.vaultIdBuy)},
            {u"asset_id"_s, QString::fromStdString(item.assetId.toHex())},
            {u"amount"_s, dec(item.quantizedAmount)},
            {u"nonce"_s, integer(item.nonce)},
            {u"expiration_timestamp"_s, integer(item.expirationHours)},
            {u"stark_signature"_s, QString::fromStdString(signature->toHex())}};
        const HttpResult created = m_w->post(u"/imx/v1/transfers"_s, body, m_w->alice.get());
        QVERIFY2(created.status == 200, created.body.constData());
        QVERIFY(created.object().value(u"transfer_id"_s).toInteger() > 0);
    }

    void batchVerifies()
    {
        const auto r = checkBatch(m_batchSignable);
        QVERIFY2(r.ok(), describeResult(r).constData());
        const QJsonArray responses = m_batchSignable.value(u"signable_responses"_s).toArray();
        QCOMPARE(r->size(), 2);
        for (int i = 0; i < 2; ++i) {
            const wallet::PreparedItem &item = r.value().at(i);
            const QJsonObject s = responses[i].toObject();
            QCOMPARE(item.payloadHash, num(QString(u"0x"_s + s.value(u"payload_hash"_s).toString())));
            QCOMPARE(item.assetId, num(s.value(u"asset_id"_s)));
            QCOMPARE(item.amount, UInt256(1));
            QCOMPARE(item.token.tokenId, i == 0 ? u"2"_s : u"3"_s);
            QCOMPARE(item.receiver, i == 0 ? m_w->bob->ethAddress : m_w->carol->ethAddress);
            QCOMPARE(item.receiverStarkKey, i == 0 ? m_w->bob->starkKey : m_w->carol->starkKey);
            QCOMPARE(item.display.name, i == 0 ? u"Star #2"_s : u"Star #3"_s);
        }
    }

    void batchTampering_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("failure");
        const int security = int(WalletFailure::SecurityCheck);
        const int invalid = int(WalletFailure::InvalidResponse);
        QTest::newRow("sender key") << u"sender_stark_key"_s << u"sender_stark_key does not match"_s
                                    << security;
        for (int i = 0; i < 2; ++i) {
            const QString p = QStringLiteral("signable_responses.%1.").arg(i);
            const QString m = QStringLiteral("signable_responses[%1].").arg(i);
            const auto row = [&](const QString &field, const QString &message, int failure) {
                QTest::addRow("%d %s", i, qPrintable(field)) << p + field << m + message << failure;
            };
            row(u"amount"_s, u"amount does not match"_s, security);
            row(u"asset_id"_s, u"asset_id does not match"_s, security);
            row(u"receiver_stark_key"_s, u"receiver_stark_key does not match"_s, security);
            row(u"payload_hash"_s, u"payload_hash does not match"_s, security);
            row(u"nonce"_s, u"payload_hash does not match"_s, security);
            row(u"sender_vault_id"_s, u"payload_hash does not match"_s, security);
            row(u"token.type"_s, u"token.type does not match"_s, security);
            row(u"token.data.token_address"_s, u"token.data.token_address does not match"_s, security);
            row(u"token.data.token_id"_s, u"token.data.token_id does not match"_s, security);
            row(u"token.data"_s, u"token.data is not an object"_s, invalid);
        }
    }
    void batchTampering()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(int, failure);
        const auto r = checkBatch(alter(m_batchSignable, path));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().failure), failure);
        QCOMPARE(r.error().type, PassportErrorType::TransferError);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void batchShape()
    {
        QJsonArray responses = m_batchSignable.value(u"signable_responses"_s).toArray();
        // One response too few / too many / swapped.
        QJsonArray one{responses[0]};
        auto r = checkBatch(replace(m_batchSignable, u"signable_responses"_s, one));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QJsonArray three = responses;
        three.append(responses[1]);
        r = checkBatch(replace(m_batchSignable, u"signable_responses"_s, three));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QJsonArray swapped{responses[1], responses[0]};
        r = checkBatch(replace(m_batchSignable, u"signable_responses"_s, swapped));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        // Malformed shapes.
        for (const QJsonValue &bad :
             {QJsonValue(u"x"_s), QJsonValue(QJsonObject()), QJsonValue(QJsonValue::Null)}) {
            r = checkBatch(replace(m_batchSignable, u"signable_responses"_s, bad));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
            QVERIFY(r.error().message.contains(u"signable_responses"_s));
        }
        r = checkBatch(replace(m_batchSignable, u"signable_responses.1"_s, 5));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        QVERIFY(r.error().message.contains(u"signable_responses[1] is not an object"_s));
        r = checkBatch(replace(m_batchSignable, u"signable_responses.0.receiver_vault_id"_s, QJsonValue()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        QVERIFY(r.error().message.contains(u"signable_responses[0].receiver_vault_id is missing"_s));
        r = checkBatch(replace(m_batchSignable, u"sender_stark_key"_s, QJsonValue()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        // Caller errors: lists of different lengths.
        r = batchTransfer(batchItems(), {m_nft2}, CheckWorld::signer(*m_w->alice),
                          {m_w->bob->starkKey, m_w->carol->starkKey}, m_batchSignable);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestSignableCheckTransfers)
#include "tst_signable_check_transfers.moc"
