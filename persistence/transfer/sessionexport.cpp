#include "sessionexport.h"

#include "jsontext.h"
#include "pydanticaicodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SessionExport {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SessionExport", text, disambiguation, n);
}

QJsonValue timeOf(const ModelMessage &message)
{
    const auto timestamp = message.timestamp();
    return timestamp ? QJsonValue(timestamp->toString()) : QJsonValue();
}

QString idOf(const QString &sessionId, const QList<StoredMessage> &conversation, int index)
{
    const QString &serverId = conversation.at(index).serverId;
    return serverId.isEmpty() ? localMessageId(sessionId, index) : serverId;
}

QJsonObject userEntry(const QString &sessionId, const QList<StoredMessage> &conversation, const Turn &turn)
{
    const ModelMessage &request = conversation.at(turn.request).message;
    return QJsonObject{
        {u"message_id"_s, idOf(sessionId, conversation, turn.request)},
        {u"message_type"_s, u"user"_s},
        {u"content"_s, QJsonObject{{u"content"_s, request.text()}}},
        {u"timestamp"_s, timeOf(request)},
        {u"metadata"_s, QJsonValue()},
    };
}

/// As a v2 server keeps an answer: its `metadata` the agent's messages of the turn (tool calls,
/// returns, the answer), each the exact bytes it is stored as.
QByteArray assistantEntry(const QString &sessionId, const QList<StoredMessage> &conversation, const Turn &turn)
{
    const ModelMessage &answer = conversation.at(turn.answer).message;
    QJsonObject content = answer.govStackExtras() ? answer.govStackExtras()->toJson() : QJsonObject();
    content.insert(u"content"_s, answer.text());
    QList<ModelMessage> trace;
    for (int i = turn.firstAfterRequest; i < turn.end; ++i)
        trace.append(conversation.at(i).message);
    const QJsonObject entry{
        {u"message_id"_s, idOf(sessionId, conversation, turn.answer)},
        {u"message_type"_s, u"assistant"_s},
        {u"content"_s, content},
        {u"timestamp"_s, timeOf(answer)},
    };
    return QJsonDocument(entry).toJson(QJsonDocument::Compact).chopped(1) +
        ",\"metadata\":" + PydanticAiCodec::encodeHistory(trace) + '}';
}

QJsonObject ratingEntry(const QString &messageId, const Rating &rating)
{
    return QJsonObject{
        {u"message_id"_s, messageId},
        {u"rating"_s, rating.score},
        {u"feedback_text"_s, rating.comment},
        {u"rated_at"_s, isoTime(rating.ratedAt)},
        {u"sent"_s, rating.sent},
    };
}

QString fenced(const QString &text)
{
    // A fence longer than any backtick run inside, so the block cannot end early.
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    return fence % u'\n' % text % u'\n' % fence % u'\n';
}

QString markdownOf(const StoredMessage &entry)
{
    const ModelMessage &message = entry.message;
    QString text;
    const QString when = message.timestamp()
        ? QLocale::c().toString(message.timestamp()->toDateTime().toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s)
        : QString();
    const QString who = message.role() == ModelMessage::Role::User ? tr("You")
        : message.isRequest()                                      ? tr("Tool")
                                                                   : tr("Assistant");
    text += u"**"_s % who % u"**"_s % (when.isEmpty() ? QString() : u" · "_s % when) %
        (message.modelName().isEmpty() ? QString() : u" · "_s % message.modelName()) % u"\n\n"_s;
    if (!message.text().isEmpty())
        text += message.text() % u"\n\n"_s;
    for (const MessagePart &part : message.parts()) {
        if (part.isToolCall())
            text += tr("Tool call `%1`:").arg(part.toolName()) % u"\n\n"_s % fenced(part.argsAsJsonText()) % u'\n';
        else if (part.isToolReturn())
            text += tr("Tool result `%1`:").arg(part.toolName()) % u"\n\n"_s % fenced(part.text()) % u'\n';
    }
    if (const auto &extras = message.govStackExtras(); extras && !extras->sources.isEmpty()) {
        text += tr("Sources:") % u'\n';
        for (const Source &source : extras->sources)
            text += u"- ["_s % source.title % u"]("_s % source.url % u")\n"_s;
        text += u'\n';
    }
    if (entry.rating) {
        text += (entry.rating->score == Rating::thumbsUp ? tr("Rated helpful") : tr("Rated unhelpful")) %
            (entry.rating->comment.isEmpty() ? QString() : u": “"_s % entry.rating->comment % u"”"_s) % u"\n\n"_s;
    }
    return text;
}

} // namespace

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString localMessageId(const QString &sessionId, int index)
{
    return sessionId % u':' % QString::number(index);
}

QList<StoredMessage> conversationOf(const QList<StoredMessage> &stored)
{
    QList<StoredMessage> conversation;
    std::copy_if(stored.cbegin(), stored.cend(), std::back_inserter(conversation),
                 [](const StoredMessage &entry) { return entry.status == MessageStatus::Ok; });
    return conversation;
}

QList<Turn> turnsOf(const QList<StoredMessage> &conversation)
{
    QList<Turn> turns;
    for (int i = 0; i < int(conversation.size()); ++i) {
        const ModelMessage &message = conversation.at(i).message;
        if (message.role() == ModelMessage::Role::User) {
            if (!turns.isEmpty())
                turns.last().end = i;
            turns.append(Turn{i, -1, i + 1, -1});
        } else if (!turns.isEmpty() && message.isResponse() && !message.text().isEmpty()) {
            turns.last().answer = i;
        }
    }
    if (!turns.isEmpty())
        turns.last().end = int(conversation.size());
    return turns;
}

