// SPDX-License-Identifier: MIT
#include "services/GuardianLedger.h"

#include "starkex/Amount.h"

namespace stardeck::sandbox {

QString GuardianRecord::status() const
{
    return approved ? QStringLiteral("approved") : QStringLiteral("pending");
}

QJsonObject GuardianRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("eth_address"), ethAddress},
        {QStringLiteral("status"), status()},
        {QStringLiteral("transaction_type"), transactionType},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("transaction_metadata"), metadata},
        {QStringLiteral("client_name"), QStringLiteral("stardeck-sandbox")},
    };
}

bool GuardianLedger::setTransferThreshold(const QString &wholeTokens)
{
    if (!starkex::parseDecimalAmount(wholeTokens.toStdString(), 0) &&
        !starkex::parseDecimalAmount(wholeTokens.toStdString(), 18))
        return false;
    m_threshold = wholeTokens;
    return true;
}

bool GuardianLedger::requiresConfirmation(const QString &transactionType, bool fungible,
                                          const UInt256 &baseAmount, int decimals) const
{
    switch (m_mode) {
    case GuardianMode::Always:
        return true;
    case GuardianMode::Never:
        return false;
    case GuardianMode::Default:
        break;
    }
    if (transactionType == QLatin1String("order") || transactionType == QLatin1String("trade"))
        return true;
    if (transactionType != QLatin1String("transfer") || !fungible)
        return false;
    const auto threshold = starkex::parseDecimalAmount(m_threshold.toStdString(), unsigned(decimals));
    // A threshold finer than the token's decimals rounds to "any amount".
    return !threshold || baseAmount > *threshold;
}

QString GuardianLedger::canonicalId(const QString &id)
{
    const auto value = UInt256::fromHex(id.toStdString());
    return value ? QString::fromStdString(value->toHexMinimal()) : id.toLower();
}

GuardianRecord &GuardianLedger::add(GuardianRecord record)
{
    // Old records go after a day, so long benches and demos stay bounded in memory.
    if (++m_addedSincePrune >= 4096) {
        m_addedSincePrune = 0;
        const QDateTime horizon = record.createdAt.addSecs(-24 * 3600);
        std::erase_if(m_records, [this, &horizon](const auto &entry) {
            const bool old = entry.second.createdAt < horizon;
            if (old && m_trackChanges)
                m_changed.insert(entry.first);
            return old;
        });
    }
    ++m_counters.records;
    auto [it, inserted] = m_records.try_emplace(canonicalId(record.id));
    if (m_trackChanges)
        m_changed.insert(it->first);
    if (inserted || !it->second.approved)
        it->second = std::move(record);
    return it->second;
}

GuardianRecord *GuardianLedger::find(const QString &id)
{
    const auto it = m_records.find(canonicalId(id));
    if (it == m_records.end())
        return nullptr;
    if (m_trackChanges) // callers may change the record through the pointer (evaluate, approve)
        m_changed.insert(it->first);
    return &it->second;
}

bool GuardianLedger::allows(const QString &id)
{
    const auto it = m_records.find(canonicalId(id)); // read only: not a change to save
    const GuardianRecord *record = it == m_records.end() ? nullptr : &it->second;
    return record == nullptr || !record->confirmationRequired || record->approved;
}

std::optional<GuardianMode> GuardianLedger::parseMode(const QString &name)
{
    if (name == QLatin1String("default"))
        return GuardianMode::Default;
    if (name == QLatin1String("always"))
        return GuardianMode::Always;
    if (name == QLatin1String("never"))
        return GuardianMode::Never;
    return std::nullopt;
}

QString GuardianLedger::modeName(GuardianMode mode)
{
    switch (mode) {
    case GuardianMode::Always:
        return QStringLiteral("always");
    case GuardianMode::Never:
        return QStringLiteral("never");
    case GuardianMode::Default:
        break;
    }
    return QStringLiteral("default");
}

} // namespace stardeck::sandbox
