// SPDX-License-Identifier: MIT
// ActivityModel against the in-process sandbox's demo world: transfers (in and out), orders and
// trades merged newest first under QAbstractItemModelTester, exact amounts, the kind filter,
// pending journal entries, RFC 4180 CSV export, API errors and deletion mid-load.
#include "UiModelsTestSupport.h"
#include "models/ActivityModel.h"
#include "starkex/Amount.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stardeck;
using namespace stardeck::ui;
using stardeck::test::UiModelsEnv;

namespace {

constexpr int kWaitMs = 30000;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

//! A strict RFC 4180 reader for the test: records of fields; nullopt on malformed input.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt; // quotes and bare LF only inside quoted fields
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            ++i;
        } else if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
        } else {
            return std::nullopt; // every record ends with CRLF
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt;
    return records;
}

struct WorldActivity {
    int transfers = 0;
    int orders = 0;
    int trades = 0;
    QSet<qint64> transferIds;
};

//! What the sandbox world holds for the demo user.
WorldActivity worldActivity(UiModelsEnv &env)
{
    WorldActivity out;
    auto isDemo = [&](const QString &address) { return address.compare(env.demo, Qt::CaseInsensitive) == 0; };
    QSet<qint64> orderIds;
    for (const auto &[id, t] : env.world().transfers) {
        if (isDemo(t.sender) || isDemo(t.receiver)) {
            ++out.transfers;
            out.transferIds.insert(id);
        }
    }
    for (const auto &[id, o] : env.world().orders) {
        if (isDemo(o.user)) {
            ++out.orders;
            orderIds.insert(id);
        }
    }
    for (const auto &[id, t] : env.world().trades)
        out.trades += orderIds.contains(t.orderIdA) || orderIds.contains(t.orderIdB) ? 1 : 0;
    return out;
}

int countKind(const ActivityModel &model, ActivityModel::Kind kind)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.index(row, 0).data(ActivityModel::KindRole).toInt() == kind ? 1 : 0;
    return n;
}

} // namespace

