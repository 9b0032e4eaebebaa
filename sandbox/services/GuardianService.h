// SPDX-License-Identifier: MIT
#pragma once

#include "services/ConfirmationPage.h"
#include "services/GuardianLedger.h"
#include "services/Service.h"

namespace stardeck::sandbox {

//! Guardian on the MR host (/mr/guardian/v1, imx-api.md 6.3): get, evaluate and approve StarkEx
//! transactions; Passport's confirmation pages (/passport/transaction-confirmation/...); and
//! /__sandbox/guardian/policy to switch the confirmation policy.
class GuardianService : public Service {
public:
    explicit GuardianService(SandboxContext &context) : Service(context), m_page(context, m_ledger) {}
    void registerRoutes(Router &router) override;

    //! The records and policy, shared with the IMX write service.
    GuardianLedger &ledger() { return m_ledger; }

private:
    //! The record a bearer-authenticated caller may see, or the MR error to answer. With
    //! `acceptGrant`, a confirmation page's grant for this record also authorises (approve only).
    GuardianRecord *authorisedRecord(const HttpRequest &request, HttpResponse *error,
                                     bool acceptGrant = false);

    GuardianLedger m_ledger;
    ConfirmationPage m_page;
};

} // namespace stardeck::sandbox
