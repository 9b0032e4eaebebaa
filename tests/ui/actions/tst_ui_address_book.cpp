// SPDX-License-Identifier: MIT
// The address book: a round trip through its JSON file (add, rename, remove, reload), strict
// parsing of damaged files (error shown, file left byte for byte untouched, edits refused), the
// look-ups the confirmation dialog takes (names on the confirmation, the first-time note), and the
// AddressBookDialog driven offscreen.
#include "actions/AddressBook.h"
#include "actions/AddressBookDialog.h"
#include "confirm/ConfirmationDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stardeck;
using namespace stardeck::ui;

namespace {

// EIP-55's published vectors.
const QString kAlice = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kBob = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestAddressBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/address-book.json"));
        AddressBook book(path);
        QVERIFY(book.load()); // a missing file is an empty book
        QVERIFY(book.entries().isEmpty());
        QVERIFY2(book.add(kAlice, QStringLiteral(" Alice ")), qPrintable(book.errorText()));
        QVERIFY(book.add(kBob.toLower(), QStringLiteral("Bob")));
        QVERIFY(!book.add(kAlice.toLower(), QStringLiteral("Alice again")));
        QVERIFY(book.errorText().contains(QStringLiteral("Alice")));
        QVERIFY(QFile::exists(path));

        AddressBook reread(path);
        QVERIFY2(reread.load(), qPrintable(reread.errorText()));
        QCOMPARE(reread.entries().size(), 2);
        QCOMPARE(reread.nameFor(kAlice.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))),
                 QStringLiteral("Alice"));
        QCOMPARE(reread.nameFor(kAlice.toLower()), QStringLiteral("Alice"));
        QCOMPARE(reread.addressFor(QStringLiteral("bob")), kBob.toLower());
        QVERIFY(reread.edit(kBob, QStringLiteral("Robert")));
        QVERIFY(reread.remove(kAlice));
        QVERIFY(!reread.remove(kAlice));

        AddressBook third(path);
        QVERIFY(third.load());
        QCOMPARE(third.entries().size(), 1);
        QCOMPARE(third.entries().first().name, QStringLiteral("Robert"));
        QCOMPARE(third.entries().first().address, kBob.toLower());
    }

    void badEntriesRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::newRow("eip55") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
                               << QStringLiteral("x");
        QTest::newRow("short") << kAlice.left(20) << QStringLiteral("x");
        QTest::newRow("empty name") << kAlice << QStringLiteral("   ");
        QTest::newRow("long name") << kAlice << QString(AddressBook::kMaxNameLength + 1, u'n');
        QTest::newRow("control") << kAlice << QStringLiteral("a\u202Eb");
    }

    void badEntriesRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, name);
        QTemporaryDir dir;
        AddressBook book(dir.filePath(QStringLiteral("book.json")));
        QVERIFY(book.load());
        QVERIFY(!book.add(address, name));
        QVERIFY(!book.errorText().isEmpty());
        QVERIFY(!QFile::exists(book.path()));
    }

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray alice = kAlice.toLower().toLatin1();
        QTest::newRow("not json") << QByteArray("{\"version\":1,");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no version") << QByteArray("{\"entries\":[]}");
        QTest::newRow("version 2") << QByteArray("{\"version\":2,\"entries\":[]}");
        QTest::newRow("version string") << QByteArray("{\"version\":\"1\",\"entries\":[]}");
        QTest::newRow("extra key") << QByteArray("{\"version\":1,\"entries\":[],\"x\":0}");
        QTest::newRow("entries object") << QByteArray("{\"version\":1,\"entries\":{}}");
        QTest::newRow("entry not object") << QByteArray("{\"version\":1,\"entries\":[1]}");
        QTest::newRow("entry extra key") << QByteArray("{\"version\":1,\"entries\":[{\"address\":\"" + alice +
                                                       "\",\"name\":\"A\",\"x\":1}]}");
        QTest::newRow("bad address") << QByteArray(
            "{\"version\":1,\"entries\":[{\"address\":\"0x12\",\"name\":\"A\"}]}");
        QTest::newRow("name number") << QByteArray("{\"version\":1,\"entries\":[{\"address\":\"" + alice +
                                                   "\",\"name\":5}]}");
        QTest::newRow("duplicate") << QByteArray("{\"version\":1,\"entries\":[{\"address\":\"" + alice +
                                                 "\",\"name\":\"A\"},{\"address\":\"" + alice +
                                                 "\",\"name\":\"B\"}]}");
    }

    void damagedFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.json"));
        QVERIFY(writeAll(path, bytes));
        AddressBook book(path);
        QVERIFY(!book.load());
        QVERIFY(book.isReadOnly());
        QVERIFY(book.errorText().contains(QStringLiteral("damaged")));
        QVERIFY(book.entries().isEmpty());
        QVERIFY(!book.add(kBob, QStringLiteral("Bob")));
        QCOMPARE(readAll(path), bytes); // left untouched

        AddressBookDialog dialog(&book);
        dialog.show();
        QVERIFY(dialog.messageText().contains(QStringLiteral("damaged")));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Bob"));
        QTest::keyClicks(dialog.addressEdit(), kBob);
        QVERIFY(!dialog.addButton()->isEnabled());
    }

    void lookupsFeedTheConfirmation()
    {
        QTemporaryDir dir;
        AddressBook book(dir.filePath(QStringLiteral("book.json")));
        QVERIFY(book.load());
        QVERIFY(book.add(kAlice, QStringLiteral("Alice")));
        book.addUsedAddresses({kBob.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))});
        const auto name = book.nameLookup();
        const auto firstTime = book.firstTimeLookup();
        QCOMPARE(name(kAlice.toLower()), QStringLiteral("Alice"));
        QCOMPARE(name(kBob), QString());
        QVERIFY(firstTime(kAlice));
        QVERIFY(!firstTime(kBob.toLower()));

        wallet::PreparedAction action;
        action.kind = wallet::ActionKind::Transfer;
        action.sender = kBob.toLower();
        action.hashesVerified = true;
        wallet::PreparedItem item;
        item.receiver = kAlice.toLower();
        item.token.type = wallet::TokenRef::Type::Eth;
        item.display.symbol = QStringLiteral("ETH");
        item.display.decimals = 18;
        item.amount = *crypto::UInt256::fromDecimal("250000000000000000");
        action.items.append(item);
        ConfirmationDialog confirmation(action, {name, firstTime, {}, 0});
        QVERIFY2(confirmation.summaryText().contains(QStringLiteral("Alice")),
                 qPrintable(confirmation.summaryText()));
    }

    void dialogAddsRenamesRemoves()
    {
        QTemporaryDir dir;
        AddressBook book(dir.filePath(QStringLiteral("book.json")));
        QVERIFY(book.load());
        AddressBookDialog dialog(&book);
        dialog.show();
        QVERIFY(!dialog.addButton()->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Alice"));
        QTest::keyClicks(dialog.addressEdit(), kAlice.left(30));
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.messageText().contains(QStringLiteral("40 hex digits")));
        QTest::keyClicks(dialog.addressEdit(), kAlice.mid(30));
        QVERIFY(dialog.addButton()->isEnabled());
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), kAlice);
        QCOMPARE(book.nameFor(kAlice), QStringLiteral("Alice"));
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.renameButton()->isEnabled());
        dialog.nameEdit()->setText(QStringLiteral("Alice B."));
        QTest::mouseClick(dialog.renameButton(), Qt::LeftButton);
        QCOMPARE(book.nameFor(kAlice), QStringLiteral("Alice B."));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Bob"));
        dialog.addressEdit()->setText(kBob);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 2);
        dialog.grab().save(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/ui_actions_address_book.png"));
        dialog.table()->selectRow(0); // sorted by name: "Alice B."
        QCOMPARE(dialog.addressEdit()->text(), kAlice);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(book.nameFor(kAlice), QString());
    }
};

QTEST_MAIN(TestAddressBook)
#include "tst_ui_address_book.moc"
