// SPDX-License-Identifier: MIT
// The single-shot commands of stardeck-cli (`crypto pedersen`, `crypto sign`, ...): their output
// against the vectors, help texts and exit codes (0 ok, 1 operation failed / invalid signature,
// 2 usage error). Private keys go in through stdin or --key-file, never argv.
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

using stardeck::test::caseLabel;
using stardeck::test::vectorCases;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(STARDECK_CLI_PATH), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", STARDECK_CLI_PATH);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("stardeck-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

//! The "field: value" lines of a command's output.
QMap<QString, QString> fields(const QByteArray &out)
{
    QMap<QString, QString> map;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            map.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
    }
    return map;
}

QString str(const QJsonObject &c, const char *field)
{
    return c.value(QLatin1String(field)).toString();
}

const char *const kCommands[] = {"pedersen",   "public-key",         "sign",
                                 "verify",     "asset-id",           "address",
                                 "eth-sign",   "stark-key-from-eth", "transfer-hash",
                                 "order-hash", "registration-hash",  "cancel-order-hash"};
const char *const kSecretCommands[] = {"public-key", "sign", "address", "eth-sign", "stark-key-from-eth"};
const char *const kOps[] = {"pedersen",
                            "stark_public_key",
                            "stark_sign",
                            "stark_verify",
                            "transfer_msg_hash",
                            "limit_order_msg_hash",
                            "asset_id",
                            "eth_personal_sign",
                            "stark_key_from_eth",
                            "registration_payload_hash",
                            "cancel_order_payload_hash"};

//! "--field-name value" for every listed field present (and not null) in a vector case.
QStringList optionsFrom(const QJsonObject &c, std::initializer_list<const char *> fieldNames)
{
    QStringList out;
    for (const char *f : fieldNames) {
        const QJsonValue v = c.value(QLatin1String(f));
        if (v.isUndefined() || v.isNull())
            continue;
        out << QLatin1String("--") + QString::fromLatin1(f).replace(u'_', u'-') << v.toString();
    }
    return out;
}

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void operationErrors_data();
    void operationErrors();
    void pedersen_data();
    void pedersen();
    void publicKey_data();
    void publicKey();
    void publicKeyFromFile();
    void sign_data();
    void sign();
    void verify_data();
    void verify();
    void assetId_data();
    void assetId();
    void ethCommands_data();
    void ethCommands();
    void starkKeyFromEth_data();
    void starkKeyFromEth();
    void messageHashes_data();
    void messageHashes();
    void jsonOutput();
};

