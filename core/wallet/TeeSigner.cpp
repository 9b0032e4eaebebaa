// SPDX-License-Identifier: MIT
#include "wallet/TeeSigner.h"

#include "crypto/Eip191.h"
#include "crypto/Secp256k1.h"
#include "passport/HttpCall.h"
#include "passport/PassportSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace stardeck::wallet {

namespace {

using passport::PassportErrorCode;

WalletError teeError(WalletFailure failure, const QString &message, int httpStatus = 0)
{
    WalletError error = walletError(PassportErrorType::WalletConnectionError, failure, message);
    error.httpStatus = httpStatus;
    return error;
}

//! Runs `done(value)` on `context`'s thread after this call returns; dropped if `context` dies first.
template <class T>
void deliver(QObject *context, std::function<void(T)> done, T value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
        Qt::QueuedConnection);
}

WalletError fromSessionError(const passport::PassportError &error)
{
    const QString message = QStringLiteral("no usable ID token for the TEE: %1").arg(error.message);
    switch (error.code) {
    case PassportErrorCode::NotLoggedIn:
        return teeError(WalletFailure::NotLoggedIn, message);
    case PassportErrorCode::InvalidGrant:
        return teeError(WalletFailure::SessionEnded, message);
    case PassportErrorCode::Transient:
        return teeError(WalletFailure::Network, message);
    case PassportErrorCode::InvalidIdToken:
    case PassportErrorCode::UnknownKey:
        return teeError(WalletFailure::SecurityCheck, message);
    case PassportErrorCode::InvalidResponse:
        return teeError(WalletFailure::InvalidResponse, message);
    case PassportErrorCode::OAuthError:
        return teeError(WalletFailure::Api, message);
    default:
        return teeError(WalletFailure::Internal, message);
    }
}

//! The FastAPI "detail" of an error answer, for the message (a string or a validation list).
QString errorDetail(const QByteArray &body)
{
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(QStringLiteral("detail"));
    if (detail.isString())
        return detail.toString().left(200);
    if (detail.isArray())
        return QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact)).left(200);
    return {};
}

using BodyCallback = std::function<void(WalletResult<QByteArray>)>;

//! POSTs `body` to {tee}`path` with the TEE headers and a fresh ID token; `done` gets the body of a
//! 2xx answer or the error, on `context`'s thread and never inside this call.
void teePost(const std::shared_ptr<const TeeSigner::Endpoint> &endpoint, const QString &path,
             const QByteArray &body, QObject *context, BodyCallback done)
{
    passport::PassportSession *session = endpoint->session.data();
    if (session == nullptr || endpoint->nam.isNull()) {
        deliver<WalletResult<QByteArray>>(
            context, std::move(done),
            teeError(WalletFailure::Internal, QStringLiteral("the Passport session no longer exists")));
        return;
    }
    // idToken() may answer before it returns (a fresh token at hand); everything after it is
    // delivered through the event loop, so `done` never runs inside teePost.
    session->idToken(context, [endpoint, path, body, context, done = std::move(done)](
                                  passport::PassportResult<crypto::SecureBytes> token) mutable {
        if (!token) {
            deliver<WalletResult<QByteArray>>(context, std::move(done), fromSessionError(token.error()));
            return;
        }
        QNetworkAccessManager *nam = endpoint->nam.data();
        if (nam == nullptr) {
            deliver<WalletResult<QByteArray>>(
                context, std::move(done),
                teeError(WalletFailure::Internal, QStringLiteral("the network manager no longer exists")));
            return;
        }
        QNetworkRequest request(endpoint->environment.endpoint(passport::Environment::Service::Tee, path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Magic-API-Key", endpoint->settings.publishableApiKey.toUtf8());
        request.setRawHeader("X-OIDC-Provider-ID", endpoint->settings.oidcProviderId.toUtf8());
        request.setRawHeader("X-Magic-Chain", "ETH");
        // The token goes into the header as late as possible; the header's bytes (shared by the
        // request copies Qt keeps) are wiped once the exchange is over.
        const crypto::SecureBytes &secret = token.value();
        QByteArray authorization;
        authorization.reserve(qsizetype(7 + secret.size()));
        authorization.append("Bearer ");
        authorization.append(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
        request.setRawHeader("Authorization", authorization);
        request.setTransferTimeout(endpoint->settings.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

        QNetworkReply *reply = nam->post(request, body);
        request = QNetworkRequest();
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, authorization]() {
            crypto::secureWipe(const_cast<char *>(authorization.constData()),
                               std::size_t(authorization.size()));
            reply->deleteLater();
        });
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > passport::kHttpMaxResponseBytes)
                reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)]() {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const QNetworkReply::NetworkError error = reply->error();
            const bool transportFailed = !status.isValid() || (error != QNetworkReply::NoError &&
                                                               error < QNetworkReply::ContentAccessDenied &&
                                                               error != QNetworkReply::UnknownContentError);
            if (transportFailed) {
                done(teeError(WalletFailure::Network,
                              QStringLiteral("no answer from the TEE signer: %1").arg(reply->errorString())));
                return;
            }
            const int code = status.toInt();
            const QByteArray answer = reply->readAll();
            if (code < 200 || code > 299) {
                const QString detail = errorDetail(answer);
                done(teeError(WalletFailure::Api,
                              QStringLiteral("the TEE signer answered HTTP %1%2")
                                  .arg(code)
                                  .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail),
                              code));
                return;
            }
            done(answer);
        });
    });
}

