// SPDX-License-Identifier: MIT
// `stardeck-cli crypto batch` against every case of every vector file that maps to an op, in one
// batch, plus the same requests written differently (no 0x, extra leading zeros, upper case),
// bad lines interleaved with good ones, JSON numbers and interactive use. Expected values come
// only from tests/data/vectors.
#include "support/Vectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using stardeck::test::caseLabel;
using stardeck::test::vectorCases;

namespace {

//! One request built from a vector case and the answer fields it must produce.
struct BatchCase {
    QByteArray label;
    QJsonObject request;
    QJsonObject expected;
    QStringList hexInputs; //!< input fields written in hex, which the variations rewrite
    bool expectReason = false;
};

enum class Variation {
    None,
    NoPrefix,
    ExtraZeros,
    UpperCase
};

const char *variationName(Variation v)
{
    switch (v) {
    case Variation::None:
        return "canonical";
    case Variation::NoPrefix:
        return "no 0x";
    case Variation::ExtraZeros:
        return "extra leading zeros";
    case Variation::UpperCase:
        return "upper case";
    }
    return "";
}

QJsonObject vary(const BatchCase &c, Variation v)
{
    QJsonObject request = c.request;
    for (const QString &field : c.hexInputs) {
        const QString text = request.value(field).toString();
        if (!text.startsWith(QLatin1String("0x")))
            continue;
        const QString digits = text.mid(2);
        switch (v) {
        case Variation::None:
            break;
        case Variation::NoPrefix:
            request.insert(field, digits);
            break;
        case Variation::ExtraZeros:
            request.insert(field, QString(QLatin1String("0x000") + digits));
            break;
        case Variation::UpperCase:
            request.insert(field, QString(QLatin1String("0x") + digits.toUpper()));
            break;
        }
    }
    return request;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

//! Builds a case: copies `inputs` (those present, nulls included) and the expected `outputs`
//! (all must be in the vector) and `optionalOutputs` (compared when the vector has them).
using Names = std::initializer_list<const char *>;

QStringList names(Names list)
{
    QStringList out;
    for (const char *n : list)
        out.append(QLatin1String(n));
    return out;
}

BatchCase makeCase(const QString &file, int index, const QJsonObject &c, const char *op, Names inputList,
                   Names hexInputs, Names outputList, Names optionalList = {})
{
    const QStringList inputs = names(inputList);
    const QStringList outputs = names(outputList);
    const QStringList optionalOutputs = names(optionalList);
    BatchCase out;
    out.label = file.toUtf8() + " #" + caseLabel(index, c) + " " + op;
    out.request.insert(QStringLiteral("op"), QLatin1String(op));
    for (const QString &f : inputs) {
        if (c.contains(f))
            out.request.insert(f, c.value(f));
    }
    for (const QString &f : outputs) {
        if (!c.contains(f))
            qFatal("vector %s #%d has no %s", qPrintable(file), index, qPrintable(f));
        out.expected.insert(f, c.value(f));
    }
    for (const QString &f : optionalOutputs) {
        if (c.contains(f))
            out.expected.insert(f, c.value(f));
    }
    out.hexInputs = names(hexInputs);
    return out;
}

QList<BatchCase> allVectorCases()
{
    QList<BatchCase> cases;
    const auto each = [](const QString &file, const QString &member, auto fn) {
        const QJsonArray array = vectorCases(file, member);
        for (int i = 0; i < array.size(); ++i)
            fn(i, array.at(i).toObject());
    };
    const QString pedersen = QStringLiteral("pedersen.json");
    each(pedersen, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(pedersen, i, c, "pedersen", {"a", "b"}, {"a", "b"}, {"hash"}));
    });
    each(pedersen, QStringLiteral("single_input_cases"), [&](int i, const QJsonObject &c) {
        BatchCase bc = makeCase(pedersen, i, c, "pedersen", {"a"}, {"a"}, {"hash"});
        bc.label.replace(" pedersen", " pedersen (single input)");
        cases.append(bc);
    });
    const QString keys = QStringLiteral("stark_keys.json");
    each(keys, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(keys, i, c, "stark_public_key", {"private_key"}, {"private_key"},
                              {"stark_key", "public_key_y"}));
    });
    const QString sign = QStringLiteral("ecdsa_sign.json");
    each(sign, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(sign, i, c, "stark_sign", {"private_key", "msg_hash"},
                              {"private_key", "msg_hash"}, {"r", "s"}, {"imx_stark_signature"}));
        // The same signature verifies, given in the IMX wire form.
        BatchCase v =
            makeCase(sign, i, c, "stark_verify", {"stark_key", "msg_hash"}, {"stark_key", "msg_hash"}, {});
        v.request.insert(QStringLiteral("signature"), c.value(QStringLiteral("imx_stark_signature")));
        v.expected.insert(QStringLiteral("valid"), true);
        cases.append(v);
    });
    const QString verify = QStringLiteral("ecdsa_verify.json");
    each(verify, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        BatchCase bc = makeCase(verify, i, c, "stark_verify", {"stark_key", "msg_hash", "r", "s"},
                                {"stark_key", "msg_hash", "r", "s"}, {"valid"});
        bc.expectReason = c.contains(QStringLiteral("official_error"));
        cases.append(bc);
    });
    const QString transfer = QStringLiteral("transfer_msg_hash.json");
    each(transfer, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(transfer, i, c, "transfer_msg_hash",
                              {"variant", "amount", "nonce", "sender_vault_id", "token", "receiver_vault_id",
                               "receiver_stark_key", "expiration_timestamp", "condition", "fee_token",
                               "fee_vault_id", "fee_limit"},
                              {"token", "receiver_stark_key", "condition", "fee_token"}, {"msg_hash"},
                              {"instruction_type", "packed_word", "packed_word_1", "packed_word_2"}));
    });
    const QString order = QStringLiteral("limit_order_msg_hash.json");
    each(order, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(
            makeCase(order, i, c, "limit_order_msg_hash",
                     {"variant", "vault_id_sell", "vault_id_buy", "amount_sell", "amount_buy", "token_sell",
                      "token_buy", "nonce", "expiration_timestamp", "fee_token", "fee_vault_id", "fee_limit"},
                     {"token_sell", "token_buy", "fee_token"}, {"msg_hash"},
                     {"instruction_type", "packed_word", "packed_word_1", "packed_word_2"}));
    });
    const QString assets = QStringLiteral("assets.json");
    each(assets, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(assets, i, c, "asset_id",
                              {"type", "quantum", "token_address", "token_id", "blob"}, {"token_address"},
                              {"asset_type", "asset_id"}, {"selector", "blob_hash"}));
    });
    const QString personal = QStringLiteral("eth_personal_sign.json");
    each(personal, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(personal, i, c, "eth_personal_sign", {"private_key", "message"},
                              {"private_key"}, {"address", "signature_rsv"},
                              {"imx_signature", "r", "s", "v"}));
    });
    const QString derivation = QStringLiteral("eth_stark_key_derivation.json");
    each(derivation, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        cases.append(makeCase(derivation, i, c, "stark_key_from_eth", {"eth_private_key"},
                              {"eth_private_key"}, {"eth_address", "stark_private_key", "stark_key"},
                              {"stark_key_y", "account_path", "first_hash_above_limit", "grind_rounds"}));
        // The legacy grindKey variants, each against its own vector field.
        const std::pair<const char *, const char *> legacy[] = {
            {"core_sdk_v2_0_1", "stark_private_key_if_registered_with_core_sdk_v2_0_1"},
            {"imx_sdk_js_legacy", "stark_private_key_if_registered_with_imx_sdk_js_legacy"},
            {"starkware_reference", "not_imx_starkware_grindkey_of_child"},
        };
        for (const auto &[variant, field] : legacy) {
            BatchCase bc = makeCase(derivation, i, c, "stark_key_from_eth", {"eth_private_key"},
                                    {"eth_private_key"}, {"eth_address"});
            bc.label += QByteArray(" grind_variant=") + variant;
            bc.request.insert(QStringLiteral("grind_variant"), QLatin1String(variant));
            bc.expected.insert(QStringLiteral("stark_private_key"), c.value(QLatin1String(field)));
            cases.append(bc);
        }
        // Registration of the derived key: its payload hash and its stark signature.
        BatchCase reg =
            makeCase(derivation, i, c, "registration_payload_hash", {}, {"ether_key", "stark_key"}, {});
        reg.request.insert(QStringLiteral("ether_key"), c.value(QStringLiteral("eth_address")));
        reg.request.insert(QStringLiteral("stark_key"), c.value(QStringLiteral("stark_key")));
        reg.expected.insert(QStringLiteral("payload_hash"),
                            c.value(QStringLiteral("registration_offchain_payload_hash")));
        cases.append(reg);
        BatchCase regSig = makeCase(derivation, i, c, "stark_sign", {}, {"private_key", "msg_hash"}, {});
        regSig.request.insert(QStringLiteral("private_key"), c.value(QStringLiteral("stark_private_key")));
        regSig.request.insert(QStringLiteral("msg_hash"),
                              c.value(QStringLiteral("registration_offchain_payload_hash")));
        regSig.expected.insert(QStringLiteral("imx_stark_signature"),
                               c.value(QStringLiteral("registration_offchain_stark_signature")));
        cases.append(regSig);
    });
    const QString payloads = QStringLiteral("imx_payloads.json");
    each(payloads, QStringLiteral("cases"), [&](int i, const QJsonObject &c) {
        const QString kind = c.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("registration_offchain")) {
            cases.append(makeCase(payloads, i, c, "registration_payload_hash", {"ether_key", "stark_key"},
                                  {"ether_key", "stark_key"}, {"payload_hash"}));
            if (c.contains(QStringLiteral("stark_signature"))) {
                // Real API samples carry the stark signature of the payload: it must verify.
                BatchCase v =
                    makeCase(payloads, i, c, "stark_verify", {"stark_key"}, {"stark_key", "msg_hash"}, {});
                v.request.insert(QStringLiteral("msg_hash"), c.value(QStringLiteral("payload_hash")));
                v.request.insert(QStringLiteral("signature"), c.value(QStringLiteral("stark_signature")));
                v.expected.insert(QStringLiteral("valid"), true);
                cases.append(v);
            }
        } else if (kind == QLatin1String("cancel_order")) {
            cases.append(
                makeCase(payloads, i, c, "cancel_order_payload_hash", {"order_id"}, {}, {"payload_hash"}));
        } else if (kind == QLatin1String("withdrawal_legacy_sdk")) {
            cases.append(makeCase(payloads, i, c, "legacy_withdrawal_payload_hash",
                                  {"asset_id", "stark_key", "vault_id", "amount", "nonce"},
                                  {"asset_id", "stark_key"}, {"payload_hash"}, {"packed_word"}));
        } else {
            qFatal("imx_payloads.json #%d: unknown kind %s", i, qPrintable(kind));
        }
    });
    return cases;
}

