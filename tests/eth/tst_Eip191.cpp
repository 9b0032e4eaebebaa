// SPDX-License-Identifier: MIT
#include "crypto/Eip191.h"

#include "crypto/Keccak.h"
#include "eth/EthTestValues.h"
#include "support/Vectors.h"

#include <QJsonArray>
#include <QTest>

using namespace stardeck::crypto;
using namespace stardeck::test::eth;
using stardeck::test::caseLabel;
using stardeck::test::vectorCases;

class TestEip191 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void personalMessage_data();
    void personalMessage();
};

void TestEip191::personalMessage_data()
{
    QTest::addColumn<QJsonObject>("c");
    int i = 0;
    for (const auto &v : vectorCases(QStringLiteral("eth_personal_sign.json")))
        QTest::newRow(caseLabel(i++, v.toObject())) << v.toObject();
}

void TestEip191::personalMessage()
{
    QFETCH(QJsonObject, c);
    const QByteArray message = field(c, "message").toUtf8();
    QCOMPARE(hex(span(message)), lower(field(c, "message_utf8_hex")));
    QCOMPARE(hex(keccak256(span(message))), field(c, "keccak256_of_message"));

    // The vector writes the prefix with \x19 and \n spelled out.
    QString prefix = QString::fromStdString(eip191::personalMessagePrefix(std::size_t(message.size())));
    prefix.replace(QChar(0x19), QStringLiteral("\\x19")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    QCOMPARE(prefix, field(c, "eip191_prefix"));

    QCOMPARE(hex(eip191::personalMessageDigest(message)), field(c, "eip191_digest"));
    QCOMPARE(hex(eip191::personalMessageDigest(span(message))), field(c, "eip191_digest"));
}

QTEST_GUILESS_MAIN(TestEip191)
#include "tst_Eip191.moc"
