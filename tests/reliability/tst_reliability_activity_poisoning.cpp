// SPDX-License-Identifier: MIT
// F19 on the Activity page against the in-process sandbox: a second account (one the demo user never
// sent to) sends the demo user real signed transfers, one of dust (one ETH quantum, 10^-10 ETH) and
// one of 0.01 ETH; the API refuses zero amounts, so a zero transfer from a stranger is written into
// the sandbox's world directly. The rule, as the test writes it: an incoming transfer is suspicious
// when its sender imitates (same first and last 4 hex digits) a trusted address or the owner's, or
// when the sender is not trusted (sent to before, address book) and the amount is zero or below one
// millionth of a token. Hidden by default behind a counted toggle; shown flagged (icon, tooltip,
// accessible text); the table's copy shortcut does nothing on them and copies other rows.
#include "models/ActivityModel.h"
#include "pages/ActivityPage.h"
#include "wallet/ProviderTestHarness.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::ui;

namespace {

const QString kStranger = QStringLiteral("0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a");
const QString kDustWei = QStringLiteral("100000000");           // one ETH quantum
const QString kNormalWei = QStringLiteral("10000000000000000"); // 0.01 ETH

QString digitsOf(const QString &address)
{
    return address.mid(2).toLower();
}

bool imitates(const QString &a, const QString &b)
{
    const QString x = digitsOf(a), y = digitsOf(b);
    return x != y && x.left(4) == y.left(4) && x.right(4) == y.right(4);
}

//! `address` with its middle replaced: same first and last four hex digits, different address.
QString lookalikeOf(const QString &address)
{
    QString middle = digitsOf(address).mid(4, 32);
    for (QChar &c : middle)
        c = c == u'7' ? u'8' : u'7';
    return QStringLiteral("0x") + digitsOf(address).left(4) + middle + digitsOf(address).right(4);
}

//! The transfers to `owner` that the rule above calls suspicious, from the world's records.
QSet<qint64> expectedSuspicious(const sandbox::World &world, const QString &owner, const QStringList &book)
{
    QSet<QString> trusted;
    for (const QString &a : book)
        trusted.insert(a.toLower());
    for (const auto &[id, t] : world.transfers) {
        if (t.sender.toLower() == owner.toLower())
            trusted.insert(t.receiver.toLower());
    }
    QSet<qint64> out;
    for (const auto &[id, t] : world.transfers) {
        const QString sender = t.sender.toLower();
        if (t.receiver.toLower() != owner.toLower() || sender == owner.toLower() || trusted.contains(sender))
            continue;
        bool lookalike = imitates(sender, owner);
        for (const QString &k : trusted)
            lookalike = lookalike || imitates(sender, k);
        bool dust = false;
        if (t.token.type != QLatin1String("ERC721")) {
            const int decimals = world.tokens.at(t.token.tokenAddress).decimals;
            if (decimals > 6) {
                const auto threshold =
                    crypto::UInt256::fromDecimal("1" + std::string(std::size_t(decimals - 6), '0'));
                dust = t.quantity < *threshold;
            }
        }
        if (lookalike || t.quantity.isZero() || dust)
            out.insert(id);
    }
    return out;
}

QSet<qint64> idsWhere(const ActivityModel &model, bool suspicious)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ActivityModel::SuspiciousRole).toBool() == suspicious &&
            index.data(ActivityModel::KindRole).toInt() == ActivityModel::TransferKind)
            ids.insert(index.data(ActivityModel::TransactionIdRole).toLongLong());
    }
    return ids;
}

