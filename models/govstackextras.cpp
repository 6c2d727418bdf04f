#include "govstackextras.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullableString(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QStringList &knownKeys()
{
    static const QStringList keys{
        u"sources"_s, u"confidence"_s, u"retriever_type"_s,  u"recommended_follow_up_questions"_s,
        u"usage"_s,   u"trace_id"_s,   u"user_message_id"_s, u"message_id"_s};
    return keys;
}

} // namespace

GovStackExtras GovStackExtras::fromJson(const QJsonObject &json)
{
    GovStackExtras extras;
    for (const QJsonValue &source : json.value(u"sources").toArray()) {
        const QJsonValue snippet = source[u"snippet"];
        extras.sources << Source{source[u"title"].toString(), source[u"url"].toString(),
                                 snippet.isString() ? snippet.toString() : QString()};
    }
    if (const QJsonValue confidence = json.value(u"confidence"); confidence.isDouble())
        extras.confidence = confidence.toDouble();
    extras.retrieverType = json.value(u"retriever_type").toString();
    for (const QJsonValue &followUp : json.value(u"recommended_follow_up_questions").toArray()) {
        // Older servers sent plain strings; keep them as questions without a score.
        if (followUp.isString())
            extras.followUpQuestions << FollowUpQuestion{followUp.toString(), 0.0};
        else
            extras.followUpQuestions << FollowUpQuestion{followUp[u"question"].toString(),
                                                         followUp[u"relevance_score"].toDouble()};
    }
    extras.usage = json.value(u"usage").toObject();
    extras.traceId = json.value(u"trace_id").toString();
    extras.userMessageId = json.value(u"user_message_id").toString();
    extras.assistantMessageId = json.value(u"message_id").toString();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            extras.otherFields.insert(it.key(), it.value());
    }
    return extras;
}

QJsonObject GovStackExtras::toJson() const
{
    QJsonArray sourceArray;
    for (const Source &source : sources) {
        sourceArray.append(QJsonObject{
            {u"title"_s, source.title}, {u"url"_s, source.url}, {u"snippet"_s, nullableString(source.snippet)}});
    }
    QJsonArray followUps;
    for (const FollowUpQuestion &followUp : followUpQuestions)
        followUps.append(
            QJsonObject{{u"question"_s, followUp.question}, {u"relevance_score"_s, followUp.relevanceScore}});

    QJsonObject json = otherFields;
    json.insert(u"sources"_s, sourceArray);
    json.insert(u"confidence"_s, confidence ? QJsonValue(*confidence) : QJsonValue(QJsonValue::Null));
    json.insert(u"retriever_type"_s, nullableString(retrieverType));
    json.insert(u"recommended_follow_up_questions"_s, followUps);
    json.insert(u"usage"_s, usage);
    json.insert(u"trace_id"_s, nullableString(traceId));
    json.insert(u"user_message_id"_s, nullableString(userMessageId));
    json.insert(u"message_id"_s, nullableString(assistantMessageId));
    return json;
}
