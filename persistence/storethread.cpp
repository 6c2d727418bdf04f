#include "storethread.h"

#include "chatstore.h"

namespace {

/// Sends every change @p store announces again through @p views, queued to the views' thread.
void forwardChanges(ChatStore *store, ChatSource *views)
{
    QObject::connect(store, &ChatSource::sessionCreated, views, &ChatSource::sessionCreated);
    QObject::connect(store, &ChatSource::messagesSaved, views, &ChatSource::messagesSaved);
    QObject::connect(store, &ChatSource::turnStatusChanged, views, &ChatSource::turnStatusChanged);
    QObject::connect(store, &ChatSource::sessionRenamed, views, &ChatSource::sessionRenamed);
    QObject::connect(store, &ChatSource::sessionPinned, views, &ChatSource::sessionPinned);
    QObject::connect(store, &ChatSource::syncStateChanged, views, &ChatSource::syncStateChanged);
    QObject::connect(store, &ChatSource::sessionDeleted, views, &ChatSource::sessionDeleted);
    QObject::connect(store, &ChatSource::holdChanged, views, &ChatSource::holdChanged);
    QObject::connect(store, &ChatSource::messagesReplaced, views, &ChatSource::messagesReplaced);
    QObject::connect(store, &ChatSource::messageRated, views, &ChatSource::messageRated);
    QObject::connect(store, &ChatSource::externalChangeDetected, views, &ChatSource::externalChangeDetected);
}

} // namespace

class StoreThread::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    { }

    void runJob(const Job &job)
    {
        // Opened at the first job, in this thread: a connection belongs to the thread that made it.
        if (!m_store) {
            m_store = std::make_unique<ChatStore>();
            if (auto opened = m_store->open(m_path); !opened)
                m_openError = opened.error();
            if (m_views)
                forwardChanges(m_store.get(), m_views);
        }
        job(m_store.get(), m_openError ? &*m_openError : nullptr);
    }

    void closeStore() { m_store.reset(); }

    void setViews(ChatSource *views)
    {
        m_views = views;
        if (m_store && views)
            forwardChanges(m_store.get(), views);
    }

private:
    QString m_path;
    ChatSource *m_views = nullptr;
    std::unique_ptr<ChatStore> m_store;
    std::optional<Error> m_openError;
};

StoreThread::StoreThread(QString path, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(path)))
{
    m_thread.setObjectName(QStringLiteral("store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // The jobs already given finish first; the connection closes in its own thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->closeStore(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has stopped: nothing runs in it any more
}

void StoreThread::tellViewsThrough(ChatSource *views)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, views] { worker->setViews(views); }, Qt::QueuedConnection);
}

void StoreThread::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->runJob(job); }, Qt::QueuedConnection);
}
