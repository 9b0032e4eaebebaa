// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxContext.h"
#include "http/Router.h"

namespace stardeck::sandbox {

//! One emulated service (auth, IMX API, Guardian, ...): registers its routes on the router.
class Service {
public:
    explicit Service(SandboxContext &context) : m_context(context) {}
    virtual ~Service() = default;
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    //! Adds this service's routes (paths include the service's host prefix).
    virtual void registerRoutes(Router &router) = 0;

protected:
    SandboxContext &m_context;
};

} // namespace stardeck::sandbox
