// SPDX-License-Identifier: MIT
// IMX write service: v3 orders, cancels and trades.
#include "services/ImxWriteInternal.h"

namespace stardeck::sandbox {

using namespace writes_internal;

std::optional<IssuedSignable>
ImxWriteService::prepareLimitOrder(SignableKind kind, const UserRecord &user, const ResolvedToken &sell,
                                   const UInt256 &baseSell, const ResolvedToken &buy, const UInt256 &baseBuy,
                                   std::optional<qint64> expirationHours, const QJsonArray &fees,
                                   HttpResponse *error)
{
    const auto quantizedSell = m_ledger.quantize(sell, baseSell, QStringLiteral("amount_sell"), error);
    if (!quantizedSell)
        return std::nullopt;
    const auto quantizedBuy = m_ledger.quantize(buy, baseBuy, QStringLiteral("amount_buy"), error);
    if (!quantizedBuy)
        return std::nullopt;
    if (sell.assetId == buy.assetId) {
        *error = badRequest(QStringLiteral("token_sell and token_buy must differ"));
        return std::nullopt;
    }
    if (auto lacking = m_ledger.checkHolding(user.ethAddress, sell.spec, baseSell)) {
        *error = *lacking;
        return std::nullopt;
    }
    const qint64 hour = nowHours();
    const qint64 expiration = expirationHours.value_or(hour + m_context.options.defaultExpirationHours);
    if (expiration <= hour || expiration >= kExpirationLimit) {
        *error = imxError(400, str("invalid_expiration"),
                          QStringLiteral("expiration_timestamp must be a future time in hours below 2^22"));
        return std::nullopt;
    }
    // Fees are paid in the fungible side; fee_limit caps them at the summed percentages.
    quint64 basisPoints = 0;
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QJsonObject fee = fees[i].toObject();
        const QJsonValue percentage = fee.value(QStringLiteral("fee_percentage"));
        const QString address = fee.value(QStringLiteral("address")).toString();
        if (!fees[i].isObject() || !percentage.isDouble() || percentage.toDouble() < 0 ||
            percentage.toDouble() > 100 || address.size() != 42 || !address.startsWith(QLatin1String("0x"))) {
            *error = badRequest(QStringLiteral("fees[%1]: expected {address, fee_percentage 0..100}").arg(i));
            return std::nullopt;
        }
        basisPoints += quint64(std::llround(percentage.toDouble() * 100));
    }
    if (basisPoints > 10000) {
        *error = badRequest(QStringLiteral("fees: the percentages add up to more than 100"));
        return std::nullopt;
    }
    const bool feeOnBuy = buy.fungible() || !sell.fungible();
    const ResolvedToken &feeToken = feeOnBuy ? buy : sell;
    UInt256 feeLimit = feeOnBuy ? *quantizedBuy : *quantizedSell;
    feeLimit.mulAddSmall(basisPoints, 0); // < 2^63 * 10^4: no overflow
    feeLimit.divSmall(10000);

    IssuedSignable s;
    s.kind = kind;
    s.signer = user.ethAddress;
    s.signerStarkKey = *storedStarkKey(user);
    s.sellToken = sell.spec;
    s.buyToken = buy.spec;
    s.baseSell = baseSell;
    s.baseBuy = baseBuy;
    s.fees = fees;
    s.expiresAt = m_context.now().addSecs(kSignableLifetimeSeconds);
    OrderFields &o = s.order;
    o.starkKey = s.signerStarkKey;
    o.assetIdSell = sell.assetId;
    o.assetIdBuy = buy.assetId;
    o.vaultIdSell = UInt256(quint64(m_vaults.vaultId(o.starkKey, sell.assetId)));
    o.vaultIdBuy = UInt256(quint64(m_vaults.vaultId(o.starkKey, buy.assetId)));
    o.amountSell = *quantizedSell;
    o.amountBuy = *quantizedBuy;
    o.nonce = UInt256(quint64(m_signables.nextNonce()));
    o.expiration = UInt256(quint64(expiration));
    o.feeAssetId = feeToken.assetId;
    o.feeVaultId = UInt256(quint64(m_vaults.vaultId(o.starkKey, feeToken.assetId)));
    o.feeLimit = feeLimit;
    starkex::LimitOrderParams params;
    params.vaultIdSell = o.vaultIdSell;
    params.vaultIdBuy = o.vaultIdBuy;
    params.amountSell = o.amountSell;
    params.amountBuy = o.amountBuy;
    params.tokenSell = o.assetIdSell;
    params.tokenBuy = o.assetIdBuy;
    params.nonce = o.nonce;
    params.expirationTimestamp = o.expiration;
    const auto hash =
        starkex::limitOrderWithFeeMsgHash(params, starkex::FeeParams{o.feeAssetId, o.feeVaultId, o.feeLimit});
    if (!hash) {
        *error = imxError(500, str("internal_error"), QString::fromStdString(hash.error().message));
        return std::nullopt;
    }
    s.payloadHash = hash->hash;
    s.signableMessage = signableMessage(s.payloadHash);
    return s;
}

