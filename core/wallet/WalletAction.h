// SPDX-License-Identifier: MIT
#pragma once
// The requests the IMX provider accepts, the prepared (verified, not yet signed) action the user
// reviews, and the named progress states. Shared by core/wallet, the CLI and the desktop UI.

#include "crypto/UInt256.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace stardeck::wallet {

using crypto::UInt256;

//! A token as the API's SignableToken: ETH, an ERC20 or one ERC721.
struct TokenRef {
    enum class Type {
        Eth,
        Erc20,
        Erc721
    };
    Type type = Type::Eth;
    QString tokenAddress; //!< ERC20/ERC721 contract, lower-case 0x-hex; empty for ETH
    QString tokenId;      //!< ERC721 only (decimal string as the API uses)
};

//! transfer(): ETH/ERC20 amounts in base units (wei); ERC721 amount is always 1.
struct TransferRequest {
    TokenRef token;
    UInt256 amount;   //!< base units; ignored (forced to 1) for ERC721
    QString receiver; //!< 0x-hex Ethereum address (EIP-55 checked when mixed case)
};

//! One item of batchNftTransfer().
struct NftTransferItem {
    QString receiver;
    QString tokenAddress;
    QString tokenId;
};

//! A maker/taker fee: recipient and percentage (decimal string, e.g. "1.5").
struct FeeEntry {
    QString address;
    QString percentage;
};

//! createOrder(): sell one token for another (an NFT for ETH/ERC20 in practice).
struct OrderRequest {
    TokenRef sell;
    UInt256 sellAmount; //!< base units (1 for ERC721)
    TokenRef buy;
    UInt256 buyAmount; //!< base units
    QList<FeeEntry> fees;
    std::optional<QDateTime> expiration; //!< empty = the server's default
};

//! createTrade(): fill an existing order.
struct TradeRequest {
    qint64 orderId = 0;
    QList<FeeEntry> fees;
    std::optional<QDateTime> expiration;
};

//! exchangeTransfer(): a transfer that completes a fiat on/off-ramp exchange.
struct ExchangeTransferRequest {
    qint64 exchangeId = 0; //!< the API's transactionID of the exchange
    TokenRef token;        //!< ETH or ERC20 only
    UInt256 amount;
    QString receiver;
};

//! What a signed action is.
enum class ActionKind {
    Registration,
    Transfer,
    BatchNftTransfer,
    CreateOrder,
    CancelOrder,
    CreateTrade,
    ExchangeTransfer,
};

//! "transfer", "batch_nft_transfer", ...
QString actionKindName(ActionKind kind);

//! Named progress of one action, in order; Done, Failed and Unknown are final.
enum class ActionState {
    Preparing,        //!< asking the signable endpoint
    Checking,         //!< comparing fields, recomputing the hash, asking Guardian
    AwaitingApproval, //!< the ConfirmationPrompt (and Guardian confirmation) is open
    Signing,
    Submitting,
    Done,
    Failed,
    Unknown, //!< sent, no answer: the journal entry will be resolved (resumePending)
};

//! "preparing", "checking", "awaiting_approval", "signing", "submitting", "done", "failed", "unknown".
QString actionStateName(ActionState state);

//! Display data of a token, looked up from /v1/tokens or the asset (never trusted for hashing).
struct TokenDisplay {
    QString symbol;     //!< "ETH", "USDC", or the collection name for an NFT
    int decimals = 0;   //!< 18 for ETH; 0 for ERC721
    QString name;       //!< NFT name when known
    QUrl imageUrl;      //!< token icon or NFT image; may be empty
    QString collection; //!< NFT collection name when known
};

//! One StarkEx message inside an action (a transfer has one, a batch has many, an order one).
struct PreparedItem {
    QString receiver;         //!< Ethereum address (transfers); empty for orders
    UInt256 receiverStarkKey; //!< transfers
    TokenRef token;           //!< what moves (transfers) or what is sold (orders)
    TokenDisplay display;
    UInt256 amount; //!< base units, as the user asked and the server echoed (checked equal)
    UInt256 quantizedAmount;
    UInt256 assetId;
    std::optional<TokenRef> buyToken; //!< orders and trades
    TokenDisplay buyDisplay;
    UInt256 buyAmount; //!< base units
    UInt256 vaultIdSell;
    UInt256 vaultIdBuy; //!< receiver vault for transfers
    UInt256 nonce;
    UInt256 expirationHours;           //!< StarkEx expiration (hours since the epoch)
    std::optional<UInt256> feeLimit;   //!< fee variants
    std::optional<UInt256> feeAssetId; //!< fee variants
    UInt256 payloadHash;               //!< recomputed locally and equal to the server's
};

//! Guardian's verdict for an action.
struct GuardianCheck {
    bool evaluated = false; //!< false for exchange transfers (no Guardian in the SDK)
    bool confirmationRequired = false;
    QUrl confirmationUrl; //!< the hosted confirmation page when required
    QString transactionId;
};

//! An action checked and ready for review: immutable once built. Everything the user sees here
//! was recomputed from the server's fields and checked against the request.
struct PreparedAction {
    QString id; //!< a local id (UUID) used in progress reports and the journal
    ActionKind kind = ActionKind::Transfer;
    QString sender;         //!< the user's IMX Ethereum address
    UInt256 senderStarkKey; //!< the user's stark key
    qint64 orderId = 0;     //!< cancel and trade
    qint64 exchangeId = 0;  //!< exchange transfers
    QList<PreparedItem> items;
    QList<FeeEntry> fees;
    bool hashesVerified = false; //!< always true when handed to a prompt: every payload hash recomputed
    GuardianCheck guardian;
    QString readableTransaction; //!< the server's readable_transaction, for the Advanced view
    QJsonObject signable;        //!< the raw signable response, for the Advanced view
};

} // namespace stardeck::wallet