namespace {

/// The messages that are not part of the conversation the agent saw: requests not (yet)
/// answered and answers cut off. An export leaves them out and says so.
QList<StoredMessage> leftOutOf(const QList<StoredMessage> &stored)
{
    QList<StoredMessage> leftOut;
    std::copy_if(stored.cbegin(), stored.cend(), std::back_inserter(leftOut),
                 [](const StoredMessage &entry) { return entry.status != MessageStatus::Ok; });
    return leftOut;
}

QString reasonOf(const StoredMessage &entry)
{
    switch (entry.status) {
    case MessageStatus::Queued:
        return tr("waiting to be sent to the server");
    case MessageStatus::Pending:
        return tr("being sent when the export was made");
    case MessageStatus::Failed:
        return tr("not answered: %1").arg(entry.error);
    case MessageStatus::Incomplete:
        return tr("an answer cut off before it was complete");
    case MessageStatus::Ok:
        break;
    }
    return {};
}

QJsonObject leftOutJson(const QList<StoredMessage> &leftOut)
{
    QJsonArray entries;
    for (const StoredMessage &entry : leftOut) {
        entries.append(QJsonObject{{u"position"_s, entry.seq},
                                   {u"kind"_s, entry.message.isRequest() ? u"request"_s : u"response"_s},
                                   {u"status"_s, messageStatusName(entry.status)},
                                   {u"reason"_s, reasonOf(entry)}});
    }
    return QJsonObject{{u"count"_s, entries.size()}, {u"messages"_s, entries}};
}

} // namespace

QByteArray toJsonBytes(const ChatSession &session, const QList<StoredMessage> &stored, const QDateTime &exportedAt,
                       const QByteArray &versionsJson)
{
    const QList<StoredMessage> conversation = conversationOf(stored);
    QList<QByteArray> messages;
    QJsonArray ratings;
    for (const Turn &turn : turnsOf(conversation)) {
        messages.append(QJsonDocument(userEntry(session.sessionId, conversation, turn)).toJson(QJsonDocument::Compact));
        if (turn.answer < 0)
            continue;
        messages.append(assistantEntry(session.sessionId, conversation, turn));
        if (const auto &rating = conversation.at(turn.answer).rating)
            ratings.append(ratingEntry(idOf(session.sessionId, conversation, turn.answer), *rating));
    }
    QList<ModelMessage> history;
    for (const StoredMessage &entry : conversation)
        history.append(entry.message);
    const QJsonValue server = session.serverUrl.isEmpty()
        ? QJsonValue()
        : QJsonValue(QJsonObject{{u"url"_s, session.serverUrl}, {u"profile"_s, session.serverProfile}});
    const QJsonObject rest{
        {u"session_id"_s, session.sessionId},
        {u"user_id"_s, session.userId},
        {u"created_at"_s, isoTime(session.createdAt)},
        {u"updated_at"_s, isoTime(session.updatedAt)},
        {u"message_count"_s, messages.size()},
        {u"num_messages"_s, messages.size()},
        {u"ratings"_s, ratings},
        {u"exported_at"_s, isoTime(exportedAt)},
        {u"app_version"_s, QStringLiteral(GOVSTACK_VERSION)},
        {u"title"_s, session.title},
        {u"backend"_s, backendName(session.backend)},
        {u"server"_s, server},
        {u"language"_s, session.language},
        {u"left_out"_s, leftOutJson(leftOutOf(stored))},
    };
    // The messages go in as the exact bytes they are stored as: Qt's JSON would sort keys and round numbers.
    QByteArray json = "{\"pydantic_ai_messages\":" + PydanticAiCodec::encodeHistory(history) +
        ",\"messages\":" + JsonText::joinArray(messages) + ',' +
        QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1);
    if (!versionsJson.isEmpty())
        json.insert(json.size() - 1, ",\"versions\":" + versionsJson);
    return json;
}

QString toMarkdown(const ChatSession &session, const QList<StoredMessage> &stored, int otherVersions)
{
    QString text = u"# "_s % (session.title.isEmpty() ? tr("New conversation") : session.title) % u"\n\n"_s;
    text += u"- "_s % tr("Session: %1").arg(session.sessionId) % u'\n';
    if (!session.serverUrl.isEmpty())
        text += u"- "_s % tr("Server: %1 (%2)").arg(session.serverUrl, session.serverProfile) % u'\n';
    else
        text += u"- "_s % tr("Back end: %1").arg(backendName(session.backend)) % u'\n';
    text += u"- "_s % tr("User: %1").arg(session.userId) % u'\n';
    text += u"- "_s % tr("Started: %1").arg(isoTime(session.createdAt)) % u'\n';
    text += u"- "_s % tr("Last activity: %1").arg(isoTime(session.updatedAt)) % u'\n';
    if (otherVersions > 0)
        text += u"- "_s %
            tr("This is the version shown of this conversation; %n other version(s) are kept (questions edited or "
               "answers asked for again), in the JSON export.",
               nullptr, otherVersions) %
            u'\n';
    if (const QList<StoredMessage> leftOut = leftOutOf(stored); !leftOut.isEmpty()) {
        text += u"- "_s %
            tr("%n message(s) left out, not part of the conversation the assistant saw:", nullptr,
               int(leftOut.size())) %
            u'\n';
        for (const StoredMessage &entry : leftOut)
            text += u"  - "_s % tr("message %1: %2").arg(entry.seq + 1).arg(reasonOf(entry)) % u'\n';
    }
    text += u"\n---\n\n"_s;
    for (const StoredMessage &entry : conversationOf(stored))
        text += markdownOf(entry);
    return text;
}

} // namespace SessionExport
