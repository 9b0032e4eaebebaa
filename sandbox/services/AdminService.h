// SPDX-License-Identifier: MIT
#pragma once

#include "services/Service.h"

namespace stardeck::sandbox {

//! /__sandbox/: health and state snapshots for tests (never part of the real API).
class AdminService : public Service {
public:
    using Service::Service;
    void registerRoutes(Router &router) override;
};

} // namespace stardeck::sandbox
