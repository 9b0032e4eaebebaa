// SPDX-License-Identifier: MIT
#include "services/ImxQuery.h"

#include <QByteArray>

namespace stardeck::sandbox::imxquery {

HttpResponse badRequest(const QString &message)
{
    return imxError(400, QStringLiteral("bad_request"), message);
}

std::optional<HttpResponse> parsePage(const HttpRequest &request, const QStringList &orderBys,
                                      bool descendingByDefault, PageRequest *page)
{
    if (request.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        const int size = request.queryValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || size < 1 || size > kMaxPageSize)
            return badRequest(
                QStringLiteral("page_size must be an integer between 1 and %1").arg(kMaxPageSize));
        page->pageSize = size;
    }
    page->orderBy = orderBys.value(0);
    const QString orderBy = request.queryValue(QStringLiteral("order_by"));
    if (!orderBy.isEmpty()) {
        if (!orderBys.contains(orderBy))
            return badRequest(
                QStringLiteral("order_by must be one of: %1").arg(orderBys.join(QStringLiteral(", "))));
        page->orderBy = orderBy;
    }
    page->descending = descendingByDefault;
    const QString direction = request.queryValue(QStringLiteral("direction"));
    if (!direction.isEmpty()) {
        if (direction.compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0)
            page->descending = false;
        else if (direction.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
            page->descending = true;
        else
            return badRequest(QStringLiteral("direction must be asc or desc"));
    }
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        page->after = decodeCursor(cursor);
        if (!page->after)
            return badRequest(QStringLiteral("invalid cursor"));
    }
    return std::nullopt;
}

QString encodeCursor(const Cursor &cursor)
{
    const QByteArray raw = "c1\n" + cursor.key.toUtf8() + '\n' + cursor.tie.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('\n');
    if (parts.size() != 3 || parts[0] != "c1")
        return std::nullopt;
    return Cursor{QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])};
}

std::optional<HttpResponse> parseTimestamp(const HttpRequest &request, const QString &name,
                                           std::optional<QDateTime> *value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return badRequest(
            QStringLiteral("%1 must be an ISO 8601 timestamp, e.g. 2022-05-27T00:10:22Z").arg(name));
    *value = t.toUTC();
    return std::nullopt;
}

std::optional<HttpResponse> parseBool(const HttpRequest &request, const QString &name,
                                      std::optional<bool> *value)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    const QString text = request.queryValue(name);
    if (text == QLatin1String("true"))
        *value = true;
    else if (text == QLatin1String("false"))
        *value = false;
    else
        return badRequest(QStringLiteral("%1 must be true or false").arg(name));
    return std::nullopt;
}

std::optional<HttpResponse> parseAmount(const HttpRequest &request, const QString &name,
                                        std::optional<crypto::UInt256> *value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = crypto::UInt256::fromDecimal(text.toStdString());
    if (!parsed)
        return badRequest(QStringLiteral("%1 must be a non-negative decimal integer").arg(name));
    *value = *parsed;
    return std::nullopt;
}

QSet<QString> csvLower(const HttpRequest &request, const QString &name)
{
    QSet<QString> values;
    const QStringList parts = request.queryValue(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        values.insert(part.trimmed().toLower());
    values.remove(QString());
    return values;
}

QString intKey(qint64 value)
{
    // Hot in list sorting: a fixed-width digit buffer instead of QString::arg.
    char digits[20];
    quint64 v = value < 0 ? 0 : quint64(value);
    for (int i = 19; i >= 0; --i) {
        digits[i] = char('0' + v % 10);
        v /= 10;
    }
    return QString::fromLatin1(digits, 20);
}

QString uintKey(const crypto::UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

QString timeKey(const QDateTime &time)
{
    return intKey(time.isValid() ? std::max<qint64>(0, time.toMSecsSinceEpoch()) : 0);
}

QJsonValue isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace stardeck::sandbox::imxquery
