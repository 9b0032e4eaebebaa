// SPDX-License-Identifier: MIT
#include "world/RecordCodec.h"

#include <array>

namespace stardeck::sandbox::recordcodec {

void put(QDataStream &out, const UInt256 &value)
{
    const auto bytes = value.toBytesBE();
    out.writeRawData(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}
void put(QDataStream &out, const TokenSpec &token)
{
    out << token.type << token.tokenAddress << token.tokenId;
}

void get(QDataStream &in, UInt256 &value)
{
    std::array<std::uint8_t, 32> bytes{};
    if (in.readRawData(reinterpret_cast<char *>(bytes.data()), int(bytes.size())) != int(bytes.size()))
        in.setStatus(QDataStream::ReadPastEnd);
    value = UInt256::fromBytesBE(bytes.data(), bytes.size());
}
void get(QDataStream &in, TokenSpec &token)
{
    in >> token.type >> token.tokenAddress >> token.tokenId;
}

QByteArray encode(const TokenRecord &t)
{
    return pack(t.symbol, t.name, t.tokenAddress, t.decimals, t.quantum, t.imageUrl);
}
bool decode(const QByteArray &b, TokenRecord &t)
{
    return unpack(b, t.symbol, t.name, t.tokenAddress, t.decimals, t.quantum, t.imageUrl);
}
QByteArray encode(const CollectionRecord &c)
{
    return pack(c.address, c.name, c.description, c.iconUrl, c.collectionImageUrl, c.metadataApiUrl,
                c.projectOwnerAddress, c.projectId, c.metadataSchema, c.createdAt, c.updatedAt);
}
bool decode(const QByteArray &b, CollectionRecord &c)
{
    return unpack(b, c.address, c.name, c.description, c.iconUrl, c.collectionImageUrl, c.metadataApiUrl,
                  c.projectOwnerAddress, c.projectId, c.metadataSchema, c.createdAt, c.updatedAt);
}
QByteArray encode(const AssetRecord &a)
{
    return pack(a.tokenAddress, a.tokenId, a.internalId, a.owner, a.status, a.uri, a.name, a.description,
                a.imageUrl, a.metadata, a.createdAt, a.updatedAt);
}
bool decode(const QByteArray &b, AssetRecord &a)
{
    return unpack(b, a.tokenAddress, a.tokenId, a.internalId, a.owner, a.status, a.uri, a.name, a.description,
                  a.imageUrl, a.metadata, a.createdAt, a.updatedAt);
}
//! The encoding holds the admin (TEE) key: callers wipe it once written.
QByteArray encode(const UserRecord &u)
{
    QByteArray bytes;
    bytes.reserve(1024); // one buffer, so no reallocation leaves a copy of the key behind
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << u.userId << u.email << u.ethAddress << u.starkKey << u.adminAddress;
    out.writeBytes(reinterpret_cast<const char *>(u.adminKey.data()), uint(u.adminKey.size()));
    out << u.registered << u.createdAt;
    return bytes;
}
bool decode(const QByteArray &b, UserRecord &u)
{
    QByteArray key;
    const bool ok = unpack(b, u.userId, u.email, u.ethAddress, u.starkKey, u.adminAddress, key, u.registered,
                           u.createdAt);
    u.adminKey =
        crypto::SecureBytes(reinterpret_cast<const std::uint8_t *>(key.constData()), std::size_t(key.size()));
    crypto::secureWipe(key.data(), std::size_t(key.size()));
    return ok;
}
QByteArray encode(const OrderRecord &o)
{
    return pack(o.orderId, o.user, o.status, o.sell, o.buy, o.amountSell, o.amountBuy, o.amountSold,
                o.expirationHours, o.fees, o.createdAt, o.updatedAt);
}
bool decode(const QByteArray &b, OrderRecord &o)
{
    return unpack(b, o.orderId, o.user, o.status, o.sell, o.buy, o.amountSell, o.amountBuy, o.amountSold,
                  o.expirationHours, o.fees, o.createdAt, o.updatedAt);
}
QByteArray encode(const TradeRecord &t)
{
    return pack(t.transactionId, t.orderIdA, t.orderIdB, t.tokenA, t.tokenB, t.soldA, t.soldB, t.status,
                t.timestamp);
}
bool decode(const QByteArray &b, TradeRecord &t)
{
    return unpack(b, t.transactionId, t.orderIdA, t.orderIdB, t.tokenA, t.tokenB, t.soldA, t.soldB, t.status,
                  t.timestamp);
}
QByteArray encode(const TransferRecord &t)
{
    return pack(t.transactionId, t.sender, t.receiver, t.token, t.quantity, t.status, t.timestamp);
}
bool decode(const QByteArray &b, TransferRecord &t)
{
    return unpack(b, t.transactionId, t.sender, t.receiver, t.token, t.quantity, t.status, t.timestamp);
}
QByteArray encode(const DepositRecord &d)
{
    return pack(d.transactionId, d.user, d.token, d.quantity, d.status, d.timestamp);
}
bool decode(const QByteArray &b, DepositRecord &d)
{
    return unpack(b, d.transactionId, d.user, d.token, d.quantity, d.status, d.timestamp);
}
QByteArray encode(const WithdrawalRecord &w)
{
    return pack(w.transactionId, w.sender, w.token, w.quantity, w.status, w.rollupStatus, w.withdrawnToWallet,
                w.timestamp);
}
bool decode(const QByteArray &b, WithdrawalRecord &w)
{
    return unpack(b, w.transactionId, w.sender, w.token, w.quantity, w.status, w.rollupStatus,
                  w.withdrawnToWallet, w.timestamp);
}
QByteArray encode(const MintRecord &m)
{
    return pack(m.transactionId, m.user, m.token, m.status, m.timestamp);
}
bool decode(const QByteArray &b, MintRecord &m)
{
    return unpack(b, m.transactionId, m.user, m.token, m.status, m.timestamp);
}
QByteArray encode(const ExchangeRecord &e)
{
    return pack(e.id, e.walletAddress, e.provider, e.type, e.status, e.data, e.createdAt, e.updatedAt);
}
bool decode(const QByteArray &b, ExchangeRecord &e)
{
    return unpack(b, e.id, e.walletAddress, e.provider, e.type, e.status, e.data, e.createdAt, e.updatedAt);
}

void put(QDataStream &out, const TransferFields &t)
{
    for (const UInt256 *v : {&t.senderStarkKey, &t.senderVaultId, &t.receiverStarkKey, &t.receiverVaultId,
                             &t.assetId, &t.amount, &t.nonce, &t.expiration})
        put(out, *v);
}
void get(QDataStream &in, TransferFields &t)
{
    for (UInt256 *v : {&t.senderStarkKey, &t.senderVaultId, &t.receiverStarkKey, &t.receiverVaultId,
                       &t.assetId, &t.amount, &t.nonce, &t.expiration})
        get(in, *v);
}
void put(QDataStream &out, const OrderFields &o)
{
    for (const UInt256 *v :
         {&o.starkKey, &o.vaultIdSell, &o.vaultIdBuy, &o.assetIdSell, &o.assetIdBuy, &o.amountSell,
          &o.amountBuy, &o.nonce, &o.expiration, &o.feeAssetId, &o.feeVaultId, &o.feeLimit})
        put(out, *v);
}
void get(QDataStream &in, OrderFields &o)
{
    for (UInt256 *v :
         {&o.starkKey, &o.vaultIdSell, &o.vaultIdBuy, &o.assetIdSell, &o.assetIdBuy, &o.amountSell,
          &o.amountBuy, &o.nonce, &o.expiration, &o.feeAssetId, &o.feeVaultId, &o.feeLimit})
        get(in, *v);
}
QByteArray encode(const IssuedSignable &s)
{
    return pack(int(s.kind), s.payloadHash, s.signer, s.signerStarkKey, s.signableMessage, s.guardianId,
                s.exchangeId, s.expiresAt, s.transfer, s.receiver, s.token, s.baseAmount, s.order,
                s.sellToken, s.buyToken, s.baseSell, s.baseBuy, s.fees, s.orderId, s.consumed, s.submittedR,
                s.submittedS, s.result);
}
bool decode(const QByteArray &b, IssuedSignable &s)
{
    int kind = 0;
    const bool ok = unpack(b, kind, s.payloadHash, s.signer, s.signerStarkKey, s.signableMessage,
                           s.guardianId, s.exchangeId, s.expiresAt, s.transfer, s.receiver, s.token,
                           s.baseAmount, s.order, s.sellToken, s.buyToken, s.baseSell, s.baseBuy, s.fees,
                           s.orderId, s.consumed, s.submittedR, s.submittedS, s.result);
    if (kind < int(SignableKind::Transfer) || kind > int(SignableKind::Trade))
        return false;
    s.kind = SignableKind(kind);
    return ok;
}
QByteArray encode(const GuardianRecord &g)
{
    return pack(g.id, g.userId, g.ethAddress, g.transactionType, g.metadata, g.confirmationRequired,
                g.evaluated, g.approved, g.createdAt);
}
bool decode(const QByteArray &b, GuardianRecord &g)
{
    return unpack(b, g.id, g.userId, g.ethAddress, g.transactionType, g.metadata, g.confirmationRequired,
                  g.evaluated, g.approved, g.createdAt);
}

QByteArray idKey(qint64 id)
{
    return pack(id);
}
QByteArray pairKey(const std::pair<QString, QString> &key)
{
    return pack(key.first, key.second);
}
QByteArray hashKey(const UInt256 &value)
{
    return pack(value);
}

} // namespace stardeck::sandbox::recordcodec
