// SPDX-License-Identifier: MIT
// The main window end to end, as a user drives it, against the app's embedded sandbox (run under
// xvfb-run when it exists): log in through the embedded browser view filling the sandbox's login
// page; the Overview shows the balances the sandbox holds; an NFT selected in the Assets grid is sent
// through the Send dialog and the confirmation dialog and leaves the grid; a confirmation cancelled
// (button or Esc) signs and submits nothing; a tampered signable is refused before any confirmation.
// Expected values come from the sandbox (its /__sandbox API and world), never from our models.
#include "AppOptions.h"
#include "AppServices.h"
#include "GuiTestSupport.h"
#include "Sandbox.h"

#include "MainWindow.h"
#include "actions/AddressField.h"
#include "actions/SendDialog.h"
#include "confirm/ConfirmationDialog.h"
#include "login/LoginDialog.h"
#include "login/LoginWebPage.h"
#include "models/AssetGridModel.h"
#include "models/BalancesModel.h"
#include "pages/AssetsPage.h"
#include "pages/LoginPage.h"
#include "pages/OverviewPage.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>

using namespace stardeck;
using namespace stardeck::test;
using stardeck::app::AppOptions;
using stardeck::app::AppServices;

namespace {

const QString kDemo = QStringLiteral("demo@stardeck.test");
const QString kAlice = QStringLiteral("alice@stardeck.test");

//! What the sandbox recorded of writes: issued/consumed signables and the transfers.
struct Writes {
    qint64 issued = -1;
    qint64 consumed = -1;
    qint64 rejected = -1;
    QJsonArray transfers;
};

} // namespace

