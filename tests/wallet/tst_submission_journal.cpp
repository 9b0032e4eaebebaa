// SPDX-License-Identifier: MIT
// The submission journal: the strict file format (round trip, every kind of damage refused), durable
// appends, update/recordAttempt/prune, and failed writes that never replace or empty the old file.
#include "wallet/SubmissionJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stardeck::wallet;

namespace {

const QString kAccount = QStringLiteral("0xabcdef0000000000000000000000000000000001");
const QString kOtherAccount = QStringLiteral("0x2222222222222222222222222222222222222222");

// A journal written by hand from the format description (not by our serializer).
const QByteArray kHandWritten =
    R"({"version": 1, "entries": [{)"
    R"("id": "6f1c2a3e-8d2b-4c1e-9f0a-1b2c3d4e5f60",)"
    R"( "account": "0x1111111111111111111111111111111111111111",)"
    R"( "kind": "transfer", "method": "POST", "path": "/v1/transfers",)"
    " \"body\": \"{\\\"sender_stark_key\\\":\\\"0x1\\\", \\\"nonce\\\" : 7,\\\"note\\\":\\\"caf\\u00e9\\\"}\","
    R"( "payloadHashes": ["0xabc"], "state": "signed", "attempts": 1,)"
    R"( "createdAt": "2026-11-24T01:00:00.000Z", "updatedAt": "2026-11-24T01:00:01.500Z",)"
    R"( "result": {}, "note": ""}]})";

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

JournalEntry makeEntry(int n, const QString &account = kAccount, JournalState state = JournalState::Signed)
{
    JournalEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.account = account;
    e.kind = n % 2 ? ActionKind::BatchNftTransfer : ActionKind::Transfer;
    e.method = "POST";
    e.path = QStringLiteral("/v2/transfers");
    e.body = QByteArray(R"({"sender_stark_key":"0x7a","requests":[{"nonce":)") + QByteArray::number(n) +
             ",\"note\":\"d\\u00e9j\\u00e0 \\\"vu\\\"\"}]}";
    e.payloadHashes = {QStringLiteral("0x5ac1"), QStringLiteral("0x%1").arg(n + 1, 64, 16, QLatin1Char('0'))};
    e.state = state;
    e.attempts = n;
    e.createdAt = utc("2026-11-20T10:00:00.000Z").addSecs(n * 60);
    e.updatedAt = e.createdAt.addMSecs(1234);
    return e;
}

QJsonObject handWrittenEntry()
{
    return QJsonDocument::fromJson(kHandWritten)
        .object()
        .value(QLatin1String("entries"))
        .toArray()
        .at(0)
        .toObject();
}

QByteArray docWith(const QJsonObject &entry)
{
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("entries"), QJsonArray{entry});
    return QJsonDocument(root).toJson();
}

QByteArray entryWith(const char *field, const QJsonValue &value)
{
    QJsonObject e = handWrittenEntry();
    e.insert(QLatin1String(field), value);
    return docWith(e);
}

} // namespace

