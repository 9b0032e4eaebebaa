// SPDX-License-Identifier: MIT
// ConfirmationDialog with hand-built PreparedActions of every kind: titles and exact amounts, grouped
// addresses, address-book names and the first-time note, expiry in local time, the hash line and the
// refusal of unverified actions, the Advanced raw fields, Guardian, and the Approve safety behaviour
// (delay, re-arming on activation changes, Cancel default, Esc).
#include "ConfirmTestActions.h"
#include "ConfirmTestMain.h"
#include "confirm/ApproveArming.h"
#include "confirm/ConfirmationDialog.h"
#include "confirm/ConfirmationFormat.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace stardeck;
using namespace stardeck::test::confirm;
using crypto::UInt256;
using ui::ConfirmationDialog;
using ui::ConfirmationFormat;

namespace {

constexpr int kDelayMs = 150;
//! For checks that Approve is still disabled right after an activation: long enough that a loaded
//! machine cannot pass it between the activation and the check.
constexpr int kSlowDelayMs = 1500;
constexpr int kWaitMs = 10000;

ConfirmationDialog::Options fastOptions()
{
    ConfirmationDialog::Options options;
    options.approveDelayMs = kDelayMs;
    return options;
}

//! The text of the QLabel named `name` in `dialog`, or a marker when there is none.
QString labelText(const QWidget *dialog, const QString &name)
{
    const auto *label = dialog->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

//! Shows and activates `dialog` and waits until it is the active window.
bool showActive(QWidget *dialog)
{
    dialog->show();
    QApplication::setActiveWindow(dialog);
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog, kWaitMs);
}

std::unique_ptr<ConfirmationDialog> make(const wallet::PreparedAction &action,
                                         ConfirmationDialog::Options options = fastOptions())
{
    return std::make_unique<ConfirmationDialog>(action, std::move(options));
}

} // namespace

class TestConfirmDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupedAddress();
    void amounts_data();
    void amounts();
    void expiryInLocalTime();
    void titles_data();
    void titles();
    void transferShowsEveryField();
    void batchListsEveryNft();
    void batchWithSeveralReceivers();
    void orderAndTradeShowBothSides();
    void addressBookNameAndFirstTimeNote();
    void knownAddressHasNoNote();
    void serverTextIsPlain();
    void advancedShowsRawFields();
    void guardianAsksForSecondConfirmation();
    void unverifiedCannotBeApproved();
    void unshowableAmountCannotBeApproved();
    void invalidExpiryCannotBeApproved();
    void cancelIsDefaultAndFocused();
    void approveDisabledUntilDelay();
    void clickBeforeDelayDoesNothing();
    void rearmedAfterDeactivation();
    void approveDecidesOnce();
    void escapeRejects();
    void cancelRejects();
    void enterDoesNotApprove();
    void keyboardApproveNeedsFocus();
    void closeRejects();
    void accessibleNamesEverywhere();
    void fitsAt480Pixels();
};

void TestConfirmDialog::groupedAddress()
{
    QCOMPARE(ConfirmationFormat::groupedAddress(kSender), kSenderGrouped);
    QCOMPARE(ConfirmationFormat::groupedAddress(
                 kReceiver.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))),
             kReceiverGrouped);
    // Not an address: shown unchanged, never "repaired".
    QCOMPARE(ConfirmationFormat::groupedAddress(QStringLiteral("0x1234")), QStringLiteral("0x1234"));
    QCOMPARE(ConfirmationFormat::groupedAddress(QStringLiteral("bob.eth")), QStringLiteral("bob.eth"));
    QCOMPARE(ConfirmationFormat::groupedHex(QStringLiteral("0xabcdef012")), QStringLiteral("0xabcd ef01 2"));
    QCOMPARE(ConfirmationFormat::groupedHex(QStringLiteral("0xnothex")), QStringLiteral("0xnothex"));
}

