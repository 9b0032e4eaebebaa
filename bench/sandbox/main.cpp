// SPDX-License-Identifier: MIT
// stardeck-sandbox-bench: drives a stardeck-sandbox process over loopback and reports signed
// transfers per second and 200-item asset pages per second against issue #3's targets.
#include "SandboxBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using stardeck::bench::SandboxBench;

namespace {

//! The stardeck-sandbox built next to this binary's build tree, or the one CMake recorded.
QString defaultSandbox()
{
    QString sibling = QCoreApplication::applicationDirPath() + QStringLiteral("/stardeck-sandbox");
    if (QFileInfo(sibling).isExecutable())
        return sibling;
    return QStringLiteral(STARDECK_SANDBOX_EXECUTABLE);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stardeck-sandbox-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts stardeck-sandbox as a separate process and times it over loopback: signed transfers per second "
        "(signable call, local hash check and stark signature, create call) and GET /imx/v1/assets pages per "
        "second. JSON lines on stdout, a table on stderr. Exit 0 when the report was made (targets met or not), "
        "1 on an error or when the sandbox's books do not match the client's count."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sandbox"),
                                 QStringLiteral("Path of stardeck-sandbox (optional)."));
    const QCommandLineOption nfts(QStringLiteral("nfts"),
                                  QStringLiteral("NFTs in the sandbox's world (default 100000)."),
                                  QStringLiteral("N"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Duration of the transfer test (default 10)."),
                                     QStringLiteral("S"));
    const QCommandLineOption readSeconds(QStringLiteral("read-seconds"),
                                         QStringLiteral("Duration of each page-read test (default 5)."),
                                         QStringLiteral("S"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Concurrent keep-alive connections (default 6)."),
                                         QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Assets per page (default 200)."), QStringLiteral("N"),
                                      QStringLiteral("200"));
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("Transfer API: v2 (default) or v1."),
                                 QStringLiteral("v1|v2"), QStringLiteral("v2"));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("A second or so per test on a small world: checks the plumbing, "
                       "the figures mean nothing."));
    parser.addOptions({nfts, seconds, readSeconds, connections, pageSize, api, quick});
    parser.process(app);

    SandboxBench::Options options;
    options.quick = parser.isSet(quick);
    options.nfts = options.quick ? 1000 : 100000;
    options.transferSeconds = options.quick ? 1.0 : 10.0;
    options.readSeconds = options.quick ? 0.5 : 5.0;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, auto *target) {
        if (!parser.isSet(option))
            return;
        bool parsed = false;
        const double value = parser.value(option).toDouble(&parsed);
        if (!parsed || value <= 0 || value > 1e6) {
            std::fprintf(stderr, "stardeck-sandbox-bench: --%s wants a positive number, got '%s'\n",
                         qPrintable(option.names().first()), qPrintable(parser.value(option)));
            ok = false;
            return;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
    };
    number(nfts, &options.nfts);
    number(seconds, &options.transferSeconds);
    number(readSeconds, &options.readSeconds);
    number(connections, &options.connections);
    number(pageSize, &options.pageSize);
    if (parser.value(api) != QLatin1String("v1") && parser.value(api) != QLatin1String("v2")) {
        std::fprintf(stderr, "stardeck-sandbox-bench: --api wants v1 or v2\n");
        ok = false;
    }
    if (!ok)
        return 2;
    options.v2 = parser.value(api) == QLatin1String("v2");
    options.connections = std::min(options.connections, 64);
    options.sandboxProgram = parser.positionalArguments().value(0, defaultSandbox());

    SandboxBench bench(options);
    QObject::connect(&bench, &SandboxBench::finished, &app, [](int code) { QCoreApplication::exit(code); });
    bench.start();
    return QCoreApplication::exec();
}
