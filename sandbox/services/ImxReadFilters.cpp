// SPDX-License-Identifier: MIT
#include "services/ImxReadFilters.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace stardeck::sandbox::imxread {

namespace {

//! A metadata value as the text the filter compares.
QString textOf(const QJsonValue &v)
{
    return v.toVariant().toString();
}

} // namespace

HttpResponse notFound(const QString &code, const QString &message)
{
    return imxError(404, code, message);
}

bool isAddress(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    return re.match(text).hasMatch();
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

std::optional<HttpResponse> checkEnum(const HttpRequest &request, const QString &name,
                                      const QStringList &values)
{
    const QString value = request.queryValue(name);
    if (!value.isEmpty() && !values.contains(value))
        return badRequest(
            QStringLiteral("%1 must be one of: %2").arg(name, values.join(QStringLiteral(", "))));
    return std::nullopt;
}

QString lowerValue(const HttpRequest &request, const QString &name)
{
    return request.queryValue(name).trimmed().toLower();
}

std::optional<HttpResponse> MetadataFilter::parse(const HttpRequest &request, const QString &name,
                                                  std::optional<MetadataFilter> *out)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("%1 must be a JSON object such as {\"key\":[\"value\"]}").arg(name));
    MetadataFilter filter;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QSet<QString> values;
        const QJsonArray array = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &v : array) {
            if (v.isObject() || v.isArray() || v.isNull())
                return badRequest(QStringLiteral("%1: values of '%2' must be strings, numbers or booleans")
                                      .arg(name, it.key()));
            values.insert(textOf(v));
        }
        filter.terms.emplace_back(it.key(), values);
    }
    *out = std::move(filter);
    return std::nullopt;
}

bool MetadataFilter::matches(const QJsonObject &metadata) const
{
    for (const auto &[key, values] : terms) {
        const auto it = metadata.constFind(key);
        if (it == metadata.constEnd() || !values.contains(textOf(it.value())))
            return false;
    }
    return true;
}

std::optional<HttpResponse> TokenFilter::parse(const HttpRequest &request, const QString &prefix,
                                               const QString &metadataName, TokenFilter *out)
{
    out->type = request.queryValue(prefix + QStringLiteral("token_type"));
    if (!out->type.isEmpty() && out->type != QLatin1String("ETH") && out->type != QLatin1String("ERC20") &&
        out->type != QLatin1String("ERC721"))
        return badRequest(QStringLiteral("%1token_type must be ETH, ERC20 or ERC721").arg(prefix));
    out->tokenId = request.queryValue(prefix + QStringLiteral("token_id"));
    out->tokenAddress = request.queryValue(prefix + QStringLiteral("token_address")).toLower();
    out->tokenName = request.queryValue(prefix + QStringLiteral("token_name"));
    if (auto e = parseAmount(request, prefix + QStringLiteral("min_quantity"), &out->minQuantity))
        return e;
    if (auto e = parseAmount(request, prefix + QStringLiteral("max_quantity"), &out->maxQuantity))
        return e;
    return metadataName.isEmpty() ? std::nullopt
                                  : MetadataFilter::parse(request, metadataName, &out->metadata);
}

bool TokenFilter::matches(const World &world, const TokenSpec &spec, const UInt256 &quantity) const
{
    if (!type.isEmpty() && spec.type != type)
        return false;
    if (!tokenId.isEmpty() && spec.tokenId != tokenId)
        return false;
    if (!tokenAddress.isEmpty() && !sameAddress(spec.tokenAddress, tokenAddress))
        return false;
    if ((minQuantity && quantity < *minQuantity) || (maxQuantity && quantity > *maxQuantity))
        return false;
    if (tokenName.isEmpty() && !metadata)
        return true;
    if (spec.type == QLatin1String("ERC721")) {
        const auto it = world.assets.find({spec.tokenAddress.toLower(), spec.tokenId});
        if (it == world.assets.end())
            return false;
        if (!tokenName.isEmpty() && !it->second.name.contains(tokenName, Qt::CaseInsensitive))
            return false;
        return !metadata || metadata->matches(it->second.metadata);
    }
    if (metadata)
        return false;
    const auto token = world.tokens.find(spec.tokenAddress.toLower());
    return token != world.tokens.end() && (token->second.name.contains(tokenName, Qt::CaseInsensitive) ||
                                           token->second.symbol.compare(tokenName, Qt::CaseInsensitive) == 0);
}

std::optional<HttpResponse> TimeRange::parse(const HttpRequest &request, const QString &minName,
                                             const QString &maxName, TimeRange *out)
{
    if (auto e = parseTimestamp(request, minName, &out->min))
        return e;
    return parseTimestamp(request, maxName, &out->max);
}

} // namespace stardeck::sandbox::imxread
