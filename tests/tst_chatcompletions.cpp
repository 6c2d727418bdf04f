#include "chatcompletions.h"
#include "jsontext.h"
#include "pydanticaicodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<ModelMessage> fixture(const QString &name)
{
    return PydanticAiCodec::decodeHistory(readFile(name)).value();
}

QString pretty(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson()
                                              : QJsonDocument(value.toArray()).toJson());
}

ModelMessage request(const QJsonArray &parts)
{
    QJsonArray array{QJsonObject{{u"parts"_s, parts}, {u"kind"_s, u"request"_s}}};
    return PydanticAiCodec::decodeHistory(QJsonDocument(array).toJson(QJsonDocument::Compact)).value().first();
}

} // namespace

class TestChatCompletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesPydanticAi_data();
    void matchesPydanticAi();
    void refusesWhatPydanticAiRefuses_data();
    void refusesWhatPydanticAiRefuses();
    void instructionsFollowTheLeadingSystemPrompts();
    void toolCallsCarryTheirArgumentsVerbatim();
    void retryPromptsAreWordedAsPydanticAiWordsThem();
    void linksThatNeedADownloadAreRefused();
    void thinkingGoesInlineAndBuiltinToolsStayOut();
    void indentedLaysOutJsonAsPydanticCore();
};

void TestChatCompletions::matchesPydanticAi_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/openai"));
    for (const QString &file : dir.entryList({u"*.openai.json"_s}))
        QTest::newRow(qPrintable(file)) << file.chopped(int(qstrlen(".openai.json")));
}

void TestChatCompletions::matchesPydanticAi()
{
    QFETCH(QString, name);
    const auto messages = ChatCompletions::messagesFor(fixture(u"v2.33/"_s + name + u".json"_s));
    QVERIFY2(messages, qPrintable(messages ? QString() : messages.error().message));
    const QJsonArray expected = QJsonDocument::fromJson(readFile(u"openai/"_s + name + u".openai.json"_s)).array();
    QVERIFY(!expected.isEmpty());
    for (qsizetype i = 0; i < std::min(expected.size(), messages->size()); ++i) {
        QVERIFY2(messages->at(i) == expected.at(i),
                 qPrintable(u"message %1 differs.\nsent:\n%2\nPydanticAI:\n%3"_s.arg(
                     QString::number(i), pretty(messages->at(i)), pretty(expected.at(i)))));
    }
    QCOMPARE(messages->size(), expected.size());
}

void TestChatCompletions::refusesWhatPydanticAiRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("reason");
    QTest::newRow("video link") << u"04-land-search-remote-files"_s << u"Message 1 "_s << u"a video"_s;
    QTest::newRow("file uploaded elsewhere")
        << u"12-sha-claim-uploaded-files"_s << u"Message 1 "_s << u"uploaded to google-cloud"_s;
}

void TestChatCompletions::refusesWhatPydanticAiRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, place);
    QFETCH(QString, reason);
    // PydanticAI raises for these instead of sending anything (the `.openai-error.txt` files).
    QVERIFY(!readFile(u"openai/"_s + name + u".openai-error.txt"_s).isEmpty());
    const auto messages = ChatCompletions::messagesFor(fixture(u"v2.33/"_s + name + u".json"_s));
    QVERIFY(!messages);
    QVERIFY2(messages.error().message.contains(place), qPrintable(messages.error().message));
    QVERIFY2(messages.error().message.contains(reason), qPrintable(messages.error().message));
}

void TestChatCompletions::instructionsFollowTheLeadingSystemPrompts()
{
    const QJsonArray simple = ChatCompletions::messagesFor(fixture(u"simple-qa.json"_s)).value();
    QCOMPARE(simple.size(), 3);
    QCOMPARE(simple[0].toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"You are a concise, helpful assistant."_s}}));
    QCOMPARE(simple[1][u"role"].toString(), u"user"_s);

    // Only the current request's instructions go out, after the system prompts that open the history.
    QList<ModelMessage> history = fixture(u"v2.33/11-licence-renewal-next-turn.json"_s);
    const QJsonArray messages = ChatCompletions::messagesFor(history).value();
    QCOMPARE(messages[2].toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, history.last().instructions()}}));
    QCOMPARE(messages[3][u"role"].toString(), u"user"_s);
    history.append(ModelMessage::request({MessagePart::userPrompt(u"Na Nairobi?"_s)}));
    for (const QJsonValue &message : ChatCompletions::messagesFor(history).value())
        QVERIFY(message[u"content"] != QJsonValue(history.at(history.size() - 2).instructions()));
}

