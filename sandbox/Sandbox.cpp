// SPDX-License-Identifier: MIT
#include "Sandbox.h"

#include "http/SandboxServer.h"
#include "services/AdminService.h"
#include "services/AuthService.h"
#include "services/GuardianService.h"
#include "services/ImxHistoryService.h"
#include "services/ImxReadService.h"
#include "services/ImxWriteService.h"
#include "services/MediaService.h"
#include "services/TeeService.h"
#include "services/TestFundingService.h"
#include "world/Persistence.h"
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
    m_services.push_back(std::make_unique<ImxHistoryService>(m_context));
    m_services.push_back(std::make_unique<MediaService>(m_context));
    auto guardian = std::make_unique<GuardianService>(m_context); // IMX writes create and check its records
    m_services.push_back(std::make_unique<ImxWriteService>(m_context, guardian->ledger()));
    m_services.push_back(std::move(guardian));
    m_services.push_back(std::make_unique<TestFundingService>(m_context));
    for (const auto &service : m_services)
        service->registerRoutes(m_server->router());
    m_server->setFaultInjector(&m_context.faults);
    m_server->setClock([this] { return m_context.now(); });
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    if (m_context.options.dataDir.isEmpty() ? !seedWorld(m_context.world, m_context.options, error)
                                            : !openData(error))
        return false;
    const quint16 port = m_server->listen(m_context.options.address, m_context.options.port,
                                          m_context.options.allowRemote, error);
    if (port == 0)
        return false;
    m_context.baseUrl = m_server->baseUrl();
    return true;
}

bool Sandbox::openData(QString *error)
{
    Persistence::Parts parts;
    parts.world = &m_context.world;
    for (const auto &service : m_services) {
        if (auto *auth = dynamic_cast<AuthService *>(service.get())) {
            parts.auth = auth;
        } else if (auto *writes = dynamic_cast<ImxWriteService *>(service.get())) {
            parts.signables = &writes->signables();
            parts.vaults = &writes->vaults();
        } else if (auto *guardian = dynamic_cast<GuardianService *>(service.get())) {
            parts.guardian = &guardian->ledger();
        }
    }
    auto store = std::make_unique<Persistence>(parts);
    if (!store->open(m_context.options.dataDir, error))
        return false;
    if (store->hasWorld() ? !store->load(error)
                          : !seedWorld(m_context.world, m_context.options, error) || !store->saveAll(error))
        return false;
    m_persistence = std::move(store);
    m_server->setAfterRequest([this](const HttpRequest &) { m_persistence->flush(); });
    return true;
}

QUrl Sandbox::baseUrl() const
{
    return m_context.baseUrl;
}

} // namespace stardeck::sandbox
