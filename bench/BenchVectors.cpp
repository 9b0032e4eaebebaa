// SPDX-License-Identifier: MIT
#include "BenchVectors.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace stardeck::bench {

using crypto::Error;
using crypto::ErrorCode;
using crypto::makeError;

namespace {

// One vector file: its case array, or the reason it could not be read.
class VectorFile {
public:
    VectorFile(const QString &dir, const char *name) : m_name(name)
    {
        QFile file(QDir(dir).filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = "cannot open " + file.fileName().toStdString();
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QJsonValue cases = doc.object().value(QStringLiteral("cases"));
        if (!doc.isObject())
            m_error = "not a JSON object: " + parseError.errorString().toStdString();
        else if (!cases.isArray())
            m_error = "no \"cases\" array";
        else
            m_cases = cases.toArray();
    }

    const char *name() const { return m_name; }
    const QJsonArray &cases() const { return m_cases; }
    //! Empty when the file was read.
    const std::string &error() const { return m_error; }

private:
    const char *m_name;
    QJsonArray m_cases;
    std::string m_error;
};

// Reads the fields of one case. A missing or malformed field yields a default value and is
// remembered; the loader checks failed() once per case, so every loader stays a flat list.
class CaseReader {
public:
    CaseReader(const VectorFile &file, int index)
        : m_file(file), m_case(file.cases().at(index).toObject()), m_index(index)
    {}

    bool failed() const { return !m_error.empty(); }
    Error error() const
    {
        return makeError(ErrorCode::InvalidFormat,
                         std::string(m_file.name()) + ": case " + std::to_string(m_index) + ", " + m_error);
    }

    bool flag(const char *field) const { return m_case.value(QLatin1String(field)).toBool(); }

    std::optional<std::string> optionalText(const char *field)
    {
        const QJsonValue v = m_case.value(QLatin1String(field));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isString()) {
            fail(field, "not a string or null");
            return std::nullopt;
        }
        return v.toString().toStdString();
    }

    std::string text(const char *field)
    {
        std::optional<std::string> t = optionalText(field);
        if (!t)
            fail(field, "missing");
        return t.value_or(std::string());
    }

    std::optional<UInt256> optionalNumber(const char *field, bool isHex)
    {
        const std::optional<std::string> t = optionalText(field);
        if (!t)
            return std::nullopt;
        Expected<UInt256> v = isHex ? UInt256::fromHex(*t) : UInt256::fromDecimal(*t);
        if (!v) {
            fail(field, v.error().message);
            return std::nullopt;
        }
        return *v;
    }

    UInt256 hex(const char *field) { return required(field, true); }
    UInt256 decimal(const char *field) { return required(field, false); }

    //! A 32-byte big-endian secret from a hex field.
    SecureBytes secret(const char *field)
    {
        SecureBytes bytes(32);
        hex(field).toBytesBE(bytes.data());
        return bytes;
    }

    std::vector<std::uint8_t> bytes(const char *field)
    {
        std::optional<std::vector<std::uint8_t>> b = decodeHex(text(field));
        if (!b)
            fail(field, "malformed hex");
        return b.value_or(std::vector<std::uint8_t>());
    }

private:
    UInt256 required(const char *field, bool isHex)
    {
        const std::optional<UInt256> v = optionalNumber(field, isHex);
        if (!v)
            fail(field, "missing");
        return v.value_or(UInt256());
    }

    void fail(const char *field, const std::string &message)
    {
        if (m_error.empty())
            m_error = std::string(field) + ": " + message;
    }