class TestUiActivity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergesNewestFirst()
    {
        UiModelsEnv env;
        ActivityModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy finished(&model, &ActivityModel::finished);
        QSignalSpy failed(&model, &ActivityModel::error);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(failed.count(), 0);
        QVERIFY(model.lastUpdated().isValid());

        const WorldActivity expected = worldActivity(env);
        QVERIFY(expected.transfers > 0 && expected.orders > 0 && expected.trades > 0);
        QCOMPARE(countKind(model, ActivityModel::TransferKind), expected.transfers);
        QCOMPARE(countKind(model, ActivityModel::OrderKind), expected.orders);
        QCOMPARE(countKind(model, ActivityModel::TradeKind), expected.trades);
        QCOMPARE(model.rowCount(), expected.transfers + expected.orders + expected.trades);

        // Newest first across kinds.
        for (int row = 1; row < model.rowCount(); ++row) {
            const QDateTime newer = model.index(row - 1, 0).data(ActivityModel::TimestampRole).toDateTime();
            const QDateTime older = model.index(row, 0).data(ActivityModel::TimestampRole).toDateTime();
            QVERIFY(newer.isValid() && older.isValid());
            QVERIFY2(newer >= older, qPrintable(QStringLiteral("row %1").arg(row)));
        }

        // Every transfer row matches the world: direction, counterparty, exact amount.
        bool sawIn = false, sawOut = false, sawFungible = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(ActivityModel::KindRole).toInt() != ActivityModel::TransferKind)
                continue;
            const qint64 id = index.data(ActivityModel::TransactionIdRole).toLongLong();
            QVERIFY(expected.transferIds.contains(id));
            const sandbox::TransferRecord &t = env.world().transfers.at(id);
            const bool out = t.sender.compare(env.demo, Qt::CaseInsensitive) == 0;
            QCOMPARE(index.data(ActivityModel::DirectionRole).toInt(),
                     int(out ? ActivityModel::Outgoing : ActivityModel::Incoming));
            QCOMPARE(index.data(ActivityModel::CounterpartyRole).toString().toLower(),
                     (out ? t.receiver : t.sender).toLower());
            (out ? sawOut : sawIn) = true;
            const QString amount = index.data(ActivityModel::AmountTextRole).toString();
            QCOMPARE(model.index(row, ActivityModel::AmountColumn).data().toString(), amount);
            if (t.token.type == QLatin1String("ERC721")) {
                QCOMPARE(amount, QStringLiteral("1"));
                QCOMPARE(index.data(ActivityModel::TokenIdRole).toString(), t.token.tokenId);
            } else {
                sawFungible = true;
                const sandbox::TokenRecord &token = env.world().tokens.at(t.token.tokenAddress);
                QCOMPARE(index.data(ActivityModel::AssetRole).toString(), token.symbol);
                // Exact: the text parses back to the world's base units at the token's decimals.
                const auto units =
                    starkex::parseDecimalAmount(amount.toStdString(), unsigned(token.decimals));
                QVERIFY2(units.ok(), qPrintable(amount));
                QCOMPARE(*units, t.quantity);
            }
            QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
        }
        QVERIFY(sawIn && sawOut && sawFungible);

        // Orders: the sold side, the price in the details.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(ActivityModel::KindRole).toInt() != ActivityModel::OrderKind)
                continue;
            const sandbox::OrderRecord &o =
                env.world().orders.at(index.data(ActivityModel::TransactionIdRole).toLongLong());
            QCOMPARE(index.data(ActivityModel::StatusRole).toString(), o.status);
            QVERIFY(!model.index(row, ActivityModel::DetailsColumn).data().toString().isEmpty());
        }
    }

    void kindFilterAndPendingEntries()
    {
        UiModelsEnv env;
        ActivityModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy finished(&model, &ActivityModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        const WorldActivity expected = worldActivity(env);
        const int all = model.rowCount();

        model.setKindFilter(ActivityModel::OrderKind);
        QCOMPARE(model.rowCount(), expected.orders);
        QCOMPARE(countKind(model, ActivityModel::OrderKind), expected.orders);
        model.setKindFilter(ActivityModel::TransferKind | ActivityModel::TradeKind);
        QCOMPARE(model.rowCount(), expected.transfers + expected.trades);
        model.setKindFilter(ActivityModel::AllKinds);
        QCOMPARE(model.rowCount(), all);

        wallet::JournalEntry entry;
        entry.id = QStringLiteral("6f1c1c1e-1111-4222-8333-444455556666");
        entry.account = env.demo.toLower();
        entry.kind = wallet::ActionKind::Transfer;
        entry.method = "POST";
        entry.path = QStringLiteral("/v2/transfers");
        entry.body = "{}";
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.updatedAt = entry.createdAt;
        model.setPendingEntries({entry});
        QCOMPARE(model.rowCount(), all + 1);
        const QModelIndex top = model.index(0, 0);
        QVERIFY(top.data(ActivityModel::PendingRole).toBool()); // the newest
        QCOMPARE(top.data(ActivityModel::StatusRole).toString(), QStringLiteral("pending"));
        QCOMPARE(top.data(ActivityModel::KindRole).toInt(), int(ActivityModel::TransferKind));
        QCOMPARE(model.index(0, ActivityModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(top.data(ActivityModel::JournalIdRole).toString(), entry.id);
        QVERIFY(model.index(0, ActivityModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Transfer")));
        model.setKindFilter(ActivityModel::OrderKind); // filtered like the rest
        QCOMPARE(model.rowCount(), expected.orders);
        model.setKindFilter(ActivityModel::AllKinds);
        // A refresh keeps the pending rows; clearing them removes them.
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(model.rowCount(), all + 1);
        model.setPendingEntries({});
        QCOMPARE(model.rowCount(), all);
    }

    void csvFieldEscaping_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("ETH") << QStringLiteral("ETH");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("at") << QStringLiteral("@SUM") << QStringLiteral("'@SUM");
        QTest::newRow("unicode") << QStringLiteral("Ünïcødé") << QStringLiteral("Ünïcødé");
    }
    void csvFieldEscaping()
    {
        QFETCH(QString, field);
        QFETCH(QString, escaped);
        QCOMPARE(ActivityModel::csvField(field), escaped);
    }

    void exportsRfc4180Csv()
    {
        UiModelsEnv env;
        ActivityModel model(env.client.get());
        QSignalSpy finished(&model, &ActivityModel::finished);
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        const QString tricky = QStringLiteral("He said \"stop, now\"\nthen left");
        wallet::JournalEntry entry;
        entry.id = QStringLiteral("6f1c1c1e-1111-4222-8333-444455556667");
        entry.kind = wallet::ActionKind::CreateOrder;
        entry.path = QStringLiteral("/v3/orders");
        entry.state = wallet::JournalState::Rejected;
        entry.note = tricky;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        model.setPendingEntries({entry});

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(buffer));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.contains("\"He said \"\"stop, now\"\"\nthen left\""));
        const auto records = parseCsv(QString::fromUtf8(bytes));
        QVERIFY(records);
        QCOMPARE(records->size(), model.rowCount() + 1);
        const QStringList header = records->first();
        QCOMPARE(header.size(), int(ActivityModel::ColumnCount) + 1);
        QCOMPARE(header.first(), QStringLiteral("Time"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList &fields = records->at(row + 1);
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(QDateTime::fromString(fields.at(0), Qt::ISODateWithMs),
                     model.index(row, 0).data(ActivityModel::TimestampRole).toDateTime());
            for (int column = 1; column < ActivityModel::ColumnCount; ++column)
                QCOMPARE(fields.at(column), model.index(row, column).data().toString());
            const qint64 id = model.index(row, 0).data(ActivityModel::TransactionIdRole).toLongLong();
            QCOMPARE(fields.last(), id ? QString::number(id) : QString());
        }
        QCOMPARE(records->at(1).at(ActivityModel::DetailsColumn), tricky);

        // An unwritable device is an error, not a silent empty file.
        QBuffer closed;
        QVERIFY(!model.exportCsv(closed));
    }

    void errorsReachTheSignal()
    {
        UiModelsEnv env;
        ActivityModel model(env.client.get());
        QAbstractItemModelTester tester(&model, kQtTest);
        QSignalSpy failed(&model, &ActivityModel::error);
        QSignalSpy finished(&model, &ActivityModel::finished);
        QVERIFY(env.addFault({{QStringLiteral("route"), QStringLiteral("imx.transfers.list")},
                              {QStringLiteral("status"), 500}}));
        model.setOwner(env.demo);
        model.refresh();
        QVERIFY(failed.wait(kWaitMs));
        QTest::qWait(200);
        QCOMPARE(failed.count(), 1); // one error for the refresh, not one per stream
        QCOMPARE(finished.count(), 0);
        QVERIFY(model.errorText().contains(QStringLiteral("500")));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(env.clearFaults());
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("imx.trades.list")}, {QStringLiteral("status"), 503}}));
        model.refresh();
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(env.clearFaults());
        model.refresh();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.errorText().isEmpty());
    }

    void deletedWhileLoading()
    {
        UiModelsEnv env;
        QVERIFY(env.addFault(
            {{QStringLiteral("route"), QStringLiteral("imx.*")}, {QStringLiteral("latency_ms"), 100}}));
        for (int delayMs : {0, 150, 350}) {
            auto model = std::make_unique<ActivityModel>(env.client.get());
            model->setOwner(env.demo);
            model->refresh();
            QTest::qWait(delayMs);
            model.reset();
        }
        QTest::qWait(800); // late answers arrive to nobody
        QVERIFY(env.clearFaults());
    }
};

QTEST_MAIN(TestUiActivity)
#include "tst_ui_activity.moc"
