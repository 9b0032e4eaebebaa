// SPDX-License-Identifier: MIT
#include "CliMain.h"
#include "platform/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before any secret exists: no core dumps, not dumpable (no same-user ptrace or /proc/<pid>/mem).
    if (const auto hardening = stardeck::platform::hardenProcess(); hardening.failed())
        std::fprintf(stderr, "stardeck-cli: warning: %s\n", qPrintable(hardening.detail));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stardeck-cli"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return stardeck::cli::runCli(arguments, stardeck::cli::io::Streams{});
}
