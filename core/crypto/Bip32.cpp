// SPDX-License-Identifier: MIT
#include "crypto/Bip32.h"

#include "crypto/Secp256k1.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstring>

namespace stardeck::crypto::bip32 {

namespace {

constexpr std::size_t kMaxDepth = 255; // BIP-32 serializes depth in one byte

//! HMAC-SHA512 into a 64-byte SecureBytes (I = IL || IR).
Expected<SecureBytes> hmacSha512(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    SecureBytes out(64);
    unsigned int size = 0;
    if (HMAC(EVP_sha512(), key.data(), int(key.size()), data.data(), data.size(), out.data(), &size) ==
            nullptr ||
        size != 64)
        return makeError(ErrorCode::CryptoFailure, "BIP-32: HMAC-SHA512 failed");
    return out;
}

ExtendedPrivateKey splitNode(const SecureBytes &i)
{
    return ExtendedPrivateKey{SecureBytes(i.data(), 32), SecureBytes(i.data() + 32, 32)};
}

Error pathError(std::string_view path, const std::string &why)
{
    return makeError(ErrorCode::InvalidFormat, "derivation path \"" + std::string(path) + "\": " + why);
}

} // namespace

Expected<std::vector<std::uint32_t>> parsePath(std::string_view path)
{
    if (path.empty() || path[0] != 'm')
        return pathError(path, "must start with m");
    std::vector<std::uint32_t> indexes;
    std::size_t pos = 1;
    while (pos < path.size()) {
        if (path[pos] != '/')
            return pathError(path, "expected / at position " + std::to_string(pos));
        ++pos;
        const std::size_t start = pos;
        std::uint64_t value = 0;
        while (pos < path.size() && path[pos] >= '0' && path[pos] <= '9') {
            value = value * 10 + std::uint64_t(path[pos] - '0');
            if (value >= kHardened)
                return pathError(path, "index at position " + std::to_string(start) + " is >= 2^31");
            ++pos;
        }
        if (pos == start)
            return pathError(path, "empty or non-numeric index at position " + std::to_string(start));
        if (path[start] == '0' && pos - start > 1)
            return pathError(path, "leading zero in index at position " + std::to_string(start));
        auto index = static_cast<std::uint32_t>(value);
        if (pos < path.size() && (path[pos] == '\'' || path[pos] == 'h')) {
            index |= kHardened;
            ++pos;
        }
        if (indexes.size() == kMaxDepth)
            return pathError(path, "more than 255 levels");
        indexes.push_back(index);
    }
    return indexes;
}

std::string formatPath(std::span<const std::uint32_t> path)
{
    std::string text = "m";
    for (std::uint32_t index : path) {
        text += '/';
        text += std::to_string(index & ~kHardened);
        if (index & kHardened)
            text += '\'';
    }
    return text;
}

Expected<ExtendedPrivateKey> masterFromSeed(std::span<const std::uint8_t> seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return makeError(ErrorCode::InvalidLength,
                         "BIP-32 seed: expected 16 to 64 bytes, got " + std::to_string(seed.size()));
    static constexpr std::string_view kKey = "Bitcoin seed";
    Expected<SecureBytes> i =
        hmacSha512(std::span(reinterpret_cast<const std::uint8_t *>(kKey.data()), kKey.size()), seed);
    if (!i)
        return i.error();
    ExtendedPrivateKey master = splitNode(*i);
    if (!secp256k1::checkPrivateKey(master.key))
        return makeError(ErrorCode::OutOfRange, "BIP-32 seed: master key is invalid (IL is 0 or >= n)");
    return master;
}

Expected<ExtendedPrivateKey> deriveChild(const ExtendedPrivateKey &parent, std::uint32_t index)
{
    if (parent.chainCode.size() != 32)
        return makeError(ErrorCode::InvalidLength, "BIP-32: chain code must be 32 bytes");
    if (Status s = secp256k1::checkPrivateKey(parent.key); !s)
        return s.error();

    // data = 0x00 || k_par || ser32(i) (hardened) or serP(K_par) || ser32(i) (normal): 37 bytes.
    SecureBytes data(37);
    if (index & kHardened) {
        data[0] = 0;
        std::memcpy(data.data() + 1, parent.key.data(), 32);
    } else {
        Expected<secp256k1::CompressedPublicKey> pub = secp256k1::compressedPublicKey(parent.key);
        if (!pub)
            return pub.error();
        std::memcpy(data.data(), pub->data(), pub->size());
    }
    data[33] = std::uint8_t(index >> 24);
    data[34] = std::uint8_t(index >> 16);
    data[35] = std::uint8_t(index >> 8);
    data[36] = std::uint8_t(index);

    Expected<SecureBytes> i = hmacSha512(parent.chainCode.span(), data.span());
    if (!i)
        return i.error();
    ExtendedPrivateKey child{parent.key.clone(), SecureBytes(i->data() + 32, 32)};
    if (!secp256k1::tweakAddPrivateKey(child.key, std::span<const std::uint8_t, 32>(i->data(), 32))) {
        return makeError(ErrorCode::OutOfRange,
                         "BIP-32: index " + std::to_string(index & ~kHardened) +
                             " gives an invalid child key (IL >= n or zero key); use another index");
    }
    return child;
}

Expected<ExtendedPrivateKey> derivePath(std::span<const std::uint8_t> seed,
                                        std::span<const std::uint32_t> path)
{
    if (path.size() > kMaxDepth)
        return makeError(ErrorCode::OutOfRange, "BIP-32: path deeper than 255 levels");
    Expected<ExtendedPrivateKey> node = masterFromSeed(seed);
    for (std::uint32_t index : path) {
        if (!node)
            break;
        node = deriveChild(*node, index);
    }
    return node;
}

} // namespace stardeck::crypto::bip32
