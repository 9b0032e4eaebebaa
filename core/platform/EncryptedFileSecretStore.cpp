// SPDX-License-Identifier: MIT
#include "platform/EncryptedFileSecretStore.h"

#include "platform/AsyncDelivery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cstring>

namespace stardeck::platform {

using crypto::SecureBytes;
using wallet::SecretReadResult;
using wallet::SecretStoreError;
using wallet::SecretStoreErrorCode;
using wallet::SecretStoreStatus;

namespace {

constexpr char kMagic[8] = {'S', 'D', 'S', 'E', 'C', 'R', 'E', 'T'};
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kKdfScrypt = 1;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kVerifierSize = 16;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSaltOffset = 19;
constexpr std::size_t kVerifierOffset = kSaltOffset + kSaltSize;
constexpr std::size_t kNonceOffset = kVerifierOffset + kVerifierSize;
constexpr std::size_t kHeaderSize = kNonceOffset + kNonceSize;
// Secrets are small; the cap keeps a garbage file from being read whole into memory.
constexpr qint64 kMaxFileSize = 1 << 20;
// A damaged header must not make us allocate gigabytes: scrypt needs about 128 * r * (N + p) bytes.
constexpr std::uint64_t kMaxScryptMemory = 256ull << 20;

SecretStoreError makeError(SecretStoreErrorCode code, QString message)
{
    return SecretStoreError{code, std::move(message)};
}

bool paramsAcceptable(int log2N, std::uint32_t r, std::uint32_t p)
{
    if (log2N < 1 || log2N > 22 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const std::uint64_t n = std::uint64_t{1} << log2N;
    return 128ull * r * (n + 2) + 128ull * r * p <= kMaxScryptMemory;
}

void putU32(std::uint8_t *out, std::uint32_t v)
{
    out[0] = std::uint8_t(v >> 24);
    out[1] = std::uint8_t(v >> 16);
    out[2] = std::uint8_t(v >> 8);
    out[3] = std::uint8_t(v);
}

std::uint32_t getU32(const std::uint8_t *in)
{
    return (std::uint32_t(in[0]) << 24) | (std::uint32_t(in[1]) << 16) | (std::uint32_t(in[2]) << 8) |
           std::uint32_t(in[3]);
}

//! scrypt(passphrase, salt) -> AES key (32 bytes) || verifier (16 bytes).
bool deriveKey(const SecureBytes &passphrase, const std::uint8_t *salt, int log2N, std::uint32_t r,
               std::uint32_t p, SecureBytes &out)
{
    out = SecureBytes(kKeySize + kVerifierSize);
    return EVP_PBE_scrypt(reinterpret_cast<const char *>(passphrase.data()), passphrase.size(), salt,
                          kSaltSize, std::uint64_t{1} << log2N, r, p, kMaxScryptMemory + (1 << 20),
                          out.data(), out.size()) == 1;
}

struct CipherCtx {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
    CipherCtx() = default;
    CipherCtx(const CipherCtx &) = delete;
    CipherCtx &operator=(const CipherCtx &) = delete;
};

//! AES-256-GCM with the nonce and AAD given; `decrypt` checks `tag`, otherwise fills it.
bool aesGcm(bool decrypt, const std::uint8_t *key, const std::uint8_t *nonce, const QByteArray &aad,
            const std::uint8_t *in, std::size_t inSize, std::uint8_t *out, std::uint8_t *tag)
{
    CipherCtx c;
    if (c.ctx == nullptr || inSize > std::size_t(kMaxFileSize))
        return false;
    const int enc = decrypt ? 0 : 1;
    int len = 0;
    if (EVP_CipherInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, int(kNonceSize), nullptr) != 1 ||
        EVP_CipherInit_ex(c.ctx, nullptr, nullptr, key, nonce, enc) != 1 ||
        EVP_CipherUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                         int(aad.size())) != 1)
        return false;
    // A null output pointer would make OpenSSL treat the data as AAD, so empty input skips the update.
    if (inSize > 0 && EVP_CipherUpdate(c.ctx, out, &len, in, int(inSize)) != 1)
        return false;
    if (decrypt && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag) != 1)
        return false;
    std::uint8_t finalBlock[16];
    if (EVP_CipherFinal_ex(c.ctx, finalBlock, &len) != 1)
        return false;
    return decrypt || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, int(kTagSize), tag) == 1;
}

QByteArray aadFor(const QByteArray &header, const QString &key)
{
    return header + key.toUtf8();
}

SecretStoreError noPassphrase()
{
    return makeError(SecretStoreErrorCode::AccessDenied,
                     QStringLiteral("no passphrase set for the encrypted file store"));
}

