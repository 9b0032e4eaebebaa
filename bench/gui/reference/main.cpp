// SPDX-License-Identifier: MIT
// The GUI bench's yardstick: the smallest Qt Widgets program that shows a window with a small
// table (as the wallet's Overview does), paints it, prints "ready after N ms" and exits. Its cold
// start on the same machine in the same run makes the wallet's figure comparable across machines.
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Reference"));
    auto *table = new QTableWidget(3, 4, &window);
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("%1.%2").arg(row).arg(column)));
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1040, 680);
    window.show();
    QTimer::singleShot(0, &window, [&window, &clock] {
        window.repaint(); // painted, as the wallet is when it reports ready
        std::printf("reference: ready after %lld ms\n", static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
