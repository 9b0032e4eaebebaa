// SPDX-License-Identifier: MIT
// check::order (with and without fee_info), check::trade and check::cancel against signables
// captured from the in-process sandbox over HTTP, then tampered one field at a time (by hand and
// with the sandbox's tamper_payload_hash / alter_field faults) and malformed.

#include "starkex/MessageHash.h"
#include "tst_signable_check_support.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::test;
using wallet::FeeEntry;
using wallet::OrderRequest;
using wallet::TradeRequest;

namespace {

UInt256 hexNum(const QJsonValue &v)
{
    return *UInt256::fromHex(v.toString().toStdString());
}
UInt256 decNum(const QJsonValue &v)
{
    return *UInt256::fromDecimal(v.toString().toStdString());
}
UInt256 intNum(const QJsonValue &v)
{
    return UInt256(quint64(v.toInteger()));
}
UInt256 wei(const char *text)
{
    return *UInt256::fromDecimal(text);
}

} // namespace

class TestSignableCheckOrders : public QObject {
    Q_OBJECT

    std::unique_ptr<CheckWorld> m_w;
    ResolvedToken m_eth, m_usds, m_nft4, m_nft11, m_nft12;
    qint64 m_expirationHours = 0;
    QJsonObject m_listing, m_swap, m_bid, m_trade, m_cancel;
    qint64 m_makerOrderId = 0, m_ownOrderId = 0;
    api::Order m_makerOrder;