void TestConfirmDialog::amounts_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.5 ETH") << "1500000000000000000" << 18 << "ETH"
                             << "1.5 ETH";
    QTest::newRow("1 wei") << "1" << 18 << "ETH"
                           << "0.000000000000000001 ETH";
    QTest::newRow("zero") << "0" << 18 << "ETH"
                          << "0 ETH";
    QTest::newRow("6 decimals") << "2500000" << 6 << "USDC"
                                << "2.5 USDC";
    QTest::newRow("6 decimals smallest") << "1" << 6 << "USDC"
                                         << "0.000001 USDC";
    QTest::newRow("0 decimals") << "42" << 0 << "GEMS"
                                << "42 GEMS";
    QTest::newRow("2^255-1, 18 decimals")
        << "57896044618658097711785492504343953926634992332820282019728792003956564819967" << 18 << "BIG"
        << "57896044618658097711785492504343953926634992332820282019728.792003956564819967 BIG";
    QTest::newRow("2^256-1, 0 decimals")
        << "115792089237316195423570985008687907853269984665640564039457584007913129639935" << 0 << "MAX"
        << "115792089237316195423570985008687907853269984665640564039457584007913129639935 MAX";
}

void TestConfirmDialog::amounts()
{
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    const UInt256 units = UInt256::fromDecimal(baseUnits.toStdString()).value();
    auto action = erc20Transfer(units, decimals, symbol);
    auto dialog = make(action);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("amountLabel")), expected);
    QCOMPARE(dialog->title(), QStringLiteral("Send ") + expected);
    QVERIFY(dialog->canApprove());
}

void TestConfirmDialog::expiryInLocalTime()
{
    // TZ=UTC and en_US (ConfirmTestMain.h): 493000 h after the epoch is 2026-03-29 16:00.
    const auto text = ConfirmationFormat::expiry(UInt256(kExpiryHours));
    QVERIFY(text.has_value());
    QVERIFY2(text->contains(QStringLiteral("March 29, 2026")), qPrintable(*text));
    QVERIFY2(text->contains(QStringLiteral("4:00:00")), qPrintable(*text));
    QVERIFY(!ConfirmationFormat::expiry(UInt256::powerOfTwo(64)).has_value());
    QVERIFY(!ConfirmationFormat::expiry(UInt256(2932897ULL * 24)).has_value()); // year 10000
    QVERIFY(ConfirmationFormat::expiry(UInt256(2932897ULL * 24 - 1)).has_value());

    auto dialog = make(ethTransfer());
    QVERIFY(
        labelText(dialog.get(), QStringLiteral("expiryLabel")).contains(QStringLiteral("March 29, 2026")));
}

void TestConfirmDialog::titles_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("title");
    QTest::newRow("registration") << 0 << "Register with Immutable X";
    QTest::newRow("transfer") << 1 << "Send 1.5 ETH";
    QTest::newRow("batch") << 2 << "Send 3 NFTs";
    QTest::newRow("batch of one") << 3 << "Send 1 NFT";
    QTest::newRow("create order") << 4 << "Sell Starship #12 for 0.2 ETH";
    QTest::newRow("cancel order") << 5 << "Cancel listing #123";
    QTest::newRow("create trade") << 6 << "Buy Starship #12 for 0.2 ETH";
    QTest::newRow("exchange transfer") << 7 << "Send 2.5 USDC for exchange #77";
}

void TestConfirmDialog::titles()
{
    QFETCH(int, which);
    QFETCH(QString, title);
    const wallet::PreparedAction actions[] = {registration(),   ethTransfer(),     batchTransfer(3),
                                              batchTransfer(1), createOrder(),     cancelOrder(),
                                              createTrade(),    exchangeTransfer()};
    auto dialog = make(actions[which]);
    QCOMPARE(dialog->title(), title);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("titleLabel")), title);
    QVERIFY2(dialog->canApprove(), qPrintable(dialog->refusalReason()));
    QVERIFY(dialog->approveButton());
    QCOMPARE(dialog->approveButton()->text(), QStringLiteral("Approve and sign"));
    // Every signature shows the sender and the local hash check.
    QVERIFY(dialog->summaryText().contains(kSenderGrouped));
    QCOMPARE(labelText(dialog.get(), QStringLiteral("hashVerifiedLabel")),
             QStringLiteral("\u2713 Hash verified locally"));
}

