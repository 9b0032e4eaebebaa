// SPDX-License-Identifier: MIT
// Smaller main-window checks: the window's size and place are remembered from one run of the
// composition root to the next (same preferences file); the Send dialog opened from the Overview is
// fully usable from the keyboard (Tab reaches every control, each has an accessible name).
#include "AppOptions.h"
#include "AppServices.h"
#include "GuiTestSupport.h"
#include "Sandbox.h"

#include "MainWindow.h"
#include "actions/AddressField.h"
#include "actions/SendDialog.h"
#include "login/LoginDialog.h"
#include "models/BalancesModel.h"
#include "pages/OverviewPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace stardeck;
using namespace stardeck::test;
using stardeck::app::AppOptions;
using stardeck::app::AppServices;

namespace {

//! The name assistive technology reads for `widget` ("" when none). A button is named by its text;
//! any other control needs a name of its own (a combo box would otherwise be read as its current
//! value, a line edit as nothing).
QString accessibleName(QWidget *widget)
{
    if (!qobject_cast<QAbstractButton *>(widget))
        return widget->accessibleName().trimmed();
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

//! A short description of `widget` for failure messages.
QString describe(const QWidget *widget)
{
    return widget ? QStringLiteral("%1 \"%2\"")
                        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                  : QStringLiteral("(none)");
}

} // namespace

class TestGuiApp : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    AppOptions options(const QString &email = {}) const
    {
        AppOptions result;
        result.settings.environment = QStringLiteral("embedded");
        result.autoLoginEmail = email;
        result.secretDirectory = m_home.filePath(QStringLiteral("secrets"));
        result.dataDirectory = m_home.filePath(QStringLiteral("data"));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        useHome(m_home);
        QCoreApplication::setOrganizationName(QStringLiteral("StardeckGuiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StardeckGuiTest"));
    }

    void windowGeometryIsRememberedAcrossRuns()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        const QRect chosen(64, 48, 880, 600);
        QString error;
        {
            AppServices first(options());
            QVERIFY2(first.start(&error), qPrintable(error));
            QVERIFY(QTest::qWaitForWindowExposed(first.window()));
            QVERIFY(first.window()->geometry().size() != chosen.size()); // not already the chosen one
            first.window()->setGeometry(chosen);
            QTRY_COMPARE(first.window()->geometry().size(), chosen.size());
            const QRect placed = first.window()->geometry();
            first.window()->close(); // the user closes the window: the geometry is saved
            QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
            QVERIFY(!placed.isEmpty());
        }
        {
            AppServices second(options());
            QVERIFY2(second.start(&error), qPrintable(error));
            QVERIFY(QTest::qWaitForWindowExposed(second.window()));
            QCOMPARE(second.window()->geometry().size(), chosen.size());
            QCOMPARE(second.window()->geometry().topLeft(), chosen.topLeft());
        }
        QSettings().remove(QStringLiteral("window/geometry"));
    }

    void sendDialogIsUsableFromTheKeyboard()
    {
        AppServices services(options(QStringLiteral("demo@stardeck.test")));
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(services.state() == AppServices::State::Ready, kGuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!services.balances()->isLoading(), kGuiWaitMs);
        auto *sendButton =
            services.window()->overviewPage()->findChild<QPushButton *>(QStringLiteral("sendTokenButton"));
        QVERIFY(sendButton && sendButton->isEnabled());
        QTest::mouseClick(sendButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(services.window()->findChild<ui::SendDialog *>() != nullptr, kGuiWaitMs);
        QPointer<ui::SendDialog> dialog = services.window()->findChild<ui::SendDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kGuiWaitMs);
        QApplication::setActiveWindow(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog, kGuiWaitMs));

        // Filled in from the keyboard, so that every control (OK included) is enabled.
        const QString alice = services.embeddedSandbox()
                                  ->world()
                                  .userByEmail(QStringLiteral("alice@stardeck.test"))
                                  ->ethAddress;
        dialog->receiverField()->lineEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog->receiverField()->lineEdit(), alice);
        dialog->amountEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("0.01"));
        QTRY_VERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->validationText()));

        // Every control that takes keyboard focus, and the controls Tab actually visits.
        QList<QWidget *> controls;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (widget->isVisibleTo(dialog) && widget->isEnabled() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
                controls.append(widget);
        }
        QVERIFY2(controls.size() >= 5,
                 qPrintable(QString::number(controls.size()))); // token, receiver, amount, OK, Close
        dialog->tokenCombo()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited;
        for (int step = 0; step < 2 * controls.size() + 2; ++step) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus != nullptr);
            if (!visited.contains(focus))
                visited.append(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QStringList names;
        for (QWidget *control : std::as_const(controls)) {
            QVERIFY2(visited.contains(control),
                     qPrintable(QStringLiteral("Tab never reaches ") + describe(control)));
            const QString name = accessibleName(control);
            QVERIFY2(!name.isEmpty(),
                     qPrintable(describe(control) + QStringLiteral(" has no accessible name")));
            names.append(name);
        }
        // Tab stays inside the dialog.
        for (QWidget *widget : std::as_const(visited))
            QVERIFY2(dialog->isAncestorOf(widget), qPrintable(describe(widget)));
        qInfo("Send dialog controls: %s", qPrintable(names.join(QStringLiteral(" | "))));
        grabPng(dialog, QStringLiteral("send_keyboard"));
        dialog->close();
    }
};

int main(int argc, char **argv)
{
    ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGuiApp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_app.moc"
