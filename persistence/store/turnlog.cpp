#include "turnlog.h"

#include "pydanticaicodec.h"
#include "sqliteerror.h"
#include "storerows.h"

using namespace Qt::StringLiterals;
using namespace StoreRows;
using ChatRow = StoreDatabase::ChatRow;

Error TurnLog::inTrash()
{
    return Error{Error::Code::Conflict, tr("This conversation is in the Trash. Restore it to continue it.")};
}

TurnLog::TurnLog(StoreDatabase &database, MessageRows &messages)
    : m_database(database)
    , m_messages(messages)
{ }

Result<int> TurnLog::begin(const QString &sessionId, const ModelMessage &request, MessageStatus status)
{
    const QString context = tr("Saving your message in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) {
        return m_messages.append(chat, {request}, std::nullopt, status, context);
    });
}

Result<TurnLog::StartedTurn> TurnLog::start(const QString &sessionId, const ModelMessage &request, qint64 leaseMs,
                                            const QString &language)
{
    const QString context = tr("Saving your message in chat session %1").arg(sessionId);
    SendClaims &claims = m_database.claims();
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) -> Result<StartedTurn> {
        if (chat.trashed)
            return inTrash();
        const auto waiting = m_messages.firstUnsent(chat.id, context);
        if (!waiting)
            return waiting.error();
        const auto held = claims.claimOf(chat.id, context);
        if (!held)
            return held.error();
        const bool sending = *held && claims.isAlive(**held);
        const bool claimed = !*waiting && !sending;
        const auto turn = m_messages.append(chat, {request}, std::nullopt,
                                            claimed ? MessageStatus::Pending : MessageStatus::Queued, context);
        if (!turn)
            return turn.error();
        if (claimed) {
            if (auto taken = claims.claim(chat.id, *turn, leaseMs, context); !taken)
                return taken.error();
        }
        if (!language.isEmpty()) {
            QSqlQuery query(m_database.database());
            query.prepare(u"UPDATE chats SET language = ? WHERE id = ? AND language = ''"_s);
            query.addBindValue(language);
            query.addBindValue(chat.id);
            if (auto recorded = execute(query, context); !recorded)
                return recorded.error();
        }
        return StartedTurn{*turn, claimed};
    });
}

Result<ClaimOutcome> TurnLog::claim(const QString &sessionId, qint64 leaseMs, std::optional<int> turn)
{
    const QString context = tr("Claiming a message of chat session %1 to send it").arg(sessionId);
    SendClaims &claims = m_database.claims();
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) -> Result<ClaimOutcome> {
        if (chat.trashed)
            return inTrash();
        const auto held = claims.claimOf(chat.id, context);
        if (!held)
            return held.error();
        if (*held && claims.isElsewhere(**held))
            return ClaimOutcome{ClaimOutcome::Kind::HeldElsewhere, (*held)->turn, {}, {}, false, *held};
        // A retry while this store sends a turn of the session waits for that turn's answer.
        if (turn && *held && claims.isAlive(**held))
            return Error{Error::Code::Conflict, tr("This session is still waiting for an answer.")};
        const auto first = m_messages.firstUnsent(chat.id, context);
        if (!first)
            return first.error();
        std::optional<MessageRows::RequestRow> target = *first;
        if (turn) {
            const auto asked = m_messages.requestAt(chat.id, *turn, context);
            if (!asked)
                return asked.error();
            if (!*asked)
                return Error{Error::Code::NotFound,
                             tr("There is no request at position %1 of this session.").arg(*turn)};
            if (*first && (*first)->seq < *turn)
                return Error{Error::Code::Conflict,
                             tr("Earlier messages of this session are waiting to be sent; "
                                "they go first.")};
            target = (*asked)->status == MessageStatus::Ok ? std::nullopt : *asked;
        }
        if (!target)
            return ClaimOutcome{};
        if (auto marked = m_messages.setRequestStatus(chat.id, target->seq, MessageStatus::Pending, {}, {}, context);
            !marked)
            return marked.error();
        if (auto taken = claims.claim(chat.id, target->seq, leaseMs, context); !taken)
            return taken.error();
        const bool tookOver = *held && (*held)->owner != claims.owner();
        return ClaimOutcome{ClaimOutcome::Kind::Claimed, target->seq, target->status, target->errorKind, tookOver, {}};
    });
}

Result<void> TurnLog::release(const QString &sessionId)
{
    const QString context = tr("Saving chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context,
                                 [&](const ChatRow &chat) { return m_database.claims().release(chat.id, context); });
}