void TestConfirmDialog::transferShowsEveryField()
{
    auto dialog = make(ethTransfer());
    QCOMPARE(labelText(dialog.get(), QStringLiteral("fromAddress")), kSenderGrouped);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("toAddress")), kReceiverGrouped);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("amountLabel")), QStringLiteral("1.5 ETH"));
    QCOMPARE(labelText(dialog.get(), QStringLiteral("assetName")), QStringLiteral("Ethereum (ETH)"));
    QVERIFY(labelText(dialog.get(), QStringLiteral("assetAssetId"))
                .startsWith(QStringLiteral("Asset ID 0x2705 737c d248")));
    QCOMPARE(labelText(dialog.get(), QStringLiteral("feesLabel")), QStringLiteral("None"));
    auto *image = dialog->findChild<QLabel *>(QStringLiteral("assetImage"));
    QVERIFY(image);
    QVERIFY(!image->pixmap().isNull()); // the placeholder
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("guardianNote")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("toFirstTime")));

    // An image loaded later replaces the placeholder.
    auto withImage = ethTransfer();
    withImage.items[0].display.imageUrl = QUrl(QStringLiteral("https://example.test/eth.png"));
    auto second = make(withImage);
    QPixmap red(64, 64);
    red.fill(Qt::red);
    second->setImage(withImage.items[0].display.imageUrl, red);
    const QImage shown = second->findChild<QLabel *>(QStringLiteral("assetImage"))->pixmap().toImage();
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(Qt::red));
}

void TestConfirmDialog::batchListsEveryNft()
{
    auto dialog = make(batchTransfer(3));
    const QString text = dialog->summaryText();
    for (int i = 1; i <= 3; ++i) {
        QVERIFY2(text.contains(QStringLiteral("Starship #%1").arg(i)), qPrintable(text));
        QCOMPARE(labelText(dialog.get(), QStringLiteral("asset%1TokenId").arg(i - 1)),
                 QStringLiteral("Token ID %1").arg(i));
        QCOMPARE(labelText(dialog.get(), QStringLiteral("asset%1Contract").arg(i - 1)),
                 QStringLiteral("Contract 0xD122 0A0c f47c 7B9B e7A2 E6BA 89F4 2976 2e7b 9aDb"));
    }
    QCOMPARE(labelText(dialog.get(), QStringLiteral("toAddress")), kReceiverGrouped);
    QVERIFY(text.contains(QStringLiteral("all 3 StarkEx payload hashes")));
}

void TestConfirmDialog::batchWithSeveralReceivers()
{
    auto dialog = make(batchTransfer(3, false));
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("to")));
    QCOMPARE(labelText(dialog.get(), QStringLiteral("to0Address")), kReceiverGrouped);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("to1Address")),
             QStringLiteral("0xdbF0 3B40 7c01 E7cD 3CBe a995 09d9 3f8D DDC8 C6FB"));
    QCOMPARE(labelText(dialog.get(), QStringLiteral("to2Address")), kReceiverGrouped);
}

void TestConfirmDialog::orderAndTradeShowBothSides()
{
    ConfirmationDialog::Options options = fastOptions();
    options.addressName = [](const QString &address) {
        return address == kOtherReceiver ? QStringLiteral("Marketplace") : QString();
    };
    auto order = make(createOrder(), options);
    QCOMPARE(labelText(order.get(), QStringLiteral("assetName")), QStringLiteral("Starship #12"));
    QCOMPARE(labelText(order.get(), QStringLiteral("priceLabel")), QStringLiteral("0.2 ETH"));
    const QString fees = labelText(order.get(), QStringLiteral("feesLabel"));
    QVERIFY2(fees.contains(QStringLiteral("1.5% to Marketplace (0xdbF0 3B40")), qPrintable(fees));
    QVERIFY2(fees.contains(QStringLiteral("at most 300000 quantized units")), qPrintable(fees));

    auto trade = make(createTrade());
    QCOMPARE(labelText(trade.get(), QStringLiteral("orderLabel")), QStringLiteral("Order #456"));
    QCOMPARE(labelText(trade.get(), QStringLiteral("assetName")), QStringLiteral("Starship #12"));
    QCOMPARE(labelText(trade.get(), QStringLiteral("amountLabel")), QStringLiteral("0.2 ETH"));

    auto cancel = make(cancelOrder());
    QCOMPARE(labelText(cancel.get(), QStringLiteral("orderLabel")), QStringLiteral("Order #123"));
    QVERIFY(!cancel->findChild<QLabel *>(QStringLiteral("feesLabel")));
    QVERIFY(!cancel->findChild<QLabel *>(QStringLiteral("expiryLabel")));

    auto reg = make(registration());
    QVERIFY(labelText(reg.get(), QStringLiteral("starkKey")).startsWith(QStringLiteral("0x1234 5678 9abc")));
}