void TestCliCommands::version()
{
    const Run run = runCli(args({"--version"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^stardeck-cli \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(QString::fromUtf8(run.out))
                 .hasMatch(),
             run.out.constData());
}

void TestCliCommands::help()
{
    for (const char *flag : {"--help", "-h", "help"}) {
        const Run run = runCli(args({flag}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Usage: stardeck-cli"));
        QVERIFY(run.out.contains("crypto batch"));
        QVERIFY(run.out.contains("Exit status"));
    }
    const Run crypto = runCli(args({"crypto", "--help"}));
    QCOMPARE(crypto.exitCode, 0);
    for (const char *command : kCommands)
        QVERIFY2(crypto.out.contains(QByteArray(QByteArray("  ") + command + ' ')), command);
    QVERIFY(crypto.out.contains("never from the command line"));

    const Run batch = runCli(args({"crypto", "batch", "--help"}));
    QCOMPARE(batch.exitCode, 0);
    for (const char *op : kOps)
        QVERIFY2(batch.out.contains(QByteArray(QByteArray("  ") + op + '\n')), op);
}

void TestCliCommands::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : kCommands)
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCliCommands::commandHelp()
{
    QFETCH(QString, command);
    for (const char *flag : {"--help", "-h"}) {
        const Run run = runCli({QStringLiteral("crypto"), command, QLatin1String(flag)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QByteArray("Usage: stardeck-cli crypto " + command.toUtf8() + " ")),
                 run.out.constData());
        QVERIFY(run.out.contains("Exit status"));
        bool secret = false;
        for (const char *s : kSecretCommands)
            secret = secret || command == QLatin1String(s);
        // Commands that take a key say where it comes from and why not from argv.
        QCOMPARE(run.out.contains("read from standard input"), secret);
        QCOMPARE(run.out.contains("--key-file"), secret);
        QCOMPARE(run.out.contains("visible to every user"), secret);
    }
}

void TestCliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << args({"nope"});
    QTest::newRow("unknown top option") << args({"--nope"});
    QTest::newRow("crypto alone") << args({"crypto"});
    QTest::newRow("unknown crypto command") << args({"crypto", "nope"});
    QTest::newRow("batch with argument") << args({"crypto", "batch", "extra"});
    QTest::newRow("pedersen without A") << args({"crypto", "pedersen"});
    QTest::newRow("pedersen three args") << args({"crypto", "pedersen", "1", "2", "3"});
    QTest::newRow("unknown option") << args({"crypto", "pedersen", "--bogus", "1"});
    QTest::newRow("sign without msg hash") << args({"crypto", "sign"});
    QTest::newRow("option without value") << args({"crypto", "sign", "--msg-hash"});
    QTest::newRow("option twice") << args({"crypto", "sign", "--msg-hash", "1", "--msg-hash", "2"});
    QTest::newRow("key in argv refused")
        << args({"crypto", "sign", "--private-key", "0x1", "--msg-hash", "0x1"});
    QTest::newRow("key as argument refused") << args({"crypto", "public-key", "0x1"});
    QTest::newRow("verify without msg hash") << args({"crypto", "verify", "--stark-key", "0x1"});
    QTest::newRow("asset-id without type") << args({"crypto", "asset-id", "--quantum", "1"});
    QTest::newRow("flag with value") << args({"crypto", "pedersen", "--json=yes", "1"});
    QTest::newRow("transfer-hash missing fields")
        << args({"crypto", "transfer-hash", "--variant", "transfer"});
    QTest::newRow("cancel-order-hash without id") << args({"crypto", "cancel-order-hash"});
}

void TestCliCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments, "0x1\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("stardeck-cli: "));
    QVERIFY(run.err.contains("--help"));
}

void TestCliCommands::operationErrors_data()
{
    const QString p = QStringLiteral("0x0800000000000011000000000000000000000000000000000000000000000001");
    const QString n = QStringLiteral("0x0800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2f");
    const QJsonObject registration = vectorCases(QStringLiteral("imx_payloads.json")).at(1).toObject();
    QString badChecksum = str(registration, "ether_key");
    QVERIFY(badChecksum != badChecksum.toLower());
    for (qsizetype i = 2; i < badChecksum.size(); ++i) {
        if (badChecksum.at(i).isLetter()) {
            badChecksum[i] =
                badChecksum.at(i).isUpper() ? badChecksum.at(i).toLower() : badChecksum.at(i).toUpper();
            break;
        }
    }

    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("pedersen bad hex") << args({"crypto", "pedersen", "0xzz", "1"}) << QByteArray();
    QTest::newRow("pedersen a = p") << QStringList{QStringLiteral("crypto"), QStringLiteral("pedersen"), p}
                                    << QByteArray();
    QTest::newRow("public-key 0") << args({"crypto", "public-key"}) << QByteArray("0x0\n");
    QTest::newRow("public-key n") << args({"crypto", "public-key"}) << n.toLatin1();
    QTest::newRow("public-key empty stdin") << args({"crypto", "public-key"}) << QByteArray();
    QTest::newRow("public-key blank stdin") << args({"crypto", "public-key"}) << QByteArray(" \n\n");
    QTest::newRow("public-key not hex") << args({"crypto", "public-key"}) << QByteArray("0xzz\n");
    QTest::newRow("public-key two keys") << args({"crypto", "public-key"}) << QByteArray("0x1\n0x2\n");
    QTest::newRow("public-key huge stdin") << args({"crypto", "public-key"}) << QByteArray(100000, '1');
    QTest::newRow("missing key file")
        << args({"crypto", "public-key", "--key-file", "/nonexistent/stardeck-key"}) << QByteArray("0x1\n");
    QTest::newRow("sign unsignable hash")
        << args({"crypto", "sign", "--msg-hash",
                 "0x0800000000000000000000000000000000000000000000000000000000000000"})
        << QByteArray("0x1\n");
    QTest::newRow("verify bad hex") << args({"crypto", "verify", "--stark-key", "0x1", "--msg-hash", "0x1",
                                             "--r", "0xzz", "--s", "0x1"})
                                    << QByteArray();
    QTest::newRow("asset-id unknown type")
        << args({"crypto", "asset-id", "--type", "ERC1155", "--quantum", "1"}) << QByteArray();
    QTest::newRow("asset-id ETH without quantum")
        << args({"crypto", "asset-id", "--type", "ETH"}) << QByteArray();
    QTest::newRow("address key 0") << args({"crypto", "address"}) << QByteArray("0\n");
    QTest::newRow("stark-key-from-eth bad variant")
        << args({"crypto", "stark-key-from-eth", "--grind-variant", "newest"}) << QByteArray("0x1\n");
    QTest::newRow("transfer-hash bad variant")
        << args({"crypto", "transfer-hash", "--variant", "transfer_v2", "--amount", "1", "--nonce", "1",
                 "--sender-vault-id", "1", "--token", "0x1", "--receiver-vault-id", "1",
                 "--receiver-stark-key", "0x1", "--expiration-timestamp", "1"})
        << QByteArray();
    QTest::newRow("registration-hash bad checksum")
        << QStringList{QStringLiteral("crypto"),      QStringLiteral("registration-hash"),
                       QStringLiteral("--ether-key"), badChecksum,
                       QStringLiteral("--stark-key"), str(registration, "stark_key")}
        << QByteArray();
    QTest::newRow("cancel-order-hash >= 2^64")
        << args({"crypto", "cancel-order-hash", "--order-id", "18446744073709551616"}) << QByteArray();
}

void TestCliCommands::operationErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Run run = runCli(arguments, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("stardeck-cli: error: "), run.err.constData());
}

