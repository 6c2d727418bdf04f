#include "chatsession.h"
#include "modelmessage.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModelMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestCarriesEveryFieldPydanticAiWrites();
    void responseCarriesEveryFieldPydanticAiWrites();
    void partFactoriesMatchPydanticAiShapes();
    void rolesFollowTheParts();
    void responseSettersWriteTheJson();
    void argsAsObjectNormalisesLikePydanticAi();
    void usageReadsLegacyAliases();
    void govStackExtrasRoundTrip();
    void backendNames();
};

void TestModelMessage::requestCarriesEveryFieldPydanticAiWrites()
{
    const auto time = *Timestamp::parse(u"2026-03-14T09:00:01.250000Z");
    const ModelMessage request = ModelMessage::request({MessagePart::userPrompt(u"Habari"_s, time)}, time);
    const QJsonObject json = request.toJson();
    QCOMPARE(json.keys(),
             (QStringList{u"conversation_id"_s, u"instructions"_s, u"kind"_s, u"metadata"_s, u"parts"_s, u"run_id"_s,
                          u"state"_s, u"timestamp"_s}));
    QCOMPARE(json[u"kind"].toString(), u"request"_s);
    QCOMPARE(json[u"timestamp"].toString(), u"2026-03-14T09:00:01.250000Z"_s);
    QVERIFY(json[u"instructions"].isNull());
    QCOMPARE(json[u"state"].toString(), u"complete"_s);
    QCOMPARE(json[u"parts"][0][u"part_kind"].toString(), u"user-prompt"_s);
    QCOMPARE(request.text(), u"Habari"_s);
}

void TestModelMessage::responseCarriesEveryFieldPydanticAiWrites()
{
    const ModelMessage response = ModelMessage::response({MessagePart::text(u"Jibu"_s)}, u"govstack-agent"_s);
    const QJsonObject json = response.toJson();
    for (const auto key : {u"parts", u"usage", u"model_name", u"timestamp", u"kind", u"provider_name", u"provider_url",
                           u"provider_details", u"provider_response_id", u"finish_reason", u"run_id",
                           u"conversation_id", u"metadata", u"state"}) {
        QVERIFY2(json.contains(key), qPrintable(QString::fromUtf16(key)));
    }
    QCOMPARE(json[u"usage"].toObject().keys().size(), 9);
    QVERIFY(json[u"usage"][u"cost"].isNull());
    QCOMPARE(response.modelName(), u"govstack-agent"_s);
    QCOMPARE(response.role(), ModelMessage::Role::Assistant);
}

void TestModelMessage::partFactoriesMatchPydanticAiShapes()
{
    const auto time = *Timestamp::parse(u"2026-03-14T09:00:00Z");
    QCOMPARE(MessagePart::systemPrompt(u"Be brief"_s, time).toJson(),
             (QJsonObject{{u"content"_s, u"Be brief"_s},
                          {u"timestamp"_s, u"2026-03-14T09:00:00Z"_s},
                          {u"dynamic_ref"_s, QJsonValue::Null},
                          {u"part_kind"_s, u"system-prompt"_s}}));
    const MessagePart call = MessagePart::toolCall(u"search"_s, u"{\"q\": 1}"_s, u"call_1"_s);
    QCOMPARE(call.toJson().keys().size(), 8);
    QVERIFY(call.args().isString());
    QCOMPARE(call.toolName(), u"search"_s);
    QCOMPARE(call.toolCallId(), u"call_1"_s);
    const MessagePart result = MessagePart::toolReturn(u"search"_s, QJsonArray{1, 2}, u"call_1"_s, time);
    QCOMPARE(result.outcome(), u"success"_s);
    QCOMPARE(result.text(), u"[1,2]"_s);
    QCOMPARE(result.timestamp()->toString(), u"2026-03-14T09:00:00Z"_s);
}

void TestModelMessage::rolesFollowTheParts()
{
    QCOMPARE(ModelMessage::request({MessagePart::systemPrompt(u"s"_s), MessagePart::userPrompt(u"u"_s)}).role(),
             ModelMessage::Role::User);
    QCOMPARE(ModelMessage::request({MessagePart::systemPrompt(u"s"_s)}).role(), ModelMessage::Role::System);
    QCOMPARE(ModelMessage::request({MessagePart::toolReturn(u"t"_s, 1, u"c"_s)}).role(), ModelMessage::Role::Tool);
}

