// SPDX-License-Identifier: MIT
#include "CliMain.h"

#include "BatchSession.h"
#include "CryptoOps.h"
#include "HumanCommands.h"
#include "wallet/WalletCli.h"

#include <QString>

#include <algorithm>

namespace stardeck::cli {

namespace {

const QString kProgram = QLatin1String(kProgramName);

QString topHelp()
{
    return QStringLiteral(
               "Usage: %1 <command> [arguments]\n"
               "       %1 [--environment production|sandbox|local] [--sandbox-url URL] [--json] <wallet command>\n"
               "The command line of Stardeck, a desktop wallet for Immutable X: the wallet (Immutable Passport\n"
               "login, balances, assets, orders, transfers) and its StarkEx and Ethereum cryptography, for\n"
               "scripts and for checking it against other implementations.\n"
               "\n"
               "Commands:\n"
               "  crypto batch       answer JSON Lines crypto requests from standard input\n"
               "  crypto <command>   one crypto operation (see '%1 crypto --help')\n"
               "\n"
               "Options:\n"
               "  -h, --help         show this help\n"
               "  -V, --version      show the version\n"
               "\n"
               "Exit status of the crypto commands: 0 success, 1 the operation failed or rejected its input\n"
               "(verify: invalid signature), 2 usage error (unknown command or option, missing argument).\n"
               "\n")
               .arg(kProgram) +
           walletHelp();
}

QString cryptoHelp()
{
    QString text = QStringLiteral("Usage: %1 crypto <command> [options]\n"
                                  "StarkEx and Ethereum cryptography.\n\nCommands:\n")
                       .arg(kProgram);
    qsizetype width = 5;
    for (const HumanCommand &c : humanCommands())
        width = std::max<qsizetype>(width, qsizetype(qstrlen(c.name)));
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("batch").leftJustified(width),
                     QStringLiteral("answer JSON Lines requests from standard input (see batch --help)"));
    for (const HumanCommand &c : humanCommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString(QLatin1String(c.name)).leftJustified(width), QLatin1String(c.summary));
    text +=
        QStringLiteral("\nEach command has --help. Private keys are read from standard input or --key-file,\n"
                       "never from the command line, where every user of the machine could see them.\n");
    return text;
}

QString batchHelp()
{
    QString text =
        QStringLiteral(
            "Usage: %1 crypto batch < requests.jsonl\n"
            "Reads JSON Lines on standard input and writes exactly one JSON line per input line, in\n"
            "order, each as soon as it is computed (so it can be driven interactively).\n"
            "\n"
            "A request is {\"op\": OP, ...fields}. The answer holds the op's output fields (extra fields\n"
            "may appear), or {\"error\": \"...\"} when the request failed; the batch then goes on. Every\n"
            "line is answered: a blank line, invalid JSON or a line over 1 MiB gets an error answer too.\n"
            "An \"id\" field (any JSON value) is copied into the answer; unknown fields are ignored, but\n"
            "a field that does not apply to the chosen variant is an error.\n"
            "\n"
            "Inputs: hex as a string, 0x optional, any case, leading zeros allowed (< 2^256). Integers\n"
            "(amounts, vault ids, nonces, quanta, token and order ids) as decimal strings, or as JSON\n"
            "numbers when they are exact integers <= 2^53. Addresses: 40 hex digits, EIP-55 checked when\n"
            "mixed case. Null counts as absent.\n"
            "Outputs: 0x + 64 lowercase hex digits; Ethereum addresses EIP-55 checksummed.\n"
            "stark_verify answers {\"valid\": false, \"reason\": ...} for a signature or key outside the\n"
            "StarkEx ranges or a key not on the curve; malformed fields are errors.\n"
            "\n"
            "Ops (inputs -> outputs):\n")
            .arg(kProgram);
    for (const CryptoOp &op : cryptoOps())
        text += QStringLiteral("  %1\n      %2\n      -> %3\n")
                    .arg(QLatin1String(op.name), QLatin1String(op.inputs), QLatin1String(op.outputs));
    text += QStringLiteral(
        "\nExit status: 0 at the end of input (whatever the answers), 1 when reading or writing\n"
        "failed, 2 usage error.\n");
    return text;
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

int usage(const io::Streams &streams, const QString &message, const QString &hint)
{
    io::writeAll(streams.err, QStringLiteral("%1: %2\nTry '%3'.\n").arg(kProgram, message, hint).toUtf8());
    return ExitUsage;
}

int runCrypto(const QStringList &arguments, const io::Streams &streams)
{
    const QString hint = kProgram + QLatin1String(" crypto --help");
    if (arguments.isEmpty())
        return usage(streams, QStringLiteral("missing crypto command"), hint);
    const QString &command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (isHelp(command)) {
        io::writeAll(streams.out, cryptoHelp().toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("batch")) {
        if (!rest.isEmpty() && isHelp(rest.first()) && rest.size() == 1) {
            io::writeAll(streams.out, batchHelp().toUtf8());
            return ExitOk;
        }
        if (!rest.isEmpty())
            return usage(streams, QStringLiteral("crypto batch takes no arguments ('%1')").arg(rest.first()),
                         kProgram + QLatin1String(" crypto batch --help"));
        return BatchSession().run(streams.in, streams.out) == 0 ? ExitOk : ExitFailed;
    }
    if (const HumanCommand *human = findHumanCommand(command))
        return runHumanCommand(*human, rest, streams);
    return usage(streams, QStringLiteral("unknown crypto command '%1'").arg(command), hint);
}

} // namespace

int runCli(const QStringList &arguments, const io::Streams &streams)
{
    const QString hint = kProgram + QLatin1String(" --help");
    if (arguments.isEmpty())
        return usage(streams, QStringLiteral("missing command"), hint);
    const QString &command = arguments.first();
    if (isHelp(command) || command == QLatin1String("help")) {
        io::writeAll(streams.out, topHelp().toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        io::writeAll(streams.out, (kProgram + QLatin1String(" " STARDECK_VERSION "\n")).toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("crypto"))
        return runCrypto(arguments.mid(1), streams);
    if (isWalletWord(command))
        return runWalletCli(arguments, streams);
    return usage(streams, QStringLiteral("unknown command '%1'").arg(command), hint);
}

} // namespace stardeck::cli