int rowOf(const ActivityModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ActivityModel::KindRole).toInt() == ActivityModel::TransferKind &&
            index.data(ActivityModel::TransactionIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestReliabilityActivityPoisoning : public QObject {
    Q_OBJECT

    std::unique_ptr<ProviderHarness> m_h;
    QString m_demo, m_sender;
    qint64 m_dustId = 0, m_normalId = 0, m_zeroId = 0;

    bool refreshed(ActivityModel &model)
    {
        QSignalSpy finished(&model, &ActivityModel::finished);
        model.refresh();
        return finished.wait(kProviderWaitMs);
    }

    qint64 send(const QString &wei)
    {
        wallet::TransferRequest request;
        request.token.type = wallet::TokenRef::Type::Eth;
        request.amount = *crypto::UInt256::fromDecimal(wei.toStdString());
        request.receiver = m_demo;
        const auto result = m_h->transfer(request);
        if (!result || !result->ok())
            return 0;
        return result->value().transferId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = std::make_unique<ProviderHarness>();
        sandbox::World &world = m_h->f.sandbox().world();
        m_demo = m_h->user(sandbox::seed::demoEmail).ethAddress;
        // The second account: a seeded user the demo user never sent anything to.
        QString email;
        for (const char *candidate :
             {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan"}) {
            const QString address =
                m_h->user(QLatin1String(candidate) + QStringLiteral("@stardeck.test")).ethAddress;
            bool sentTo = false;
            for (const auto &[id, t] : world.transfers)
                sentTo =
                    sentTo || (t.sender == m_demo && t.receiver.compare(address, Qt::CaseInsensitive) == 0);
            if (!sentTo) {
                email = QLatin1String(candidate) + QStringLiteral("@stardeck.test");
                m_sender = address;
                break;
            }
        }
        QVERIFY2(!email.isEmpty(), "every seeded user was sent to by the demo user");
        QVERIFY(m_h->start(email));
        m_dustId = send(kDustWei);
        m_normalId = send(kNormalWei);
        QVERIFY(m_dustId > 0 && m_normalId > 0);
        sandbox::TransferRecord zero;
        zero.transactionId = world.nextTransactionId++;
        zero.sender = kStranger;
        zero.receiver = m_demo;
        zero.token = sandbox::TokenSpec{QStringLiteral("ETH"), QString(), QString()};
        zero.quantity = crypto::UInt256(0);
        zero.timestamp = QDateTime::currentDateTimeUtc();
        world.transfers[zero.transactionId] = zero;
        m_zeroId = zero.transactionId;
    }

    void hiddenByDefaultFlaggedWhenShown()
    {
        ActivityModel model(&m_h->client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActivityPage page;
        page.setModel(&model);
        page.show();
        model.setOwner(m_demo);
        QVERIFY(refreshed(model));

        const QSet<qint64> expected = expectedSuspicious(m_h->f.sandbox().world(), m_demo, {});
        QVERIFY(expected.contains(m_dustId) && expected.contains(m_zeroId) && !expected.contains(m_normalId));
        // Hidden: none of them is a row; the normal transfer from the same sender is.
        QCOMPARE(model.suspiciousCount(), int(expected.size()));
        QVERIFY(!idsWhere(model, false).intersects(expected));
        QVERIFY(idsWhere(model, true).isEmpty());
        QVERIFY(rowOf(model, m_normalId) >= 0);
        auto *toggle = page.findChild<QPushButton *>(QStringLiteral("showSuspiciousButton"));
        QVERIFY(toggle && toggle->isVisible());
        QVERIFY2(toggle->text().startsWith(
                     QStringLiteral("Show %1 hidden suspicious transfer").arg(expected.size())),
                 qPrintable(toggle->text()));

        // Shown: flagged with an icon, a tooltip and accessible text.
        toggle->click();
        QVERIFY(model.showsSuspicious());
        QCOMPARE(idsWhere(model, true), expected);
        QVERIFY2(
            toggle->text().startsWith(QStringLiteral("Hide %1 suspicious transfer").arg(expected.size())),
            qPrintable(toggle->text()));
        for (const qint64 id : expected) {
            const int row = rowOf(model, id);
            QVERIFY(row >= 0);
            const QModelIndex cell = model.index(row, ActivityModel::CounterpartyColumn);
            QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(cell.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Possible address-poisoning transfer")));
            QVERIFY(cell.data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(QStringLiteral("Possible address-poisoning transfer")));
        }
        const QModelIndex normal = model.index(rowOf(model, m_normalId), ActivityModel::CounterpartyColumn);
        QVERIFY(normal.data(Qt::DecorationRole).isNull());
        QVERIFY(!normal.data(Qt::ToolTipRole).toString().contains(QStringLiteral("poisoning")));

        // No one-keystroke copy of a flagged address; other rows copy as before.
        auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        QVERIFY(table);
        table->setFocus();
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("untouched"));
        table->setCurrentIndex(model.index(rowOf(model, m_dustId), ActivityModel::CounterpartyColumn));
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(clipboard->text(), QStringLiteral("untouched"));
        table->setCurrentIndex(normal);
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(clipboard->text().toLower(), m_sender.toLower());

        // The same rule for a single transfer (the app skips its "received" notice).
        api::Transfer arriving;
        arriving.user = kStranger;
        arriving.receiver = m_demo;
        arriving.token.type = QStringLiteral("ETH");
        arriving.token.quantity = *crypto::UInt256::fromDecimal(kDustWei.toStdString());
        QVERIFY(model.isSuspicious(arriving)); // no decimals given: ETH has 18
        arriving.token.quantity = *crypto::UInt256::fromDecimal(kNormalWei.toStdString());
        QVERIFY(!model.isSuspicious(arriving));
        arriving.user = lookalikeOf(m_demo);
        QVERIFY(model.isSuspicious(arriving));
        arriving.receiver = m_sender; // not for the owner
        QVERIFY(!model.isSuspicious(arriving));

        // Hidden again.
        toggle->click();
        QVERIFY(idsWhere(model, true).isEmpty());
        QCOMPARE(model.suspiciousCount(), int(expected.size()));
    }

    void addressBookDecides()
    {
        ActivityModel model(&m_h->client);
        model.setShowSuspicious(true);
        model.setOwner(m_demo);
        QVERIFY(refreshed(model));

        // A book entry that the sender imitates: every transfer from it is flagged, the 0.01 ETH too.
        const QStringList imitated{lookalikeOf(m_sender)};
        model.setKnownAddresses(imitated);
        QSet<qint64> expected = expectedSuspicious(m_h->f.sandbox().world(), m_demo, imitated);
        QVERIFY(expected.contains(m_normalId) && expected.contains(m_dustId));
        QCOMPARE(idsWhere(model, true), expected);
        const QModelIndex normal = model.index(rowOf(model, m_normalId), ActivityModel::CounterpartyColumn);
        QVERIFY2(normal.data(Qt::ToolTipRole).toString().contains(imitated.first()),
                 qPrintable(normal.data(Qt::ToolTipRole).toString()));

        // The sender itself in the book: nothing from it is suspicious, the dust neither.
        model.setKnownAddresses({m_sender.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))});
        expected = expectedSuspicious(m_h->f.sandbox().world(), m_demo, {m_sender});
        QVERIFY(!expected.contains(m_dustId) && expected.contains(m_zeroId));
        QCOMPARE(idsWhere(model, true), expected);
    }
};

QTEST_MAIN(TestReliabilityActivityPoisoning)
#include "tst_reliability_activity_poisoning.moc"
