#include "servercopycheck.h"

#include "agentbackend.h"
#include "chatstore.h"
#include "pydanticaicodec.h"
#include "servercopy.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcCheck, "govstack.delivery")

/// The request in @p stored that is @p request: a merge renumbers turns but keeps each message as it was.
const StoredMessage *findRequest(const QList<StoredMessage> &stored, const ModelMessage &request)
{
    const QByteArray wanted = PydanticAiCodec::encodeMessage(request);
    const auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const StoredMessage &entry) {
        return entry.seq == entry.turn && entry.message.isRequest() && entry.message.text() == request.text() &&
            PydanticAiCodec::encodeMessage(entry.message) == wanted;
    });
    return it == stored.cend() ? nullptr : &*it;
}

} // namespace

ServerCopyCheck::ServerCopyCheck(ChatStore *store, AgentBackend *backend, QString sessionId, ModelMessage request,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backend(backend)
    , m_sessionId(std::move(sessionId))
    , m_request(std::move(request))
{ }

ServerCopyCheck::~ServerCopyCheck()
{
    delete m_reply;
}

void ServerCopyCheck::start()
{
    m_reply = m_backend->fetchHistory(m_sessionId);
    connect(m_reply, &HistoryReply::finished, this, &ServerCopyCheck::decide);
}

void ServerCopyCheck::decide()
{
    m_reply->deleteLater();
    if (m_reply->error()) {
        Q_EMIT failed(m_reply->error());
        return;
    }
    if (m_reply->history()->found) {
        if (const auto merged = ServerCopy::merge(m_store, m_sessionId, *m_reply->history()); !merged) {
            qCWarning(lcCheck) << "Could not merge the server's copy of" << m_sessionId << merged.error().message;
            Q_EMIT failed(std::nullopt);
            return;
        }
    }
    const auto stored = m_store->loadStoredMessages(m_sessionId);
    const StoredMessage *found = stored ? findRequest(*stored, m_request) : nullptr;
    if (!found)
        Q_EMIT failed(std::nullopt);
    else if (found->status == MessageStatus::Ok)
        Q_EMIT this->found(found->turn);
    else
        Q_EMIT missing(found->turn);
}
