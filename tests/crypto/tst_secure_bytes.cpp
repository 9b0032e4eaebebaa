// SPDX-License-Identifier: MIT
#include "crypto/SecureBytes.h"

#include <QTest>

#include <type_traits>

using stardeck::crypto::SecureBytes;

class TestSecureBytes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notCopyable()
    {
        static_assert(!std::is_copy_constructible_v<SecureBytes>);
        static_assert(!std::is_copy_assignable_v<SecureBytes>);
        static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
    }
    void moveAndClone()
    {
        const std::uint8_t raw[4] = {1, 2, 3, 4};
        SecureBytes a(raw, 4);
        SecureBytes b = a.clone();
        QVERIFY(a.equals(b));
        SecureBytes c = std::move(a);
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is defined empty
        QCOMPARE(c.size(), std::size_t(4));
        QVERIFY(c.equals(b));
        b[0] = 9;
        QVERIFY(!c.equals(b));
    }
    void clearWipes()
    {
        SecureBytes a(8);
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i] = 0xAA;
        a.clear();
        QVERIFY(a.empty());
        QCOMPARE(a.data(), nullptr);
    }
    void wipeBuffer()
    {
        std::uint8_t buf[16];
        std::fill(std::begin(buf), std::end(buf), 0x55);
        stardeck::crypto::secureWipe(buf, sizeof buf);
        for (auto b : buf)
            QCOMPARE(b, std::uint8_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_secure_bytes.moc"
