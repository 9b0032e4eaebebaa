// SPDX-License-Identifier: MIT
// IMX writes over HTTP: registration, v1/v2 transfers, v3 orders, cancels and trades, exchange
// transfers; every create is signed here with core's stark::sign / secp256k1 and checked
// against the world before and after (nothing moves twice, nothing moves on a refusal).
#include "ImxSchema.h"
#include "WritesTestWorld.h"
#include "starkex/ImxPayload.h"
#include "starkex/MessageHash.h"
#include "support/Vectors.h"
#include "world/Seed.h"
#include "world/World.h"

#include <QTest>

using namespace stardeck;
using namespace Qt::StringLiterals;
using stardeck::test::HttpResult;
using stardeck::test::SandboxFixture;
using stardeck::test::TestAccount;
using stardeck::test::WritesTestWorld;

namespace {

QString code(const HttpResult &r)
{
    return r.object().value(u"code"_s).toString();
}

//! The x-client form of the U+2019 message every transfer/order signable carries.
const QString kInternalUse =
    u"Only sign this request if you\u2019ve initiated an action with Immutable X.\n\nFor internal use:\n"_s;

//! Fails the test unless the body validates against definitions/<definition> of imx-openapi.json.
void expectSchema(const QString &definition, const HttpResult &r)
{
    static const test::ImxSchema schema;
    QVERIFY(schema.isValid());
    const QStringList problems = schema.validateDefinition(definition, r.object());
    QVERIFY2(problems.isEmpty(), qPrintable(definition + u": "_s + problems.join(u"; "_s)));
}

crypto::UInt256 num(const QString &text)
{
    const auto parsed = text.startsWith(u"0x"_s) ? crypto::UInt256::fromHex(text.toStdString())
                                                 : crypto::UInt256::fromDecimal(text.toStdString());
    return parsed ? *parsed : crypto::UInt256();
}

crypto::UInt256 num(const QJsonValue &v)
{
    return v.isDouble() ? crypto::UInt256(quint64(v.toInteger())) : num(v.toString());
}

} // namespace

