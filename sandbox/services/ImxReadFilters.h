// SPDX-License-Identifier: MIT
#pragma once

// Filters and list responses shared by the IMX read services (ImxReadService: balances, assets,
// collections, users, tokens, orders; ImxHistoryService: trades, transfers, deposits,
// withdrawals, mints, exchanges). Internal to the sandbox's services.

#include "services/ImxQuery.h"
#include "world/World.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace stardeck::sandbox::imxread {

using namespace imxquery;

//! 404 with the IMX error body.
HttpResponse notFound(const QString &code, const QString &message);
//! 0x + 40 hex digits, any case.
bool isAddress(const QString &text);
//! Case-insensitive address comparison.
bool sameAddress(const QString &a, const QString &b);
//! A non-negative integer id, or nothing.
std::optional<qint64> parseId(const QString &text);
//! `name` when it is empty or one of `values`; a 400 naming them otherwise.
std::optional<HttpResponse> checkEnum(const HttpRequest &request, const QString &name,
                                      const QStringList &values);
//! The query value, trimmed and lower-cased.
QString lowerValue(const HttpRequest &request, const QString &name);

//! {"cursor", "remaining", "result"} for one page of rows.
template <class T, class Serialise>
HttpResponse listResponse(std::vector<Row<T>> rows, const PageRequest &page, Serialise serialise,
                          bool withRemaining = true)
{
    bool more = false;
    const std::vector<Row<T>> taken = pageOf(std::move(rows), page, &more);
    QJsonArray result;
    for (const Row<T> &row : taken)
        result.append(serialise(*row.record));
    QJsonObject body{{QStringLiteral("result"), result},
                     {QStringLiteral("cursor"),
                      taken.empty() ? QString() : encodeCursor(Cursor{taken.back().key, taken.back().tie})}};
    if (withRemaining)
        body.insert(QStringLiteral("remaining"), more ? 1 : 0);
    return HttpResponse::json(200, body);
}

//! {"cursor", "remaining", "result"} for a list ordered by its map's id.
template <class T, class Accept, class Serialise>
HttpResponse listByIdResponse(const std::map<qint64, T> &map, const PageRequest &page, Accept accept,
                              Serialise serialise)
{
    bool more = false;
    const auto taken = pageById(map, page, accept, &more);
    QJsonArray result;
    for (const auto &[id, record] : taken)
        result.append(serialise(*record));
    const QString cursor = taken.empty()
                               ? QString()
                               : encodeCursor(Cursor{intKey(taken.back().first), intKey(taken.back().first)});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("result"), result},
                                               {QStringLiteral("cursor"), cursor},
                                               {QStringLiteral("remaining"), more ? 1 : 0}});
}

//! Rows of the records `accept` keeps, keyed by `key`.
template <class T, class Accept, class Key>
std::vector<Row<T>> rowsOf(const std::map<qint64, T> &map, Accept accept, Key key)
{
    std::vector<Row<T>> rows;
    for (const auto &[id, record] : map) {
        if (accept(record))
            rows.push_back({key(id, record), intKey(id), &record});
    }
    return rows;
}

//! The `metadata` filter: {"key": ["value", ...]} (a single value is accepted too).
struct MetadataFilter {
    std::vector<std::pair<QString, QSet<QString>>> terms;

    //! Reads query value `name` into `*out` (left unset when absent); a 400 when malformed.
    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &name,
                                             std::optional<MetadataFilter> *out);
    //! Whether every term's key is in `metadata` with one of its values.
    bool matches(const QJsonObject &metadata) const;
};

//! The token filters shared by transfers, deposits, withdrawals, mints and order sides.
struct TokenFilter {
    QString type;
    QString tokenId;
    QString tokenAddress;
    QString tokenName;
    std::optional<UInt256> minQuantity;
    std::optional<UInt256> maxQuantity;
    std::optional<MetadataFilter> metadata;

    //! Reads `<prefix>token_type`, ... (prefix "" or "sell_"/"buy_"; quantities as
    //! `<prefix>min_quantity`, metadata as `<metadataName>`).
    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &prefix,
                                             const QString &metadataName, TokenFilter *out);
    //! Whether `quantity` of the token `spec` passes every filter that is set.
    bool matches(const World &world, const TokenSpec &spec, const UInt256 &quantity) const;
};

//! min_timestamp / max_timestamp (or another pair) as an inclusive range.
struct TimeRange {
    std::optional<QDateTime> min;
    std::optional<QDateTime> max;

    //! Reads the two timestamps; a 400 when either is malformed.
    static std::optional<HttpResponse> parse(const HttpRequest &request, const QString &minName,
                                             const QString &maxName, TimeRange *out);
    bool contains(const QDateTime &t) const { return (!min || t >= *min) && (!max || t <= *max); }
};

} // namespace stardeck::sandbox::imxread