Result<void> TurnLog::renew(qint64 leaseMs)
{
    return m_database.claims().renew(leaseMs, tr("Saving that messages are still being sent"));
}

Result<bool> TurnLog::sentElsewhere(const QString &sessionId)
{
    const QString context = tr("Reading chat session %1").arg(sessionId);
    const auto chat = m_database.findChat(sessionId, context);
    if (!chat)
        return chat.error();
    return m_database.claims().heldElsewhere(chat->id, context);
}

Result<QList<TurnLog::Changed>> TurnLog::recoverInterrupted()
{
    const QString context = tr("Finding messages whose sending was interrupted");
    // Read first: most of the time there is nothing to recover, and then nothing is written.
    QSqlQuery look(m_database.database());
    // A claim lives only while its turn is pending, so the partial index of unfinished messages finds both.
    look.prepare(u"SELECT EXISTS (SELECT 1 FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                 "WHERE m.status <> 'ok' AND m.status = 'pending' AND m.kind = 'request' "
                 "AND (c.claim_owner IS NULL OR c.claim_expires <= ?))"_s);
    look.addBindValue(m_database.claims().now());
    if (auto read = execute(look, context); !read)
        return read.error();
    if (!look.next() || !look.value(0).toBool())
        return QList<Changed>{};
    look.finish();
    Transaction transaction(m_database.database());
    if (auto begun = transaction.begin(context); !begun)
        return begun.error();
    auto changed = markInterrupted(context);
    if (!changed)
        return changed;
    if (auto committed = transaction.commit(context); !committed)
        return committed.error();
    return changed;
}

Result<QList<TurnLog::Changed>> TurnLog::markInterrupted(const QString &context)
{
    if (auto dropped = m_database.claims().dropLapsed(context); !dropped)
        return dropped.error();
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT c.session_id, c.id, m.seq, c.backend FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
                  "WHERE m.status <> 'ok' AND m.status = 'pending' AND m.kind = 'request' "
                  "AND c.claim_owner IS NULL"_s);
    if (auto read = execute(query, context); !read)
        return read.error();
    QList<std::pair<qint64, Changed>> found;
    while (query.next()) {
        // A server that keeps the history can say whether the turn arrived; an OpenAI-compatible one cannot.
        const bool keptOnServer = backendFromName(query.value(3).toString()) != Backend::OpenAI;
        found.append({query.value(1).toLongLong(),
                      Changed{query.value(0).toString(), query.value(2).toInt(),
                              keptOnServer ? MessageStatus::Queued : MessageStatus::Failed}});
    }
    QList<Changed> changed;
    for (const auto &[chatId, turn] : std::as_const(found)) {
        const QString words = turn.status == MessageStatus::Queued
            ? tr("The app stopped while this message was being sent. The server's copy is checked before it is "
                 "sent again, so it is never sent twice.")
            : tr("The app stopped before the answer was complete. What arrived is kept; Retry asks again.");
        if (auto marked = m_messages.setRequestStatus(chatId, turn.turn, turn.status, u"interrupted"_s, words, context);
            !marked)
            return marked.error();
        changed.append(turn);
    }
    return changed;
}

Result<bool> TurnLog::complete(const QString &sessionId, int turn, const ModelMessage &response,
                               std::optional<int> draftSeq)
{
    const QString context = tr("Saving the answer in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &found) -> Result<bool> {
        if (auto released = m_database.claims().release(found.id, context); !released)
            return released.error();
        const auto request = m_messages.requestAt(found.id, turn, context);
        if (!request)
            return request.error();
        // Another process answered it while this one was cut off: one answer is enough.
        if (*request && (*request)->status == MessageStatus::Ok)
            return false;
        ChatRow chat = found;
        if (auto deleted = m_messages.deleteDraft(chat, draftSeq, context); !deleted)
            return deleted.error();
        if (auto marked = m_messages.setRequestStatus(chat.id, turn, MessageStatus::Ok, {}, {}, context); !marked)
            return marked.error();
        if (auto appended = m_messages.append(chat, {response}, turn, MessageStatus::Ok, context); !appended)
            return appended.error();
        return true;
    });
}

