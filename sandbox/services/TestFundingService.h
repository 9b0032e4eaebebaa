// SPDX-License-Identifier: MIT
#pragma once

#include "services/Service.h"

namespace stardeck::sandbox {

//! /__sandbox/fund and /__sandbox/mint: test-only funding of registered accounts (never part of
//! the real API). A new wallet starts with nothing; these give it what a real L1 deposit or an
//! NFT mint would, through the same world state the IMX API reads and writes move:
//!
//!   POST /__sandbox/fund {"address", "token_address" ("" = ETH), "amount" (base units, decimal)}
//!     -> 200 {"address", "token_address", "amount", "balance", "deposit_id"}; records a deposit.
//!   POST /__sandbox/mint {"address", "token_address" (a collection), "token_id"? (decimal; the
//!     collection's next free numeric id when absent)}
//!     -> 200 {"address", "token_address", "token_id", "mint_id"}; records a mint.
//!
//! Strict: unknown fields, wrong types, malformed addresses/amounts are 400 bad_request; an
//! unregistered address 400 user_not_registered; an unknown token/collection 400 token_not_found;
//! an amount that is zero, not a multiple of the token's quantum or would take the balance to
//! 2^63 quanta or more 400 invalid_amount; an existing token id 409 asset_already_exists.
class TestFundingService : public Service {
public:
    using Service::Service;
    void registerRoutes(Router &router) override;

private:
    HttpResponse fund(const HttpRequest &request);
    HttpResponse mint(const HttpRequest &request);
};

} // namespace stardeck::sandbox
