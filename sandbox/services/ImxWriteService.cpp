// SPDX-License-Identifier: MIT
#include "services/ImxWriteService.h"

#include "services/ImxWriteInternal.h"

namespace stardeck::sandbox {

using namespace writes_internal;

ImxWriteService::ImxWriteService(SandboxContext &context, GuardianLedger &guardian)
    : Service(context), m_guardian(guardian), m_ledger(context.world)
{}

void ImxWriteService::registerRoutes(Router &router)
{
    const QString imx = prefix::imx;
    const auto route = [&](const QByteArray &method, const QString &path, const char *name,
                           HttpResponse (ImxWriteService::*handler)(const HttpRequest &)) {
        router.add(method, imx + path, QString::fromLatin1(name),
                   [this, handler](const HttpRequest &request) { return (this->*handler)(request); });
    };
    route("POST", QStringLiteral("/v1/signable-registration-offchain"), "imx.registration.signable",
          &ImxWriteService::signableRegistration);
    route("POST", QStringLiteral("/v2/passport/users"), "imx.passport.users.register",
          &ImxWriteService::registerPassportUser);
    route("POST", QStringLiteral("/v1/passport/users"), "imx.passport.users.register.v1",
          &ImxWriteService::registerPassportUser);
    route("POST", QStringLiteral("/v1/users"), "imx.users.register", &ImxWriteService::registerUser);
    router.add("POST", imx + QStringLiteral("/v1/signable-transfer-details"),
               QStringLiteral("imx.transfers.signable"),
               [this](const HttpRequest &request) { return signableTransferV1(request, 0); });
    router.add("POST", imx + QStringLiteral("/v1/transfers"), QStringLiteral("imx.transfers.create"),
               [this](const HttpRequest &request) { return createTransferV1(request, 0); });
    route("POST", QStringLiteral("/v2/signable-transfer-details"), "imx.transfers.signable.v2",
          &ImxWriteService::signableTransferV2);
    route("POST", QStringLiteral("/v2/transfers"), "imx.transfers.create.v2",
          &ImxWriteService::createTransferV2);
    route("POST", QStringLiteral("/v3/signable-order-details"), "imx.orders.signable",
          &ImxWriteService::signableOrder);
    route("POST", QStringLiteral("/v3/orders"), "imx.orders.create", &ImxWriteService::createOrder);
    route("POST", QStringLiteral("/v3/signable-cancel-order-details"), "imx.orders.cancel.signable",
          &ImxWriteService::signableCancel);
    route("DELETE", QStringLiteral("/v3/orders/{}"), "imx.orders.cancel", &ImxWriteService::cancelOrder);
    route("POST", QStringLiteral("/v3/signable-trade-details"), "imx.trades.signable",
          &ImxWriteService::signableTrade);
    route("POST", QStringLiteral("/v3/trades"), "imx.trades.create", &ImxWriteService::createTrade);
    route("POST", QStringLiteral("/v3/exchanges"), "imx.exchanges.create", &ImxWriteService::createExchange);

    const auto exchangeId = [this](const HttpRequest &request, HttpResponse *error) -> qint64 {
        bool ok = false;
        const qint64 id = request.params.value(0).toLongLong(&ok);
        if (!ok || m_context.world.exchanges.find(id) == m_context.world.exchanges.end()) {
            *error = imxError(404, str("exchange_not_found"), QStringLiteral("exchange not found"));
            return 0;
        }
        return id;
    };
    router.add("POST", imx + QStringLiteral("/v2/exchanges/{}/signable-transfer-details"),
               QStringLiteral("imx.exchanges.transfers.signable"),
               [this, exchangeId](const HttpRequest &request) {
                   HttpResponse error;
                   const qint64 id = exchangeId(request, &error);
                   return id == 0 ? error : signableTransferV1(request, id);
               });
    router.add("POST", imx + QStringLiteral("/v2/exchanges/{}/transfers"),
               QStringLiteral("imx.exchanges.transfers.create"),
               [this, exchangeId](const HttpRequest &request) {
                   HttpResponse error;
                   const qint64 id = exchangeId(request, &error);
                   return id == 0 ? error : createTransferV1(request, id);
               });

    router.add("GET", prefix::admin + QStringLiteral("/writes"), QStringLiteral("admin.writes"),
               [this](const HttpRequest &) { return state(); });
}

// ---------------------------------------------------------------------------------------------
// Shared checks

qint64 ImxWriteService::nowHours() const
{
    return m_context.now().toSecsSinceEpoch() / 3600;
}

QString ImxWriteService::signableMessage(const UInt256 &payloadHash) const
{
    return kInternalUsePrefix + hex(payloadHash).mid(2);
}

std::optional<ImxWriteService::Caller> ImxWriteService::caller(const HttpRequest &request,
                                                               HttpResponse *error) const
{
    Caller result;
    if (request.header("authorization").isEmpty())
        return result;
    const QByteArray token = request.bearerToken();
    const auto userId = token.isEmpty() ? std::nullopt : m_context.userIdForAccessToken(token);
    if (!userId || m_context.world.users.find(*userId) == m_context.world.users.end()) {
        *error = imxError(401, str("unauthorized"), QStringLiteral("invalid or expired access token"));
        return std::nullopt;
    }
    result.authenticated = true;
    result.userId = *userId;
    return result;
}

std::optional<HttpResponse> ImxWriteService::checkActingFor(const Caller &caller,
                                                            const QString &address) const
{
    if (!caller.authenticated)
        return std::nullopt;
    const UserRecord &user = m_context.world.users.at(caller.userId);
    if (user.ethAddress.isEmpty() || user.ethAddress != address)
        return imxError(403, str("forbidden"),
                        QStringLiteral("the access token's user is not %1").arg(address));
    return std::nullopt;
}

UserRecord *ImxWriteService::registeredUser(const QString &address, const QString &field, HttpResponse *error)
{
    UserRecord *user = m_context.world.userByEthAddress(address);
    if (user == nullptr || !user->registered || !storedStarkKey(*user)) {
        *error = imxError(400, str("user_not_registered"),
                          QStringLiteral("%1: %2 is not registered on IMX").arg(field, address));
        return nullptr;
    }
    return user;
}

std::optional<HttpResponse> ImxWriteService::authoriseCreate(const HttpRequest &request,
                                                             const IssuedSignable &signable) const
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    if (who->authenticated)
        return checkActingFor(*who, signable.signer);
    // L1 wallet flow: the account's Ethereum key signs the payload's signable_message.
    const QString address = QString::fromLatin1(request.header("x-imx-eth-address")).toLower();
    const QString signature = QString::fromLatin1(request.header("x-imx-eth-signature"));
    if (address.isEmpty() || signature.isEmpty())
        return imxError(
            401, str("unauthorized"),
            QStringLiteral("send Authorization: Bearer or x-imx-eth-address and x-imx-eth-signature"));
    if (address != signable.signer)
        return imxError(403, str("forbidden"), QStringLiteral("x-imx-eth-address is not the sender"));
    if (recoverSigner(signable.signableMessage, signature) != address)
        return imxError(401, str("unauthorized"), QStringLiteral("x-imx-eth-signature does not verify"));
    return std::nullopt;
}

