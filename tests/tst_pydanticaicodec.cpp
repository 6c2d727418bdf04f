#include "jsoncompare.h"
#include "jsontext.h"
#include "pydanticaicodec.h"
#include "refusaltable.h"
#include "serverhistoryreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QList<ModelMessage> decodeFixture(const QString &name)
{
    auto history = PydanticAiCodec::decodeHistory(readFile(dataPath(name)));
    if (!history)
        qFatal("%s: %s", qPrintable(name), qPrintable(history.error().message));
    return history.value();
}

} // namespace

class TestPydanticAiCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureRoundTrips_data();
    void everyFixtureRoundTrips();
    void asciiEscapedTwinLoadsToTheSameData();
    void toolCallArgsKeepTheirType();
    void typedAccessorsReadFixtures();
    void legacyShapeReadsThroughAliases();
    void invalidFixturesAreRejectedWithTheirPlace_data();
    void invalidFixturesAreRejectedWithTheirPlace();
    void malformedInputIsRejected_data();
    void malformedInputIsRejected();
    void timestampsAreWrittenAsPydanticAiWritesThem();
    void unknownFieldsSurvive();
    void messagesTheAppMakesAreWrittenAsPydanticAiWritesThem();
    void writesUtf8Raw();
    void serverTracesKeepTheBytesTheServerSent();
};

void TestPydanticAiCodec::everyFixtureRoundTrips_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = QDir(dataPath({})).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestPydanticAiCodec::everyFixtureRoundTrips()
{
    QFETCH(QString, fileName);
    const QByteArray original = readFile(dataPath(fileName));
    const auto history = PydanticAiCodec::decodeHistory(original);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));

    const QByteArray written = PydanticAiCodec::encodeHistory(*history);
    const QString difference =
        firstJsonDifference(QJsonDocument::fromJson(original).array(), QJsonDocument::fromJson(written).array());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Writing what was read again changes nothing either.
    const auto reread = PydanticAiCodec::decodeHistory(written);
    QVERIFY(reread);
    QCOMPARE(PydanticAiCodec::encodeHistory(*reread), written);
}

void TestPydanticAiCodec::asciiEscapedTwinLoadsToTheSameData()
{
    const auto unicode = decodeFixture(u"unicode-long.json"_s);
    const auto escaped = decodeFixture(u"unicode-long.ascii-escaped.json"_s);
    QCOMPARE(QJsonDocument::fromJson(PydanticAiCodec::encodeHistory(escaped)),
             QJsonDocument::fromJson(PydanticAiCodec::encodeHistory(unicode)));
    QCOMPARE(escaped.at(1).text(), unicode.at(1).text());
    // Each keeps the text it came as: escapes stay escapes.
    QVERIFY(PydanticAiCodec::encodeHistory(escaped).contains("\\ud83d\\ude0a"));
    QVERIFY(unicode.at(0).parts().at(0).text().endsWith(u"😊"_s));
    QVERIFY(unicode.at(1).text().contains(u"👨‍👩‍👧‍👦"_s));
    QVERIFY(unicode.at(1).text().size() > 20000);
}

void TestPydanticAiCodec::toolCallArgsKeepTheirType()
{
    const auto rag = decodeFixture(u"rag-tool-call.json"_s);
    const MessagePart call = rag.at(1).parts().at(0);
    QCOMPARE(call.kind(), MessagePart::Kind::ToolCall);
    QVERIFY(call.args().isString());
    const QJsonValue writtenArgs =
        QJsonDocument::fromJson(PydanticAiCodec::encodeHistory(rag)).array()[1][u"parts"][0][u"args"];
    QVERIFY(writtenArgs.isString());
    QCOMPARE(writtenArgs.toString(), call.args().toString());
    QVERIFY(!call.argsAsObject().isEmpty());

    const auto retry = decodeFixture(u"retry-prompt.json"_s);
    const MessagePart objectCall = retry.at(1).parts().at(0);
    QVERIFY(objectCall.args().isObject());
    QCOMPARE(QJsonDocument::fromJson(objectCall.argsAsJsonText().toUtf8()).object(), objectCall.args().toObject());
}

