// SPDX-License-Identifier: MIT
#pragma once
// What the action dialogs share: the services they use (none owned), the tokens the user can spend
// (balances with the decimals and quantum of each token), and the texts of progress states and
// failures for people.

#include "crypto/UInt256.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace stardeck::api {
class ImxClient;
}
namespace stardeck::wallet {
class ImxProvider;
}

namespace stardeck::ui {

class AddressBook;

//! The services an action dialog works with; all must outlive the dialog (addressBook may be null).
struct ActionServices {
    wallet::ImxProvider *provider = nullptr;
    api::ImxClient *client = nullptr;
    AddressBook *addressBook = nullptr;
};

//! A fungible token the user holds, with what validating an amount of it needs.
struct TokenChoice {
    wallet::TokenRef token; //!< Eth or Erc20
    QString symbol;
    unsigned decimals = 18;
    crypto::UInt256 quantum = crypto::UInt256(1);
    crypto::UInt256 balance; //!< spendable base units
};

//! One NFT picked on the Assets page.
struct NftChoice {
    QString tokenAddress;
    QString tokenId;
    QString name; //!< for display; may be empty
};

//! Loads the user's ETH/ERC20 balances and each token's decimals and quantum; `done` runs once on
//! `context`'s thread with the tokens, or with an error text for people.
void loadTokenChoices(api::ImxClient &client, const QString &owner, QObject *context,
                      std::function<void(QList<TokenChoice> tokens, QString error)> done);

//! Loads every token the API knows (ETH and ERC20s) with balance 0: what a price may be paid in.
void loadPriceTokens(api::ImxClient &client, QObject *context,
                     std::function<void(QList<TokenChoice> tokens, QString error)> done);

//! "Preparing the transaction...", "Waiting for your approval..." and so on.
QString actionStateText(wallet::ActionState state);

//! What a failure means for the user, in words (e.g. SecurityCheck -> "Refused: ... Nothing was signed.").
QString walletFailureText(const wallet::WalletError &error);

} // namespace stardeck::ui