//! Creates `dirPath` if needed; a directory we create is private to the user (0700).
bool ensureDirectory(const QString &dirPath)
{
    if (QFileInfo(dirPath).isDir())
        return true;
    return QDir().mkpath(dirPath) &&
           QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

SecretStoreStatus writeSecret(const QString &dirPath, const QString &path, const QString &key,
                              ScryptParams params, const SecureBytes &passphrase, const SecureBytes &value)
{
    if (passphrase.empty())
        return noPassphrase();
    if (!paramsAcceptable(params.log2N, params.r, params.p))
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("invalid scrypt parameters"));
    if (value.size() > std::size_t(kMaxFileSize) - kHeaderSize - kTagSize)
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("secret too large"));

    QByteArray file(qsizetype(kHeaderSize), '\0');
    auto *h = reinterpret_cast<std::uint8_t *>(file.data());
    std::memcpy(h, kMagic, sizeof kMagic);
    h[8] = kVersion;
    h[9] = kKdfScrypt;
    h[10] = std::uint8_t(params.log2N);
    putU32(h + 11, params.r);
    putU32(h + 15, params.p);
    if (RAND_bytes(h + kSaltOffset, int(kSaltSize)) != 1 ||
        RAND_bytes(h + kNonceOffset, int(kNonceSize)) != 1)
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("no randomness available"));
    SecureBytes derived;
    if (!deriveKey(passphrase, h + kSaltOffset, params.log2N, params.r, params.p, derived))
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("scrypt failed"));
    std::memcpy(h + kVerifierOffset, derived.data() + kKeySize, kVerifierSize);

    const QByteArray aad = aadFor(file, key);
    file.resize(qsizetype(kHeaderSize + value.size() + kTagSize));
    auto *body = reinterpret_cast<std::uint8_t *>(file.data()) + kHeaderSize;
    if (!aesGcm(false, derived.data(),
                reinterpret_cast<const std::uint8_t *>(file.constData()) + kNonceOffset, aad, value.data(),
                value.size(), body, body + value.size()))
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("encryption failed"));

    if (!ensureDirectory(dirPath))
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("cannot create %1").arg(dirPath));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    // QSaveFile gives a new file 0666 & ~umask; restrict the temporary file before any byte is written.
    if (!out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        out.cancelWriting();
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot restrict permissions of %1").arg(path));
    }
    // Qt 6.4 reports a short write (disk full, file size limit) as success, so check the size on disk
    // before the rename makes the new file visible.
    if (out.write(file) != file.size() || !out.flush() || out.size() != file.size()) {
        out.cancelWriting();
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot write %1: incomplete write").arg(path));
    }
    if (!out.commit())
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

SecretReadResult readSecret(const QString &path, const QString &key, const SecureBytes &passphrase)
{
    if (passphrase.empty())
        return noPassphrase();
    QFile in(path);
    if (!in.exists())
        return makeError(SecretStoreErrorCode::NotFound, QStringLiteral("no secret named %1").arg(key));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    const QByteArray file = in.read(kMaxFileSize + 1);
    if (in.error() != QFileDevice::NoError)
        return makeError(SecretStoreErrorCode::IoError,
                         QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    return decodeSecretFile(file, path, key, passphrase);
}

} // namespace

SecretReadResult decodeSecretFile(const QByteArray &file, const QString &path, const QString &key,
                                  const SecureBytes &passphrase)
{
    if (passphrase.empty())
        return noPassphrase();
    if (file.size() > kMaxFileSize)
        return makeError(SecretStoreErrorCode::Corrupt,
                         QStringLiteral("%1 is too large to be a secret").arg(path));
    if (std::size_t(file.size()) < kHeaderSize + kTagSize)
        return makeError(SecretStoreErrorCode::Corrupt, QStringLiteral("%1 is truncated").arg(path));

    const auto *h = reinterpret_cast<const std::uint8_t *>(file.constData());
    if (std::memcmp(h, kMagic, sizeof kMagic) != 0)
        return makeError(SecretStoreErrorCode::Corrupt,
                         QStringLiteral("%1 is not a Stardeck secret file").arg(path));
    if (h[8] != kVersion || h[9] != kKdfScrypt)
        return makeError(SecretStoreErrorCode::Corrupt,
                         QStringLiteral("%1 has an unsupported version").arg(path));
    const int log2N = h[10];
    const std::uint32_t r = getU32(h + 11);
    const std::uint32_t p = getU32(h + 15);
    if (!paramsAcceptable(log2N, r, p))
        return makeError(SecretStoreErrorCode::Corrupt,
                         QStringLiteral("%1 has invalid scrypt parameters").arg(path));

    SecureBytes derived;
    if (!deriveKey(passphrase, h + kSaltOffset, log2N, r, p, derived))
        return makeError(SecretStoreErrorCode::IoError, QStringLiteral("scrypt failed"));
    if (CRYPTO_memcmp(derived.data() + kKeySize, h + kVerifierOffset, kVerifierSize) != 0)
        return makeError(SecretStoreErrorCode::WrongPassphrase,
                         QStringLiteral("wrong passphrase for %1").arg(path));

    const std::size_t bodySize = std::size_t(file.size()) - kHeaderSize - kTagSize;
    SecureBytes plain(bodySize);
    std::array<std::uint8_t, kTagSize> tag{};
    std::memcpy(tag.data(), h + kHeaderSize + bodySize, kTagSize);
    if (!aesGcm(true, derived.data(), h + kNonceOffset, aadFor(file.left(qsizetype(kHeaderSize)), key),
                h + kHeaderSize, bodySize, plain.data(), tag.data()))
        return makeError(SecretStoreErrorCode::Corrupt,
                         QStringLiteral("%1 is damaged (authentication failed)").arg(path));
    return SecretReadResult(std::move(plain));
}

