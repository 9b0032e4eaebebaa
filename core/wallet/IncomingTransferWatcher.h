// SPDX-License-Identifier: MIT
#pragma once
// Notices transfers that arrive for the account while the wallet runs: polls the newest transfers
// received by the account and reports each new one once. The first successful poll only sets the
// baseline (what was there before the wallet started is not news).

#include "api/ImxModels.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace stardeck::api {
class ImxClient;
}

namespace stardeck::wallet {

//! Polls GET /v1/transfers?receiver=<account> and emits received() for each new incoming transfer.
class IncomingTransferWatcher : public QObject {
    Q_OBJECT
public:
    //! How often it polls unless told otherwise.
    static constexpr int kDefaultIntervalMs = 30'000;
    //! How many of the newest transfers one poll reads.
    static constexpr int kPageSize = 50;

    //! A watcher reading through `client` (not owned; it must outlive the watcher).
    explicit IncomingTransferWatcher(api::ImxClient *client, QObject *parent = nullptr);

    //! Watches `owner` (an IMX Ethereum address), polling every `intervalMs`; polls once at once.
    void start(const QString &owner, int intervalMs = kDefaultIntervalMs);
    //! Stops polling; a running poll's answer is ignored.
    void stop();
    //! Polls now (e.g. after the user pressed Refresh); nothing when stopped or a poll runs.
    void pollNow();
    //! True between start() and stop().
    bool isRunning() const { return !m_owner.isEmpty(); }
    //! True once the baseline is known.
    bool hasBaseline() const { return m_baseline; }

Q_SIGNALS:
    //! A transfer to the account from someone else, seen for the first time.
    void received(const stardeck::api::Transfer &transfer);
    //! A poll failed with `message`; polling goes on.
    void pollFailed(const QString &message);

private:
    void onPage(const api::Page<api::Transfer> &page);

    QPointer<api::ImxClient> m_client;
    QTimer m_timer;
    QString m_owner;
    QObject *m_pollContext = nullptr; //!< parent of the running poll's callback; null when idle
    qint64 m_lastSeenId = 0;          //!< the highest transaction id already handled
    bool m_baseline = false;
};

} // namespace stardeck::wallet
