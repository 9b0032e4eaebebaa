// SPDX-License-Identifier: MIT
#pragma once

// Test support for the IMX write and Guardian tests: a small hand-built world (tokens, NFTs,
// users with keys generated here through core), bearer tokens resolved by a test hook, and the
// client-side signing a wallet does (stark::sign over payload_hash, EIP-191 with secp256k1).

#include "SandboxFixture.h"
#include "crypto/Eip191.h"
#include "crypto/Keccak.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/Secp256k1.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <memory>

namespace stardeck::test {

using namespace Qt::StringLiterals;
using crypto::SecureBytes;
using crypto::UInt256;

//! One test user: a Passport identity with an admin (TEE) key and, when registered, an IMX account.
struct TestAccount {
    QString userId;
    QByteArray accessToken;
    QString ethAddress; //!< the IMX account (sender/user); "" before registration
    QString adminAddress;
    SecureBytes adminKey;
    SecureBytes starkPrivateKey;
    UInt256 starkKey;
};

//! Builds the world of a test directly through sandbox().world().
class WritesTestWorld {
public:
    explicit WritesTestWorld(SandboxFixture &fixture) : m_fixture(fixture)
    {
        // Stand-in for the auth service: access tokens minted here resolve to their users.
        auto tokens = m_tokens;
        m_fixture.sandbox().context().userIdForAccessToken = [tokens](const QByteArray &token) {
            const auto it = tokens->find(token);
            return it == tokens->end() ? std::optional<QString>() : std::optional<QString>(it->second);
        };
    }

    sandbox::World &world() { return m_fixture.sandbox().world(); }

    //! Switches Guardian's confirmation policy through the admin API ("default", "always", "never").
    bool setGuardianPolicy(const QString &mode)
    {
        return m_fixture.postJson(u"/__sandbox/guardian/policy"_s, {{u"mode"_s, mode}}).status == 200;
    }

    //! 32 key bytes from a label (keccak256, masked below 2^250 so it is a valid key on both curves).
    static SecureBytes keyBytes(const QString &label)
    {
        auto digest = crypto::keccak256(label.toStdString());
        digest[0] &= 0x03;
        return SecureBytes(digest.data(), digest.size());
    }

    //! A Passport user with an admin key but no IMX account yet.
    std::unique_ptr<TestAccount> addUnregistered(const QString &name)
    {
        auto account = std::make_unique<TestAccount>();
        account->userId = QStringLiteral("email|") + name;
        account->accessToken = "at-" + name.toUtf8();
        account->adminKey = keyBytes(QStringLiteral("admin:") + name);
        account->adminAddress =
            QString::fromStdString(crypto::secp256k1::addressFromPrivateKey(account->adminKey)->toLowerHex());
        sandbox::UserRecord &user = world().users[account->userId];
        user.userId = account->userId;
        user.email = name + QStringLiteral("@example.test");
        user.adminAddress = account->adminAddress;
        user.adminKey = account->adminKey.clone();
        (*m_tokens)[account->accessToken] = account->userId;
        return account;
    }

