// SPDX-License-Identifier: MIT
// check::registration against the sandbox's POST /v1/signable-registration-offchain (captured over
// HTTP, tampered by hand and with the tamper_payload_hash fault, malformed), and equalConstantTime.

#include "tst_signable_check_support.h"

#include <QTest>

using namespace stardeck;
using namespace stardeck::test;
using wallet::check::registration;

class TestSignableCheckRegistration : public QObject {
    Q_OBJECT

    std::unique_ptr<CheckWorld> m_w;
    QJsonObject m_registrationSignable;
    wallet::check::Signer m_dave;

    QJsonObject fetch(const QString &path, const QJsonObject &body, bool)
    {
        // Passport sends this call without Authorization (passport-sdk.md 3.3).
        const HttpResult r = m_w->post(path, body, nullptr);
        return r.status == 200 ? r.object() : QJsonObject();
    }
    void addFault(const QJsonObject &rule)
    {
        QCOMPARE(m_w->fixture().postJson(u"/__sandbox/faults"_s, rule).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_w = std::make_unique<CheckWorld>();
        // The TEE (admin) address is the ether key, the stark key a fresh one.
        auto dave = m_w->world().addUnregistered(u"dave"_s);
        m_dave.ethAddress = dave->adminAddress;
        m_dave.starkKey = crypto::stark::publicKey(WritesTestWorld::keyBytes(u"stark:dave"_s))->x;
        m_registrationSignable = fetch(u"/imx/v1/signable-registration-offchain"_s,
                                       {{u"ether_key"_s, m_dave.ethAddress},
                                        {u"stark_key"_s, QString::fromStdString(m_dave.starkKey.toHex())}},
                                       false);
        QVERIFY(!m_registrationSignable.isEmpty());
    }

    void registrationVerifies()
    {
        const auto r = registration(m_dave, m_registrationSignable);
        QVERIFY2(r.ok(), describeResult(r).constData());
        QCOMPARE(r->payloadHash,
                 *UInt256::fromHex(m_registrationSignable.value(u"payload_hash"_s).toString().toStdString()));
    }

    void registrationTampering()
    {
        auto r = registration(m_dave, alter(m_registrationSignable, u"payload_hash"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QCOMPARE(r.error().type, PassportErrorType::UserRegistrationError);
        QVERIFY(r.error().message.contains(u"payload_hash does not match"_s));
        r = registration(m_dave, alter(m_registrationSignable, u"signable_message"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        QVERIFY(r.error().message.contains(u"signable_message"_s));
        // A signable for another ether key does not verify for ours.
        wallet::check::Signer other = m_dave;
        other.ethAddress = m_w->bob->adminAddress;
        r = registration(other, m_registrationSignable);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
        for (const char *field : {"payload_hash", "signable_message"}) {
            r = registration(m_dave, replace(m_registrationSignable, QLatin1String(field), QJsonValue()));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
            QVERIFY(r.error().message.contains(QLatin1String(field)));
        }
        addFault({{u"route"_s, u"imx.registration.signable"_s},
                  {u"times"_s, 1},
                  {u"tamper_payload_hash"_s, true}});
        const QJsonObject tampered =
            fetch(u"/imx/v1/signable-registration-offchain"_s,
                  {{u"ether_key"_s, m_dave.ethAddress},
                   {u"stark_key"_s, QString::fromStdString(m_dave.starkKey.toHex())}},
                  false);
        r = registration(m_dave, tampered);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::SecurityCheck);
    }

    void equalConstantTime()
    {
        const UInt256 a =
            *UInt256::fromHex("0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QVERIFY(wallet::check::equalConstantTime(a, a));
        for (unsigned bit : {0u, 63u, 64u, 200u, 255u}) {
            UInt256 b = a;
            b.limb[bit / 64] ^= std::uint64_t(1) << (bit % 64);
            QVERIFY(!wallet::check::equalConstantTime(a, b));
        }
        QVERIFY(wallet::check::equalConstantTime(UInt256(), UInt256()));
    }

    void registrationMalformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("hash number") << u"payload_hash"_s << QJsonValue(5);
        QTest::newRow("hash not hex") << u"payload_hash"_s << QJsonValue(u"xyz"_s);
        QTest::newRow("hash too long") << u"payload_hash"_s << QJsonValue(QString(65, u'1'));
        QTest::newRow("message number") << u"signable_message"_s << QJsonValue(1);
        QTest::newRow("message null") << u"signable_message"_s << QJsonValue(QJsonValue::Null);
    }
    void registrationMalformed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto r = registration(m_dave, replace(m_registrationSignable, field, value));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, WalletFailure::InvalidResponse);
        QCOMPARE(r.error().type, PassportErrorType::UserRegistrationError);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSignableCheckRegistration)
#include "tst_signable_check_registration.moc"
