#include "chatactions.h"

#include "chatstore.h"
#include "sessioncontroller.h"
#include "syncengine.h"

ChatActions::ChatActions(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{ }

void ChatActions::setDefaults(const QString &userId, Backend newSessionBackend)
{
    m_context.userId = userId;
    m_context.newSessionBackend = newSessionBackend;
}

ChatSource *ChatActions::source() const
{
    return m_context.store;
}

Result<ChatSession> ChatActions::session(const QString &sessionId) const
{
    return m_context.store->chat(sessionId);
}

Result<QStringList> ChatActions::allSessionIds() const
{
    return m_context.store->sessionIds();
}

bool ChatActions::keptOnAnotherServer(const ChatSession &session) const
{
    return m_context.controller->keptOnAnotherServer(session);
}

Result<QString> ChatActions::create()
{
    return m_context.store->createChatSession(m_context.userId, m_context.newSessionBackend);
}

Result<void> ChatActions::rename(const QString &sessionId, const QString &title)
{
    return m_context.store->renameSession(sessionId, title);
}

Result<void> ChatActions::togglePin(const QString &sessionId)
{
    const auto found = session(sessionId);
    if (!found)
        return found.error();
    return m_context.store->setPinned(sessionId, !found->pinned);
}

Result<void> ChatActions::remove(const QString &sessionId, bool alsoOnServer)
{
    m_context.controller->cancel(sessionId);
    const auto scope = alsoOnServer ? ChatStore::DeleteScope::AlsoOnServer : ChatStore::DeleteScope::ThisComputer;
    if (auto deleted = m_context.store->deleteChatSession(sessionId, scope); !deleted)
        return deleted;
    if (alsoOnServer && m_context.sync)
        m_context.sync->sendDeletes();
    return {};
}

QFuture<Result<int>> ChatActions::send(const QString &sessionId, const QString &text)
{
    return m_context.controller->send(sessionId, text);
}

QFuture<Result<void>> ChatActions::retry(const QString &sessionId, int turn, bool waiting)
{
    // A waiting message goes behind any waiting before it, in order, each checked with the server if it may be there.
    return m_context.controller->retry(sessionId, turn).then(this, [this, waiting](const Result<void> &retried) {
        if (retried && waiting && m_context.sync)
            m_context.sync->resume();
        return retried;
    });
}

void ChatActions::cancel(const QString &sessionId)
{
    m_context.controller->cancel(sessionId);
}

std::optional<int> ChatActions::sendingTurn(const QString &sessionId) const
{
    return m_context.controller->sendingTurn(sessionId);
}

Result<void> ChatActions::rate(const QString &sessionId, int seq, const Rating &rating)
{
    if (auto rated = m_context.store->rateMessage(sessionId, seq, rating); !rated)
        return rated;
    // A server-kept answer's rating goes to the server with its session's sync.
    if (m_context.sync && !session(sessionId).valueOr(ChatSession{}).serverUrl.isEmpty())
        m_context.sync->start({sessionId});
    return {};
}