//! A JSON object body, or why not.
std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("the TEE answer is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

WalletError invalidAnswer(const QString &message)
{
    return teeError(WalletFailure::InvalidResponse, message);
}

} // namespace

QByteArray TeeSigner::messageBase64(const QByteArray &message)
{
    if (message.isEmpty())
        return {};
    const QByteArray text = QByteArrayLiteral("0x") + message.toHex();
    return text.toBase64();
}

WalletResult<crypto::EthAddress> TeeSigner::parseWalletAnswer(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = jsonObject(body, &why);
    if (!object)
        return invalidAnswer(why);
    const QJsonValue value = object->value(QStringLiteral("public_address"));
    if (!value.isString())
        return invalidAnswer(QStringLiteral("the TEE wallet answer has no public_address string"));
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x")))
        return invalidAnswer(QStringLiteral("the TEE wallet address has no 0x prefix"));
    crypto::Expected<crypto::EthAddress> address = crypto::EthAddress::parse(text.toStdString());
    if (!address)
        return invalidAnswer(QStringLiteral("the TEE wallet address is invalid: %1")
                                 .arg(QString::fromStdString(address.error().message)));
    if (*address == crypto::EthAddress())
        return invalidAnswer(QStringLiteral("the TEE wallet address is the zero address"));
    return *address;
}

WalletResult<crypto::EthSignature> TeeSigner::parseSignAnswer(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = jsonObject(body, &why);
    if (!object)
        return invalidAnswer(why);
    const QJsonValue value = object->value(QStringLiteral("signature"));
    if (!value.isString())
        return invalidAnswer(QStringLiteral("the TEE sign answer has no signature string"));
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x")) || text.size() != 132)
        return invalidAnswer(QStringLiteral("the TEE signature is not 0x + 130 hex digits"));
    crypto::Expected<crypto::EthSignature> signature = crypto::EthSignature::parse(text.toStdString());
    if (!signature)
        return invalidAnswer(QStringLiteral("the TEE signature is invalid: %1")
                                 .arg(QString::fromStdString(signature.error().message)));
    // personal_sign answers carry v = 27/28; 0/1 would be another convention we do not expect here.
    const QString vDigits = text.right(2).toLower();
    if (vDigits != QLatin1String("1b") && vDigits != QLatin1String("1c"))
        return invalidAnswer(QStringLiteral("the TEE signature's v is not 27 or 28"));
    // The optional split fields must agree with the signature (a mismatch means a confused server).
    for (const auto &[name, expected] :
         {std::pair{QStringLiteral("r"), signature->r}, std::pair{QStringLiteral("s"), signature->s},
          std::pair{QStringLiteral("v"), crypto::UInt256(signature->v)}}) {
        const QJsonValue field = object->value(name);
        if (field.isUndefined() || field.isNull())
            continue;
        if (!field.isString())
            return invalidAnswer(QStringLiteral("the TEE sign answer's %1 is not a string").arg(name));
        const crypto::Expected<crypto::UInt256> parsed =
            crypto::UInt256::fromHex(field.toString().toStdString());
        if (!parsed || *parsed != expected)
            return invalidAnswer(
                QStringLiteral("the TEE sign answer's %1 does not match its signature").arg(name));
    }
    return *signature;
}