void TestCliCommands::pedersen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("hash");
    const QJsonArray two = vectorCases(QStringLiteral("pedersen.json"));
    for (int i = 0; i < two.size(); ++i) {
        const QJsonObject c = two.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << QStringList{QStringLiteral("crypto"), QStringLiteral("pedersen"), str(c, "a"), str(c, "b")}
            << str(c, "hash");
    }
    const QJsonArray one = vectorCases(QStringLiteral("pedersen.json"), QStringLiteral("single_input_cases"));
    for (int i = 0; i < one.size(); ++i) {
        const QJsonObject c = one.at(i).toObject();
        QTest::newRow(QByteArray("single " + caseLabel(i, c)).constData())
            << QStringList{QStringLiteral("crypto"), QStringLiteral("pedersen"), str(c, "a")}
            << str(c, "hash");
    }
}

void TestCliCommands::pedersen()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, hash);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fields(run.out).value(QStringLiteral("hash")), hash);
    QVERIFY(run.err.isEmpty());
}

void TestCliCommands::publicKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("starkKey");
    QTest::addColumn<QString>("y");
    const QJsonArray cases = vectorCases(QStringLiteral("stark_keys.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData()) << str(c, "private_key").toLatin1() + '\n'
                                                   << str(c, "stark_key") << str(c, "public_key_y");
    }
}

void TestCliCommands::publicKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, starkKey);
    QFETCH(QString, y);
    const Run run = runCli(args({"crypto", "public-key"}), key);
    QCOMPARE(run.exitCode, 0);
    const auto out = fields(run.out);
    QCOMPARE(out.value(QStringLiteral("stark_key")), starkKey);
    QCOMPARE(out.value(QStringLiteral("public_key_y")), y);
    QVERIFY(!run.out.contains(key.trimmed()) || key.trimmed() == starkKey.toLatin1());
}

