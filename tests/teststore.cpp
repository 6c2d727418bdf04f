#include "teststore.h"

#include "chatstore_p.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QList<ModelMessage> messagesOf(QList<StoredMessage> stored)
{
    QList<ModelMessage> messages;
    messages.reserve(stored.size());
    for (StoredMessage &entry : stored)
        messages.append(std::move(entry.message));
    return messages;
}

} // namespace

Result<void> TestStore::createChatSessionWithId(const QString &sessionId, const QString &userId, Backend backend)
{
    ChatSession session;
    session.sessionId = sessionId;
    session.userId = userId;
    session.backend = backend;
    return insertChat(session);
}

Result<void> TestStore::saveMessages(const QString &sessionId, const QList<ModelMessage> &messages)
{
    if (messages.isEmpty())
        return {};
    const QString context =
        QCoreApplication::translate("ChatStore", "Saving messages of chat session %1").arg(sessionId);
    auto saved = d->database.changeChat(sessionId, context, [&](const StoreDatabase::ChatRow &chat) {
        // Turns as the app makes them: a user's request starts one, everything after joins it.
        QList<StoredMessage> entries;
        int turn = 0;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (i == 0 || messages.at(i).role() == ModelMessage::Role::User)
                turn = int(i);
            entries << StoredMessage{0, turn, MessageStatus::Ok, {}, {}, messages.at(i), {}, {}};
        }
        return d->messages.appendEntries(chat, entries, std::nullopt, chat.updatedAt, context);
    });
    if (!saved)
        return saved.error();
    Q_EMIT messagesSaved(sessionId, int(messages.size()));
    return {};
}

Result<QList<ModelMessage>> TestStore::loadMessages(const QString &sessionId) const
{
    auto stored = d->messages.load(sessionId, false);
    if (!stored)
        return stored.error();
    return messagesOf(std::move(stored).value());
}

Result<QList<ModelMessage>> TestStore::loadHistory(const QString &sessionId) const
{
    auto stored = d->messages.load(sessionId, true);
    if (!stored)
        return stored.error();
    return messagesOf(std::move(stored).value());
}

Result<int> TestStore::beginTurn(const QString &sessionId, const ModelMessage &request, MessageStatus status)
{
    const auto turn = d->turns.begin(sessionId, request, status);
    if (!turn)
        return turn;
    Q_EMIT messagesSaved(sessionId, 1);
    Q_EMIT turnStatusChanged(sessionId, *turn, status);
    return turn;
}

Result<void> TestStore::retryTurn(const QString &sessionId, int turn)
{
    auto saved = d->turns.retry(sessionId, turn);
    if (!saved)
        return saved;
    Q_EMIT turnStatusChanged(sessionId, turn, MessageStatus::Pending);
    return {};
}

Result<ChatWithMessages> TestStore::chatWithMessages(const QString &sessionId) const
{
    // One read transaction, so the session row and its messages agree even while another process writes.
    QSqlQuery transaction(d->database.database());
    transaction.exec(u"BEGIN"_s);
    auto session = chat(sessionId);
    auto messages = session ? loadMessages(sessionId) : Result<QList<ModelMessage>>(session.error());
    transaction.exec(u"COMMIT"_s);
    if (!messages)
        return messages.error();
    return ChatWithMessages{std::move(session).value(), std::move(messages).value()};
}

Result<QList<ChatSession>> TestStore::listSessions(int offset, int limit) const
{
    return d->sessions.list(offset, limit);
}

Result<int> TestStore::sessionCount() const
{
    return d->sessions.count();
}

Result<ChatStore::ImportOutcome> TestStore::importSessions(const QList<ImportedSession> &sessions, bool replace)
{
    SessionList list(sessions);
    return importSessions(list, replace);
}
