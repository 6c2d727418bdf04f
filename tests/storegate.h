#pragma once

#include "result.h"
#include "storethread.h"

#include <QFuture>
#include <QSemaphore>

/// Holds the store's thread in a job until released, so the test decides what is queued behind it.
class Gate
{
public:
    explicit Gate(StoreThread &thread)
    {
        m_done = thread.run<bool>([this](ChatStore &) {
            m_entered.release();
            m_open.acquire();
            return Result<bool>(true);
        });
        m_entered.acquire();
    }
    void open() { m_open.release(); }

private:
    QSemaphore m_entered;
    QSemaphore m_open;
    QFuture<Result<bool>> m_done;
};
