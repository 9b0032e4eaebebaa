// SPDX-License-Identifier: MIT
#pragma once

#include "HttpConnection.h"
#include "SeededAccounts.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace stardeck::bench {

//! Signed transfers end to end, as a wallet makes them: signable call, local check of the
//! payload (recomputed transfer hash, sender and receiver keys), stark signature, create call.
//! Several connections, each one transfer at a time, until the time is up.
class TransferLoad : public QObject {
    Q_OBJECT
public:
    struct Settings {
        quint16 port = 0;
        int connections = 6;
        double seconds = 5;
        bool v2 = true;    //!< /v2 signable + create (else /v1)
        QByteArray bearer; //!< the sender's access token
        QString amount;    //!< wei, decimal
        const SeededAccount *sender = nullptr;
        std::vector<const SeededAccount *> receivers;
    };

    explicit TransferLoad(Settings settings, QObject *parent = nullptr);

    //! Starts; finished() follows when the time is up and every transfer in flight has ended.
    void start();

    qint64 succeeded() const { return m_succeeded; }
    qint64 failed() const { return m_failed; }
    qint64 signablesRequested() const { return m_signables; }
    double elapsedSeconds() const { return m_elapsedSeconds; }
    //! Successful transfers per receiver address.
    const std::map<QString, qint64> &perReceiver() const { return m_perReceiver; }
    //! Wall time of each successful transfer (signable call to create answer), ns.
    const std::vector<qint64> &latencies() const { return m_latencies; }
    //! The first few errors, for the report.
    const QStringList &errors() const { return m_errors; }

Q_SIGNALS:
    void finished();

private:
    void next(int worker);
    void submit(int worker, const QString &receiver, const QByteArray &signable);
    void fail(int worker, const QString &what);
    void done(int worker);

    Settings m_settings;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    QElapsedTimer m_clock;
    QTimer m_hardStop;
    qint64 m_deadlineNs = 0;
    int m_active = 0;
    qint64 m_round = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
    qint64 m_signables = 0;
    double m_elapsedSeconds = 0;
    bool m_finished = false;
    std::map<QString, qint64> m_perReceiver;
    std::vector<qint64> m_startedNs; //!< per worker: when its current transfer began
    std::vector<qint64> m_latencies;
    QStringList m_errors;
};

} // namespace stardeck::bench