void TestCliCommands::publicKeyFromFile()
{
    const QJsonObject c = vectorCases(QStringLiteral("stark_keys.json")).at(5).toObject();
    QTemporaryFile file;
    QVERIFY(file.open());
    // Surrounding whitespace is ignored; the key may lack 0x.
    file.write("  " + str(c, "private_key").mid(2).toLatin1() + "\r\n");
    file.close();
    const Run run = runCli({QStringLiteral("crypto"), QStringLiteral("public-key"),
                            QStringLiteral("--key-file"), file.fileName()},
                           "not read\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fields(run.out).value(QStringLiteral("stark_key")), str(c, "stark_key"));
}

void TestCliCommands::sign_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("msgHash");
    QTest::addColumn<QString>("r");
    QTest::addColumn<QString>("s");
    QTest::addColumn<QString>("signature");
    const QJsonArray cases = vectorCases(QStringLiteral("ecdsa_sign.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << str(c, "private_key").toLatin1() << str(c, "msg_hash") << str(c, "r") << str(c, "s")
            << str(c, "imx_stark_signature");
    }
}

void TestCliCommands::sign()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, msgHash);
    QFETCH(QString, r);
    QFETCH(QString, s);
    QFETCH(QString, signature);
    const Run run = runCli(
        {QStringLiteral("crypto"), QStringLiteral("sign"), QStringLiteral("--msg-hash"), msgHash}, key);
    QCOMPARE(run.exitCode, 0);
    const auto out = fields(run.out);
    QCOMPARE(out.value(QStringLiteral("r")), r);
    QCOMPARE(out.value(QStringLiteral("s")), s);
    QCOMPARE(out.value(QStringLiteral("imx_stark_signature")), signature);
}

void TestCliCommands::verify_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("hasReason");
    const QJsonArray cases = vectorCases(QStringLiteral("ecdsa_verify.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << args({"crypto", "verify"}) + optionsFrom(c, {"stark_key", "msg_hash", "r", "s"})
            << c.value(QStringLiteral("valid")).toBool() << c.contains(QStringLiteral("official_error"));
    }
    const QJsonArray signatures = vectorCases(QStringLiteral("ecdsa_sign.json"));
    for (int i = 0; i < signatures.size(); ++i) {
        const QJsonObject c = signatures.at(i).toObject();
        QTest::newRow(QByteArray("signature of ecdsa_sign " + caseLabel(i, c)).constData())
            << args({"crypto", "verify"}) + optionsFrom(c, {"stark_key", "msg_hash"}) +
                   QStringList{QStringLiteral("--signature"), str(c, "imx_stark_signature")}
            << true << false;
    }
}

void TestCliCommands::verify()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(bool, hasReason);
    const Run run = runCli(arguments);
    // Exit status 1 means "not valid", like openssl dgst -verify.
    QCOMPARE(run.exitCode, valid ? 0 : 1);
    const auto out = fields(run.out);
    QCOMPARE(out.value(QStringLiteral("valid")), valid ? QStringLiteral("true") : QStringLiteral("false"));
    QCOMPARE(out.contains(QStringLiteral("reason")), hasReason);
}

void TestCliCommands::assetId_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("assetType");
    QTest::addColumn<QString>("assetId");
    const QJsonArray cases = vectorCases(QStringLiteral("assets.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << args({"crypto", "asset-id"}) +
                   optionsFrom(c, {"type", "quantum", "token_address", "token_id", "blob"})
            << str(c, "asset_type") << str(c, "asset_id");
    }
}

void TestCliCommands::assetId()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, assetType);
    QFETCH(QString, assetId);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    const auto out = fields(run.out);
    QCOMPARE(out.value(QStringLiteral("asset_type")), assetType);
    QCOMPARE(out.value(QStringLiteral("asset_id")), assetId);
}

void TestCliCommands::ethCommands_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("signatureRsv");
    QTest::addColumn<QString>("imxSignature");
    const QJsonArray cases = vectorCases(QStringLiteral("eth_personal_sign.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << str(c, "private_key").toLatin1() << str(c, "message") << str(c, "address")
            << str(c, "signature_rsv") << str(c, "imx_signature");
    }
}

void TestCliCommands::ethCommands()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, message);
    QFETCH(QString, address);
    QFETCH(QString, signatureRsv);
    QFETCH(QString, imxSignature);
    const Run addr = runCli(args({"crypto", "address"}), key);
    QCOMPARE(addr.exitCode, 0);
    QCOMPARE(fields(addr.out).value(QStringLiteral("address")), address);

    // Multi-line messages cannot be checked through "field: value" lines; --json carries them.
    const Run run = runCli({QStringLiteral("crypto"), QStringLiteral("eth-sign"), QStringLiteral("--json"),
                            QStringLiteral("--message"), message},
                           key);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(str(answer, "address"), address);
    QCOMPARE(str(answer, "signature_rsv"), signatureRsv);
    QCOMPARE(str(answer, "imx_signature"), imxSignature);
}

