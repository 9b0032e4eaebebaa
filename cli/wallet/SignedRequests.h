// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/TokenBook.h"

#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QList>
#include <QString>
#include <QStringList>

//! Turning command-line values into the provider's requests: tokens ("ETH" or an address, an NFT
//! with a token id), exact decimal amounts with the token's decimals from /v1/tokens, addresses.
//! Every error is INVALID_REQUEST with the given Passport error type (exit status 2).
namespace stardeck::cli {

//! "ETH" (any case), an ERC20 address listed by /v1/tokens, or with `tokenId` an ERC721 contract.
wallet::WalletResult<wallet::TokenRef> tokenRef(const TokenBook &book, const QString &text,
                                                const QString &tokenId, wallet::PassportErrorType type);
//! `text` in token units ("0.25") as exact base units with the token's decimals; must be > 0.
wallet::WalletResult<crypto::UInt256> parseAmount(const TokenBook &book, const wallet::TokenRef &token,
                                                  const QString &text, wallet::PassportErrorType type);
//! A 0x-prefixed Ethereum address (EIP-55 checked when mixed case), as given.
wallet::WalletResult<QString> checkAddress(const QString &text, const char *what,
                                           wallet::PassportErrorType type);
//! The request of `transfer`.
wallet::WalletResult<wallet::TransferRequest> transferRequest(const TokenBook &book, const QString &to,
                                                              const QString &token, const QString &amount,
                                                              const QString &tokenId,
                                                              wallet::PassportErrorType type);
//! The items of `batch-transfer --to --token --token-id...`.
wallet::WalletResult<QList<wallet::NftTransferItem>> batchItems(const QString &to, const QString &token,
                                                                const QStringList &tokenIds);
//! The items of `batch-transfer --file`: a JSON array of {"receiver", "token_address", "token_id"}.
wallet::WalletResult<QList<wallet::NftTransferItem>> batchItemsFromFile(const QString &path);

} // namespace stardeck::cli