void TestPydanticAiCodec::typedAccessorsReadFixtures()
{
    const auto simple = decodeFixture(u"simple-qa.json"_s);
    QCOMPARE(simple.size(), 2);
    QCOMPARE(simple.at(0).kind(), ModelMessage::Kind::Request);
    QCOMPARE(simple.at(0).role(), ModelMessage::Role::User);
    QCOMPARE(simple.at(0).text(), u"What is the capital of Kenya?"_s);
    QCOMPARE(simple.at(0).instructions(), u"You are a concise, helpful assistant."_s);
    QCOMPARE(simple.at(0).timestamp()->toString(), u"2026-03-14T09:00:01.251000Z"_s);
    const ModelMessage &answer = simple.at(1);
    QCOMPARE(answer.role(), ModelMessage::Role::Assistant);
    QCOMPARE(answer.text(), u"The capital of Kenya is Nairobi."_s);
    QCOMPARE(answer.modelName(), u"gpt-5.2-2026-01-15"_s);
    QCOMPARE(answer.providerName(), u"openai"_s);
    QCOMPARE(answer.finishReason(), u"stop"_s);
    QCOMPARE(answer.providerResponseId(), u"chatcmpl-Bq2f0sZl3o1Yk9r5vG7nX8aQ"_s);
    QCOMPARE(answer.usage().inputTokens, 24);
    QCOMPARE(answer.usage().outputTokens, 9);
    QCOMPARE(answer.usage().totalTokens(), 33);

    const auto thinking = decodeFixture(u"thinking.json"_s);
    const MessagePart thought = thinking.at(1).parts().at(0);
    QCOMPARE(thought.kind(), MessagePart::Kind::Thinking);
    QVERIFY(!thought.signature().isEmpty());

    const auto multimodal = decodeFixture(u"multimodal.json"_s);
    const QList<UserContent> items = multimodal.at(0).parts().at(0).userContent();
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(0).kind(), UserContent::Kind::Text);
    QCOMPARE(items.at(1).kind(), UserContent::Kind::ImageUrl);
    QCOMPARE(items.at(1).mediaType(), u"image/jpeg"_s);
    QCOMPARE(items.at(2).kind(), UserContent::Kind::Binary);
    QCOMPARE(items.at(3).kind(), UserContent::Kind::DocumentUrl);
    QCOMPARE(items.at(4).text(), u"Report owner: fisheries team"_s);
    QCOMPARE(items.at(5).kind(), UserContent::Kind::CachePoint);
    QCOMPARE(multimodal.at(1).parts().at(1).kind(), MessagePart::Kind::File);

    const auto web = decodeFixture(u"builtin-web-search.json"_s);
    QCOMPARE(web.at(1).parts().at(0).kind(), MessagePart::Kind::BuiltinToolCall);
    QCOMPARE(web.at(1).parts().at(1).kind(), MessagePart::Kind::BuiltinToolReturn);

    const auto retry = decodeFixture(u"retry-prompt.json"_s);
    const MessagePart retryPart = retry.at(2).parts().at(0);
    QCOMPARE(retryPart.kind(), MessagePart::Kind::RetryPrompt);
    QVERIFY(!retryPart.text().isEmpty());
    QCOMPARE(retry.at(2).role(), ModelMessage::Role::Tool);
}

void TestPydanticAiCodec::legacyShapeReadsThroughAliases()
{
    const auto legacy = decodeFixture(u"legacy-v0.4-shape.json"_s);
    QCOMPARE(legacy.at(0).role(), ModelMessage::Role::User);
    QCOMPARE(legacy.at(0).timestamp()->toString(), u"2025-07-20T14:03:00Z"_s); // from its first part
    const RequestUsage usage = legacy.at(1).usage();
    QCOMPARE(usage.inputTokens, 96);
    QCOMPARE(usage.outputTokens, 31);
    QCOMPARE(usage.details.value(u"reasoning_tokens").toInt(), 12);
    QCOMPARE(legacy.at(1).providerResponseId(), u"chatcmpl-BvLeg4cyQ2o9TfA1"_s);
    QCOMPARE(legacy.at(3).usage().details, QJsonObject());
}

void TestPydanticAiCodec::invalidFixturesAreRejectedWithTheirPlace_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("unknown part kind") << "unknown-part-kind.json"
                                       << R"(messages[0].parts[0]: unknown part_kind "user-message")";
    QTest::newRow("missing kind") << "missing-kind.json"
                                  << R"(messages[1]: missing "kind")";
    QTest::newRow("null text") << "null-text-content.json"
                               << "messages[1].parts[0].content: expected a value, got null";
    QTest::newRow("finish reason") << "bad-finish-reason.json"
                                   << R"(messages[1].finish_reason: "end_turn" is not one of)";
    QTest::newRow("args array") << "tool-call-args-array.json"
                                << "messages[1].parts[1].args: expected a JSON string, an object or null, got an array";
    QTest::newRow("image url")
        << "image-url-without-media-type.json"
        << R"(messages[0].parts[0].content[0]: image-url "https://example.com/image-without-extension" has no media_type)";
}

