// SPDX-License-Identifier: MIT
// F19 in the Send dialog: a receiver that imitates an address-book entry or an address the user sent
// to before (same first and last four hex digits) shows a warning; the real address does not; the
// warning does not block sending (the user may mean it), and nothing is sent by typing.
#include "actions/AddressBook.h"
#include "actions/AddressField.h"
#include "actions/SendDialog.h"
#include "ui/actions/ActionsTestSupport.h"

#include <QLineEdit>

using namespace stardeck;
using namespace stardeck::test;
using namespace stardeck::ui;

namespace {

//! `address` with its middle replaced: same first and last four hex digits, different address.
QString lookalikeOf(const QString &address)
{
    const QString digits = address.mid(2).toLower();
    QString middle = digits.mid(4, 32);
    for (QChar &c : middle)
        c = c == u'7' ? u'8' : u'7';
    return QStringLiteral("0x") + digits.left(4) + middle + digits.right(4);
}

} // namespace

class TestReliabilitySendLookalike : public QObject {
    Q_OBJECT

    std::unique_ptr<ProviderHarness> m_h;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AddressBook> m_book;

    //! The validation text of a Send dialog for ETH with `receiver` typed in.
    QString warningFor(const QString &receiver, bool *okEnabled = nullptr)
    {
        SendDialog dialog({m_h->provider.get(), &m_h->client, m_book.get()});
        dialog.show();
        if (!QTest::qWaitFor([&] { return dialog.isLoaded(); }, kProviderWaitMs))
            return QStringLiteral("(not loaded)");
        selectStartingWith(dialog.tokenCombo(), QStringLiteral("ETH"));
        QTest::keyClicks(dialog.receiverField()->lineEdit(), receiver);
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("0.01"));
        if (okEnabled)
            *okEnabled = dialog.okButton()->isEnabled();
        return dialog.validationText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = std::make_unique<ProviderHarness>();
        QVERIFY(m_h->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_book = std::make_unique<AddressBook>(m_dir->filePath(QStringLiteral("book.json")));
        QVERIFY(m_book->load());
        QVERIFY(m_book->add(m_h->user(QStringLiteral("alice@stardeck.test")).ethAddress,
                            QStringLiteral("Alice")));
        m_book->addUsedAddresses({m_h->user(QStringLiteral("bob@stardeck.test")).ethAddress}); // history
    }

    void lookalikeOfABookEntryIsFlagged()
    {
        const QString alice = m_h->user(QStringLiteral("alice@stardeck.test")).ethAddress;
        const int transfers = m_h->transferCount();
        bool okEnabled = false;
        const QString text = warningFor(lookalikeOf(alice), &okEnabled);
        QVERIFY2(text.contains(QStringLiteral("only looks like")) && text.contains(QStringLiteral("Alice")),
                 qPrintable(text));
        QVERIFY(okEnabled); // a warning, not a block: the address is valid and may be meant
        QCOMPARE(m_h->transferCount(), transfers);
    }

    void lookalikeOfAHistoryAddressIsFlagged()
    {
        const QString bob = m_h->user(QStringLiteral("bob@stardeck.test")).ethAddress;
        const QString text = warningFor(lookalikeOf(bob));
        QVERIFY2(text.contains(QStringLiteral("only looks like")), qPrintable(text));
        QVERIFY2(text.contains(bob.mid(2, 4), Qt::CaseInsensitive), qPrintable(text));
    }

    void realAddressesAreNotFlagged()
    {
        for (const char *email : {"alice@stardeck.test", "bob@stardeck.test", "carol@stardeck.test"}) {
            const QString text = warningFor(m_h->user(QLatin1String(email)).ethAddress);
            QVERIFY2(!text.contains(QStringLiteral("only looks like")), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestReliabilitySendLookalike)
#include "tst_reliability_send_lookalike.moc"
