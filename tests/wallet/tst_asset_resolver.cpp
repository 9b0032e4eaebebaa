// SPDX-License-Identifier: MIT
// AssetResolver against the in-process sandbox: ETH, an ERC20 and an NFT resolved through the
// read API (asset ids compared with the ones the sandbox's own signables carry), unknown tokens,
// bad input, the fungible cache (no second request), callback timing and lifetime.

#include "tst_signable_check_support.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::test;
using wallet::WalletResult;

class TestAssetResolver : public QObject {
    Q_OBJECT

    std::unique_ptr<CheckWorld> m_w;

    //! Resolves and waits; the full result (error or value).
    std::optional<WalletResult<ResolvedToken>>
    resolveFull(const TokenRef &token, PassportErrorType type = PassportErrorType::TransferError)
    {
        std::optional<WalletResult<ResolvedToken>> out;
        QObject context;
        m_w->resolver->resolve(token, type, &context,
                               [&out](WalletResult<ResolvedToken> r) { out.emplace(std::move(r)); });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 10'000);
        return out;
    }

    //! The asset_id the sandbox puts in a v1 transfer signable for `token` (its own computation).
    UInt256 sandboxAssetId(const QJsonObject &token, const QString &amount)
    {
        const HttpResult r = m_w->post(u"/imx/v1/signable-transfer-details"_s,
                                       {{u"sender"_s, m_w->alice->ethAddress},
                                        {u"receiver"_s, m_w->bob->ethAddress},
                                        {u"amount"_s, amount},
                                        {u"token"_s, token}},
                                       m_w->alice.get());
        if (r.status != 200)
            return {};
        return *UInt256::fromHex(r.object().value(u"asset_id"_s).toString().toStdString());
    }
    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(m_w->fixture().postJson(u"/__sandbox/faults"_s, rule).status, 200);
    }
    void clearFaults() { QCOMPARE(m_w->fixture().send("DELETE", u"/__sandbox/faults"_s).status, 204); }

