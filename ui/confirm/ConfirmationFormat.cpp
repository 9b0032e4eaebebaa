// SPDX-License-Identifier: MIT
#include "confirm/ConfirmationFormat.h"

#include "crypto/EthAddress.h"
#include "starkex/Amount.h"

#include <QDateTime>
#include <QLocale>

namespace stardeck::ui {

namespace {

//! The last representable expiry: 9999-12-31 23:00 UTC, in hours since the epoch.
constexpr quint64 kLastExpiryHour = 2932897ULL * 24ULL - 1ULL;

//! `digits` split into groups of four, separated by spaces.
QString groupsOfFour(const QString &digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 4);
    for (qsizetype i = 0; i < digits.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += digits.mid(i, 4);
    }
    return out;
}

bool isHexDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    }
    return true;
}

} // namespace

QString ConfirmationFormat::groupedAddress(const QString &address)
{
    const auto parsed = crypto::EthAddress::parse(address.toStdString());
    if (!parsed)
        return address;
    return groupedHex(QString::fromStdString(parsed->toChecksumHex()));
}

QString ConfirmationFormat::groupedHex(const QString &hex)
{
    const bool prefixed = hex.startsWith(QLatin1String("0x")) || hex.startsWith(QLatin1String("0X"));
    const QString digits = prefixed ? hex.mid(2) : hex;
    if (!isHexDigits(digits))
        return hex;
    return QStringLiteral("0x") + groupsOfFour(digits);
}

std::optional<QString> ConfirmationFormat::amount(const crypto::UInt256 &baseUnits,
                                                  const wallet::TokenDisplay &display)
{
    if (display.decimals < 0)
        return std::nullopt;
    const auto text = starkex::formatAmount(baseUnits, unsigned(display.decimals));
    if (!text)
        return std::nullopt;
    const QString number = QString::fromStdString(*text);
    if (display.symbol.isEmpty())
        return number;
    //: An exact amount and its unit, e.g. "1.5 ETH".
    return tr("%1 %2").arg(number, display.symbol);
}

QString ConfirmationFormat::nftName(const wallet::TokenRef &token, const wallet::TokenDisplay &display)
{
    if (!display.name.isEmpty())
        return display.name;
    QString collection = display.collection.isEmpty() ? display.symbol : display.collection;
    if (collection.isEmpty())
        collection = tr("NFT");
    //: An NFT without a name: its collection and token id, e.g. "Starship #12".
    return tr("%1 #%2").arg(collection, token.tokenId);
}

std::optional<QString> ConfirmationFormat::holding(const wallet::TokenRef &token,
                                                   const wallet::TokenDisplay &display,
                                                   const crypto::UInt256 &amount)
{
    if (token.type == wallet::TokenRef::Type::Erc721)
        return nftName(token, display);
    return ConfirmationFormat::amount(amount, display);
}

std::optional<QString> ConfirmationFormat::expiry(const crypto::UInt256 &expirationHours)
{
    if (!expirationHours.fitsU64() || expirationHours.limb[0] > kLastExpiryHour)
        return std::nullopt;
    const qint64 seconds = qint64(expirationHours.limb[0]) * 3600;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

QString ConfirmationFormat::hex(const crypto::UInt256 &value)
{
    return QStringLiteral("0x") + QString::fromStdString(value.toHexMinimal());
}

QString ConfirmationFormat::visible(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const QChar::Category category = c.category();
        const bool hidden =
            category == QChar::Other_Format || (category == QChar::Other_Control && c != QLatin1Char('\n'));
        if (hidden)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString ConfirmationFormat::tokenKind(wallet::TokenRef::Type type)
{
    switch (type) {
    case wallet::TokenRef::Type::Eth:
        return tr("ETH");
    case wallet::TokenRef::Type::Erc20:
        return tr("ERC-20 token");
    case wallet::TokenRef::Type::Erc721:
        return tr("NFT (ERC-721)");
    }
    return QString();
}

} // namespace stardeck::ui
