// SPDX-License-Identifier: MIT
#include "Sandbox.h"

#include "http/SandboxServer.h"
#include "services/AdminService.h"
#include "services/AuthService.h"
#include "services/GuardianService.h"
#include "services/ImxReadService.h"
#include "services/ImxWriteService.h"
#include "services/MediaService.h"
#include "services/TeeService.h"
#include "services/TestFundingService.h"
#include "world/Seed.h"

namespace stardeck::sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_server(std::make_unique<SandboxServer>())
{
    m_context.options = std::move(options);
    // One line per service; each registers its own routes under its host prefix.
    m_services.push_back(std::make_unique<AdminService>(m_context));
    auto auth = std::make_unique<AuthService>(m_context); // the TEE verifies the ID tokens it signs
    m_services.push_back(std::make_unique<TeeService>(m_context, *auth));
    m_services.push_back(std::move(auth));
    m_services.push_back(std::make_unique<ImxReadService>(m_context));
    m_services.push_back(std::make_unique<MediaService>(m_context));
    auto guardian = std::make_unique<GuardianService>(m_context); // IMX writes create and check its records
    m_services.push_back(std::make_unique<ImxWriteService>(m_context, guardian->ledger()));
    m_services.push_back(std::move(guardian));
    m_services.push_back(std::make_unique<TestFundingService>(m_context));
    for (const auto &service : m_services)
        service->registerRoutes(m_server->router());
    m_server->setFaultInjector(&m_context.faults);
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    if (!seedWorld(m_context.world, m_context.options, error))
        return false;
    const quint16 port = m_server->listen(m_context.options.address, m_context.options.port,
                                          m_context.options.allowRemote, error);
    if (port == 0)
        return false;
    m_context.baseUrl = m_server->baseUrl();
    return true;
}

QUrl Sandbox::baseUrl() const
{
    return m_context.baseUrl;
}

} // namespace stardeck::sandbox