namespace {

SecretStoreError invalidKey(const QString &key)
{
    return makeError(SecretStoreErrorCode::InvalidKey,
                     QStringLiteral("invalid secret key name '%1'").arg(key));
}

} // namespace

EncryptedFileSecretStore::EncryptedFileSecretStore(QString directory, ScryptParams params)
    : m_directory(std::move(directory)), m_params(params), m_passphrase(std::make_shared<const SecureBytes>())
{}

void EncryptedFileSecretStore::setPassphrase(SecureBytes passphrase)
{
    m_passphrase = std::make_shared<const SecureBytes>(std::move(passphrase));
}

bool EncryptedFileSecretStore::hasPassphrase() const
{
    return !m_passphrase->empty();
}

QString EncryptedFileSecretStore::filePath(const QString &key) const
{
    return QDir(m_directory).filePath(key + QStringLiteral(".secret"));
}

void EncryptedFileSecretStore::write(const QString &key, SecureBytes value, QObject *context,
                                     wallet::SecretStatusCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretStoreStatus>(context, std::move(done), invalidKey(key));
    auto shared = std::make_shared<const SecureBytes>(std::move(value));
    std::function<SecretStoreStatus()> work = [dir = m_directory, path = filePath(key), key,
                                               params = m_params, pass = m_passphrase, shared]() {
        return writeSecret(dir, path, key, params, *pass, *shared);
    };
    detail::runOffThread<SecretStoreStatus>(context, std::move(work), std::move(done));
}

void EncryptedFileSecretStore::read(const QString &key, QObject *context, wallet::SecretReadCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretReadResult>(context, std::move(done), invalidKey(key));
    std::function<SecretReadResult()> work = [path = filePath(key), key, pass = m_passphrase]() {
        return readSecret(path, key, *pass);
    };
    detail::runOffThread<SecretReadResult>(context, std::move(work), std::move(done));
}

void EncryptedFileSecretStore::remove(const QString &key, QObject *context, wallet::SecretStatusCallback done)
{
    if (!isValidKey(key))
        return detail::deliverLater<SecretStoreStatus>(context, std::move(done), invalidKey(key));
    std::function<SecretStoreStatus()> work = [path = filePath(key)]() -> SecretStoreStatus {
        QFile file(path);
        if (file.exists() && !file.remove())
            return makeError(SecretStoreErrorCode::IoError,
                             QStringLiteral("cannot remove %1: %2").arg(path, file.errorString()));
        return {};
    };
    detail::runOffThread<SecretStoreStatus>(context, std::move(work), std::move(done));
}

void EncryptedFileSecretStore::probe(QObject *context, wallet::SecretStatusCallback done)
{
    if (!hasPassphrase())
        return detail::deliverLater<SecretStoreStatus>(context, std::move(done), noPassphrase());
    std::function<SecretStoreStatus()> work = [dir = m_directory]() -> SecretStoreStatus {
        if (!ensureDirectory(dir) || !QFileInfo(dir).isWritable())
            return makeError(SecretStoreErrorCode::Unavailable,
                             QStringLiteral("%1 is not writable").arg(dir));
        return {};
    };
    detail::runOffThread<SecretStoreStatus>(context, std::move(work), std::move(done));
}

QString EncryptedFileSecretStore::description() const
{
    return QStringLiteral("encrypted files in %1").arg(m_directory);
}

} // namespace stardeck::platform