void TestPydanticAiCodec::invalidFixturesAreRejectedWithTheirPlace()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expectedError);
    const auto history = PydanticAiCodec::decodeHistory(readFile(dataPath(u"invalid/"_s + fileName)));
    QVERIFY(!history);
    QCOMPARE(history.error().code, Error::Code::InvalidData);
    QVERIFY2(history.error().message.startsWith(expectedError), qPrintable(history.error().message));
}

void TestPydanticAiCodec::malformedInputIsRejected_data()
{
    RefusalTable::addRows();
}

void TestPydanticAiCodec::malformedInputIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    const auto history = PydanticAiCodec::decodeHistory(json);
    QVERIFY(!history);
    QVERIFY2(history.error().message.startsWith(expectedError), qPrintable(history.error().message));
}

void TestPydanticAiCodec::timestampsAreWrittenAsPydanticAiWritesThem()
{
    // Read leniently, as PydanticAI reads them, and kept as they came (a history is never rewritten).
    const QByteArray lenient = R"([{"kind": "request", "timestamp": "2026-03-14 09:10:00+00:00",
        "parts": [{"part_kind": "user-prompt", "content": "Habari", "timestamp": 1773479400}]},
        {"kind": "response", "timestamp": "2026-03-14T12:10:00.5+03:00", "parts": [{"part_kind": "text", "content": "Salama"}]}])"_ba;
    const auto history = PydanticAiCodec::decodeHistory(lenient);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    QCOMPARE(history->at(0).timestamp()->toString(), u"2026-03-14T09:10:00Z"_s);
    QVERIFY(PydanticAiCodec::encodeHistory(*history).contains(R"("timestamp":1773479400)"));
    QCOMPARE(history->at(1).timestamp()->toString(), u"2026-03-14T12:10:00.500000+03:00"_s);
    QCOMPARE(PydanticAiCodec::encodeHistory(*history), JsonText::compact(lenient).value());

    // What the app writes itself is written as PydanticAI writes it.
    const ModelMessage made = ModelMessage::request(
        {MessagePart::userPrompt(u"Habari"_s, history->at(0).timestamp().value())}, history->at(1).timestamp().value());
    const QJsonObject written = QJsonDocument::fromJson(PydanticAiCodec::encodeMessage(made)).object();
    QCOMPARE(written[u"timestamp"].toString(), u"2026-03-14T12:10:00.500000+03:00"_s);
    QCOMPARE(written[u"parts"][0][u"timestamp"].toString(), u"2026-03-14T09:10:00Z"_s);
}

void TestPydanticAiCodec::messagesTheAppMakesAreWrittenAsPydanticAiWritesThem()
{
    // The first turn of the v2.33 fixture 11-licence-renewal-next-turn.json, as this app would make it
    // (no run ids, no dynamic system prompt): PydanticAI's field order, nulls, and escapes.
    const auto at = [](QStringView text) { return Timestamp::parse(text).value(); };
    const ModelMessage request =
        ModelMessage::request({MessagePart::systemPrompt(u"You are Msaidizi, the eCitizen helper for NTSA services."_s,
                                                         at(u"2026-06-30T06:00:00Z")),
                               MessagePart::userPrompt(u"My licence expired last week. Is there a penalty?"_s,
                                                       at(u"2026-06-30T06:00:00.000002Z"))},
                              at(u"2026-06-30T06:00:00.000003Z"), u"Keep answers under 60 words."_s);
    QCOMPARE(
        PydanticAiCodec::encodeMessage(request),
        R"({"parts":[{"content":"You are Msaidizi, the eCitizen helper for NTSA services.","timestamp":"2026-06-30T06:00:00Z","dynamic_ref":null,"part_kind":"system-prompt"},{"content":"My licence expired last week. Is there a penalty?","timestamp":"2026-06-30T06:00:00.000002Z","part_kind":"user-prompt"}],"timestamp":"2026-06-30T06:00:00.000003Z","instructions":"Keep answers under 60 words.","kind":"request","run_id":null,"conversation_id":null,"metadata":null,"state":"complete"})"_ba);

    ModelMessage response = ModelMessage::response(
        {MessagePart::text(u"No penalty if you renew within the grace period; renew on eCitizen."_s)}, u"gpt-4o"_s,
        at(u"2026-06-30T06:00:02Z"));
    RequestUsage usage;
    usage.inputTokens = 90;
    usage.outputTokens = 16;
    response.setUsage(usage);
    response.setProviderName(u"openai"_s);
    response.setFinishReason(u"stop"_s);
    QCOMPARE(
        PydanticAiCodec::encodeMessage(response),
        R"({"parts":[{"content":"No penalty if you renew within the grace period; renew on eCitizen.","id":null,"provider_name":null,"provider_details":null,"part_kind":"text"}],"usage":{"input_tokens":90,"cache_write_tokens":0,"cache_read_tokens":0,"output_tokens":16,"input_audio_tokens":0,"cache_audio_read_tokens":0,"output_audio_tokens":0,"details":{},"cost":null},"model_name":"gpt-4o","timestamp":"2026-06-30T06:00:02Z","kind":"response","provider_name":"openai","provider_url":null,"provider_details":null,"provider_response_id":null,"finish_reason":"stop","run_id":null,"conversation_id":null,"metadata":null,"state":"complete"})"_ba);

    // Strings as pydantic-core escapes them: control characters as \u00xx, the rest raw.
    const ModelMessage typed = ModelMessage::request(
        {MessagePart::userPrompt(u"q\"b\\n\nt\tc\u0001d\u007f/é\u2028"_s, at(u"2026-06-30T06:00:00Z"))},
        at(u"2026-06-30T06:00:00Z"));
    QVERIFY(PydanticAiCodec::encodeMessage(typed).contains(R"("content":"q\"b\\n\nt\tc\u0001d)"
                                                           "\x7f/\xc3\xa9\xe2\x80\xa8\""));
    QCOMPARE(PydanticAiCodec::decodeMessage(PydanticAiCodec::encodeMessage(typed))->text(), typed.text());
}

