// SPDX-License-Identifier: MIT
#include "services/ImxWriteService.h"

#include "crypto/Eip191.h"
#include "crypto/EthSignature.h"
#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "services/RequestFields.h"
#include "starkex/ImxPayload.h"
#include "starkex/MessageHash.h"
#include "world/Seed.h"

#include <QJsonDocument>

#include <cmath>
#include <set>

namespace stardeck::sandbox {

namespace stark = crypto::stark;

namespace {

// How long an issued payload can be submitted. The StarkEx expiration_timestamp is much later;
// this is the API's own window for accepting the create call.
constexpr qint64 kSignableLifetimeSeconds = 30 * 60;
// Default StarkEx expiration of transfers and orders without one: a year, in hours.
constexpr qint64 kDefaultExpirationHours = 24 * 365;
constexpr qint64 kExpirationLimit = qint64(1) << 22;

const QString kInternalUsePrefix = QStringLiteral(
    "Only sign this request if you\u2019ve initiated an action with Immutable X.\n\nFor internal use:\n");
const QString kKeyLinkingMessage = QStringLiteral("Only sign this key linking request from Immutable X");

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

HttpResponse badRequest(const QString &message)
{
    return imxError(400, str("bad_request"), message);
}

QString hex(const UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

QString hexMinimal(const UInt256 &value)
{
    return QString::fromStdString(value.toHexMinimal());
}

//! A stark key as x-client's getAddress() writes it: "0x" + hex padded to an even length only.
QString starkKeyText(const UInt256 &key)
{
    QString digits = QString::fromStdString(key.toHexMinimal());
    if (digits.size() % 2 != 0)
        digits.prepend(QLatin1Char('0'));
    return QStringLiteral("0x") + digits;
}

QString decimal(const UInt256 &value)
{
    return QString::fromStdString(value.toDecimal());
}

qint64 toInt(const UInt256 &value)
{
    return qint64(value.limb[0]);
}

QString verificationSignature(const UInt256 &payloadHash)
{
    const auto digest = crypto::keccak256(payloadHash.toHex());
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

QString readable(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

//! The L1 address an EIP-191 signature over `message` recovers to, or "" if it does not parse.
QString recoverSigner(const QString &message, const QString &signatureText)
{
    const auto signature = crypto::EthSignature::parse(signatureText.toStdString());
    if (!signature)
        return {};
    const auto address = crypto::secp256k1::recoverAddress(
        crypto::eip191::personalMessageDigest(message.toUtf8()), *signature);
    return address ? QString::fromStdString(address->toLowerHex()) : QString();
}

std::optional<UInt256> storedStarkKey(const UserRecord &user)
{
    const auto key = UInt256::fromHex(user.starkKey.toStdString());
    return key ? std::optional<UInt256>(*key) : std::nullopt;
}

QJsonObject tokenJson(const TokenSpec &token)
{
    QJsonObject data;
    if (!token.tokenAddress.isEmpty())
        data.insert(QStringLiteral("token_address"), token.tokenAddress);
    if (!token.tokenId.isEmpty())
        data.insert(QStringLiteral("token_id"), token.tokenId);
    return QJsonObject{{QStringLiteral("type"), token.type}, {QStringLiteral("data"), data}};
}

} // namespace

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

std::optional<IssuedSignable> ImxWriteService::prepareTransfer(const UserRecord &sender,
                                                               const QString &receiverAddress,
                                                               const UInt256 &amount,
                                                               const QJsonObject &token,
                                                               ResolvedToken *resolved, HttpResponse *error)
{
    UserRecord *receiver = registeredUser(receiverAddress, QStringLiteral("receiver"), error);
    if (receiver == nullptr)
        return std::nullopt;
    auto tokenInfo = m_ledger.resolve(token, error);
    if (!tokenInfo)
        return std::nullopt;
    const auto quantized = m_ledger.quantize(*tokenInfo, amount, QStringLiteral("amount"), error);
    if (!quantized)
        return std::nullopt;
    if (auto lacking = m_ledger.checkHolding(sender.ethAddress, tokenInfo->spec, amount)) {
        *error = *lacking;
        return std::nullopt;
    }
    IssuedSignable s;
    s.kind = SignableKind::Transfer;
    s.signer = sender.ethAddress;
    s.signerStarkKey = *storedStarkKey(sender);
    s.receiver = receiver->ethAddress;
    s.token = tokenInfo->spec;
    s.baseAmount = amount;
    s.expiresAt = m_context.now().addSecs(kSignableLifetimeSeconds);
    TransferFields &t = s.transfer;
    t.senderStarkKey = s.signerStarkKey;
    t.receiverStarkKey = *storedStarkKey(*receiver);
    t.assetId = tokenInfo->assetId;
    t.senderVaultId = UInt256(quint64(m_vaults.vaultId(t.senderStarkKey, t.assetId)));
    t.receiverVaultId = UInt256(quint64(m_vaults.vaultId(t.receiverStarkKey, t.assetId)));
    t.amount = *quantized;
    t.nonce = UInt256(quint64(m_signables.nextNonce()));
    t.expiration = UInt256(quint64(nowHours() + kDefaultExpirationHours));
    starkex::TransferParams params;
    params.amount = t.amount;
    params.nonce = t.nonce;
    params.senderVaultId = t.senderVaultId;
    params.token = t.assetId;
    params.receiverVaultId = t.receiverVaultId;
    params.receiverStarkKey = t.receiverStarkKey;
    params.expirationTimestamp = t.expiration;
    const auto hash = starkex::transferMsgHash(params);
    if (!hash) {
        *error = imxError(500, str("internal_error"), QString::fromStdString(hash.error().message));
        return std::nullopt;
    }
    s.payloadHash = hash->hash;
    s.signableMessage = signableMessage(s.payloadHash);
    *resolved = *tokenInfo;
    return s;
}

QJsonObject ImxWriteService::transferSignableJson(const IssuedSignable &s) const
{
    const TransferFields &t = s.transfer;
    return QJsonObject{
        {QStringLiteral("amount"), decimal(t.amount)},
        {QStringLiteral("asset_id"), hex(t.assetId)},
        {QStringLiteral("expiration_timestamp"), toInt(t.expiration)},
        {QStringLiteral("nonce"), toInt(t.nonce)},
        {QStringLiteral("payload_hash"), hexMinimal(s.payloadHash)},
        {QStringLiteral("readable_transaction"),
         readable(QJsonObject{{QStringLiteral("type"), QStringLiteral("TransferRequest")},
                              {QStringLiteral("sender"), s.signer},
                              {QStringLiteral("receiver"), s.receiver},
                              {QStringLiteral("token"), tokenJson(s.token)},
                              {QStringLiteral("amount"), decimal(s.baseAmount)}})},
        {QStringLiteral("receiver_stark_key"), hex(t.receiverStarkKey)},
        {QStringLiteral("receiver_vault_id"), toInt(t.receiverVaultId)},
        {QStringLiteral("sender_vault_id"), toInt(t.senderVaultId)},
        {QStringLiteral("verification_signature"), verificationSignature(s.payloadHash)},
    };
}

HttpResponse ImxWriteService::signableTransferV1(const HttpRequest &request, qint64 exchangeId)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    RequestFields in(request.body);
    const QString senderAddress = in.address(QStringLiteral("sender"));
    const QString receiverAddress = in.address(QStringLiteral("receiver"));
    const UInt256 amount = in.decimal(QStringLiteral("amount"));
    const QJsonObject token = in.objectField(QStringLiteral("token"));
    if (!in.ok())
        return badRequest(in.error());
    if (auto denied = checkActingFor(*who, senderAddress))
        return *denied;
    const UserRecord *sender = registeredUser(senderAddress, QStringLiteral("sender"), &error);
    if (sender == nullptr)
        return error;
    ResolvedToken resolved;
    auto prepared = prepareTransfer(*sender, receiverAddress, amount, token, &resolved, &error);
    if (!prepared)
        return error;
    prepared->exchangeId = exchangeId;
    // Passport's exchange transfers skip Guardian (imx-api.md 4.6).
    if (exchangeId == 0)
        registerWithGuardian(*who, *prepared, QStringLiteral("transfer"),
                             QJsonObject{{QStringLiteral("sender"), prepared->signer},
                                         {QStringLiteral("receiver"), prepared->receiver},
                                         {QStringLiteral("token"), resolved.signableToken()},
                                         {QStringLiteral("amount"), decimal(amount)}},
                             resolved.fungible(), amount, resolved.decimals);
    const IssuedSignable &issued = m_signables.issue(std::move(*prepared), m_context.now());
    QJsonObject body = transferSignableJson(issued);
    body.insert(QStringLiteral("sender_stark_key"), hex(issued.transfer.senderStarkKey));
    body.insert(QStringLiteral("signable_message"), issued.signableMessage);
    return HttpResponse::json(200, body);
}

qint64 ImxWriteService::executeTransfer(const IssuedSignable &s)
{
    World &world = m_context.world;
    const QDateTime now = m_context.now();
    m_ledger.move(s.signer, s.receiver, s.token, s.baseAmount, now);
    TransferRecord record;
    record.transactionId = world.nextTransactionId++;
    record.sender = s.signer;
    record.receiver = s.receiver;
    record.token = s.token;
    record.quantity = s.baseAmount;
    record.timestamp = now;
    world.transfers.emplace(record.transactionId, record);
    return record.transactionId;
}

namespace {

//! Reads the StarkEx fields of a transfer create body (v1, or one v2 item with a shared sender key).
TransferFields readTransferFields(RequestFields &in, const std::optional<UInt256> &senderStarkKey)
{
    TransferFields t;
    t.senderStarkKey = senderStarkKey ? *senderStarkKey : in.starkKey(QStringLiteral("sender_stark_key"));
    t.senderVaultId = UInt256(quint64(in.integer(QStringLiteral("sender_vault_id"))));
    t.receiverStarkKey = in.starkKey(QStringLiteral("receiver_stark_key"));
    t.receiverVaultId = UInt256(quint64(in.integer(QStringLiteral("receiver_vault_id"))));
    t.assetId = in.hexNumber(QStringLiteral("asset_id"));
    t.amount = in.decimal(QStringLiteral("amount"));
    t.nonce = UInt256(quint64(in.integer(QStringLiteral("nonce"))));
    t.expiration = UInt256(quint64(in.integer(QStringLiteral("expiration_timestamp"))));
    return t;
}

} // namespace

HttpResponse ImxWriteService::createTransferV1(const HttpRequest &request, qint64 exchangeId)
{
    RequestFields in(request.body);
    const TransferFields fields = readTransferFields(in, std::nullopt);
    const QString signatureText = in.string(QStringLiteral("stark_signature"));
    if (!in.ok())
        return badRequest(in.error());
    IssuedSignable *issued = m_signables.findByNonce(fields.nonce);
    if (issued == nullptr || issued->kind != SignableKind::Transfer || issued->exchangeId != exchangeId)
        return imxError(400, str("signable_not_found"), QStringLiteral("no issued transfer has this nonce"));
    if (!(issued->transfer == fields))
        return refuse(str("signable_mismatch"),
                      QStringLiteral("the fields differ from the issued signable transfer"));
    stark::Signature signature;
    HttpResponse response;
    if (gate(request, *issued, signatureText, &signature, &response) != Gate::Proceed)
        return response;
    if (auto lacking = m_ledger.checkHolding(issued->signer, issued->token, issued->baseAmount)) {
        ++m_signables.counters().rejected;
        return *lacking;
    }
    const qint64 id = executeTransfer(*issued);
    if (exchangeId != 0) {
        ExchangeRecord &exchange = m_context.world.exchanges.at(exchangeId);
        exchange.data.insert(QStringLiteral("transfer_id"), QString::number(id));
        exchange.status = QStringLiteral("pending");
        exchange.updatedAt = m_context.now();
    }
    const QJsonObject result{{QStringLiteral("sent_signature"), QString::fromStdString(signature.toHex())},
                             {QStringLiteral("status"), QStringLiteral("success")},
                             {QStringLiteral("time"), m_context.now().toSecsSinceEpoch()},
                             {QStringLiteral("transfer_id"), id}};
    m_signables.consume(*issued, signature.r, signature.s, result);
    return HttpResponse::json(200, result);
}

HttpResponse ImxWriteService::signableTransferV2(const HttpRequest &request)
{
    HttpResponse error;
    const auto who = caller(request, &error);
    if (!who)
        return error;
    RequestFields in(request.body);
    const QString senderAddress = in.address(QStringLiteral("sender_ether_key"));
    const QJsonArray items = in.array(QStringLiteral("signable_requests"));
    if (in.ok() && items.isEmpty())
        in.fail(QStringLiteral("signable_requests"), QStringLiteral("must not be empty"));
    if (!in.ok())
        return badRequest(in.error());
    if (auto denied = checkActingFor(*who, senderAddress))
        return *denied;
    const UserRecord *sender = registeredUser(senderAddress, QStringLiteral("sender_ether_key"), &error);
    if (sender == nullptr)
        return error;

    std::vector<IssuedSignable> prepared;
    std::vector<ResolvedToken> tokens;
    std::map<QString, UInt256> fungibleTotals;
    std::set<std::pair<QString, QString>> nfts;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("signable_requests[%1]").arg(i);
        if (!items[i].isObject())
            return badRequest(path + QStringLiteral(": expected an object"));
        RequestFields item(items[i].toObject(), path);
        const QString receiver = item.address(QStringLiteral("receiver"));
        const UInt256 amount = item.decimal(QStringLiteral("amount"));
        const QJsonObject token = item.objectField(QStringLiteral("token"));
        if (!item.ok())
            return badRequest(item.error());
        ResolvedToken resolved;
        auto one = prepareTransfer(*sender, receiver, amount, token, &resolved, &error);
        if (!one)
            return error;
        // The batch as a whole must be covered, not only each item on its own.
        if (resolved.fungible()) {
            UInt256 &total = fungibleTotals[resolved.spec.tokenAddress];
            if (total.addInPlace(amount) != 0 || !m_ledger.holds(sender->ethAddress, resolved.spec, total))
                return imxError(400, str("insufficient_balance"),
                                QStringLiteral("the batch exceeds the balance"));
        } else if (!nfts.insert({resolved.spec.tokenAddress, resolved.spec.tokenId}).second) {
            return badRequest(path + QStringLiteral(": the same asset appears twice in the batch"));
        }
        prepared.push_back(std::move(*one));
        tokens.push_back(resolved);
    }
    // One signable_message (and one Guardian record, on the first payload) for the whole batch.
    const QString message = prepared.front().signableMessage;
    QJsonArray metadataItems;
    for (std::size_t i = 0; i < prepared.size(); ++i)
        metadataItems.append(QJsonObject{{QStringLiteral("receiver"), prepared[i].receiver},
                                         {QStringLiteral("token"), tokens[i].signableToken()},
                                         {QStringLiteral("amount"), decimal(prepared[i].baseAmount)}});
    registerWithGuardian(*who, prepared.front(), QStringLiteral("batch_transfer"),
                         QJsonObject{{QStringLiteral("sender"), sender->ethAddress},
                                     {QStringLiteral("transfers"), metadataItems}},
                         false, UInt256(), 0);
    QJsonArray responses;
    for (std::size_t i = 0; i < prepared.size(); ++i) {
        prepared[i].signableMessage = message;
        prepared[i].guardianId = prepared.front().guardianId;
        const IssuedSignable &issued = m_signables.issue(std::move(prepared[i]), m_context.now());
        QJsonObject item = transferSignableJson(issued);
        item.insert(QStringLiteral("token"), tokens[i].signableToken());
        responses.append(item);
    }
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("sender_stark_key"), sender->starkKey.toLower()},
                                          {QStringLiteral("signable_message"), message},
                                          {QStringLiteral("signable_responses"), responses}});
}