void TeeSigner::create(const passport::Environment &environment, const TeeSettings &settings,
                       passport::PassportSession &session, QNetworkAccessManager &nam, QObject *context,
                       CreateCallback done)
{
    if (context == nullptr || !done)
        return;
    auto endpoint = std::make_shared<const Endpoint>(Endpoint{environment, settings,
                                                              QPointer<passport::PassportSession>(&session),
                                                              QPointer<QNetworkAccessManager>(&nam)});
    teePost(endpoint, QStringLiteral("/v1/wallet"), QByteArray(), context,
            [endpoint, done = std::move(done)](WalletResult<QByteArray> body) {
                if (!body) {
                    done(body.error());
                    return;
                }
                WalletResult<crypto::EthAddress> address = parseWalletAnswer(body.value());
                if (!address) {
                    done(address.error());
                    return;
                }
                done(std::shared_ptr<TeeSigner>(new TeeSigner(endpoint, address.value())));
            });
}

void TeeSigner::signMessage(const QByteArray &message, QObject *context, SignCallback done)
{
    if (context == nullptr || !done)
        return;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("message_base64"),
                                                       QString::fromLatin1(messageBase64(message))}})
                                .toJson(QJsonDocument::Compact);
    ++*m_signRequests;
    const crypto::EthAddress expected = m_address;
    teePost(m_endpoint, QStringLiteral("/v1/wallet/sign/message"), body, context,
            [message, expected, done = std::move(done)](WalletResult<QByteArray> answer) {
                if (!answer) {
                    done(answer.error());
                    return;
                }
                WalletResult<crypto::EthSignature> signature = parseSignAnswer(answer.value());
                if (!signature) {
                    done(signature.error());
                    return;
                }
                // Never hand out a signature that the wallet's own key did not make over this message.
                const crypto::Expected<crypto::EthAddress> signer = crypto::secp256k1::recoverAddress(
                    crypto::eip191::personalMessageDigest(message), signature.value());
                if (!signer || *signer != expected) {
                    crypto::secureWipe(&signature.value(), sizeof(crypto::EthSignature));
                    done(teeError(WalletFailure::SecurityCheck,
                                  QStringLiteral("the TEE returned a signature that does not recover to the "
                                                 "wallet address %1")
                                      .arg(QString::fromStdString(expected.toChecksumHex()))));
                    return;
                }
                done(std::move(signature));
            });
}

void TeeSigner::signPersonalMessage(const QByteArray &message, QObject *context, SignatureCallback done)
{
    if (context == nullptr || !done)
        return;
    signMessage(message, context, [done = std::move(done)](WalletResult<crypto::EthSignature> result) {
        if (!result) {
            done(crypto::makeError(crypto::ErrorCode::CryptoFailure, describe(result.error()).toStdString()));
            return;
        }
        crypto::EthSignature signature = result.value();
        done(signature);
        crypto::secureWipe(&signature, sizeof(signature));
    });
}

} // namespace stardeck::wallet
