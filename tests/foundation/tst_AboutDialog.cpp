// SPDX-License-Identifier: MIT
#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using stardeck::ui::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsApplicationVersion();
    void showsUnknownWithoutVersion();
    void showsQtVersion();
    void closeButtonRejects();
};

void TestAboutDialog::showsApplicationVersion()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    AboutDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Stardeck"));
    QCOMPARE(dialog.versionLabel()->text(), QStringLiteral("Version 1.2.3"));
    QVERIFY(!dialog.accessibleName().isEmpty());
}

void TestAboutDialog::showsUnknownWithoutVersion()
{
    QCoreApplication::setApplicationVersion(QString());
    AboutDialog dialog;
    QCOMPARE(dialog.versionLabel()->text(), QStringLiteral("Version unknown"));
}

void TestAboutDialog::showsQtVersion()
{
    AboutDialog dialog;
    auto *qtLabel = dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"));
    QVERIFY(qtLabel != nullptr);
    QVERIFY(qtLabel->text().contains(QString::fromLatin1(qVersion())));
}

void TestAboutDialog::closeButtonRejects()
{
    AboutDialog dialog;
    dialog.show();
    QTRY_VERIFY(dialog.isVisible());
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons != nullptr);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close != nullptr);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTRY_VERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_AboutDialog.moc"
