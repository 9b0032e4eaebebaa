// SPDX-License-Identifier: MIT
#include "wallet/SubmissionJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cmath>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace stardeck::wallet {

namespace {

constexpr int kVersion = 2;         //!< written
constexpr int kVersionNoExpect = 1; //!< still read: entries without "expect"
constexpr qsizetype kMaxExpectItems = 100;
constexpr qsizetype kMaxFileSize = 16 * 1024 * 1024;
constexpr qsizetype kMaxEntries = 100000;
constexpr int kMaxAttempts = 1000000;
constexpr qsizetype kMaxPathLength = 2048;

const QLatin1String kVersionKey("version");
const QLatin1String kEntriesKey("entries");
const QLatin1String kId("id");
const QLatin1String kAccount("account");
const QLatin1String kKind("kind");
const QLatin1String kMethod("method");
const QLatin1String kPath("path");
const QLatin1String kBody("body");
const QLatin1String kPayloadHashes("payloadHashes");
const QLatin1String kState("state");
const QLatin1String kAttempts("attempts");
const QLatin1String kCreatedAt("createdAt");
const QLatin1String kUpdatedAt("updatedAt");
const QLatin1String kResult("result");
const QLatin1String kNote("note");
const QLatin1String kExpect("expect");

const QLatin1String kEntryKeys[] = {kId,    kAccount,  kKind,      kMethod,    kPath,   kBody, kPayloadHashes,
                                    kState, kAttempts, kCreatedAt, kUpdatedAt, kResult, kNote};

constexpr ActionKind kKinds[] = {
    ActionKind::Registration, ActionKind::Transfer,    ActionKind::BatchNftTransfer, ActionKind::CreateOrder,
    ActionKind::CancelOrder,  ActionKind::CreateTrade, ActionKind::ExchangeTransfer};

WalletError storageError(const QString &message)
{
    return walletError(PassportErrorType::WalletConnectionError, WalletFailure::Storage, message);
}

WalletError invalidRequest(const QString &message)
{
    return walletError(PassportErrorType::WalletConnectionError, WalletFailure::InvalidRequest, message);
}

//! A key from the file, shortened so an error message stays one readable line.
QString shown(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

QString formatDate(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

//! Exactly the form formatDate writes ("2026-11-24T01:39:01.123Z"); anything else is not ours.
std::optional<QDateTime> parseDate(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid() || date.timeSpec() != Qt::UTC || formatDate(date) != text)
        return std::nullopt;
    return date;
}

std::optional<ActionKind> kindFromName(const QString &name)
{
    for (const ActionKind kind : kKinds) {
        if (actionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool validId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

bool validPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("//")) ||
        path.size() > kMaxPathLength)
        return false;
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

QJsonObject entryToJson(const JournalEntry &e)
{
    QJsonObject o;
    o.insert(kId, e.id);
    o.insert(kAccount, e.account);
    o.insert(kKind, actionKindName(e.kind));
    o.insert(kMethod, QString::fromLatin1(e.method));
    o.insert(kPath, e.path);
    // The exact bytes as a JSON string (never re-serialized), so a replay sends identical bytes.
    o.insert(kBody, QString::fromUtf8(e.body));
    o.insert(kPayloadHashes, QJsonArray::fromStringList(e.payloadHashes));
    o.insert(kState, journalStateName(e.state));
    o.insert(kAttempts, e.attempts);
    o.insert(kCreatedAt, formatDate(e.createdAt));
    o.insert(kUpdatedAt, formatDate(e.updatedAt));
    o.insert(kResult, e.result);
    o.insert(kNote, e.note);
    o.insert(kExpect, e.expect);
    return o;
}

bool validExpectKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral("^[a-z_]{1,40}$"));
    return form.match(key).hasMatch();
}

//! An "expect" object: [a-z_] keys, values strings or (at the top level only) arrays of at most 100
//! such objects of strings.
bool validExpect(const QJsonObject &expect, bool nested)
{
    for (auto it = expect.constBegin(); it != expect.constEnd(); ++it) {
        if (!validExpectKey(it.key()))
            return false;
        if (it.value().isString())
            continue;
        if (nested || !it.value().isArray() || it.value().toArray().size() > kMaxExpectItems)
            return false;
        for (const QJsonValue &item : it.value().toArray()) {
            if (!item.isObject() || !validExpect(item.toObject(), true))
                return false;
        }
    }
    return true;
}

//! Reads one entry of a file of `version`; returns an error text (empty when the entry is valid).
QString entryFromJson(const QJsonValue &value, int version, JournalEntry &e)
{
    if (!value.isObject())
        return QStringLiteral("is not a JSON object");
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == kExpect) {
            if (version == kVersionNoExpect)
                return QStringLiteral("has the field \"expect\" in a version 1 file");
            continue;
        }
        if (std::find(std::begin(kEntryKeys), std::end(kEntryKeys), it.key()) == std::end(kEntryKeys))
            return QStringLiteral("has an unknown field \"%1\"").arg(shown(it.key()));
    }
    e.expect = {};
    if (version != kVersionNoExpect) {
        if (!o.value(kExpect).isObject())
            return o.contains(kExpect) ? QStringLiteral("field \"expect\" is not an object")
                                       : QStringLiteral("misses the field \"expect\"");
        e.expect = o.value(kExpect).toObject();
        if (!validExpect(e.expect, false))
            return QStringLiteral("field \"expect\" holds something other than [a-z_] keys with "
                                  "strings or arrays of string objects");
    }
    for (const QLatin1String key : kEntryKeys) {
        if (!o.contains(key))
            return QStringLiteral("misses the field \"%1\"").arg(key);
    }
    const auto wrongType = [](QLatin1String key, const char *type) {
        return QStringLiteral("field \"%1\" is not %2").arg(key, QLatin1String(type));
    };
    for (const QLatin1String key :
         {kId, kAccount, kKind, kMethod, kPath, kBody, kState, kCreatedAt, kUpdatedAt, kNote}) {
        if (!o.value(key).isString())
            return wrongType(key, "a string");
    }
    if (!o.value(kPayloadHashes).isArray())
        return wrongType(kPayloadHashes, "an array");
    if (!o.value(kResult).isObject())
        return wrongType(kResult, "an object");
    if (!o.value(kAttempts).isDouble())
        return wrongType(kAttempts, "a number");

    e.id = o.value(kId).toString();
    if (!validId(e.id))
        return QStringLiteral("field \"id\" is not a lower-case UUID without braces");
    e.account = o.value(kAccount).toString();
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-f]{40}$"));
    if (!address.match(e.account).hasMatch())
        return QStringLiteral("field \"account\" is not a lower-case 0x address");
    const auto kind = kindFromName(o.value(kKind).toString());
    if (!kind)
        return QStringLiteral("field \"kind\" is an unknown kind \"%1\"")
            .arg(shown(o.value(kKind).toString()));
    e.kind = *kind;
    const QString method = o.value(kMethod).toString();
    if (method != QLatin1String("POST") && method != QLatin1String("DELETE"))
        return QStringLiteral("field \"method\" is \"%1\", not POST or DELETE").arg(shown(method));
    e.method = method.toLatin1();
    e.path = o.value(kPath).toString();
    if (!validPath(e.path))
        return QStringLiteral("field \"path\" is not an absolute API path");
    e.body = o.value(kBody).toString().toUtf8();
    QJsonParseError bodyError{};
    const QJsonDocument body = QJsonDocument::fromJson(e.body, &bodyError);
    if (bodyError.error != QJsonParseError::NoError || !body.isObject())
        return QStringLiteral("field \"body\" is not a JSON object");
    e.payloadHashes.clear();
    static const QRegularExpression hash(QStringLiteral("^0x[0-9a-f]{1,64}$"));
    for (const QJsonValue &h : o.value(kPayloadHashes).toArray()) {
        if (!h.isString() || !hash.match(h.toString()).hasMatch())
            return QStringLiteral("field \"payloadHashes\" holds something that is not a 0x-hex hash");
        e.payloadHashes.append(h.toString());
    }
    const auto state = journalStateFromName(o.value(kState).toString());
    if (!state)
        return QStringLiteral("field \"state\" is an unknown state \"%1\"")
            .arg(shown(o.value(kState).toString()));
    e.state = *state;
    const double attempts = o.value(kAttempts).toDouble();
    if (!(attempts >= 0 && attempts <= kMaxAttempts) || std::floor(attempts) != attempts)
        return QStringLiteral("field \"attempts\" is not a count");
    e.attempts = int(attempts);
    const auto created = parseDate(o.value(kCreatedAt).toString());
    const auto updated = parseDate(o.value(kUpdatedAt).toString());
    if (!created || !updated)
        return QStringLiteral("field \"%1\" is not a UTC date like 2026-01-31T12:00:00.000Z")
            .arg(created ? kUpdatedAt : kCreatedAt);
    e.createdAt = *created;
    e.updatedAt = *updated;
    e.result = o.value(kResult).toObject();
    // A result that does not survive a write and a read (e.g. a number out of range) is not ours.
    if (QJsonDocument::fromJson(QJsonDocument(e.result).toJson(QJsonDocument::Compact)).object() != e.result)
        return QStringLiteral("field \"result\" does not read back as written");
    e.note = o.value(kNote).toString();
    return {};
}

