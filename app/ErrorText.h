// SPDX-License-Identifier: MIT
#pragma once
// Failures and action states as sentences for people: what happened and what to do, by the kind of
// failure (never an error code alone).

#include "passport/PassportError.h"
#include "wallet/WalletAction.h"
#include "wallet/WalletError.h"

#include <QString>

namespace stardeck::app {

//! A wallet failure: what happened and what to do, then the details.
QString walletErrorText(const wallet::WalletError &error);
//! A Passport session failure, the same way.
QString passportErrorText(const passport::PassportError &error);
//! "Transfer", "Registration", ...
QString actionText(wallet::ActionKind kind);
//! "checking", "waiting for your approval", ...
QString actionStateText(wallet::ActionState state);

} // namespace stardeck::app