    //! A registered user with a stark key generated here.
    std::unique_ptr<TestAccount> addRegistered(const QString &name)
    {
        auto account = addUnregistered(name);
        account->starkPrivateKey = keyBytes(QStringLiteral("stark:") + name);
        account->starkKey = crypto::stark::publicKey(account->starkPrivateKey)->x;
        const auto digest = crypto::keccak256(QString(QStringLiteral("eth:") + name).toStdString());
        account->ethAddress =
            QStringLiteral("0x") +
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()) + 12, 20).toHex());
        sandbox::UserRecord &user = world().users[account->userId];
        user.ethAddress = account->ethAddress;
        user.starkKey = QString::fromStdString(account->starkKey.toHex());
        user.registered = true;
        return account;
    }

    //! A user already in the world (e.g. seeded): its keys are re-derived the way Passport does
    //! (the TEE key signs the seed message; the stark key is ground from that signature).
    std::unique_ptr<TestAccount> adopt(const QString &userId)
    {
        auto account = std::make_unique<TestAccount>();
        const sandbox::UserRecord &user = world().users.at(userId);
        account->userId = userId;
        account->accessToken = "at-" + userId.toUtf8();
        account->ethAddress = user.ethAddress;
        account->adminAddress = user.adminAddress;
        account->adminKey = user.adminKey.clone();
        auto signer = crypto::LocalEthSigner::create(account->adminKey.clone());
        if (signer) {
            const auto seedSignature = (*signer)->signPersonalMessageNow(
                QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
            auto derived = seedSignature
                               ? crypto::imx::deriveStarkKey((*signer)->address(), *seedSignature)
                               : crypto::Expected<crypto::imx::DerivedStarkKey>(seedSignature.error());
            if (derived) {
                account->starkPrivateKey = std::move(derived->privateKey);
                account->starkKey = crypto::stark::publicKey(account->starkPrivateKey)->x;
            }
        }
        (*m_tokens)[account->accessToken] = userId;
        return account;
    }

    //! ETH with IMX's quantum 1e8, an 18-decimal ERC20 (quantum 1e8) and a 6-decimal one (quantum 1).
    void addTokens()
    {
        addToken(QString(), QStringLiteral("ETH"), 18, UInt256(100000000));
        addToken(gameToken(), QStringLiteral("DUST"), 18, UInt256(100000000));
        addToken(stableToken(), QStringLiteral("USDS"), 6, UInt256(1));
    }
    void addToken(const QString &address, const QString &symbol, int decimals, const UInt256 &quantum)
    {
        sandbox::TokenRecord token;
        token.symbol = symbol;
        token.name = symbol;
        token.tokenAddress = address;
        token.decimals = decimals;
        token.quantum = quantum;
        world().tokens[address] = token;
    }
    static QString gameToken() { return QStringLiteral("0x1111111111111111111111111111111111111111"); }
    static QString stableToken() { return QStringLiteral("0x2222222222222222222222222222222222222222"); }
    static QString collection() { return QStringLiteral("0x3333333333333333333333333333333333333333"); }

    void addNft(const QString &tokenId, const QString &owner)
    {
        sandbox::AssetRecord asset;
        asset.tokenAddress = collection();
        asset.tokenId = tokenId;
        asset.owner = owner;
        asset.name = QStringLiteral("Star #") + tokenId;
        world().assets[{collection(), tokenId}] = asset;
    }
    QString nftOwner(const QString &tokenId) { return world().assets.at({collection(), tokenId}).owner; }

    void setBalance(const QString &owner, const QString &token, const QString &amount)
    {
        world().balances[{owner, token}] = *UInt256::fromDecimal(amount.toStdString());
    }
    QString balance(const QString &owner, const QString &token)
    {
        return QString::fromStdString(world().balance(owner, token).toDecimal());
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const TestAccount &account)
    {
        return {{"Authorization", "Bearer " + account.accessToken}};
    }

    //! The wallet's stark signature over a payload_hash as the API returned it.
    static QString starkSign(const TestAccount &account, const QString &payloadHash)
    {
        const auto hash = UInt256::fromHex(payloadHash.toStdString());
        if (!hash)
            return {};
        const auto signature = crypto::stark::sign(account.starkPrivateKey, *hash);
        return signature ? QString::fromStdString(signature->toHex()) : QString();
    }

    //! EIP-191 personal_sign by a secp256k1 key, in the IMX form (v as 00/01).
    static QString ethSign(const SecureBytes &key, const QString &message)
    {
        const auto signature =
            crypto::secp256k1::signDigest(key, crypto::eip191::personalMessageDigest(message.toUtf8()));
        return signature ? QString::fromStdString(signature->toImxHex()) : QString();
    }

    //! The create body of a v1 transfer: the signable fields plus the stark signature.
    static QJsonObject transferCreateBody(const QJsonObject &signable, const QString &signature)
    {
        QJsonObject body;
        for (const char *field : {"sender_stark_key", "sender_vault_id", "receiver_stark_key",
                                  "receiver_vault_id", "asset_id", "amount", "nonce", "expiration_timestamp"})
            body.insert(QLatin1String(field), signable.value(QLatin1String(field)));
        body.insert(QStringLiteral("stark_signature"), signature);
        return body;
    }

    //! The create body of a v3 order or trade.
    static QJsonObject orderCreateBody(const QJsonObject &signable, const QString &signature)
    {
        QJsonObject body;
        for (const char *field :
             {"amount_buy", "amount_sell", "asset_id_buy", "asset_id_sell", "expiration_timestamp", "nonce",
              "stark_key", "vault_id_buy", "vault_id_sell", "fee_info"})
            body.insert(QLatin1String(field), signable.value(QLatin1String(field)));
        body.insert(QStringLiteral("include_fees"), true);
        body.insert(QStringLiteral("stark_signature"), signature);
        return body;
    }

    static QJsonObject ethToken()
    {
        return {{u"type"_s, u"ETH"_s}, {u"data"_s, QJsonObject{{u"decimals"_s, 18}}}};
    }
    static QJsonObject erc20Token(const QString &address)
    {
        return {{u"type"_s, u"ERC20"_s}, {u"data"_s, QJsonObject{{u"token_address"_s, address}}}};
    }
    static QJsonObject nftToken(const QString &tokenId)
    {
        return {{u"type"_s, u"ERC721"_s},
                {u"data"_s, QJsonObject{{u"token_address"_s, collection()}, {u"token_id"_s, tokenId}}}};
    }

    //! Signable + create of a v1 transfer by `from` with its bearer token; returns the create result.
    HttpResult transfer(const TestAccount &from, const TestAccount &to, const QJsonObject &token,
                        const QString &amount)
    {
        const auto signable = m_fixture.postJson(QStringLiteral("/imx/v1/signable-transfer-details"),
                                                 {{u"sender"_s, from.ethAddress},
                                                  {u"receiver"_s, to.ethAddress},
                                                  {u"amount"_s, amount},
                                                  {u"token"_s, token}},
                                                 bearer(from));
        if (signable.status != 200)
            return signable;
        const QJsonObject s = signable.object();
        return m_fixture.postJson(
            QStringLiteral("/imx/v1/transfers"),
            transferCreateBody(s, starkSign(from, s.value(u"payload_hash"_s).toString())), bearer(from));
    }

private:
    SandboxFixture &m_fixture;
    std::shared_ptr<std::map<QByteArray, QString>> m_tokens =
        std::make_shared<std::map<QByteArray, QString>>();
};

//! An empty-seeded sandbox (the tests build their own world).
inline sandbox::SandboxOptions emptyWorld()
{
    sandbox::SandboxOptions options;
    options.seed = QStringLiteral("empty");
    return options;
}

} // namespace stardeck::test
