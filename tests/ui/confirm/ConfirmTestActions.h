// SPDX-License-Identifier: MIT
#pragma once
// PreparedActions built by hand for the confirmation dialog tests: one per ActionKind, with values
// chosen here (the expected texts in the tests come from these values and the EIP-55 spec).

#include "wallet/WalletAction.h"

#include <QString>

namespace stardeck::test::confirm {

//! The EIP-55 test vector used as the user's address, lower-case as core hands it over.
inline const QString kSender = QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
//! Its checksummed form in groups of four (EIP-55 spec: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed).
inline const QString kSenderGrouped = QStringLiteral("0x5aAe b605 3F3E 94C9 b9A0 9f33 6694 35E7 Ef1B eAed");
//! Another EIP-55 vector as the receiver (0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359).
inline const QString kReceiver = QStringLiteral("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
inline const QString kReceiverGrouped = QStringLiteral("0xfB69 1609 5ca1 df60 bB79 Ce92 cE3E a74c 37c5 d359");
//! A third receiver (EIP-55 vector 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB).
inline const QString kOtherReceiver = QStringLiteral("0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb");
//! An NFT collection contract (EIP-55 vector 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb).
inline const QString kCollection = QStringLiteral("0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb");
//! An ERC20 contract.
inline const QString kUsdc = QStringLiteral("0x07865c6e87b9f70255377e024ace6630c1eaa37f");
//! 2026-03-29 16:00 UTC in StarkEx hours (1774800000 s / 3600).
constexpr quint64 kExpiryHours = 493000;
//! The payload hash of the transfer (an arbitrary 251-bit value).
inline const QString kTransferHash =
    QStringLiteral("0x3f1c2b9a8e7d6c5b4a392817161514131211100f0e0d0c0b0a09080706050403");

//! A plain ETH transfer of `amount` wei (1.5 ETH by default) from kSender to kReceiver.
wallet::PreparedAction ethTransfer(const crypto::UInt256 &amount = crypto::UInt256(1500000000000000000ULL));
//! An ERC20 transfer with `decimals` and `symbol`.
wallet::PreparedAction erc20Transfer(const crypto::UInt256 &amount, int decimals, const QString &symbol);
//! A batch transfer of `count` NFTs ("Starship #1" ...) to kReceiver (or alternating receivers).
wallet::PreparedAction batchTransfer(int count, bool sameReceiver = true);
//! Sell Starship #12 for 0.2 ETH with a 1.5% marketplace fee.
wallet::PreparedAction createOrder();
//! Cancel order #123.
wallet::PreparedAction cancelOrder();
//! Buy Starship #12 (order #456) for 0.2 ETH.
wallet::PreparedAction createTrade();
//! Send 2.5 USDC to complete exchange #77.
wallet::PreparedAction exchangeTransfer();
//! Register the user's Stark key with Immutable X.
wallet::PreparedAction registration();

} // namespace stardeck::test::confirm