HttpResponse ImxWriteService::refuse(const QString &code, const QString &message)
{
    ++m_signables.counters().rejected;
    return imxError(400, code, message);
}

ImxWriteService::Gate ImxWriteService::gate(const HttpRequest &request, IssuedSignable &signable,
                                            const QString &signatureText, stark::Signature *signature,
                                            HttpResponse *response)
{
    if (auto denied = authoriseCreate(request, signable)) {
        ++m_signables.counters().rejected;
        *response = *denied;
        return Gate::Refused;
    }
    const auto parsed = stark::Signature::fromHex(signatureText.toStdString());
    if (!parsed) {
        *response = refuse(str("invalid_signature"), QStringLiteral("stark_signature: ") +
                                                         QString::fromStdString(parsed.error().message));
        return Gate::Refused;
    }
    *signature = *parsed;
    if (signable.consumed) {
        if (parsed->r == signable.submittedR && parsed->s == signable.submittedS) {
            ++m_signables.counters().replayed;
            *response = HttpResponse::json(200, signable.result);
            return Gate::Replay;
        }
        *response =
            refuse(str("signable_already_used"), QStringLiteral("this payload has already been submitted"));
        return Gate::Refused;
    }
    if (m_context.now() > signable.expiresAt) {
        *response = refuse(str("signable_expired"),
                           QStringLiteral("the signable payload has expired; request a new one"));
        return Gate::Refused;
    }
    const auto valid = stark::verify(signable.signerStarkKey, signable.payloadHash, *parsed);
    if (!valid || !*valid) {
        *response = refuse(str("invalid_signature"),
                           QStringLiteral("stark_signature does not verify for the sender's stark key"));
        return Gate::Refused;
    }
    if (!signable.guardianId.isEmpty() && !m_guardian.allows(signable.guardianId)) {
        ++m_signables.counters().rejected;
        ++m_guardian.counters().refusals;
        *response = imxError(403, str("confirmation_required"),
                             QStringLiteral("Guardian requires this transaction to be confirmed first"));
        return Gate::Refused;
    }
    return Gate::Proceed;
}