//! Creates `dirPath` if needed; a directory we create is private to the user (0700).
bool ensureDirectory(const QString &dirPath)
{
    if (QFileInfo(dirPath).isDir())
        return true;
    return QDir().mkpath(dirPath) &&
           QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

//! Forces the file's data to the device. QSaveFile::commit() does not do it reliably: it closes the
//! file before asking the engine to sync and ignores the result, so the sync is ours.
bool syncFile(int fd)
{
#if defined(Q_OS_DARWIN)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return true;
#endif
#if defined(Q_OS_UNIX)
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#else
    Q_UNUSED(fd);
    return true;
#endif
}

//! Makes the rename itself durable where the platform allows syncing a directory.
bool syncDirectory(const QString &dirPath)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return true; // cannot open the directory for syncing: nothing more we can do
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const bool ok = rc == 0 || errno == EINVAL || errno == ENOTSUP;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dirPath);
    return true;
#endif
}

} // namespace

QString journalStateName(JournalState state)
{
    switch (state) {
    case JournalState::Signed:
        return QStringLiteral("signed");
    case JournalState::Submitted:
        return QStringLiteral("submitted");
    case JournalState::Rejected:
        return QStringLiteral("rejected");
    case JournalState::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QStringLiteral("unknown");
}

std::optional<JournalState> journalStateFromName(const QString &name)
{
    for (const JournalState state :
         {JournalState::Signed, JournalState::Submitted, JournalState::Rejected, JournalState::Abandoned}) {
        if (journalStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QByteArray serializeJournal(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &e : entries)
        array.append(entryToJson(e));
    QJsonObject root;
    root.insert(kVersionKey, kVersion);
    root.insert(kEntriesKey, array);
    // QJsonObject keeps keys sorted, so the same entries always give the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WalletResult<QList<JournalEntry>> parseJournal(const QByteArray &data)
{
    if (data.size() > kMaxFileSize)
        return storageError(QStringLiteral("larger than 16 MiB"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return storageError(QStringLiteral("not valid JSON (%1 at byte %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    if (!doc.isObject())
        return storageError(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != kVersionKey && it.key() != kEntriesKey)
            return storageError(QStringLiteral("unknown top-level field \"%1\"").arg(shown(it.key())));
    }
    const QJsonValue version = root.value(kVersionKey);
    if (!version.isDouble())
        return storageError(QStringLiteral("no numeric \"version\""));
    if (version.toDouble() != kVersion && version.toDouble() != kVersionNoExpect)
        return storageError(QStringLiteral("unsupported version %1").arg(version.toDouble()));
    const QJsonValue entries = root.value(kEntriesKey);
    if (!entries.isArray())
        return storageError(QStringLiteral("no \"entries\" array"));
    const QJsonArray array = entries.toArray();
    if (array.size() > kMaxEntries)
        return storageError(QStringLiteral("more than %1 entries").arg(kMaxEntries));

    QList<JournalEntry> out;
    out.reserve(array.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JournalEntry e;
        const QString error = entryFromJson(array.at(i), int(version.toDouble()), e);
        if (!error.isEmpty())
            return storageError(QStringLiteral("entry %1 %2").arg(i).arg(error));
        if (ids.contains(e.id))
            return storageError(QStringLiteral("entry %1 repeats the id %2").arg(i).arg(e.id));
        ids.insert(e.id);
        out.append(std::move(e));
    }
    return out;
}

WalletResult<SubmissionJournal> SubmissionJournal::open(const QString &path)
{
    const QFileInfo info(path);
    if (!ensureDirectory(info.absolutePath()))
        return storageError(QStringLiteral("cannot create the directory %1").arg(info.absolutePath()));
    QFile file(path);
    if (!file.exists())
        return SubmissionJournal(path, {});
    if (!file.open(QIODevice::ReadOnly))
        return storageError(QStringLiteral("cannot read the journal %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return storageError(QStringLiteral("cannot read the journal %1: %2").arg(path, file.errorString()));
    auto parsed = parseJournal(data);
    if (!parsed)
        return storageError(QStringLiteral("the journal %1 is damaged: %2; it was left as it is")
                                .arg(path, parsed.error().message));
    return SubmissionJournal(path, std::move(parsed).value());
}

WalletStatus SubmissionJournal::append(const JournalEntry &entry)
{
    if (find(entry.id))
        return invalidRequest(QStringLiteral("the journal already has an entry %1").arg(entry.id));
    QList<JournalEntry> next = m_entries;
    next.append(entry);
    return save(std::move(next));
}

WalletStatus SubmissionJournal::update(const QString &id, JournalState state, const QJsonObject &result,
                                       const QString &note)
{
    QList<JournalEntry> next = m_entries;
    for (JournalEntry &e : next) {
        if (e.id == id) {
            e.state = state;
            e.result = result;
            e.note = note;
            e.updatedAt = QDateTime::currentDateTimeUtc();
            return save(std::move(next));
        }
    }
    return invalidRequest(QStringLiteral("the journal has no entry %1").arg(id));
}

WalletStatus SubmissionJournal::recordAttempt(const QString &id)
{
    QList<JournalEntry> next = m_entries;
    for (JournalEntry &e : next) {
        if (e.id == id) {
            if (e.attempts >= kMaxAttempts)
                return invalidRequest(QStringLiteral("entry %1 was sent too many times").arg(id));
            ++e.attempts;
            e.updatedAt = QDateTime::currentDateTimeUtc();
            return save(std::move(next));
        }
    }
    return invalidRequest(QStringLiteral("the journal has no entry %1").arg(id));
}

QList<JournalEntry> SubmissionJournal::pending(const QString &account) const
{
    const QString wanted = account.toLower();
    QList<JournalEntry> out;
    for (const JournalEntry &e : m_entries) {
        if (e.state == JournalState::Signed && (wanted.isEmpty() || e.account == wanted))
            out.append(e);
    }
    return out;
}

std::optional<JournalEntry> SubmissionJournal::find(const QString &id) const
{
    for (const JournalEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

WalletStatus SubmissionJournal::prune(const QDateTime &before)
{
    QList<JournalEntry> next;
    for (const JournalEntry &e : m_entries) {
        if (e.state == JournalState::Signed || e.updatedAt >= before)
            next.append(e);
    }
    if (next.size() == m_entries.size())
        return {};
    return save(std::move(next));
}

WalletStatus SubmissionJournal::save(QList<JournalEntry> next)
{
    const QByteArray bytes = serializeJournal(next);
    // What goes to disk must read back as exactly what we keep in memory, or a later open() fails.
    const auto check = parseJournal(bytes);
    if (!check)
        return invalidRequest(QStringLiteral("invalid journal entry: %1").arg(check.error().message));
    if (check.value() != next)
        return invalidRequest(QStringLiteral("invalid journal entry: it does not read back as written "
                                             "(a body that is not UTF-8?)"));

    const QString dirPath = QFileInfo(m_path).absolutePath();
    if (!ensureDirectory(dirPath))
        return storageError(QStringLiteral("cannot create the directory %1").arg(dirPath));
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return storageError(QStringLiteral("cannot write the journal %1: %2").arg(m_path, out.errorString()));
    // QSaveFile copies the old file's mode; the journal is private whatever it was.
    if (!out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        out.cancelWriting();
        return storageError(QStringLiteral("cannot restrict the permissions of %1").arg(m_path));
    }
    // Qt 6.4 reports a short write (disk full, file size limit) as success: check the size on disk
    // before the rename makes the new file visible.
    if (out.write(bytes) != bytes.size() || !out.flush() || out.size() != bytes.size() ||
        !syncFile(out.handle())) {
        out.cancelWriting();
        return storageError(QStringLiteral("cannot write the journal %1: incomplete write").arg(m_path));
    }
    if (!out.commit())
        return storageError(QStringLiteral("cannot write the journal %1: %2").arg(m_path, out.errorString()));
    m_entries = check.value();
    if (!syncDirectory(dirPath))
        return storageError(
            QStringLiteral("the journal %1 was written but its directory could not be synced").arg(m_path));
    return {};
}

} // namespace stardeck::wallet