Result<void> TurnLog::markUnanswered(const QString &sessionId, int turn, MessageStatus status, const QString &errorKind,
                                     const QString &error, const std::optional<ModelMessage> &partialResponse,
                                     std::optional<int> draftSeq)
{
    const QString context = tr("Saving an unanswered message in chat session %1").arg(sessionId);
    // What arrived replaces the draft written while it streamed; without it, the draft stays as the record.
    const bool replacesDraft = partialResponse && draftSeq;
    return m_database.changeChat(sessionId, context, [&](const ChatRow &found) -> Result<void> {
        if (auto released = m_database.claims().release(found.id, context); !released)
            return released;
        ChatRow chat = found;
        if (replacesDraft) {
            if (auto deleted = m_messages.deleteDraft(chat, draftSeq, context); !deleted)
                return deleted;
        }
        if (auto marked = m_messages.setRequestStatus(chat.id, turn, status, errorKind, error, context); !marked)
            return marked;
        if (partialResponse) {
            if (auto kept = m_messages.append(chat, {*partialResponse}, turn, MessageStatus::Incomplete, context);
                !kept)
                return kept.error();
        }
        return {};
    });
}

Result<int> TurnLog::saveDraft(const QString &sessionId, int turn, std::optional<int> draftSeq,
                               const ModelMessage &partial)
{
    const QString context = tr("Saving the answer in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) -> Result<int> {
        if (!draftSeq)
            return m_messages.append(chat, {partial}, turn, MessageStatus::Incomplete, context);
        QSqlQuery query(m_database.database());
        query.prepare(
            u"UPDATE chat_messages SET json = ?, text = ? WHERE chat_id = ? AND seq = ? AND status = 'incomplete'"_s);
        query.addBindValue(QString::fromUtf8(PydanticAiCodec::encodeMessage(partial)));
        query.addBindValue(notNull(partial.text()));
        query.addBindValue(chat.id);
        query.addBindValue(*draftSeq);
        if (auto updated = execute(query, context); !updated)
            return updated.error();
        return *draftSeq;
    });
}

Result<void> TurnLog::retry(const QString &sessionId, int turn)
{
    const QString context = tr("Retrying a message in chat session %1").arg(sessionId);
    return m_database.changeChat(sessionId, context, [&](const ChatRow &chat) {
        return m_messages.setRequestStatus(chat.id, turn, MessageStatus::Pending, {}, {}, context);
    });
}

Result<QStringList> TurnLog::sessionsWithUnsentTurns()
{
    // `status <> 'ok'` lets SQLite use the partial index of unfinished messages.
    return m_database.sessionIds(
        u"SELECT c.session_id FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
        "WHERE m.status <> 'ok' AND m.status IN ('queued', 'pending') AND m.kind = 'request' AND "_s +
            StoreRows::notInTrash + u" GROUP BY c.id ORDER BY MIN(m.id)"_s,
        tr("Reading the messages waiting to be sent"));
}

Result<QHash<QString, TurnLog::Unanswered>> TurnLog::unanswered()
{
    QSqlQuery query = m_database.prepare(
        u"SELECT c.session_id, m.status, m.error_kind FROM chat_messages m JOIN chats c ON c.id = m.chat_id "
        "WHERE m.status <> 'ok' AND m.kind = 'request' AND "_s +
        StoreRows::notInTrash);
    if (auto read = execute(query, tr("Reading the messages waiting to be sent")); !read)
        return read.error();
    QHash<QString, Unanswered> unanswered;
    while (query.next())
        unanswered[query.value(0).toString()].add(messageStatusFromName(query.value(1).toString()),
                                                  query.value(2).toString());
    return unanswered;
}

Result<TurnLog::RequestCounts> TurnLog::requestCounts(const QString &sessionId)
{
    auto query = m_database.sessionQuery(sessionId,
                                         u"SELECT status, error_kind, count(*) FROM chat_messages WHERE chat_id = ? "
                                         "AND kind = 'request' GROUP BY status, error_kind"_s,
                                         {}, tr("Reading chat session %1").arg(sessionId));
    if (!query)
        return query.error();
    QSqlQuery &rows = query.value();
    RequestCounts counts;
    while (rows.next())
        counts.add(messageStatusFromName(rows.value(0).toString()), rows.value(1).toString(), rows.value(2).toInt());
    return counts;
}

void TurnLog::RequestCounts::add(MessageStatus status, const QString &errorKind, int count)
{
    switch (status) {
    case MessageStatus::Ok:
        answered += count;
        return;
    case MessageStatus::Queued:
        waiting += count;
        break;
    case MessageStatus::Pending:
        sending += count;
        break;
    case MessageStatus::Failed:
        failed += count;
        break;
    case MessageStatus::Incomplete:
        return;
    }
    if (errorKind == u"interrupted")
        interrupted += count;
}
