// SPDX-License-Identifier: MIT
#include "services/TeeService.h"

#include "services/AuthService.h"
#include "services/OAuthClientRegistry.h"

#include "crypto/Eip191.h"
#include "crypto/EthHex.h"
#include "crypto/Secp256k1.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/rand.h>

#include <cctype>

namespace stardeck::sandbox {

namespace {

using namespace stardeck::crypto;

//! One pydantic v2 validation error item, as FastAPI reports it.
QJsonObject problem(const QString &type, const QJsonArray &loc, const QString &msg, const QJsonValue &input)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("loc"), loc},
                       {QStringLiteral("msg"), msg},
                       {QStringLiteral("input"), input}};
}

HttpResponse detail(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("detail"), message}});
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject signatureFields(const EthSignature &signature)
{
    return QJsonObject{
        {QStringLiteral("signature"), qs(signature.toRsvHex())},
        {QStringLiteral("r"), qs(signature.r.toHex())},
        {QStringLiteral("s"), qs(signature.s.toHex())},
        {QStringLiteral("v"), QStringLiteral("0x%1").arg(signature.v, 2, 16, QLatin1Char('0'))}};
}

//! MagicTEESigner sends byte messages as the text "0x<hex>"; those are signed as the bytes
//! (what ethers' signMessage did before the TEE), any other text as its UTF-8.
QByteArray messageBytes(const QByteArray &decoded)
{
    if (decoded.size() > 2 && decoded.startsWith("0x") && decoded.size() % 2 == 0) {
        const QByteArray hex = decoded.mid(2);
        bool allHex = true;
        for (const char c : hex)
            allHex = allHex && std::isxdigit(static_cast<unsigned char>(c));
        if (allHex)
            return QByteArray::fromHex(hex);
    }
    return decoded;
}

} // namespace

TeeService::TeeService(SandboxContext &context, const AuthService &auth) : Service(context), m_auth(auth) {}

void TeeService::registerRoutes(Router &router)
{
    router.add("POST", prefix::tee + QStringLiteral("/v1/wallet"), QStringLiteral("tee.wallet.create"),
               [this](const HttpRequest &r) { return createWallet(r); });
    router.add("POST", prefix::tee + QStringLiteral("/v1/wallet/sign/message"),
               QStringLiteral("tee.wallet.sign_message"),
               [this](const HttpRequest &r) { return signMessage(r); });
    router.add("POST", prefix::tee + QStringLiteral("/v1/wallet/sign/data"),
               QStringLiteral("tee.wallet.sign_data"), [this](const HttpRequest &r) { return signData(r); });
}

bool TeeService::ensureWallet(UserRecord &user)
{
    if (!user.adminKey.empty() && !user.adminAddress.isEmpty())
        return true;
    SecureBytes key(32);
    // A uniform key in [1, n): redraw in the (astronomically rare) out-of-range case.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_priv_bytes(key.data(), int(key.size())) != 1)
            return false;
        if (!secp256k1::checkPrivateKey(key).ok())
            continue;
        const auto address = secp256k1::addressFromPrivateKey(key);
        if (!address)
            return false;
        user.adminAddress = qs(address->toLowerHex());
        user.adminKey = std::move(key);
        return true;
    }
    return false;
}

std::optional<HttpResponse> TeeService::validate(const HttpRequest &request, const QString &field,
                                                 QString *value) const
{
    // FastAPI resolves the HTTPBearer dependency first; it fails on its own, before validation.
    if (request.bearerToken().isEmpty())
        return detail(401, QStringLiteral("Not authenticated")).withHeader("WWW-Authenticate", "Bearer");

    QJsonArray problems;
    const QByteArray chain = request.header("x-magic-chain");
    if (!request.headers.contains("x-magic-chain")) {
        problems.append(problem(QStringLiteral("missing"),
                                QJsonArray{QStringLiteral("header"), QStringLiteral("X-Magic-Chain")},
                                QStringLiteral("Field required"), QJsonValue::Null));
    } else if (chain != "ETH") {
        problems.append(problem(QStringLiteral("value_error"),
                                QJsonArray{QStringLiteral("header"), QStringLiteral("X-Magic-Chain")},
                                QStringLiteral("Value error, unsupported chain (the sandbox signs for ETH)"),
                                QString::fromUtf8(chain)));
    }
    if (!field.isEmpty()) {
        const QByteArray contentType = request.header("content-type").toLower();
        const QJsonArray bodyLoc{QStringLiteral("body")};
        if (request.body.isEmpty()) {
            problems.append(problem(QStringLiteral("missing"), bodyLoc, QStringLiteral("Field required"),
                                    QJsonValue::Null));
        } else if (!contentType.isEmpty() && !contentType.contains("json")) {
            problems.append(problem(QStringLiteral("model_attributes_type"), bodyLoc,
                                    QStringLiteral("Input should be a valid dictionary or object to extract "
                                                   "fields from"),
                                    QString::fromUtf8(request.body)));
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                QJsonObject item = problem(QStringLiteral("json_invalid"),
                                           QJsonArray{QStringLiteral("body"), parseError.offset},
                                           QStringLiteral("JSON decode error"), QJsonObject{});
                item.insert(QStringLiteral("ctx"),
                            QJsonObject{{QStringLiteral("error"), parseError.errorString()}});
                problems.append(item);
            } else if (!doc.isObject()) {
                problems.append(
                    problem(QStringLiteral("model_attributes_type"), bodyLoc,
                            QStringLiteral("Input should be a valid dictionary or object to extract "
                                           "fields from"),
                            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(QJsonValue::Null)));
            } else {
                const QJsonObject body = doc.object();
                const QJsonArray loc{QStringLiteral("body"), field};
                const QJsonValue v = body.value(field);
                if (v.isUndefined())
                    problems.append(
                        problem(QStringLiteral("missing"), loc, QStringLiteral("Field required"), body));
                else if (!v.isString())
                    problems.append(problem(QStringLiteral("string_type"), loc,
                                            QStringLiteral("Input should be a valid string"), v));
                else
                    *value = v.toString();
            }
        }
    }
    if (!problems.isEmpty())
        return HttpResponse::json(422, QJsonObject{{QStringLiteral("detail"), problems}});
    return std::nullopt;
}

