// SPDX-License-Identifier: MIT
#include "api/ImxDecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

namespace stardeck::api::decode {

namespace {

// Integers above 2^53 cannot be represented exactly by QJsonValue's double.
constexpr double kMaxExactInteger = 9007199254740992.0;

//! Walks one JSON document and remembers the first failure with its path; every read after a
//! failure is a no-op, so decoders read straight through and check once at the end.
class Reader {
public:
    bool failed() const { return m_error.has_value(); }
    ApiError error() const { return *m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = ApiError{ApiError::Kind::Decode, 0, {}, message, path, 1};
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    //! The value of a required key, or nullopt (and a failure) when absent.
    std::optional<QJsonValue> required(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (failed())
            return std::nullopt;
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            fail(join(path, key), QStringLiteral("required field is missing"));
            return std::nullopt;
        }
        return it.value();
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(join(path, key), QStringLiteral("expected a string"));
            return {};
        }
        return v->toString();
    }

    //! A string that may be null; `mustExist` for required x-nullable fields, else it may be absent.
    std::optional<QString> nullableString(const QJsonObject &o, const QString &path, const QString &key,
                                          bool mustExist)
    {
        if (failed())
            return std::nullopt;
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (mustExist)
                fail(join(path, key), QStringLiteral("required field is missing"));
            return std::nullopt;
        }
        if (it->isNull())
            return std::nullopt;
        if (!it->isString()) {
            fail(join(path, key), QStringLiteral("expected a string or null"));
            return std::nullopt;
        }
        return it->toString();
    }

    std::optional<QString> optionalString(const QJsonObject &o, const QString &path, const QString &key)
    {
        return nullableString(o, path, key, false);
    }

    UInt256 amountFrom(const QJsonValue &v, const QString &fieldPath)
    {
        if (!v.isString()) {
            fail(fieldPath, QStringLiteral("expected a decimal amount string"));
            return {};
        }
        const std::string text = v.toString().toStdString();
        auto parsed = UInt256::fromDecimal(text);
        if (!parsed) {
            fail(fieldPath, QStringLiteral("invalid amount \"%1\": %2")
                                .arg(v.toString().left(80), QString::fromStdString(parsed.error().message)));
            return {};
        }
        return *parsed;
    }

    UInt256 amount(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        return v ? amountFrom(*v, join(path, key)) : UInt256{};
    }

    std::optional<UInt256> nullableAmount(const QJsonObject &o, const QString &path, const QString &key,
                                          bool mustExist)
    {
        if (failed())
            return std::nullopt;
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (mustExist)
                fail(join(path, key), QStringLiteral("required field is missing"));
            return std::nullopt;
        }
        if (it->isNull())
            return std::nullopt;
        return amountFrom(*it, join(path, key));
    }

    std::int64_t integerFrom(const QJsonValue &v, const QString &fieldPath)
    {
        if (!v.isDouble()) {
            fail(fieldPath, QStringLiteral("expected an integer"));
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExactInteger) {
            fail(fieldPath, QStringLiteral("expected an exact integer"));
            return 0;
        }
        return static_cast<std::int64_t>(d);
    }

    std::int64_t integer(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        return v ? integerFrom(*v, join(path, key)) : 0;
    }

    std::optional<int> optionalDecimals(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (failed() || !o.contains(key) || o.value(key).isNull())
            return std::nullopt;
        const std::int64_t d = integerFrom(o.value(key), join(path, key));
        if (!failed() && (d < 0 || d > 77)) {
            fail(join(path, key), QStringLiteral("decimals out of range 0..77"));
            return std::nullopt;
        }
        return failed() ? std::nullopt : std::optional<int>(int(d));
    }

    double number(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        if (!v)
            return 0;
        if (!v->isDouble()) {
            fail(join(path, key), QStringLiteral("expected a number"));
            return 0;
        }
        return v->toDouble();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        if (!v)
            return false;
        if (!v->isBool()) {
            fail(join(path, key), QStringLiteral("expected a boolean"));
            return false;
        }
        return v->toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        if (!v)
            return {};
        if (!v->isObject()) {
            fail(join(path, key), QStringLiteral("expected an object"));
            return {};
        }
        return v->toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = required(o, path, key);
        if (!v)
            return {};
        if (!v->isArray()) {
            fail(join(path, key), QStringLiteral("expected an array"));
            return {};
        }
        return v->toArray();
    }

    //! Element i of an array as an object.
    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path)
    {
        if (failed())
            return {};
        if (!a.at(i).isObject()) {
            fail(itemPath(path, i), QStringLiteral("expected an object"));
            return {};
        }
        return a.at(i).toObject();
    }

    static QString itemPath(const QString &path, qsizetype i)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(i);
    }

private:
    std::optional<ApiError> m_error;
};

