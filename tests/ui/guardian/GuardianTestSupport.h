// SPDX-License-Identifier: MIT
#pragma once
// Test support for the Guardian confirmation dialog tests: running JavaScript on a page and waiting
// for its answer, the Guardian record's status as the sandbox reports it, and a WebEngine test main.

#include "SandboxFixture.h"
#include "login/LoginDialog.h"

#include <QApplication>
#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>

namespace stardeck::test {

inline constexpr int kGuardianWaitMs = 20000;

//! Runs `script` in the page's main world and waits for its value ("<timeout>" if none came).
inline QVariant evaluateJs(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&result, &done](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, kGuardianWaitMs))
        return QStringLiteral("<timeout>");
    return result;
}

//! The sandbox's Guardian status of `payloadHash` ("approved" / "pending"), read with `accessToken`.
inline QString guardianStatus(SandboxFixture &f, const QString &payloadHash, const QByteArray &accessToken)
{
    const HttpResult r =
        f.get(QStringLiteral("/mr/guardian/v1/transactions/%1?chainType=starkex").arg(payloadHash),
              {{"Authorization", "Bearer " + accessToken}});
    if (r.status != 200)
        return QStringLiteral("HTTP %1").arg(r.status);
    return r.object().value(QStringLiteral("status")).toString();
}

} // namespace stardeck::test

//! A QTest main for WebEngine widget tests (login schemes registered, shared GL contexts).
#define STARDECK_GUARDIAN_TEST_MAIN(TestClass)                                                               \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        stardeck::ui::registerLoginUrlSchemes();                                                             \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                          \
        QApplication app(argc, argv);                                                                        \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