void ImxWriteService::registerWithGuardian(const Caller &caller, IssuedSignable &signable,
                                           const QString &type, const QJsonObject &metadata, bool fungible,
                                           const UInt256 &baseAmount, int decimals)
{
    if (!caller.authenticated)
        return;
    GuardianRecord record;
    record.id = hexMinimal(signable.payloadHash);
    record.userId = caller.userId;
    record.ethAddress = signable.signer;
    record.transactionType = type;
    record.metadata = metadata;
    record.metadata.insert(QStringLiteral("payload_hash"), record.id);
    record.confirmationRequired = m_guardian.requiresConfirmation(type, fungible, baseAmount, decimals);
    record.createdAt = m_context.now();
    signable.guardianId = m_guardian.add(std::move(record)).id;
}

// ---------------------------------------------------------------------------------------------
// Registration

HttpResponse ImxWriteService::signableRegistration(const HttpRequest &request)
{
    RequestFields in(request.body);
    const QString etherKey = in.address(QStringLiteral("ether_key"));
    const UInt256 starkKey = in.starkKey(QStringLiteral("stark_key"));
    if (!in.ok())
        return badRequest(in.error());
    const auto hash = starkex::registrationPayloadHash(starkKey, etherKey.toStdString());
    if (!hash)
        return badRequest(QString::fromStdString(hash.error().message));
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("payload_hash"), hexMinimal(*hash)},
                 {QStringLiteral("signable_message"), kKeyLinkingMessage},
                 {QStringLiteral("readable_transaction"),
                  readable(QJsonObject{{QStringLiteral("type"), QStringLiteral("RegisterUser")},
                                       {QStringLiteral("ether_key"), etherKey},
                                       {QStringLiteral("stark_key"), hex(starkKey)}})},
                 {QStringLiteral("verification_signature"), verificationSignature(*hash)},
             });
}

