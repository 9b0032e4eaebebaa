// SPDX-License-Identifier: MIT
#include "wallet/WalletCli.h"

#include "CliMain.h"
#include "wallet/WalletApp.h"
#include "wallet/WalletCommand.h"

#include <algorithm>

namespace stardeck::cli {

namespace {

const QString kProgram = QLatin1String(kProgramName);

QList<WalletCommand> allCommands()
{
    return sessionCommands() + readCommands() + signedCommands();
}

const WalletCommand *findCommand(const QList<WalletCommand> &commands, const QString &name)
{
    for (const WalletCommand &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

int usage(const io::Streams &streams, const QString &message, const QString &hint)
{
    io::writeAll(streams.err, QStringLiteral("%1: %2\nTry '%3'.\n").arg(kProgram, message, hint).toUtf8());
    return ExitUsage;
}

//! Takes "--name value" or "--name=value" at arguments[*i]; false when `arg` is not --name.
bool takeValue(const QStringList &arguments, qsizetype *i, const QString &name, QString *value, bool *missing)
{
    const QString &arg = arguments.at(*i);
    const QString flag = QLatin1String("--") + name;
    if (arg == flag) {
        if (*i + 1 >= arguments.size()) {
            *missing = true;
            return true;
        }
        *value = arguments.at(++*i);
        return true;
    }
    if (arg.startsWith(flag + u'=')) {
        *value = arg.mid(flag.size() + 1);
        return true;
    }
    return false;
}

QString commandHelp(const WalletCommand &command, const ArgParser &parser)
{
    return QStringLiteral("Usage: %1 [global options] %2 %3\n%4.\n\nOptions:\n%5")
        .arg(kProgram, QLatin1String(command.name), QLatin1String(command.synopsis),
             QLatin1String(command.summary), parser.optionsHelp());
}

} // namespace

bool isWalletWord(const QString &word)
{
    if (word.startsWith(QLatin1String("--environment")) || word.startsWith(QLatin1String("--sandbox-url")) ||
        word == QLatin1String("--json"))
        return true;
    return findCommand(allCommands(), word) != nullptr;
}

QString walletHelp()
{
    const QList<WalletCommand> commands = allCommands();
    qsizetype width = 0;
    for (const WalletCommand &c : commands)
        width = std::max<qsizetype>(width, qsizetype(qstrlen(c.name)));
    QString text = QStringLiteral("Wallet commands ([global options] COMMAND; each has --help):\n");
    for (const WalletCommand &c : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString(QLatin1String(c.name)).leftJustified(width), QLatin1String(c.summary));
    text += QStringLiteral(
        "\nGlobal options of the wallet commands:\n"
        "  --environment production|sandbox|local   which Immutable deployment (default: local)\n"
        "  --sandbox-url URL   the local stardeck-sandbox (default: $STARDECK_SANDBOX_URL)\n"
        "  --json              machine-readable output (one JSON value per line)\n"
        "production and sandbox take the Passport client id from $STARDECK_CLIENT_ID.\n"
        "Secrets go to the keychain, else to a passphrase-encrypted file ($STARDECK_PASSPHRASE or a\n"
        "prompt; $STARDECK_SECRET_STORE=file skips the keychain).\n"
        "\n"
        "Exit status of the wallet commands: 0 ok, 1 other failure, 2 usage or invalid input, 3 not\n"
        "logged in, 4 not registered, 5 rejected (by you or Guardian), 6 security check failed, 7 outcome\n"
        "unknown (sent, no answer), 8 network, 9 the API answered with an error.\n");
    return text;
}

int runWalletCli(const QStringList &arguments, const io::Streams &streams)
{
    const QString hint = kProgram + QLatin1String(" --help");
    GlobalOptions options;
    QString environmentName;
    QString sandboxUrl;
    bool environmentGiven = false;
    bool urlGiven = false;
    qsizetype i = 0;
    for (; i < arguments.size() && arguments.at(i).startsWith(QLatin1String("--")); ++i) {
        bool missing = false;
        QString value;
        if (takeValue(arguments, &i, QStringLiteral("environment"), &value, &missing)) {
            if (missing || environmentGiven)
                return usage(streams,
                             missing ? QStringLiteral("option '--environment' needs a value")
                                     : QStringLiteral("option '--environment' given twice"),
                             hint);
            environmentGiven = true;
            environmentName = value;
        } else if (takeValue(arguments, &i, QStringLiteral("sandbox-url"), &value, &missing)) {
            if (missing || urlGiven)
                return usage(streams,
                             missing ? QStringLiteral("option '--sandbox-url' needs a value")
                                     : QStringLiteral("option '--sandbox-url' given twice"),
                             hint);
            urlGiven = true;
            sandboxUrl = value;
        } else if (arguments.at(i) == QLatin1String("--json")) {
            options.json = true;
        } else {
            return usage(streams, QStringLiteral("unknown option '%1'").arg(arguments.at(i)), hint);
        }
    }
    if (i >= arguments.size())
        return usage(streams, QStringLiteral("missing command"), hint);
    const QList<WalletCommand> commands = allCommands();
    const WalletCommand *command = findCommand(commands, arguments.at(i));
    if (!command)
        return usage(streams, QStringLiteral("unknown command '%1'").arg(arguments.at(i)), hint);
    const QString commandHint = kProgram + u' ' + QLatin1String(command->name) + QLatin1String(" --help");

    ArgParser parser;
    command->declare(parser);
    parser.addOption(QStringLiteral("json"), {}, QStringLiteral("machine-readable output"));
    parser.addOption(QStringLiteral("help"), {}, QStringLiteral("show this help"), 'h');
    if (!parser.parse(arguments.mid(i + 1)))
        return usage(streams, parser.errorText(), commandHint);
    if (parser.isSet(QStringLiteral("help"))) {
        io::writeAll(streams.out, commandHelp(*command, parser).toUtf8());
        return ExitOk;
    }
    const QString problem = command->check(parser);
    if (!problem.isEmpty())
        return usage(streams, problem, commandHint);
    options.json = options.json || parser.isSet(QStringLiteral("json"));

    // The environment: local (a stardeck-sandbox) unless told otherwise.
    if (environmentName.isEmpty())
        environmentName = QStringLiteral("local");
    const auto kind = passport::Environment::kindFromName(environmentName);
    if (!kind)
        return usage(
            streams,
            QStringLiteral("--environment wants production, sandbox or local, not '%1'").arg(environmentName),
            hint);
    options.kind = *kind;
    passport::ClientSettings client;
    if (*kind == passport::Environment::Kind::Local) {
        if (sandboxUrl.isEmpty())
            sandboxUrl = qEnvironmentVariable("STARDECK_SANDBOX_URL");
        if (sandboxUrl.isEmpty())
            return usage(
                streams,
                QStringLiteral("the local environment needs the sandbox's URL (stardeck-sandbox picks a free "
                               "port and prints 'listening on URL'): give --sandbox-url URL or set "
                               "STARDECK_SANDBOX_URL"),
                hint);
        const QUrl url(sandboxUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() ||
            url.port() <= 0)
            return usage(streams,
                         QStringLiteral("--sandbox-url wants http://HOST:PORT, not '%1'").arg(sandboxUrl),
                         hint);
        options.sandboxUrl = url;
        client = passport::ClientSettings::sandboxClient();
        client.logoutRedirectUri.clear(); // no listener waits for the logout redirect: the server's default
    } else {
        if (urlGiven)
            return usage(streams, QStringLiteral("--sandbox-url is only for --environment local"), hint);
        client.clientId = qEnvironmentVariable("STARDECK_CLIENT_ID");
        client.logoutRedirectUri = qEnvironmentVariable("STARDECK_LOGOUT_REDIRECT_URI");
        if (client.clientId.isEmpty())
            return usage(
                streams,
                QStringLiteral("--environment %1 needs the Passport client id of your Immutable Hub project "
                               "in STARDECK_CLIENT_ID")
                    .arg(environmentName),
                hint);
    }
    // The login replaces this with its listener's port; other commands never send it.
    client.redirectUri = QStringLiteral("http://127.0.0.1/callback");
    passport::Environment environment =
        *kind == passport::Environment::Kind::Local ? passport::Environment::local(options.sandboxUrl, client)
        : *kind == passport::Environment::Kind::Sandbox ? passport::Environment::sandbox(client)
                                                        : passport::Environment::production(client);
    if (const auto valid = environment.validate(); !valid)
        return usage(streams, QStringLiteral("INVALID_CONFIGURATION: %1").arg(valid.error().message), hint);

    WalletApp app(options, environment, streams);
    return app.run([&app, command, &parser] { command->start(app, parser); });
}

} // namespace stardeck::cli
