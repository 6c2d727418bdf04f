#include "chatcompletions.h"
#include "pydanticaicodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<ModelMessage> fixture(const QString &name)
{
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name);
    file.open(QIODevice::ReadOnly);
    return PydanticAiCodec::decodeHistory(file.readAll()).value();
}

} // namespace

class TestChatCompletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instructionsLeadAsSystem();
    void toolCallsAndResultsMap();
    void retryPromptsMap();
    void multimodalPromptsMap();
    void providerOnlyPartsAreLeftOut();
};

void TestChatCompletions::instructionsLeadAsSystem()
{
    const QJsonArray messages = ChatCompletions::messagesFor(fixture(u"simple-qa.json"_s));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0].toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"You are a concise, helpful assistant."_s}}));
    QCOMPARE(messages[1].toObject(),
             (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"What is the capital of Kenya?"_s}}));
    QCOMPARE(messages[2].toObject(),
             (QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"The capital of Kenya is Nairobi."_s}}));
}

void TestChatCompletions::toolCallsAndResultsMap()
{
    const QList<ModelMessage> history = fixture(u"rag-tool-call.json"_s);
    const QJsonArray messages = ChatCompletions::messagesFor(history);
    const MessagePart call = history.at(1).parts().at(0);

    QCOMPARE(messages[0][u"role"].toString(), u"system"_s);
    QCOMPARE(messages[1][u"role"].toString(), u"user"_s);
    const QJsonObject assistant = messages[2].toObject();
    QCOMPARE(assistant[u"role"].toString(), u"assistant"_s);
    QVERIFY(assistant[u"content"].isNull());
    const QJsonObject toolCall = assistant[u"tool_calls"][0].toObject();
    QCOMPARE(toolCall[u"id"].toString(), call.toolCallId());
    QCOMPARE(toolCall[u"type"].toString(), u"function"_s);
    QCOMPARE(toolCall[u"function"][u"name"].toString(), call.toolName());
    QCOMPARE(toolCall[u"function"][u"arguments"].toString(), call.args().toString()); // the JSON string, byte for byte

    const QJsonObject result = messages[3].toObject();
    QCOMPARE(result[u"role"].toString(), u"tool"_s);
    QCOMPARE(result[u"tool_call_id"].toString(), call.toolCallId());
    QCOMPARE(result[u"content"].toString(), history.at(2).parts().at(0).text());
    QCOMPARE(messages.last()[u"role"].toString(), u"assistant"_s);
    QCOMPARE(messages.last()[u"content"].toString(), history.last().text());
}

void TestChatCompletions::retryPromptsMap()
{
    const QList<ModelMessage> history = fixture(u"retry-prompt.json"_s);
    const QJsonArray messages = ChatCompletions::messagesFor(history);
    // system (instructions), user, assistant(call), tool(retry), assistant(call), tool(retry),
    // assistant(text + call), tool(result), assistant
    QCOMPARE(messages.size(), 9);
    QCOMPARE(messages[0].toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, history.at(0).instructions()}}));
    const QJsonObject firstCall = messages[2][u"tool_calls"][0].toObject();
    QVERIFY(firstCall[u"function"][u"arguments"].isString()); // object args are written as JSON text
    QCOMPARE(QJsonDocument::fromJson(firstCall[u"function"][u"arguments"].toString().toUtf8()).object(),
             history.at(1).parts().at(0).args().toObject());

    const QJsonObject validationRetry = messages[3].toObject();
    QCOMPARE(validationRetry[u"role"].toString(), u"tool"_s);
    QCOMPARE(validationRetry[u"tool_call_id"].toString(), firstCall[u"id"].toString());
    QCOMPARE(validationRetry[u"content"].toString(),
             u"days: Input should be a valid integer, unable to parse string as an integer"_s);
    QCOMPARE(messages[5][u"content"].toString(),
             u"The forecast service only covers up to 2 days ahead; ask for fewer days."_s);

    const QJsonObject textAndCall = messages[6].toObject();
    QVERIFY(!textAndCall[u"content"].toString().isEmpty());
    QCOMPARE(textAndCall[u"tool_calls"].toArray().size(), 1);

    // A retry without a tool (output validation) goes back as the user's words.
    const ModelMessage outputRetry =
        ModelMessage::request({MessagePart(MessagePart::Kind::RetryPrompt,
                                           QJsonObject{{u"content"_s, u"Please answer in JSON."_s},
                                                       {u"tool_name"_s, QJsonValue::Null},
                                                       {u"part_kind"_s, u"retry-prompt"_s}})});
    QCOMPARE(ChatCompletions::messagesFor({outputRetry})[0].toObject(),
             (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Please answer in JSON."_s}}));
}

void TestChatCompletions::multimodalPromptsMap()
{
    const QJsonArray messages = ChatCompletions::messagesFor(fixture(u"multimodal.json"_s));
    const QJsonArray content = messages[0][u"content"].toArray();
    QCOMPARE(content[0].toObject(),
             (QJsonObject{{u"type"_s, u"text"_s},
                          {u"text"_s, u"Compare this photo with the attached report and draw a matching icon."_s}}));
    QCOMPARE(content[1][u"image_url"][u"url"].toString(), u"https://example.com/photos/lake-victoria.jpg"_s);
    QVERIFY(content[2][u"image_url"][u"url"].toString().startsWith(u"data:image/png;base64,iVBOR"_s));
    QCOMPARE(content[3][u"text"].toString(), u"Report owner: fisheries team"_s);
    QCOMPARE(content.size(), 4); // the PDF and the cache point have no chat-completions form
}

void TestChatCompletions::providerOnlyPartsAreLeftOut()
{
    const QJsonArray thinking = ChatCompletions::messagesFor(fixture(u"thinking.json"_s));
    for (const QJsonValue &message : thinking)
        QVERIFY(!message[u"content"].toString().contains(u"redacted"_s));
    const QJsonArray web = ChatCompletions::messagesFor(fixture(u"builtin-web-search.json"_s));
    for (const QJsonValue &message : web)
        QVERIFY(!message.toObject().contains(u"tool_calls"));
}

QTEST_APPLESS_MAIN(TestChatCompletions)
#include "tst_chatcompletions.moc"
