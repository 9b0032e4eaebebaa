// SPDX-License-Identifier: MIT
// The CLI's token list loader (cli/wallet/TokenBook) against the in-process sandbox: it reads every
// page of /v1/tokens, and its paging state dies with its context (it used to hold itself, so a
// context destroyed mid-load leaked the state and the caller's callback).
#include "SandboxFixture.h"
#include "api/ImxClient.h"
#include "wallet/TokenBook.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace stardeck;
using stardeck::test::SandboxFixture;

class TestCliTokenBook : public QObject {
    Q_OBJECT

    std::unique_ptr<api::ImxClient> client(SandboxFixture &f, QNetworkAccessManager &nam)
    {
        api::ImxClientConfig config;
        config.baseUrl = f.url(QStringLiteral("/imx"));
        config.timeoutMs = 5000;
        return std::make_unique<api::ImxClient>(config, &nam);
    }

private Q_SLOTS:
    void loadsEveryToken()
    {
        SandboxFixture f;
        QNetworkAccessManager nam;
        auto imx = client(f, nam);
        cli::TokenBook book;
        QObject context;
        std::optional<wallet::WalletStatus> status;
        cli::TokenBook::load(*imx, &context, book, [&status](wallet::WalletStatus s) { status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
        QVERIFY2(status->ok(), qPrintable(status->error().message));
        // Expected: the sandbox world's tokens.
        const auto &tokens = f.sandbox().world().tokens;
        QVERIFY(!tokens.empty());
        for (const auto &[address, token] : tokens) {
            const auto found = book.find(address);
            QVERIFY2(found.has_value(), qPrintable(address));
            QCOMPARE(found->symbol, token.symbol);
        }
    }

    void deadContextFreesTheLoader()
    {
        SandboxFixture f;
        QNetworkAccessManager nam;
        auto imx = client(f, nam);
        cli::TokenBook book;
        auto sentinel = std::make_shared<int>(0);
        const std::weak_ptr<int> watch = sentinel;
        bool called = false;
        auto shortLived = std::make_unique<QObject>();
        cli::TokenBook::load(*imx, shortLived.get(), book,
                             [&called, sentinel](wallet::WalletStatus) { called = true; });
        sentinel.reset();
        QVERIFY(!watch.expired()); // the request in flight holds the loader
        shortLived.reset();
        QTRY_VERIFY_WITH_TIMEOUT(watch.expired(), 5000);
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCliTokenBook)
#include "tst_cli_token_book.moc"
