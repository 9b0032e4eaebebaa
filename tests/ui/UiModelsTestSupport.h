// SPDX-License-Identifier: MIT
#pragma once

// Shared set-up of the ui/models tests: an in-process sandbox with the seeded demo world, an
// ImxClient with short retry timings and a fresh MediaLoader (no disk cache) per test.

#include "SandboxFixture.h"
#include "api/ImxClient.h"
#include "media/MediaLoader.h"
#include "world/Seed.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace stardeck::test {

//! Everything a model test needs; `demo` is the demo user's IMX address from the sandbox world.
struct UiModelsEnv {
    std::unique_ptr<SandboxFixture> fixture = std::make_unique<SandboxFixture>();
    QNetworkAccessManager nam;
    std::unique_ptr<api::ImxClient> client;
    std::unique_ptr<media::MediaLoader> media;
    QString demo;

    UiModelsEnv()
    {
        api::ImxClientConfig config;
        config.baseUrl = fixture->url(QStringLiteral("/imx"));
        config.timeoutMs = 10000;
        config.retry.maxAttempts = 2;
        config.retry.baseDelayMs = 10;
        config.retry.maxDelayMs = 20;
        client = std::make_unique<api::ImxClient>(config, &nam);
        media = std::make_unique<media::MediaLoader>(media::MediaConfig{});
        if (const sandbox::UserRecord *user = world().userByEmail(sandbox::seed::demoEmail))
            demo = user->ethAddress;
    }

    sandbox::World &world() { return fixture->sandbox().world(); }

    //! Adds a sandbox fault rule (POST /__sandbox/faults); false unless the sandbox accepted it.
    bool addFault(const QJsonObject &rule)
    {
        return fixture->postJson(QStringLiteral("/__sandbox/faults"), rule).status == 200;
    }
    //! Clears every fault rule.
    bool clearFaults() { return fixture->send("DELETE", QStringLiteral("/__sandbox/faults")).status == 204; }
};

} // namespace stardeck::test