//! Runs one batch and returns its output lines (without the final empty piece).
QList<QByteArray> runBatch(const QByteArray &input, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(STARDECK_CLI_PATH), {QStringLiteral("crypto"), QStringLiteral("batch")});
    if (!process.waitForStarted())
        qFatal("cannot start %s", STARDECK_CLI_PATH);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000))
        qFatal("stardeck-cli crypto batch did not finish");
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    if (lines.isEmpty() || !lines.last().isEmpty())
        qFatal("batch output does not end with a newline");
    lines.removeLast();
    return lines;
}

//! Compares an answer with the expected fields: strings exactly (hex is lowercase, addresses
//! EIP-55), booleans and numbers by value.
void compareAnswer(const QJsonObject &answer, const QJsonObject &expected)
{
    QVERIFY2(!answer.contains(QStringLiteral("error")),
             qPrintable(answer.value(QStringLiteral("error")).toString()));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue actual = answer.value(it.key());
        QVERIFY2(!actual.isUndefined(), qPrintable(QStringLiteral("missing field ") + it.key()));
        const QJsonValue want = it.value();
        if (want.isString()) {
            QVERIFY2(actual.isString(), qPrintable(it.key()));
            QCOMPARE(actual.toString(), want.toString());
        } else if (want.isBool()) {
            QVERIFY2(actual.isBool(), qPrintable(it.key()));
            QCOMPARE(actual.toBool(), want.toBool());
        } else if (want.isDouble()) {
            QVERIFY2(actual.isDouble(), qPrintable(it.key()));
            QCOMPARE(actual.toDouble(), want.toDouble());
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected vector value type for ") + it.key()));
        }
    }
}

