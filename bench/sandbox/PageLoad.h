// SPDX-License-Identifier: MIT
#pragma once

#include "HttpConnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace stardeck::bench {

//! Page reads: every connection walks GET /imx/v1/assets?page_size=N (plus optional filters)
//! from the first page along the cursors, starting over at the end, until the time is up.
class PageLoad : public QObject {
    Q_OBJECT
public:
    struct Settings {
        quint16 port = 0;
        int connections = 6;
        double seconds = 5;
        int pageSize = 200;
        QString filterUser; //!< user=... (lower case); empty = every asset
    };

    explicit PageLoad(Settings settings, QObject *parent = nullptr);

    //! Starts; finished() follows when the time is up and every request in flight has ended.
    void start();

    qint64 pages() const { return m_pages; }
    qint64 fullPages() const { return m_fullPages; }
    qint64 walks() const { return m_walks; }
    qint64 bytes() const { return m_bytes; }
    qint64 checkedItems() const { return m_checkedItems; }
    double elapsedSeconds() const { return m_elapsedSeconds; }
    const QStringList &errors() const { return m_errors; }
    //! Wall time of each page request, ns.
    const std::vector<qint64> &latencies() const { return m_latencies; }

Q_SIGNALS:
    void finished();

private:
    struct Walk {
        QByteArray cursor;
        int page = 0;
        qint64 sentNs = 0;
    };

    void next(int worker);
    void onPage(int worker, int status, const QByteArray &body);
    //! Parses a whole page and checks its items (the first page of every walk).
    bool checkPage(const QByteArray &body);
    void fail(int worker, const QString &what);
    void done(int worker);

    Settings m_settings;
    QByteArray m_basePath;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::vector<Walk> m_walksState;
    QElapsedTimer m_clock;
    QTimer m_hardStop;
    qint64 m_deadlineNs = 0;
    int m_active = 0;
    qint64 m_pages = 0;
    qint64 m_fullPages = 0;
    qint64 m_walks = 0;
    qint64 m_bytes = 0;
    qint64 m_checkedItems = 0;
    double m_elapsedSeconds = 0;
    bool m_finished = false;
    QStringList m_errors;
    std::vector<qint64> m_latencies;
};

} // namespace stardeck::bench