QJsonObject ImxWriteService::orderSignableJson(const IssuedSignable &s) const
{
    const OrderFields &o = s.order;
    return QJsonObject{
        {QStringLiteral("amount_buy"), decimal(o.amountBuy)},
        {QStringLiteral("amount_sell"), decimal(o.amountSell)},
        {QStringLiteral("asset_id_buy"), hex(o.assetIdBuy)},
        {QStringLiteral("asset_id_sell"), hex(o.assetIdSell)},
        {QStringLiteral("expiration_timestamp"), toInt(o.expiration)},
        {QStringLiteral("fee_info"), QJsonObject{{QStringLiteral("asset_id"), hex(o.feeAssetId)},
                                                 {QStringLiteral("fee_limit"), decimal(o.feeLimit)},
                                                 {QStringLiteral("source_vault_id"), toInt(o.feeVaultId)}}},
        {QStringLiteral("nonce"), toInt(o.nonce)},
        {QStringLiteral("payload_hash"), hexMinimal(s.payloadHash)},
        {QStringLiteral("readable_transaction"),
         readable(
             QJsonObject{{QStringLiteral("type"),
                          s.kind == SignableKind::Trade ? QStringLiteral("Trade") : QStringLiteral("Order")},
                         {QStringLiteral("user"), s.signer},
                         {QStringLiteral("sell"), tokenJson(s.sellToken)},
                         {QStringLiteral("amount_sell"), decimal(s.baseSell)},
                         {QStringLiteral("buy"), tokenJson(s.buyToken)},
                         {QStringLiteral("amount_buy"), decimal(s.baseBuy)}})},
        {QStringLiteral("signable_message"), s.signableMessage},
        {QStringLiteral("stark_key"), hex(o.starkKey)},
        {QStringLiteral("vault_id_buy"), toInt(o.vaultIdBuy)},
        {QStringLiteral("vault_id_sell"), toInt(o.vaultIdSell)},
        {QStringLiteral("verification_signature"), verificationSignature(s.payloadHash)},
    };
}

HttpResponse ImxWriteService::signableOrder(const HttpRequest &request)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    RequestFields in(request.body);
    const QString userAddress = in.address(QStringLiteral("user"));
    const UInt256 amountSell = in.decimal(QStringLiteral("amount_sell"));
    const UInt256 amountBuy = in.decimal(QStringLiteral("amount_buy"));
    const QJsonObject tokenSell = in.objectField(QStringLiteral("token_sell"));
    const QJsonObject tokenBuy = in.objectField(QStringLiteral("token_buy"));
    const auto expiration = in.optionalInteger(QStringLiteral("expiration_timestamp"));
    const QJsonArray fees = in.optionalArray(QStringLiteral("fees"));
    if (!in.ok())
        return badRequest(in.error());
    if (auto denied = checkActingFor(*who, userAddress))
        return *denied;
    const UserRecord *user = registeredUser(userAddress, QStringLiteral("user"), &error);
    if (user == nullptr)
        return error;
    const auto sell = m_ledger.resolve(tokenSell, &error);
    if (!sell)
        return error;
    const auto buy = m_ledger.resolve(tokenBuy, &error);
    if (!buy)
        return error;
    auto prepared = prepareLimitOrder(SignableKind::Order, *user, *sell, amountSell, *buy, amountBuy,
                                      expiration, fees, &error);
    if (!prepared)
        return error;
    registerWithGuardian(*who, *prepared, QStringLiteral("order"),
                         QJsonObject{{QStringLiteral("user"), userAddress},
                                     {QStringLiteral("sell"), sell->signableToken()},
                                     {QStringLiteral("amount_sell"), decimal(amountSell)},
                                     {QStringLiteral("buy"), buy->signableToken()},
                                     {QStringLiteral("amount_buy"), decimal(amountBuy)}},
                         false, UInt256(), 0);
    return HttpResponse::json(200,
                              orderSignableJson(m_signables.issue(std::move(*prepared), m_context.now())));
}

