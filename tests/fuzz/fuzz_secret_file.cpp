// SPDX-License-Identifier: MIT
// The encrypted key file decoder (platform::decodeSecretFile, the format in
// EncryptedFileSecretStore.h) on arbitrary file bytes, with a fixed passphrase and key name.
// Properties: never crashes or over-reads; only damaged-file, wrong-passphrase or bad-parameter
// errors; a file that opens has exactly header + plaintext + tag bytes, opens to the same bytes
// again, and no longer opens once any one byte is changed (authentication covers the whole file)
// or under another key name (the name is bound by the AAD).
// scrypt parameters are capped as Bitcoin Core's crypter fuzz target caps KDF rounds: a header
// asking for more than N = 2^6 or r * p > 8 is skipped, so each input costs microseconds (the
// parser's own limits are tested by tst_encrypted_file_store).
#include "FuzzCheck.h"
#include "platform/EncryptedFileSecretStore.h"

#include <cstddef>
#include <cstdint>

using namespace stardeck;

namespace {

constexpr std::size_t kHeaderSize =
    63; // magic 8, version, kdf, log2N, r 4, p 4, salt 16, verifier 16, nonce 12
constexpr std::size_t kTagSize = 16;

std::uint32_t u32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

bool tooExpensive(const std::uint8_t *data, std::size_t size)
{
    if (size < 19)
        return false;
    const unsigned log2N = data[10];
    const std::uint32_t r = u32(data + 11);
    const std::uint32_t p = u32(data + 15);
    const bool plausible = log2N >= 1 && log2N <= 22 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
    return plausible && (log2N > 6 || r * p > 8);
}

bool isError(const wallet::SecretReadResult &result)
{
    return !result.ok();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (tooExpensive(data, size))
        return 0;
    static const crypto::SecureBytes passphrase(reinterpret_cast<const std::uint8_t *>("fuzz passphrase"),
                                                15);
    static const QString key = QStringLiteral("stark-key");
    static const QString path = QStringLiteral("fuzz.secret");
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = platform::decodeSecretFile(file, path, key, passphrase);
    if (!result.ok()) {
        const auto code = result.error().code;
        FUZZ_CHECK(code == wallet::SecretStoreErrorCode::Corrupt ||
                   code == wallet::SecretStoreErrorCode::WrongPassphrase);
        FUZZ_CHECK(!result.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(size >= kHeaderSize + kTagSize);
    FUZZ_CHECK(result.value().size() == size - kHeaderSize - kTagSize);
    const auto again = platform::decodeSecretFile(file, path, key, passphrase);
    FUZZ_CHECK(again.ok() && again.value().equals(result.value()));
    FUZZ_CHECK(isError(platform::decodeSecretFile(file, path, QStringLiteral("other-key"), passphrase)));
    // Flip one byte at a position chosen by the content: the file must no longer open.
    std::size_t at = 0;
    for (std::size_t i = 0; i < size; ++i)
        at = (at * 31 + data[i]) % size;
    for (const std::size_t pos : {at, size - 1, std::size_t(kHeaderSize)}) {
        QByteArray damaged = file;
        damaged[qsizetype(pos)] = char(damaged[qsizetype(pos)] ^ 0x01);
        FUZZ_CHECK(isError(platform::decodeSecretFile(damaged, path, key, passphrase)));
    }
    return 0;
}
