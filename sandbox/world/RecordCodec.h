// SPDX-License-Identifier: MIT
#pragma once
// The byte encoding of the sandbox's saved records (world/Persistence.h): each entity is a
// QDataStream (Qt 6.4 format) of its fields in a fixed order; UInt256 as 32 big-endian bytes.
// decode() accepts exactly one encoding: short, long or malformed bytes are refused, so a damaged
// store fails to load instead of loading wrong state.

#include "services/GuardianLedger.h"
#include "services/SignableStore.h"
#include "world/World.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <utility>

namespace stardeck::sandbox::recordcodec {

inline constexpr auto kStreamVersion = QDataStream::Qt_6_4;

//! One field: QDataStream's own operators, or the overloads below.
template <class T>
void put(QDataStream &out, const T &value)
{
    out << value;
}
template <class T>
void get(QDataStream &in, T &value)
{
    in >> value;
}
void put(QDataStream &out, const UInt256 &value);
void get(QDataStream &in, UInt256 &value);
void put(QDataStream &out, const TokenSpec &token);
void get(QDataStream &in, TokenSpec &token);
void put(QDataStream &out, const TransferFields &t);
void get(QDataStream &in, TransferFields &t);
void put(QDataStream &out, const OrderFields &o);
void get(QDataStream &in, OrderFields &o);

//! The fields, in order, as one record value.
template <class... T>
QByteArray pack(const T &...fields)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    (put(out, fields), ...);
    return bytes;
}

//! Decodes exactly the given fields; false on short, long or malformed data.
template <class... T>
bool unpack(const QByteArray &bytes, T &...fields)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    (get(in, fields), ...);
    return in.status() == QDataStream::Ok && in.atEnd();
}

//! One entity as a record value, and back (false when the bytes are not exactly one encoding).
QByteArray encode(const TokenRecord &t);
bool decode(const QByteArray &b, TokenRecord &t);
QByteArray encode(const CollectionRecord &c);
bool decode(const QByteArray &b, CollectionRecord &c);
QByteArray encode(const AssetRecord &a);
bool decode(const QByteArray &b, AssetRecord &a);
QByteArray encode(const UserRecord &u);
bool decode(const QByteArray &b, UserRecord &u);
QByteArray encode(const OrderRecord &o);
bool decode(const QByteArray &b, OrderRecord &o);
QByteArray encode(const TradeRecord &t);
bool decode(const QByteArray &b, TradeRecord &t);
QByteArray encode(const TransferRecord &t);
bool decode(const QByteArray &b, TransferRecord &t);
QByteArray encode(const DepositRecord &d);
bool decode(const QByteArray &b, DepositRecord &d);
QByteArray encode(const WithdrawalRecord &w);
bool decode(const QByteArray &b, WithdrawalRecord &w);
QByteArray encode(const MintRecord &m);
bool decode(const QByteArray &b, MintRecord &m);
QByteArray encode(const ExchangeRecord &e);
bool decode(const QByteArray &b, ExchangeRecord &e);
QByteArray encode(const IssuedSignable &s);
bool decode(const QByteArray &b, IssuedSignable &s);
QByteArray encode(const GuardianRecord &g);
bool decode(const QByteArray &b, GuardianRecord &g);

//! Record keys: an integer id, a pair of strings, a 256-bit value.
QByteArray idKey(qint64 id);
QByteArray pairKey(const std::pair<QString, QString> &key);
QByteArray hashKey(const UInt256 &value);

} // namespace stardeck::sandbox::recordcodec
