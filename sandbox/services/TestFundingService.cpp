// SPDX-License-Identifier: MIT
#include "services/TestFundingService.h"

#include "services/RequestFields.h"
#include "starkex/Amount.h"

#include <QSet>

namespace stardeck::sandbox {

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString decimalText(const UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

//! The first field of `in` that is not in `known` (typos must not pass as "absent").
QString unknownField(const RequestFields &in, const QSet<QString> &known)
{
    for (auto it = in.object().begin(); it != in.object().end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

//! The registered account at `address`, or 400 user_not_registered (funds land in a vault of the
//! account's stark key, so an unregistered address cannot hold any on IMX).
const UserRecord *registeredAccount(World &world, const QString &address, HttpResponse *error)
{
    const UserRecord *user = world.userByEthAddress(address);
    if (user == nullptr || !user->registered) {
        *error = imxError(400, text("user_not_registered"),
                          QStringLiteral("address %1 is not registered on IMX").arg(address));
        return nullptr;
    }
    return user;
}

} // namespace

void TestFundingService::registerRoutes(Router &router)
{
    router.add("POST", prefix::admin + QStringLiteral("/fund"), QStringLiteral("admin.fund"),
               [this](const HttpRequest &request) { return fund(request); });
    router.add("POST", prefix::admin + QStringLiteral("/mint"), QStringLiteral("admin.mint"),
               [this](const HttpRequest &request) { return mint(request); });
}

HttpResponse TestFundingService::fund(const HttpRequest &request)
{
    RequestFields in(request.body);
    const QString address = in.address(QStringLiteral("address"));
    // token_address is required but may be "" (ETH), so RequestFields::string() does not fit.
    if (in.ok() && !in.has(QStringLiteral("token_address")))
        in.fail(QStringLiteral("token_address"), QStringLiteral("is required (\"\" for ETH)"));
    const QString tokenAddress = in.optionalString(QStringLiteral("token_address")).toLower();
    const UInt256 amount = in.decimal(QStringLiteral("amount"));
    if (in.ok()) {
        if (const QString extra = unknownField(
                in, {QStringLiteral("address"), QStringLiteral("token_address"), QStringLiteral("amount")});
            !extra.isEmpty())
            in.fail(extra, QStringLiteral("unknown field"));
    }
    if (!in.ok())
        return imxError(400, text("bad_request"), in.error());

    World &world = m_context.world;
    HttpResponse error;
    if (registeredAccount(world, address, &error) == nullptr)
        return error;
    const auto token = world.tokens.find(tokenAddress);
    if (token == world.tokens.end())
        return imxError(400, text("token_not_found"),
                        tokenAddress.isEmpty() ? QStringLiteral("ETH is not available")
                                               : QStringLiteral("token %1 not found").arg(tokenAddress));
    if (amount.isZero())
        return imxError(400, text("invalid_amount"), QStringLiteral("amount: must be greater than zero"));
    // A deposit credits whole quanta, and a vault holds less than 2^63 of them.
    UInt256 balance = world.balance(address, tokenAddress);
    const bool overflow = balance.addInPlace(amount) != 0;
    const auto quantized = starkex::quantize(balance, token->second.quantum);
    if (!starkex::quantize(amount, token->second.quantum))
        return imxError(400, text("invalid_amount"),
                        QStringLiteral("amount: not a multiple of the token's quantum %1")
                            .arg(decimalText(token->second.quantum)));
    if (overflow || !quantized || !starkex::checkStarkAmount(*quantized))
        return imxError(400, text("invalid_amount"),
                        QStringLiteral("amount: the balance would reach 2^63 quanta or more"));

    world.balances[{address, tokenAddress}] = balance;
    DepositRecord deposit;
    deposit.transactionId = world.nextTransactionId++;
    deposit.user = address;
    deposit.token = TokenSpec{tokenAddress.isEmpty() ? text("ETH") : text("ERC20"), tokenAddress, {}};
    deposit.quantity = amount;
    deposit.timestamp = m_context.now();
    world.deposits[deposit.transactionId] = deposit;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("address"), address},
                                               {QStringLiteral("token_address"), tokenAddress},
                                               {QStringLiteral("amount"), decimalText(amount)},
                                               {QStringLiteral("balance"), decimalText(balance)},
                                               {QStringLiteral("deposit_id"), deposit.transactionId}});
}

HttpResponse TestFundingService::mint(const HttpRequest &request)
{
    RequestFields in(request.body);
    const QString address = in.address(QStringLiteral("address"));
    const QString collectionAddress = in.address(QStringLiteral("token_address"));
    std::optional<UInt256> tokenId;
    if (in.ok() && in.has(QStringLiteral("token_id")))
        tokenId = in.decimal(QStringLiteral("token_id"));
    if (in.ok()) {
        if (const QString extra = unknownField(
                in, {QStringLiteral("address"), QStringLiteral("token_address"), QStringLiteral("token_id")});
            !extra.isEmpty())
            in.fail(extra, QStringLiteral("unknown field"));
    }
    if (!in.ok())
        return imxError(400, text("bad_request"), in.error());

    World &world = m_context.world;
    HttpResponse error;
    if (registeredAccount(world, address, &error) == nullptr)
        return error;
    const auto collection = world.collections.find(collectionAddress);
    if (collection == world.collections.end())
        return imxError(400, text("token_not_found"),
                        QStringLiteral("collection %1 not found").arg(collectionAddress));
    if (!tokenId) {
        // The collection's highest numeric id + 1 (assets are keyed by (address, id): one range).
        UInt256 highest;
        for (auto it = world.assets.lower_bound({collectionAddress, QString()});
             it != world.assets.end() && it->first.first == collectionAddress; ++it) {
            if (const auto id = UInt256::fromDecimal(it->second.tokenId.toStdString()); id && *id > highest)
                highest = *id;
        }
        tokenId = highest;
        if (tokenId->addInPlace(UInt256(1)) != 0)
            return imxError(400, text("invalid_amount"),
                            QStringLiteral("the collection has no free token id"));
    }
    // Canonical decimal, so "007" and "7" are the same NFT.
    const QString id = decimalText(*tokenId);
    if (world.assets.find({collectionAddress, id}) != world.assets.end())
        return imxError(409, text("asset_already_exists"),
                        QStringLiteral("asset %1/%2 already exists").arg(collectionAddress, id));

    const QDateTime now = m_context.now();
    AssetRecord asset;
    asset.tokenAddress = collectionAddress;
    asset.tokenId = id;
    asset.owner = address;
    asset.name = QStringLiteral("%1 #%2").arg(collection->second.name, id);
    asset.description = QStringLiteral("Minted by the sandbox for a test.");
    asset.imageUrl = QStringLiteral("/nft/%1/%2.png").arg(collectionAddress, id);
    asset.metadata = QJsonObject{{QStringLiteral("name"), asset.name}};
    asset.createdAt = now;
    asset.updatedAt = now;
    world.assets[{collectionAddress, id}] = std::move(asset);
    MintRecord record;
    record.transactionId = world.nextTransactionId++;
    record.user = address;
    record.token = TokenSpec{text("ERC721"), collectionAddress, id};
    record.timestamp = now;
    world.mints[record.transactionId] = record;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("address"), address},
                                               {QStringLiteral("token_address"), collectionAddress},
                                               {QStringLiteral("token_id"), id},
                                               {QStringLiteral("mint_id"), record.transactionId}});
}

} // namespace stardeck::sandbox
