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
    // Merged and looked for on the store's thread, as this process's sender (its claim is this turn).
    const auto job = [sessionId = m_sessionId, server = *m_reply->history(),
                      request = m_request](ChatStore &store) -> Result<std::optional<StoredMessage>> {
        if (server.found) {
            if (auto merged = ServerCopy::merge(&store, sessionId, server, ChatStore::MergeFor::Sender); !merged)
                return merged.error();
        }
        const auto stored = store.loadStoredMessages(sessionId);
        if (!stored)
            return stored.error();
        const StoredMessage *found = findRequest(*stored, request);
        return found ? std::optional(*found) : std::nullopt;
    };
    m_store->runInBackground<std::optional<StoredMessage>>(
        job, this, [this](const Result<std::optional<StoredMessage>> &found) {
            if (!found)
                qCWarning(lcCheck) << "Could not take in the server's copy of" << m_sessionId << found.error().message;
            if (!found || !*found)
                Q_EMIT failed(std::nullopt);
            else if ((*found)->status == MessageStatus::Ok)
                Q_EMIT this->found((*found)->turn);
            else
                Q_EMIT missing((*found)->turn);
        });
}
