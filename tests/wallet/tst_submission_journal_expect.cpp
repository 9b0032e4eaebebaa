// SPDX-License-Identifier: MIT
// The submission journal's version 2 field "expect" (what an action looks like in the API's
// listings, for reconciling by listing): read from a hand-written file, version 1 files still read
// and are written back as version 2, and every malformed expectation is refused.
#include "wallet/SubmissionJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stardeck::wallet;

namespace {

// A version 1 entry (no "expect"), as written before version 2.
const QByteArray kHandWrittenV1 =
    R"({"version": 1, "entries": [{)"
    R"("id": "6f1c2a3e-8d2b-4c1e-9f0a-1b2c3d4e5f60",)"
    R"( "account": "0x1111111111111111111111111111111111111111",)"
    R"( "kind": "transfer", "method": "POST", "path": "/v1/transfers",)"
    R"( "body": "{}", "payloadHashes": ["0xabc"], "state": "signed", "attempts": 1,)"
    R"( "createdAt": "2026-11-24T01:00:00.000Z", "updatedAt": "2026-11-24T01:00:01.500Z",)"
    R"( "result": {}, "note": ""}]})";

// The same entry in a version 2 file, with the expectation used for reconciling by listing.
const QByteArray kHandWrittenV2 =
    R"({"version": 2, "entries": [{)"
    R"("id": "6f1c2a3e-8d2b-4c1e-9f0a-1b2c3d4e5f60",)"
    R"( "account": "0x1111111111111111111111111111111111111111",)"
    R"( "kind": "batch_nft_transfer", "method": "POST", "path": "/v2/transfers",)"
    R"( "body": "{}", "payloadHashes": ["0xabc"], "state": "signed", "attempts": 1,)"
    R"( "createdAt": "2026-11-24T01:00:00.000Z", "updatedAt": "2026-11-24T01:00:01.500Z",)"
    R"( "result": {}, "note": "", "expect": {"items": [{"receiver": "0x22", "token_id": "7"}]}}]})";

QJsonObject handWrittenEntryV2()
{
    return QJsonDocument::fromJson(kHandWrittenV2)
        .object()
        .value(QLatin1String("entries"))
        .toArray()
        .at(0)
        .toObject();
}

//! A version 2 document whose entry has `expect` set to `value` (removed when undefined).
QByteArray v2With(const QJsonValue &value)
{
    QJsonObject e = handWrittenEntryV2();
    if (value.isUndefined())
        e.remove(QLatin1String("expect"));
    else
        e.insert(QLatin1String("expect"), value);
    QJsonObject root;
    root.insert(QLatin1String("version"), 2);
    root.insert(QLatin1String("entries"), QJsonArray{e});
    return QJsonDocument(root).toJson();
}

} // namespace

class TestSubmissionJournalExpect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesVersion2WithExpectation()
    {
        const auto parsed = parseJournal(kHandWrittenV2);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), 1);
        const JournalEntry &e = parsed->at(0);
        QCOMPARE(e.kind, ActionKind::BatchNftTransfer);
        const QJsonArray items = e.expect.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("receiver")).toString(), QStringLiteral("0x22"));
        QCOMPARE(items.at(0).toObject().value(QLatin1String("token_id")).toString(), QStringLiteral("7"));
        // A version 1 file is written back as version 2 (with an empty expectation) and reads the same.
        const auto old = parseJournal(kHandWrittenV1);
        QVERIFY(old.ok());
        const QByteArray rewritten = serializeJournal(old.value());
        QCOMPARE(QJsonDocument::fromJson(rewritten).object().value(QLatin1String("version")).toInt(), 2);
        const auto again = parseJournal(rewritten);
        QVERIFY(again.ok());
        QVERIFY(again.value() == old.value());
    }

    void rejectsMalformedExpectations_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QJsonObject v1 = QJsonDocument::fromJson(kHandWrittenV1).object();
        QJsonObject entry = v1.value(QLatin1String("entries")).toArray().at(0).toObject();
        entry.insert(QLatin1String("expect"), QJsonObject{});
        v1.insert(QLatin1String("entries"), QJsonArray{entry});
        QTest::newRow("expect in version 1")
            << QJsonDocument(v1).toJson() << QStringLiteral("\"expect\" in a version 1 file");
        const auto badExpect = [](const char *row, const QJsonValue &value, const char *problem) {
            QTest::newRow(row) << v2With(value) << QString::fromLatin1(problem);
        };
        badExpect("v2 expect missing", QJsonValue(QJsonValue::Undefined), "misses the field \"expect\"");
        badExpect("v2 expect string", QStringLiteral("x"), "\"expect\" is not an object");
        badExpect("v2 expect array", QJsonArray{}, "\"expect\" is not an object");
        badExpect("v2 expect number value", QJsonObject{{QStringLiteral("amount"), 5}}, "\"expect\" holds");
        badExpect("v2 expect null value", QJsonObject{{QStringLiteral("amount"), QJsonValue()}},
                  "\"expect\" holds");
        badExpect("v2 expect upper-case key", QJsonObject{{QStringLiteral("Amount"), QStringLiteral("1")}},
                  "\"expect\" holds");
        badExpect("v2 expect empty key", QJsonObject{{QString(), QStringLiteral("1")}}, "\"expect\" holds");
        badExpect("v2 expect item not object",
                  QJsonObject{{QStringLiteral("items"), QJsonArray{QStringLiteral("x")}}},
                  "\"expect\" holds");
        badExpect("v2 expect nested array",
                  QJsonObject{{QStringLiteral("items"),
                               QJsonArray{QJsonObject{{QStringLiteral("more"), QJsonArray{}}}}}},
                  "\"expect\" holds");
        badExpect(
            "v2 expect object value",
            QJsonObject{{QStringLiteral("sell"), QJsonObject{{QStringLiteral("a"), QStringLiteral("1")}}}},
            "\"expect\" holds");
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(QJsonObject{});
        badExpect("v2 expect 101 items", QJsonObject{{QStringLiteral("items"), tooMany}}, "\"expect\" holds");
    }

    void rejectsMalformedExpectations()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const auto parsed = parseJournal(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().failure, WalletFailure::Storage);
        QVERIFY2(parsed.error().message.contains(problem), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionJournalExpect)
#include "tst_submission_journal_expect.moc"
