// SPDX-License-Identifier: MIT
// The real `stardeck` process: --auto-login on the built-in sandbox with --screenshot and
// --screenshot-page writes a non-empty PNG of each screen it offers (two processes at a time).
#include "AppOptions.h"
#include "GuiTestSupport.h"

#include <QImage>
#include <QProcess>

#include <memory>

using namespace stardeck;
using namespace stardeck::test;

class TestGuiScreenshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void everyPageWritesAPicture()
    {
        QVERIFY(m_home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.filePath(QString::fromLatin1(name)));
        env.insert(QStringLiteral("STARDECK_SECRET_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("STARDECK_PASSPHRASE"), QStringLiteral("gui-test passphrase"));

        const QStringList pages = app::screenshotPageNames();
        QVERIFY(pages.contains(QStringLiteral("overview")) && pages.contains(QStringLiteral("confirm")));
        constexpr int kParallel = 2;
        for (qsizetype first = 0; first < pages.size(); first += kParallel) {
            std::vector<std::unique_ptr<QProcess>> running;
            QStringList batch;
            for (qsizetype i = first; i < std::min(pages.size(), first + kParallel); ++i) {
                const QString &page = pages[i];
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(env);
                process->setProcessChannelMode(QProcess::MergedChannels);
                process->start(QStringLiteral(STARDECK_APP_BINARY),
                               {QStringLiteral("--auto-login"), QStringLiteral("demo@stardeck.test"),
                                QStringLiteral("--screenshot"),
                                m_home.filePath(page + QStringLiteral(".png")),
                                QStringLiteral("--screenshot-page"), page});
                running.push_back(std::move(process));
                batch.append(page);
            }
            for (size_t i = 0; i < running.size(); ++i) {
                QProcess &process = *running[i];
                const QString &page = batch[qsizetype(i)];
                QVERIFY2(process.waitForFinished(50000), qPrintable(page));
                const QString output = QString::fromUtf8(process.readAll());
                QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                         qPrintable(page + QStringLiteral(": ") + output));
                const QImage image(m_home.filePath(page + QStringLiteral(".png")));
                QVERIFY2(!image.isNull(), qPrintable(page));
                QVERIFY2(image.width() >= 200 && image.height() >= 100, qPrintable(page));
                // Not a blank picture: more than a handful of colours.
                QSet<QRgb> colours;
                for (int y = 0; y < image.height() && colours.size() < 16; y += 7)
                    for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
                        colours.insert(image.pixel(x, y));
                QVERIFY2(colours.size() >= 16, qPrintable(page));
                qInfo("%s: %dx%d", qPrintable(page), image.width(), image.height());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