//! Parses the body as one JSON document; the root must be an object (or an array with wantArray).
std::optional<QJsonDocument> parse(const QByteArray &body, Reader &r, bool wantArray)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QString(), QStringLiteral("invalid JSON at offset %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (wantArray ? !doc.isArray() : !doc.isObject()) {
        r.fail(QString(), wantArray ? QStringLiteral("expected a JSON array")
                                    : QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc;
}

Balance readBalance(const QJsonObject &o, const QString &p, Reader &r)
{
    Balance b;
    b.symbol = r.string(o, p, QStringLiteral("symbol"));
    b.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    b.balance = r.amount(o, p, QStringLiteral("balance"));
    b.preparingWithdrawal = r.amount(o, p, QStringLiteral("preparing_withdrawal"));
    b.withdrawable = r.amount(o, p, QStringLiteral("withdrawable"));
    return b;
}

Asset readAsset(const QJsonObject &o, const QString &p, Reader &r)
{
    Asset a;
    a.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    a.tokenId = r.string(o, p, QStringLiteral("token_id"));
    a.user = r.string(o, p, QStringLiteral("user"));
    a.status = r.string(o, p, QStringLiteral("status"));
    a.id = r.optionalString(o, p, QStringLiteral("id"));
    a.uri = r.nullableString(o, p, QStringLiteral("uri"), true);
    a.name = r.nullableString(o, p, QStringLiteral("name"), true);
    a.description = r.nullableString(o, p, QStringLiteral("description"), true);
    a.imageUrl = r.nullableString(o, p, QStringLiteral("image_url"), true);
    a.createdAt = r.nullableString(o, p, QStringLiteral("created_at"), true);
    a.updatedAt = r.nullableString(o, p, QStringLiteral("updated_at"), true);
    if (const auto metadata = r.required(o, p, QStringLiteral("metadata"))) {
        if (metadata->isObject())
            a.metadata = metadata->toObject();
        else if (!metadata->isNull())
            r.fail(Reader::join(p, QStringLiteral("metadata")), QStringLiteral("expected an object or null"));
    }
    const QString cp = Reader::join(p, QStringLiteral("collection"));
    const QJsonObject c = r.object(o, p, QStringLiteral("collection"));
    a.collection.name = r.string(c, cp, QStringLiteral("name"));
    a.collection.iconUrl = r.nullableString(c, cp, QStringLiteral("icon_url"), true);
    if (!r.failed() && o.contains(QStringLiteral("fees"))) {
        const QString fp = Reader::join(p, QStringLiteral("fees"));
        const QJsonArray fees = r.array(o, p, QStringLiteral("fees"));
        for (qsizetype i = 0; i < fees.size() && !r.failed(); ++i) {
            const QJsonObject f = r.element(fees, i, fp);
            const QString ip = Reader::itemPath(fp, i);
            Fee fee;
            fee.address = r.string(f, ip, QStringLiteral("address"));
            fee.percentage = r.number(f, ip, QStringLiteral("percentage"));
            fee.type = r.string(f, ip, QStringLiteral("type"));
            a.fees.push_back(fee);
        }
    }
    return a;
}

Collection readCollection(const QJsonObject &o, const QString &p, Reader &r)
{
    Collection c;
    c.address = r.string(o, p, QStringLiteral("address"));
    c.name = r.string(o, p, QStringLiteral("name"));
    c.description = r.nullableString(o, p, QStringLiteral("description"), true);
    c.iconUrl = r.nullableString(o, p, QStringLiteral("icon_url"), true);
    c.collectionImageUrl = r.nullableString(o, p, QStringLiteral("collection_image_url"), true);
    c.metadataApiUrl = r.nullableString(o, p, QStringLiteral("metadata_api_url"), true);
    c.projectId = r.integer(o, p, QStringLiteral("project_id"));
    c.projectOwnerAddress = r.string(o, p, QStringLiteral("project_owner_address"));
    c.createdAt = r.nullableString(o, p, QStringLiteral("created_at"), true);
    c.updatedAt = r.nullableString(o, p, QStringLiteral("updated_at"), true);
    return c;
}

MetadataSchemaProperty readSchemaProperty(const QJsonObject &o, const QString &p, Reader &r)
{
    MetadataSchemaProperty s;
    s.name = r.string(o, p, QStringLiteral("name"));
    s.type = r.string(o, p, QStringLiteral("type"));
    s.filterable = r.boolean(o, p, QStringLiteral("filterable"));
    return s;
}

TokenDetails readToken(const QJsonObject &o, const QString &p, Reader &r)
{
    TokenDetails t;
    t.name = r.string(o, p, QStringLiteral("name"));
    t.symbol = r.string(o, p, QStringLiteral("symbol"));
    t.tokenAddress = r.string(o, p, QStringLiteral("token_address"));
    t.imageUrl = r.string(o, p, QStringLiteral("image_url"));
    const QString decimals = r.string(o, p, QStringLiteral("decimals"));
    if (!r.failed()) {
        // The spec sends decimals as a string; a UInt256 holds at most 77 full decimal digits.
        bool ok = false;
        const int d = decimals.toInt(&ok);
        const bool digitsOnly =
            !decimals.isEmpty() && decimals.size() <= 2 &&
            std::all_of(decimals.cbegin(), decimals.cend(), [](QChar ch) { return ch.isDigit(); });
        if (!ok || !digitsOnly || d > 77)
            r.fail(Reader::join(p, QStringLiteral("decimals")),
                   QStringLiteral("expected decimals \"0\"..\"77\""));
        t.decimals = d;
    }
    t.quantum = r.amount(o, p, QStringLiteral("quantum"));
    if (!r.failed() && t.quantum.isZero())
        r.fail(Reader::join(p, QStringLiteral("quantum")), QStringLiteral("quantum must be positive"));
    return t;
}

TokenAmount readTokenAmount(const QJsonObject &parent, const QString &parentPath, const QString &key,
                            Reader &r)
{
    TokenAmount t;
    const QString p = Reader::join(parentPath, key);
    const QJsonObject o = r.object(parent, parentPath, key);
    t.type = r.string(o, p, QStringLiteral("type"));
    const QString dp = Reader::join(p, QStringLiteral("data"));
    const QJsonObject d = r.object(o, p, QStringLiteral("data"));
    t.quantity = r.amount(d, dp, QStringLiteral("quantity"));
    t.quantityWithFees = r.amount(d, dp, QStringLiteral("quantity_with_fees"));
    t.decimals = r.optionalDecimals(d, dp, QStringLiteral("decimals"));
    t.symbol = r.optionalString(d, dp, QStringLiteral("symbol"));
    t.tokenAddress = r.optionalString(d, dp, QStringLiteral("token_address"));
    t.tokenId = r.optionalString(d, dp, QStringLiteral("token_id"));
    t.id = r.optionalString(d, dp, QStringLiteral("id"));
    return t;
}

Order readOrder(const QJsonObject &o, const QString &p, Reader &r)
{
    Order x;
    x.orderId = r.integer(o, p, QStringLiteral("order_id"));
    x.status = r.string(o, p, QStringLiteral("status"));
    x.user = r.string(o, p, QStringLiteral("user"));
    x.sell = readTokenAmount(o, p, QStringLiteral("sell"), r);
    x.buy = readTokenAmount(o, p, QStringLiteral("buy"), r);
    x.amountSold = r.nullableAmount(o, p, QStringLiteral("amount_sold"), true);
    x.expirationTimestamp = r.nullableString(o, p, QStringLiteral("expiration_timestamp"), true);
    x.timestamp = r.nullableString(o, p, QStringLiteral("timestamp"), true);
    x.updatedTimestamp = r.nullableString(o, p, QStringLiteral("updated_timestamp"), true);
    x.makerTakerType = r.optionalString(o, p, QStringLiteral("maker_taker_type"));
    return x;
}

TradeSide readTradeSide(const QJsonObject &parent, const QString &parentPath, const QString &key, Reader &r)
{
    TradeSide s;
    const QString p = Reader::join(parentPath, key);
    const QJsonObject o = r.object(parent, parentPath, key);
    s.orderId = r.integer(o, p, QStringLiteral("order_id"));
    s.sold = r.amount(o, p, QStringLiteral("sold"));
    s.tokenType = r.string(o, p, QStringLiteral("token_type"));
    s.tokenAddress = r.optionalString(o, p, QStringLiteral("token_address"));
    s.tokenId = r.optionalString(o, p, QStringLiteral("token_id"));
    return s;
}

Trade readTrade(const QJsonObject &o, const QString &p, Reader &r)
{
    Trade t;
    t.transactionId = r.integer(o, p, QStringLiteral("transaction_id"));
    t.status = r.string(o, p, QStringLiteral("status"));
    t.timestamp = r.string(o, p, QStringLiteral("timestamp"));
    t.a = readTradeSide(o, p, QStringLiteral("a"), r);
    t.b = readTradeSide(o, p, QStringLiteral("b"), r);
    return t;
}

Transfer readTransfer(const QJsonObject &o, const QString &p, Reader &r)
{
    Transfer t;
    t.transactionId = r.integer(o, p, QStringLiteral("transaction_id"));
    t.status = r.string(o, p, QStringLiteral("status"));
    t.user = r.string(o, p, QStringLiteral("user"));
    t.receiver = r.string(o, p, QStringLiteral("receiver"));
    t.timestamp = r.string(o, p, QStringLiteral("timestamp"));
    t.token = readTokenAmount(o, p, QStringLiteral("token"), r);
    return t;
}

//! A single object body decoded with `read`.
template <class T, class ReadFn>
ApiResult<T> single(const QByteArray &body, ReadFn read)
{
    Reader r;
    const auto doc = parse(body, r, false);
    T value{};
    if (doc)
        value = read(doc->object(), QString(), r);
    if (r.failed())
        return r.error();
    return value;
}

//! A {cursor, remaining, result[]} body; `hasRemaining` is false for lists whose spec lacks it.
template <class T, class ReadFn>
ApiResult<Page<T>> list(const QByteArray &body, ReadFn read, bool hasRemaining = true)
{
    Reader r;
    const auto doc = parse(body, r, false);
    Page<T> page;
    if (doc) {
        const QJsonObject o = doc->object();
        page.cursor = r.string(o, QString(), QStringLiteral("cursor"));
        std::int64_t remaining = 0;
        if (hasRemaining)
            remaining = r.integer(o, QString(), QStringLiteral("remaining"));
        const QJsonArray items = r.array(o, QString(), QStringLiteral("result"));
        const QString rp = QStringLiteral("result");
        page.items.reserve(std::size_t(items.size()));
        for (qsizetype i = 0; i < items.size() && !r.failed(); ++i)
            page.items.push_back(read(r.element(items, i, rp), Reader::itemPath(rp, i), r));
        if (hasRemaining)
            page.hasMore = remaining > 0;
        else
            page.hasMore = !page.cursor.isEmpty() && !page.items.empty();
    }
    if (r.failed())
        return r.error();
    return page;
}

} // namespace

