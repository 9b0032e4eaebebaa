// SPDX-License-Identifier: MIT
#pragma once

// The seeded worlds: "empty" (nothing) and "demo" (tokens, collections, thousands of NFTs, users
// with balances, orders on the book and history). Everything is deterministic: a fixed PRNG
// seed, fixed timestamps and keys derived from e-mail addresses, so tests can rely on it.
//
// The demo world: tokens ETH (18 decimals, quantum 1e8, token_address ""), USDS "Sandbox USD"
// (6 decimals, quantum 1) and DUST "Stardust" (18 decimals, quantum 1e8); five collections
// (Starship Fleet, Nebula Pets, Asteroid Claims, Relics of the Deep Sky, Pilot Licences) whose
// schemas use enum/text/discrete/boolean/continuous properties; --nfts NFTs (a mint record each),
// about 12% owned by the demo user; ten registered users: demo, alice, bob, carol, dave, erin,
// frank, grace, heidi, ivan (@stardeck.test), plus the on/off-ramp provider's registered account
// (wallet@moonpay.stardeck.test, the exchanges' provider wallet); a deposit of each token per user; listings
// for ETH/USDS (active, cancelled, filled by a trade, inactive after a transfer); fungible and NFT transfers;
// two withdrawals and two exchanges of the demo user. The demo user holds 12.5 ETH, 2,500 USDS and 10,000
// DUST.
//
// Seeded users are registered Passport IMX accounts (passport-sdk.md 2.4, 3.2, imx-api.md 6.2):
// - adminKey / adminAddress (imx_user_admin_address): the secp256k1 key the emulated Magic TEE
//   holds, derived from the e-mail (adminKeyForEmail).
// - starkKey (imx_stark_address): derived from the admin key exactly as Passport does
//   (crypto::imx::deriveStarkKey over the TEE's signature of the seed message, path built from
//   the ADMIN address), so the SDK's own signer reproduces it.
// - ethAddress (imx_eth_address, the `user`/`sender` of every IMX call): a separate address,
//   NOT the admin EOA. imx-api.md 6.2 (inferred) says the ether_key returned by registration
//   becomes imx_eth_address while user_admin_key is the TEE EOA, i.e. Passport's IMX account is
//   a distinct (counterfactual) address. The sandbox makes it deterministic:
//   counterfactualEthAddress(admin) = last 20 bytes of keccak256("stardeck-sandbox imx account" ||
//   admin address bytes). No private key exists for it; it is authorised through the admin key.

#include "SandboxContext.h"
#include "crypto/EthAddress.h"
#include "crypto/SecureBytes.h"
#include "world/World.h"

#include <QString>

namespace stardeck::sandbox {

//! Facts about the demo world that tests and docs refer to.
namespace seed {
inline constexpr int kMaxNfts = 100000;      //!< upper bound of --nfts
inline constexpr int kDefaultNfts = 2000;    //!< --nfts default
inline constexpr quint64 kPrngSeed = 0x5eed; //!< fixed: the demo world is the same on every run
inline const QString demoEmail = QStringLiteral("demo@stardeck.test");
inline const QString ethSymbol = QStringLiteral("ETH");
inline const QString stableSymbol = QStringLiteral("USDS"); //!< "Sandbox USD", 6 decimals
inline const QString gameSymbol = QStringLiteral("DUST");   //!< "Stardust", 18 decimals
} // namespace seed

//! Checks options.seed ("demo"|"empty") and options.nfts (0..kMaxNfts). False with *error.
bool validateSeedOptions(const SandboxOptions &options, QString *error);

//! Replaces the world's contents with the seed chosen by options. False with *error on bad
//! options (the world is left untouched then).
bool seedWorld(World &world, const SandboxOptions &options, QString *error);

//! The deterministic admin (TEE) key of a seeded e-mail: keccak256 of a tagged, lower-cased
//! e-mail, re-hashed until it is a valid secp256k1 key.
crypto::SecureBytes adminKeyForEmail(const QString &email);

//! The IMX account address paired with an admin address (see the header comment).
QString counterfactualEthAddress(const crypto::EthAddress &adminAddress);

//! Gives `user` an admin key (kept if already set), its address, the derived stark key and the
//! counterfactual eth address, and marks it registered. False with *error if a derivation fails.
bool provisionImxAccount(UserRecord &user, QString *error);

//! A stable user id ("sub") for an e-mail: "email|" + 24 hex digits of sha256(lower-case e-mail).
QString userIdForEmail(const QString &email);

} // namespace stardeck::sandbox