void TestConfirmDialog::addressBookNameAndFirstTimeNote()
{
    QStringList looked;
    ConfirmationDialog::Options options = fastOptions();
    options.addressName = [&looked](const QString &address) {
        looked << address;
        return address == kReceiver ? QStringLiteral("Alice") : QString();
    };
    options.firstTime = [](const QString &address) { return address == kReceiver; };
    auto dialog = make(ethTransfer(), options);
    QCOMPARE(labelText(dialog.get(), QStringLiteral("toName")), QStringLiteral("Alice"));
    QVERIFY(labelText(dialog.get(), QStringLiteral("toFirstTime"))
                .contains(QStringLiteral("First time sending here")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("fromName")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("fromFirstTime"))); // never for the sender
    QVERIFY(looked.contains(kReceiver));
}

void TestConfirmDialog::knownAddressHasNoNote()
{
    ConfirmationDialog::Options options = fastOptions();
    options.addressName = [](const QString &) { return QString(); };
    options.firstTime = [](const QString &) { return false; };
    auto dialog = make(ethTransfer(), options);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("toName")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("toFirstTime")));
}

void TestConfirmDialog::serverTextIsPlain()
{
    auto action = batchTransfer(1);
    action.items[0].display.name = QStringLiteral("<b>Free</b> <a href=\"https://evil.test\">claim</a>");
    auto dialog = make(action);
    auto *name = dialog->findChild<QLabel *>(QStringLiteral("asset0Name"));
    QVERIFY(name);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), action.items[0].display.name);
    QVERIFY(!name->openExternalLinks());

    // A right-to-left override (or any invisible format character) cannot reorder what is read.
    auto spoofed = batchTransfer(1);
    spoofed.items[0].display.name = QStringLiteral("Starship \u202Egnp.exe\u200B");
    auto second = make(spoofed);
    const QString shown = second->findChild<QLabel *>(QStringLiteral("asset0Name"))->text();
    QCOMPARE(shown, QStringLiteral("Starship \uFFFDgnp.exe\uFFFD"));
    QVERIFY(!second->advancedText()->toPlainText().contains(QChar(0x202E)));
}

void TestConfirmDialog::advancedShowsRawFields()
{
    auto dialog = make(ethTransfer());
    QVERIFY(showActive(dialog.get()));
    QPlainTextEdit *raw = dialog->advancedText();
    QVERIFY(!raw->isVisible());
    QTest::mouseClick(dialog->advancedButton(), Qt::LeftButton);
    QVERIFY(raw->isVisible());
    const QString text = raw->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("payload_hash: ") + kTransferHash), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("sender_vault_id: 1234567")));
    QVERIFY(text.contains(QStringLiteral("receiver_vault_id: 7654321")));
    QVERIFY(text.contains(QStringLiteral("nonce: 424242")));
    QVERIFY(text.contains(QStringLiteral("quantized_amount: 150000000")));
    QVERIFY(text.contains(QStringLiteral("amount (base units): 1500000000000000000")));
    QVERIFY(text.contains(
        QStringLiteral("asset_id: 0x2705737cd248ac819034b5de474c8f0368224f72a0fda9e031499d519992d9e")));
    QVERIFY(text.contains(QStringLiteral("expiration_timestamp: 493000")));
    QVERIFY(text.contains(QStringLiteral("readable text from the server")));
    QTest::mouseClick(dialog->advancedButton(), Qt::LeftButton);
    QVERIFY(!raw->isVisible());

    // A batch shows the fields of every message.
    auto batch = make(batchTransfer(3));
    const QString batchText = batch->advancedText()->toPlainText();
    QVERIFY(batchText.contains(QStringLiteral("payload_hash: 0xabc000")));
    QVERIFY(batchText.contains(QStringLiteral("payload_hash: 0xabc002")));
    QVERIFY(batchText.contains(QStringLiteral("StarkEx message 3 of 3")));
}

