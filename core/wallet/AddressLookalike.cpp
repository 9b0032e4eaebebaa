// SPDX-License-Identifier: MIT
#include "wallet/AddressLookalike.h"

#include <QRegularExpression>

namespace stardeck::wallet {

namespace {

//! The 40 lower-case hex digits of an Ethereum address, or empty if it is not one.
QString digits(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^0[xX][0-9a-fA-F]{40}$"));
    return pattern.match(address).hasMatch() ? address.mid(2).toLower() : QString();
}

} // namespace

std::optional<QString> AddressLookalike::find(const QString &recipient, const QStringList &known)
{
    const QString r = digits(recipient);
    if (r.isEmpty())
        return std::nullopt;
    for (const QString &candidate : known) {
        const QString k = digits(candidate);
        if (k.isEmpty() || k == r)
            continue;
        if (k.left(kEdgeChars) == r.left(kEdgeChars) && k.right(kEdgeChars) == r.right(kEdgeChars))
            return candidate;
    }
    return std::nullopt;
}

} // namespace stardeck::wallet
