// SPDX-License-Identifier: MIT
// SensitiveClipboard (KeePassXC's clipboard handling): a copy carries the password-manager hint and
// is cleared after the timeout, but only while the clipboard still holds it; text copied since is
// left alone; quitting clears it; the main window's "Copy" (account address) goes through it with
// the one-minute default.
#include "MainWindow.h"
#include "SensitiveClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using stardeck::ui::SensitiveClipboard;
using namespace std::chrono_literals;

namespace {

const QString kAddress = QStringLiteral("0x5a4e0b17e8c3a4bb2a3b9d3c1f2e4d5c6b7a8f90");

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

//! The hint our copies carry, as the clipboard reports it ("" when absent).
QByteArray hintOnClipboard()
{
    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    return mime ? mime->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
}

} // namespace

class TestSensitiveClipboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { clipboard()->clear(); }

    void copyIsMarkedAndClearedAfterTheTimeout()
    {
        SensitiveClipboard sensitive(nullptr, 300ms);
        QSignalSpy cleared(&sensitive, &SensitiveClipboard::cleared);
        sensitive.copy(kAddress);
        QCOMPARE(clipboard()->text(), kAddress);
        QCOMPARE(hintOnClipboard(), QByteArray("secret"));
        QVERIFY(sensitive.isPending());
        QTest::qWait(100);
        QCOMPARE(clipboard()->text(), kAddress); // not before the timeout
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!sensitive.isPending());
    }

    void textCopiedSinceIsLeftAlone()
    {
        SensitiveClipboard sensitive(nullptr, 300ms);
        QSignalSpy cleared(&sensitive, &SensitiveClipboard::cleared);
        sensitive.copy(kAddress);
        clipboard()->setText(QStringLiteral("the user's own text"));
        QTRY_VERIFY_WITH_TIMEOUT(!sensitive.isPending(), 5000);
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void aNewCopyRestartsTheTimer()
    {
        SensitiveClipboard sensitive(nullptr, 600ms);
        sensitive.copy(QStringLiteral("first"));
        QTest::qWait(400);
        sensitive.copy(kAddress);
        QTest::qWait(400); // 800 ms after the first copy, 400 ms after the second
        QCOMPARE(clipboard()->text(), kAddress);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 5000);
    }

    void quittingClearsOurCopyOnly()
    {
        {
            SensitiveClipboard sensitive(nullptr, 1h);
            sensitive.copy(kAddress);
        }
        QVERIFY(clipboard()->text().isEmpty());
        {
            SensitiveClipboard sensitive(nullptr, 1h);
            sensitive.copy(kAddress);
            clipboard()->setText(QStringLiteral("kept"));
        }
        QCOMPARE(clipboard()->text(), QStringLiteral("kept"));
    }

    void defaultTimeoutIsOneMinute()
    {
        SensitiveClipboard sensitive;
        QCOMPARE(sensitive.timeout(), std::chrono::milliseconds(60s));
    }

    void mainWindowCopiesTheAddressThroughIt()
    {
        auto window = std::make_unique<stardeck::ui::MainWindow>();
        window->show();
        window->showWallet(kAddress);
        auto *copy = window->findChild<QToolButton *>(QStringLiteral("copyAddressButton"));
        QVERIFY(copy != nullptr);
        QVERIFY(copy->isVisible());
        auto *sensitive = window->findChild<SensitiveClipboard *>(QStringLiteral("sensitiveClipboard"));
        QVERIFY(sensitive != nullptr);
        QCOMPARE(sensitive->timeout(), std::chrono::milliseconds(60s));
        copy->click();
        QCOMPARE(clipboard()->text(), kAddress);
        QCOMPARE(hintOnClipboard(), QByteArray("secret"));
        QVERIFY(sensitive->isPending());
        // Closing the wallet (the window dies) takes the copy with it.
        window.reset();
        QVERIFY(clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSensitiveClipboard)

#include "tst_sensitive_clipboard.moc"
