// SPDX-License-Identifier: MIT
#include "wallet/TokenBook.h"

#include "wallet/WalletApp.h"

#include "api/ImxClient.h"
#include "starkex/Amount.h"

#include <memory>

namespace stardeck::cli {

namespace {

QString key(const QString &address)
{
    const QString lower = address.toLower();
    return lower == QLatin1String("eth") ? QString() : lower;
}

} // namespace

void TokenBook::load(api::ImxClient &client, QObject *context, TokenBook &book,
                     std::function<void(wallet::WalletStatus)> done)
{
    // The page request in flight holds the pager; the pager holds itself only weakly, so it is
    // freed with the request's callback (also when `context` dies and the callback is dropped).
    using Pager = std::function<void(const QString &)>;
    auto next = std::make_shared<Pager>();
    *next = [&client, context, &book, done, weak = std::weak_ptr<Pager>(next)](const QString &cursor) {
        std::shared_ptr<Pager> self = weak.lock();
        if (!self)
            return;
        api::ListQuery query;
        query.pageSize = 200;
        query.cursor = cursor;
        client.tokens(query, context, [&book, done, self](api::ApiResult<api::Page<api::TokenDetails>> page) {
            if (!page) {
                done(WalletApp::fromApi(page.error()));
                return;
            }
            for (const api::TokenDetails &token : page->items)
                book.add(token);
            if (page->hasMore && !page->cursor.isEmpty()) {
                (*self)(page->cursor);
                return;
            }
            done({});
        });
    };
    (*next)(QString());
}

void TokenBook::add(const api::TokenDetails &token)
{
    m_tokens.insert(key(token.tokenAddress), token);
}

std::optional<api::TokenDetails> TokenBook::find(const QString &address) const
{
    const auto it = m_tokens.constFind(key(address));
    if (it == m_tokens.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<api::TokenDetails> TokenBook::findSymbol(const QString &symbol) const
{
    std::optional<api::TokenDetails> found;
    for (const api::TokenDetails &token : m_tokens) {
        if (token.symbol.compare(symbol, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt;
            found = token;
        }
    }
    return found;
}

QString TokenBook::formatUnits(const crypto::UInt256 &baseUnits, int decimals)
{
    if (decimals >= 0) {
        auto text = starkex::formatAmount(baseUnits, unsigned(decimals));
        if (text)
            return QString::fromStdString(*text);
    }
    return QString::fromStdString(baseUnits.toDecimal());
}

std::optional<int> TokenBook::decimalsOf(const api::TokenAmount &amount) const
{
    if (amount.type == QLatin1String("ERC721"))
        return 0;
    if (amount.decimals)
        return *amount.decimals;
    if (const auto token = find(amount.tokenAddress.value_or(QString())))
        return token->decimals;
    return std::nullopt;
}

QString TokenBook::describe(const api::TokenAmount &amount) const
{
    if (amount.type == QLatin1String("ERC721"))
        return QStringLiteral("NFT %1#%2")
            .arg(shortAddress(amount.tokenAddress.value_or(QString())),
                 amount.tokenId.value_or(QStringLiteral("?")));
    const auto decimals = decimalsOf(amount);
    QString symbol = amount.symbol.value_or(QString());
    if (symbol.isEmpty()) {
        if (const auto token = find(amount.tokenAddress.value_or(QString())))
            symbol = token->symbol;
    }
    if (!decimals)
        return QStringLiteral("%1 base units of %2")
            .arg(QString::fromStdString(amount.quantity.toDecimal()),
                 symbol.isEmpty() ? amount.tokenAddress.value_or(QStringLiteral("?")) : symbol);
    return formatUnits(amount.quantity, *decimals) + u' ' + symbol;
}

QJsonObject TokenBook::toJson(const api::TokenAmount &amount) const
{
    QJsonObject o{{QStringLiteral("type"), amount.type},
                  {QStringLiteral("amount_base_units"), QString::fromStdString(amount.quantity.toDecimal())}};
    if (amount.tokenAddress)
        o.insert(QStringLiteral("token_address"), *amount.tokenAddress);
    if (amount.tokenId)
        o.insert(QStringLiteral("token_id"), *amount.tokenId);
    QString symbol = amount.symbol.value_or(QString());
    if (symbol.isEmpty()) {
        if (const auto token = find(amount.tokenAddress.value_or(QString()));
            token && amount.type != QLatin1String("ERC721"))
            symbol = token->symbol;
    }
    if (!symbol.isEmpty())
        o.insert(QStringLiteral("symbol"), symbol);
    if (const auto decimals = decimalsOf(amount)) {
        o.insert(QStringLiteral("decimals"), *decimals);
        o.insert(QStringLiteral("amount"), formatUnits(amount.quantity, *decimals));
    }
    return o;
}

QString shortAddress(const QString &address)
{
    if (address.size() <= 14)
        return address;
    return address.left(6) + QStringLiteral("…") + address.right(4);
}

} // namespace stardeck::cli
