// SPDX-License-Identifier: MIT
#include "BenchOps.h"

#include "crypto/EthAddress.h"
#include "crypto/Keccak.h"
#include "crypto/LocalEthSigner.h"
#include "crypto/StarkCurve.h"
#include "crypto/StarkEcdsa.h"
#include "crypto/StarkKeyDerivation.h"
#include "starkex/Asset.h"
#include "starkex/MessageHash.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace stardeck::bench {

namespace stark = crypto::stark;
namespace imx = crypto::imx;

namespace {

constexpr const char *kImpl = "stardeck";

// "" when `got` holds `expected`, else a short description for the JSON "check" field.
template <class T>
std::string compare(const Expected<T> &got, const T &expected)
{
    if (!got)
        return "error: " + got.error().message;
    return *got == expected ? std::string() : std::string("wrong result");
}

std::uint64_t fold(const UInt256 &v)
{
    return v.limb[0];
}

void benchCurve(BenchRunner &runner, const BenchInputs &in)
{
    runner.measure(
        kImpl, "pedersen", in.pedersen.size(),
        [&](std::size_t i) {
            return compare(stark::pedersenHash(in.pedersen[i].a, in.pedersen[i].b), in.pedersen[i].hash);
        },
        [&](std::size_t i) { return fold(*stark::pedersenHash(in.pedersen[i].a, in.pedersen[i].b)); });

    runner.measure(
        kImpl, "public_key", in.starkKeys.size(),
        [&](std::size_t i) {
            const Expected<stark::PublicKey> key = stark::publicKey(in.starkKeys[i].privateKey);
            return key ? compare(Expected<UInt256>(key->x), in.starkKeys[i].starkKey)
                       : "error: " + key.error().message;
        },
        [&](std::size_t i) { return fold(stark::publicKey(in.starkKeys[i].privateKey)->x); });

    runner.measure(
        kImpl, "sign", in.sign.size(),
        [&](std::size_t i) {
            const SignCase &c = in.sign[i];
            return compare(stark::sign(c.privateKey, c.msgHash), stark::Signature{c.r, c.s});
        },
        [&](std::size_t i) { return fold(stark::sign(in.sign[i].privateKey, in.sign[i].msgHash)->s); });

    runner.measure(
        kImpl, "verify", in.verify.size(),
        [&](std::size_t i) {
            const VerifyCase &c = in.verify[i];
            return compare(stark::verify(c.starkKey, c.msgHash, stark::Signature{c.r, c.s}), true);
        },
        [&](std::size_t i) {
            const VerifyCase &c = in.verify[i];
            return std::uint64_t(*stark::verify(c.starkKey, c.msgHash, stark::Signature{c.r, c.s}));
        });
}

// The whole IMX onboarding computation for one Ethereum key, as the wallet runs it: personal_sign
// of the seed message, recovery check, BIP-32 down the account path, grindKey, then d*G.
void benchKeyDerivation(BenchRunner &runner, const BenchInputs &in)
{
    struct Account {
        std::unique_ptr<crypto::LocalEthSigner> signer;
        crypto::EthSignature seedSignature;
    };
    std::vector<Account> accounts;
    const QByteArray seedMessage(imx::kSeedMessage.data(), qsizetype(imx::kSeedMessage.size()));
    for (const KeyDerivationCase &c : in.keyDerivation) {
        Expected<std::unique_ptr<crypto::LocalEthSigner>> signer =
            crypto::LocalEthSigner::create(c.ethPrivateKey.clone());
        if (!signer) {
            runner.reportError(kImpl, "imx_key_derivation", signer.error().message);
            return;
        }
        Expected<crypto::EthSignature> signature = (*signer)->signPersonalMessageNow(seedMessage);
        if (!signature) {
            runner.reportError(kImpl, "imx_key_derivation", signature.error().message);
            return;
        }
        accounts.push_back({std::move(*signer), *signature});
    }

    auto derive = [&](std::size_t i) -> Expected<stark::PublicKey> {
        const crypto::LocalEthSigner &signer = *accounts[i].signer;
        Expected<crypto::EthSignature> signature = signer.signPersonalMessageNow(seedMessage);
        if (!signature)
            return signature.error();
        Expected<imx::DerivedStarkKey> derived = imx::deriveStarkKey(signer.address(), *signature);
        crypto::secureWipe(&signature.value(), sizeof(crypto::EthSignature));
        if (!derived)
            return derived.error();
        return stark::publicKey(derived->privateKey);
    };
    runner.measure(
        kImpl, "imx_key_derivation", accounts.size(),
        [&](std::size_t i) {
            const Expected<stark::PublicKey> key = derive(i);
            return key ? compare(Expected<UInt256>(key->x), in.keyDerivation[i].starkKey)
                       : "error: " + key.error().message;
        },
        [&](std::size_t i) { return fold(derive(i)->x); });

    // The two halves, to show where the time goes.
    runner.measure(
        kImpl, "imx_seed_sign", accounts.size(),
        [&](std::size_t i) {
            return compare(accounts[i].signer->signPersonalMessageNow(seedMessage),
                           accounts[i].seedSignature);
        },
        [&](std::size_t i) { return fold(accounts[i].signer->signPersonalMessageNow(seedMessage)->s); });
    runner.measure(
        kImpl, "imx_derive_private_key", accounts.size(),
        [&](std::size_t i) {
            const Expected<imx::DerivedStarkKey> derived =
                imx::deriveStarkKey(accounts[i].signer->address(), accounts[i].seedSignature);
            if (!derived)
                return "error: " + derived.error().message;
            return UInt256::fromBytesBE(derived->privateKey.data(), derived->privateKey.size()) ==
                           in.keyDerivation[i].starkPrivateKey
                       ? std::string()
                       : std::string("wrong result");
        },
        [&](std::size_t i) {
            const Expected<imx::DerivedStarkKey> derived =
                imx::deriveStarkKey(accounts[i].signer->address(), accounts[i].seedSignature);
            return std::uint64_t(derived->privateKey[31]);
        });
}

Expected<starkex::AssetSpec> assetSpec(const AssetCase &c)
{
    Expected<starkex::AssetKind> kind = starkex::parseAssetKind(c.type);
    if (!kind)
        return kind.error();
    starkex::AssetSpec spec;
    spec.kind = *kind;
    spec.quantum = c.quantum;
    spec.tokenAddress = c.tokenAddress.value_or(std::string());
    spec.tokenId = c.tokenId;
    spec.blob = c.blob;
    return spec;
}

Expected<UInt256> transferHash(const TransferCase &c)
{
    const starkex::TransferParams params{c.amount,
                                         c.nonce,
                                         c.senderVaultId,
                                         c.token,
                                         c.receiverVaultId,
                                         c.receiverStarkKey,
                                         c.expirationTimestamp,
                                         c.condition};
    Expected<starkex::MessageHash> hash =
        c.feeToken ? starkex::transferWithFeeMsgHash(params, {*c.feeToken, c.feeVaultId.value_or(UInt256()),
                                                              c.feeLimit.value_or(UInt256())})
                   : starkex::transferMsgHash(params);
    if (!hash)
        return hash.error();
    return hash->hash;
}

void benchStarkEx(BenchRunner &runner, const BenchInputs &in)
{
    runner.measure(
        kImpl, "keccak256", in.keccak.size(),
        [&](std::size_t i) {
            return crypto::keccak256(in.keccak[i].message) == in.keccak[i].digest
                       ? std::string()
                       : std::string("wrong result");
        },
        [&](std::size_t i) { return std::uint64_t(crypto::keccak256(in.keccak[i].message)[0]); });

    std::vector<starkex::AssetSpec> specs;
    for (const AssetCase &c : in.assets) {
        Expected<starkex::AssetSpec> spec = assetSpec(c);
        if (!spec) {
            runner.reportError(kImpl, "asset_id", spec.error().message);
            return;
        }
        specs.push_back(*spec);
    }
    runner.measure(
        kImpl, "asset_id", specs.size(),
        [&](std::size_t i) { return compare(starkex::assetId(specs[i]), in.assets[i].assetId); },
        [&](std::size_t i) { return fold(*starkex::assetId(specs[i])); });

    runner.measure(
        kImpl, "transfer_msg_hash", in.transfers.size(),
        [&](std::size_t i) { return compare(transferHash(in.transfers[i]), in.transfers[i].msgHash); },
        [&](std::size_t i) { return fold(*transferHash(in.transfers[i])); });
}

} // namespace

void runStardeckBenchmarks(BenchRunner &runner, const BenchInputs &inputs)
{
    benchCurve(runner, inputs);
    benchKeyDerivation(runner, inputs);
    benchStarkEx(runner, inputs);
}

} // namespace stardeck::bench