void TestModelMessage::responseSettersWriteTheJson()
{
    ModelMessage response = ModelMessage::response({MessagePart::text(u"a"_s), MessagePart::text(u"b"_s)}, {});
    RequestUsage usage;
    usage.inputTokens = 891;
    usage.outputTokens = 433;
    response.setUsage(usage);
    response.setProviderName(u"openai"_s);
    response.setProviderResponseId(u"chatcmpl-1"_s);
    response.setFinishReason(u"stop"_s);
    response.setState(u"incomplete"_s);
    const QJsonObject json = response.toJson();
    QCOMPARE(json[u"usage"][u"input_tokens"].toInteger(), 891);
    QCOMPARE(json[u"provider_name"].toString(), u"openai"_s);
    QCOMPARE(json[u"provider_response_id"].toString(), u"chatcmpl-1"_s);
    QCOMPARE(json[u"finish_reason"].toString(), u"stop"_s);
    QCOMPARE(json[u"state"].toString(), u"incomplete"_s);
    QVERIFY(json[u"model_name"].isNull());
    QCOMPARE(response.usage(), usage);
    QCOMPARE(response.text(), u"a\n\nb"_s);
}

void TestModelMessage::argsAsObjectNormalisesLikePydanticAi()
{
    QCOMPARE(MessagePart::toolCall(u"t"_s, u"not json"_s, u"c"_s).argsAsObject(),
             (QJsonObject{{u"INVALID_JSON"_s, u"not json"_s}}));
    QCOMPARE(MessagePart::toolCall(u"t"_s, QJsonValue::Null, u"c"_s).argsAsObject(), QJsonObject());
    QCOMPARE(MessagePart::toolCall(u"t"_s, QJsonValue::Null, u"c"_s).argsAsJsonText(), u"{}"_s);
    QCOMPARE(MessagePart::toolCall(u"t"_s, QJsonObject{{u"a"_s, 1}}, u"c"_s).argsAsJsonText(), u"{\"a\":1}"_s);
}

void TestModelMessage::usageReadsLegacyAliases()
{
    const RequestUsage usage = RequestUsage::fromJson(QJsonObject{{u"requests"_s, 1},
                                                                  {u"request_tokens"_s, 96},
                                                                  {u"response_tokens"_s, 31},
                                                                  {u"total_tokens"_s, 127},
                                                                  {u"details"_s, QJsonValue::Null},
                                                                  {u"cost"_s, 0.00026425}});
    QCOMPARE(usage.inputTokens, 96);
    QCOMPARE(usage.outputTokens, 31);
    QCOMPARE(usage.totalTokens(), 127);
    QCOMPARE(usage.details, QJsonObject());
    QCOMPARE(usage.cost, u"0.00026425"_s);
    QCOMPARE(usage.toJson()[u"cost"].toString(), u"0.00026425"_s);
}

void TestModelMessage::govStackExtrasRoundTrip()
{
    const QJsonObject server{
        {u"sources"_s,
         QJsonArray{QJsonObject{
             {u"title"_s, u"BRS"_s}, {u"url"_s, u"https://example.gov/brs"_s}, {u"snippet"_s, QJsonValue::Null}}}},
        {u"confidence"_s, 0.8},
        {u"retriever_type"_s, u"brs"_s},
        {u"recommended_follow_up_questions"_s,
         QJsonArray{QJsonObject{{u"question"_s, u"Which fees?"_s}, {u"relevance_score"_s, 0.9}}}},
        {u"usage"_s, QJsonObject{{u"total_tokens"_s, 1324}}},
        {u"trace_id"_s, u"t-1"_s},
        {u"message_id"_s, u"eb9d1702"_s},
        {u"brand_new"_s, u"kept"_s},
    };
    const GovStackExtras extras = GovStackExtras::fromJson(server);
    QCOMPARE(extras.sources.size(), 1);
    QCOMPARE(extras.sources.at(0).url, u"https://example.gov/brs"_s);
    QCOMPARE(extras.confidence, 0.8);
    QCOMPARE(extras.retrieverType, u"brs"_s);
    QCOMPARE(extras.followUpQuestions.at(0).question, u"Which fees?"_s);
    QCOMPARE(extras.followUpQuestions.at(0).relevanceScore, 0.9);
    QCOMPARE(extras.traceId, u"t-1"_s);
    QCOMPARE(extras.assistantMessageId, u"eb9d1702"_s);
    QCOMPARE(extras.otherFields.value(u"brand_new").toString(), u"kept"_s);
    QCOMPARE(GovStackExtras::fromJson(extras.toJson()), extras);
    QVERIFY(!GovStackExtras::fromJson(QJsonObject{{u"confidence"_s, QJsonValue::Null}}).confidence);
}

void TestModelMessage::backendNames()
{
    QCOMPARE(backendFromName(backendName(Backend::OpenAI)), Backend::OpenAI);
    QCOMPARE(backendFromName(backendName(Backend::GovStack)), Backend::GovStack);
    QVERIFY(!backendFromName(u"other"));
}

QTEST_APPLESS_MAIN(TestModelMessage)
#include "tst_modelmessage.moc"