QJsonObject parseAnswer(const QByteArray &text)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

//! An answer that is exactly {"error": non-empty string} (plus "id" when one was sent).
bool isErrorAnswer(const QJsonObject &answer)
{
    const QJsonValue error = answer.value(QStringLiteral("error"));
    if (!error.isString() || error.toString().isEmpty())
        return false;
    for (const QString &key : answer.keys()) {
        if (key != QLatin1String("error") && key != QLatin1String("id"))
            return false;
    }
    return true;
}

} // namespace

class TestCliBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vectors_data();
    void vectors();
    void badLinesInterleaved();
    void jsonNumbers();
    void idIsEchoed();
    void interactive();

private:
    QList<BatchCase> m_cases;
    QList<Variation> m_variations;
    QList<QByteArray> m_answers; //!< one per (case, variation), in m_cases x m_variations order
    int m_exitCode = -1;
};

void TestCliBatch::initTestCase()
{
    m_cases = allVectorCases();
    m_variations = {Variation::None, Variation::NoPrefix, Variation::ExtraZeros, Variation::UpperCase};
    QByteArray input;
    for (const BatchCase &c : m_cases) {
        for (Variation v : m_variations)
            input += line(vary(c, v)) + '\n';
    }
    m_answers = runBatch(input, &m_exitCode);
    QCOMPARE(m_exitCode, 0);
    QCOMPARE(m_answers.size(), m_cases.size() * m_variations.size());
}

