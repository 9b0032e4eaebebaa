// SPDX-License-Identifier: MIT
#include "api/ClockSkew.h"

#include <QLocale>
#include <QTimeZone>

namespace stardeck::api {

ClockSkew::ClockSkew(QObject *parent) : QObject(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QDateTime ClockSkew::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.size() != 29 || !text.endsWith(QLatin1String(" GMT")))
        return {};
    // Day and month names are English whatever the user's locale.
    QDateTime parsed = QLocale::c().toDateTime(text.left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

void ClockSkew::observe(const QByteArray &dateHeader)
{
    const QDateTime server = parseHttpDate(dateHeader);
    if (!server.isValid())
        return;
    const qint64 skew = m_now().secsTo(server);
    m_skew = skew;
    // The header has whole seconds and the answer took a moment: a second of slack either way.
    const bool skewed = std::abs(skew) > kWarnSeconds + 1;
    if (skewed != m_skewed) {
        m_skewed = skewed;
        Q_EMIT skewedChanged(skewed, skew);
    }
}

} // namespace stardeck::api