class TestSubmissionJournal : public QObject {
    Q_OBJECT

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal/submissions.json")); }
    QStringList dirListing() const
    {
        return QDir(QFileInfo(journalPath()).absolutePath())
            .entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void parsesTheDocumentedFormat()
    {
        const auto parsed = parseJournal(kHandWritten);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), 1);
        const JournalEntry &e = parsed->at(0);
        QCOMPARE(e.id, QStringLiteral("6f1c2a3e-8d2b-4c1e-9f0a-1b2c3d4e5f60"));
        QCOMPARE(e.account, QStringLiteral("0x1111111111111111111111111111111111111111"));
        QCOMPARE(e.kind, ActionKind::Transfer);
        QCOMPARE(e.method, QByteArray("POST"));
        QCOMPARE(e.path, QStringLiteral("/v1/transfers"));
        // The exact bytes, spacing included (the JSON escape \u00e9 is the UTF-8 of é).
        QCOMPARE(e.body,
                 QByteArray("{\"sender_stark_key\":\"0x1\", \"nonce\" : 7,\"note\":\"caf\xc3\xa9\"}"));
        QCOMPARE(e.payloadHashes, QStringList{QStringLiteral("0xabc")});
        QCOMPARE(e.state, JournalState::Signed);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.createdAt, QDateTime(QDate(2026, 11, 24), QTime(1, 0, 0), Qt::UTC));
        QCOMPARE(e.updatedAt, QDateTime(QDate(2026, 11, 24), QTime(1, 0, 1, 500), Qt::UTC));
        QVERIFY(e.result.isEmpty());
        QVERIFY(e.note.isEmpty());
        QVERIFY(e.expect.isEmpty()); // version 1: no expectation
    }

    void roundTripIsExactAndDeterministic()
    {
        QList<JournalEntry> entries;
        for (int i = 0; i < 5; ++i)
            entries.append(makeEntry(i, i % 2 ? kAccount : kOtherAccount, JournalState(i % 4)));
        entries[1].result = QJsonObject{{QStringLiteral("transfer_ids"), QJsonArray{1, 2}},
                                        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), 1.5}}}};
        entries[2].note = QStringLiteral("signable expired \u2014 nothing moved");
        entries[3].method = "DELETE";
        entries[3].kind = ActionKind::CancelOrder;
        entries[3].path = QStringLiteral("/v3/orders/42");
        entries[4].payloadHashes.clear();
        entries[0].expect = QJsonObject{{QStringLiteral("receiver"), QStringLiteral("0xab")},
                                        {QStringLiteral("amount"), QStringLiteral("1000")}};
        entries[1].expect = QJsonObject{
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("token_id"), QStringLiteral("1")}}, QJsonObject{}}}};

        const QByteArray bytes = serializeJournal(entries);
        QCOMPARE(serializeJournal(entries), bytes);
        const auto parsed = parseJournal(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(parsed->at(i).body, entries[i].body); // byte for byte
            QVERIFY(parsed->at(i) == entries[i]);
        }
        QCOMPARE(serializeJournal(parsed.value()), bytes);
        // An empty journal is a valid journal.
        const auto empty = parseJournal(serializeJournal({}));
        QVERIFY(empty.ok() && empty->isEmpty());
    }

    void rejectsDamagedInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("not JSON") << QByteArray("journal") << QStringLiteral("not valid JSON");
        QTest::newRow("top-level array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("version 3") << QByteArray(R"({"version":3,"entries":[]})")
                                   << QStringLiteral("unsupported version 3");
        QTest::newRow("version 0") << QByteArray(R"({"version":0,"entries":[]})")
                                   << QStringLiteral("unsupported version 0");
        QTest::newRow("version 1.5") << QByteArray(R"({"version":1.5,"entries":[]})")
                                     << QStringLiteral("unsupported version 1.5");
        QTest::newRow("version string")
            << QByteArray(R"({"version":"1","entries":[]})") << QStringLiteral("\"version\"");
        QTest::newRow("version missing") << QByteArray(R"({"entries":[]})") << QStringLiteral("\"version\"");
        QTest::newRow("unknown top field")
            << QByteArray(R"({"version":1,"entries":[],"extra":0})") << QStringLiteral("\"extra\"");
        QTest::newRow("entries object")
            << QByteArray(R"({"version":1,"entries":{}})") << QStringLiteral("\"entries\" array");
        QTest::newRow("entries missing")
            << QByteArray(R"({"version":1})") << QStringLiteral("\"entries\" array");
        QTest::newRow("entry not object")
            << QByteArray(R"({"version":1,"entries":[1]})") << QStringLiteral("entry 0 is not a JSON object");
        QByteArray many = R"({"version":1,"entries":[0)";
        for (int i = 0; i < 100000; ++i)
            many += ",0";
        QTest::newRow("too many entries") << (many + "]}") << QStringLiteral("more than 100000 entries");
        QByteArray huge = kHandWritten;
        huge.append(16 * 1024 * 1024 + 1 - huge.size(), ' ');
        QTest::newRow("larger than 16 MiB") << huge << QStringLiteral("larger than 16 MiB");

        const QStringList fields = handWrittenEntry().keys();
        QCOMPARE(fields.size(), 13);
        for (const QString &field : fields) {
            QJsonObject e = handWrittenEntry();
            e.remove(field);
            QTest::addRow("missing %s", qPrintable(field))
                << docWith(e) << QStringLiteral("misses the field \"%1\"").arg(field);
            // Every field with a value of the wrong JSON type.
            const QJsonValue old = handWrittenEntry().value(field);
            e.insert(field, old.isString() ? QJsonValue(7) : QJsonValue(QStringLiteral("7")));
            QTest::addRow("wrong type %s", qPrintable(field))
                << docWith(e) << QStringLiteral("field \"%1\" is not").arg(field);
        }
        QJsonObject extra = handWrittenEntry();
        extra.insert(QLatin1String("priority"), 1);
        QTest::newRow("unknown entry field")
            << docWith(extra) << QStringLiteral("unknown field \"priority\"");
        QJsonObject root = QJsonDocument::fromJson(kHandWritten).object();
        root.insert(QLatin1String("entries"), QJsonArray{handWrittenEntry(), handWrittenEntry()});
        QTest::newRow("duplicate id")
            << QJsonDocument(root).toJson() << QStringLiteral("entry 1 repeats the id 6f1c2a3e");

        const auto bad = [](const char *row, const char *field, const QJsonValue &value,
                            const char *problem) {
            QTest::newRow(row) << entryWith(field, value) << QString::fromLatin1(problem);
        };
        bad("unknown state", "state", QStringLiteral("pending"), "unknown state \"pending\"");
        bad("state upper case", "state", QStringLiteral("SIGNED"), "unknown state");
        bad("unknown kind", "kind", QStringLiteral("mint"), "unknown kind \"mint\"");
        bad("method GET", "method", QStringLiteral("GET"), "not POST or DELETE");
        bad("method lower case", "method", QStringLiteral("post"), "not POST or DELETE");
        bad("relative path", "path", QStringLiteral("v1/transfers"), "\"path\"");
        bad("empty path", "path", QString(), "\"path\"");
        bad("scheme-relative path", "path", QStringLiteral("//evil.example/v1/transfers"), "\"path\"");
        bad("path with space", "path", QStringLiteral("/v1/ transfers"), "\"path\"");
        bad("date with offset", "createdAt", QStringLiteral("2026-11-24T02:00:00.000+01:00"),
            "\"createdAt\"");
        bad("date local", "createdAt", QStringLiteral("2026-11-24T01:00:00.000"), "\"createdAt\"");
        bad("date without ms", "updatedAt", QStringLiteral("2026-11-24T01:00:00Z"), "\"updatedAt\"");
        bad("date impossible", "updatedAt", QStringLiteral("2026-02-30T01:00:00.000Z"), "\"updatedAt\"");
        bad("date hour 24", "updatedAt", QStringLiteral("2026-11-24T24:00:00.000Z"), "\"updatedAt\"");
        bad("date words", "createdAt", QStringLiteral("yesterday"), "\"createdAt\"");
        bad("body array", "body", QStringLiteral("[1,2]"), "\"body\" is not a JSON object");
        bad("body string", "body", QStringLiteral("\"x\""), "\"body\" is not a JSON object");
        bad("body not JSON", "body", QStringLiteral("{\"a\":"), "\"body\" is not a JSON object");
        bad("body empty", "body", QString(), "\"body\" is not a JSON object");
        bad("hash not string", "payloadHashes", QJsonArray{1}, "\"payloadHashes\"");
        bad("hash without 0x", "payloadHashes", QJsonArray{QStringLiteral("abc")}, "\"payloadHashes\"");
        bad("hash too long", "payloadHashes", QJsonArray{QStringLiteral("0x1").append(QString(64, u'0'))},
            "\"payloadHashes\"");
        bad("attempts negative", "attempts", -1, "\"attempts\"");
        bad("attempts fraction", "attempts", 1.5, "\"attempts\"");
        bad("attempts absurd", "attempts", 1e12, "\"attempts\"");
        bad("id not uuid", "id", QStringLiteral("transfer-1"), "\"id\"");
        bad("id upper case", "id", QStringLiteral("6F1C2A3E-8D2B-4C1E-9F0A-1B2C3D4E5F60"), "\"id\"");
        bad("id braces", "id", QStringLiteral("{6f1c2a3e-8d2b-4c1e-9f0a-1b2c3d4e5f60}"), "\"id\"");
        bad("account mixed case", "account", QStringLiteral("0xAb11111111111111111111111111111111111111"),
            "\"account\"");
        bad("account short", "account", QStringLiteral("0x1111"), "\"account\"");
        bad("result array", "result", QJsonArray{}, "\"result\" is not an object");
        bad("expect in version 1", "expect", QJsonObject{}, "\"expect\" in a version 1 file");
    }

    void rejectsDamagedInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const auto parsed = parseJournal(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().failure, WalletFailure::Storage);
        QVERIFY2(parsed.error().message.contains(problem), qPrintable(parsed.error().message));

        // open() reports it, naming the file and the problem, and leaves the file exactly as it was.
        QVERIFY(QDir().mkpath(QFileInfo(journalPath()).absolutePath()));
        QVERIFY(writeBytes(journalPath(), data));
        const QDateTime modified = QFileInfo(journalPath()).lastModified();
        const auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().failure, WalletFailure::Storage);
        QVERIFY2(opened.error().message.contains(journalPath()) && opened.error().message.contains(problem),
                 qPrintable(opened.error().message));
        QCOMPARE(fileBytes(journalPath()), data);
        QCOMPARE(QFileInfo(journalPath()).lastModified(), modified);
        QCOMPARE(dirListing(), QStringList{QStringLiteral("submissions.json")});
    }

    void missingFileStartsEmpty()
    {
        const auto journal = SubmissionJournal::open(journalPath());
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().isEmpty());
        QVERIFY(!QFile::exists(journalPath())); // nothing written until there is something to keep
        QCOMPARE(modeOf(QFileInfo(journalPath()).absolutePath()), 0700);
    }

    void appendIsDurableAndPrivate()
    {
        auto journal = SubmissionJournal::open(journalPath());
        QVERIFY(journal.ok());
        const JournalEntry first = makeEntry(1);
        QVERIFY(journal.value().append(first).ok());
        // Before append returns, the file on disk already holds the exact body as a JSON string.
        const QJsonObject onDisk = QJsonDocument::fromJson(fileBytes(journalPath())).object();
        QCOMPARE(onDisk.value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(
            onDisk.value(QLatin1String("entries")).toArray().at(0)[QLatin1String("body")].toString().toUtf8(),
            first.body);
        QCOMPARE(modeOf(journalPath()), 0600);
        QCOMPARE(modeOf(QFileInfo(journalPath()).absolutePath()), 0700);

        const JournalEntry second = makeEntry(2);
        QVERIFY(journal.value().append(second).ok());
        const auto reopened = SubmissionJournal::open(journalPath());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->entries().size(), 2);
        QVERIFY(reopened->entries().at(0) == first);
        QVERIFY(reopened->entries().at(1) == second);
        QCOMPARE(dirListing(), QStringList{QStringLiteral("submissions.json")}); // no temporary file left

        // A file widened in between is private again after the next write.
        QVERIFY(::chmod(QFile::encodeName(journalPath()).constData(), 0644) == 0);
        QVERIFY(journal.value().recordAttempt(first.id).ok());
        QCOMPARE(modeOf(journalPath()), 0600);
    }

    void appendRefusesDuplicatesAndInvalidEntries()
    {
        auto journal = SubmissionJournal::open(journalPath());
        QVERIFY(journal.ok());
        const JournalEntry entry = makeEntry(1);
        QVERIFY(journal.value().append(entry).ok());
        const QByteArray before = fileBytes(journalPath());

        JournalEntry again = makeEntry(5);
        again.id = entry.id;
        auto status = journal.value().append(again);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().failure, WalletFailure::InvalidRequest);
        QVERIFY(status.error().message.contains(entry.id));

        JournalEntry get = makeEntry(6);
        get.method = "GET";
        JournalEntry notUtf8 = makeEntry(7);
        notUtf8.body = QByteArray("{\"a\":\"\xff\"}");
        JournalEntry noDate = makeEntry(8);
        noDate.createdAt = QDateTime();
        for (const JournalEntry &invalid : {get, notUtf8, noDate}) {
            status = journal.value().append(invalid);
            QVERIFY(!status.ok());
            QCOMPARE(status.error().failure, WalletFailure::InvalidRequest);
        }
        QCOMPARE(journal->entries().size(), 1);
        QCOMPARE(fileBytes(journalPath()), before);
    }

    void updateAndRecordAttempt()
    {
        auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(opened.ok());
        SubmissionJournal &journal = opened.value();
        const JournalEntry a = makeEntry(0);
        const JournalEntry b = makeEntry(3, kOtherAccount);
        QVERIFY(journal.append(a).ok());
        QVERIFY(journal.append(b).ok());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.recordAttempt(a.id).ok());
        QVERIFY(journal.recordAttempt(a.id).ok());
        const QJsonObject result{{QStringLiteral("transfer_ids"), QJsonArray{9001}}};
        QVERIFY(journal.update(b.id, JournalState::Submitted, result, QStringLiteral("accepted")).ok());

        const auto reopened = SubmissionJournal::open(journalPath());
        QVERIFY(reopened.ok());
        const auto ra = reopened->find(a.id);
        const auto rb = reopened->find(b.id);
        QVERIFY(ra && rb);
        QCOMPARE(ra->attempts, 2);
        QCOMPARE(ra->state, JournalState::Signed);
        QVERIFY(ra->updatedAt >= before);
        QCOMPARE(ra->createdAt, a.createdAt);
        QCOMPARE(ra->body, a.body);
        QCOMPARE(rb->state, JournalState::Submitted);
        QCOMPARE(rb->result, result);
        QCOMPARE(rb->note, QStringLiteral("accepted"));
        QCOMPARE(rb->attempts, 3);
        QVERIFY(rb->updatedAt >= before);

        // pending(): Signed only, by account (any case), oldest first.
        QCOMPARE(reopened->pending().size(), 1);
        QCOMPARE(reopened->pending().at(0).id, a.id);
        QCOMPARE(
            reopened->pending(kAccount.toUpper().replace(QLatin1String("0X"), QLatin1String("0x"))).size(),
            1);
        QVERIFY(reopened->pending(kOtherAccount).isEmpty());

        for (const auto &status : {journal.update(QStringLiteral("no-such-id"), JournalState::Abandoned),
                                   journal.recordAttempt(QStringLiteral("no-such-id"))}) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().failure, WalletFailure::InvalidRequest);
        }
    }

    void pruneKeepsSignedEntries()
    {
        auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(opened.ok());
        SubmissionJournal &journal = opened.value();
        // Resolved entries are appended with their old dates (update() would stamp them "now").
        const JournalEntry oldSigned = makeEntry(0);
        const JournalEntry oldSubmitted = makeEntry(1, kAccount, JournalState::Submitted);
        const JournalEntry oldRejected = makeEntry(2, kAccount, JournalState::Rejected);
        const JournalEntry oldAbandoned = makeEntry(3, kAccount, JournalState::Abandoned);
        JournalEntry recent = makeEntry(4, kAccount, JournalState::Submitted);
        recent.updatedAt = utc("2026-11-23T00:00:00.000Z");
        for (const JournalEntry &e : {oldSigned, oldSubmitted, oldRejected, oldAbandoned, recent})
            QVERIFY(journal.append(e).ok());

        QVERIFY(journal.prune(utc("2026-11-22T00:00:00.000Z")).ok());
        const auto reopened = SubmissionJournal::open(journalPath());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->entries().size(), 2);
        QCOMPARE(reopened->entries().at(0).id, oldSigned.id);
        QCOMPARE(reopened->entries().at(1).id, recent.id);

        // Even far in the future, a Signed entry stays until it is resolved.
        QVERIFY(journal.prune(utc("2100-01-01T00:00:00.000Z")).ok());
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().at(0).id, oldSigned.id);
        QCOMPARE(SubmissionJournal::open(journalPath())->entries().size(), 1);
    }

    // The directory cannot take the temporary file: a Storage error, the old file and the in-memory
    // state unchanged. As root, the check runs with the effective uid of "nobody".
    void readOnlyDirectoryKeepsTheOldFile()
    {
        auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(opened.ok());
        QVERIFY(opened.value().append(makeEntry(1)).ok());
        const QByteArray before = fileBytes(journalPath());
        const QString dir = QFileInfo(journalPath()).absolutePath();

        const bool root = geteuid() == 0;
        constexpr uid_t kNobody = 65534;
        if (root) {
            for (const QString &p : {m_dir->path(), dir, journalPath()})
                QVERIFY(::chown(QFile::encodeName(p).constData(), kNobody, kNobody) == 0);
        }
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        if (root)
            QVERIFY(::seteuid(kNobody) == 0);
        const auto status = opened.value().append(makeEntry(2));
        if (root)
            QVERIFY(::seteuid(0) == 0);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY(!status.ok());
        QCOMPARE(status.error().failure, WalletFailure::Storage);
        QVERIFY2(status.error().message.contains(journalPath()), qPrintable(status.error().message));
        QCOMPARE(fileBytes(journalPath()), before);
        QCOMPARE(opened->entries().size(), 1);
        QCOMPARE(dirListing(), QStringList{QStringLiteral("submissions.json")});
    }

    // A write that fails midway (the file size limit is hit while writing the temporary file, which Qt
    // 6.4 reports as a successful write) never replaces the journal and leaves no temporary file.
    void failedWriteNeverReplacesTheJournal()
    {
        auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(opened.ok());
        QVERIFY(opened.value().append(makeEntry(1)).ok());
        const QByteArray before = fileBytes(journalPath());

        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tight = saved;
        tight.rlim_cur = rlim_t(before.size() + 16); // the new file is about twice as large
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        const auto status = opened.value().append(makeEntry(2));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!status.ok());
        QCOMPARE(status.error().failure, WalletFailure::Storage);
        QCOMPARE(fileBytes(journalPath()), before);
        QCOMPARE(opened->entries().size(), 1);
        QCOMPARE(dirListing(), QStringList{QStringLiteral("submissions.json")});
        QCOMPARE(SubmissionJournal::open(journalPath())->entries().size(), 1);
        // And the journal works again once writing is possible.
        QVERIFY(opened.value().append(makeEntry(3)).ok());
        QCOMPARE(SubmissionJournal::open(journalPath())->entries().size(), 2);
    }

    // A crash in the middle of a write (simulated by truncating a copy) is reported as damage; the
    // truncated file is neither emptied nor rewritten.
    void truncatedFileIsReportedNotEmptied()
    {
        auto opened = SubmissionJournal::open(journalPath());
        QVERIFY(opened.ok());
        QVERIFY(opened.value().append(makeEntry(1)).ok());
        QVERIFY(opened.value().append(makeEntry(2)).ok());
        const QByteArray full = fileBytes(journalPath());
        const QString copy = m_dir->filePath(QStringLiteral("journal/copy.json"));
        for (const qsizetype cut :
             {qsizetype(0), qsizetype(1), full.size() / 3, full.size() / 2, full.size() - 2}) {
            const QByteArray truncated = full.left(cut);
            QVERIFY(writeBytes(copy, truncated));
            const auto damaged = SubmissionJournal::open(copy);
            QVERIFY2(!damaged.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(damaged.error().failure, WalletFailure::Storage);
            QVERIFY(damaged.error().message.contains(QLatin1String("damaged")));
            QCOMPARE(fileBytes(copy), truncated);
        }
    }
};

QTEST_GUILESS_MAIN(TestSubmissionJournal)
#include "tst_submission_journal.moc"