HttpResponse ImxWriteService::registerPassportUser(const HttpRequest &request)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    if (!who->authenticated)
        return imxError(401, str("unauthorized"),
                        QStringLiteral("Authorization: Bearer <access token> is required"));
    UserRecord &user = m_context.world.users.at(who->userId);
    if (user.registered)
        return imxError(409, str("already_registered"), QStringLiteral("user is already registered"));

    RequestFields in(request.body);
    const QString etherKey = in.address(QStringLiteral("ether_key"));
    const UInt256 starkKey = in.starkKey(QStringLiteral("stark_key"));
    const QString ethSignature = in.string(QStringLiteral("eth_signature"));
    const QString starkSignatureText = in.string(QStringLiteral("stark_signature"));
    if (!in.ok())
        return badRequest(in.error());

    // Passport: ether_key is the user's embedded-wallet (TEE) EOA, which signs the key-linking
    // message; the stark key (derived from that EOA's signature) signs the payload hash.
    if (user.adminAddress.isEmpty() || user.adminAddress.toLower() != etherKey)
        return imxError(400, str("ether_key_mismatch"),
                        QStringLiteral("ether_key must be the user's embedded wallet address"));
    if (recoverSigner(kKeyLinkingMessage, ethSignature) != etherKey)
        return imxError(
            400, str("invalid_eth_signature"),
            QStringLiteral("eth_signature is not the ether_key's signature of the signable message"));
    const auto hash = starkex::registrationPayloadHash(starkKey, etherKey.toStdString());
    const auto signature = stark::Signature::fromHex(starkSignatureText.toStdString());
    const auto valid =
        hash && signature ? stark::verify(starkKey, *hash, *signature) : crypto::Expected<bool>(false);
    if (!valid || !*valid)
        return imxError(
            400, str("invalid_stark_signature"),
            QStringLiteral("stark_signature does not verify for stark_key over the payload hash"));
    if (starkKeyInUse(starkKey, user.userId))
        return imxError(400, str("stark_key_in_use"), QStringLiteral("stark_key belongs to another user"));
    // The IMX account is the counterfactual address paired with the admin EOA (world/Seed.h),
    // returned as ether_key; it becomes the imx_eth_address claim.
    const auto admin = crypto::EthAddress::parse(etherKey.toStdString());
    user.ethAddress = counterfactualEthAddress(*admin);
    user.adminAddress = etherKey;
    user.starkKey = starkKeyText(starkKey);
    user.registered = true;
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("ether_key"), user.ethAddress},
                                               {QStringLiteral("stark_key"), user.starkKey},
                                               {QStringLiteral("user_admin_key"), etherKey}});
}

bool ImxWriteService::starkKeyInUse(const UInt256 &starkKey, const QString &exceptUserId) const
{
    for (const auto &[id, other] : m_context.world.users) {
        if (id != exceptUserId && other.registered && storedStarkKey(other) == starkKey)
            return true;
    }
    return false;
}

HttpResponse ImxWriteService::registerUser(const HttpRequest &request)
{
    RequestFields in(request.body);
    const QString etherKey = in.address(QStringLiteral("ether_key"));
    const UInt256 starkKey = in.starkKey(QStringLiteral("stark_key"));
    const QString ethSignature = in.string(QStringLiteral("eth_signature"));
    const QString starkSignatureText = in.string(QStringLiteral("stark_signature"));
    const QString email = in.optionalString(QStringLiteral("email"));
    if (!in.ok())
        return badRequest(in.error());
    if (recoverSigner(kKeyLinkingMessage, ethSignature) != etherKey)
        return imxError(
            401, str("invalid_eth_signature"),
            QStringLiteral("eth_signature is not the ether_key's signature of the signable message"));
    const auto hash = starkex::registrationPayloadHash(starkKey, etherKey.toStdString());
    const auto signature = stark::Signature::fromHex(starkSignatureText.toStdString());
    const auto valid =
        hash && signature ? stark::verify(starkKey, *hash, *signature) : crypto::Expected<bool>(false);
    if (!valid || !*valid)
        return imxError(
            400, str("invalid_stark_signature"),
            QStringLiteral("stark_signature does not verify for stark_key over the payload hash"));
    const QString starkHex = starkKeyText(starkKey);
    const QJsonObject answer{{QStringLiteral("tx_hash"), QString()}};
    World &world = m_context.world;
    if (UserRecord *existing = world.userByEthAddress(etherKey);
        existing != nullptr && existing->registered) {
        if (storedStarkKey(*existing) == starkKey)
            return HttpResponse::json(200, answer);
        return imxError(409, str("already_registered"),
                        QStringLiteral("ether_key is registered with another stark key"));
    }
    if (starkKeyInUse(starkKey, {}))
        return imxError(400, str("stark_key_in_use"), QStringLiteral("stark_key belongs to another user"));
    // An L1 wallet has no Passport identity; it gets a user record of its own.
    UserRecord &user = world.users[QStringLiteral("l1|") + etherKey];
    user.userId = QStringLiteral("l1|") + etherKey;
    user.email = email;
    user.ethAddress = etherKey;
    user.starkKey = starkHex;
    user.registered = true;
    user.createdAt = m_context.now();
    return HttpResponse::json(200, answer);
}

// ---------------------------------------------------------------------------------------------
// Transfers