std::optional<HttpResponse> TeeService::authenticate(const HttpRequest &request, UserRecord **user) const
{
    if (QString::fromUtf8(request.header("x-magic-api-key")) != kMagicApiKey)
        return detail(401, QStringLiteral("Invalid or missing X-Magic-API-Key"));
    // The provider id selects the identity provider (issuer, audience, JWKS) the ID token must
    // match; the sandbox knows Passport's, whose audience is the Stardeck client.
    if (QString::fromUtf8(request.header("x-oidc-provider-id")) != kOidcProviderId)
        return detail(401, QStringLiteral("Unknown or missing X-OIDC-Provider-ID"));
    const auto userId =
        m_auth.userIdForIdToken(request.bearerToken(), OAuthClientRegistry::kStardeckClientId);
    if (!userId)
        return detail(401, QStringLiteral("Invalid or expired ID token"))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    const auto it = m_context.world.users.find(*userId);
    if (it == m_context.world.users.end())
        return detail(401, QStringLiteral("Unknown user"));
    *user = &it->second;
    return std::nullopt;
}

HttpResponse TeeService::createWallet(const HttpRequest &request)
{
    QString unused;
    if (auto refused = validate(request, {}, &unused))
        return *refused;
    UserRecord *user = nullptr;
    if (auto refused = authenticate(request, &user))
        return *refused;
    if (!ensureWallet(*user))
        return detail(500, QStringLiteral("Key generation failed"));
    const auto address = EthAddress::parse(user->adminAddress.toStdString());
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("public_address"),
                                           address ? qs(address->toChecksumHex()) : user->adminAddress}});
}

HttpResponse TeeService::signMessage(const HttpRequest &request)
{
    QString messageBase64;
    if (auto refused = validate(request, QStringLiteral("message_base64"), &messageBase64))
        return *refused;
    UserRecord *user = nullptr;
    if (auto refused = authenticate(request, &user))
        return *refused;
    const auto decoded =
        QByteArray::fromBase64Encoding(messageBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Canonical standard base64 only (what btoa / Buffer.toString("base64") produce).
    if (!decoded || QString::fromLatin1(decoded.decoded.toBase64()) != messageBase64)
        return HttpResponse::json(
            422, QJsonObject{
                     {QStringLiteral("detail"),
                      QJsonArray{problem(QStringLiteral("value_error"),
                                         QJsonArray{QStringLiteral("body"), QStringLiteral("message_base64")},
                                         QStringLiteral("Value error, not valid base64"), messageBase64)}}});
    if (user->adminKey.empty())
        return detail(404, QStringLiteral("Wallet not found; create it with POST /v1/wallet first"));
    const Hash256 digest = eip191::personalMessageDigest(messageBytes(decoded.decoded));
    const auto signature = secp256k1::signDigest(user->adminKey, digest);
    if (!signature)
        return detail(500, QStringLiteral("Signing failed"));
    return HttpResponse::json(200, signatureFields(*signature));
}

HttpResponse TeeService::signData(const HttpRequest &request)
{
    QString hashHex;
    if (auto refused = validate(request, QStringLiteral("raw_data_hash"), &hashHex))
        return *refused;
    UserRecord *user = nullptr;
    if (auto refused = authenticate(request, &user))
        return *refused;
    Hash256 digest{};
    const std::string hex = hashHex.toStdString();
    if (!hashHex.startsWith(QLatin1String("0x")) ||
        !ethhex::decode(ethhex::stripPrefix(hex), digest, "hash").ok())
        return HttpResponse::json(
            422, QJsonObject{{QStringLiteral("detail"),
                              QJsonArray{problem(
                                  QStringLiteral("value_error"),
                                  QJsonArray{QStringLiteral("body"), QStringLiteral("raw_data_hash")},
                                  QStringLiteral("Value error, expected 0x and 64 hex digits"), hashHex)}}});
    if (user->adminKey.empty())
        return detail(404, QStringLiteral("Wallet not found; create it with POST /v1/wallet first"));
    const auto signature = secp256k1::signDigest(user->adminKey, digest);
    if (!signature)
        return detail(500, QStringLiteral("Signing failed"));
    QJsonObject body = signatureFields(*signature);
    body.insert(QStringLiteral("message_hash"), QString(QStringLiteral("0x") + qs(ethhex::encode(digest))));
    return HttpResponse::json(200, body);
}

} // namespace stardeck::sandbox
