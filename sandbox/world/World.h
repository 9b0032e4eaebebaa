// SPDX-License-Identifier: MIT
#pragma once

// The sandbox's state: everything the emulated services read and change. Plain data, owned by
// Sandbox and touched only from the server's thread. Addresses and stark keys are stored in
// lower case; amounts are exact 256-bit integers in base units. Image fields (imageUrl, iconUrl,
// collectionImageUrl) hold media-service paths ("/nft/0xabc/7.png") that the IMX API prefixes with
// the media base URL when serialising (the port is known only after start); an absolute http(s)
// URL is returned as is.

#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace stardeck::sandbox {

using crypto::UInt256;

//! ETH or an ERC20 (imx-api.md 3.5).
struct TokenRecord {
    QString symbol;
    QString name;
    QString tokenAddress; //!< "" for ETH
    int decimals = 18;
    UInt256 quantum;
    QString imageUrl;
};

//! An NFT collection (imx-api.md 3.3).
struct CollectionRecord {
    QString address;
    QString name;
    QString description;
    QString iconUrl;
    QString collectionImageUrl;
    QString metadataApiUrl;
    QString projectOwnerAddress;
    qint64 projectId = 0;
    QJsonArray metadataSchema; //!< [{name, type, filterable}]
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! One ERC721 token on IMX (imx-api.md 3.2).
struct AssetRecord {
    QString tokenAddress;
    QString tokenId;
    QString internalId;
    QString owner;
    QString status = QStringLiteral("imx");
    QString uri;
    QString name;
    QString description;
    QString imageUrl;
    QJsonObject metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! A Passport identity and, once registered, its IMX account.
struct UserRecord {
    QString userId; //!< OIDC "sub"
    QString email;
    QString ethAddress;           //!< the IMX account's L1 address ("" before the wallet exists)
    QString starkKey;             //!< "" until registered
    QString adminAddress;         //!< the embedded-wallet (TEE) EOA
    crypto::SecureBytes adminKey; //!< that EOA's secp256k1 key, held by the emulated TEE
    bool registered = false;
    QDateTime createdAt;
};

//! The token side of an order, trade or transfer.
struct TokenSpec {
    QString type;         //!< "ETH", "ERC20" or "ERC721"
    QString tokenAddress; //!< "" for ETH
    QString tokenId;      //!< ERC721 only
    bool operator==(const TokenSpec &) const = default;
};

//! A v3 order (imx-api.md 3.6).
struct OrderRecord {
    qint64 orderId = 0;
    QString user;
    QString status = QStringLiteral("active"); //!< active|filled|cancelled|expired|inactive
    TokenSpec sell;
    TokenSpec buy;
    UInt256 amountSell;
    UInt256 amountBuy;
    UInt256 amountSold;
    qint64 expirationHours = 0;
    QJsonArray fees;
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! A v3 trade (imx-api.md 3.7): party a filled party b's order.
struct TradeRecord {
    qint64 transactionId = 0;
    qint64 orderIdA = 0;
    qint64 orderIdB = 0;
    TokenSpec tokenA;
    TokenSpec tokenB;
    UInt256 soldA;
    UInt256 soldB;
    QString status = QStringLiteral("success");
    QDateTime timestamp;
};

//! A transfer (imx-api.md 3.8).
struct TransferRecord {
    qint64 transactionId = 0;
    QString sender;
    QString receiver;
    TokenSpec token;
    UInt256 quantity;
    QString status = QStringLiteral("success");
    QDateTime timestamp;
};

//! An L1 deposit into the exchange (imx-api.md 3.9).
struct DepositRecord {
    qint64 transactionId = 0;
    QString user;
    TokenSpec token;
    UInt256 quantity;
    QString status = QStringLiteral("success");
    QDateTime timestamp;
};

//! A withdrawal from the exchange (imx-api.md 3.9).
struct WithdrawalRecord {
    qint64 transactionId = 0;
    QString sender;
    TokenSpec token;
    UInt256 quantity;
    QString status = QStringLiteral("success");
    QString rollupStatus = QStringLiteral("confirmed");
    bool withdrawnToWallet = false;
    QDateTime timestamp;
};

//! An NFT mint (imx-api.md 3.9).
struct MintRecord {
    qint64 transactionId = 0;
    QString user;
    TokenSpec token; //!< ERC721
    QString status = QStringLiteral("success");
    QDateTime timestamp;
};

//! A fiat on/off-ramp record (imx-api.md 3.10).
struct ExchangeRecord {
    qint64 id = 0;
    QString walletAddress;
    QString provider = QStringLiteral("moonpay");
    QString type = QStringLiteral("onramp"); //!< onramp|offramp
    QString status = QStringLiteral("created");
    QJsonObject data; //!< OptionalExchangeData
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! The whole sandbox world.
struct World {
    std::map<QString, TokenRecord> tokens;                     //!< by token address ("" = ETH)
    std::map<QString, CollectionRecord> collections;           //!< by address
    std::map<std::pair<QString, QString>, AssetRecord> assets; //!< by (token address, token id)
    std::map<QString, UserRecord> users;                       //!< by user id (sub)
    std::map<std::pair<QString, QString>, UInt256> balances;   //!< by (owner, token address)
    std::map<qint64, OrderRecord> orders;
    std::map<qint64, TradeRecord> trades;
    std::map<qint64, TransferRecord> transfers;
    std::map<qint64, DepositRecord> deposits;       //!< by transaction id
    std::map<qint64, WithdrawalRecord> withdrawals; //!< by transaction id
    std::map<qint64, MintRecord> mints;             //!< by transaction id
    std::map<qint64, ExchangeRecord> exchanges;     //!< by exchange id
    qint64 nextOrderId = 1;
    qint64 nextTransactionId = 1; //!< shared by transfers, trades, deposits, withdrawals and mints
    qint64 nextExchangeId = 1;

    //! The user whose IMX account is at this L1 address (case-insensitive), if any.
    UserRecord *userByEthAddress(const QString &address);
    //! The user with this e-mail (case-insensitive), if any.
    UserRecord *userByEmail(const QString &email);
    //! Balance of owner in token ("" = ETH); zero if none.
    UInt256 balance(const QString &owner, const QString &tokenAddress) const;
};

} // namespace stardeck::sandbox
