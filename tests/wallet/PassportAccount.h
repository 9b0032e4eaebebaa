// SPDX-License-Identifier: MIT
#pragma once

// The signers Passport would derive for a user the sandbox holds the TEE key of: the Ethereum key
// itself, and the stark key derived from its signature of IMX's seed message. Shared by the
// provider tests and the soak test.

#include "crypto/LocalEthSigner.h"
#include "crypto/StarkKeyDerivation.h"
#include "wallet/StarkSigner.h"
#include "wallet/WalletConnector.h"
#include "world/World.h"

#include <memory>
#include <optional>

namespace stardeck::test {

//! The connected account of `record` (nullopt when a key cannot be rebuilt).
inline std::optional<wallet::ConnectedAccount> passportAccountFor(const sandbox::UserRecord &record)
{
    auto eth = crypto::LocalEthSigner::create(record.adminKey.clone());
    if (!eth)
        return std::nullopt;
    const auto seed = (*eth)->signPersonalMessageNow(
        QByteArray(crypto::imx::kSeedMessage.data(), qsizetype(crypto::imx::kSeedMessage.size())));
    if (!seed)
        return std::nullopt;
    auto derived = crypto::imx::deriveStarkKey((*eth)->address(), *seed);
    if (!derived)
        return std::nullopt;
    auto stark = wallet::StarkSigner::create(std::move(derived->privateKey));
    if (!stark)
        return std::nullopt;
    wallet::ConnectedAccount account;
    account.subject = record.userId;
    account.userAdminAddress = (*eth)->address();
    account.ethSigner = std::shared_ptr<crypto::EthSigner>(std::move(*eth));
    account.starkSigner = stark.value();
    return account;
}

} // namespace stardeck::test
