// SPDX-License-Identifier: MIT
// Renders confirmation dialogs at 480 px to PNG files in the build directory (never the source tree)
// for a human to look at: a transfer to a first-time, named receiver, a sale with Guardian, a batch
// to several receivers, an unverified action, the Advanced section, and a dark palette.
#include "ConfirmTestActions.h"
#include "ConfirmTestMain.h"
#include "confirm/ConfirmationDialog.h"

#include <QDir>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace stardeck;
using namespace stardeck::test::confirm;
using ui::ConfirmationDialog;

class TestConfirmScreenshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();

private:
    QDir m_dir;
};

void TestConfirmScreenshot::initTestCase()
{
    m_dir = QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/confirm-screenshots"));
    QVERIFY(m_dir.mkpath(QStringLiteral(".")));
}

void TestConfirmScreenshot::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<bool>("dark");
    QTest::newRow("transfer") << "confirm-transfer" << 0 << false << false;
    QTest::newRow("sell with guardian") << "confirm-sell-guardian" << 1 << false << false;
    QTest::newRow("batch") << "confirm-batch" << 2 << false << false;
    QTest::newRow("unverified") << "confirm-unverified" << 3 << false << false;
    QTest::newRow("advanced") << "confirm-advanced" << 0 << true << false;
    QTest::newRow("dark transfer") << "confirm-transfer-dark" << 0 << false << true;
    QTest::newRow("buy") << "confirm-buy" << 4 << false << false;
    QTest::newRow("registration") << "confirm-registration" << 5 << false << false;
}

void TestConfirmScreenshot::render()
{
    QFETCH(QString, name);
    QFETCH(int, which);
    QFETCH(bool, advanced);
    QFETCH(bool, dark);

    wallet::PreparedAction action;
    switch (which) {
    case 0:
        action = ethTransfer();
        break;
    case 1:
        action = createOrder();
        action.guardian.confirmationRequired = true;
        break;
    case 2:
        action = batchTransfer(3, false);
        break;
    case 3:
        action = ethTransfer();
        action.hashesVerified = false;
        break;
    case 4:
        action = createTrade();
        break;
    default:
        action = registration();
        break;
    }
    ConfirmationDialog::Options options;
    options.approveDelayMs = 50;
    options.addressName = [](const QString &address) {
        if (address == kReceiver)
            return QStringLiteral("Alice");
        return address == kOtherReceiver ? QStringLiteral("Marketplace") : QString();
    };
    options.firstTime = [](const QString &address) { return address == kReceiver; };
    ConfirmationDialog dialog(action, options);
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        dialog.setPalette(palette);
    }
    dialog.resize(480, advanced ? 900 : 760);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    if (dialog.approveButton())
        QTRY_VERIFY(dialog.approveButton()->isEnabled());
    if (advanced)
        dialog.advancedButton()->click();
    QTest::qWait(20);

    const QImage image = dialog.grab().toImage();
    QCOMPARE(image.width(), 480);
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    QVERIFY(image.save(path));
    QVERIFY(QImage(path).size() == image.size());
    qInfo("wrote %s", qPrintable(path));
}

STARDECK_CONFIRM_TEST_MAIN(TestConfirmScreenshot)
#include "tst_ui_confirm_screenshot.moc"