namespace {

//! Reads the StarkEx fields of an order or trade create body (fee fields are not in it).
OrderFields readOrderFields(RequestFields &in)
{
    OrderFields o;
    o.amountBuy = in.decimal(QStringLiteral("amount_buy"));
    o.amountSell = in.decimal(QStringLiteral("amount_sell"));
    o.assetIdBuy = in.hexNumber(QStringLiteral("asset_id_buy"));
    o.assetIdSell = in.hexNumber(QStringLiteral("asset_id_sell"));
    o.expiration = UInt256(quint64(in.integer(QStringLiteral("expiration_timestamp"))));
    o.nonce = UInt256(quint64(in.integer(QStringLiteral("nonce"))));
    o.starkKey = in.starkKey(QStringLiteral("stark_key"));
    o.vaultIdBuy = UInt256(quint64(in.integer(QStringLiteral("vault_id_buy"))));
    o.vaultIdSell = UInt256(quint64(in.integer(QStringLiteral("vault_id_sell"))));
    return o;
}

} // namespace

HttpResponse ImxWriteService::createOrder(const HttpRequest &request)
{
    RequestFields in(request.body);
    OrderFields fields = readOrderFields(in);
    const QString signatureText = in.string(QStringLiteral("stark_signature"));
    in.optionalArray(QStringLiteral("fees"));
    if (!in.ok())
        return badRequest(in.error());
    IssuedSignable *issued = m_signables.findByNonce(fields.nonce);
    if (issued == nullptr || issued->kind != SignableKind::Order)
        return imxError(400, str("signable_not_found"), QStringLiteral("no issued order has this nonce"));
    fields.feeAssetId = issued->order.feeAssetId;
    fields.feeVaultId = issued->order.feeVaultId;
    fields.feeLimit = issued->order.feeLimit;
    if (!(issued->order == fields))
        return refuse(str("signable_mismatch"),
                      QStringLiteral("the fields differ from the issued signable order"));
    stark::Signature signature;
    HttpResponse response;
    if (gate(request, *issued, signatureText, &signature, &response) != Gate::Proceed)
        return response;
    if (auto lacking = m_ledger.checkHolding(issued->signer, issued->sellToken, issued->baseSell)) {
        ++m_signables.counters().rejected;
        return *lacking;
    }
    World &world = m_context.world;
    OrderRecord order;
    order.orderId = world.nextOrderId++;
    order.user = issued->signer;
    order.sell = issued->sellToken;
    order.buy = issued->buyToken;
    order.amountSell = issued->baseSell;
    order.amountBuy = issued->baseBuy;
    order.expirationHours = toInt(issued->order.expiration);
    order.fees = issued->fees;
    order.createdAt = order.updatedAt = m_context.now();
    world.orders.emplace(order.orderId, order);
    const QJsonObject result{{QStringLiteral("order_id"), order.orderId},
                             {QStringLiteral("status"), order.status},
                             {QStringLiteral("time"), m_context.now().toSecsSinceEpoch()}};
    m_signables.consume(*issued, signature.r, signature.s, result);
    return HttpResponse::json(200, result);
}

HttpResponse ImxWriteService::signableCancel(const HttpRequest &request)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    RequestFields in(request.body);
    const qint64 orderId = in.integer(QStringLiteral("order_id"));
    if (!in.ok())
        return badRequest(in.error());
    World &world = m_context.world;
    const auto order = world.orders.find(orderId);
    if (order == world.orders.end())
        return imxError(404, str("order_not_found"), QStringLiteral("order %1 not found").arg(orderId));
    if (auto denied = checkActingFor(*who, order->second.user))
        return *denied;
    if (order->second.status != QLatin1String("active"))
        return imxError(400, str("order_not_active"),
                        QStringLiteral("order %1 is %2").arg(orderId).arg(order->second.status));
    const UserRecord *user = registeredUser(order->second.user, QStringLiteral("order.user"), &error);
    if (user == nullptr)
        return error;
    const auto hash = starkex::cancelOrderPayloadHash(UInt256(quint64(orderId)));
    if (!hash)
        return imxError(500, str("internal_error"), QString::fromStdString(hash.error().message));
    IssuedSignable s;
    s.kind = SignableKind::Cancel;
    s.payloadHash = *hash;
    s.signer = user->ethAddress;
    s.signerStarkKey = *storedStarkKey(*user);
    s.signableMessage = signableMessage(*hash);
    s.orderId = orderId;
    s.expiresAt = m_context.now().addSecs(kSignableLifetimeSeconds);
    registerWithGuardian(*who, s, QStringLiteral("cancel_order"),
                         QJsonObject{{QStringLiteral("order_id"), orderId}}, false, UInt256(), 0);
    const IssuedSignable &issued = m_signables.issue(std::move(s), m_context.now());
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("order_id"), orderId},
                 {QStringLiteral("payload_hash"), hexMinimal(issued.payloadHash)},
                 {QStringLiteral("readable_transaction"),
                  readable(QJsonObject{{QStringLiteral("type"), QStringLiteral("CancelOrder")},
                                       {QStringLiteral("order_id"), orderId}})},
                 {QStringLiteral("signable_message"), issued.signableMessage},
                 {QStringLiteral("verification_signature"), verificationSignature(issued.payloadHash)},
             });
}