HttpResponse ImxWriteService::createExchange(const HttpRequest &request)
{
    RequestFields in(request.body);
    const QString provider = in.optionalString(QStringLiteral("provider"));
    const QString type = in.optionalString(QStringLiteral("type"));
    const QString wallet =
        in.has(QStringLiteral("wallet_address")) ? in.address(QStringLiteral("wallet_address")) : QString();
    if (!in.ok())
        return badRequest(in.error());
    if (!provider.isEmpty() && provider != QLatin1String("moonpay") && provider != QLatin1String("layerswap"))
        return badRequest(QStringLiteral("provider: expected moonpay or layerswap"));
    if (!type.isEmpty() && type != QLatin1String("onramp") && type != QLatin1String("offramp"))
        return badRequest(QStringLiteral("type: expected onramp or offramp"));
    World &world = m_context.world;
    ExchangeRecord exchange;
    exchange.id = world.nextExchangeId++;
    exchange.walletAddress = wallet;
    if (!provider.isEmpty())
        exchange.provider = provider;
    if (!type.isEmpty())
        exchange.type = type;
    exchange.createdAt = exchange.updatedAt = m_context.now();
    world.exchanges.emplace(exchange.id, exchange);
    const QString url = m_context.serviceUrl(prefix::media, QStringLiteral("/exchange/%1").arg(exchange.id));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), exchange.id},
                                               {QStringLiteral("provider"), exchange.provider},
                                               {QStringLiteral("type"), exchange.type},
                                               {QStringLiteral("url"), url},
                                               {QStringLiteral("wallet_address"), wallet}});
}

HttpResponse ImxWriteService::state() const
{
    const World &world = m_context.world;
    QJsonArray transfers;
    for (const auto &[id, t] : world.transfers)
        transfers.append(QJsonObject{{QStringLiteral("transaction_id"), id},
                                     {QStringLiteral("sender"), t.sender},
                                     {QStringLiteral("receiver"), t.receiver},
                                     {QStringLiteral("token"), tokenJson(t.token)},
                                     {QStringLiteral("quantity"), decimal(t.quantity)},
                                     {QStringLiteral("status"), t.status}});
    QJsonArray orders;
    for (const auto &[id, o] : world.orders)
        orders.append(QJsonObject{{QStringLiteral("order_id"), id},
                                  {QStringLiteral("user"), o.user},
                                  {QStringLiteral("status"), o.status},
                                  {QStringLiteral("sell"), tokenJson(o.sell)},
                                  {QStringLiteral("amount_sell"), decimal(o.amountSell)},
                                  {QStringLiteral("buy"), tokenJson(o.buy)},
                                  {QStringLiteral("amount_buy"), decimal(o.amountBuy)},
                                  {QStringLiteral("amount_sold"), decimal(o.amountSold)}});
    QJsonArray trades;
    for (const auto &[id, t] : world.trades)
        trades.append(QJsonObject{{QStringLiteral("transaction_id"), id},
                                  {QStringLiteral("order_id_a"), t.orderIdA},
                                  {QStringLiteral("order_id_b"), t.orderIdB},
                                  {QStringLiteral("sold_a"), decimal(t.soldA)},
                                  {QStringLiteral("sold_b"), decimal(t.soldB)}});
    const SignableCounters &s = m_signables.counters();
    const GuardianCounters &g = m_guardian.counters();
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("signables"), QJsonObject{{QStringLiteral("issued"), s.issued},
                                                           {QStringLiteral("consumed"), s.consumed},
                                                           {QStringLiteral("replayed"), s.replayed},
                                                           {QStringLiteral("rejected"), s.rejected},
                                                           {QStringLiteral("stored"), m_signables.size()}}},
                 {QStringLiteral("guardian"), QJsonObject{{QStringLiteral("records"), g.records},
                                                          {QStringLiteral("evaluations"), g.evaluations},
                                                          {QStringLiteral("approvals"), g.approvals},
                                                          {QStringLiteral("refusals"), g.refusals}}},
                 {QStringLiteral("vaults"), m_vaults.size()},
                 {QStringLiteral("transfers"), transfers},
                 {QStringLiteral("orders"), orders},
                 {QStringLiteral("trades"), trades},
             });
}

} // namespace stardeck::sandbox
