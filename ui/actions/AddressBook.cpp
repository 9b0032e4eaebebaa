// SPDX-License-Identifier: MIT
#include "actions/AddressBook.h"

#include "actions/InputValidation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace stardeck::ui {

namespace {

constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 1 << 20;

} // namespace

QString AddressBook::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/address-book.json");
}

AddressBook::AddressBook(const QString &path, QObject *parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path)
{}

bool AddressBook::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AddressBook::load()
{
    m_names.clear();
    m_readOnly = false;
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        Q_EMIT changed();
        return true;
    }
    // From here on any failure leaves the book read-only so the user's file is never overwritten.
    m_readOnly = true;
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT changed();
        return fail(tr("The address book %1 cannot be read: %2").arg(m_path, file.errorString()));
    }
    if (file.size() > kMaxFileBytes) {
        Q_EMIT changed();
        return fail(tr("The address book %1 is too large to be an address book.").arg(m_path));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const auto bad = [this](const QString &why) {
        m_names.clear();
        Q_EMIT changed();
        return fail(tr("The address book %1 is damaged (%2). It was left untouched; fix or remove it to "
                       "edit names.")
                        .arg(m_path, why));
    };
    if (parseError.error != QJsonParseError::NoError)
        return bad(parseError.errorString());
    if (!doc.isObject())
        return bad(tr("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.keys() != QStringList{QStringLiteral("entries"), QStringLiteral("version")})
        return bad(tr("expected exactly the keys \"version\" and \"entries\""));
    if (!root.value(QStringLiteral("version")).isDouble() ||
        root.value(QStringLiteral("version")).toDouble() != kVersion)
        return bad(tr("unknown version"));
    if (!root.value(QStringLiteral("entries")).isArray())
        return bad(tr("\"entries\" is not a list"));
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject() ||
            entry.keys() != QStringList{QStringLiteral("address"), QStringLiteral("name")} ||
            !entry.value(QStringLiteral("address")).isString() ||
            !entry.value(QStringLiteral("name")).isString())
            return bad(tr("entry %1 is not {\"address\", \"name\"}").arg(i + 1));
        QString lower;
        if (!checkEntry(entry.value(QStringLiteral("address")).toString(),
                        entry.value(QStringLiteral("name")).toString(), &lower))
            return bad(tr("entry %1: %2").arg(i + 1).arg(m_error));
        if (m_names.contains(lower))
            return bad(tr("entry %1 repeats an address").arg(i + 1));
        m_names.insert(lower, entry.value(QStringLiteral("name")).toString().trimmed());
    }
    m_readOnly = false;
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool AddressBook::checkEntry(const QString &address, const QString &name, QString *lower)
{
    const AddressCheck check = validateAddress(address, {}, false);
    if (!check.ok)
        return fail(check.empty ? tr("The address is empty.") : check.message);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The name is empty."));
    if (trimmed.size() > kMaxNameLength)
        return fail(tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    for (QChar c : trimmed)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(tr("The name contains control characters."));
    *lower = check.address;
    return true;
}

bool AddressBook::save(const QHash<QString, QString> &names)
{
    if (m_readOnly)
        return fail(tr("The address book file is damaged; it is not overwritten. Fix or remove %1 first.")
                        .arg(m_path));
    QJsonArray entries;
    QStringList addresses = names.keys();
    std::sort(addresses.begin(), addresses.end());
    for (const QString &address : addresses)
        entries.append(QJsonObject{{QStringLiteral("address"), address},
                                   {QStringLiteral("name"), names.value(address)}});
    const QJsonObject root{{QStringLiteral("version"), kVersion}, {QStringLiteral("entries"), entries}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The address book cannot be saved: %1").arg(file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("The address book cannot be saved: %1").arg(file.errorString()));
    m_names = names;
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool AddressBook::add(const QString &address, const QString &name)
{
    QString lower;
    if (!checkEntry(address, name, &lower))
        return false;
    if (m_names.contains(lower))
        return fail(tr("This address already has the name \"%1\".").arg(m_names.value(lower)));
    QHash<QString, QString> names = m_names;
    names.insert(lower, name.trimmed());
    return save(names);
}

bool AddressBook::edit(const QString &address, const QString &name)
{
    QString lower;
    if (!checkEntry(address, name, &lower))
        return false;
    if (!m_names.contains(lower))
        return fail(tr("This address is not in the address book."));
    QHash<QString, QString> names = m_names;
    names.insert(lower, name.trimmed());
    return save(names);
}

bool AddressBook::remove(const QString &address)
{
    const QString lower = address.trimmed().toLower();
    if (!m_names.contains(lower))
        return fail(tr("This address is not in the address book."));
    QHash<QString, QString> names = m_names;
    names.remove(lower);
    return save(names);
}

QList<AddressBook::Entry> AddressBook::entries() const
{
    QList<Entry> out;
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.address < b.address;
    });
    return out;
}

QString AddressBook::nameFor(const QString &address) const
{
    return m_names.value(address.trimmed().toLower());
}

QString AddressBook::addressFor(const QString &name) const
{
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        if (it.value().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

void AddressBook::addUsedAddresses(const QStringList &addresses)
{
    for (const QString &address : addresses)
        m_used.insert(address.trimmed().toLower());
}

void AddressBook::addUsedFromJournal(const QList<wallet::JournalEntry> &entries)
{
    const QString receiver = QStringLiteral("receiver");
    for (const wallet::JournalEntry &entry : entries) {
        if (entry.state == wallet::JournalState::Rejected || entry.state == wallet::JournalState::Abandoned)
            continue;
        if (entry.expect.contains(receiver))
            m_used.insert(entry.expect.value(receiver).toString().toLower());
        for (const QJsonValue &item : entry.expect.value(QStringLiteral("items")).toArray())
            if (item.toObject().contains(receiver))
                m_used.insert(item.toObject().value(receiver).toString().toLower());
    }
}

bool AddressBook::usedBefore(const QString &address) const
{
    return m_used.contains(address.trimmed().toLower());
}

QStringList AddressBook::knownAddresses() const
{
    QSet<QString> all = m_used;
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        all.insert(it.key());
    return QStringList(all.begin(), all.end());
}

std::function<QString(const QString &)> AddressBook::nameLookup() const
{
    QPointer<const AddressBook> self(this);
    return [self](const QString &address) { return self ? self->nameFor(address) : QString(); };
}

std::function<bool(const QString &)> AddressBook::firstTimeLookup() const
{
    QPointer<const AddressBook> self(this);
    return [self](const QString &address) { return self ? !self->usedBefore(address) : false; };
}

} // namespace stardeck::ui