ApiResult<Page<Balance>> balanceList(const QByteArray &body)
{
    return list<Balance>(body, readBalance);
}
ApiResult<Balance> balance(const QByteArray &body)
{
    return single<Balance>(body, readBalance);
}
ApiResult<Page<Asset>> assetList(const QByteArray &body)
{
    return list<Asset>(body, readAsset);
}
ApiResult<Asset> asset(const QByteArray &body)
{
    return single<Asset>(body, readAsset);
}
ApiResult<Page<Collection>> collectionList(const QByteArray &body)
{
    return list<Collection>(body, readCollection);
}
ApiResult<Collection> collection(const QByteArray &body)
{
    return single<Collection>(body, readCollection);
}
ApiResult<Page<TokenDetails>> tokenList(const QByteArray &body)
{
    return list<TokenDetails>(body, readToken, false);
}
ApiResult<TokenDetails> token(const QByteArray &body)
{
    return single<TokenDetails>(body, readToken);
}
ApiResult<Page<Order>> orderList(const QByteArray &body)
{
    return list<Order>(body, readOrder);
}
ApiResult<Order> order(const QByteArray &body)
{
    return single<Order>(body, readOrder);
}
ApiResult<Page<Trade>> tradeList(const QByteArray &body)
{
    return list<Trade>(body, readTrade);
}
ApiResult<Page<Transfer>> transferList(const QByteArray &body)
{
    return list<Transfer>(body, readTransfer);
}
ApiResult<Transfer> transfer(const QByteArray &body)
{
    return single<Transfer>(body, readTransfer);
}

