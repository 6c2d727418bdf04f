#include "ssestream.h"

QList<QByteArray> SseStream::feed(const QByteArray &chunk)
{
    m_pending += chunk;
    QList<QByteArray> events;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        QByteArray line = m_pending.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (m_hasData)
                events << m_data;
            m_data.clear();
            m_hasData = false;
        } else if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (m_hasData)
                m_data += '\n';
            m_data += value;
            m_hasData = true;
        }
        // Comments (":") and other fields (event, id, retry) carry nothing the chat needs.
    }
    m_pending.remove(0, start);
    return events;
}
