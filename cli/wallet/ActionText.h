// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QJsonObject>
#include <QString>

namespace stardeck::cli {

//! The decoded, human-readable review of a prepared action: what, from, to, asset, exact amounts
//! with symbol, fees, expiry in local time, whether every hash was verified locally, payload hashes.
QString describeAction(const wallet::PreparedAction &action);
//! The same review as JSON (amounts as exact decimal strings and base units).
QJsonObject actionJson(const wallet::PreparedAction &action);
//! The Passport error type of an action kind (TRANSFER_ERROR for transfers, ...).
wallet::PassportErrorType errorTypeOf(wallet::ActionKind kind);

} // namespace stardeck::cli
