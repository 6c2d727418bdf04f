#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

class ChatSource;
class ChatStore;

/// A thread of the store's own, with its own connection to the database (opened in that
/// thread), where long reads and writes run so the window never waits on the disk.
///
/// Jobs run one at a time, in the order given; each hands back a future that the GUI thread
/// follows with QFuture::then(context, …). A job whose future was cancelled before it
/// started is skipped: a newer question replaced it.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    explicit StoreThread(QString path, QObject *parent = nullptr);
    ~StoreThread() override;

    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(ChatStore &)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](ChatStore *store, const Error *openError) {
            if (!promise->isCanceled())
                promise->addResult(openError ? Result<T>(*openError) : job(*store));
            promise->finish();
        });
        return future;
    }

    /// The thread jobs run on (not this object's own thread, QObject::thread()).
    QThread *workerThread() { return &m_thread; }

    /// What the jobs write is told through @p views (the window's store, on the GUI thread):
    /// each of its signals is sent again there, in order, once the job's write is committed.
    void tellViewsThrough(ChatSource *views);

    using Job = std::function<void(ChatStore *store, const Error *openError)>;
    /// Runs @p job in turn with the thread's store, or with why it could not be opened.
    void post(Job job);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};
