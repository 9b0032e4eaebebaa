// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/WalletAction.h"

#include <functional>

class QObject;

namespace stardeck::wallet {

//! Asks the user to approve a prepared action (a dialog in the UI, a y/N question in the CLI).
//! When action.guardian.confirmationRequired is set, approving must include completing the Guardian
//! confirmation (the hosted page); the provider checks Guardian again before it signs.
class ConfirmationPrompt {
public:
    using Decision = std::function<void(bool approved)>;
    virtual ~ConfirmationPrompt() = default;
    //! Shows `action`; calls `done` exactly once, later, on `context`'s thread (dropped if it dies).
    virtual void review(const PreparedAction &action, QObject *context, Decision done) = 0;
};

} // namespace stardeck::wallet
