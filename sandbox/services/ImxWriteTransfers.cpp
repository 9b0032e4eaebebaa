// SPDX-License-Identifier: MIT
// IMX write service: v1/v2 transfers and exchange transfers.
#include "services/ImxWriteInternal.h"

namespace stardeck::sandbox {

using namespace writes_internal;

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
    t.expiration = UInt256(quint64(nowHours() + m_context.options.defaultExpirationHours));
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

} // namespace stardeck::sandbox
