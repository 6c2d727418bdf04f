#pragma once

#include <QFuture>
#include <QTest>

/// The result of @p future, with events processed while it runs (a store job's continuation
/// runs on this thread); a future that never finishes ends the test run.
template<typename T>
T await(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 60000))
        qFatal("a future did not finish");
    return future.result();
}