void TestConfirmDialog::guardianAsksForSecondConfirmation()
{
    auto action = createOrder();
    action.guardian.confirmationRequired = true;
    action.guardian.confirmationUrl =
        QUrl(QStringLiteral("https://passport.example/transaction-confirmation"));
    auto dialog = make(action);
    QVERIFY(dialog->guardianConfirmationRequired());
    QVERIFY(dialog->canApprove());
    QCOMPARE(dialog->approveButton()->text(), QStringLiteral("Continue to confirmation"));
    QVERIFY(labelText(dialog.get(), QStringLiteral("guardianNote"))
                .contains(QStringLiteral("Immutable requires a second confirmation")));
}

void TestConfirmDialog::unverifiedCannotBeApproved()
{
    auto action = ethTransfer();
    action.hashesVerified = false;
    auto dialog = make(action);
    QVERIFY(!dialog->canApprove());
    QVERIFY(dialog->refusalReason().contains(QStringLiteral("not verified")));
    QVERIFY(!dialog->approveButton());
    QVERIFY(!dialog->arming());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("hashVerifiedLabel")));
    for (const auto *button : dialog->findChildren<QPushButton *>())
        QVERIFY2(button == dialog->cancelButton(), qPrintable(button->text()));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));

    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QVERIFY(labelText(dialog.get(), QStringLiteral("refusalLabel"))
                .contains(QStringLiteral("Cannot be approved")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("refusalLabel"))->isVisible());
    QTest::qWait(2 * kDelayMs);
    dialog->approve();
    QCOMPARE(decided.count(), 0);
    dialog->accept(); // even a programmatic accept is not an approval
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), false);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestConfirmDialog::unshowableAmountCannotBeApproved()
{
    auto dialog = make(erc20Transfer(UInt256(5), 300, QStringLiteral("ODD")));
    QVERIFY(!dialog->canApprove());
    QVERIFY(dialog->refusalReason().contains(QStringLiteral("300 decimals")));
    QVERIFY(!dialog->approveButton());

    auto empty = ethTransfer();
    empty.items.clear();
    auto nothing = make(empty);
    QVERIFY(!nothing->canApprove());
    QVERIFY(!nothing->approveButton());
}

void TestConfirmDialog::invalidExpiryCannotBeApproved()
{
    auto action = ethTransfer();
    action.items[0].expirationHours = UInt256::powerOfTwo(200);
    auto dialog = make(action);
    QVERIFY(!dialog->canApprove());
    QVERIFY(dialog->refusalReason().contains(QStringLiteral("expiry")));
}

void TestConfirmDialog::cancelIsDefaultAndFocused()
{
    auto dialog = make(ethTransfer());
    QVERIFY(showActive(dialog.get()));
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->approveButton()->isDefault());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->cancelButton()));
    // While Approve is disarmed, Tab skips it; once armed, Tab goes from Cancel to Approve, then to
    // Advanced.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->advancedButton()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    dialog->cancelButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->approveButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->advancedButton()));
}

