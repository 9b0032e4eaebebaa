// SPDX-License-Identifier: MIT
#include "services/JwtSigner.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace stardeck::sandbox {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QByteArray bigNumParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    if (text.contains('='))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Reject non-canonical encodings (stray trailing bits), so one token has one spelling.
    if (base64Url(*decoded) != text)
        return std::nullopt;
    return *decoded;
}

void JwtSigner::KeyDeleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

JwtSigner::JwtSigner() = default;
JwtSigner::~JwtSigner() = default;

bool JwtSigner::ensureKey()
{
    if (m_key)
        return true;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    const bool generated = ctx && EVP_PKEY_keygen_init(ctx) == 1 &&
                           EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) == 1 &&
                           EVP_PKEY_generate(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!generated) {
        EVP_PKEY_free(key);
        return false;
    }
    return adopt(key);
}

bool JwtSigner::adopt(evp_pkey_st *key)
{
    std::unique_ptr<evp_pkey_st, KeyDeleter> owned(key);
    const QByteArray n = bigNumParam(key, OSSL_PKEY_PARAM_RSA_N);
    const QByteArray e = bigNumParam(key, OSSL_PKEY_PARAM_RSA_E);
    if (n.isEmpty() || e.isEmpty())
        return false;
    m_modulus = base64Url(n);
    m_exponent = base64Url(e);
    // RFC 7638: the thumbprint input is the required members in lexicographic order, no spaces.
    const QByteArray thumbprintInput =
        "{\"e\":\"" + m_exponent + "\",\"kty\":\"RSA\",\"n\":\"" + m_modulus + "\"}";
    m_keyId =
        QString::fromLatin1(base64Url(QCryptographicHash::hash(thumbprintInput, QCryptographicHash::Sha256)));
    m_key = std::move(owned);
    return true;
}

crypto::SecureBytes JwtSigner::privateKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_PrivateKey(m_key.get(), &der);
    if (size <= 0)
        return {};
    crypto::SecureBytes bytes(der, std::size_t(size));
    OPENSSL_clear_free(der, std::size_t(size));
    return bytes;
}

bool JwtSigner::loadPrivateKeyDer(const crypto::SecureBytes &der)
{
    const unsigned char *in = der.data();
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &in, long(der.size()));
    if (!key)
        return false;
    if (EVP_PKEY_is_a(key, "RSA") != 1 || EVP_PKEY_get_bits(key) < 2048) {
        EVP_PKEY_free(key);
        return false;
    }
    return adopt(key);
}

QByteArray JwtSigner::sign(const QJsonObject &claims)
{
    if (!ensureKey())
        return {};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_keyId}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    MdCtx ctx(EVP_MD_CTX_new());
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &size,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return {};
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return {};
    signature.truncate(qsizetype(size));
    return signingInput + '.' + base64Url(signature);
}

std::optional<QJsonObject> JwtSigner::verify(const QByteArray &token) const
{
    if (!m_key)
        return std::nullopt; // no key yet: we have issued nothing, so nothing is ours
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto headerBytes = fromBase64Url(parts[0]);
    const auto payloadBytes = fromBase64Url(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    if (!headerBytes || !payloadBytes || !signature)
        return std::nullopt;
    const QJsonDocument header = QJsonDocument::fromJson(*headerBytes);
    const QJsonDocument payload = QJsonDocument::fromJson(*payloadBytes);
    if (!header.isObject() || !payload.isObject())
        return std::nullopt;
    // The algorithm is fixed, never taken from the token ("alg": "none" / HS256 confusion).
    if (header.object().value(QStringLiteral("alg")).toString() != QLatin1String("RS256") ||
        header.object().value(QStringLiteral("kid")).toString() != m_keyId)
        return std::nullopt;
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
                         size_t(signature->size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) != 1)
        return std::nullopt;
    return payload.object();
}

QJsonObject JwtSigner::publicJwk()
{
    if (!ensureKey())
        return {};
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("use"), QStringLiteral("sig")},
                       {QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("kid"), m_keyId},
                       {QStringLiteral("n"), QString::fromLatin1(m_modulus)},
                       {QStringLiteral("e"), QString::fromLatin1(m_exponent)}};
}

QString JwtSigner::keyId()
{
    ensureKey();
    return m_keyId;
}

} // namespace stardeck::sandbox
