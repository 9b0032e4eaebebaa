// SPDX-License-Identifier: MIT
// DialogConfirmationPrompt: review() opens the dialog without blocking (no exec(), no nested loop),
// window-modal to its parent; the decision reaches the callback exactly once, later, for approve,
// Cancel, Esc and close; a dead context gets nothing; a destroyed parent reports a cancel.
#include "ConfirmTestActions.h"
#include "ConfirmTestMain.h"
#include "confirm/ConfirmationDialog.h"
#include "confirm/DialogConfirmationPrompt.h"

#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stardeck;
using namespace stardeck::test::confirm;
using ui::ConfirmationDialog;
using ui::DialogConfirmationPrompt;

namespace {

constexpr int kDelayMs = 100;
constexpr int kWaitMs = 10000;

//! Every decision a review delivered.
struct Answers {
    QList<bool> values;
    wallet::ConfirmationPrompt::Decision callback()
    {
        return [this](bool approved) { values.append(approved); };
    }
};

ConfirmationDialog::Options fastOptions()
{
    ConfirmationDialog::Options options;
    options.approveDelayMs = kDelayMs;
    return options;
}

} // namespace

class TestConfirmPrompt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reviewDoesNotBlock();
    void approveAnswersOnce();
    void cancelEscapeAndCloseAnswerFalse_data();
    void cancelEscapeAndCloseAnswerFalse();
    void deadContextGetsNothing();
    void contextDyingAfterDecisionGetsNothing();
    void destroyedParentAnswersFalse();
    void nullContextOpensNothing();
    void unverifiedActionOnlyCancels();

private:
    ConfirmationDialog *openOne(DialogConfirmationPrompt &prompt, const wallet::PreparedAction &action,
                                QObject *context, Answers &answers);

    std::unique_ptr<QWidget> m_window;
};

void TestConfirmPrompt::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConfirmPrompt::cleanup()
{
    m_window.reset();
}

ConfirmationDialog *TestConfirmPrompt::openOne(DialogConfirmationPrompt &prompt,
                                               const wallet::PreparedAction &action, QObject *context,
                                               Answers &answers)
{
    QSignalSpy opened(&prompt, &DialogConfirmationPrompt::dialogOpened);
    prompt.review(action, context, answers.callback());
    if (opened.count() != 1)
        return nullptr;
    return opened.at(0).at(0).value<ConfirmationDialog *>();
}

void TestConfirmPrompt::reviewDoesNotBlock()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    QObject context;
    Answers answers;
    ConfirmationDialog *dialog = openOne(prompt, ethTransfer(), &context, answers);
    // review() returned with the dialog open and undecided: it did not run a loop of its own.
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->parentWidget(), m_window.get());
    QVERIFY(answers.values.isEmpty());
    QCOMPARE(prompt.openDialogs(), QList<ConfirmationDialog *>{dialog});
    QCOMPARE(dialog->title(), QStringLiteral("Send 1.5 ETH"));
}

void TestConfirmPrompt::approveAnswersOnce()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    QObject context;
    Answers answers;
    QPointer<ConfirmationDialog> dialog = openOne(prompt, ethTransfer(), &context, answers);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    // Delivered later (queued), not from inside the click.
    QVERIFY(answers.values.isEmpty());
    QTRY_COMPARE(answers.values, QList<bool>{true});
    QTRY_VERIFY(!dialog); // closed and deleted
    QTest::qWait(50);
    QCOMPARE(answers.values, QList<bool>{true});
}

void TestConfirmPrompt::cancelEscapeAndCloseAnswerFalse_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("cancel button") << 0;
    QTest::newRow("escape") << 1;
    QTest::newRow("close") << 2;
    QTest::newRow("enter") << 3;
}

void TestConfirmPrompt::cancelEscapeAndCloseAnswerFalse()
{
    QFETCH(int, how);
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    QObject context;
    Answers answers;
    QPointer<ConfirmationDialog> dialog = openOne(prompt, createOrder(), &context, answers);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    switch (how) {
    case 0:
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        break;
    case 1:
        QTest::keyClick(dialog, Qt::Key_Escape);
        break;
    case 2:
        dialog->close();
        break;
    default:
        QTest::keyClick(dialog, Qt::Key_Return);
        break;
    }
    QTRY_COMPARE(answers.values, QList<bool>{false});
    QTRY_VERIFY(!dialog);
    QTest::qWait(50);
    QCOMPARE(answers.values, QList<bool>{false});
}

void TestConfirmPrompt::deadContextGetsNothing()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    auto context = std::make_unique<QObject>();
    Answers answers;
    QPointer<ConfirmationDialog> dialog = openOne(prompt, ethTransfer(), context.get(), answers);
    QVERIFY(dialog);
    context.reset();
    // The dialog goes away with nobody left to answer, and no callback runs.
    QTRY_VERIFY(!dialog);
    QTest::qWait(50);
    QVERIFY(answers.values.isEmpty());
    QVERIFY(prompt.openDialogs().isEmpty());
}

void TestConfirmPrompt::contextDyingAfterDecisionGetsNothing()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    auto context = std::make_unique<QObject>();
    Answers answers;
    QPointer<ConfirmationDialog> dialog = openOne(prompt, ethTransfer(), context.get(), answers);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    context.reset(); // before the queued answer runs
    QTRY_VERIFY(!dialog);
    QTest::qWait(50);
    QVERIFY(answers.values.isEmpty());
}

void TestConfirmPrompt::destroyedParentAnswersFalse()
{
    auto window = std::make_unique<QWidget>();
    window->show();
    // The prompt is a child of the window too, created before the dialog (so destroyed first).
    QPointer<DialogConfirmationPrompt> prompt = new DialogConfirmationPrompt(window.get(), fastOptions());
    QObject context;
    Answers answers;
    QPointer<ConfirmationDialog> dialog = openOne(*prompt, ethTransfer(), &context, answers);
    QVERIFY(dialog);
    window.reset(); // the dialog and the prompt go with it
    QVERIFY(!dialog);
    QVERIFY(!prompt);
    QTRY_COMPARE(answers.values, QList<bool>{false});
    QTest::qWait(50);
    QCOMPARE(answers.values, QList<bool>{false});
}

void TestConfirmPrompt::nullContextOpensNothing()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    Answers answers;
    QSignalSpy opened(&prompt, &DialogConfirmationPrompt::dialogOpened);
    prompt.review(ethTransfer(), nullptr, answers.callback());
    QCOMPARE(opened.count(), 0);
    QTest::qWait(20);
    QVERIFY(answers.values.isEmpty());
}

void TestConfirmPrompt::unverifiedActionOnlyCancels()
{
    DialogConfirmationPrompt prompt(m_window.get(), fastOptions());
    QObject context;
    Answers answers;
    auto action = ethTransfer();
    action.hashesVerified = false;
    QPointer<ConfirmationDialog> dialog = openOne(prompt, action, &context, answers);
    QVERIFY(dialog);
    QVERIFY(!dialog->approveButton());
    dialog->accept();
    QTRY_COMPARE(answers.values, QList<bool>{false});
}

STARDECK_CONFIRM_TEST_MAIN(TestConfirmPrompt)
#include "tst_ui_confirm_prompt.moc"