HttpResponse ImxWriteService::createTransferV2(const HttpRequest &request)
{
    RequestFields in(request.body);
    const UInt256 senderKey = in.starkKey(QStringLiteral("sender_stark_key"));
    const QJsonArray items = in.array(QStringLiteral("requests"));
    if (in.ok() && items.isEmpty())
        in.fail(QStringLiteral("requests"), QStringLiteral("must not be empty"));
    if (!in.ok())
        return badRequest(in.error());
    std::vector<IssuedSignable *> entries;
    std::vector<stark::Signature> signatures;
    std::set<IssuedSignable *> seen;
    int replays = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("requests[%1]").arg(i);
        if (!items[i].isObject())
            return badRequest(path + QStringLiteral(": expected an object"));
        RequestFields item(items[i].toObject(), path);
        const TransferFields fields = readTransferFields(item, senderKey);
        const QString signatureText = item.string(QStringLiteral("stark_signature"));
        if (!item.ok())
            return badRequest(item.error());
        IssuedSignable *issued = m_signables.findByNonce(fields.nonce);
        if (issued == nullptr || issued->kind != SignableKind::Transfer || issued->exchangeId != 0)
            return imxError(400, str("signable_not_found"),
                            path + QStringLiteral(": no issued transfer has this nonce"));
        if (!(issued->transfer == fields))
            return refuse(str("signable_mismatch"),
                          path + QStringLiteral(": the fields differ from the issued transfer"));
        if (!seen.insert(issued).second)
            return badRequest(path + QStringLiteral(": the same transfer appears twice"));
        stark::Signature signature;
        HttpResponse response;
        const Gate verdict = gate(request, *issued, signatureText, &signature, &response);
        if (verdict == Gate::Refused)
            return response;
        replays += verdict == Gate::Replay ? 1 : 0;
        entries.push_back(issued);
        signatures.push_back(signature);
    }
    if (replays == int(entries.size())) {
        QJsonArray ids;
        for (const IssuedSignable *issued : entries)
            ids.append(issued->result.value(QStringLiteral("transfer_id")));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("transfer_ids"), ids}});
    }
    if (replays != 0)
        return refuse(str("signable_already_used"),
                      QStringLiteral("part of this batch has already been submitted"));
    std::map<QString, UInt256> totals;
    for (const IssuedSignable *issued : entries) {
        UInt256 &total = totals[issued->token.tokenAddress + QLatin1Char('/') + issued->token.tokenId];
        total.addInPlace(issued->baseAmount);
        if (auto lacking = m_ledger.checkHolding(issued->signer, issued->token, total)) {
            ++m_signables.counters().rejected;
            return *lacking;
        }
    }
    QJsonArray ids;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const qint64 id = executeTransfer(*entries[i]);
        ids.append(id);
        m_signables.consume(*entries[i], signatures[i].r, signatures[i].s,
                            QJsonObject{{QStringLiteral("transfer_id"), id}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("transfer_ids"), ids}});
}

// ---------------------------------------------------------------------------------------------
// Orders, cancels and trades

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
    const qint64 expiration = expirationHours.value_or(hour + kDefaultExpirationHours);
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