class TestImxWrites : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registrationPayloadMatchesVectors_data()
    {
        QTest::addColumn<QString>("etherKey");
        QTest::addColumn<QString>("starkKey");
        QTest::addColumn<QString>("payloadHash");
        const QJsonArray cases = test::vectorCases(u"imx_payloads.json"_s);
        int rows = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            if (c.value(u"kind"_s).toString() != u"registration_offchain"_s)
                continue;
            QTest::newRow(test::caseLabel(i, c).constData())
                << c.value(u"ether_key"_s).toString() << c.value(u"stark_key"_s).toString()
                << c.value(u"payload_hash"_s).toString();
            ++rows;
        }
        QVERIFY(rows > 0);
    }

    void registrationPayloadMatchesVectors()
    {
        QFETCH(QString, etherKey);
        QFETCH(QString, starkKey);
        QFETCH(QString, payloadHash);
        SandboxFixture f(test::emptyWorld());
        const auto r = f.postJson(u"/imx/v1/signable-registration-offchain"_s,
                                  {{u"ether_key"_s, etherKey}, {u"stark_key"_s, starkKey}});
        QCOMPARE(r.status, 200);
        const QString hash = r.object().value(u"payload_hash"_s).toString();
        expectSchema(u"GetSignableRegistrationOffchainResponse"_s, r);
        // The real API's format: lowercase hex, no 0x, no zero padding.
        QVERIFY(!hash.startsWith(u"0x"_s));
        QVERIFY(!hash.startsWith(u'0'));
        QCOMPARE(hash, hash.toLower());
        QCOMPARE(num(u"0x"_s + hash), num(payloadHash));
        QCOMPARE(r.object().value(u"signable_message"_s).toString(),
                 u"Only sign this key linking request from Immutable X"_s);
    }

    void passportRegistration()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        auto alice = w.addUnregistered(u"alice"_s);
        // The stark key Passport derives from the TEE EOA's signature of the seed message.
        auto signer = crypto::LocalEthSigner::create(alice->adminKey.clone());
        QVERIFY(signer.ok());
        const auto seedSignature = (*signer)->signPersonalMessageNow(
            QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
        QVERIFY(seedSignature.ok());
        auto derived = crypto::imx::deriveStarkKey((*signer)->address(), *seedSignature);
        QVERIFY(derived.ok());
        alice->starkPrivateKey = std::move(derived->privateKey);
        alice->starkKey = crypto::stark::publicKey(alice->starkPrivateKey)->x;
        const QString starkKey = QString::fromStdString(alice->starkKey.toHex());

        const auto signable = f.postJson(u"/imx/v1/signable-registration-offchain"_s,
                                         {{u"ether_key"_s, alice->adminAddress}, {u"stark_key"_s, starkKey}});
        QCOMPARE(signable.status, 200);
        const QString message = signable.object().value(u"signable_message"_s).toString();
        const QString payload = signable.object().value(u"payload_hash"_s).toString();
        const QJsonObject body{{u"ether_key"_s, alice->adminAddress},
                               {u"stark_key"_s, starkKey},
                               {u"eth_signature"_s, WritesTestWorld::ethSign(alice->adminKey, message)},
                               {u"stark_signature"_s, WritesTestWorld::starkSign(*alice, payload)}};

        // Refusals first: nothing may change.
        auto r = f.postJson(u"/imx/v2/passport/users"_s, body);
        QCOMPARE(r.status, 401);
        QCOMPARE(code(r), u"unauthorized"_s);
        r = f.postJson(u"/imx/v2/passport/users"_s, body, {{"Authorization", "Bearer nope"}});
        QCOMPARE(r.status, 401);
        auto other = w.addUnregistered(u"mallory"_s);
        QJsonObject wrongEth = body;
        wrongEth[u"eth_signature"_s] = WritesTestWorld::ethSign(other->adminKey, message);
        r = f.postJson(u"/imx/v2/passport/users"_s, wrongEth, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"invalid_eth_signature"_s);
        QJsonObject wrongKey = body;
        wrongKey[u"ether_key"_s] = other->adminAddress;
        r = f.postJson(u"/imx/v2/passport/users"_s, wrongKey, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"ether_key_mismatch"_s);
        QJsonObject wrongStark = body;
        wrongStark[u"stark_signature"_s] = WritesTestWorld::starkSign(*alice, u"123456"_s);
        r = f.postJson(u"/imx/v2/passport/users"_s, wrongStark, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"invalid_stark_signature"_s);
        QJsonObject missing = body;
        missing.remove(u"stark_signature"_s);
        r = f.postJson(u"/imx/v2/passport/users"_s, missing, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"bad_request"_s);
        QVERIFY(r.object().value(u"message"_s).toString().contains(u"stark_signature"_s));
        r = f.post(u"/imx/v2/passport/users"_s, "{not json", WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400);
        QVERIFY(!w.world().users.at(alice->userId).registered);

        r = f.postJson(u"/imx/v2/passport/users"_s, body, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 201);
        expectSchema(u"RegisterPassportUserResult"_s, r);
        const sandbox::UserRecord &user = w.world().users.at(alice->userId);
        QVERIFY(user.registered);
        QCOMPARE(num(user.starkKey), alice->starkKey);
        // The IMX account is the counterfactual address paired with the admin EOA.
        const QString account =
            sandbox::counterfactualEthAddress(*crypto::EthAddress::parse(alice->adminAddress.toStdString()));
        QCOMPARE(user.ethAddress, account);
        QCOMPARE(r.object().value(u"ether_key"_s).toString(), account);
        QCOMPARE(r.object().value(u"user_admin_key"_s).toString(), alice->adminAddress);
        QCOMPARE(num(r.object().value(u"stark_key"_s)), alice->starkKey);

        r = f.postJson(u"/imx/v2/passport/users"_s, body, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), u"already_registered"_s);
        expectSchema(u"APIError"_s, r);
    }

    void legacyRegistrationAndL1Transfer()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto bob = w.addRegistered(u"bob"_s);
        // An L1 wallet: its own Ethereum key, a stark key generated here.
        TestAccount l1;
        l1.adminKey = WritesTestWorld::keyBytes(u"l1-eth"_s);
        l1.ethAddress =
            QString::fromStdString(crypto::secp256k1::addressFromPrivateKey(l1.adminKey)->toLowerHex());
        l1.starkPrivateKey = WritesTestWorld::keyBytes(u"l1-stark"_s);
        l1.starkKey = crypto::stark::publicKey(l1.starkPrivateKey)->x;
        const QString starkKey = QString::fromStdString(l1.starkKey.toHex());
        const auto signable = f.postJson(u"/imx/v1/signable-registration-offchain"_s,
                                         {{u"ether_key"_s, l1.ethAddress}, {u"stark_key"_s, starkKey}});
        QCOMPARE(signable.status, 200);
        const QJsonObject body{
            {u"ether_key"_s, l1.ethAddress},
            {u"stark_key"_s, starkKey},
            {u"eth_signature"_s, WritesTestWorld::ethSign(
                                     l1.adminKey, signable.object().value(u"signable_message"_s).toString())},
            {u"stark_signature"_s,
             WritesTestWorld::starkSign(l1, signable.object().value(u"payload_hash"_s).toString())}};
        auto r = f.postJson(u"/imx/v1/users"_s, body);
        QCOMPARE(r.status, 200);
        expectSchema(u"RegisterUserResponse"_s, r);
        QVERIFY(r.object().contains(u"tx_hash"_s));
        QVERIFY(w.world().userByEthAddress(l1.ethAddress) != nullptr);
        QVERIFY(w.world().userByEthAddress(l1.ethAddress)->registered);
        r = f.postJson(u"/imx/v1/users"_s, body); // idempotent for the same keys
        QCOMPARE(r.status, 200);

        // A transfer authorised by x-imx-eth-address/-signature instead of a bearer token.
        w.setBalance(l1.ethAddress, QString(), u"1000000000000000000"_s);
        const auto s =
            f.postJson(u"/imx/v1/signable-transfer-details"_s, {{u"sender"_s, l1.ethAddress},
                                                                {u"receiver"_s, bob->ethAddress},
                                                                {u"amount"_s, u"100000000000000000"_s},
                                                                {u"token"_s, WritesTestWorld::ethToken()}});
        QCOMPARE(s.status, 200);
        const QJsonObject create = WritesTestWorld::transferCreateBody(
            s.object(), WritesTestWorld::starkSign(l1, s.object().value(u"payload_hash"_s).toString()));
        r = f.postJson(u"/imx/v1/transfers"_s, create);
        QCOMPARE(r.status, 401);
        const QByteArray badSig =
            WritesTestWorld::ethSign(bob->adminKey, s.object().value(u"signable_message"_s).toString())
                .toLatin1();
        r = f.postJson(u"/imx/v1/transfers"_s, create,
                       {{"x-imx-eth-address", l1.ethAddress.toLatin1()}, {"x-imx-eth-signature", badSig}});
        QCOMPARE(r.status, 401);
        QCOMPARE(w.balance(l1.ethAddress, QString()), u"1000000000000000000"_s);
        const QByteArray goodSig =
            WritesTestWorld::ethSign(l1.adminKey, s.object().value(u"signable_message"_s).toString())
                .toLatin1();
        r = f.postJson(u"/imx/v1/transfers"_s, create,
                       {{"x-imx-eth-address", l1.ethAddress.toLatin1()}, {"x-imx-eth-signature", goodSig}});
        QCOMPARE(r.status, 200);
        QCOMPARE(w.balance(l1.ethAddress, QString()), u"900000000000000000"_s);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"100000000000000000"_s);
    }

    void ethTransferEndToEnd()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, QString(), u"2000000000000000000"_s);

        const auto signable = f.postJson(u"/imx/v1/signable-transfer-details"_s,
                                         {{u"sender"_s, alice->ethAddress},
                                          {u"receiver"_s, bob->ethAddress},
                                          {u"amount"_s, u"250000000000000000"_s},
                                          {u"token"_s, WritesTestWorld::ethToken()}},
                                         WritesTestWorld::bearer(*alice));
        QCOMPARE(signable.status, 200);
        const QJsonObject s = signable.object();
        expectSchema(u"GetSignableTransferResponseV1"_s, signable);
        // ETH asset id with quantum 1e8 (starkex-crypto.md 3.5) and the quantized amount.
        QCOMPARE(num(s.value(u"asset_id"_s)),
                 num(u"0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"_s));
        QCOMPARE(s.value(u"amount"_s).toString(), u"2500000000"_s);
        QCOMPARE(num(s.value(u"sender_stark_key"_s)), alice->starkKey);
        QCOMPARE(num(s.value(u"receiver_stark_key"_s)), bob->starkKey);
        QVERIFY(s.value(u"nonce"_s).isDouble());
        QVERIFY(s.value(u"expiration_timestamp"_s).toInteger() > QDateTime::currentSecsSinceEpoch() / 3600);
        const QString payload = s.value(u"payload_hash"_s).toString();
        QVERIFY(!payload.startsWith(u"0x"_s));
        QCOMPARE(s.value(u"signable_message"_s).toString(),
                 kInternalUse + QString::fromStdString(num(u"0x"_s + payload).toHex()).mid(2));
        // payload_hash is instruction 1 over exactly the returned fields (starkex-crypto.md 3.6).
        starkex::TransferParams params;
        params.amount = num(s.value(u"amount"_s));
        params.nonce = num(s.value(u"nonce"_s));
        params.senderVaultId = num(s.value(u"sender_vault_id"_s));
        params.token = num(s.value(u"asset_id"_s));
        params.receiverVaultId = num(s.value(u"receiver_vault_id"_s));
        params.receiverStarkKey = num(s.value(u"receiver_stark_key"_s));
        params.expirationTimestamp = num(s.value(u"expiration_timestamp"_s));
        QCOMPARE(starkex::transferMsgHash(params)->hash, num(u"0x"_s + payload));

        const QString signature = WritesTestWorld::starkSign(*alice, payload);
        const QJsonObject create = WritesTestWorld::transferCreateBody(s, signature);
        const auto r = f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        const qint64 transferId = r.object().value(u"transfer_id"_s).toInteger();
        expectSchema(u"CreateTransferResponseV1"_s, r);
        QVERIFY(transferId > 0);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"1750000000000000000"_s);
        QCOMPARE(w.balance(bob->ethAddress, QString()), u"250000000000000000"_s);
        QCOMPARE(w.world().transfers.size(), std::size_t(1));
        const sandbox::TransferRecord &record = w.world().transfers.at(transferId);
        QCOMPARE(record.sender, alice->ethAddress);
        QCOMPARE(record.receiver, bob->ethAddress);
        QCOMPARE(record.token.type, u"ETH"_s);
        QCOMPARE(QString::fromStdString(record.quantity.toDecimal()), u"250000000000000000"_s);

        // The identical submission again: the same answer, nothing moves twice.
        const auto replay = f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.object().value(u"transfer_id"_s).toInteger(), transferId);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"1750000000000000000"_s);
        QCOMPARE(w.world().transfers.size(), std::size_t(1));
        // Another valid signature of the same payload (r, n - s) is a different submission.
        auto sig = *crypto::stark::Signature::fromHex(signature.toStdString());
        crypto::UInt256 negated = crypto::stark::kOrder;
        negated.subInPlace(sig.s);
        sig.s = negated;
        QJsonObject malleated = create;
        malleated[u"stark_signature"_s] = QString::fromStdString(sig.toHex());
        const auto second = f.postJson(u"/imx/v1/transfers"_s, malleated, WritesTestWorld::bearer(*alice));
        QCOMPARE(second.status, 400);
        QCOMPARE(code(second), u"signable_already_used"_s);
        QCOMPARE(w.world().transfers.size(), std::size_t(1));

        const auto state = f.get(u"/__sandbox/writes"_s).object();
        QCOMPARE(state.value(u"signables"_s).toObject().value(u"issued"_s).toInt(), 1);
        QCOMPARE(state.value(u"signables"_s).toObject().value(u"consumed"_s).toInt(), 1);
        QCOMPARE(state.value(u"signables"_s).toObject().value(u"replayed"_s).toInt(), 1);
        QCOMPARE(state.value(u"transfers"_s).toArray().size(), 1);
    }

    void erc20AndNftTransfers()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        QVERIFY(w.setGuardianPolicy(u"never"_s)); // Guardian has its own test
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        w.setBalance(alice->ethAddress, WritesTestWorld::stableToken(), u"5000000"_s);
        w.addNft(u"7"_s, alice->ethAddress);
        w.addNft(u"8"_s, alice->ethAddress);
        w.addNft(u"9"_s, alice->ethAddress);

        auto r = w.transfer(*alice, *bob, WritesTestWorld::erc20Token(WritesTestWorld::stableToken()),
                            u"1250000"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(w.balance(alice->ethAddress, WritesTestWorld::stableToken()), u"3750000"_s);
        QCOMPARE(w.balance(bob->ethAddress, WritesTestWorld::stableToken()), u"1250000"_s);

        r = w.transfer(*alice, *bob, WritesTestWorld::nftToken(u"7"_s), u"1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(w.nftOwner(u"7"_s), bob->ethAddress);
        r = w.transfer(*alice, *bob, WritesTestWorld::nftToken(u"7"_s), u"1"_s); // no longer hers
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"asset_not_owned"_s);

        // Batch (v2): two NFTs, one payload per transfer, one signable_message.
        const auto signable = f.postJson(
            u"/imx/v2/signable-transfer-details"_s,
            {{u"sender_ether_key"_s, alice->ethAddress},
             {u"signable_requests"_s, QJsonArray{QJsonObject{{u"amount"_s, u"1"_s},
                                                             {u"token"_s, WritesTestWorld::nftToken(u"8"_s)},
                                                             {u"receiver"_s, bob->ethAddress}},
                                                 QJsonObject{{u"amount"_s, u"1"_s},
                                                             {u"token"_s, WritesTestWorld::nftToken(u"9"_s)},
                                                             {u"receiver"_s, bob->ethAddress}}}}},
            WritesTestWorld::bearer(*alice));
        QCOMPARE(signable.status, 200);
        const QJsonArray items = signable.object().value(u"signable_responses"_s).toArray();
        expectSchema(u"GetSignableTransferResponseV2"_s, signable);
        QCOMPARE(items.size(), 2);
        QCOMPARE(num(signable.object().value(u"sender_stark_key"_s)), alice->starkKey);
        QJsonArray requests;
        for (const QJsonValue &item : items) {
            QJsonObject one = WritesTestWorld::transferCreateBody(
                item.toObject(),
                WritesTestWorld::starkSign(*alice, item.toObject().value(u"payload_hash"_s).toString()));
            one.remove(u"sender_stark_key"_s);
            requests.append(one);
        }
        const QJsonObject batch{{u"sender_stark_key"_s, signable.object().value(u"sender_stark_key"_s)},
                                {u"requests"_s, requests}};
        r = f.postJson(u"/imx/v2/transfers"_s, batch, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        const QJsonArray ids = r.object().value(u"transfer_ids"_s).toArray();
        expectSchema(u"CreateTransferResponseV2"_s, r);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(w.nftOwner(u"8"_s), bob->ethAddress);
        QCOMPARE(w.nftOwner(u"9"_s), bob->ethAddress);
        const std::size_t transfers = w.world().transfers.size();
        QCOMPARE(transfers, std::size_t(4));
        r = f.postJson(u"/imx/v2/transfers"_s, batch, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"transfer_ids"_s).toArray(), ids);
        QCOMPARE(w.world().transfers.size(), transfers);
    }

    void transferRefusals()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto bob = w.addRegistered(u"bob"_s);
        auto stranger = w.addUnregistered(u"stranger"_s);
        w.setBalance(alice->ethAddress, QString(), u"1000000000000000000"_s);
        w.addNft(u"1"_s, alice->ethAddress);
        const auto signableBody = [&](const QString &amount, const QJsonObject &token) {
            return QJsonObject{{u"sender"_s, alice->ethAddress},
                               {u"receiver"_s, bob->ethAddress},
                               {u"amount"_s, amount},
                               {u"token"_s, token}};
        };
        const auto expectError = [&](const HttpResult &r, int status, const QString &expectedCode) {
            QCOMPARE(r.status, status);
            QCOMPARE(code(r), expectedCode);
            QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
            expectSchema(u"APIError"_s, r);
        };
        const QString path = u"/imx/v1/signable-transfer-details"_s;
        const auto eth = WritesTestWorld::ethToken();

        // Signable-call validation.
        expectError(
            f.postJson(path, signableBody(u"2000000000000000000"_s, eth), WritesTestWorld::bearer(*alice)),
            400, u"insufficient_balance"_s);
        expectError(f.postJson(path, signableBody(u"123"_s, eth), WritesTestWorld::bearer(*alice)), 400,
                    u"invalid_amount"_s);
        expectError(f.postJson(path, signableBody(u"0"_s, eth), WritesTestWorld::bearer(*alice)), 400,
                    u"invalid_amount"_s);
        expectError(f.postJson(path, signableBody(u"2"_s, WritesTestWorld::nftToken(u"1"_s)),
                               WritesTestWorld::bearer(*alice)),
                    400, u"invalid_amount"_s);
        expectError(f.postJson(path, signableBody(u"1"_s, WritesTestWorld::nftToken(u"404"_s)),
                               WritesTestWorld::bearer(*alice)),
                    400, u"asset_not_found"_s);
        expectError(
            f.postJson(path,
                       signableBody(u"100000000"_s, WritesTestWorld::erc20Token(
                                                        u"0x4444444444444444444444444444444444444444"_s)),
                       WritesTestWorld::bearer(*alice)),
            400, u"token_not_found"_s);
        expectError(f.postJson(path, signableBody(u"1.5"_s, eth), WritesTestWorld::bearer(*alice)), 400,
                    u"bad_request"_s);
        QJsonObject wrongType = signableBody(u"100000000"_s, eth);
        wrongType[u"amount"_s] = 100000000;
        expectError(f.postJson(path, wrongType, WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        QJsonObject missing = signableBody(u"100000000"_s, eth);
        missing.remove(u"receiver"_s);
        expectError(f.postJson(path, missing, WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        expectError(f.post(path, "[1,2", WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        expectError(f.post(path, "[]", WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        QJsonObject unknownReceiver = signableBody(u"100000000"_s, eth);
        unknownReceiver[u"receiver"_s] = u"0x5555555555555555555555555555555555555555"_s;
        expectError(f.postJson(path, unknownReceiver, WritesTestWorld::bearer(*alice)), 400,
                    u"user_not_registered"_s);
        expectError(f.postJson(path, signableBody(u"100000000"_s, eth), WritesTestWorld::bearer(*bob)), 403,
                    u"forbidden"_s);
        expectError(
            f.postJson(path, signableBody(u"100000000"_s, eth), {{"Authorization", "Bearer expired"}}), 401,
            u"unauthorized"_s);

        // One good signable, then every way to get its create wrong.
        const auto signable =
            f.postJson(path, signableBody(u"100000000000000000"_s, eth), WritesTestWorld::bearer(*alice));
        QCOMPARE(signable.status, 200);
        const QJsonObject s = signable.object();
        const QString payload = s.value(u"payload_hash"_s).toString();
        const QJsonObject good =
            WritesTestWorld::transferCreateBody(s, WritesTestWorld::starkSign(*alice, payload));
        const QString create = u"/imx/v1/transfers"_s;

        QJsonObject tampered = good;
        tampered[u"amount"_s] = u"9000000000"_s;
        expectError(f.postJson(create, tampered, WritesTestWorld::bearer(*alice)), 400,
                    u"signable_mismatch"_s);
        tampered = good;
        tampered[u"receiver_vault_id"_s] = s.value(u"receiver_vault_id"_s).toInteger() + 1;
        expectError(f.postJson(create, tampered, WritesTestWorld::bearer(*alice)), 400,
                    u"signable_mismatch"_s);
        tampered = good;
        tampered[u"nonce"_s] = s.value(u"nonce"_s).toInteger() + 1000;
        expectError(f.postJson(create, tampered, WritesTestWorld::bearer(*alice)), 400,
                    u"signable_not_found"_s);
        QJsonObject badSignature = good;
        badSignature[u"stark_signature"_s] = WritesTestWorld::starkSign(*bob, payload);
        expectError(f.postJson(create, badSignature, WritesTestWorld::bearer(*alice)), 400,
                    u"invalid_signature"_s);
        badSignature[u"stark_signature"_s] = u"0x1234"_s;
        expectError(f.postJson(create, badSignature, WritesTestWorld::bearer(*alice)), 400,
                    u"invalid_signature"_s);
        expectError(f.postJson(create, good, WritesTestWorld::bearer(*bob)), 403, u"forbidden"_s);
        expectError(f.postJson(create, good, WritesTestWorld::bearer(*stranger)), 403, u"forbidden"_s);
        expectError(f.postJson(create, good), 401, u"unauthorized"_s);
        QJsonObject wrongTypes = good;
        wrongTypes[u"nonce"_s] = u"12"_s;
        expectError(f.postJson(create, wrongTypes, WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        wrongTypes = good;
        wrongTypes[u"sender_vault_id"_s] = -1;
        expectError(f.postJson(create, wrongTypes, WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        wrongTypes = good;
        wrongTypes[u"asset_id"_s] = u"0xnothex"_s;
        expectError(f.postJson(create, wrongTypes, WritesTestWorld::bearer(*alice)), 400, u"bad_request"_s);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"1000000000000000000"_s);
        QCOMPARE(w.world().transfers.size(), std::size_t(0));

        // Expired: the clock moves past the signable's lifetime.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); };
        expectError(f.postJson(create, good, WritesTestWorld::bearer(*alice)), 400, u"signable_expired"_s);
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc(); };

        // Funds gone between signable and create.
        w.setBalance(alice->ethAddress, QString(), u"0"_s);
        expectError(f.postJson(create, good, WritesTestWorld::bearer(*alice)), 400,
                    u"insufficient_balance"_s);
        w.setBalance(alice->ethAddress, QString(), u"1000000000000000000"_s);
        const auto ok = f.postJson(create, good, WritesTestWorld::bearer(*alice));
        QCOMPARE(ok.status, 200);
        QCOMPARE(w.balance(alice->ethAddress, QString()), u"900000000000000000"_s);
        QCOMPARE(w.world().transfers.size(), std::size_t(1));
    }

    void ordersCancelsAndTrades()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        QVERIFY(w.setGuardianPolicy(u"never"_s)); // Guardian has its own test
        auto maker = w.addRegistered(u"maker"_s);
        auto taker = w.addRegistered(u"taker"_s);
        w.addNft(u"42"_s, maker->ethAddress);
        w.addNft(u"43"_s, maker->ethAddress);
        w.setBalance(taker->ethAddress, QString(), u"1000000000000000000"_s);

        // The maker lists NFT 42 for 0.3 ETH.
        const auto listing = [&](const QString &tokenId) {
            return f.postJson(u"/imx/v3/signable-order-details"_s,
                              {{u"user"_s, maker->ethAddress},
                               {u"amount_sell"_s, u"1"_s},
                               {u"token_sell"_s, WritesTestWorld::nftToken(tokenId)},
                               {u"amount_buy"_s, u"300000000000000000"_s},
                               {u"token_buy"_s, WritesTestWorld::ethToken()},
                               {u"fees"_s, QJsonArray{QJsonObject{{u"address"_s, taker->ethAddress},
                                                                  {u"fee_percentage"_s, 1.5}}}},
                               {u"split_fees"_s, true}},
                              WritesTestWorld::bearer(*maker));
        };
        auto signable = listing(u"42"_s);
        QCOMPARE(signable.status, 200);
        QJsonObject s = signable.object();
        QCOMPARE(s.value(u"amount_buy"_s).toString(), u"3000000000"_s);
        expectSchema(u"GetSignableOrderResponse"_s, signable);
        QCOMPARE(s.value(u"amount_sell"_s).toString(), u"1"_s);
        QCOMPARE(num(s.value(u"stark_key"_s)), maker->starkKey);
        const QJsonObject feeInfo = s.value(u"fee_info"_s).toObject();
        QCOMPARE(feeInfo.value(u"fee_limit"_s).toString(), u"45000000"_s); // 1.5% of 3e9 quanta
        // payload_hash is the limit order with fee (instruction 3) over the returned fields.
        starkex::LimitOrderParams order;
        order.vaultIdSell = num(s.value(u"vault_id_sell"_s));
        order.vaultIdBuy = num(s.value(u"vault_id_buy"_s));
        order.amountSell = num(s.value(u"amount_sell"_s));
        order.amountBuy = num(s.value(u"amount_buy"_s));
        order.tokenSell = num(s.value(u"asset_id_sell"_s));
        order.tokenBuy = num(s.value(u"asset_id_buy"_s));
        order.nonce = num(s.value(u"nonce"_s));
        order.expirationTimestamp = num(s.value(u"expiration_timestamp"_s));
        const starkex::FeeParams fee{num(feeInfo.value(u"asset_id"_s)),
                                     num(feeInfo.value(u"source_vault_id"_s)),
                                     num(feeInfo.value(u"fee_limit"_s))};
        QCOMPARE(starkex::limitOrderWithFeeMsgHash(order, fee)->hash,
                 num(u"0x"_s + s.value(u"payload_hash"_s).toString()));

        QJsonObject create = WritesTestWorld::orderCreateBody(
            s, WritesTestWorld::starkSign(*maker, s.value(u"payload_hash"_s).toString()));
        create.remove(u"fee_info"_s);
        auto r = f.postJson(u"/imx/v3/orders"_s, create, WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 403);
        r = f.postJson(u"/imx/v3/orders"_s, create, WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 200);
        const qint64 orderId = r.object().value(u"order_id"_s).toInteger();
        expectSchema(u"CreateOrderResponse"_s, r);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(w.world().orders.at(orderId).status, u"active"_s);
        r = f.postJson(u"/imx/v3/orders"_s, create, WritesTestWorld::bearer(*maker)); // replay
        QCOMPARE(r.object().value(u"order_id"_s).toInteger(), orderId);
        QCOMPARE(w.world().orders.size(), std::size_t(1));

        // The taker fills it.
        r = f.postJson(u"/imx/v3/signable-trade-details"_s,
                       {{u"order_id"_s, orderId}, {u"user"_s, maker->ethAddress}},
                       WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 400); // own order
        r = f.postJson(u"/imx/v3/signable-trade-details"_s,
                       {{u"order_id"_s, 999}, {u"user"_s, taker->ethAddress}},
                       WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), u"order_not_found"_s);
        signable = f.postJson(u"/imx/v3/signable-trade-details"_s,
                              {{u"order_id"_s, orderId}, {u"user"_s, taker->ethAddress}},
                              WritesTestWorld::bearer(*taker));
        QCOMPARE(signable.status, 200);
        s = signable.object();
        QCOMPARE(s.value(u"amount_sell"_s).toString(), u"3000000000"_s);
        expectSchema(u"GetSignableTradeResponse"_s, signable);
        QCOMPARE(s.value(u"amount_buy"_s).toString(), u"1"_s);
        QJsonObject trade = WritesTestWorld::orderCreateBody(
            s, WritesTestWorld::starkSign(*taker, s.value(u"payload_hash"_s).toString()));
        trade.insert(u"order_id"_s, orderId);
        QJsonObject tamperedTrade = trade;
        tamperedTrade[u"amount_sell"_s] = u"1"_s;
        r = f.postJson(u"/imx/v3/trades"_s, tamperedTrade, WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"signable_mismatch"_s);
        r = f.postJson(u"/imx/v3/trades"_s, trade, WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 200);
        const qint64 tradeId = r.object().value(u"trade_id"_s).toInteger();
        expectSchema(u"CreateTradeResponse"_s, r);
        QVERIFY(tradeId > 0);
        QCOMPARE(w.nftOwner(u"42"_s), taker->ethAddress);
        QCOMPARE(w.balance(taker->ethAddress, QString()), u"700000000000000000"_s);
        QCOMPARE(w.balance(maker->ethAddress, QString()), u"300000000000000000"_s);
        QCOMPARE(w.world().orders.at(orderId).status, u"filled"_s);
        QCOMPARE(w.world().trades.size(), std::size_t(1));
        QCOMPARE(w.world().trades.at(tradeId).orderIdB, orderId);
        r = f.postJson(u"/imx/v3/trades"_s, trade, WritesTestWorld::bearer(*taker)); // replay
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"trade_id"_s).toInteger(), tradeId);
        QCOMPARE(w.balance(taker->ethAddress, QString()), u"700000000000000000"_s);
        QCOMPARE(w.world().trades.size(), std::size_t(1));

        // A second listing, cancelled.
        signable = listing(u"43"_s);
        QCOMPARE(signable.status, 200);
        s = signable.object();
        create = WritesTestWorld::orderCreateBody(
            s, WritesTestWorld::starkSign(*maker, s.value(u"payload_hash"_s).toString()));
        r = f.postJson(u"/imx/v3/orders"_s, create, WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 200);
        const qint64 second = r.object().value(u"order_id"_s).toInteger();
        const QString cancelPath = u"/imx/v3/orders/"_s + QString::number(second);
        r = f.send("DELETE", cancelPath, R"({"order_id":1,"stark_signature":"0x1"})",
                   WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 400); // id mismatch
        signable = f.postJson(u"/imx/v3/signable-cancel-order-details"_s, {{u"order_id"_s, second}},
                              WritesTestWorld::bearer(*maker));
        QCOMPARE(signable.status, 200);
        const QString cancelHash = signable.object().value(u"payload_hash"_s).toString();
        expectSchema(u"GetSignableCancelOrderResponse"_s, signable);
        QCOMPARE(num(u"0x"_s + cancelHash),
                 *starkex::cancelOrderPayloadHash(crypto::UInt256(quint64(second))));
        const QByteArray cancelBody =
            QJsonDocument(QJsonObject{{u"order_id"_s, second},
                                      {u"stark_signature"_s, WritesTestWorld::starkSign(*maker, cancelHash)}})
                .toJson(QJsonDocument::Compact);
        r = f.send("DELETE", cancelPath, cancelBody, WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 403);
        r = f.send("DELETE", cancelPath, cancelBody, WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"cancelled"_s);
        expectSchema(u"CancelOrderResponse"_s, r);
        QCOMPARE(w.world().orders.at(second).status, u"cancelled"_s);
        r = f.send("DELETE", cancelPath, cancelBody, WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 200);
        r = f.send("DELETE", u"/imx/v3/orders/777"_s, cancelBody, WritesTestWorld::bearer(*maker));
        QCOMPARE(r.status, 400);
        r = f.postJson(u"/imx/v3/signable-trade-details"_s,
                       {{u"order_id"_s, second}, {u"user"_s, taker->ethAddress}},
                       WritesTestWorld::bearer(*taker));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"order_not_active"_s);
        QCOMPARE(w.nftOwner(u"43"_s), maker->ethAddress);
    }

    void bidFilledByTheOwner()
    {
        // The other direction: an order selling ERC20 for an NFT, filled by the NFT's owner.
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        QVERIFY(w.setGuardianPolicy(u"never"_s));
        auto bidder = w.addRegistered(u"bidder"_s);
        auto owner = w.addRegistered(u"owner"_s);
        w.addNft(u"5"_s, owner->ethAddress);
        w.setBalance(bidder->ethAddress, WritesTestWorld::stableToken(), u"900"_s);
        const QJsonObject bid{{u"user"_s, bidder->ethAddress},
                              {u"amount_sell"_s, u"750"_s},
                              {u"token_sell"_s, WritesTestWorld::erc20Token(WritesTestWorld::stableToken())},
                              {u"amount_buy"_s, u"1"_s},
                              {u"token_buy"_s, WritesTestWorld::nftToken(u"5"_s)}};
        QJsonObject tooMuch = bid;
        tooMuch[u"amount_sell"_s] = u"901"_s;
        auto r = f.postJson(u"/imx/v3/signable-order-details"_s, tooMuch, WritesTestWorld::bearer(*bidder));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"insufficient_balance"_s);
        QJsonObject past = bid;
        past[u"expiration_timestamp"_s] = QDateTime::currentSecsSinceEpoch() / 3600 - 1;
        r = f.postJson(u"/imx/v3/signable-order-details"_s, past, WritesTestWorld::bearer(*bidder));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"invalid_expiration"_s);

        const auto signable =
            f.postJson(u"/imx/v3/signable-order-details"_s, bid, WritesTestWorld::bearer(*bidder));
        QCOMPARE(signable.status, 200);
        const QJsonObject s = signable.object();
        r = f.postJson(u"/imx/v3/orders"_s,
                       WritesTestWorld::orderCreateBody(
                           s, WritesTestWorld::starkSign(*bidder, s.value(u"payload_hash"_s).toString())),
                       WritesTestWorld::bearer(*bidder));
        QCOMPARE(r.status, 200);
        const qint64 orderId = r.object().value(u"order_id"_s).toInteger();

        const auto trade = f.postJson(u"/imx/v3/signable-trade-details"_s,
                                      {{u"order_id"_s, orderId}, {u"user"_s, owner->ethAddress}},
                                      WritesTestWorld::bearer(*owner));
        QCOMPARE(trade.status, 200);
        QJsonObject create = WritesTestWorld::orderCreateBody(
            trade.object(),
            WritesTestWorld::starkSign(*owner, trade.object().value(u"payload_hash"_s).toString()));
        create.insert(u"order_id"_s, orderId);
        // Submitted after the payload's lifetime: refused, nothing moves.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addSecs(3600); };
        r = f.postJson(u"/imx/v3/trades"_s, create, WritesTestWorld::bearer(*owner));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"signable_expired"_s);
        QCOMPARE(w.nftOwner(u"5"_s), owner->ethAddress);
        // A trade on an order that has expired by now is refused at the signable step.
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc().addDays(400); };
        r = f.postJson(u"/imx/v3/signable-trade-details"_s,
                       {{u"order_id"_s, orderId}, {u"user"_s, owner->ethAddress}},
                       WritesTestWorld::bearer(*owner));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"order_not_active"_s);
        f.sandbox().context().now = [] { return QDateTime::currentDateTimeUtc(); };
        r = f.postJson(u"/imx/v3/trades"_s, create, WritesTestWorld::bearer(*owner));
        QCOMPARE(r.status, 200);
        QCOMPARE(w.nftOwner(u"5"_s), bidder->ethAddress);
        QCOMPARE(w.balance(owner->ethAddress, WritesTestWorld::stableToken()), u"750"_s);
        QCOMPARE(w.balance(bidder->ethAddress, WritesTestWorld::stableToken()), u"150"_s);
    }

    void demoWorldFlows()
    {
        // The seeded world's formats (stark keys, quanta, balances, assets) work end to end.
        sandbox::SandboxOptions options;
        options.nfts = 60;
        SandboxFixture f(options);
        WritesTestWorld w(f);
        QVERIFY(w.setGuardianPolicy(u"never"_s));
        sandbox::World &world = w.world();
        auto demo = w.adopt(world.userByEmail(sandbox::seed::demoEmail)->userId);
        auto alice = w.adopt(world.userByEmail(u"alice@stardeck.test"_s)->userId);
        QVERIFY(!demo->starkKey.isZero());
        QCOMPARE(num(world.users.at(demo->userId).starkKey), demo->starkKey);
        const QString ethBefore = w.balance(demo->ethAddress, QString());
        auto r = w.transfer(*demo, *alice, WritesTestWorld::ethToken(), u"10000000000000000"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(*crypto::UInt256::fromDecimal(w.balance(demo->ethAddress, QString()).toStdString()), [&] {
            auto expected = *crypto::UInt256::fromDecimal(ethBefore.toStdString());
            expected.subInPlace(*crypto::UInt256::fromDecimal("10000000000000000"));
            return expected;
        }());

        // One of the demo user's NFTs goes to alice.
        const sandbox::AssetRecord *owned = nullptr;
        for (const auto &[key, asset] : world.assets) {
            if (asset.owner == demo->ethAddress && asset.status == u"imx"_s) {
                owned = &asset;
                break;
            }
        }
        QVERIFY(owned != nullptr);
        const QJsonObject nft{{u"type"_s, u"ERC721"_s},
                              {u"data"_s, QJsonObject{{u"token_address"_s, owned->tokenAddress},
                                                      {u"token_id"_s, owned->tokenId}}}};
        r = w.transfer(*demo, *alice, nft, u"1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(owned->owner, alice->ethAddress);
    }

    void exchangeTransfer()
    {
        SandboxFixture f(test::emptyWorld());
        WritesTestWorld w(f);
        w.addTokens();
        auto alice = w.addRegistered(u"alice"_s);
        auto ramp = w.addRegistered(u"ramp"_s);
        w.setBalance(alice->ethAddress, QString(), u"1000000000000000000"_s);
        auto r = f.postJson(u"/imx/v3/exchanges"_s, {{u"provider"_s, u"moonpay"_s},
                                                     {u"type"_s, u"offramp"_s},
                                                     {u"wallet_address"_s, alice->ethAddress}});
        QCOMPARE(r.status, 200);
        const qint64 id = r.object().value(u"id"_s).toInteger();
        expectSchema(u"exchange.CreateExchangeAndURLResponse"_s, r);
        QVERIFY(id > 0);
        const QJsonObject body{{u"sender"_s, alice->ethAddress},
                               {u"receiver"_s, ramp->ethAddress},
                               {u"amount"_s, u"100000000000000000"_s},
                               {u"token"_s, WritesTestWorld::ethToken()}};
        r = f.postJson(u"/imx/v2/exchanges/999/signable-transfer-details"_s, body);
        QCOMPARE(r.status, 404);
        const QString base = u"/imx/v2/exchanges/"_s + QString::number(id);
        const auto signable =
            f.postJson(base + u"/signable-transfer-details"_s, body); // no bearer, as Passport does
        QCOMPARE(signable.status, 200);
        const QJsonObject create = WritesTestWorld::transferCreateBody(
            signable.object(),
            WritesTestWorld::starkSign(*alice, signable.object().value(u"payload_hash"_s).toString()));
        r = f.postJson(u"/imx/v1/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 400); // belongs to the exchange
        r = f.postJson(base + u"/transfers"_s, create);
        QCOMPARE(r.status, 401);
        r = f.postJson(base + u"/transfers"_s, create, WritesTestWorld::bearer(*alice));
        QCOMPARE(r.status, 200);
        QCOMPARE(w.balance(ramp->ethAddress, QString()), u"100000000000000000"_s);
        const auto &exchange = w.world().exchanges.at(id);
        QCOMPARE(exchange.data.value(u"transfer_id"_s).toString(),
                 QString::number(r.object().value(u"transfer_id"_s).toInteger()));
    }
};

QTEST_GUILESS_MAIN(TestImxWrites)
#include "tst_imx_writes.moc"
