// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxContext.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace stardeck::sandbox {

class Persistence;
class SandboxServer;
class Service;

//! The whole emulated Immutable X + Passport world on one loopback port. Tests and the app
//! embed it (start() on port 0, then use serviceUrl()); stardeck-sandbox wraps it in a CLI.
class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    //! Seeds the world (or, with options.dataDir, loads the saved one) and starts listening.
    //! False with *error on failure.
    bool start(QString *error = nullptr);
    //! http://127.0.0.1:PORT
    QUrl baseUrl() const;
    //! Base URL of one emulated host, e.g. serviceUrl(prefix::imx).
    QString serviceUrl(const QString &servicePrefix) const { return m_context.serviceUrl(servicePrefix); }

    SandboxContext &context() { return m_context; }
    World &world() { return m_context.world; }
    SandboxServer &server() { return *m_server; }

private:
    //! Opens the --data store: loads its world, or seeds one and saves it; then saves every change.
    bool openData(QString *error);

    SandboxContext m_context;
    std::unique_ptr<SandboxServer> m_server;
    std::vector<std::unique_ptr<Service>> m_services;
    std::unique_ptr<Persistence> m_persistence; //!< null without --data
};

} // namespace stardeck::sandbox
