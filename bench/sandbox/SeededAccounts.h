// SPDX-License-Identifier: MIT
#pragma once

// The client side of the sandbox's seeded users: the bench derives their keys itself, with core,
// the way sandbox/world/Seed.h documents it (admin key from the e-mail, stark key by IMX's
// derivation over the admin key's signature of the seed message, IMX account address from the
// admin address), and then checks them against what the sandbox serves.

#include "crypto/Error.h"
#include "crypto/SecureBytes.h"
#include "crypto/UInt256.h"

#include <QString>
#include <QStringList>

namespace stardeck::bench {

//! One seeded user as a wallet would hold it.
struct SeededAccount {
    QString email;
    QString ethAddress;               //!< the IMX account (imx_eth_address), lower-case 0x hex
    QString adminAddress;             //!< the embedded wallet's EOA
    crypto::UInt256 starkKey;         //!< x of the stark public key
    crypto::SecureBytes starkPrivate; //!< the stark private key that signs transfers
};

//! The seeded users' e-mail addresses, demo user first (sandbox/world/Seed.cpp).
QStringList seededEmails();

//! Derives a seeded user's keys and addresses from the e-mail alone.
crypto::Expected<SeededAccount> deriveSeededAccount(const QString &email);

} // namespace stardeck::bench