    QJsonObject fetch(const QString &path, const QJsonObject &body)
    {
        const HttpResult r = m_w->post(path, body, m_w->alice.get());
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(path), r.status, r.body.constData());
        return r.status == 200 ? r.object() : QJsonObject();
    }
    QJsonArray feesJson(double percentage) const
    {
        return {QJsonObject{{u"address"_s, m_w->carol->ethAddress}, {u"fee_percentage"_s, percentage}}};
    }

    // The requests and their signable bodies: a listing (NFT 4 for 0.5 ETH, 1.5% fee, an
    // expiration), a swap (1 USDS for 0.01 ETH, no fees or expiration) and a bid (0.2 ETH for bob's
    // NFT 11, 2% fee: the fee is then paid in the sell token).
    OrderRequest listingRequest() const
    {
        OrderRequest r;
        r.sell = nftRef(u"4"_s);
        r.sellAmount = UInt256(1);
        r.buy = ethRef();
        r.buyAmount = wei("500000000000000000");
        r.fees = {FeeEntry{m_w->carol->ethAddress, u"1.5"_s}};
        // Not on the hour: the API rounds down.
        r.expiration = QDateTime::fromSecsSinceEpoch(m_expirationHours * 3600 + 1234, Qt::UTC);
        return r;
    }
    QJsonObject listingBody() const
    {
        return {{u"user"_s, m_w->alice->ethAddress},
                {u"amount_sell"_s, u"1"_s},
                {u"token_sell"_s, WritesTestWorld::nftToken(u"4"_s)},
                {u"amount_buy"_s, u"500000000000000000"_s},
                {u"token_buy"_s, WritesTestWorld::ethToken()},
                {u"fees"_s, feesJson(1.5)},
                {u"expiration_timestamp"_s, m_expirationHours}};
    }
    OrderRequest swapRequest() const
    {
        OrderRequest r;
        r.sell = erc20Ref(WritesTestWorld::stableToken());
        r.sellAmount = UInt256(1000000);
        r.buy = ethRef();
        r.buyAmount = wei("10000000000000000");
        return r;
    }
    OrderRequest bidRequest() const
    {
        OrderRequest r;
        r.sell = ethRef();
        r.sellAmount = wei("200000000000000000");
        r.buy = nftRef(u"11"_s);
        r.buyAmount = UInt256(1);
        r.fees = {FeeEntry{m_w->carol->ethAddress, u"2"_s}};
        return r;
    }
    TradeRequest tradeRequest() const
    {
        TradeRequest r;
        r.orderId = m_makerOrderId;
        r.fees = {FeeEntry{m_w->carol->ethAddress, u"1"_s}};
        return r;
    }

    wallet::WalletResult<wallet::PreparedItem> checkKind(const QString &kind, const QJsonObject &signable)
    {
        const auto signer = CheckWorld::signer(*m_w->alice);
        if (kind == QLatin1String("swap") || kind == QLatin1String("nofee"))
            return wallet::check::order(swapRequest(), m_usds, m_eth, signer, signable);
        if (kind == QLatin1String("bid"))
            return wallet::check::order(bidRequest(), m_eth, m_nft11, signer, signable);
        if (kind == QLatin1String("trade"))
            return wallet::check::trade(tradeRequest(), m_makerOrder, m_eth, m_nft12, signer, signable);
        if (kind == QLatin1String("cancel"))
            return wallet::check::cancel(m_ownOrderId, signable);
        return wallet::check::order(listingRequest(), m_nft4, m_eth, signer, signable);
    }

    //! The swap signable as a server answering WITHOUT fee_info would send it: the plain limit
    //! order hash (instruction 0) over the same fields, computed with the vector-tested starkex
    //! library, not with the code under test.
    QJsonObject noFeeVariant() const
    {
        QJsonObject s = m_swap;
        s.remove(u"fee_info"_s);
        starkex::LimitOrderParams p;
        p.vaultIdSell = intNum(s.value(u"vault_id_sell"_s));
        p.vaultIdBuy = intNum(s.value(u"vault_id_buy"_s));
        p.amountSell = decNum(s.value(u"amount_sell"_s));
        p.amountBuy = decNum(s.value(u"amount_buy"_s));
        p.tokenSell = hexNum(s.value(u"asset_id_sell"_s));
        p.tokenBuy = hexNum(s.value(u"asset_id_buy"_s));
        p.nonce = intNum(s.value(u"nonce"_s));
        p.expirationTimestamp = intNum(s.value(u"expiration_timestamp"_s));
        s.insert(u"payload_hash"_s,
                 QString::fromStdString(starkex::limitOrderMsgHash(p)->hash.toHexMinimal()));
        return s;
    }
    QJsonObject signableOf(const QString &kind) const
    {
        if (kind == QLatin1String("swap"))
            return m_swap;
        if (kind == QLatin1String("nofee"))
            return noFeeVariant();
        if (kind == QLatin1String("bid"))
            return m_bid;
        if (kind == QLatin1String("trade"))
            return m_trade;
        if (kind == QLatin1String("cancel"))
            return m_cancel;
        return m_listing;
    }
    PassportErrorType typeOf(const QString &kind) const
    {
        if (kind == QLatin1String("trade"))
            return PassportErrorType::CreateTradeError;
        if (kind == QLatin1String("cancel"))
            return PassportErrorType::CancelOrderError;
        return PassportErrorType::CreateOrderError;
    }
    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(m_w->fixture().postJson(u"/__sandbox/faults"_s, rule).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_w = std::make_unique<CheckWorld>();
        m_expirationHours = QDateTime::currentSecsSinceEpoch() / 3600 + 72;
        const auto eth = m_w->resolve(ethRef());
        const auto usds = m_w->resolve(erc20Ref(WritesTestWorld::stableToken()));
        const auto nft4 = m_w->resolve(nftRef(u"4"_s));
        const auto nft11 = m_w->resolve(nftRef(u"11"_s));
        const auto nft12 = m_w->resolve(nftRef(u"12"_s));
        QVERIFY(eth && usds && nft4 && nft11 && nft12);
        m_eth = *eth;
        m_usds = *usds;
        m_nft4 = *nft4;
        m_nft11 = *nft11;
        m_nft12 = *nft12;

        const QString orders = u"/imx/v3/signable-order-details"_s;
        m_listing = fetch(orders, listingBody());
        m_swap =
            fetch(orders, {{u"user"_s, m_w->alice->ethAddress},
                           {u"amount_sell"_s, u"1000000"_s},
                           {u"token_sell"_s, WritesTestWorld::erc20Token(WritesTestWorld::stableToken())},
                           {u"amount_buy"_s, u"10000000000000000"_s},
                           {u"token_buy"_s, WritesTestWorld::ethToken()}});
        m_bid = fetch(orders, {{u"user"_s, m_w->alice->ethAddress},
                               {u"amount_sell"_s, u"200000000000000000"_s},
                               {u"token_sell"_s, WritesTestWorld::ethToken()},
                               {u"amount_buy"_s, u"1"_s},
                               {u"token_buy"_s, WritesTestWorld::nftToken(u"11"_s)},
                               {u"fees"_s, feesJson(2)}});

        // Bob lists NFT 12; alice takes it (the order read through ImxClient, as the provider does).
        m_makerOrderId = m_w->listNft(*m_w->bob, u"12"_s, u"300000000000000000"_s);
        QVERIFY(m_makerOrderId > 0);
        const auto order = m_w->readOrder(m_makerOrderId);
        QVERIFY(order);
        m_makerOrder = *order;
        m_trade = fetch(
            u"/imx/v3/signable-trade-details"_s,
            {{u"order_id"_s, m_makerOrderId}, {u"user"_s, m_w->alice->ethAddress}, {u"fees"_s, feesJson(1)}});

        // Alice lists NFT 5 and asks to cancel it.
        m_ownOrderId = m_w->listNft(*m_w->alice, u"5"_s, u"1000000000000000000"_s);
        QVERIFY(m_ownOrderId > 0);
        m_cancel = fetch(u"/imx/v3/signable-cancel-order-details"_s, {{u"order_id"_s, m_ownOrderId}});
        for (const QJsonObject *o : {&m_listing, &m_swap, &m_bid, &m_trade, &m_cancel})
            QVERIFY(!o->isEmpty());
    }

    //! F10: an order or trade expiration the server chose (none requested) lies at most the policy
    //! window ahead: real signables with the sandbox's default expiration just inside or outside it. An
    //! expiration the user asked for is compared with the request instead (the Sell dialog bounds it).
    void expirationPolicyWindow_data()
    {
        QTest::addColumn<QString>("kind"); // swap (order) or trade
        QTest::addColumn<qint64>("serverHours");
        QTest::addColumn<bool>("accepted");
        const qint64 window = 366 * 24;
        for (const char *kind : {"swap", "trade"}) {
            QTest::addRow("%s: 366 days ahead (just inside)", kind)
                << QString::fromLatin1(kind) << window << true;
            QTest::addRow("%s: 366 days and an hour (just outside)", kind)
                << QString::fromLatin1(kind) << window + 1 << false;
            QTest::addRow("%s: the sandbox's default, a year", kind)
                << QString::fromLatin1(kind) << qint64(365 * 24) << true;
        }
    }
    void expirationPolicyWindow()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, serverHours);
        QFETCH(bool, accepted);
        qint64 &serverDefault = m_w->fixture().sandbox().context().options.defaultExpirationHours;
        const qint64 saved = serverDefault;
        serverDefault = serverHours;
        QString message;
        bool ok = false;
        for (int attempt = 0; attempt < 2; ++attempt) { // again if the hour turned in between
            const qint64 hourBefore = QDateTime::currentSecsSinceEpoch() / 3600;
            const QJsonObject signable =
                kind == QLatin1String("trade")
                    ? fetch(u"/imx/v3/signable-trade-details"_s, {{u"order_id"_s, m_makerOrderId},
                                                                  {u"user"_s, m_w->alice->ethAddress},
                                                                  {u"fees"_s, feesJson(1)}})
                    : fetch(u"/imx/v3/signable-order-details"_s,
                            {{u"user"_s, m_w->alice->ethAddress},
                             {u"amount_sell"_s, u"1000000"_s},
                             {u"token_sell"_s, WritesTestWorld::erc20Token(WritesTestWorld::stableToken())},
                             {u"amount_buy"_s, u"10000000000000000"_s},
                             {u"token_buy"_s, WritesTestWorld::ethToken()}});
            const auto r = checkKind(kind, signable);
            ok = r.ok();
            message = ok ? QString() : r.error().message;
            if (QDateTime::currentSecsSinceEpoch() / 3600 == hourBefore)
                break;
        }
        serverDefault = saved;
        QVERIFY2(ok == accepted, qPrintable(message));
        if (!accepted)
            QVERIFY2(message.contains(u"expiration_timestamp"_s) &&
                         message.contains(u"beyond the policy limit of 366 days"_s),
                     qPrintable(message));
    }

    void requestedExpirationBeyondTheWindowIsTheUsersChoice()
    {
        // A listing the user asked to end in 400 days: the echo must match the request; the window
        // applies to the server's choices only.
        const qint64 hours = QDateTime::currentSecsSinceEpoch() / 3600 + 400 * 24;
        QJsonObject body = listingBody();
        body.insert(u"expiration_timestamp"_s, hours);
        OrderRequest request = listingRequest();
        request.expiration = QDateTime::fromSecsSinceEpoch(hours * 3600, Qt::UTC);
        const QJsonObject signable = fetch(u"/imx/v3/signable-order-details"_s, body);
        QVERIFY(!signable.isEmpty());
        const auto r =
            wallet::check::order(request, m_nft4, m_eth, CheckWorld::signer(*m_w->alice), signable);
        QVERIFY2(r.ok(), describeResult(r).constData());
    }

    void everyKindVerifies_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"listing", "swap", "nofee", "bid", "trade", "cancel"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void everyKindVerifies()
    {
        QFETCH(QString, kind);
        const QJsonObject s = signableOf(kind);
        const auto r = checkKind(kind, s);
        QVERIFY2(r.ok(), describeResult(r).constData());
        const wallet::PreparedItem &item = r.value();
        QCOMPARE(item.payloadHash, hexNum(s.value(u"payload_hash"_s)));
        if (kind == QLatin1String("cancel"))
            return;
        QCOMPARE(item.assetId, hexNum(s.value(u"asset_id_sell"_s)));
        QCOMPARE(item.quantizedAmount, decNum(s.value(u"amount_sell"_s)));
        QCOMPARE(item.vaultIdSell, intNum(s.value(u"vault_id_sell"_s)));
        QCOMPARE(item.vaultIdBuy, intNum(s.value(u"vault_id_buy"_s)));
        QCOMPARE(item.nonce, intNum(s.value(u"nonce"_s)));
        QCOMPARE(item.expirationHours, intNum(s.value(u"expiration_timestamp"_s)));
        QVERIFY(item.buyToken.has_value());
        QCOMPARE(item.feeLimit.has_value(), kind != QLatin1String("nofee"));
        // Expected fee limits from the request alone: quantized fee-side amount * bps / 10000.
        if (kind == QLatin1String("listing")) {
            QCOMPARE(item.token.tokenId, u"4"_s);
            QCOMPARE(item.amount, UInt256(1));
            QCOMPARE(item.buyAmount, wei("500000000000000000"));
            QCOMPARE(item.buyDisplay.symbol, u"ETH"_s);
            QCOMPARE(*item.feeLimit, UInt256(75000000)); // 5e9 quanta * 1.5%
            QCOMPARE(*item.feeAssetId, m_eth.assetId);   // the fungible buy side
            QCOMPARE(item.expirationHours, UInt256(quint64(m_expirationHours)));
        } else if (kind == QLatin1String("swap")) {
            QCOMPARE(*item.feeLimit, UInt256(0));
            QCOMPARE(*item.feeAssetId, m_eth.assetId);
            QCOMPARE(item.display.symbol, u"USDS"_s);
            QCOMPARE(item.quantizedAmount, UInt256(1000000)); // USDS quantum 1
        } else if (kind == QLatin1String("bid")) {
            QCOMPARE(*item.feeLimit, UInt256(40000000)); // 2e9 quanta * 2%, in the sell token
            QCOMPARE(*item.feeAssetId, m_eth.assetId);
            QCOMPARE(item.buyToken->tokenId, u"11"_s);
        } else if (kind == QLatin1String("trade")) {
            // The taker gives 0.3 ETH (the order's buy side) for NFT 12 (its sell side).
            QCOMPARE(item.token.type, TokenRef::Type::Eth);
            QCOMPARE(item.amount, wei("300000000000000000"));
            QCOMPARE(item.quantizedAmount, UInt256(3000000000));
            QCOMPARE(item.buyToken->tokenId, u"12"_s);
            QCOMPARE(item.buyAmount, UInt256(1));
            QCOMPARE(*item.feeLimit, UInt256(30000000)); // 3e9 quanta * 1%
            QCOMPARE(item.buyDisplay.name, u"Star #12"_s);
        }
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString hash = u"payload_hash does not match the transaction"_s;
        for (const char *kind : {"listing", "swap", "nofee", "bid", "trade"}) {
            const QString k = QString::fromLatin1(kind);
            const auto row = [&](const char *path, const QString &message) {
                QTest::addRow("%s/%s", kind, path) << k << QString::fromLatin1(path) << message;
            };
            row("amount_buy", u"amount_buy does not match"_s);
            row("amount_sell", u"amount_sell does not match"_s);
            row("asset_id_buy", u"asset_id_buy does not match"_s);
            row("asset_id_sell", u"asset_id_sell does not match"_s);
            row("stark_key", u"stark_key does not match"_s);
            row("payload_hash", hash);
            row("nonce", hash);
            row("vault_id_buy", hash);
            row("vault_id_sell", hash);
            if (k != QLatin1String("nofee")) {
                row("fee_info.asset_id", u"fee_info.asset_id does not match"_s);
                row("fee_info.fee_limit", u"fee_info.fee_limit does not match"_s);
                row("fee_info.source_vault_id", hash);
            }
            // With a requested expiration the echo is compared; without, the hash binds it.
            row("expiration_timestamp",
                k == QLatin1String("listing")
                    ? u"expiration_timestamp does not match the requested expiration"_s
                    : hash);
        }
        QTest::newRow("cancel/order_id") << u"cancel"_s << u"order_id"_s << u"order_id does not match"_s;
        QTest::newRow("cancel/payload_hash") << u"cancel"_s << u"payload_hash"_s << hash;
    }
    void tampering()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QJsonObject tampered = alter(signableOf(kind), path);
        QVERIFY(tampered != signableOf(kind));
        const auto r = checkKind(kind, tampered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QCOMPARE(r.error().type, typeOf(kind));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void feeInfoVariants()
    {
        // Dropping fee_info from a fee-variant signable changes the hash variant: refused.
        auto r = checkKind(u"swap"_s, replace(m_swap, u"fee_info"_s, QJsonValue()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY(r.error().message.contains(u"payload_hash does not match"_s));
        // Fees were asked for but the server sent no fee_info.
        r = checkKind(u"listing"_s, replace(m_listing, u"fee_info"_s, QJsonValue()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY(r.error().message.contains(u"fee_info is missing"_s));
        // A fee limit that lets the server take the whole buy amount.
        r = checkKind(u"listing"_s, replace(m_listing, u"fee_info.fee_limit"_s, u"5000000000"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"fee_info.fee_limit does not match"_s));
        // The fee charged in the other token.
        r = checkKind(u"bid"_s, replace(m_bid, u"fee_info.asset_id"_s,
                                        QString::fromStdString(m_nft11.assetId.toHex())));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"fee_info.asset_id does not match"_s));
        // The user asks for other fees than the server applied.
        OrderRequest more = listingRequest();
        more.fees = {FeeEntry{m_w->carol->ethAddress, u"2.5"_s}};
        r = wallet::check::order(more, m_nft4, m_eth, CheckWorld::signer(*m_w->alice), m_listing);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"fee_info.fee_limit"_s));
        // The user asks for another expiration (an hour later).
        OrderRequest later = listingRequest();
        later.expiration = later.expiration->addSecs(3600);
        r = wallet::check::order(later, m_nft4, m_eth, CheckWorld::signer(*m_w->alice), m_listing);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"expiration_timestamp does not match"_s));
    }

    void requestSideErrors()
    {
        const auto signer = CheckWorld::signer(*m_w->alice);
        OrderRequest bad = listingRequest();
        bad.fees = {FeeEntry{m_w->carol->ethAddress, u"abc"_s}};
        auto r = wallet::check::order(bad, m_nft4, m_eth, signer, m_listing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        bad.fees = {FeeEntry{m_w->carol->ethAddress, u"60"_s}, FeeEntry{m_w->bob->ethAddress, u"50"_s}};
        r = wallet::check::order(bad, m_nft4, m_eth, signer, m_listing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        // Tokens resolved for another request.
        r = wallet::check::order(listingRequest(), m_nft11, m_eth, signer, m_listing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        // A buy amount that is not a multiple of the ETH quantum.
        OrderRequest odd = listingRequest();
        odd.buyAmount = UInt256(12345);
        r = wallet::check::order(odd, m_nft4, m_eth, signer, m_listing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        // Another signer.
        r = wallet::check::order(listingRequest(), m_nft4, m_eth, CheckWorld::signer(*m_w->bob), m_listing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY(r.error().message.contains(u"stark_key does not match"_s));
        // Trade: the order read is not the order asked for; an echoed order_id that differs.
        TradeRequest other = tradeRequest();
        other.orderId = m_makerOrderId + 100;
        r = wallet::check::trade(other, m_makerOrder, m_eth, m_nft12, signer, m_trade);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
        QJsonObject echoed = m_trade;
        echoed.insert(u"order_id"_s, m_makerOrderId);
        QVERIFY(checkKind(u"trade"_s, echoed).ok());
        echoed.insert(u"order_id"_s, m_makerOrderId + 1);
        r = checkKind(u"trade"_s, echoed);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"order_id does not match"_s));
        // Trade sides swapped (taker would sell the NFT).
        r = wallet::check::trade(tradeRequest(), m_makerOrder, m_nft12, m_eth, signer, m_trade);
        QVERIFY(!r.ok());
        // Cancel: another order id than the signable's.
        r = wallet::check::cancel(m_ownOrderId + 1, m_cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        r = wallet::check::cancel(0, m_cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidRequest);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        for (const char *field :
             {"amount_buy", "amount_sell", "asset_id_buy", "asset_id_sell", "expiration_timestamp", "nonce",
              "payload_hash", "stark_key", "vault_id_buy", "vault_id_sell", "fee_info.asset_id",
              "fee_info.fee_limit", "fee_info.source_vault_id"}) {
            QTest::addRow("missing %s", field) << u"listing"_s << QString::fromLatin1(field) << QJsonValue();
            QTest::addRow("array %s", field)
                << u"trade"_s << QString::fromLatin1(field) << QJsonValue(QJsonArray());
        }
        QTest::newRow("fee_info string") << u"listing"_s << u"fee_info"_s << QJsonValue(u"x"_s);
        QTest::newRow("fee_limit number") << u"listing"_s << u"fee_info.fee_limit"_s << QJsonValue(75000000);
        QTest::newRow("amount_buy hex") << u"bid"_s << u"amount_buy"_s << QJsonValue(u"0x1"_s);
        QTest::newRow("vault fraction") << u"swap"_s << u"vault_id_sell"_s << QJsonValue(0.5);
        QTest::newRow("stark_key not hex") << u"swap"_s << u"stark_key"_s << QJsonValue(u"0xg"_s);
        QTest::newRow("cancel missing order_id") << u"cancel"_s << u"order_id"_s << QJsonValue();
        QTest::newRow("cancel order_id string") << u"cancel"_s << u"order_id"_s << QJsonValue(u"7"_s);
        QTest::newRow("cancel missing payload_hash") << u"cancel"_s << u"payload_hash"_s << QJsonValue();
        QTest::newRow("cancel payload_hash number") << u"cancel"_s << u"payload_hash"_s << QJsonValue(12);
        QTest::newRow("trade order_id string") << u"trade"_s << u"order_id"_s << QJsonValue(u"7"_s);
    }
    void malformed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto r = checkKind(kind, replace(signableOf(kind), path, value));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        QCOMPARE(r.error().type, typeOf(kind));
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }

    void sandboxFaultsOnOrderRoutes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("field"); // "" = tamper_payload_hash
        QTest::addColumn<QString>("message");
        QTest::newRow("order tamper hash")
            << u"swap"_s << u"imx.orders.signable"_s << QString() << u"payload_hash does not match"_s;
        QTest::newRow("order amount_buy")
            << u"swap"_s << u"imx.orders.signable"_s << u"amount_buy"_s << u"amount_buy does not match"_s;
        QTest::newRow("order fee asset") << u"swap"_s << u"imx.orders.signable"_s << u"asset_id"_s
                                         << u"fee_info.asset_id does not match"_s;
        QTest::newRow("order fee limit") << u"swap"_s << u"imx.orders.signable"_s << u"fee_limit"_s
                                         << u"fee_info.fee_limit does not match"_s;
        QTest::newRow("trade tamper hash")
            << u"trade"_s << u"imx.trades.signable"_s << QString() << u"payload_hash does not match"_s;
        QTest::newRow("trade stark key")
            << u"trade"_s << u"imx.trades.signable"_s << u"stark_key"_s << u"stark_key does not match"_s;
        QTest::newRow("trade vault") << u"trade"_s << u"imx.trades.signable"_s << u"vault_id_buy"_s
                                     << u"payload_hash does not match"_s;
        QTest::newRow("cancel tamper hash") << u"cancel"_s << u"imx.orders.cancel.signable"_s << QString()
                                            << u"payload_hash does not match"_s;
        QTest::newRow("cancel order id") << u"cancel"_s << u"imx.orders.cancel.signable"_s << u"order_id"_s
                                         << u"order_id does not match"_s;
    }
    void sandboxFaultsOnOrderRoutes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, route);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto capture = [&]() {
            if (kind == QLatin1String("trade"))
                return fetch(u"/imx/v3/signable-trade-details"_s, {{u"order_id"_s, m_makerOrderId},
                                                                   {u"user"_s, m_w->alice->ethAddress},
                                                                   {u"fees"_s, feesJson(1)}});
            if (kind == QLatin1String("cancel"))
                return fetch(u"/imx/v3/signable-cancel-order-details"_s, {{u"order_id"_s, m_ownOrderId}});
            return fetch(u"/imx/v3/signable-order-details"_s,
                         {{u"user"_s, m_w->alice->ethAddress},
                          {u"amount_sell"_s, u"1000000"_s},
                          {u"token_sell"_s, WritesTestWorld::erc20Token(WritesTestWorld::stableToken())},
                          {u"amount_buy"_s, u"10000000000000000"_s},
                          {u"token_buy"_s, WritesTestWorld::ethToken()}});
        };
        QJsonObject rule{{u"route"_s, route}, {u"times"_s, 1}};
        if (field.isEmpty())
            rule.insert(u"tamper_payload_hash"_s, true);
        else
            rule.insert(u"alter_field"_s, field);
        addFault(rule);
        const QJsonObject tampered = capture();
        QVERIFY(!tampered.isEmpty());
        auto r = checkKind(kind, tampered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        // The rule is used up: the next answer verifies.
        r = checkKind(kind, capture());
        QVERIFY2(r.ok(), describeResult(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestSignableCheckOrders)
#include "tst_signable_check_orders.moc"