void TestCliCommands::starkKeyFromEth_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("ethAddress");
    QTest::addColumn<QString>("starkKey");
    QTest::addColumn<QString>("starkPrivateKey");
    const QJsonArray cases = vectorCases(QStringLiteral("eth_stark_key_derivation.json"));
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        QTest::newRow(caseLabel(i, c).constData())
            << str(c, "eth_private_key").toLatin1() << str(c, "eth_address") << str(c, "stark_key")
            << str(c, "stark_private_key");
    }
}

void TestCliCommands::starkKeyFromEth()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, ethAddress);
    QFETCH(QString, starkKey);
    QFETCH(QString, starkPrivateKey);
    const Run run = runCli(args({"crypto", "stark-key-from-eth"}), key);
    QCOMPARE(run.exitCode, 0);
    const auto out = fields(run.out);
    QCOMPARE(out.value(QStringLiteral("eth_address")), ethAddress);
    QCOMPARE(out.value(QStringLiteral("stark_key")), starkKey);
    // The derived private key is shown only on request.
    QVERIFY(!out.contains(QStringLiteral("stark_private_key")));
    QVERIFY(!run.out.contains(starkPrivateKey.mid(2).toLatin1()));

    const Run shown = runCli(args({"crypto", "stark-key-from-eth", "--show-private-key"}), key);
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(fields(shown.out).value(QStringLiteral("stark_private_key")), starkPrivateKey);
}

void TestCliCommands::messageHashes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QJsonArray transfers = vectorCases(QStringLiteral("transfer_msg_hash.json"));
    for (int i = 0; i < transfers.size(); ++i) {
        const QJsonObject c = transfers.at(i).toObject();
        QTest::newRow(QByteArray("transfer " + caseLabel(i, c)).constData())
            << args({"crypto", "transfer-hash"}) +
                   optionsFrom(c, {"variant", "amount", "nonce", "sender_vault_id", "token",
                                   "receiver_vault_id", "receiver_stark_key", "expiration_timestamp",
                                   "condition", "fee_token", "fee_vault_id", "fee_limit"})
            << QStringLiteral("msg_hash") << str(c, "msg_hash");
    }
    const QJsonArray orders = vectorCases(QStringLiteral("limit_order_msg_hash.json"));
    for (int i = 0; i < orders.size(); ++i) {
        const QJsonObject c = orders.at(i).toObject();
        QTest::newRow(QByteArray("order " + caseLabel(i, c)).constData())
            << args({"crypto", "order-hash"}) +
                   optionsFrom(c, {"variant", "vault_id_sell", "vault_id_buy", "amount_sell", "amount_buy",
                                   "token_sell", "token_buy", "nonce", "expiration_timestamp", "fee_token",
                                   "fee_vault_id", "fee_limit"})
            << QStringLiteral("msg_hash") << str(c, "msg_hash");
    }
    const QJsonArray payloads = vectorCases(QStringLiteral("imx_payloads.json"));
    for (int i = 0; i < payloads.size(); ++i) {
        const QJsonObject c = payloads.at(i).toObject();
        const QString kind = str(c, "kind");
        if (kind == QLatin1String("registration_offchain"))
            QTest::newRow(QByteArray("payload " + caseLabel(i, c)).constData())
                << args({"crypto", "registration-hash"}) + optionsFrom(c, {"ether_key", "stark_key"})
                << QStringLiteral("payload_hash") << str(c, "payload_hash");
        else if (kind == QLatin1String("cancel_order"))
            QTest::newRow(QByteArray("payload " + caseLabel(i, c)).constData())
                << args({"crypto", "cancel-order-hash"}) + optionsFrom(c, {"order_id"})
                << QStringLiteral("payload_hash") << str(c, "payload_hash");
    }
}

void TestCliCommands::messageHashes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(fields(run.out).value(field), expected);
}

void TestCliCommands::jsonOutput()
{
    const QJsonObject c = vectorCases(QStringLiteral("stark_keys.json")).at(3).toObject();
    const Run run = runCli(args({"crypto", "public-key", "--json"}), str(c, "private_key").toLatin1());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith('\n'));
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(str(answer, "stark_key"), str(c, "stark_key"));
    QCOMPARE(str(answer, "public_key_y"), str(c, "public_key_y"));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