void TestConfirmDialog::approveDisabledUntilDelay()
{
    QCOMPARE(ConfirmationDialog::Options().approveDelayMs, 2000);
    ConfirmationDialog::Options options;
    options.approveDelayMs = kSlowDelayMs;
    auto dialog = make(ethTransfer(), options);
    QVERIFY(!dialog->approveButton()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(showActive(dialog.get()));
    QVERIFY(!dialog->approveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QVERIFY2(clock.elapsed() >= kSlowDelayMs - 20, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(dialog->arming()->isArmed());
}

void TestConfirmDialog::clickBeforeDelayDoesNothing()
{
    ConfirmationDialog::Options options;
    options.approveDelayMs = 60000; // never armed during this test
    auto dialog = make(ethTransfer(), options);
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    dialog->approve();
    dialog->approveButton()->click();
    QCOMPARE(decided.count(), 0);
    QVERIFY(dialog->isVisible());
}

void TestConfirmDialog::rearmedAfterDeactivation()
{
    ConfirmationDialog::Options options;
    options.approveDelayMs = kSlowDelayMs;
    auto dialog = make(ethTransfer(), options);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);

    // Another window takes activation: Approve is disabled at once.
    QWidget other;
    other.resize(200, 100);
    QVERIFY(showActive(&other));
    QTRY_VERIFY(!dialog->isActiveWindow());
    QVERIFY(!dialog->approveButton()->isEnabled());
    // It stays disabled while the dialog is inactive, however long that is.
    QTest::qWait(kSlowDelayMs + 300);
    QVERIFY(!dialog->approveButton()->isEnabled());

    // Back to the dialog: still disabled right after activation, enabled only after the delay.
    QElapsedTimer clock;
    QVERIFY(showActive(dialog.get()));
    clock.start();
    QVERIFY(!dialog->approveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QVERIFY(clock.elapsed() >= kSlowDelayMs / 2);
}

void TestConfirmDialog::approveDecidesOnce()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), true);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    dialog->reject();
    dialog->close();
    QCOMPARE(decided.count(), 1);
}

void TestConfirmDialog::escapeRejects()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), false);
    QVERIFY(!dialog->isVisible());
}

void TestConfirmDialog::cancelRejects()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), false);
}

void TestConfirmDialog::enterDoesNotApprove()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), false);
}

void TestConfirmDialog::keyboardApproveNeedsFocus()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->approveButton()->isEnabled(), kWaitMs);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->cancelButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->approveButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), true);
}

void TestConfirmDialog::closeRejects()
{
    auto dialog = make(ethTransfer());
    QSignalSpy decided(dialog.get(), &ConfirmationDialog::decided);
    QVERIFY(showActive(dialog.get()));
    dialog->close();
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toBool(), false);
}

void TestConfirmDialog::accessibleNamesEverywhere()
{
    const wallet::PreparedAction actions[] = {ethTransfer(), batchTransfer(2, false), createOrder(),
                                              createTrade(), cancelOrder(),           registration()};
    for (const auto &action : actions) {
        auto dialog = make(action);
        QVERIFY(!dialog->accessibleName().isEmpty());
        for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
            const bool control =
                qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLabel *>(widget) ||
                qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QScrollArea *>(widget);
            if (control)
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QStringLiteral(" in ") + dialog->title()));
        }
    }
}

void TestConfirmDialog::fitsAt480Pixels()
{
    ConfirmationDialog::Options options = fastOptions();
    options.addressName = [](const QString &address) {
        return address == kReceiver ? QStringLiteral("Alice") : QString();
    };
    options.firstTime = [](const QString &) { return true; };
    const wallet::PreparedAction actions[] = {ethTransfer(), batchTransfer(3, false), createOrder(),
                                              createTrade()};
    for (const auto &action : actions) {
        auto dialog = make(action, options);
        dialog->resize(480, 720);
        QVERIFY(showActive(dialog.get()));
        QCOMPARE(dialog->width(), 480);
        auto *scroll = dialog->findChild<QScrollArea *>(QStringLiteral("summaryScroll"));
        QVERIFY(scroll);
        // Nothing of an ordinary action needs horizontal scrolling at 480 px.
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        dialog->close();
    }
}

STARDECK_CONFIRM_TEST_MAIN(TestConfirmDialog)
#include "tst_ui_confirm_dialog.moc"