void TestCliBatch::vectors_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i) {
        for (int v = 0; v < m_variations.size(); ++v) {
            const QByteArray name = m_cases.at(i).label + " (" + variationName(m_variations.at(v)) + ')';
            QTest::newRow(name.constData()) << int(i * m_variations.size() + v);
        }
    }
}

void TestCliBatch::vectors()
{
    QFETCH(int, index);
    const BatchCase &c = m_cases.at(index / m_variations.size());
    const QJsonObject answer = parseAnswer(m_answers.at(index));
    QVERIFY2(!answer.isEmpty(), m_answers.at(index).constData());
    compareAnswer(answer, c.expected);
    if (c.expectReason) {
        QVERIFY(answer.value(QStringLiteral("reason")).isString());
        QVERIFY(!answer.value(QStringLiteral("reason")).toString().isEmpty());
    }
}

void TestCliBatch::badLinesInterleaved()
{
    const QByteArray p = "0x0800000000000011000000000000000000000000000000000000000000000001";
    const QByteArray n = "0x0800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2f";
    const QByteArray nPlusOne = "0x0800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d30";
    const QByteArray secpN = "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    const QByteArray twoTo251 = "0x0800000000000000000000000000000000000000000000000000000000000000";
    const QByteArray over256 = "0x1" + QByteArray(64, '0');
    const QByteArray allF = "0x" + QByteArray(64, 'f');
    const auto sub = [](const char *pattern, const QByteArray &value) {
        return QByteArray(pattern).replace("%1", value);
    };

    // Good lines come from the vectors; each bad line sits between two of them.
    QList<BatchCase> good;
    for (const BatchCase &c : std::as_const(m_cases)) {
        const QString op = c.request.value(QStringLiteral("op")).toString();
        if (good.size() < 40 &&
            (good.isEmpty() || good.last().request.value(QStringLiteral("op")).toString() != op))
            good.append(c);
    }
    QVERIFY(good.size() >= 10);

    const QJsonObject transfer = [&] {
        for (const BatchCase &c : std::as_const(m_cases)) {
            if (c.request.value(QStringLiteral("variant")).toString() == QLatin1String("transfer"))
                return c.request;
        }
        return QJsonObject();
    }();
    QVERIFY(!transfer.isEmpty());
    const auto transferWith = [&](const char *field, const QJsonValue &value) {
        QJsonObject o = transfer;
        o.insert(QLatin1String(field), value);
        return line(o);
    };
    // A number literal as written (QJsonValue would round it through a double).
    const auto transferWithLiteral = [&](const char *field, const QByteArray &literal) {
        QJsonObject o = transfer;
        o.insert(QLatin1String(field), QStringLiteral("@placeholder@"));
        return line(o).replace("\"@placeholder@\"", literal);
    };
    const QJsonObject registration = [&] {
        for (const BatchCase &c : std::as_const(m_cases)) {
            const QString address = c.request.value(QStringLiteral("ether_key")).toString();
            if (address != address.toLower())
                return c.request;
        }
        return QJsonObject();
    }();
    QVERIFY(!registration.isEmpty());
    // Flip the case of one letter of a checksummed address: the EIP-55 check must refuse it.
    QString badChecksum = registration.value(QStringLiteral("ether_key")).toString();
    for (qsizetype i = 2; i < badChecksum.size(); ++i) {
        if (badChecksum.at(i).isLetter()) {
            badChecksum[i] =
                badChecksum.at(i).isUpper() ? badChecksum.at(i).toLower() : badChecksum.at(i).toUpper();
            break;
        }
    }
    QJsonObject badRegistration = registration;
    badRegistration.insert(QStringLiteral("ether_key"), badChecksum);
    QJsonObject shortRegistration = registration;
    shortRegistration.insert(QStringLiteral("ether_key"),
                             registration.value(QStringLiteral("ether_key")).toString().chopped(1));

    const QList<QByteArray> bad = {
        R"({"op":"pedersen","a":)",
        "not json at all",
        "",
        "   \t",
        "[1, 2]",
        R"("a string")",
        "\xff\xfe\xfd",
        R"({"a":"0x1","b":"0x2"})",
        R"({"op":5})",
        R"({"op":"no_such_op","a":"0x1"})",
        R"({"op":"pedersen","b":"0x1"})",
        R"({"op":"pedersen","a":5,"b":"0x1"})",
        R"({"op":"pedersen","a":"0x12g4","b":"0x1"})",
        R"({"op":"pedersen","a":"0x","b":"0x1"})",
        R"({"op":"pedersen","a":" 0x1","b":"0x1"})",
        sub(R"({"op":"pedersen","a":"%1","b":"0x1"})", p),
        sub(R"({"op":"pedersen","a":"0x1","b":"%1"})", p),
        sub(R"({"op":"pedersen","a":"%1","b":"0x1"})", over256),
        sub(R"({"op":"pedersen","a":"%1"})", p),
        R"({"op":"stark_public_key","private_key":"0x0"})",
        R"({"op":"stark_public_key","private_key":"0"})",
        sub(R"({"op":"stark_public_key","private_key":"%1"})", n),
        sub(R"({"op":"stark_public_key","private_key":"%1"})", nPlusOne),
        sub(R"({"op":"stark_public_key","private_key":"%1"})", allF),
        sub(R"({"op":"stark_public_key","private_key":"%1"})", over256),
        R"({"op":"stark_public_key","private_key":"0xzz"})",
        R"({"op":"stark_public_key","private_key":1})",
        R"({"op":"stark_public_key"})",
        R"({"op":"stark_sign","private_key":"0x0","msg_hash":"0x1"})",
        sub(R"({"op":"stark_sign","private_key":"%1","msg_hash":"0x1"})", n),
        sub(R"({"op":"stark_sign","private_key":"0x1","msg_hash":"%1"})", twoTo251),
        R"({"op":"stark_verify","stark_key":"0x1","msg_hash":"0x1","r":"0xzz","s":"0x1"})",
        R"({"op":"stark_verify","stark_key":"0x1","msg_hash":"0x1","r":"0x1"})",
        R"({"op":"stark_verify","stark_key":"0x1","msg_hash":"0x1","signature":"0x1234"})",
        R"({"op":"eth_personal_sign","private_key":"0x0","message":"hi"})",
        sub(R"({"op":"eth_personal_sign","private_key":"%1","message":"hi"})", secpN),
        R"({"op":"eth_personal_sign","private_key":"0x1"})",
        R"({"op":"eth_personal_sign","private_key":"0x1","message":7})",
        R"({"op":"stark_key_from_eth","eth_private_key":"0x0"})",
        R"({"op":"stark_key_from_eth","eth_private_key":"0x1","grind_variant":"newest"})",
        transferWith("amount", QStringLiteral("1.5")),
        transferWith("amount", 1.5),
        transferWith("amount", QStringLiteral("-1")),
        transferWith("amount", QStringLiteral("+1")),
        transferWith("amount", QString()),
        transferWith("amount", -1),
        transferWith("amount", 9007199254740994.0),
        transferWithLiteral("amount", "9007199254740993"), // 2^53 + 1: exact in Qt, not in JavaScript
        transferWithLiteral("amount", "1e400"),
        transferWith("amount", true),
        transferWith("amount", QStringLiteral("9223372036854775808")), // 2^63: out of StarkEx range
        transferWith("nonce", QStringLiteral("2147483648")),           // 2^31
        transferWith("token", QString::fromLatin1(p)),
        transferWith("condition", QStringLiteral("0x1")), // not a conditional variant
        transferWith("fee_limit", QStringLiteral("1")),   // not a fee variant
        transferWith("variant", QStringLiteral("transfer_v2")),
        transferWith("variant", QJsonValue()),
        R"({"op":"limit_order_msg_hash","variant":"market_order"})",
        R"({"op":"asset_id","type":"ERC1155","quantum":"1"})",
        R"({"op":"asset_id","type":"ETH"})",
        R"({"op":"asset_id","type":"ETH","quantum":"0"})",
        R"({"op":"asset_id","type":"ERC20","quantum":"1"})",
        R"({"op":"asset_id","type":"ERC721","token_address":"0xEB166dB6EFA22AA67eaDc1c629c3Bf0dd458061F"})",
        line(badRegistration),
        line(shortRegistration),
        R"({"op":"registration_payload_hash","ether_key":"0xzz","stark_key":"0x1"})",
        R"({"op":"cancel_order_payload_hash","order_id":"18446744073709551616"})",
        R"({"op":"cancel_order_payload_hash","order_id":"0x10"})",
        QByteArray(1 << 20, 'x') + "{}",
    };

    // Interleave: good, bad, good, bad, ..., good; the last line has no newline and one uses CRLF.
    QByteArray input;
    QList<int> expectGood; // index into good, or -1 for an error answer
    for (int i = 0; i < bad.size(); ++i) {
        const int g = i % int(good.size());
        input += line(good.at(g).request) + (i == 3 ? "\r\n" : "\n");
        expectGood.append(g);
        input += bad.at(i) + '\n';
        expectGood.append(-1);
    }
    input += line(good.first().request);
    expectGood.append(0);

    int exitCode = -1;
    const QList<QByteArray> answers = runBatch(input, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(answers.size(), expectGood.size());
    for (int i = 0; i < answers.size(); ++i) {
        const QJsonObject answer = parseAnswer(answers.at(i));
        QVERIFY2(!answer.isEmpty(), answers.at(i).constData());
        if (expectGood.at(i) < 0) {
            const QByteArray &sent = bad.at(i / 2);
            QVERIFY2(isErrorAnswer(answer), QByteArray(sent.left(200) + " -> " + answers.at(i)).constData());
        } else {
            const BatchCase &c = good.at(expectGood.at(i));
            compareAnswer(answer, c.expected);
            if (QTest::currentTestFailed())
                QFAIL(c.label.constData());
        }
    }
}

void TestCliBatch::jsonNumbers()
{
    // Integer fields as JSON numbers when they fit in 2^53; the hashes must not change.
    QByteArray input;
    QList<const BatchCase *> sent;
    const QStringList integerFields =
        names({"amount", "nonce", "sender_vault_id", "receiver_vault_id", "expiration_timestamp",
               "fee_vault_id", "fee_limit", "vault_id_sell", "vault_id_buy", "amount_sell", "amount_buy",
               "order_id", "quantum", "token_id", "vault_id"});
    int converted = 0;
    for (const BatchCase &c : std::as_const(m_cases)) {
        QJsonObject request = c.request;
        for (const QString &f : integerFields) {
            const QJsonValue v = request.value(f);
            bool ok = false;
            const qulonglong number = v.toString().toULongLong(&ok);
            if (v.isString() && ok && number <= (1ULL << 53)) {
                request.insert(f, double(number));
                ++converted;
            }
        }
        if (request != c.request) {
            input += line(request) + '\n';
            sent.append(&c);
        }
    }
    QVERIFY(converted > 50);
    const QList<QByteArray> answers = runBatch(input);
    QCOMPARE(answers.size(), sent.size());
    for (int i = 0; i < answers.size(); ++i) {
        compareAnswer(parseAnswer(answers.at(i)), sent.at(i)->expected);
        if (QTest::currentTestFailed())
            QFAIL(sent.at(i)->label.constData());
    }
}

void TestCliBatch::idIsEchoed()
{
    QJsonObject request = m_cases.first().request;
    request.insert(QStringLiteral("id"), QStringLiteral("req-1"));
    const QByteArray input = line(request) + "\n" + R"({"op":"nope","id":42})" + "\n";
    const QList<QByteArray> answers = runBatch(input);
    QCOMPARE(answers.size(), 2);
    const QJsonObject first = parseAnswer(answers.at(0));
    compareAnswer(first, m_cases.first().expected);
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("req-1"));
    const QJsonObject second = parseAnswer(answers.at(1));
    QVERIFY(isErrorAnswer(second));
    QCOMPARE(second.value(QStringLiteral("id")).toInt(), 42);
}

void TestCliBatch::interactive()
{
    // Each answer must arrive while stdin is still open: the batch flushes per line.
    QProcess process;
    process.start(QStringLiteral(STARDECK_CLI_PATH), {QStringLiteral("crypto"), QStringLiteral("batch")});
    QVERIFY(process.waitForStarted());
    for (int i = 0; i < 5; ++i) {
        const BatchCase &c = m_cases.at(i * 7 % m_cases.size());
        process.write(line(c.request) + '\n');
        QVERIFY(process.waitForBytesWritten(10000));
        while (!process.canReadLine())
            QVERIFY2(process.waitForReadyRead(20000), "no answer before end of input");
        compareAnswer(parseAnswer(process.readLine().trimmed()), c.expected);
        QVERIFY(!process.canReadLine());
        process.write("\n");
        while (!process.canReadLine())
            QVERIFY(process.waitForReadyRead(20000));
        QVERIFY(isErrorAnswer(parseAnswer(process.readLine().trimmed())));
    }
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
