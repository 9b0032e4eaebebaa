// SPDX-License-Identifier: MIT
#include "wallet/Browser.h"

#include <QProcess>
#include <QStringList>

namespace stardeck::cli {

bool openInBrowser(const QUrl &url, QString *why)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const QString browsers = qEnvironmentVariable("BROWSER");
    for (const QString &entry : browsers.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        QStringList words = QProcess::splitCommand(entry);
        if (words.isEmpty())
            continue;
        bool substituted = false;
        for (QString &word : words) {
            if (word.contains(QLatin1String("%s"))) {
                word.replace(QLatin1String("%s"), text);
                substituted = true;
            }
        }
        if (!substituted)
            words.append(text);
        const QString program = words.takeFirst();
        if (QProcess::startDetached(program, words))
            return true;
    }
    if (QProcess::startDetached(QStringLiteral("xdg-open"), {text}))
        return true;
    if (why)
        *why = browsers.isEmpty() ? QStringLiteral("xdg-open could not be started and $BROWSER is not set")
                                  : QStringLiteral("neither $BROWSER nor xdg-open could be started");
    return false;
}

} // namespace stardeck::cli
