// SPDX-License-Identifier: MIT
// stardeck-cli's signed commands (transfer, batch-transfer, order create|cancel, trade) against an
// in-process sandbox (CliWalletHarness.h): approval with --yes or on a terminal (a pty), rejection
// (nothing signed), Guardian confirmation, bad input, a tampered payload hash, a lost submit answer
// resolved from the journal. Expected values come from the sandbox's state.
#include "CliWalletHarness.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace stardeck::test;

class TstCliWalletSigned
    : public QObject
    , private CliWalletHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
        m_probeKeychain = false;
        login();
    }

    void transferWithYes()
    {
        const QString before = sandboxBalance(m_demoAddress, QStringLiteral("ETH"));
        const QString aliceBefore = sandboxBalance(m_aliceAddress, QStringLiteral("ETH"));
        const Run run =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("transfer"), QStringLiteral("--to"),
                            m_aliceAddress, QStringLiteral("--token"), QStringLiteral("ETH"),
                            QStringLiteral("--amount"), QStringLiteral("0.25"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = json(run.out).object();
        QVERIFY(result.value(QStringLiteral("transfer_id")).toInteger() > 0);
        // Progress as JSON lines on stderr, the review among them.
        QVERIFY(run.err.contains("\"state\":\"awaiting_approval\""));
        QVERIFY(run.err.contains("\"state\":\"done\""));
        QVERIFY(run.err.contains("\"amount\":\"0.25\""));
        QCOMPARE(difference(before, sandboxBalance(m_demoAddress, QStringLiteral("ETH"))),
                 QStringLiteral("250000000000000000"));
        QCOMPARE(difference(sandboxBalance(m_aliceAddress, QStringLiteral("ETH")), aliceBefore),
                 QStringLiteral("250000000000000000"));
        const auto stored =
            m_sandbox->get(QStringLiteral("/imx/v1/transfers/") +
                           QString::number(result.value(QStringLiteral("transfer_id")).toInteger()));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.object().value(QStringLiteral("receiver")).toString(), m_aliceAddress);
    }

    void transferRejected_data()
    {
        QTest::addColumn<QByteArray>("stdinText");
        QTest::addColumn<QByteArray>("ttyAnswer");
        QTest::newRow("piped y, no terminal") << QByteArray("y\n") << QByteArray();
        QTest::newRow("piped nothing") << QByteArray() << QByteArray();
        QTest::newRow("terminal n") << QByteArray("y\n") << QByteArray("n\n");
        QTest::newRow("terminal empty") << QByteArray() << QByteArray("\n");
        QTest::newRow("terminal other") << QByteArray() << QByteArray("sure\n");
    }

    void transferRejected()
    {
        QFETCH(QByteArray, stdinText);
        QFETCH(QByteArray, ttyAnswer);
        const QString before = sandboxBalance(m_demoAddress, QStringLiteral("ETH"));
        const int sent = sentTransfers(m_demoAddress);
        RunOptions options;
        options.input = stdinText;
        options.ttyAnswer = ttyAnswer;
        const Run run = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                                        QStringLiteral("--token"), QStringLiteral("ETH"),
                                        QStringLiteral("--amount"), QStringLiteral("0.5")},
                            options);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("TRANSFER_ERROR: Transaction rejected by user"), run.err.constData());
        QVERIFY(!run.err.contains("[transfer] signing"));
        if (!ttyAnswer.isEmpty()) {
            // The decoded transaction and the question went to the terminal.
            QVERIFY2(run.tty.contains("Amount:    0.5 ETH (500000000000000000 base units, 18 decimals)"),
                     run.tty.constData());
            QVERIFY(run.tty.contains("hash verified locally"));
            QVERIFY(run.tty.contains(m_aliceAddress.toUtf8()));
        }
        QCOMPARE(sandboxBalance(m_demoAddress, QStringLiteral("ETH")), before);
        QCOMPARE(sentTransfers(m_demoAddress), sent);
    }

    void transferApprovedOnTerminal()
    {
        const int sent = sentTransfers(m_demoAddress);
        RunOptions options;
        options.ttyAnswer = "y\n";
        const Run run = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                                        QStringLiteral("--token"), QStringLiteral("USDS"),
                                        QStringLiteral("--amount"), QStringLiteral("1")},
                            options);
        // USDS is a symbol, not an address: refused before anything is prepared.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("TRANSFER_ERROR: "), run.err.constData());

        const QString usds = tokenAddress(QStringLiteral("USDS"));
        QVERIFY(!usds.isEmpty());
        const QString before = sandboxBalance(m_demoAddress, QStringLiteral("USDS"));
        // Under Guardian's threshold (1 token): no confirmation page, the terminal's "y" approves.
        const Run ok = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                                       QStringLiteral("--token"), usds, QStringLiteral("--amount"),
                                       QStringLiteral("0.750001")},
                           options);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.tty.contains("0.750001 USDS (750001 base units, 6 decimals)"), ok.tty.constData());
        QVERIFY(ok.out.contains("transfer_id: "));
        QCOMPARE(sentTransfers(m_demoAddress), sent + 1);
        QCOMPARE(difference(before, sandboxBalance(m_demoAddress, QStringLiteral("USDS"))),
                 QStringLiteral("750001"));
    }

    void guardianConfirmation()
    {
        // Above the threshold Guardian wants a confirmation: the CLI prints (and opens) the page and
        // waits; the test plays the user who presses Confirm on it.
        const QString usds = tokenAddress(QStringLiteral("USDS"));
        const QString before = sandboxBalance(m_demoAddress, QStringLiteral("USDS"));
        bool confirmed = false;
        RunOptions options;
        options.waitInError = "Waiting for the confirmation";
        options.onError = [&](const QByteArray &err) {
            const QRegularExpression link(
                QStringLiteral("(http://\\S+/transaction-confirmation/transaction\\S+)"));
            const QUrl url(link.match(QString::fromUtf8(err)).captured(1));
            QVERIFY2(url.isValid(), err.constData());
            const auto page = m_sandbox->get(url.path() + u'?' + url.query(QUrl::FullyEncoded));
            QCOMPARE(page.status, 200);
            const QRegularExpression context(QStringLiteral("const CONTEXT = (\\{[^;]*\\});"));
            const QJsonObject values =
                QJsonDocument::fromJson(context.match(QString::fromUtf8(page.body)).captured(1).toUtf8())
                    .object();
            const auto approve = m_sandbox->post(
                values.value(QStringLiteral("approveUrl"))
                    .toString()
                    .replace(QStringLiteral("<\\/"), QStringLiteral("</")),
                R"({"chainType":"starkex"})",
                {{"Authorization", "Bearer " + values.value(QStringLiteral("grant")).toString().toUtf8()}});
            QCOMPARE(approve.status, 204);
            confirmed = true;
        };
        const Run run = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                                        QStringLiteral("--token"), usds, QStringLiteral("--amount"),
                                        QStringLiteral("1.000001"), QStringLiteral("--yes"),
                                        QStringLiteral("--no-browser")},
                            options);
        QVERIFY(confirmed);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("Guardian:  confirmation required"));
        QVERIFY(run.err.contains("Guardian: confirmed."));
        QCOMPARE(difference(before, sandboxBalance(m_demoAddress, QStringLiteral("USDS"))),
                 QStringLiteral("1000001"));
    }

    void badTransferInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString alice = QStringLiteral("0x7b7b2016c0ad739f6d8fe570ca1a68092ab55c02");
        const QStringList base{QStringLiteral("transfer"), QStringLiteral("--yes"), QStringLiteral("--token"),
                               QStringLiteral("ETH")};
        QTest::newRow("too many decimals")
            << base + QStringList{QStringLiteral("--to"), alice, QStringLiteral("--amount"),
                                  QStringLiteral("0.0000000000000000001")}
            << QByteArray("decimals");
        QTest::newRow("negative") << base + QStringList{QStringLiteral("--to"), alice,
                                                        QStringLiteral("--amount"), QStringLiteral("-1")}
                                  << QByteArray("--amount");
        QTest::newRow("exponent") << base + QStringList{QStringLiteral("--to"), alice,
                                                        QStringLiteral("--amount"), QStringLiteral("1e3")}
                                  << QByteArray("--amount");
        QTest::newRow("zero") << base + QStringList{QStringLiteral("--to"), alice, QStringLiteral("--amount"),
                                                    QStringLiteral("0")}
                              << QByteArray("more than zero");
        QTest::newRow("short address") << base + QStringList{QStringLiteral("--to"), QStringLiteral("0x1234"),
                                                             QStringLiteral("--amount"), QStringLiteral("1")}
                                       << QByteArray("--to");
        QTest::newRow("bad checksum")
            << base + QStringList{QStringLiteral("--to"),
                                  QStringLiteral("0x7B7b2016c0ad739f6d8fe570ca1a68092ab55c02"),
                                  QStringLiteral("--amount"), QStringLiteral("1")}
            << QByteArray("--to");
        QTest::newRow("unknown token")
            << QStringList{QStringLiteral("transfer"),
                           QStringLiteral("--yes"),
                           QStringLiteral("--token"),
                           QStringLiteral("0x1111111111111111111111111111111111111111"),
                           QStringLiteral("--to"),
                           alice,
                           QStringLiteral("--amount"),
                           QStringLiteral("1")}
            << QByteArray("--token-id");
        QTest::newRow("eth with token id")
            << base + QStringList{QStringLiteral("--to"), alice, QStringLiteral("--token-id"),
                                  QStringLiteral("5")}
            << QByteArray("ETH");
    }

    void badTransferInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const int sent = sentTransfers(m_demoAddress);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("TRANSFER_ERROR: ") && run.err.contains(message), run.err.constData());
        QCOMPARE(sentTransfers(m_demoAddress), sent);
    }

    void ordersAndTrades()
    {
        // Guardian would ask to confirm every order and trade: switch that off for this test.
        QCOMPARE(m_sandbox
                     ->postJson(QStringLiteral("/__sandbox/guardian/policy"),
                                {{QStringLiteral("mode"), QStringLiteral("never")}})
                     .status,
                 200);
        const auto asset = demoAsset(0);
        QVERIFY(!asset.first.isEmpty());
        const Run created =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("create"),
                            QStringLiteral("--sell-token"), asset.first, QStringLiteral("--token-id"),
                            asset.second, QStringLiteral("--buy-token"), QStringLiteral("ETH"),
                            QStringLiteral("--amount"), QStringLiteral("0.125"), QStringLiteral("--expires"),
                            QStringLiteral("2031-01-01T00:00:00Z"), QStringLiteral("--yes")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const qint64 orderId = json(created.out).object().value(QStringLiteral("order_id")).toInteger();
        const QJsonObject order = m_sandbox->get(QStringLiteral("/imx/v3/orders/%1").arg(orderId)).object();
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(order.value(QStringLiteral("sell"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("token_id"))
                     .toString(),
                 asset.second);
        QCOMPARE(order.value(QStringLiteral("buy"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("quantity"))
                     .toString(),
                 QStringLiteral("125000000000000000"));

        const Run cancelled =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("cancel"),
                            QString::number(orderId), QStringLiteral("--yes")});
        QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
        QCOMPARE(orderStatus(orderId), QStringLiteral("cancelled"));

        // Buy someone else's NFT listed for ETH.
        const QJsonArray book =
            m_sandbox->get(QStringLiteral("/imx/v3/orders?status=active&page_size=50&buy_token_type=ETH"))
                .object()
                .value(QStringLiteral("result"))
                .toArray();
        qint64 listing = 0;
        for (const QJsonValue &o : book) {
            if (o[QStringLiteral("user")].toString() != m_demoAddress) {
                listing = o[QStringLiteral("order_id")].toInteger();
                break;
            }
        }
        QVERIFY(listing > 0);
        const Run trade = cli(QStringList{QStringLiteral("--json"), QStringLiteral("trade"),
                                          QString::number(listing), QStringLiteral("--yes")});
        QVERIFY2(trade.exitCode == 0, trade.err.constData());
        QVERIFY(json(trade.out).object().value(QStringLiteral("trade_id")).toInteger() > 0);
        QCOMPARE(orderStatus(listing), QStringLiteral("filled"));
        QCOMPARE(m_sandbox
                     ->postJson(QStringLiteral("/__sandbox/guardian/policy"),
                                {{QStringLiteral("mode"), QStringLiteral("default")}})
                     .status,
                 200);
    }

    void batchTransfer()
    {
        const auto first = demoAsset(0);
        const auto second = demoAsset(1, first.first);
        QVERIFY(!second.first.isEmpty());
        const Run run = cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("batch-transfer"), QStringLiteral("--to"),
                        m_aliceAddress, QStringLiteral("--token"), first.first, QStringLiteral("--token-id"),
                        first.second, QStringLiteral("--token-id"), second.second, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run.out).object().value(QStringLiteral("transfer_ids")).toArray().size(), 2);
        QCOMPARE(assetOwner(first), m_aliceAddress);
        QCOMPARE(assetOwner(second), m_aliceAddress);

        // The same from a file of items.
        const auto third = demoAsset(0);
        const QString path = m_home.filePath(QStringLiteral("items.json"));
        QFile items(path);
        QVERIFY(items.open(QIODevice::WriteOnly));
        items.write(QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("receiver"), m_aliceAddress},
                                                         {QStringLiteral("token_address"), third.first},
                                                         {QStringLiteral("token_id"), third.second}}})
                        .toJson());
        items.close();
        const Run fromFile = cli(QStringList{QStringLiteral("batch-transfer"), QStringLiteral("--file"), path,
                                             QStringLiteral("--yes")});
        QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
        QCOMPARE(assetOwner(third), m_aliceAddress);
    }

    void badBatchFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("[{");
        QTest::newRow("object") << QByteArray("{}");
        QTest::newRow("empty") << QByteArray("[]");
        QTest::newRow("number id") << QByteArray(
            R"([{"receiver":"0x7b7b2016c0ad739f6d8fe570ca1a68092ab55c02","token_address":"0x7b7b2016c0ad739f6d8fe570ca1a68092ab55c02","token_id":5}])");
        QTest::newRow("bad receiver") << QByteArray(
            R"([{"receiver":"0x7b","token_address":"0x7b7b2016c0ad739f6d8fe570ca1a68092ab55c02","token_id":"5"}])");
        QTest::newRow("missing field")
            << QByteArray(R"([{"receiver":"0x7b7b2016c0ad739f6d8fe570ca1a68092ab55c02","token_id":"5"}])");
    }

    void badBatchFile()
    {
        QFETCH(QByteArray, content);
        const QString path = m_home.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Run run = cli(QStringList{QStringLiteral("batch-transfer"), QStringLiteral("--file"), path,
                                        QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("TRANSFER_ERROR: "), run.err.constData());
    }

    void tamperedPayloadHash()
    {
        // A tampered payload_hash on the signable: refused as a security error, nothing signed or sent.
        const int sent = sentTransfers(m_demoAddress);
        addFault({{QStringLiteral("route"), QStringLiteral("imx.transfers.signable")},
                  {QStringLiteral("tamper_payload_hash"), true},
                  {QStringLiteral("times"), 1}});
        const Run tampered =
            cli(QStringList{QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
                            QStringLiteral("--token"), QStringLiteral("ETH"), QStringLiteral("--amount"),
                            QStringLiteral("0.01"), QStringLiteral("--yes")});
        QCOMPARE(tampered.exitCode, 6);
        QVERIFY2(tampered.err.contains("TRANSFER_ERROR: "), tampered.err.constData());
        QVERIFY(!tampered.err.contains("[transfer] signing"));
        QCOMPARE(sentTransfers(m_demoAddress), sent);
        QCOMPARE(m_sandbox->send("DELETE", QStringLiteral("/__sandbox/faults")).status / 100, 2);
    }

    void outcomeUnknownThenResumed()
    {
        // Every answer to the submit is lost (the sandbox executes, then drops the connection): exit 7,
        // the journal keeps the signed request; the next signed command resolves it by re-sending the
        // same bytes before anything new, and the transfer exists exactly once.
        const int sent = sentTransfers(m_demoAddress);
        addFault({{QStringLiteral("route"), QStringLiteral("imx.transfers.create")},
                  {QStringLiteral("drop"), QStringLiteral("after_execute")},
                  {QStringLiteral("times"), 20}});
        const QStringList transfer{
            QStringLiteral("transfer"), QStringLiteral("--to"), m_aliceAddress,
            QStringLiteral("--token"),  QStringLiteral("ETH"),  QStringLiteral("--amount"),
            QStringLiteral("0.01")};
        const Run lost = cli(transfer + QStringList{QStringLiteral("--yes")});
        QCOMPARE(m_sandbox->send("DELETE", QStringLiteral("/__sandbox/faults")).status / 100, 2);
        QCOMPARE(lost.exitCode, 7);
        QVERIFY2(lost.err.contains("[transfer] unknown") && lost.err.contains("TRANSFER_ERROR: "),
                 lost.err.constData());
        QCOMPARE(sentTransfers(m_demoAddress), sent + 1);

        const Run next = cli(transfer); // no --yes: the new transfer is rejected, the old one resolved
        QCOMPARE(next.exitCode, 5);
        QVERIFY2(next.err.contains("Resolved an earlier transfer") && next.err.contains("): executed"),
                 next.err.constData());
        QCOMPARE(sentTransfers(m_demoAddress), sent + 1);
    }
};

QTEST_GUILESS_MAIN(TstCliWalletSigned)
#include "tst_cli_wallet_signed.moc"
