// SPDX-License-Identifier: MIT
#include "HumanCommands.h"

#include "ArgParser.h"
#include "CliMain.h"
#include "CryptoOps.h"
#include "Request.h"
#include "SecretInput.h"

#include "crypto/SecureBytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace stardeck::cli {

namespace {

constexpr FieldArg kPedersenArgs[] = {
    {"a", "A", "first field element, hex (< p)", true},
    {"b", "B", "second field element, hex (< p); omit it for the one-input hash H(A) = H(A, 0)", false},
};
constexpr const char *kPedersenOut[] = {"hash"};

constexpr const char *kPublicKeyOut[] = {"stark_key", "public_key_y"};

constexpr FieldArg kSignOptions[] = {
    {"msg_hash", "HEX", "the message hash to sign (< 2^251)", true},
};
constexpr const char *kSignOut[] = {"r", "s", "imx_stark_signature"};

constexpr FieldArg kVerifyOptions[] = {
    {"stark_key", "HEX", "the signer's stark key (x coordinate)", true},
    {"msg_hash", "HEX", "the signed message hash", true},
    {"signature", "HEX", "the signature as 0x + r (64 hex) + s (64 hex); or give --r and --s", false},
    {"r", "HEX", "r of the signature", false},
    {"s", "HEX", "s of the signature", false},
};
constexpr const char *kVerifyOut[] = {"valid", "reason"};

constexpr FieldArg kAssetOptions[] = {
    {"type", "TYPE", "ETH, ERC20, ERC721, MINTABLE_ERC20 or MINTABLE_ERC721", true},
    {"quantum", "N", "decimal quantum (1 for NFTs, the default for them)", false},
    {"token_address", "ADDRESS", "token contract address (all but ETH)", false},
    {"token_id", "N", "decimal token id (ERC721)", false},
    {"blob", "TEXT", "minting blob (MINTABLE_*; IMX: {tokenId}:{blueprint})", false},
};
constexpr const char *kAssetOut[] = {"asset_type", "asset_id"};

constexpr const char *kAddressOut[] = {"address"};

constexpr FieldArg kEthSignOptions[] = {
    {"message", "TEXT", "the message to sign (its UTF-8 bytes)", true},
};
constexpr const char *kEthSignOut[] = {"address", "signature_rsv", "imx_signature"};

constexpr FieldArg kDeriveOptions[] = {
    {"grind_variant", "NAME",
     "current (default), core_sdk_v2_0_1, imx_sdk_js_legacy or starkware_reference (legacy accounts)", false},
};
constexpr const char *kDeriveOut[] = {"eth_address", "stark_private_key", "stark_key", "stark_key_y",
                                      "account_path"};

constexpr FieldArg kTransferOptions[] = {
    {"variant", "NAME", "transfer, conditional_transfer, transfer_with_fee or conditional_transfer_with_fee",
     true},
    {"amount", "N", "quantized amount (decimal, < 2^63)", true},
    {"nonce", "N", "nonce (decimal, < 2^31)", true},
    {"sender_vault_id", "N", "sender vault id (decimal)", true},
    {"token", "HEX", "asset id of the transferred token", true},
    {"receiver_vault_id", "N", "receiver vault id (decimal)", true},
    {"receiver_stark_key", "HEX", "receiver stark key", true},
    {"expiration_timestamp", "N", "expiration in hours since the Unix epoch (decimal, < 2^22)", true},
    {"condition", "HEX", "condition (conditional variants)", false},
    {"fee_token", "HEX", "fee asset id (fee variants)", false},
    {"fee_vault_id", "N", "fee source vault id (fee variants)", false},
    {"fee_limit", "N", "maximum fee, quantized (fee variants)", false},
};
constexpr const char *kMsgHashOut[] = {"msg_hash"};

constexpr FieldArg kOrderOptions[] = {
    {"variant", "NAME", "limit_order or limit_order_with_fee", true},
    {"vault_id_sell", "N", "vault id of the sold token (decimal)", true},
    {"vault_id_buy", "N", "vault id of the bought token (decimal)", true},
    {"amount_sell", "N", "quantized amount sold (decimal, < 2^63)", true},
    {"amount_buy", "N", "quantized amount bought (decimal, < 2^63)", true},
    {"token_sell", "HEX", "asset id sold", true},
    {"token_buy", "HEX", "asset id bought", true},
    {"nonce", "N", "nonce (decimal, < 2^31)", true},
    {"expiration_timestamp", "N", "expiration in hours since the Unix epoch (decimal, < 2^22)", true},
    {"fee_token", "HEX", "fee asset id (limit_order_with_fee)", false},
    {"fee_vault_id", "N", "fee source vault id (limit_order_with_fee)", false},
    {"fee_limit", "N", "maximum fee, quantized (limit_order_with_fee)", false},
};

constexpr FieldArg kRegistrationOptions[] = {
    {"ether_key", "ADDRESS", "the Ethereum address being linked", true},
    {"stark_key", "HEX", "the stark key being linked", true},
};
constexpr const char *kPayloadOut[] = {"payload_hash"};

constexpr FieldArg kCancelOptions[] = {
    {"order_id", "N", "the order id (decimal, < 2^64)", true},
};

constexpr char kStarkKeyPrompt[] = "Stark private key (hex): ";
constexpr char kEthKeyPrompt[] = "Ethereum private key (hex): ";

constexpr HumanCommand kCommands[] = {
    {.name = "pedersen",
     .op = "pedersen",
     .summary = "StarkWare Pedersen hash of one or two field elements.",
     .positionals = kPedersenArgs,
     .outputs = kPedersenOut},
    {.name = "public-key",
     .op = "stark_public_key",
     .summary = "Stark public key (stark key = x, and y) of a stark private key.",
     .secretField = "private_key",
     .secretPrompt = kStarkKeyPrompt,
     .outputs = kPublicKeyOut},
    {.name = "sign",
     .op = "stark_sign",
     .summary = "StarkEx ECDSA signature of a message hash (deterministic, as the official library).",
     .options = kSignOptions,
     .secretField = "private_key",
     .secretPrompt = kStarkKeyPrompt,
     .outputs = kSignOut},
    {.name = "verify",
     .op = "stark_verify",
     .summary = "Verifies a StarkEx ECDSA signature; exits with 1 when it is not valid.",
     .options = kVerifyOptions,
     .outputs = kVerifyOut,
     .invalidExitsOne = true},
    {.name = "asset-id",
     .op = "asset_id",
     .summary = "StarkEx asset type and asset id of a token.",
     .options = kAssetOptions,
     .outputs = kAssetOut},
    {.name = "address",
     .op = "eth_address",
     .summary = "Ethereum address (EIP-55) of an Ethereum private key.",
     .secretField = "private_key",
     .secretPrompt = kEthKeyPrompt,
     .outputs = kAddressOut},
    {.name = "eth-sign",
     .op = "eth_personal_sign",
     .summary = "EIP-191 personal_sign of a text message with an Ethereum key.",
     .options = kEthSignOptions,
     .secretField = "private_key",
     .secretPrompt = kEthKeyPrompt,
     .outputs = kEthSignOut},
    {.name = "stark-key-from-eth",
     .op = "stark_key_from_eth",
     .summary =
         "Immutable X stark key derived from an Ethereum key (private key only with --show-private-key).",
     .options = kDeriveOptions,
     .secretField = "eth_private_key",
     .secretPrompt = kEthKeyPrompt,
     .outputs = kDeriveOut,
     .hiddenOutput = "stark_private_key"},
    {.name = "transfer-hash",
     .op = "transfer_msg_hash",
     .summary = "StarkEx transfer message hash (the value a transfer signs).",
     .options = kTransferOptions,
     .outputs = kMsgHashOut},
    {.name = "order-hash",
     .op = "limit_order_msg_hash",
     .summary = "StarkEx limit order message hash.",
     .options = kOrderOptions,
     .outputs = kMsgHashOut},
    {.name = "registration-hash",
     .op = "registration_payload_hash",
     .summary = "IMX off-chain registration payload hash.",
     .options = kRegistrationOptions,
     .outputs = kPayloadOut},
    {.name = "cancel-order-hash",
     .op = "cancel_order_payload_hash",
     .summary = "IMX cancel-order payload hash.",
     .options = kCancelOptions,
     .outputs = kPayloadOut},
};

QString optionName(const char *field)
{
    return QString::fromLatin1(field).replace(u'_', u'-');
}

QString usageLine(const HumanCommand &command)
{
    QString line = QStringLiteral("Usage: %1 crypto %2 [options]")
                       .arg(QLatin1String(kProgramName), QLatin1String(command.name));
    for (const FieldArg &arg : command.positionals) {
        line += u' ';
        const QString name = QLatin1String(arg.valueName);
        line += arg.required ? name : u'[' + name + u']';
    }
    if (command.secretField)
        line += QLatin1String(" < KEY");
    return line;
}

QString helpText(const HumanCommand &command, const ArgParser &parser)
{
    QString text = usageLine(command) + u'\n' + QLatin1String(command.summary) + u'\n';
    if (!command.positionals.empty()) {
        text += QLatin1String("\nArguments:\n");
        for (const FieldArg &arg : command.positionals)
            text += QStringLiteral("  %1  %2\n")
                        .arg(QString(QLatin1String(arg.valueName)).leftJustified(8),
                             QLatin1String(arg.description));
    }
    if (command.secretField)
        text += QLatin1String(
            "\nThe private key (hex) is read from standard input, or from --key-file. It is never taken from\n"
            "the command line: the arguments of a process are visible to every user of the machine.\n");
    text += QLatin1String("\nOptions:\n") + parser.optionsHelp();
    text += QLatin1String("\nOutput: one \"field: value\" line per result");
    text += QLatin1String(" (");
    QStringList names;
    for (const char *field : command.outputs)
        names.append(QLatin1String(field));
    text += names.join(QLatin1String(", ")) + QLatin1String("), or the JSON answer with --json.\n");
    text += QLatin1String("Hex values: 0x optional, any case, leading zeros allowed. Integers: decimal.\n");
    if (command.invalidExitsOne)
        text += QLatin1String("Exit status: 0 valid, 1 invalid or bad input, 2 usage error.\n");
    else
        text += QLatin1String("Exit status: 0 success, 1 the operation failed (bad input), 2 usage error.\n");
    return text;
}

int usageError(const io::Streams &streams, const HumanCommand &command, const QString &message)
{
    const QString text =
        QStringLiteral("%1: %2\n%3\nTry '%1 crypto %4 --help'.\n")
            .arg(QLatin1String(kProgramName), message, usageLine(command), QLatin1String(command.name));
    io::writeAll(streams.err, text.toUtf8());
    return ExitUsage;
}

int operationError(const io::Streams &streams, const std::string &message)
{
    const QString text =
        QStringLiteral("%1: error: %2\n").arg(QLatin1String(kProgramName), QString::fromStdString(message));
    io::writeAll(streams.err, text.toUtf8());
    return ExitFailed;
}

QString printable(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

std::span<const HumanCommand> humanCommands()
{
    return kCommands;
}

const HumanCommand *findHumanCommand(const QString &name)
{
    for (const HumanCommand &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int runHumanCommand(const HumanCommand &command, const QStringList &arguments, const io::Streams &streams)
{
    ArgParser parser;
    for (const FieldArg &arg : command.options)
        parser.addOption(optionName(arg.field), QLatin1String(arg.valueName),
                         QLatin1String(arg.description) +
                             (arg.required ? QLatin1String(" (required)") : QLatin1String()));
    if (command.secretField)
        parser.addOption(QStringLiteral("key-file"), QStringLiteral("FILE"),
                         QStringLiteral("read the private key from FILE instead of standard input"));
    if (command.hiddenOutput)
        parser.addOption(QStringLiteral("show-private-key"), QString(),
                         QStringLiteral("also print the derived private key (it is a secret!)"));
    parser.addOption(QStringLiteral("json"), QString(), QStringLiteral("print the answer as one JSON line"));
    parser.addOption(QStringLiteral("help"), QString(), QStringLiteral("show this help"), 'h');

    if (!parser.parse(arguments))
        return usageError(streams, command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io::writeAll(streams.out, helpText(command, parser).toUtf8());
        return ExitOk;
    }

    Request request;
    const QStringList &positional = parser.positional();
    if (positional.size() > qsizetype(command.positionals.size()))
        return usageError(
            streams, command,
            QStringLiteral("unexpected argument '%1'").arg(positional.at(command.positionals.size())));
    for (std::size_t i = 0; i < command.positionals.size(); ++i) {
        const FieldArg &arg = command.positionals[i];
        if (qsizetype(i) < positional.size())
            request.set(arg.field, positional.at(qsizetype(i)));
        else if (arg.required)
            return usageError(streams, command,
                              QStringLiteral("missing argument %1").arg(QLatin1String(arg.valueName)));
    }
    for (const FieldArg &arg : command.options) {
        const QString name = optionName(arg.field);
        if (parser.isSet(name))
            request.set(arg.field, parser.value(name));
        else if (arg.required)
            return usageError(streams, command, QStringLiteral("missing option --%1").arg(name));
    }

    if (command.secretField) {
        const QString keyFile = parser.value(QStringLiteral("key-file"));
        auto secret = keyFile.isNull()
                          ? secretinput::readFromFd(streams.in, streams.err, command.secretPrompt)
                          : secretinput::readFromFile(keyFile);
        if (!secret)
            return operationError(streams, secret.error().message);
        request.setSecret(command.secretField, std::move(*secret));
    }

    const CryptoOp *op = findCryptoOp(QString::fromLatin1(command.op));
    if (!op)
        return operationError(streams, "internal error: no operation " + std::string(command.op));
    auto result = op->run(request);
    if (!result)
        return operationError(streams, result.error().message);

    QJsonObject answer = std::move(*result);
    if (command.hiddenOutput && !parser.isSet(QStringLiteral("show-private-key")))
        answer.remove(QLatin1String(command.hiddenOutput));
    QByteArray text;
    if (parser.isSet(QStringLiteral("json"))) {
        text = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        text += '\n';
    } else {
        for (const char *field : command.outputs) {
            const QJsonValue value = answer.value(QLatin1String(field));
            if (!value.isUndefined())
                text += QByteArray(field) + ": " + printable(value).toUtf8() + '\n';
        }
    }
    const bool written = io::writeAll(streams.out, text);
    crypto::secureWipe(text.data(), std::size_t(text.size()));
    if (!written)
        return ExitFailed;
    if (command.invalidExitsOne && !answer.value(QLatin1String("valid")).toBool())
        return ExitFailed;
    return ExitOk;
}

} // namespace stardeck::cli
