// SPDX-License-Identifier: MIT
#pragma once

// Query parsing and cursor pagination shared by the IMX list endpoints (imx-api.md 2):
// page_size (default 100, 1..200), an opaque cursor, order_by from a per-endpoint list and
// direction asc|desc. Bad values are 400 with the IMX error body. Every list is ordered by a
// sort key plus a unique tie-breaker, so paging is stable; the cursor is base64url of both.

#include "crypto/UInt256.h"
#include "http/HttpMessage.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace stardeck::sandbox::imxquery {

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 200;

//! The position after which a page starts.
struct Cursor {
    QString key; //!< the sort key of the last item served
    QString tie; //!< its unique tie-breaker
};

//! page_size, cursor, order_by and direction of one list request.
struct PageRequest {
    int pageSize = kDefaultPageSize;
    QString orderBy;
    bool descending = false;
    std::optional<Cursor> after;
};

//! A 400 with the IMX error body (code "bad_request").
HttpResponse badRequest(const QString &message);

//! Parses the pagination parameters. `orderBys` lists the accepted order_by values; the first
//! is the default. `descendingByDefault` is the direction when none is given.
std::optional<HttpResponse> parsePage(const HttpRequest &request, const QStringList &orderBys,
                                      bool descendingByDefault, PageRequest *page);

//! Encodes a cursor (base64url, no padding).
QString encodeCursor(const Cursor &cursor);
//! Decodes a cursor; nullopt when it is not one of ours.
std::optional<Cursor> decodeCursor(const QString &text);

//! Parses an optional ISO 8601 query value (e.g. 2022-05-27T00:10:22Z); 400 when malformed.
std::optional<HttpResponse> parseTimestamp(const HttpRequest &request, const QString &name,
                                           std::optional<QDateTime> *value);
//! Parses an optional boolean query value ("true"/"false"); 400 otherwise.
std::optional<HttpResponse> parseBool(const HttpRequest &request, const QString &name,
                                      std::optional<bool> *value);
//! Parses an optional non-negative decimal amount; 400 otherwise.
std::optional<HttpResponse> parseAmount(const HttpRequest &request, const QString &name,
                                        std::optional<crypto::UInt256> *value);
//! A comma-separated query value as a lower-cased set (empty when absent).
QSet<QString> csvLower(const HttpRequest &request, const QString &name);

//! A sort key that orders like the integer (fixed width, non-negative values).
QString intKey(qint64 value);
//! A sort key that orders like the 256-bit integer.
QString uintKey(const crypto::UInt256 &value);
//! A sort key for a timestamp (ms since epoch; invalid sorts first).
QString timeKey(const QDateTime &time);
//! ISO 8601 UTC with milliseconds, or null for an invalid time.
QJsonValue isoTime(const QDateTime &time);

//! One candidate row of a list.
template <class T>
struct Row {
    QString key;
    QString tie;
    const T *record;
};

//! The page of `rows` (any order) that `page` asks for; *more says whether rows remain.
//! O(n + page log page): rows before the cursor are dropped, then only the page is sorted.
template <class T>
std::vector<Row<T>> pageOf(std::vector<Row<T>> rows, const PageRequest &page, bool *more)
{
    auto less = [](const Row<T> &a, const Row<T> &b) {
        const int c = QString::compare(a.key, b.key);
        return c != 0 ? c < 0 : QString::compare(a.tie, b.tie) < 0;
    };
    auto before = [&](const Row<T> &a, const Row<T> &b) { return page.descending ? less(b, a) : less(a, b); };
    if (page.after) {
        const Row<T> probe{page.after->key, page.after->tie, nullptr};
        std::erase_if(rows, [&](const Row<T> &row) { return !before(probe, row); });
    }
    const std::size_t take = std::min<std::size_t>(rows.size(), std::size_t(page.pageSize));
    *more = rows.size() > take;
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(take), rows.end(), before);
    rows.resize(take);
    return rows;
}

//! The page of a map keyed by id when the list is ordered by that id (no sort, no copies):
//! ids after the cursor in the requested direction that `accept` keeps. Cursors match Row's
//! (key = tie = intKey(id)).
template <class T, class Accept>
std::vector<std::pair<qint64, const T *>> pageById(const std::map<qint64, T> &map, const PageRequest &page,
                                                   Accept accept, bool *more)
{
    std::vector<std::pair<qint64, const T *>> result;
    const std::size_t want = std::size_t(page.pageSize) + 1;
    const qint64 after = page.after ? page.after->tie.toLongLong() : 0;
    if (!page.descending) {
        for (auto it = page.after ? map.upper_bound(after) : map.begin();
             it != map.end() && result.size() < want; ++it) {
            if (accept(it->second))
                result.emplace_back(it->first, &it->second);
        }
    } else {
        auto it = page.after ? map.lower_bound(after) : map.end();
        while (it != map.begin() && result.size() < want) {
            --it;
            if (accept(it->second))
                result.emplace_back(it->first, &it->second);
        }
    }
    *more = result.size() == want;
    if (*more)
        result.pop_back();
    return result;
}

} // namespace stardeck::sandbox::imxquery
