// SPDX-License-Identifier: MIT
// Keyboard and screen-reader reach of every screen: each control a user can focus has a name a
// screen reader can announce (its own accessible name, its text, or a label's buddy), and Tab
// reaches it. Covers the main window's pages (logged in and out) and the action dialogs.

#include "MainWindow.h"
#include "actions/AddressBook.h"
#include "actions/AddressBookDialog.h"
#include "actions/BuyDialog.h"
#include "actions/CancelOrderDialog.h"
#include "actions/ExchangeTransferDialog.h"
#include "actions/SellDialog.h"
#include "actions/SendDialog.h"
#include "pages/LoginPage.h"
#include "pages/RegisterPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace stardeck::ui;

namespace {

//! The controls of `root` a keyboard user can reach (visible, enabled or not, taking Tab focus).
QList<QWidget *> controls(QWidget *root)
{
    QList<QWidget *> result;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        // Line edits inside combo boxes and spin boxes are named by their owner.
        if (!control || qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        result << w;
    }
    return result;
}

//! What a screen reader announces for `w`: its accessible name, its text, or its label's text.
QString spokenName(QWidget *root, QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
        return button->text();
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

//! Checks every control of `root` is named and in the Tab chain; `where` names the screen.
void checkScreen(QWidget *root, const QString &where)
{
    const QList<QWidget *> all = controls(root);
    QVERIFY2(!all.isEmpty(), qPrintable(where));
    QSet<QWidget *> chain;
    QWidget *w = root;
    for (int i = 0; i < 1000; ++i) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        chain.insert(w);
    }
    for (QWidget *control : all) {
        const QString what =
            QStringLiteral("%1: %2 \"%3\"")
                .arg(where, QString::fromLatin1(control->metaObject()->className()), control->objectName());
        QVERIFY2(!spokenName(root, control).isEmpty(), qPrintable(what + QStringLiteral(" has no name")));
        QVERIFY2(chain.contains(control), qPrintable(what + QStringLiteral(" is not in the Tab chain")));
    }
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
    }

    void mainWindowPages()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        checkScreen(window.loginPage(), QStringLiteral("login"));
        window.showRegistration(QStringLiteral("new@example.com"));
        checkScreen(window.registerPage(), QStringLiteral("register"));
        window.showWallet(QStringLiteral("0x0123456789abcdef0123456789abcdef01234567"));
        for (int section = MainWindow::OverviewSection; section <= MainWindow::SettingsSection; ++section) {
            window.showSection(MainWindow::Section(section));
            QWidget *page = window.currentPage();
            QVERIFY(page);
            checkScreen(page, page->objectName());
        }
    }

    void serverTextIsNeverRichText()
    {
        // Status lines show texts that may come from a server: HTML in them must show as typed.
        MainWindow window;
        const auto labels =
            window.findChildren<QLabel *>(QRegularExpression(QStringLiteral("[sS]tatusLabel$")));
        QVERIFY(labels.size() >= 6);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("progressLabel"))->textFormat(), Qt::PlainText);
        for (QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    void actionDialogs()
    {
        AddressBook book(m_home.filePath(QStringLiteral("book.json")));
        const ActionServices services{nullptr, nullptr, &book};
        const NftChoice nft{QStringLiteral("0x3333333333333333333333333333333333333333"), QStringLiteral("7"),
                            QStringLiteral("Pilot #7")};
        QList<QDialog *> dialogs{new SendDialog(services, {}),        new SendDialog(services, {nft}),
                                 new SellDialog(services, nft),       new BuyDialog(services, 42),
                                 new CancelOrderDialog(services, 42), new ExchangeTransferDialog(services, 0),
                                 new AddressBookDialog(&book)};
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            checkScreen(dialog, dialog->objectName());
            delete dialog;
        }
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