    const VectorFile &m_file;
    QJsonObject m_case;
    int m_index;
    std::string m_error;
};

// Reads every case of `file` with `read` (which returns nullopt to skip a case).
template <class T, class Read>
Expected<std::vector<T>> loadCases(const QString &dir, const char *file, Read read)
{
    const VectorFile f(dir, file);
    if (!f.error().empty())
        return makeError(ErrorCode::InvalidFormat, std::string(file) + ": " + f.error());
    std::vector<T> out;
    for (int i = 0; i < f.cases().size(); ++i) {
        CaseReader r(f, i);
        std::optional<T> item = read(r);
        if (r.failed())
            return r.error();
        if (item)
            out.push_back(std::move(*item));
    }
    return out;
}

Expected<std::vector<PedersenCase>> loadPedersen(const QString &dir)
{
    return loadCases<PedersenCase>(dir, "pedersen.json", [](CaseReader &r) {
        return PedersenCase{r.hex("a"), r.hex("b"), r.hex("hash")};
    });
}

Expected<std::vector<StarkKeyCase>> loadStarkKeys(const QString &dir)
{
    return loadCases<StarkKeyCase>(dir, "stark_keys.json", [](CaseReader &r) {
        return StarkKeyCase{r.secret("private_key"), r.hex("stark_key")};
    });
}

Expected<std::vector<SignCase>> loadSign(const QString &dir)
{
    return loadCases<SignCase>(dir, "ecdsa_sign.json", [](CaseReader &r) {
        return SignCase{r.secret("private_key"), r.hex("msg_hash"), r.hex("r"), r.hex("s")};
    });
}

Expected<std::vector<VerifyCase>> loadVerify(const QString &dir)
{
    // Only signatures that verify: that is the path worth timing.
    return loadCases<VerifyCase>(dir, "ecdsa_verify.json", [](CaseReader &r) -> std::optional<VerifyCase> {
        if (!r.flag("valid"))
            return std::nullopt;
        return VerifyCase{r.hex("stark_key"), r.hex("msg_hash"), r.hex("r"), r.hex("s")};
    });
}

Expected<std::vector<KeyDerivationCase>> loadKeyDerivation(const QString &dir)
{
    return loadCases<KeyDerivationCase>(dir, "eth_stark_key_derivation.json", [](CaseReader &r) {
        return KeyDerivationCase{r.secret("eth_private_key"), r.text("eth_address"),
                                 r.hex("stark_private_key"), r.hex("stark_key")};
    });
}

Expected<std::vector<KeccakCase>> loadKeccak(const QString &dir)
{
    return loadCases<KeccakCase>(dir, "eth_personal_sign.json", [](CaseReader &r) {
        KeccakCase k{r.bytes("message_utf8_hex"), {}};
        const UInt256 digest = r.hex("keccak256_of_message");
        digest.toBytesBE(k.digest.data());
        return k;
    });
}

Expected<std::vector<AssetCase>> loadAssets(const QString &dir)
{
    return loadCases<AssetCase>(dir, "assets.json", [](CaseReader &r) {
        return AssetCase{r.text("type"),
                         r.decimal("quantum"),
                         r.optionalText("token_address"),
                         r.optionalNumber("token_id", false),
                         r.optionalText("blob"),
                         r.hex("asset_id")};
    });
}

Expected<std::vector<TransferCase>> loadTransfers(const QString &dir)
{
    return loadCases<TransferCase>(dir, "transfer_msg_hash.json", [](CaseReader &r) {
        return TransferCase{r.text("variant"),
                            r.decimal("amount"),
                            r.decimal("nonce"),
                            r.decimal("sender_vault_id"),
                            r.hex("token"),
                            r.decimal("receiver_vault_id"),
                            r.hex("receiver_stark_key"),
                            r.decimal("expiration_timestamp"),
                            r.optionalNumber("condition", true),
                            r.optionalNumber("fee_token", true),
                            r.optionalNumber("fee_vault_id", false),
                            r.optionalNumber("fee_limit", false),
                            r.hex("msg_hash")};
    });
}

// Moves a loaded set into `member`; false (and `error` set) when loading failed.
template <class T>
bool take(Expected<std::vector<T>> loaded, std::vector<T> &member, Error &error)
{
    if (!loaded) {
        error = loaded.error();
        return false;
    }
    member = std::move(*loaded);
    return true;
}

} // namespace

std::optional<std::vector<std::uint8_t>> decodeHex(std::string_view hex)
{
    if (hex.starts_with("0x") || hex.starts_with("0X"))
        hex.remove_prefix(2);
    if (hex.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::vector<std::uint8_t> out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi << 4 | lo));
    }
    return out;
}

Expected<BenchInputs> loadBenchInputs(const QString &vectorDir)
{
    BenchInputs in;
    Error error;
    const bool ok =
        take(loadPedersen(vectorDir), in.pedersen, error) &&
        take(loadStarkKeys(vectorDir), in.starkKeys, error) && take(loadSign(vectorDir), in.sign, error) &&
        take(loadVerify(vectorDir), in.verify, error) &&
        take(loadKeyDerivation(vectorDir), in.keyDerivation, error) &&
        take(loadKeccak(vectorDir), in.keccak, error) && take(loadAssets(vectorDir), in.assets, error) &&
        take(loadTransfers(vectorDir), in.transfers, error);
    if (!ok)
        return error;
    return in;
}

} // namespace stardeck::bench
