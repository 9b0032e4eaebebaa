// SPDX-License-Identifier: MIT
#include "ConfirmTestActions.h"

namespace stardeck::test::confirm {

using crypto::UInt256;
using wallet::ActionKind;
using wallet::PreparedAction;
using wallet::PreparedItem;
using wallet::TokenRef;

namespace {

UInt256 hex(const QString &text)
{
    return UInt256::fromHex(text.toStdString()).value();
}

PreparedAction base(ActionKind kind)
{
    PreparedAction action;
    action.id = QStringLiteral("5b0f3c52-7f6e-4c1a-9d3e-000000000001");
    action.kind = kind;
    action.sender = kSender;
    action.senderStarkKey =
        hex(QStringLiteral("0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde"));
    action.hashesVerified = true;
    action.guardian.evaluated = true;
    action.readableTransaction =
        QStringLiteral("{\"type\":\"transfer\",\"note\":\"readable text from the server\"}");
    return action;
}

PreparedItem transferItem(const QString &receiver)
{
    PreparedItem item;
    item.receiver = receiver;
    item.receiverStarkKey =
        hex(QStringLiteral("0x7a88d4e1a357d33d6168058ac6b08fa74c6bef0bb7fd8b7e61d5a1c7b5bd6a"));
    item.vaultIdSell = UInt256(1234567);
    item.vaultIdBuy = UInt256(7654321);
    item.nonce = UInt256(424242);
    item.expirationHours = UInt256(kExpiryHours);
    item.payloadHash = hex(kTransferHash);
    return item;
}

TokenRef nft(const QString &id)
{
    return TokenRef{TokenRef::Type::Erc721, kCollection, id};
}

wallet::TokenDisplay nftDisplay(const QString &name)
{
    wallet::TokenDisplay display;
    display.symbol = QStringLiteral("SHIP");
    display.name = name;
    display.collection = QStringLiteral("Starships");
    return display;
}

wallet::TokenDisplay eth()
{
    wallet::TokenDisplay display;
    display.symbol = QStringLiteral("ETH");
    display.name = QStringLiteral("Ethereum");
    display.decimals = 18;
    return display;
}

} // namespace

PreparedAction ethTransfer(const UInt256 &amount)
{
    PreparedAction action = base(ActionKind::Transfer);
    PreparedItem item = transferItem(kReceiver);
    item.token = TokenRef{TokenRef::Type::Eth, {}, {}};
    item.display = eth();
    item.amount = amount;
    item.quantizedAmount = UInt256(150000000);
    item.assetId = hex(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"));
    action.items = {item};
    return action;
}

PreparedAction erc20Transfer(const UInt256 &amount, int decimals, const QString &symbol)
{
    PreparedAction action = base(ActionKind::Transfer);
    PreparedItem item = transferItem(kReceiver);
    item.token = TokenRef{TokenRef::Type::Erc20, kUsdc, {}};
    item.display.symbol = symbol;
    item.display.name = symbol + QStringLiteral(" Coin");
    item.display.decimals = decimals;
    item.amount = amount;
    item.quantizedAmount = amount;
    item.assetId = hex(QStringLiteral("0x0249b45d4bbc9f1d6fc4a0a88a66186dcbb4e1da4b04277dfd1d9c4d6ee8b1a4"));
    action.items = {item};
    return action;
}

PreparedAction batchTransfer(int count, bool sameReceiver)
{
    PreparedAction action = base(ActionKind::BatchNftTransfer);
    for (int i = 0; i < count; ++i) {
        PreparedItem item = transferItem(sameReceiver || i % 2 == 0 ? kReceiver : kOtherReceiver);
        const QString id = QString::number(i + 1);
        item.token = nft(id);
        item.display = nftDisplay(QStringLiteral("Starship #") + id);
        item.amount = UInt256(1);
        item.quantizedAmount = UInt256(1);
        item.assetId = UInt256(0x400000000000ULL + quint64(i));
        item.nonce = UInt256(1000 + quint64(i));
        item.payloadHash = UInt256(0xabc000ULL + quint64(i));
        action.items.append(item);
    }
    return action;
}

PreparedAction createOrder()
{
    PreparedAction action = base(ActionKind::CreateOrder);
    PreparedItem item = transferItem(QString());
    item.receiverStarkKey = UInt256();
    item.token = nft(QStringLiteral("12"));
    item.display = nftDisplay(QString()); // no name: "Starships #12"
    item.display.collection = QStringLiteral("Starship");
    item.amount = UInt256(1);
    item.quantizedAmount = UInt256(1);
    item.assetId = hex(QStringLiteral("0x0400a2ad0f47f9d6fd4ebf0b29826ac9a9c2d74b5ab0bd7ea4a8e0e2a4c8e1f0"));
    item.buyToken = TokenRef{TokenRef::Type::Eth, {}, {}};
    item.buyDisplay = eth();
    item.buyAmount = UInt256(200000000000000000ULL);
    item.feeLimit = UInt256(300000);
    item.feeAssetId =
        hex(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"));
    action.items = {item};
    action.fees = {wallet::FeeEntry{kOtherReceiver, QStringLiteral("1.5")}};
    action.readableTransaction = QStringLiteral("Sell Starship #12 for 0.2 ETH");
    return action;
}

PreparedAction cancelOrder()
{
    PreparedAction action = base(ActionKind::CancelOrder);
    action.orderId = 123;
    PreparedItem item;
    item.payloadHash = hex(QStringLiteral("0x5e1f2a"));
    action.items = {item};
    action.readableTransaction.clear();
    return action;
}

PreparedAction createTrade()
{
    PreparedAction action = base(ActionKind::CreateTrade);
    action.orderId = 456;
    PreparedItem item = transferItem(QString());
    item.receiverStarkKey = UInt256();
    item.token = TokenRef{TokenRef::Type::Eth, {}, {}};
    item.display = eth();
    item.amount = UInt256(200000000000000000ULL);
    item.quantizedAmount = UInt256(20000000);
    item.assetId = hex(QStringLiteral("0x02705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e"));
    item.buyToken = nft(QStringLiteral("12"));
    item.buyDisplay = nftDisplay(QStringLiteral("Starship #12"));
    item.buyAmount = UInt256(1);
    action.items = {item};
    return action;
}

PreparedAction exchangeTransfer()
{
    PreparedAction action = erc20Transfer(UInt256(2500000), 6, QStringLiteral("USDC"));
    action.kind = ActionKind::ExchangeTransfer;
    action.exchangeId = 77;
    action.guardian = {};
    return action;
}

PreparedAction registration()
{
    PreparedAction action = base(ActionKind::Registration);
    PreparedItem item;
    item.payloadHash = hex(QStringLiteral("0x1234abcd"));
    action.items = {item};
    action.readableTransaction.clear();
    return action;
}

} // namespace stardeck::test::confirm
