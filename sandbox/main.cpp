// SPDX-License-Identifier: MIT
// stardeck-sandbox: a local Immutable X + Passport world on one loopback port.
#include "Sandbox.h"
#include "world/Seed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace stardeck::sandbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stardeck-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Immutable X + Passport world (auth, IMX API, Guardian, embedded-wallet signer) on one port.\n"
        "Each emulated host has its own path prefix: /auth, /imx, /mr, /passport, /tee, /media; /__sandbox is the "
        "test/admin API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:0, any free port)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow listening on a non-loopback address."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, e.g. route=imx.transfers.create,status=503,times=1 "
                       "(keys as POST /__sandbox/faults; repeatable)."),
        QStringLiteral("spec"));
    parser.addOptions({listen, allowRemote, fault});
    const QCommandLineOption autoLogin(
        QStringLiteral("auto-login"),
        QStringLiteral("Approve every /auth/authorize request at once as this user, with no login page "
                       "(for tests and scripted demos only)."),
        QStringLiteral("email"));
    parser.addOption(autoLogin);
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("World to start with: demo (default) or empty."),
                                        QStringLiteral("demo|empty"), QStringLiteral("demo"));
    const QCommandLineOption nftsOption(QStringLiteral("nfts"),
                                        QStringLiteral("NFTs in the demo world (0..100000, default 2000)."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({seedOption, nftsOption});
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral(
            "Keep the whole state in DIR (SQLite; created if needed) so a restart loses nothing. "
            "A saved world is loaded and --seed/--nfts are ignored. Without it, state is in memory."),
        QStringLiteral("DIR"));
    parser.addOption(dataOption);
    parser.process(app);

    SandboxOptions options;
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 ||
        !options.address.setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                       : host)) {
        std::fprintf(stderr, "stardeck-sandbox: --listen wants HOST:PORT with a numeric address, got '%s'\n",
                     qPrintable(hostPort));
        return 2;
    }
    options.port = quint16(port);
    options.allowRemote = parser.isSet(allowRemote);
    options.seed = parser.value(seedOption);
    bool nftsOk = false;
    options.nfts = parser.value(nftsOption).toInt(&nftsOk);
    QString seedError;
    if (!nftsOk)
        seedError = QStringLiteral("--nfts wants a whole number, got '%1'").arg(parser.value(nftsOption));
    if (!seedError.isEmpty() || !validateSeedOptions(options, &seedError)) {
        std::fprintf(stderr, "stardeck-sandbox: %s\n", qPrintable(seedError));
        return 2;
    }
    options.dataDir = parser.value(dataOption);
    if (parser.isSet(dataOption) && options.dataDir.trimmed().isEmpty()) {
        std::fprintf(stderr, "stardeck-sandbox: --data wants a directory\n");
        return 2;
    }
    options.autoLoginEmail = parser.value(autoLogin).trimmed();
    if (parser.isSet(autoLogin) && !options.autoLoginEmail.contains(QLatin1Char('@'))) {
        std::fprintf(stderr, "stardeck-sandbox: --auto-login wants an e-mail address, got '%s'\n",
                     qPrintable(options.autoLoginEmail));
        return 2;
    }

    Sandbox sandbox(options);
    for (const QString &spec : parser.values(fault)) {
        QString faultError;
        const auto rule = FaultRule::fromSpec(spec, &faultError);
        if (!rule) {
            std::fprintf(stderr, "stardeck-sandbox: --fault %s: %s\n", qPrintable(spec),
                         qPrintable(faultError));
            return 2;
        }
        sandbox.context().faults.add(*rule);
    }
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "stardeck-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The first line is the contract with scripts and tests: they read the URL from it.
    QTextStream out(stdout);
    out << "stardeck-sandbox listening on " << sandbox.baseUrl().toString() << Qt::endl;
    if (!options.autoLoginEmail.isEmpty())
        out << "WARNING: --auto-login is ON: /auth/authorize logs in as " << options.autoLoginEmail
            << " with no login page and no code. Use it only for tests and scripted demos." << Qt::endl;
    return QCoreApplication::exec();
}
