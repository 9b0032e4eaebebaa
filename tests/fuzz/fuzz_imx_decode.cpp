// SPDX-License-Identifier: MIT
// IMX response decoders (ImxDecode): the first byte picks the decoder, the rest is the body.
// Properties: never crash; every amount a decoder accepts is, by an independent check of the raw
// JSON string, a canonical non-negative decimal below 2^256 with the same value; and the body
// re-encoded by QJsonDocument (no model encoder exists) decodes to the same outcome (same error
// path, or the same amounts).
#include "FuzzCheck.h"
#include "api/ImxDecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace stardeck::api;

namespace {

using Amounts = std::vector<std::string>;

//! The canonical decimal text of a raw JSON amount, or nullopt when it is not a plain decimal
//! string in [0, 2^256): written without UInt256 so it can judge the decoder.
std::optional<std::string> canonicalAmount(const QJsonValue &raw)
{
    static const std::string kMax =
        "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    if (!raw.isString())
        return std::nullopt;
    std::string s = raw.toString().toStdString();
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const std::size_t first = s.find_first_not_of('0');
    s = first == std::string::npos ? std::string("0") : s.substr(first);
    if (s.size() > kMax.size() || (s.size() == kMax.size() && s > kMax))
        return std::nullopt;
    return s;
}

//! `decoded` came from `raw`: the raw text must be a valid amount of the same value.
void amount(const UInt256 &decoded, const QJsonValue &raw, Amounts &out)
{
    const auto expected = canonicalAmount(raw);
    FUZZ_CHECK(expected.has_value());
    FUZZ_CHECK(*expected == decoded.toDecimal());
    out.push_back(*expected);
}

QJsonValue at(const QJsonObject &o, std::initializer_list<const char *> path)
{
    QJsonValue v = o;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v;
}

void tokenAmount(const TokenAmount &t, const QJsonObject &raw, const char *key, Amounts &out)
{
    amount(t.quantity, at(raw, {key, "data", "quantity"}), out);
    amount(t.quantityWithFees, at(raw, {key, "data", "quantity_with_fees"}), out);
}

// The amounts of each model; models without amounts contribute nothing.
template <class T>
void amountsOf(const T &, const QJsonObject &, Amounts &)
{}
void amountsOf(const Balance &b, const QJsonObject &raw, Amounts &out)
{
    amount(b.balance, raw.value(QLatin1String("balance")), out);
    amount(b.preparingWithdrawal, raw.value(QLatin1String("preparing_withdrawal")), out);
    amount(b.withdrawable, raw.value(QLatin1String("withdrawable")), out);
}
void amountsOf(const TokenDetails &t, const QJsonObject &raw, Amounts &out)
{
    amount(t.quantum, raw.value(QLatin1String("quantum")), out);
    FUZZ_CHECK(!t.quantum.isZero());
}
void amountsOf(const Order &o, const QJsonObject &raw, Amounts &out)
{
    tokenAmount(o.sell, raw, "sell", out);
    tokenAmount(o.buy, raw, "buy", out);
    if (o.amountSold)
        amount(*o.amountSold, raw.value(QLatin1String("amount_sold")), out);
}
void amountsOf(const Trade &t, const QJsonObject &raw, Amounts &out)
{
    amount(t.a.sold, at(raw, {"a", "sold"}), out);
    amount(t.b.sold, at(raw, {"b", "sold"}), out);
}
void amountsOf(const Transfer &t, const QJsonObject &raw, Amounts &out)
{
    tokenAmount(t.token, raw, "token", out);
}
void amountsOf(const Deposit &d, const QJsonObject &raw, Amounts &out)
{
    tokenAmount(d.token, raw, "token", out);
}
void amountsOf(const Withdrawal &w, const QJsonObject &raw, Amounts &out)
{
    tokenAmount(w.token, raw, "token", out);
}
void amountsOf(const Mint &m, const QJsonObject &raw, Amounts &out)
{
    tokenAmount(m.token, raw, "token", out);
}

template <class T>
void itemsOf(const std::vector<T> &items, const QJsonArray &raw, Amounts &out)
{
    FUZZ_CHECK(qsizetype(items.size()) == raw.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        amountsOf(items[i], raw.at(qsizetype(i)).toObject(), out);
}

template <class T>
void collect(const T &value, const QJsonDocument &doc, Amounts &out)
{
    amountsOf(value, doc.object(), out);
}
template <class T>
void collect(const Page<T> &page, const QJsonDocument &doc, Amounts &out)
{
    itemsOf(page.items, doc.object().value(QLatin1String("result")).toArray(), out);
    out.push_back(page.cursor.toStdString() + (page.hasMore ? "+" : "."));
}
template <class T>
void collect(const std::vector<T> &items, const QJsonDocument &doc, Amounts &out)
{
    itemsOf(items, doc.array(), out);
}

//! What one decode produced: the error path, or the amounts (checked against the raw JSON).
template <class R>
std::string outcome(const ApiResult<R> &result, const QByteArray &body)
{
    if (!result) {
        FUZZ_CHECK(result.error().kind == ApiError::Kind::Decode);
        return "error at " + result.error().path.toStdString();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    FUZZ_CHECK(!doc.isNull()); // a body that decodes is valid JSON
    Amounts amounts;
    collect(result.value(), doc, amounts);
    std::string text = "ok";
    for (const auto &a : amounts)
        text += ' ' + a;
    return text;
}

template <class R>
void check(ApiResult<R> (*decoder)(const QByteArray &), const QByteArray &body)
{
    const std::string first = outcome(decoder(body), body);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return;
    const QByteArray again = doc.toJson(QJsonDocument::Compact);
    FUZZ_CHECK(outcome(decoder(again), again) == first);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 23) {
    case 0:
        check(&decode::balanceList, body);
        break;
    case 1:
        check(&decode::balance, body);
        break;
    case 2:
        check(&decode::assetList, body);
        break;
    case 3:
        check(&decode::asset, body);
        break;
    case 4:
        check(&decode::collectionList, body);
        break;
    case 5:
        check(&decode::collection, body);
        break;
    case 6:
        check(&decode::metadataSchema, body);
        break;
    case 7:
        check(&decode::tokenList, body);
        break;
    case 8:
        check(&decode::token, body);
        break;
    case 9:
        check(&decode::orderList, body);
        break;
    case 10:
        check(&decode::order, body);
        break;
    case 11:
        check(&decode::tradeList, body);
        break;
    case 12:
        check(&decode::transferList, body);
        break;
    case 13:
        check(&decode::transfer, body);
        break;
    case 14:
        check(&decode::user, body);
        break;
    case 15:
        check(&decode::depositList, body);
        break;
    case 16:
        check(&decode::deposit, body);
        break;
    case 17:
        check(&decode::withdrawalList, body);
        break;
    case 18:
        check(&decode::withdrawal, body);
        break;
    case 19:
        check(&decode::mintList, body);
        break;
    case 20:
        check(&decode::mint, body);
        break;
    case 21:
        check(&decode::exchangeList, body);
        break;
    default:
        check(&decode::exchange, body);
        break;
    }
    return 0;
}