class TestGuiWallet : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<AppServices> m_services;
    QString m_address;

    ui::MainWindow *window() const { return m_services->window(); }
    sandbox::Sandbox *sandbox() const { return m_services->embeddedSandbox(); }
    QUrl admin(const QString &path) const { return QUrl(sandbox()->baseUrl().toString() + path); }

    Writes writes() const
    {
        const QJsonObject state = getJson(admin(QStringLiteral("/__sandbox/writes")));
        const QJsonObject signables = state.value(QStringLiteral("signables")).toObject();
        return {signables.value(QStringLiteral("issued")).toInteger(-1),
                signables.value(QStringLiteral("consumed")).toInteger(-1),
                signables.value(QStringLiteral("rejected")).toInteger(-1),
                state.value(QStringLiteral("transfers")).toArray()};
    }

    //! Everything the submission journal holds (an action is journaled once signed, before submit).
    QByteArray journal() const
    {
        QByteArray all;
        const QDir dir(m_home.filePath(QStringLiteral("data")));
        for (const QString &name : dir.entryList({QStringLiteral("journal-*")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += name.toUtf8() + '\n' + file.readAll();
        }
        return all;
    }

    QString aliceAddress() const { return sandbox()->world().userByEmail(kAlice)->ethAddress; }

    //! The grid row (of the view's model) showing this NFT, or -1.
    int gridRowOf(const QString &tokenAddress, const QString &tokenId) const
    {
        QAbstractItemModel *model = window()->assetsPage()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ui::AssetGridModel::CollectionAddressRole).toString() == tokenAddress &&
                index.data(ui::AssetGridModel::TokenIdRole).toString() == tokenId)
                return row;
        }
        return -1;
    }

    //! The name the Assets page's detail pane shows.
    QString detailName() const
    {
        auto *name = window()->assetsPage()->findChild<QLabel *>(QStringLiteral("assetName"));
        return name ? name->text() : QString();
    }

    //! Shows the Assets page, clicks the first NFT the user owns in the sandbox and presses Send on
    //! the detail pane; the Send dialog that opens (null on failure). *nft receives the NFT.
    ui::SendDialog *openSendForAnNft(QPair<QString, QString> *nft)
    {
        window()->showSection(ui::MainWindow::AssetsSection);
        QListView *grid = window()->assetsPage()->view();
        const bool loaded = QTest::qWaitFor(
            [&] { return grid->model()->rowCount() > 0 && !m_services->assets()->isLoading(); }, kGuiWaitMs);
        if (!loaded)
            return nullptr;
        // The first row of the grid the sandbox says is the user's, and not listed for sale.
        int row = -1;
        for (int r = 0; r < grid->model()->rowCount() && row < 0; ++r) {
            const QModelIndex index = grid->model()->index(r, 0);
            const auto key = std::make_pair(index.data(ui::AssetGridModel::CollectionAddressRole).toString(),
                                            index.data(ui::AssetGridModel::TokenIdRole).toString());
            const auto asset = sandbox()->world().assets.find(key);
            if (asset == sandbox()->world().assets.end() || asset->second.owner != m_address.toLower())
                continue;
            bool listed = false;
            for (const auto &[id, order] : sandbox()->world().orders)
                listed = listed || (order.status == QLatin1String("active") &&
                                    order.sell.tokenAddress == key.first && order.sell.tokenId == key.second);
            if (!listed)
                row = r;
        }
        if (row < 0)
            return nullptr;
        const QModelIndex index = grid->model()->index(row, 0);
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        if (grid->currentIndex() != index)
            return nullptr;
        *nft = {index.data(ui::AssetGridModel::CollectionAddressRole).toString(),
                index.data(ui::AssetGridModel::TokenIdRole).toString()};
        auto *send = window()->assetsPage()->findChild<QPushButton *>(QStringLiteral("sendAssetButton"));
        if (!send || !send->isEnabled())
            return nullptr;
        // A dialog closed by the previous step is deleted later: wait for it to go first.
        if (!QTest::qWaitFor([&] { return window()->findChild<ui::SendDialog *>() == nullptr; }, kGuiWaitMs))
            return nullptr;
        QTest::mouseClick(send, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return window()->findChild<ui::SendDialog *>() != nullptr; }, kGuiWaitMs))
            return nullptr;
        return window()->findChild<ui::SendDialog *>();
    }

    //! Types Alice's address, presses Send and returns the confirmation dialog that opens (or null).
    ui::ConfirmationDialog *pressSend(ui::SendDialog *dialog)
    {
        QTest::keyClicks(dialog->receiverField()->lineEdit(), aliceAddress());
        if (!dialog->okButton()->isEnabled()) {
            qWarning("Send refused the input: %s", qPrintable(dialog->validationText()));
            return nullptr;
        }
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const auto open = [this]() -> ui::ConfirmationDialog * {
            const auto dialogs = window()->findChildren<ui::ConfirmationDialog *>();
            for (ui::ConfirmationDialog *confirmation : dialogs)
                if (confirmation->isVisible())
                    return confirmation;
            return nullptr;
        };
        if (!QTest::qWaitFor([&] { return open() != nullptr; }, kGuiWaitMs))
            return nullptr;
        return open();
    }

    //! Runs one "send, then cancel the confirmation" attempt; `useEsc` presses Esc instead of Cancel.
    void rejectOnce(bool useEsc)
    {
        const Writes before = writes();
        const QByteArray journalBefore = journal();
        QPair<QString, QString> nft;
        QPointer<ui::SendDialog> dialog = openSendForAnNft(&nft);
        QVERIFY(dialog);
        QPointer<ui::ConfirmationDialog> confirmation = pressSend(dialog);
        QVERIFY(confirmation);
        QVERIFY(confirmation->cancelButton()->isDefault());
        grabPng(confirmation,
                useEsc ? QStringLiteral("confirm_before_esc") : QStringLiteral("confirm_before_cancel"));
        if (useEsc) {
            QWidget *target = confirmation->focusWidget() ? confirmation->focusWidget() : confirmation.data();
            QTest::keyClick(target, Qt::Key_Escape);
        } else {
            QTest::mouseClick(confirmation->cancelButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(confirmation.isNull() || !confirmation->isVisible(), kGuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kGuiWaitMs);
        QVERIFY(!dialog->succeeded());
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("You rejected the confirmation. Nothing was signed or sent."));
        grabPng(dialog,
                useEsc ? QStringLiteral("send_rejected_esc") : QStringLiteral("send_rejected_cancel"));
        QVERIFY(dialog->okButton()->isEnabled()); // the user may try again
        dialog->close();

        // Nothing signed (no journal entry, no signable consumed) and nothing submitted.
        const Writes after = writes();
        QCOMPARE(after.consumed, before.consumed);
        QCOMPARE(after.rejected, before.rejected);
        QCOMPARE(after.transfers, before.transfers);
        QCOMPARE(journal(), journalBefore);
        QCOMPARE(sandbox()->world().assets.at({nft.first, nft.second}).owner, m_address.toLower());
        QTest::qWait(300); // the views reload after any action; the NFT is still there after it
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->assets()->isLoading() && gridRowOf(nft.first, nft.second) >= 0,
                                 kGuiWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        useHome(m_home);
        AppOptions options;
        options.settings.environment = QStringLiteral("embedded");
        options.secretDirectory = m_home.filePath(QStringLiteral("secrets"));
        options.dataDirectory = m_home.filePath(QStringLiteral("data"));
        m_services = std::make_unique<AppServices>(options);
        QString error;
        QVERIFY2(m_services->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_services->state() == AppServices::State::LoggedOut, kGuiWaitMs);
    }

    void loginThroughTheEmbeddedPageShowsSandboxBalances()
    {
        auto *login = window()->loginPage()->findChild<QPushButton *>(QStringLiteral("loginButton"));
        QVERIFY(login && login->isEnabled());
        QTest::mouseClick(login, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->findChild<ui::LoginDialog *>() != nullptr, kGuiWaitMs);
        QPointer<ui::LoginDialog> dialog = window()->findChild<ui::LoginDialog *>();
        QVERIFY(dialog->isVisible());
        QVERIFY(fillSandboxLogin(*dialog->page(), kDemo));
        grabPng(dialog, QStringLiteral("login_code"));
        QTRY_VERIFY_WITH_TIMEOUT(m_services->state() == AppServices::State::Ready, kGuiWaitMs);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QVERIFY(window()->walletShown());
        m_address = window()->accountAddress();
        QCOMPARE(m_address.toLower(), sandbox()->world().userByEmail(kDemo)->ethAddress);

        // Every balance the sandbox holds for the account is shown, exactly, and nothing else.
        QTableView *table = window()->overviewPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->balances()->isLoading() && table->model()->rowCount() > 0,
                                 kGuiWaitMs);
        const QJsonArray balances =
            getJson(admin(QStringLiteral("/__sandbox/state"))).value(QStringLiteral("balances")).toArray();
        QMap<QString, QString> expected; // token address -> base units
        for (const QJsonValue &value : balances) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("owner")).toString() == m_address.toLower() &&
                entry.value(QStringLiteral("balance")).toString() != QLatin1String("0"))
                expected.insert(entry.value(QStringLiteral("token_address")).toString(),
                                entry.value(QStringLiteral("balance")).toString());
        }
        QCOMPARE(expected.size(), 3); // ETH, USDS and DUST in the demo world
        QCOMPARE(expected.value(QString()), QStringLiteral("12500000000000000000"));
        QMap<QString, QString> shown;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::BalancesModel::BalanceColumn);
            shown.insert(index.data(ui::BalancesModel::TokenAddressRole).toString().toLower(),
                         index.data(ui::BalancesModel::BalanceBaseUnitsRole).toString());
        }
        QCOMPARE(shown, expected);
        // The text shown for ETH is the exact decimal.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::BalancesModel::BalanceColumn);
            if (index.data(ui::BalancesModel::TokenAddressRole).toString().isEmpty())
                QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("12.5"));
        }
        grabPng(window(), QStringLiteral("overview"));
    }

    void sendAnNftThroughTheConfirmation()
    {
        QVERIFY(m_services->state() == AppServices::State::Ready);
        const Writes before = writes();
        QPair<QString, QString> nft;
        QPointer<ui::SendDialog> dialog = openSendForAnNft(&nft);
        QVERIFY(dialog);
        QVERIFY(gridRowOf(nft.first, nft.second) >= 0);
        grabPng(window(), QStringLiteral("assets_selected"));
        const QString sentName = detailName(); // the detail pane shows the NFT selected
        QVERIFY(!sentName.isEmpty());
        QPointer<ui::ConfirmationDialog> confirmation = pressSend(dialog);
        QVERIFY(confirmation);
        // What the user reviews: the receiver and the NFT's id.
        QVERIFY2(confirmation->summaryText().contains(nft.second), qPrintable(confirmation->summaryText()));
        QVERIFY(confirmation->canApprove());
        QVERIFY(confirmation->approveButton() != nullptr);
        QVERIFY(!confirmation->approveButton()->isEnabled()); // not armed at once
        confirmation->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(confirmation->approveButton()->isEnabled(), kGuiWaitMs);
        grabPng(confirmation, QStringLiteral("confirm_nft"));
        QTest::mouseClick(confirmation->approveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->succeeded(), kGuiWaitMs);
        grabPng(dialog, QStringLiteral("send_nft_done"));

        // The sandbox moved it: a new owner and exactly one more transfer, this one.
        QCOMPARE(sandbox()->world().assets.at({nft.first, nft.second}).owner, aliceAddress());
        const Writes after = writes();
        QCOMPARE(after.transfers.size(), before.transfers.size() + 1);
        QCOMPARE(after.consumed, before.consumed + 1);
        const QJsonObject transfer = after.transfers.last().toObject();
        QCOMPARE(transfer.value(QStringLiteral("sender")).toString(), m_address.toLower());
        QCOMPARE(transfer.value(QStringLiteral("receiver")).toString(), aliceAddress());
        QCOMPARE(transfer.value(QStringLiteral("token")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("ERC721"));

        // Completion notice: the tray when the platform has one, else the status bar.
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QVERIFY(window()->findChild<QSystemTrayIcon *>() != nullptr);
        else
            QVERIFY(window()->findChild<QSystemTrayIcon *>() == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(window()->statusBar()->currentMessage().contains(QStringLiteral("done")),
                                 kGuiWaitMs);
        // The grid reloads without it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->assets()->isLoading() && gridRowOf(nft.first, nft.second) < 0,
                                 kGuiWaitMs);
        grabPng(window(), QStringLiteral("assets_after_send"));
        // The detail pane must not keep showing (and offering Send for) the NFT that left.
        QVERIFY2(detailName() != sentName, qPrintable(sentName));
        dialog->close();
    }

    void cancelledConfirmationSignsNothing() { rejectOnce(false); }

    void escapeOnTheConfirmationSignsNothing() { rejectOnce(true); }

    void tamperedPayloadIsRefused()
    {
        QCOMPARE(postJson(admin(QStringLiteral("/__sandbox/faults")),
                          {{QStringLiteral("route"), QStringLiteral("imx.transfers.signable")},
                           {QStringLiteral("tamper_payload_hash"), true},
                           {QStringLiteral("times"), 1}}),
                 200);
        const Writes before = writes();
        const QByteArray journalBefore = journal();
        QPair<QString, QString> nft;
        QPointer<ui::SendDialog> dialog = openSendForAnNft(&nft);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->receiverField()->lineEdit(), aliceAddress());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kGuiWaitMs);
        QCOMPARE(dialog->statusText(),
                 QStringLiteral("Refused: the server's transaction did not match what you "
                                "asked for. Nothing was signed."));
        grabPng(dialog, QStringLiteral("send_refused"));
        // The tampered signable was issued (that is the fault) but never shown, signed or submitted.
        for (ui::ConfirmationDialog *confirmation : window()->findChildren<ui::ConfirmationDialog *>())
            QVERIFY(!confirmation->isVisible());
        const Writes after = writes();
        QCOMPARE(after.issued, before.issued + 1);
        QCOMPARE(after.consumed, before.consumed);
        QCOMPARE(after.transfers, before.transfers);
        QCOMPARE(journal(), journalBefore);
        QCOMPARE(sandbox()->world().assets.at({nft.first, nft.second}).owner, m_address.toLower());
        dialog->close();
    }

    void cleanupTestCase() { m_services.reset(); }
};

int main(int argc, char **argv)
{
    ui::registerLoginUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGuiWallet test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_wallet.moc"