HttpResponse ImxWriteService::cancelOrder(const HttpRequest &request)
{
    bool numeric = false;
    const qint64 pathId = request.params.value(0).toLongLong(&numeric);
    if (!numeric || pathId <= 0)
        return badRequest(QStringLiteral("id: expected an order id"));
    RequestFields in(request.body);
    const qint64 orderId = in.integer(QStringLiteral("order_id"));
    const QString signatureText = in.string(QStringLiteral("stark_signature"));
    if (!in.ok())
        return badRequest(in.error());
    if (orderId != pathId)
        return badRequest(QStringLiteral("order_id: does not match the order id in the path"));
    World &world = m_context.world;
    const auto order = world.orders.find(orderId);
    if (order == world.orders.end())
        return imxError(404, str("order_not_found"), QStringLiteral("order %1 not found").arg(orderId));
    const auto hash = starkex::cancelOrderPayloadHash(UInt256(quint64(orderId)));
    IssuedSignable *issued = hash ? m_signables.find(*hash) : nullptr;
    if (issued == nullptr || issued->kind != SignableKind::Cancel)
        return imxError(400, str("signable_not_found"),
                        QStringLiteral("no cancel was requested for this order"));
    stark::Signature signature;
    HttpResponse response;
    if (gate(request, *issued, signatureText, &signature, &response) != Gate::Proceed)
        return response;
    if (order->second.status != QLatin1String("active"))
        return refuse(str("order_not_active"),
                      QStringLiteral("order %1 is %2").arg(orderId).arg(order->second.status));
    order->second.status = QStringLiteral("cancelled");
    order->second.updatedAt = m_context.now();
    const QJsonObject result{{QStringLiteral("order_id"), orderId},
                             {QStringLiteral("status"), order->second.status}};
    m_signables.consume(*issued, signature.r, signature.s, result);
    return HttpResponse::json(200, result);
}

HttpResponse ImxWriteService::signableTrade(const HttpRequest &request)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    RequestFields in(request.body);
    const qint64 orderId = in.integer(QStringLiteral("order_id"));
    const QString userAddress = in.address(QStringLiteral("user"));
    const auto expiration = in.optionalInteger(QStringLiteral("expiration_timestamp"));
    const QJsonArray fees = in.optionalArray(QStringLiteral("fees"));
    if (!in.ok())
        return badRequest(in.error());
    if (auto denied = checkActingFor(*who, userAddress))
        return *denied;
    World &world = m_context.world;
    const auto order = world.orders.find(orderId);
    if (order == world.orders.end())
        return imxError(404, str("order_not_found"), QStringLiteral("order %1 not found").arg(orderId));
    const OrderRecord &maker = order->second;
    if (maker.status != QLatin1String("active") || maker.expirationHours <= nowHours())
        return imxError(400, str("order_not_active"), QStringLiteral("order %1 is not active").arg(orderId));
    const UserRecord *user = registeredUser(userAddress, QStringLiteral("user"), &error);
    if (user == nullptr)
        return error;
    if (user->ethAddress == maker.user)
        return badRequest(QStringLiteral("user: cannot fill your own order"));
    // The taker sells what the maker buys and buys what the maker sells.
    const auto sell = m_ledger.resolve(maker.buy, &error);
    if (!sell)
        return error;
    const auto buy = m_ledger.resolve(maker.sell, &error);
    if (!buy)
        return error;
    auto prepared = prepareLimitOrder(SignableKind::Trade, *user, *sell, maker.amountBuy, *buy,
                                      maker.amountSell, expiration, fees, &error);
    if (!prepared)
        return error;
    prepared->orderId = orderId;
    registerWithGuardian(*who, *prepared, QStringLiteral("trade"),
                         QJsonObject{{QStringLiteral("order_id"), orderId},
                                     {QStringLiteral("user"), userAddress},
                                     {QStringLiteral("sell"), sell->signableToken()},
                                     {QStringLiteral("amount_sell"), decimal(maker.amountBuy)},
                                     {QStringLiteral("buy"), buy->signableToken()},
                                     {QStringLiteral("amount_buy"), decimal(maker.amountSell)}},
                         false, UInt256(), 0);
    return HttpResponse::json(200,
                              orderSignableJson(m_signables.issue(std::move(*prepared), m_context.now())));
}