ApiResult<std::vector<MetadataSchemaProperty>> metadataSchema(const QByteArray &body)
{
    Reader r;
    const auto doc = parse(body, r, true);
    std::vector<MetadataSchemaProperty> out;
    if (doc) {
        const QJsonArray items = doc->array();
        for (qsizetype i = 0; i < items.size() && !r.failed(); ++i)
            out.push_back(
                readSchemaProperty(r.element(items, i, QString()), Reader::itemPath(QString(), i), r));
    }
    if (r.failed())
        return r.error();
    return out;
}

ApiResult<UserRegistration> user(const QByteArray &body)
{
    return single<UserRegistration>(body, [](const QJsonObject &o, const QString &p, Reader &r) {
        UserRegistration u;
        const QString ap = Reader::join(p, QStringLiteral("accounts"));
        const QJsonArray accounts = r.array(o, p, QStringLiteral("accounts"));
        for (qsizetype i = 0; i < accounts.size() && !r.failed(); ++i) {
            if (!accounts.at(i).isString())
                r.fail(Reader::itemPath(ap, i), QStringLiteral("expected a string"));
            else
                u.accounts.push_back(accounts.at(i).toString());
        }
        // As the SDK's isRegisteredOffchain: registered means at least one stark key.
        u.registered = !u.accounts.empty();
        return u;
    });
}

void errorBody(const QByteArray &body, QString *code, QString *message)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("code")).isString())
        *code = o.value(QStringLiteral("code")).toString();
    if (o.value(QStringLiteral("message")).isString())
        *message = o.value(QStringLiteral("message")).toString();
}

} // namespace stardeck::api::decode
