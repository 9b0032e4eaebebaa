// SPDX-License-Identifier: MIT
#include "actions/InputValidation.h"

#include "crypto/EthAddress.h"
#include "starkex/Amount.h"

#include <QCoreApplication>

namespace stardeck::ui {

using crypto::UInt256;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stardeck::ui::InputValidation", text);
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

//! value / divisor and the remainder, by shift-and-subtract (quanta may exceed 64 bits in theory).
std::pair<UInt256, UInt256> divMod(const UInt256 &value, const UInt256 &divisor)
{
    UInt256 quotient;
    UInt256 remainder;
    for (int i = int(value.bitLength()) - 1; i >= 0; --i) {
        remainder = remainder << 1;
        if (value.bit(unsigned(i)))
            remainder = remainder | UInt256(1);
        if (remainder >= divisor) {
            remainder.subInPlace(divisor);
            quotient = quotient | (UInt256(1) << unsigned(i));
        }
    }
    return {quotient, remainder};
}

} // namespace

QString formatBaseUnits(const UInt256 &baseUnits, unsigned decimals)
{
    const auto text = starkex::formatAmount(baseUnits, decimals);
    return text ? QString::fromStdString(*text) : QStringLiteral("?");
}

QString checksumAddress(const QString &address)
{
    const auto parsed = crypto::EthAddress::parse(address.toStdString());
    return parsed ? QString::fromStdString(parsed->toChecksumHex()) : address;
}

QString shortAddress(const QString &address)
{
    const QString full = checksumAddress(address);
    return full.size() == 42 ? full.left(6) + QStringLiteral("...") + full.right(4) : full;
}

AddressCheck validateAddress(const QString &text, const QString &ownAddress, bool refuseOwn)
{
    AddressCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.empty = true;
        return check;
    }
    if (!trimmed.startsWith(QLatin1String("0x"))) {
        check.message = tr("An address starts with 0x.");
        return check;
    }
    const QString digits = trimmed.mid(2);
    for (QChar c : digits) {
        if (!isHex(c)) {
            check.message = tr("An address has only the digits 0-9 and letters a-f after 0x.");
            return check;
        }
    }
    if (digits.size() != 40) {
        check.message = tr("An address has 40 hex digits after 0x (this one has %1).").arg(digits.size());
        return check;
    }
    const auto parsed = crypto::EthAddress::parse(trimmed.toStdString());
    if (!parsed) {
        check.message = tr("The capitalisation does not match the address checksum (EIP-55): a character "
                           "may be mistyped.");
        return check;
    }
    const QString lower = QString::fromStdString(parsed->toLowerHex());
    if (refuseOwn && !ownAddress.isEmpty() && lower.compare(ownAddress, Qt::CaseInsensitive) == 0) {
        check.message = tr("This is your own address.");
        return check;
    }
    check.ok = true;
    check.address = lower;
    return check;
}

AmountCheck validateAmount(const QString &text, const AmountRules &rules)
{
    AmountCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.empty = true;
        return check;
    }
    const auto parsed = starkex::parseDecimalAmount(trimmed.toStdString(), rules.decimals);
    if (!parsed) {
        const qsizetype dot = trimmed.indexOf(u'.');
        bool digitsOnly = true;
        for (QChar c : trimmed)
            digitsOnly = digitsOnly && (c.isDigit() || c == u'.');
        if (digitsOnly && dot >= 0 && trimmed.size() - dot - 1 > qsizetype(rules.decimals))
            check.message = rules.decimals == 0
                                ? tr("%1 has no decimals: enter a whole number.").arg(rules.symbol)
                                : tr("%1 has at most %2 decimals.").arg(rules.symbol).arg(rules.decimals);
        else
            check.message = tr("Enter an amount like 1.25 (digits and one point, no spaces or commas).");
        return check;
    }
    const UInt256 amount = *parsed;
    if (amount.isZero()) {
        check.message = tr("The amount must be more than zero.");
        return check;
    }
    if (rules.quantum.isZero()) {
        check.message = tr("This token has no valid quantum; it cannot be moved.");
        return check;
    }
    const auto [units, rest] = divMod(amount, rules.quantum);
    if (!rest.isZero()) {
        UInt256 above = units;
        above.addInPlace(UInt256(1));
        const auto down = starkex::dequantize(units, rules.quantum);
        const auto up = starkex::dequantize(above, rules.quantum);
        const UInt256 belowAmount = down ? *down : UInt256();
        const UInt256 aboveAmount = up ? *up : UInt256();
        const QString step = formatBaseUnits(rules.quantum, rules.decimals);
        if (belowAmount.isZero())
            check.message = tr("Amounts of %1 move in steps of %2: the nearest valid amount is %3.")
                                .arg(rules.symbol, step, formatBaseUnits(aboveAmount, rules.decimals));
        else
            check.message = tr("Amounts of %1 move in steps of %2: the nearest valid amounts are %3 and %4.")
                                .arg(rules.symbol, step, formatBaseUnits(belowAmount, rules.decimals),
                                     formatBaseUnits(aboveAmount, rules.decimals));
        return check;
    }
    if (rules.available && amount > *rules.available) {
        check.message = tr("More than your available balance (%1 %2).")
                            .arg(formatBaseUnits(*rules.available, rules.decimals), rules.symbol);
        return check;
    }
    check.ok = true;
    check.baseUnits = amount;
    return check;
}

} // namespace stardeck::ui
