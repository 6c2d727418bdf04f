#pragma once

#include "result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>

#include <memory>
#include <type_traits>

/// Runs @p then with @p future's result on @p context's thread, but only while @p context
/// lives; returns the future of what @p then returns. A watcher owned by the context follows
/// the future, so a context destroyed first (a window closed while its store job runs) takes
/// the continuation with it. QFuture::then(context, …) cannot be used for this: Qt 6.4 asserts
/// when the context goes first. The returned future is cancelled when the context went first.
template<typename T, typename Then>
auto continueWhileAlive(QFuture<T> future, QObject *context, Then then)
{
    using Returned = std::invoke_result_t<Then, const T &>;
    using Stored = std::conditional_t<std::is_void_v<Returned>, bool, Returned>;
    auto promise = std::make_shared<QPromise<Stored>>();
    promise->start();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, promise, then = std::move(then)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0) {
                             promise->future().cancel();
                         } else if constexpr (std::is_void_v<Returned>) {
                             then(done.result());
                             promise->addResult(true);
                         } else {
                             promise->addResult(then(done.result()));
                         }
                         promise->finish();
                     });
    watcher->setFuture(future);
    return promise->future();
}

/// As continueWhileAlive(), but at once when @p future is finished already (a source without a
/// thread of its own answers at once, and its models stay in step without an event loop).
template<typename T, typename Then>
void whenReady(QFuture<T> future, QObject *context, Then then)
{
    if (!future.isFinished()) {
        continueWhileAlive(future, context, std::move(then));
        return;
    }
    if (!future.isCanceled() && future.resultCount() > 0)
        then(future.result());
}