HttpResponse ImxWriteService::createTrade(const HttpRequest &request)
{
    RequestFields in(request.body);
    OrderFields fields = readOrderFields(in);
    const qint64 orderId = in.integer(QStringLiteral("order_id"));
    const QString signatureText = in.string(QStringLiteral("stark_signature"));
    const QJsonObject feeInfo =
        in.has(QStringLiteral("fee_info")) ? in.objectField(QStringLiteral("fee_info")) : QJsonObject();
    in.optionalArray(QStringLiteral("fees"));
    if (!in.ok())
        return badRequest(in.error());
    IssuedSignable *issued = m_signables.findByNonce(fields.nonce);
    if (issued == nullptr || issued->kind != SignableKind::Trade)
        return imxError(400, str("signable_not_found"), QStringLiteral("no issued trade has this nonce"));
    fields.feeAssetId = issued->order.feeAssetId;
    fields.feeVaultId = issued->order.feeVaultId;
    fields.feeLimit = issued->order.feeLimit;
    if (!feeInfo.isEmpty()) {
        RequestFields fee(feeInfo, QStringLiteral("fee_info"));
        fields.feeAssetId = fee.hexNumber(QStringLiteral("asset_id"));
        fields.feeLimit = fee.decimal(QStringLiteral("fee_limit"));
        fields.feeVaultId = UInt256(quint64(fee.integer(QStringLiteral("source_vault_id"))));
        if (!fee.ok())
            return badRequest(fee.error());
    }
    if (!(issued->order == fields) || issued->orderId != orderId)
        return refuse(str("signable_mismatch"),
                      QStringLiteral("the fields differ from the issued signable trade"));
    stark::Signature signature;
    HttpResponse response;
    if (gate(request, *issued, signatureText, &signature, &response) != Gate::Proceed)
        return response;
    World &world = m_context.world;
    const auto found = world.orders.find(orderId);
    if (found == world.orders.end() || found->second.status != QLatin1String("active") ||
        found->second.expirationHours <= nowHours())
        return refuse(str("order_not_active"), QStringLiteral("order %1 is no longer active").arg(orderId));
    OrderRecord &maker = found->second;
    if (auto lacking = m_ledger.checkHolding(maker.user, maker.sell, maker.amountSell)) {
        ++m_signables.counters().rejected;
        return imxError(400, str("order_not_active"),
                        QStringLiteral("the maker no longer holds what the order sells"));
    }
    if (auto lacking = m_ledger.checkHolding(issued->signer, issued->sellToken, issued->baseSell)) {
        ++m_signables.counters().rejected;
        return *lacking;
    }
    const QDateTime now = m_context.now();
    m_ledger.move(maker.user, issued->signer, maker.sell, maker.amountSell, now);
    m_ledger.move(issued->signer, maker.user, issued->sellToken, issued->baseSell, now);
    maker.status = QStringLiteral("filled");
    maker.amountSold = maker.amountSell;
    maker.updatedAt = now;

    OrderRecord taker;
    taker.orderId = world.nextOrderId++;
    taker.user = issued->signer;
    taker.status = QStringLiteral("filled");
    taker.sell = issued->sellToken;
    taker.buy = issued->buyToken;
    taker.amountSell = issued->baseSell;
    taker.amountBuy = issued->baseBuy;
    taker.amountSold = issued->baseSell;
    taker.expirationHours = toInt(issued->order.expiration);
    taker.fees = issued->fees;
    taker.createdAt = taker.updatedAt = now;
    world.orders.emplace(taker.orderId, taker);

    // Party a is the buy side (the taker here), party b the order it filled.
    TradeRecord trade;
    trade.transactionId = world.nextTransactionId++;
    trade.orderIdA = taker.orderId;
    trade.orderIdB = maker.orderId;
    trade.tokenA = taker.sell;
    trade.tokenB = maker.sell;
    trade.soldA = taker.amountSell;
    trade.soldB = maker.amountSell;
    trade.timestamp = now;
    world.trades.emplace(trade.transactionId, trade);

    const QJsonObject result{{QStringLiteral("trade_id"), trade.transactionId},
                             {QStringLiteral("status"), QString()}};
    m_signables.consume(*issued, signature.r, signature.s, result);
    return HttpResponse::json(200, result);
}

// ---------------------------------------------------------------------------------------------
// Exchanges and admin

} // namespace stardeck::sandbox
