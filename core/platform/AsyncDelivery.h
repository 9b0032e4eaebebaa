// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

// Helpers shared by the secret-store adapters: deliver a (move-only) result to a callback on the
// context object's thread, never synchronously, and never after the context has been destroyed.
namespace stardeck::platform::detail {

//! Calls `done(result)` from the event loop of `context`'s thread; dropped if `context` dies first.
template <class Result>
void deliverLater(QObject *context, std::function<void(Result)> done, Result result)
{
    if (context == nullptr || !done)
        return;
    // QMetaObject::invokeMethod needs a copyable functor, so the move-only result rides in a shared_ptr.
    auto shared = std::make_shared<Result>(std::move(result));
    QMetaObject::invokeMethod(
        context, [done = std::move(done), shared]() { done(std::move(*shared)); }, Qt::QueuedConnection);
}

//! Runs `work` on Qt's global thread pool and delivers its result like deliverLater(). The watcher is a
//! child of `context`, so destroying the context drops the callback (the work still runs to its end).
template <class Result>
void runOffThread(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    if (context == nullptr || !done)
        return;
    using Box = std::shared_ptr<Result>;
    auto *watcher = new QFutureWatcher<Box>(context);
    QObject::connect(watcher, &QFutureWatcher<Box>::finished, watcher, [watcher, done = std::move(done)]() {
        Box box = watcher->result();
        watcher->deleteLater();
        done(std::move(*box));
    });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work)]() { return std::make_shared<Result>(work()); }));
}

} // namespace stardeck::platform::detail