void TestPydanticAiCodec::unknownFieldsSurvive()
{
    const QByteArray future =
        R"([{"kind": "response", "parts": [{"part_kind": "text", "content": "x", "shiny_new": {"a": [1, 2.5]}}],
        "usage": {"input_tokens": 3, "future_tokens": 7}, "next_gen_field": "kept"}])"_ba;
    const auto history = PydanticAiCodec::decodeHistory(future);
    QVERIFY(history);
    const QString difference =
        firstJsonDifference(QJsonDocument::fromJson(future).array(),
                            QJsonDocument::fromJson(PydanticAiCodec::encodeHistory(*history)).array());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestPydanticAiCodec::writesUtf8Raw()
{
    const auto unicode = decodeFixture(u"unicode-long.json"_s);
    const QByteArray written = PydanticAiCodec::encodeHistory(unicode);
    QVERIFY(written.contains("😊"));
    QVERIFY(!written.contains("\\ud83d"));
    QVERIFY(written.contains("\\u0007"));
}

void TestPydanticAiCodec::serverTracesKeepTheBytesTheServerSent()
{
    // A v2 server keeps the agent's history in each answer's `metadata`; the turn's part of it is
    // stored as the bytes the server sent: numbers such as 1.0, -0.0 and 2^64, key order, escapes.
    const QByteArray agentHistory = readFile(dataPath(u"v2.33/10-kra-pin-unicode-numbers.json"_s));
    const QByteArray body = R"({"session_id":"s-1","messages":[)"
                            R"({"message_id":"u-1","message_type":"user","content":{"content":"PIN?"},)"
                            R"("timestamp":"2026-06-01T10:00:00Z","metadata":null},)"
                            R"({"message_id":"a-1","message_type":"assistant","content":{"content":"Yes."},)"
                            R"("timestamp":"2026-06-01T10:00:05Z","metadata": )" +
        agentHistory + R"(}],"num_messages":2})";
    const ServerHistory server =
        ServerHistoryReader::read(QJsonDocument::fromJson(body).object(), body, u"http://127.0.0.1"_s);
    QCOMPARE(server.turns.size(), 1);
    const QList<ModelMessage> &trace = server.turns.first().trace;
    QVERIFY(!trace.isEmpty());

    const QList<QByteArray> sent = JsonText::arrayElements(agentHistory).value();
    const QList<QByteArray> expected = sent.mid(sent.size() - trace.size());
    for (qsizetype i = 0; i < trace.size(); ++i)
        QCOMPARE(PydanticAiCodec::encodeMessage(trace.at(i)), expected.at(i));
    QVERIFY(JsonText::joinArray(expected).contains("18446744073709551616"));
}

QTEST_GUILESS_MAIN(TestPydanticAiCodec)
#include "tst_pydanticaicodec.moc"
