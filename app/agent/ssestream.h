#pragma once

#include <QByteArray>
#include <QList>

/// Splits a Server-Sent Events stream into the data of its events, however
/// the bytes were cut into network chunks.
class SseStream
{
public:
    /// The data of every event that @p chunk completes.
    QList<QByteArray> feed(const QByteArray &chunk);

private:
    QByteArray m_pending;
    QByteArray m_data;
    bool m_hasData = false;
};