private Q_SLOTS:
    void init()
    {
        // A fresh world and resolver (empty cache) for every test.
        m_w = std::make_unique<CheckWorld>();
    }
    void cleanup() { m_w.reset(); }

    void eth()
    {
        const auto r = resolveFull(ethRef());
        QVERIFY(r);
        QVERIFY2(r->ok(), describeResult(*r).constData());
        const ResolvedToken &t = r->value();
        QCOMPARE(t.token.type, TokenRef::Type::Eth);
        QCOMPARE(t.spec.kind, starkex::AssetKind::Eth);
        QCOMPARE(t.spec.quantum, UInt256(100000000)); // WritesTestWorld: ETH quantum 1e8
        QVERIFY(t.spec.tokenAddress.empty());
        QCOMPARE(t.display.symbol, u"ETH"_s);
        QCOMPARE(t.display.decimals, 18);
        QCOMPARE(t.assetId, sandboxAssetId(WritesTestWorld::ethToken(), u"100000000"_s));
    }

    void erc20()
    {
        // Mixed case in, lower case out.
        const auto r =
            resolveFull(erc20Ref(WritesTestWorld::stableToken().toUpper().replace(u"0X"_s, u"0x"_s)));
        QVERIFY(r);
        QVERIFY2(r->ok(), describeResult(*r).constData());
        const ResolvedToken &t = r->value();
        QCOMPARE(t.token.type, TokenRef::Type::Erc20);
        QCOMPARE(t.token.tokenAddress, WritesTestWorld::stableToken());
        QCOMPARE(t.spec.kind, starkex::AssetKind::Erc20);
        QCOMPARE(t.spec.quantum, UInt256(1));
        QCOMPARE(QString::fromStdString(t.spec.tokenAddress), WritesTestWorld::stableToken());
        QCOMPARE(t.display.symbol, u"USDS"_s);
        QCOMPARE(t.display.decimals, 6);
        QCOMPARE(t.assetId,
                 sandboxAssetId(WritesTestWorld::erc20Token(WritesTestWorld::stableToken()), u"1000"_s));
        // The 18-decimal one too.
        const auto dust = resolveFull(erc20Ref(WritesTestWorld::gameToken()));
        QVERIFY(dust && dust->ok());
        QCOMPARE(dust->value().spec.quantum, UInt256(100000000));
        QCOMPARE(dust->value().display.symbol, u"DUST"_s);
        QVERIFY(dust->value().assetId != t.assetId);
    }

    void nft()
    {
        const auto r = resolveFull(nftRef(u"3"_s));
        QVERIFY(r);
        QVERIFY2(r->ok(), describeResult(*r).constData());
        const ResolvedToken &t = r->value();
        QCOMPARE(t.token.type, TokenRef::Type::Erc721);
        QCOMPARE(t.token.tokenId, u"3"_s);
        QCOMPARE(t.spec.kind, starkex::AssetKind::Erc721);
        QCOMPARE(t.spec.quantum, UInt256(1));
        QCOMPARE(*t.spec.tokenId, UInt256(3));
        QCOMPARE(t.display.name, u"Star #3"_s);
        QCOMPARE(t.display.decimals, 0);
        QVERIFY(!t.display.collection.isEmpty());
        QCOMPARE(t.assetId, sandboxAssetId(WritesTestWorld::nftToken(u"3"_s), u"1"_s));
        QVERIFY(t.assetId != UInt256());
    }

    void unknownTokens_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("tokenId");
        QTest::newRow("erc20") << int(TokenRef::Type::Erc20)
                               << u"0x4444444444444444444444444444444444444444"_s << QString();
        QTest::newRow("nft id") << int(TokenRef::Type::Erc721) << WritesTestWorld::collection() << u"999"_s;
        QTest::newRow("nft contract")
            << int(TokenRef::Type::Erc721) << u"0x5555555555555555555555555555555555555555"_s << u"1"_s;
    }
    void unknownTokens()
    {
        QFETCH(int, type);
        QFETCH(QString, address);
        QFETCH(QString, tokenId);
        const auto r = resolveFull(TokenRef{TokenRef::Type(type), address, tokenId},
                                   PassportErrorType::CreateOrderError);
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().failure, WalletFailure::InvalidRequest);
        QCOMPARE(r->error().type, PassportErrorType::CreateOrderError);
        QCOMPARE(r->error().httpStatus, 404);
        QVERIFY2(r->error().message.contains(u"not known to Immutable X"_s), qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(address));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("tokenId");
        QTest::newRow("erc20 no address") << int(TokenRef::Type::Erc20) << QString() << QString();
        QTest::newRow("erc20 short") << int(TokenRef::Type::Erc20) << u"0x1234"_s << QString();
        QTest::newRow("erc20 no 0x") << int(TokenRef::Type::Erc20)
                                     << u"2222222222222222222222222222222222222222"_s << QString();
        QTest::newRow("nft no id") << int(TokenRef::Type::Erc721) << WritesTestWorld::collection()
                                   << QString();
        QTest::newRow("nft hex id") << int(TokenRef::Type::Erc721) << WritesTestWorld::collection()
                                    << u"0x1"_s;
        QTest::newRow("nft bad address") << int(TokenRef::Type::Erc721) << u"0xzz"_s << u"1"_s;
    }
    void badInput()
    {
        QFETCH(int, type);
        QFETCH(QString, address);
        QFETCH(QString, tokenId);
        bool called = false;
        std::optional<WalletResult<ResolvedToken>> out;
        QObject context;
        m_w->resolver->resolve(TokenRef{TokenRef::Type(type), address, tokenId},
                               PassportErrorType::TransferError, &context,
                               [&](WalletResult<ResolvedToken> r) {
                                   called = true;
                                   out.emplace(std::move(r));
                               });
        QVERIFY(!called); // never inside resolve()
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok());
        QCOMPARE(out->error().failure, WalletFailure::InvalidRequest);
    }

    void fungibleCacheMakesNoSecondRequest()
    {
        const auto first = resolveFull(ethRef());
        QVERIFY(first && first->ok());
        // From now on every token read fails: a cached answer is the only way to succeed.
        addFault({{u"route"_s, u"imx.tokens.get"_s}, {u"status"_s, 400}});
        std::optional<WalletResult<ResolvedToken>> second;
        QObject context;
        m_w->resolver->resolve(ethRef(), PassportErrorType::TransferError, &context,
                               [&second](WalletResult<ResolvedToken> r) { second.emplace(std::move(r)); });
        QVERIFY(!second.has_value()); // delivered later, even from the cache
        QTRY_VERIFY(second.has_value());
        QVERIFY2(second->ok(), describeResult(*second).constData());
        QCOMPARE(second->value().assetId, first->value().assetId);
        QCOMPARE(second->value().spec.quantum, first->value().spec.quantum);
        // An uncached token does reach the (faulty) API: the rule is live.
        const auto usds = resolveFull(erc20Ref(WritesTestWorld::stableToken()));
        QVERIFY(usds && !usds->ok());
        QCOMPARE(usds->error().failure, WalletFailure::Api);
        QCOMPARE(usds->error().httpStatus, 400);
        // A failure is not cached: once the API answers again it resolves.
        clearFaults();
        const auto again = resolveFull(erc20Ref(WritesTestWorld::stableToken()));
        QVERIFY(again && again->ok());
    }

    void nftsAreNotCached()
    {
        QVERIFY(resolveFull(nftRef(u"1"_s))->ok());
        addFault({{u"route"_s, u"imx.assets.get"_s}, {u"status"_s, 400}});
        const auto r = resolveFull(nftRef(u"1"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, WalletFailure::Api);
    }

    void malformedAnswer()
    {
        addFault({{u"route"_s, u"imx.tokens.get"_s}, {u"body"_s, u"malformed"_s}});
        const auto r = resolveFull(ethRef());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, WalletFailure::InvalidResponse);
    }

    void contextDestroyedDropsCallback()
    {
        bool called = false;
        {
            QObject context;
            m_w->resolver->resolve(ethRef(), PassportErrorType::TransferError, &context,
                                   [&called](WalletResult<ResolvedToken>) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
        // Also for a cache hit.
        QVERIFY(resolveFull(ethRef())->ok());
        {
            QObject context;
            m_w->resolver->resolve(ethRef(), PassportErrorType::TransferError, &context,
                                   [&called](WalletResult<ResolvedToken>) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestAssetResolver)
#include "tst_asset_resolver.moc"
