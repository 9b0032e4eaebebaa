// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace stardeck::api {

//! Compares the servers' clock (the HTTP Date header of their answers) with this machine's (F25):
//! expiry display, token checks and StarkEx expirations depend on a right clock, so a difference
//! of more than kWarnSeconds is reported for the UI to warn about.
class ClockSkew : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kWarnSeconds = 300; //!< more than 5 minutes apart: warn

    //! A monitor on the system clock.
    explicit ClockSkew(QObject *parent = nullptr);

    //! Replaces this machine's clock (tests).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    //! Records one answer's Date header (IMF-fixdate, RFC 9110 5.6.7); absent or unparsable is ignored.
    void observe(const QByteArray &dateHeader);
    //! Server time minus local time, in seconds, from the last usable Date header.
    std::optional<qint64> skewSeconds() const { return m_skew; }
    //! True when the last usable Date header was more than kWarnSeconds away from local time.
    bool isSkewed() const { return m_skewed; }

    //! Parses an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") as UTC; invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    //! isSkewed() changed; `seconds` is server minus local time.
    void skewedChanged(bool skewed, qint64 seconds);

private:
    std::function<QDateTime()> m_now;
    std::optional<qint64> m_skew;
    bool m_skewed = false;
};

} // namespace stardeck::api
