// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxContext.h"
#include "http/Router.h"
#include "services/GuardianLedger.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace stardeck::sandbox {

//! Passport's hosted confirmation screens (passport-sdk.md 5.2, imx-api.md 6.4) under
//! /passport/transaction-confirmation/: `transaction` renders a pending Guardian transaction and
//! speaks the `imx_passport_confirmation` postMessage protocol with its opener (or parent
//! frame); `loading` and `unavailable` are the SDK's other two screens.
//!
//! The real page approves with its own passport.immutable.com session. The sandbox stands in
//! for that session with a single-use grant embedded in each rendered page, valid for that one
//! transaction for ten minutes; Guardian's approve endpoint accepts it as a bearer token.
class ConfirmationPage {
public:
    ConfirmationPage(SandboxContext &context, GuardianLedger &ledger) : m_context(context), m_ledger(ledger)
    {}

    //! Adds the three pages under prefix::passport.
    void registerRoutes(Router &router);
    //! True (and the grant is used up) when `token` is an unexpired grant for this record.
    bool redeemGrant(const QByteArray &token, const GuardianRecord &record);

private:
    struct Grant {
        QString recordId;
        QDateTime expiresAt;
    };

    HttpResponse transactionPage(const HttpRequest &request);

    SandboxContext &m_context;
    GuardianLedger &m_ledger;
    QHash<QByteArray, Grant> m_grants;
};

} // namespace stardeck::sandbox
