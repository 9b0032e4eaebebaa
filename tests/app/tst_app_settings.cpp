// SPDX-License-Identifier: MIT
// Preferences that persist (QSettings round trip, invalid values fall back), the Settings page's
// controls, and the command line over the saved preferences.
#include "AppOptions.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using stardeck::app::AppOptions;
using stardeck::app::parseCommandLine;
using stardeck::ui::AppSettings;
using stardeck::ui::SettingsPage;

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const AppSettings s = AppSettings::load(empty);
        QCOMPARE(s.environment, QStringLiteral("embedded"));
        QCOMPARE(s.theme, QStringLiteral("system"));
        QVERIFY(s.thirdPartyMedia);
        QVERIFY(s.clientId.isEmpty());
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stardeck.ini"));
        AppSettings s;
        s.environment = QStringLiteral("local");
        s.sandboxUrl = QStringLiteral("http://127.0.0.1:8470");
        s.clientId = QStringLiteral("my-client");
        s.redirectUri = QStringLiteral("stardeck://other");
        s.thirdPartyMedia = false;
        s.theme = QStringLiteral("dark");
        s.language = QStringLiteral("de");
        {
            QSettings out(path, QSettings::IniFormat);
            s.save(out);
        }
        QSettings in(path, QSettings::IniFormat);
        QVERIFY(AppSettings::load(in) == s);
        // Never a secret in the preferences file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("passphrase"));
    }

    void invalidValuesFallBack()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("environment"), QStringLiteral("mainnet-ish"));
        settings.setValue(QStringLiteral("theme"), QStringLiteral("neon"));
        const AppSettings s = AppSettings::load(settings);
        QCOMPARE(s.environment, QStringLiteral("embedded"));
        QCOMPARE(s.theme, QStringLiteral("system"));
    }

    void pageRoundTripAndSignals()
    {
        SettingsPage page;
        AppSettings s;
        s.environment = QStringLiteral("production");
        s.clientId = QStringLiteral("abc");
        s.thirdPartyMedia = false;
        s.theme = QStringLiteral("light");
        s.language = QStringLiteral("de");
        page.setSettings(s);
        QVERIFY(page.settings() == s);
        // The sandbox URL is only editable for the local environment.
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("sandboxUrlEdit"))->isEnabled());

        QSignalSpy media(&page, &SettingsPage::thirdPartyMediaChanged);
        QSignalSpy theme(&page, &SettingsPage::themeChanged);
        QSignalSpy saved(&page, &SettingsPage::settingsSaved);
        page.findChild<QCheckBox *>(QStringLiteral("thirdPartyMediaCheck"))->click();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.at(0).at(0).toBool(), true);
        auto *themeCombo = page.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        themeCombo->setCurrentIndex(themeCombo->findData(QStringLiteral("dark")));
        QCOMPARE(theme.size(), 1);
        QCOMPARE(theme.at(0).at(0).toString(), QStringLiteral("dark"));
        page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"))->click();
        QCOMPARE(saved.size(), 1);
        const auto values = saved.at(0).at(0).value<AppSettings>();
        QCOMPARE(values.theme, QStringLiteral("dark"));
        QVERIFY(values.thirdPartyMedia);
        // Every control can be named by assistive technology.
        const auto widgets = page.findChildren<QWidget *>();
        for (QWidget *w : widgets)
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QCheckBox *>(w) || qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    void commandLine()
    {
        AppSettings saved;
        saved.environment = QStringLiteral("sandbox");
        AppOptions options;
        QString error;
        const QString program = QStringLiteral("stardeck");

        QVERIFY(parseCommandLine({program}, saved, &options, &error));
        QCOMPARE(options.settings.environment, QStringLiteral("sandbox"));

        QVERIFY(
            parseCommandLine({program, QStringLiteral("--sandbox-url"), QStringLiteral("http://127.0.0.1:9")},
                             saved, &options, &error));
        QCOMPARE(options.settings.environment, QStringLiteral("local"));
        QCOMPARE(options.settings.sandboxUrl, QStringLiteral("http://127.0.0.1:9"));

        QVERIFY(parseCommandLine({program, QStringLiteral("--environment"), QStringLiteral("embedded"),
                                  QStringLiteral("--auto-login"), QStringLiteral("demo@stardeck.test")},
                                 saved, &options, &error));
        QCOMPARE(options.autoLoginEmail, QStringLiteral("demo@stardeck.test"));

        // --auto-login only with the embedded sandbox (saved environment here: Immutable's testnet).
        QVERIFY(
            !parseCommandLine({program, QStringLiteral("--auto-login"), QStringLiteral("demo@stardeck.test")},
                              saved, &options, &error));
        QVERIFY(error.contains(QStringLiteral("embedded")));
        QVERIFY(!parseCommandLine({program, QStringLiteral("--environment"), QStringLiteral("embedded"),
                                   QStringLiteral("--auto-login"), QStringLiteral("nobody")},
                                  saved, &options, &error));
        QVERIFY(!parseCommandLine({program, QStringLiteral("--environment"), QStringLiteral("moon")}, saved,
                                  &options, &error));
        QVERIFY(error.contains(QStringLiteral("moon")));
        QVERIFY(!parseCommandLine({program, QStringLiteral("--environment"), QStringLiteral("local")},
                                  AppSettings{}, &options, &error));
        QVERIFY(!parseCommandLine({program, QStringLiteral("--sandbox-url"), QStringLiteral("ftp://x")},
                                  saved, &options, &error));

        // The desktop's URL handler passes a stardeck:// login answer; nothing else is taken.
        QVERIFY(parseCommandLine({program}, saved, &options, &error));
        QVERIFY(options.callbackUrl.isEmpty());
        QVERIFY(!options.schemeRedirect);
        const QString answer = QStringLiteral("stardeck://callback?code=abc&state=xyz");
        QVERIFY(parseCommandLine(
            {program, answer, QStringLiteral("--browser-redirect"), QStringLiteral("scheme")}, saved,
            &options, &error));
        QCOMPARE(options.callbackUrl, QUrl(answer));
        QVERIFY(options.schemeRedirect);
        QVERIFY(!parseCommandLine({program, QStringLiteral("https://evil.example/callback?code=1")}, saved,
                                  &options, &error));
        QVERIFY(error.contains(QStringLiteral("stardeck://")));
        QVERIFY(!parseCommandLine({program, answer, answer}, saved, &options, &error));
        QVERIFY(
            !parseCommandLine({program, QStringLiteral("stardeck://callback?code=") + QString(5000, u'a')},
                              saved, &options, &error));
        QVERIFY(!parseCommandLine(
            {program, QStringLiteral("--browser-redirect"), QStringLiteral("carrier-pigeon")}, saved,
            &options, &error));
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
