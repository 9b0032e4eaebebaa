// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Error.h"
#include "crypto/EthAddress.h"
#include "crypto/EthSignature.h"
#include "crypto/SecureBytes.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

class QObject;

namespace stardeck::crypto {
class EthSigner;
}

//! Immutable X stark key derivation from an Ethereum account (x-client
//! generateLegacyStarkPrivateKey, also used by Passport): personal_sign of a fixed message,
//! s of that signature as a BIP-32 seed, an account path built from the address, grindKey.
namespace stardeck::crypto::imx {

//! The message whose signature seeds the stark key. Contains U+2019 (e2 80 99): 72 bytes.
inline constexpr std::string_view kSeedMessage =
    "Only sign this request if you\xE2\x80\x99ve initiated an action with Immutable X.";
//! EIP-2645 layer index: low 31 bits of sha256("starkex").
inline constexpr std::uint32_t kLayerIndex = 579218131U;
//! EIP-2645 application index: low 31 bits of sha256("immutablex").
inline constexpr std::uint32_t kApplicationIndex = 211006541U;

//! The grindKey implementations that have shipped. Only Current is used for new accounts;
//! the others differ only when the first hash is >= LIMIT (1 account in 32) and matter when
//! importing an account registered with an old SDK.
enum class GrindVariant {
    Current,           //!< x-client / core-sdk: re-hash the previous digest with index 1, 2, ...
    CoreSdkV201,       //!< core-sdk 2.0.1, Go SDK, wallet-core: indexes 0, 0, 1, 2, ...
    LegacyImxSdkJs,    //!< imx-sdk-js < 1.43.5: indexes 0, 0, 0, ...
    StarkWareReference //!< StarkWare's grindKey (re-hashes the seed); informative, not IMX
};

//! Result of grindKey: the key (32 bytes big-endian, 1 <= k < stark n) and how it was reached.
struct GrindResult {
    SecureBytes key;
    bool firstHashAboveLimit = false; //!< sha256(seed || 0) >= LIMIT: variants may differ
    int rounds = 0;                   //!< number of SHA-256 evaluations
};

//! grindKey over a 32-byte seed (the BIP-32 child key), reduced mod the Stark order n.
//! A result of 0 (probability ~2^-251) is reported as OutOfRange rather than returned.
Expected<GrindResult> grindKey(const SecureBytes &seed, GrindVariant variant = GrindVariant::Current);

//! m/2645'/kLayerIndex'/kApplicationIndex'/E1'/E2'/1 for an address (E1 = low 31 bits,
//! E2 = next 31 bits of the 160-bit address).
std::vector<std::uint32_t> accountPath(const EthAddress &address);
//! The same path as text ("m/2645'/579218131'/211006541'/.../1").
std::string accountPathString(const EthAddress &address);

//! A derived stark private key with the intermediate values tests and diagnostics need.
struct DerivedStarkKey {
    SecureBytes privateKey;  //!< 32 bytes big-endian, 1 <= d < stark n
    SecureBytes bip32Child;  //!< 32 bytes: the BIP-32 key at accountPath
    std::string accountPath; //!< as accountPathString
    bool firstHashAboveLimit = false;
    int grindRounds = 0;
};

//! The CPU part, synchronous and pure: checks that seedSignature is a canonical (low-s)
//! signature of kSeedMessage by `address` (recovered address must match), then derives.
Expected<DerivedStarkKey> deriveStarkKey(const EthAddress &address, const EthSignature &seedSignature,
                                         GrindVariant variant = GrindVariant::Current);
//! Derivation from the 32-byte seed (s of the seed signature) with no signature checks.
Expected<DerivedStarkKey> deriveStarkKeyFromSeed(const EthAddress &address,
                                                 std::span<const std::uint8_t> seed,
                                                 GrindVariant variant = GrindVariant::Current);

using DerivedStarkKeyCallback = std::function<void(Expected<DerivedStarkKey>)>;

//! Asks `signer` to sign kSeedMessage, then derives (in the thread of `context`: the
//! derivation takes well under a millisecond). `done` is called once, never from inside this
//! call, and dropped if `context` dies first. `signer` must stay alive until then.
void deriveStarkKeyAsync(EthSigner &signer, QObject *context, DerivedStarkKeyCallback done,
                         GrindVariant variant = GrindVariant::Current);

} // namespace stardeck::crypto::imx
