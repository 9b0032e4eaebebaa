// SPDX-License-Identifier: MIT
#pragma once

#include "wallet/WalletAction.h"

#include <QCoreApplication>
#include <QString>

namespace stardeck::ui {

//! The "Advanced" text of a confirmation: every raw StarkEx field of every item (vault ids, nonce,
//! asset ids, quantized and base amounts, expiration, fee fields, payload hash in hex) under the
//! API's field names, then the server's readable_transaction. Plain text, shown read-only.
class ConfirmationDetails {
    Q_DECLARE_TR_FUNCTIONS(ConfirmationDetails)

public:
    //! The full raw text of `action`.
    static QString rawText(const wallet::PreparedAction &action);

private:
    static QString itemText(const wallet::PreparedAction &action, const wallet::PreparedItem &item);
};

} // namespace stardeck::ui
