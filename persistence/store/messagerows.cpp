#include "messagerows.h"

#include "chatstore.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "sqliteerror.h"
#include "storerows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QStringBuilder>

using namespace Qt::StringLiterals;
using namespace StoreRows;

namespace {

/// The words of a message's tool parts, for search: each tool's name with its arguments or result.
QString toolText(const ModelMessage &message)
{
    QStringList lines;
    for (const MessagePart &part : message.parts()) {
        if (part.isToolCall())
            lines << part.toolName() + u' ' + part.argsAsJsonText();
        else if (part.isToolReturn())
            lines << part.toolName() + u' ' + part.text();
    }
    return lines.join(u'\n');
}

} // namespace

MessageRows::MessageRows(StoreDatabase &database)
    : m_database(database)
{ }

Result<void> MessageRows::prepareStatements()
{
    m_insert = m_database.prepare(
        u"INSERT INTO chat_messages (chat_id, seq, turn, status, error_kind, error, kind, role, text, tool_text, "
        "timestamp, model_name, extras, json, server_id, rating, rating_comment, rated_at, rating_sent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_updateChat =
        m_database.prepare(u"UPDATE chats SET message_count = ?, updated_at = ?, preview = ?, revision = revision + 1, "
                           "title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"_s);
    // A version's activity is its conversation's: the list shows and orders conversations.
    m_touchConversation = m_database.prepare(u"UPDATE chats SET updated_at = MAX(updated_at, ?), preview = ?, "
                                             "revision = revision + 1 WHERE id = ?"_s);
    m_setStatus = m_database.prepare(u"UPDATE chat_messages SET status = ?, error_kind = ?, error = ? "
                                     "WHERE chat_id = ? AND seq = ? AND kind = 'request'"_s);
    m_requestAt = m_database.prepare(
        u"SELECT seq, status, error_kind FROM chat_messages WHERE chat_id = ? AND seq = ? AND kind = 'request'"_s);
    // `status <> 'ok'` lets SQLite read the partial index of unfinished messages.
    m_firstUnsent = m_database.prepare(u"SELECT seq, status, error_kind FROM chat_messages WHERE status <> 'ok' AND "
                                       "status IN ('pending', 'queued') AND chat_id = ? AND kind = 'request' AND "
                                       "seq = turn ORDER BY turn, seq LIMIT 1"_s);
    for (const auto *query :
         {&*m_insert, &*m_updateChat, &*m_touchConversation, &*m_setStatus, &*m_requestAt, &*m_firstUnsent}) {
        if (query->lastError().isValid())
            return storeError(query->lastError(), ChatStore::tr("Preparing the chat database"));
    }
    return {};
}

void MessageRows::reset()
{
    for (auto *query : {&m_insert, &m_updateChat, &m_touchConversation, &m_setStatus, &m_requestAt, &m_firstUnsent})
        query->reset();
}

Result<void> MessageRows::insert(qint64 chatId, int seq, int turn, const StoredMessage &entry, const QString &context)
{
    const ModelMessage &message = entry.message;
    const auto timestamp = message.timestamp();
    const auto &rating = entry.rating;
    const QVariant noNumber(QMetaType::fromType<qint64>());
    QSqlQuery &query = *m_insert;
    query.addBindValue(chatId);
    query.addBindValue(seq);
    query.addBindValue(turn);
    query.addBindValue(messageStatusName(entry.status));
    query.addBindValue(nullableText(entry.errorKind));
    query.addBindValue(nullableText(entry.error));
    query.addBindValue(ModelMessage::kindName(message.kind()));
    query.addBindValue(ModelMessage::roleName(message.role()));
    query.addBindValue(notNull(message.text()));
    query.addBindValue(notNull(toolText(message)));
    query.addBindValue(timestamp ? QVariant(timestamp->toEpochMicroseconds()) : noNumber);
    query.addBindValue(nullableText(message.modelName()));
    query.addBindValue(extrasColumn(message));
    query.addBindValue(QString::fromUtf8(PydanticAiCodec::encodeMessage(message)));
    query.addBindValue(nullableText(entry.serverId));
    query.addBindValue(rating ? QVariant(rating->score) : noNumber);
    query.addBindValue(rating ? nullableText(rating->comment) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(rating ? QVariant(rating->ratedAt.toMSecsSinceEpoch()) : noNumber);
    query.addBindValue(rating && rating->sent ? 1 : 0);
    return execute(query, context);
}

Result<int> MessageRows::append(const StoreDatabase::ChatRow &chat, const QList<ModelMessage> &messages,
                                std::optional<int> turn, MessageStatus status, const QString &context)
{
    QList<StoredMessage> entries;
    entries.reserve(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        entries.append(StoredMessage{0, int(i), status, {}, {}, messages.at(i), {}, {}});
    return appendEntries(chat, entries, turn, std::max(chat.updatedAt, nowMillis()), context);
}

Result<int> MessageRows::appendEntries(const StoreDatabase::ChatRow &chat, const QList<StoredMessage> &entries,
                                       std::optional<int> turn, qint64 activity, const QString &context)
{
    qint64 lastActivity = activity;
    QString preview;
    QString firstUserText;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const StoredMessage &entry = entries.at(i);
        const int seq = chat.nextSeq + int(i);
        if (auto inserted = insert(chat.id, seq, turn.value_or(chat.nextSeq + entry.turn), entry, context); !inserted)
            return inserted.error();
        const QString text = entry.message.text();
        if (!text.isEmpty())
            preview = text;
        if (firstUserText.isEmpty() && entry.message.role() == ModelMessage::Role::User)
            firstUserText = text;
        if (const auto timestamp = entry.message.timestamp())
            lastActivity = std::max(lastActivity, timestamp->toEpochMicroseconds() / 1000);
    }

    QSqlQuery &update = *m_updateChat;
    update.addBindValue(chat.messageCount + int(entries.size()));
    update.addBindValue(lastActivity);
    update.addBindValue(shortened(preview, previewLength));
    update.addBindValue(shortened(firstUserText, titleLength));
    update.addBindValue(chat.id);
    if (auto updated = execute(update, context); !updated)
        return updated.error();
    if (chat.conversation != chat.id) {
        QSqlQuery &touch = *m_touchConversation;
        touch.addBindValue(lastActivity);
        touch.addBindValue(shortened(preview, previewLength));
        touch.addBindValue(chat.conversation);
        if (auto touched = execute(touch, context); !touched)
            return touched.error();
    }
    return chat.nextSeq;
}

Result<void> MessageRows::setRequestStatus(qint64 chatId, int turn, MessageStatus status, const QString &errorKind,
                                           const QString &error, const QString &context)
{
    QSqlQuery &query = *m_setStatus;
    query.addBindValue(messageStatusName(status));
    query.addBindValue(nullableText(errorKind));
    query.addBindValue(nullableText(error));
    query.addBindValue(chatId);
    query.addBindValue(turn);
    if (auto updated = execute(query, context); !updated)
        return updated;
    if (query.numRowsAffected() == 0)
        return Error{Error::Code::NotFound,
                     ChatStore::tr("There is no request at position %1 of this session.").arg(turn)};
    return {};
}

Result<void> MessageRows::deleteDraft(StoreDatabase::ChatRow &chat, std::optional<int> draftSeq, const QString &context)
{
    if (!draftSeq)
        return {};
    QSqlQuery query(m_database.database());
    query.prepare(u"DELETE FROM chat_messages WHERE chat_id = ? AND seq = ? AND status = 'incomplete'"_s);
    query.addBindValue(chat.id);
    query.addBindValue(*draftSeq);
    if (auto deleted = execute(query, context); !deleted)
        return deleted;
    chat.messageCount -= query.numRowsAffected();
    return {};
}

Result<std::optional<MessageRows::RequestRow>> MessageRows::requestAt(qint64 chatId, int turn, const QString &context)
{
    m_requestAt->addBindValue(chatId);
    m_requestAt->addBindValue(turn);
    return readRequestRow(*m_requestAt, context);
}

Result<std::optional<MessageRows::RequestRow>> MessageRows::firstUnsent(qint64 chatId, const QString &context)
{
    m_firstUnsent->addBindValue(chatId);
    return readRequestRow(*m_firstUnsent, context);
}

Result<std::optional<MessageRows::RequestRow>> MessageRows::readRequestRow(QSqlQuery &query, const QString &context)
{
    if (auto read = execute(query, context); !read)
        return read.error();
    std::optional<RequestRow> row;
    if (query.next())
        row = RequestRow{query.value(0).toInt(), messageStatusFromName(query.value(1).toString()),
                         query.value(2).toString()};
    query.finish();
    return row;
}

Result<StoredMessage> MessageRows::readRow(const QSqlQuery &query, const QString &sessionId) const
{
    const int seq = query.value(0).toInt();
    auto message = PydanticAiCodec::decodeStoredMessage(query.value(5).toString().toUtf8());
    if (!message) {
        return Error{Error::Code::Corrupt,
                     ChatStore::tr("Message %1 of chat session %2 is damaged in the database: %3")
                         .arg(seq + 1)
                         .arg(sessionId, message.error().message)};
    }
    if (const QVariant extras = query.value(6); !extras.isNull()) {
        message.value().setGovStackExtras(
            GovStackExtras::fromJson(QJsonDocument::fromJson(extras.toString().toUtf8()).object()));
    }
    std::optional<Rating> rating;
    if (const QVariant score = query.value(8); !score.isNull())
        rating = Rating{score.toInt(), query.value(9).toString(), fromMillis(query.value(10).toLongLong()),
                        query.value(11).toBool()};
    return StoredMessage{seq,
                         query.value(1).toInt(),
                         messageStatusFromName(query.value(2).toString()),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         std::move(message).value(),
                         query.value(7).toString(),
                         std::move(rating)};
}

Result<void> MessageRows::eachSegment(const QString &sessionId, Order order, const QString &columns,
                                      const QString &condition, const QVariantList &values,
                                      const std::function<Result<bool>(QSqlQuery &)> &take)
{
    const QString context = ChatStore::tr("Loading chat session %1").arg(sessionId);
    const auto chat = m_database.findChat(sessionId, context);
    if (!chat)
        return chat.error();
    auto found = m_database.pathOf(*chat, context);
    if (!found)
        return found.error();
    QList<StoreDatabase::Segment> path = std::move(found).value();
    if (order == Order::NewestFirst)
        std::reverse(path.begin(), path.end());
    // Only the turns each version gives the path: a version's messages past the point another
    // branched from it are that version's alone.
    const QString sql = u"SELECT "_s % columns % u" FROM chat_messages WHERE chat_id = ? AND turn >= ? AND turn < ?"_s %
        condition % (order == Order::NewestFirst ? u" ORDER BY turn DESC, seq DESC"_s : u" ORDER BY turn, seq"_s);
    // Prepared once, run once per version on the path.
    QSqlQuery query = m_database.prepare(sql);
    for (const StoreDatabase::Segment &segment : std::as_const(path)) {
        for (const QVariant &value : QVariantList{segment.chatId, segment.fromTurn, segment.toTurn} + values)
            query.addBindValue(value);
        if (auto read = execute(query, context); !read)
            return read.error();
        const auto more = take(query);
        query.finish();
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    return {};
}

Result<QList<StoredMessage>> MessageRows::load(const QString &sessionId, bool agentHistoryOnly)
{
    QList<StoredMessage> messages;
    auto read =
        eachSegment(sessionId, Order::OldestFirst, messageColumns,
                    agentHistoryOnly ? u" AND status = 'ok'"_s : QString(), {}, [&](QSqlQuery &query) -> Result<bool> {
                        while (query.next()) {
                            auto entry = readRow(query, sessionId);
                            if (!entry)
                                return entry.error();
                            messages.append(std::move(entry).value());
                        }
                        return true;
                    });
    if (!read)
        return read.error();
    return messages;
}

Result<StoredMessage> MessageRows::at(const QString &sessionId, int seq)
{
    std::optional<StoredMessage> found;
    auto read = eachSegment(sessionId, Order::NewestFirst, messageColumns, u" AND seq = ?"_s, {seq},
                            [&](QSqlQuery &query) -> Result<bool> {
                                if (!query.next())
                                    return true;
                                auto entry = readRow(query, sessionId);
                                if (!entry)
                                    return entry.error();
                                found = std::move(entry).value();
                                return false;
                            });
    if (!read)
        return read.error();
    if (!found)
        return Error{Error::Code::NotFound,
                     ChatStore::tr("There is no request at position %1 of this session.").arg(seq)};
    return *found;
}

Result<QByteArray> MessageRows::historyJsonBefore(const QString &sessionId, int turn)
{
    // As a blob: the bytes as stored, without a round trip through UTF-16.
    QList<QByteArray> history;
    auto read = eachSegment(sessionId, Order::OldestFirst, u"CAST(json AS BLOB)"_s,
                            u" AND turn < ? AND status = 'ok'"_s, {turn}, [&](QSqlQuery &query) -> Result<bool> {
                                while (query.next())
                                    history.append(query.value(0).toByteArray());
                                return true;
                            });
    if (!read)
        return read.error();
    return JsonText::joinArray(history);
}

Result<QList<StoredMessage>> MessageRows::page(const QString &sessionId, const std::optional<StoredMessage> &anchor,
                                               int limit, Direction direction)
{
    const bool older = direction == Direction::Older;
    QVariantList values;
    if (anchor)
        values << anchor->turn << anchor->seq;
    const QString condition = !anchor ? QString()
        : older                       ? u" AND (turn, seq) < (?, ?)"_s
                                      : u" AND (turn, seq) > (?, ?)"_s;
    QList<StoredMessage> page;
    auto read = eachSegment(sessionId, older ? Order::NewestFirst : Order::OldestFirst, messageColumns, condition,
                            values, [&](QSqlQuery &query) -> Result<bool> {
                                while (page.size() < limit && query.next()) {
                                    auto entry = readRow(query, sessionId);
                                    if (!entry)
                                        return entry.error();
                                    if (older)
                                        page.prepend(std::move(entry).value());
                                    else
                                        page.append(std::move(entry).value());
                                }
                                return page.size() < limit;
                            });
    if (!read)
        return read.error();
    return page;
}
