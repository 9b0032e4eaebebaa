// SPDX-License-Identifier: MIT
#include "LeakSearch.h"

#include "crypto/SecureBytes.h"
#include "platform/EncryptedFileSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <unistd.h>

#include <optional>

namespace stardeck::test {

void LeakSearch::add(const QString &what, const QByteArray &value)
{
    if (value.isEmpty())
        return;
    QList<Form> forms{{QStringLiteral("raw"), value},
                      {QStringLiteral("hex"), value.toHex()},
                      {QStringLiteral("HEX"), value.toHex().toUpper()},
                      {QStringLiteral("base64"), value.toBase64()},
                      {QStringLiteral("base64url"),
                       value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)}};
    // Base64 of an unpadded length ends in partial characters: search the stable prefix too.
    forms.append({QStringLiteral("base64 prefix"), value.toBase64().left(value.size() / 3 * 4)});
    const QList<QByteArray> jwt = value.split('.');
    if (jwt.size() == 3 && jwt.at(2).size() >= 16)
        forms.append({QStringLiteral("JWT signature"), jwt.at(2)});
    QList<Form> kept;
    for (const Form &form : std::as_const(forms))
        if (form.bytes.size() >= 12)
            kept.append(form);
    m_secrets.append({what, kept});
}

int LeakSearch::count(const QString &what) const
{
    int n = 0;
    for (const auto &secret : m_secrets)
        n += secret.first == what ? 1 : 0;
    return n;
}

QStringList LeakSearch::findIn(const QByteArray &haystack, const QString &where) const
{
    QStringList found;
    for (const auto &secret : m_secrets) {
        for (const Form &form : secret.second) {
            if (haystack.contains(form.bytes)) {
                found.append(QStringLiteral("%1 (%2) in %3").arg(secret.first, form.label, where));
                break;
            }
        }
    }
    return found;
}

QStringList LeakSearch::findInTree(const QString &root) const
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(QStringLiteral("unreadable file %1").arg(path));
            continue;
        }
        found.append(findIn(file.readAll(), QDir(root).relativeFilePath(path)));
    }
    return found;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QStringList addStoredSecrets(const QString &root, const QByteArray &passphrase, LeakSearch &search,
                             QString *error)
{
    QStringList keys;
    QDirIterator it(root, {QStringLiteral("*.secret")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QObject context;
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        platform::EncryptedFileSecretStore store(info.absolutePath());
        store.setPassphrase(crypto::SecureBytes(
            reinterpret_cast<const std::uint8_t *>(passphrase.constData()), std::size_t(passphrase.size())));
        const QString key = info.completeBaseName();
        std::optional<bool> ok;
        store.read(key, &context, [&](wallet::SecretReadResult read) {
            ok = read.ok();
            if (read.ok())
                search.add(QStringLiteral("store:") + key,
                           QByteArray(reinterpret_cast<const char *>(read.value().data()),
                                      qsizetype(read.value().size())));
        });
        if (!QTest::qWaitFor([&] { return ok.has_value(); }, 30000) || !*ok) {
            *error = QStringLiteral("cannot decrypt %1").arg(info.filePath());
            return keys;
        }
        keys.append(key);
    }
    return keys;
}

namespace {

//! Socket inodes in /proc/<pid>/fd, or nullopt when that table cannot be read.
std::optional<QSet<QByteArray>> socketInodes(qint64 pid)
{
    QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    if (!fds.exists() || !fds.isReadable())
        return std::nullopt;
    const QStringList entries = fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    if (entries.isEmpty())
        return std::nullopt;
    QSet<QByteArray> inodes;
    for (const QString &entry : entries) {
        const QString target = QFile::symLinkTarget(fds.filePath(entry));
        const QString fileName = QFileInfo(target).fileName();
        // The link reads "socket:[12345]"; symLinkTarget() makes it a path, so take the last part.
        const int open = fileName.indexOf(QStringLiteral("socket:["));
        if (open >= 0)
            inodes.insert(fileName.mid(open + 8).chopped(1).toLatin1());
    }
    return inodes;
}

} // namespace

QList<quint16> loopbackListenPorts(qint64 pid)
{
    const std::optional<QSet<QByteArray>> theirs = socketInodes(pid);
    const std::optional<QSet<QByteArray>> ours = socketInodes(QCoreApplication::applicationPid());
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    QList<quint16> ports;
    if (!tcp.open(QIODevice::ReadOnly))
        return ports;
    const QByteArray uid = QByteArray::number(::getuid());
    const QList<QByteArray> lines = tcp.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        const QList<QByteArray> f = lines.at(i).simplified().split(' ');
        if (f.size() < 10 || f.at(3) != "0A" || !f.at(1).startsWith("0100007F:"))
            continue;
        const QByteArray inode = f.at(9);
        if (theirs ? !theirs->contains(inode) : (f.at(7) != uid || (ours && ours->contains(inode))))
            continue;
        bool ok = false;
        const quint16 port = quint16(f.at(1).mid(9).toUInt(&ok, 16));
        if (ok && !ports.contains(port))
            ports.append(port);
    }
    return ports;
}

} // namespace stardeck::test