void TestChatCompletions::toolCallsCarryTheirArgumentsVerbatim()
{
    const QList<ModelMessage> history = fixture(u"v2.33/10-kra-pin-unicode-numbers.json"_s);
    const QJsonArray messages = ChatCompletions::messagesFor(history).value();
    QStringList arguments;
    for (const QJsonValue &message : messages) {
        for (const QJsonValue &call : message[u"tool_calls"].toArray())
            arguments << call[u"function"][u"arguments"].toString();
    }
    // Object arguments keep their key order and the text of every number; a JSON string goes as written.
    QVERIFY(std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &text) {
        return text.contains(u"1.0"_s) && text.contains(u"-0.0"_s) && text.contains(u"18446744073709551616"_s) &&
            text.contains(u"1e+21"_s);
    }));
    QVERIFY(std::any_of(arguments.cbegin(), arguments.cend(),
                        [](const QString &text) { return text.contains(u"1e21"_s); }));
}

void TestChatCompletions::retryPromptsAreWordedAsPydanticAiWordsThem()
{
    const QJsonArray messages = ChatCompletions::messagesFor(fixture(u"retry-prompt.json"_s)).value();
    const QString validation = messages[3][u"content"].toString();
    QVERIFY2(validation.startsWith(u"1 validation error:\n```json\n[\n  {\n    \"type\": "_s), qPrintable(validation));
    QVERIFY(validation.endsWith(u"\n```\n\nFix the errors and try again."_s));
    QVERIFY(!validation.contains(u"\"ctx\""_s));
    QCOMPARE(
        messages[5][u"content"].toString(),
        u"The forecast service only covers up to 2 days ahead; ask for fewer days.\n\nFix the errors and try again."_s);

    // Feedback on the output, not on a tool call, goes back as the user's words.
    const ModelMessage outputRetry = request(QJsonArray{QJsonObject{
        {u"content"_s, u"Please answer in JSON."_s},
        {u"tool_name"_s, QJsonValue::Null},
        {u"tool_call_id"_s, u"x"_s},
        {u"timestamp"_s, u"2026-01-01T00:00:00Z"_s},
        {u"part_kind"_s, u"retry-prompt"_s},
    }});
    QCOMPARE(ChatCompletions::messagesFor({outputRetry}).value()[0].toObject(),
             (QJsonObject{
                 {u"role"_s, u"user"_s},
                 {u"content"_s, u"Validation feedback:\nPlease answer in JSON.\n\nFix the errors and try again."_s}}));
}

void TestChatCompletions::linksThatNeedADownloadAreRefused()
{
    // PydanticAI downloads a document link before sending it; the app does not fetch such addresses.
    const auto messages = ChatCompletions::messagesFor(fixture(u"multimodal.json"_s));
    QVERIFY(!messages);
    QVERIFY2(messages.error().message.contains(u"downloaded"_s), qPrintable(messages.error().message));
    QVERIFY(messages.error().message.startsWith(u"Message 1 "_s));
}

void TestChatCompletions::thinkingGoesInlineAndBuiltinToolsStayOut()
{
    const QJsonArray thinking = ChatCompletions::messagesFor(fixture(u"thinking.json"_s)).value();
    QVERIFY(std::any_of(thinking.cbegin(), thinking.cend(), [](const QJsonValue &message) {
        return message[u"content"].toString().startsWith(u"<think>\n"_s);
    }));
    const QJsonArray web = ChatCompletions::messagesFor(fixture(u"builtin-web-search.json"_s)).value();
    for (const QJsonValue &message : web)
        QVERIFY(!message.toObject().contains(u"tool_calls"));
}

void TestChatCompletions::indentedLaysOutJsonAsPydanticCore()
{
    QCOMPARE(JsonText::indented("[{\"a\":[],\"b\":{},\"c\":\"x,:[\\\"]\",\"d\":[1,-0.0]}]", 2),
             QByteArray("[\n  {\n    \"a\": [],\n    \"b\": {},\n    \"c\": \"x,:[\\\"]\",\n    \"d\": [\n      1,\n"
                        "      -0.0\n    ]\n  }\n]"));
}

QTEST_APPLESS_MAIN(TestChatCompletions)
#include "tst_chatcompletions.moc"
