// SPDX-License-Identifier: MIT
// Driving a page in the headless browser engine from a test: evaluate a script, wait for an element,
// and log in on the sandbox's Passport page like a user (e-mail, then the one-time code the sandbox
// shows). Shared by the login, GUI and secret-leak tests.
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

#include <optional>

namespace stardeck::test {

//! How long a page script or element may take (a loaded CI machine starts Chromium slowly).
inline constexpr int kPageWaitMs = 30000;

//! Runs `script` in `page` and returns its value (invalid on timeout).
inline QVariant evaluate(QWebEnginePage &page, const QString &script, int timeoutMs = kPageWaitMs)
{
    std::optional<QVariant> result;
    page.runJavaScript(script, [&result](const QVariant &value) { result = value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return {};
    return *result;
}

//! Waits until the page's document has an element matching `selector`.
inline bool waitForElement(QWebEnginePage &page, const QString &selector, int timeoutMs = kPageWaitMs)
{
    return QTest::qWaitFor(
        [&] {
            return evaluate(page, QStringLiteral("document.querySelector('%1') !== null").arg(selector),
                            timeoutMs)
                .toBool();
        },
        timeoutMs);
}

//! Submits `email` on the sandbox's login page; false when the form never appears.
inline bool submitSandboxEmail(QWebEnginePage &page, const QString &email)
{
    if (!waitForElement(page, QStringLiteral("#email")))
        return false;
    evaluate(page, QStringLiteral("document.getElementById('email').value = '%1'; "
                                  "document.getElementById('email').form.submit(); true")
                       .arg(email));
    return true;
}

//! Submits the one-time code the sandbox shows; false when the code page never appears.
inline bool submitSandboxCode(QWebEnginePage &page)
{
    if (!waitForElement(page, QStringLiteral("#one-time-code")))
        return false;
    evaluate(page, QStringLiteral("const c = document.getElementById('one-time-code').textContent.trim(); "
                                  "document.getElementById('code').value = c; "
                                  "document.getElementById('code').form.submit(); true"));
    return true;
}

//! Fills the sandbox's e-mail and one-time-code forms like a user.
inline bool fillSandboxLogin(QWebEnginePage &page, const QString &email)
{
    return submitSandboxEmail(page, email) && submitSandboxCode(page);
}

} // namespace stardeck::test
