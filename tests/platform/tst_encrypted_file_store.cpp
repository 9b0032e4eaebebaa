// SPDX-License-Identifier: MIT
// The passphrase-encrypted file store: round trips, wrong passphrase, damaged files, atomic replacement,
// permissions and no plaintext on disk.
#include "SecretStoreTestSupport.h"
#include "platform/EncryptedFileSecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stardeck;
using platform::EncryptedFileSecretStore;
using platform::ScryptParams;
using platform::test::bytes;
using platform::test::StoreWaiter;
using platform::test::toByteArray;
using wallet::SecretStoreErrorCode;

namespace {

// Cheap parameters keep the many-reads tests fast; the defaults are checked separately.
const ScryptParams kFast{10, 8, 1};
const QByteArray kPassphrase = "correct horse battery staple";
const QByteArray kSecret = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

//! The permission bits of `path` (e.g. 0600), or -1.
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

} // namespace

class TestEncryptedFileStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<EncryptedFileSecretStore> m_store;

    QString dir() const { return m_tmp->filePath(QStringLiteral("secrets")); }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_store = std::make_unique<EncryptedFileSecretStore>(dir(), kFast);
        m_store->setPassphrase(bytes(kPassphrase));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("hex key") << kSecret;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("binary with zeros") << QByteArray::fromHex("00ff00ff0001020300");
        QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'q');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, value);
        StoreWaiter s(*m_store);
        const auto written = s.write(QStringLiteral("stark.key-1"), value);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        auto read = s.read(QStringLiteral("stark.key-1"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(toByteArray(read.value()), value);
    }

    void overwriteReplacesAndRemoveIsIdempotent()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "first").ok());
        QVERIFY(s.write(QStringLiteral("k"), "second").ok());
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), QByteArray("second"));
        QVERIFY(s.remove(QStringLiteral("k")).ok());
        QVERIFY(!QFile::exists(m_store->filePath(QStringLiteral("k"))));
        const auto gone = s.read(QStringLiteral("k"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, SecretStoreErrorCode::NotFound);
        QVERIFY(s.remove(QStringLiteral("k")).ok());
    }

    void keysAreSeparate()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("a"), "alpha").ok());
        QVERIFY(s.write(QStringLiteral("b"), "beta").ok());
        QCOMPARE(toByteArray(s.read(QStringLiteral("a")).value()), QByteArray("alpha"));
        QCOMPARE(toByteArray(s.read(QStringLiteral("b")).value()), QByteArray("beta"));
    }

    void missingKeyIsNotFound()
    {
        StoreWaiter s(*m_store);
        const auto r = s.read(QStringLiteral("never-written"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, SecretStoreErrorCode::NotFound);
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("path") << QStringLiteral("../escape");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("hidden") << QStringLiteral(".hidden");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("non-ascii") << QStringLiteral("cl\u00e9");
        QTest::newRow("too long") << QString(129, u'a');
    }
    void invalidKeys()
    {
        QFETCH(QString, key);
        StoreWaiter s(*m_store);
        QCOMPARE(s.write(key, "v").error().code, SecretStoreErrorCode::InvalidKey);
        QCOMPARE(s.read(key).error().code, SecretStoreErrorCode::InvalidKey);
        QCOMPARE(s.remove(key).error().code, SecretStoreErrorCode::InvalidKey);
        QVERIFY(!QFileInfo::exists(dir()) || QDir(dir()).isEmpty());
    }

    void longestValidKey()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QString(128, u'k'), "v").ok());
    }

    void wrongPassphrase()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        EncryptedFileSecretStore other(dir(), kFast);
        other.setPassphrase(bytes("correct horse battery stapler"));
        StoreWaiter o(other);
        const auto r = o.read(QStringLiteral("k"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, SecretStoreErrorCode::WrongPassphrase);
        QVERIFY(!r.error().message.contains(QString::fromLatin1(kSecret)));
    }

    void noPassphraseIsLocked()
    {
        EncryptedFileSecretStore locked(dir(), kFast);
        QVERIFY(!locked.hasPassphrase());
        StoreWaiter s(locked);
        QCOMPARE(s.write(QStringLiteral("k"), "v").error().code, SecretStoreErrorCode::AccessDenied);
        QCOMPARE(s.read(QStringLiteral("k")).error().code, SecretStoreErrorCode::AccessDenied);
        QCOMPARE(s.probe().error().code, SecretStoreErrorCode::AccessDenied);
        QVERIFY(!QFileInfo::exists(m_store->filePath(QStringLiteral("k"))));
    }

    void probeReportsAvailable()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.probe().ok());
        QVERIFY(QFileInfo(dir()).isDir());
    }

    void renamedFileDoesNotOpenAsAnotherKey()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("a"), "alpha").ok());
        QVERIFY(QFile::copy(m_store->filePath(QStringLiteral("a")), m_store->filePath(QStringLiteral("b"))));
        const auto r = s.read(QStringLiteral("b"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, SecretStoreErrorCode::Corrupt);
    }

    // Every byte of a small file, each bit and the whole byte flipped: never success, never a crash.
    void everyFlippedByteIsRejected()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "s3cret").ok());
        const QString path = m_store->filePath(QStringLiteral("k"));
        const QByteArray good = fileBytes(path);
        QCOMPARE(good.size(), 63 + 6 + 16);
        int wrongPassphrase = 0;
        int corrupt = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (const int mask : {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff}) {
                QByteArray bad = good;
                bad[i] = char(bad[i] ^ mask);
                QVERIFY(writeBytes(path, bad));
                const auto r = s.read(QStringLiteral("k"));
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 mask %2 accepted").arg(i).arg(mask)));
                const auto code = r.error().code;
                QVERIFY2(code == SecretStoreErrorCode::Corrupt ||
                             code == SecretStoreErrorCode::WrongPassphrase,
                         qPrintable(r.error().message));
                (code == SecretStoreErrorCode::Corrupt ? corrupt : wrongPassphrase)++;
            }
        }
        // Damage to the ciphertext, tag or nonce is told apart from a wrong passphrase.
        QVERIFY(corrupt > 0);
        QVERIFY(wrongPassphrase > 0);
        QVERIFY(writeBytes(path, good));
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), QByteArray("s3cret"));
    }

    void truncatedOrExtendedFileIsCorrupt()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "s3cret").ok());
        const QString path = m_store->filePath(QStringLiteral("k"));
        const QByteArray good = fileBytes(path);
        for (qsizetype n = 0; n < good.size(); ++n) {
            QVERIFY(writeBytes(path, good.left(n)));
            const auto r = s.read(QStringLiteral("k"));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("truncated to %1 accepted").arg(n)));
            QCOMPARE(r.error().code, SecretStoreErrorCode::Corrupt);
        }
        QVERIFY(writeBytes(path, good + QByteArray(1, '\0')));
        QCOMPARE(s.read(QStringLiteral("k")).error().code, SecretStoreErrorCode::Corrupt);
        QVERIFY(writeBytes(path, QByteArray(2 << 20, 'z')));
        QCOMPARE(s.read(QStringLiteral("k")).error().code, SecretStoreErrorCode::Corrupt);
    }

    void hostileHeaderParametersAreRejected_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("version 2") << 8 << QByteArray::fromHex("02");
        QTest::newRow("unknown kdf") << 9 << QByteArray::fromHex("02");
        QTest::newRow("log2N 0") << 10 << QByteArray::fromHex("00");
        QTest::newRow("log2N 40 (huge memory)") << 10 << QByteArray::fromHex("28");
        QTest::newRow("log2N 22 with r 8 (over the memory cap)") << 10 << QByteArray::fromHex("16");
        QTest::newRow("r 0") << 11 << QByteArray::fromHex("00000000");
        QTest::newRow("r 2^32-1") << 11 << QByteArray::fromHex("ffffffff");
        QTest::newRow("p 0") << 15 << QByteArray::fromHex("00000000");
        QTest::newRow("p 1000") << 15 << QByteArray::fromHex("000003e8");
        QTest::newRow("magic") << 0 << QByteArray("XDSECRET");
    }
    void hostileHeaderParametersAreRejected()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, patch);
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "s3cret").ok());
        const QString path = m_store->filePath(QStringLiteral("k"));
        QByteArray bad = fileBytes(path);
        bad.replace(offset, patch.size(), patch);
        QVERIFY(writeBytes(path, bad));
        QElapsedTimer timer;
        timer.start();
        const auto r = s.read(QStringLiteral("k"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, SecretStoreErrorCode::Corrupt);
        QVERIFY(timer.elapsed() < 2000); // rejected before any expensive derivation
    }

    void defaultParametersAreStoredInTheHeader()
    {
        EncryptedFileSecretStore store(dir()); // N = 2^15, r = 8, p = 1
        store.setPassphrase(bytes(kPassphrase));
        StoreWaiter s(store);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        const QByteArray file = fileBytes(store.filePath(QStringLiteral("k")));
        QCOMPARE(file.left(8), QByteArray("SDSECRET"));
        QCOMPARE(file.mid(8, 11).toHex(), QByteArray("01010f0000000800000001"));
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), kSecret);
    }

    void freshSaltAndNoncePerWrite()
    {
        StoreWaiter s(*m_store);
        const QString path = m_store->filePath(QStringLiteral("k"));
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        const QByteArray first = fileBytes(path);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        const QByteArray second = fileBytes(path);
        QCOMPARE(first.size(), second.size());
        QVERIFY(first.mid(19, 16) != second.mid(19, 16)); // salt
        QVERIFY(first.mid(51, 12) != second.mid(51, 12)); // nonce
        QVERIFY(first.mid(63) != second.mid(63));         // ciphertext and tag
    }

    void noPlaintextOnDisk()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        QVERIFY(s.write(QStringLiteral("k2"), kSecret).ok());
        const QDir d(dir());
        const QStringList entries = d.entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(entries, QStringList({QStringLiteral("k.secret"),
                                       QStringLiteral("k2.secret")})); // no temp files left
        for (const QString &name : entries) {
            const QByteArray file = fileBytes(d.filePath(name));
            QVERIFY(!file.isEmpty());
            for (const QByteArray &needle : {kSecret, kSecret.mid(2), QByteArray::fromHex(kSecret.mid(2)),
                                             kSecret.toBase64(), kPassphrase}) {
                QVERIFY2(!file.contains(needle), qPrintable(name));
            }
        }
    }

    void permissionsArePrivate()
    {
        StoreWaiter s(*m_store);
        const QString path = m_store->filePath(QStringLiteral("k"));
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir()), 0700);
        // A file widened in between is replaced by a 0600 one on the next write.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        QCOMPARE(modeOf(path), 0600);
    }

    // A write that fails midway (file size limit hit while writing the temporary file) leaves the
    // previous file byte-for-byte intact and no temporary file behind. Works as root, unlike chmod.
    void failedWriteKeepsTheOldFile()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "old value").ok());
        const QString path = m_store->filePath(QStringLiteral("k"));
        const QByteArray before = fileBytes(path);

        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tight = saved;
        tight.rlim_cur = 40; // below the 63-byte header
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        const auto failed = s.write(QStringLiteral("k"), QByteArray(1000, 'n'));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, SecretStoreErrorCode::IoError);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(toByteArray(s.read(QStringLiteral("k")).value()), QByteArray("old value"));
        QCOMPARE(QDir(dir()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("k.secret")});
    }

    void readOnlyDirectoryKeepsTheOldFile()
    {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions; failedWriteKeepsTheOldFile covers a failing write");
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), "old value").ok());
        const QByteArray before = fileBytes(m_store->filePath(QStringLiteral("k")));
        QVERIFY(QFile::setPermissions(dir(), QFile::ReadOwner | QFile::ExeOwner));
        const auto failed = s.write(QStringLiteral("k"), "new value");
        QFile::setPermissions(dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(failed.error().code, SecretStoreErrorCode::IoError);
        QCOMPARE(fileBytes(m_store->filePath(QStringLiteral("k"))), before);
    }

    void callbacksAreAsynchronousAndDroppedWithTheirContext()
    {
        bool called = false;
        {
            QObject context;
            m_store->write(QStringLiteral("k"), bytes("v"), &context,
                           [&called](wallet::SecretStoreStatus) { called = true; });
            QVERIFY(!called); // never from inside the call
            m_store->read(QStringLiteral("bad key"), &context,
                          [&called](wallet::SecretReadResult) { called = true; });
            QVERIFY(!called);
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    // scrypt must not run on the caller's thread: write() and read() return long before the derivation ends.
    void derivationDoesNotBlockTheCaller()
    {
        EncryptedFileSecretStore store(dir(), ScryptParams{16, 8, 1}); // 64 MiB, a few hundred ms
        store.setPassphrase(bytes(kPassphrase));
        QObject context;
        for (const bool reading : {false, true}) {
            bool done = false;
            QElapsedTimer timer;
            timer.start();
            if (reading)
                store.read(QStringLiteral("k"), &context,
                           [&done](wallet::SecretReadResult r) { done = r.ok(); });
            else
                store.write(QStringLiteral("k"), bytes(kSecret), &context,
                            [&done](wallet::SecretStoreStatus st) { done = st.ok(); });
            const qint64 callTime = timer.elapsed();
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
            const qint64 totalTime = timer.elapsed();
            QVERIFY2(callTime * 4 < totalTime,
                     qPrintable(QStringLiteral("call %1 ms, total %2 ms").arg(callTime).arg(totalTime)));
        }
    }

    void passphraseChangeAppliesToLaterOperations()
    {
        StoreWaiter s(*m_store);
        QVERIFY(s.write(QStringLiteral("k"), kSecret).ok());
        m_store->setPassphrase(bytes("another passphrase"));
        QCOMPARE(s.read(QStringLiteral("k")).error().code, SecretStoreErrorCode::WrongPassphrase);
        m_store->setPassphrase(bytes(kPassphrase));
        QVERIFY(s.read(QStringLiteral("k")).ok());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedFileStore)
#include "tst_encrypted_file_store.moc"
