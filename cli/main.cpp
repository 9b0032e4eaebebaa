// SPDX-License-Identifier: MIT
#include "CliMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stardeck-cli"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return stardeck::cli::runCli(arguments, stardeck::cli::io::Streams{});
}
