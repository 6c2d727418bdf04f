#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

/// Every history the app refuses as PydanticAI refuses it, with the start of the error that
/// names its place: the codec's table, which import runs too (each refusal changes nothing).
namespace RefusalTable {

inline void addRows()
{
    using namespace Qt::StringLiterals;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("truncated") << "[{\"kind\": \"request\", \"parts\": ["_ba
                               << "malformed JSON at line 1, column 32";
    QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba
                          << "malformed JSON at line 1, column";
    QTest::newRow("second line") << "[\n  {\"kind\": }\n]"_ba
                                 << "malformed JSON at line 2, column";
    QTest::newRow("object") << "{\"messages\": []}"_ba
                            << "expected a JSON array of messages, got an object";
    QTest::newRow("lone surrogate")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": "\ud800"}]}])"_ba
        << "malformed JSON at line 1, column 73: a lone surrogate \\ud800";
    QTest::newRow("lone low surrogate") << R"([{"kind": "request", "parts": [], "x": "a\udc00b"}])"_ba
                                        << "malformed JSON at line 1, column 42: a lone surrogate \\udc00";
    QTest::newRow("duplicate key") << R"([{"kind": "request", "kind": "response", "parts": []}])"_ba
                                   << "malformed JSON at line 1, column 22: duplicate key \"kind\"";
    QTest::newRow("raw control character") << "[{\"kind\": \"request\", \"parts\": [], \"x\": \"a\x01\"}]"_ba
                                           << "malformed JSON at line 1, column 42: a raw control character (U+0001)";
    QTest::newRow("raw NUL") << QByteArray("[{\"kind\": \"request\", \"parts\": [], \"x\": \"a\0\"}]", 46)
                             << "malformed JSON at line 1, column 42: a raw control character (U+0000)";
    QTest::newRow("invalid UTF-8") << "[{\"kind\": \"request\", \"parts\": [], \"x\": \"\xc3\x28\"}]"_ba
                                   << "malformed JSON at line 1, column 41: invalid UTF-8";
    QTest::newRow("nested too deep") << QByteArray(600, '[') + QByteArray(600, ']')
                                     << "malformed JSON at line 1, column 513: nested more than 512 levels deep";
    QTest::newRow("offset of a day")
        << R"([{"kind": "request", "parts": [], "timestamp": "2026-01-01T00:00:00+25:00"}])"_ba
        << "messages[0].timestamp: \"2026-01-01T00:00:00+25:00\" is not a valid date";
    QTest::newRow("timestamp past year 9999") << R"([{"kind": "request", "parts": [], "timestamp": 1e20}])"_ba
                                              << "messages[0].timestamp: a number is not a valid date";
    QTest::newRow("base64 alphabets mixed")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "binary", "data": "ab+_", "media_type": "image/png"}]}]}])"_ba
        << "messages[0].parts[0].content[0].data: mixes the standard (+/) and URL-safe (-_) base64 alphabets";
    QTest::newRow("base64 padding")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "binary", "data": "abc=d", "media_type": "image/png"}]}]}])"_ba
        << "messages[0].parts[0].content[0].data: is not valid base64";
    QTest::newRow("usage details not integers")
        << R"([{"kind": "response", "parts": [], "usage": {"details": {"a": 1.5}}}])"_ba
        << "messages[0].usage.details.a: expected an integer, got a number";
    QTest::newRow("cost NaN") << R"([{"kind": "response", "parts": [], "usage": {"cost": "NaN"}}])"_ba
                              << "messages[0].usage.cost: expected a decimal number, got a string";
    QTest::newRow("typed tool call named otherwise")
        << R"([{"kind": "response", "parts": [{"part_kind": "tool-call", "tool_name": "other", "tool_kind": "tool-search", "args": {}}]}])"_ba
        << R"(messages[0].parts[0].tool_name: must be "search_tools" for tool_kind "tool-search", not "other")";
    QTest::newRow("typed tool return named otherwise")
        << R"([{"kind": "request", "parts": [{"part_kind": "tool-return", "tool_name": "x", "tool_kind": "capability-load", "content": {}}]}])"_ba
        << R"(messages[0].parts[0].tool_name: must be "load_capability" for tool_kind "capability-load", not "x")";
    QTest::newRow("response state") << R"([{"kind": "response", "parts": [], "state": "pending"}])"_ba
                                    << R"(messages[0].state: "pending" is not one of)";
    QTest::newRow("request state") << R"([{"kind": "request", "parts": [], "state": "incomplete"}])"_ba
                                   << R"(messages[0].state: "incomplete" is not one of)";
    QTest::newRow("unknown content kind")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "sticker"}]}]}])"_ba
        << R"(messages[0].parts[0].content[0]: unknown content kind "sticker")";
    QTest::newRow("cache point ttl")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "cache-point", "ttl": "1d"}]}]}])"_ba
        << R"(messages[0].parts[0].content[0].ttl: "1d" is not one of)";
    QTest::newRow("uploaded file provider")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "uploaded-file", "file_id": "f", "provider_name": "dropbox"}]}]}])"_ba
        << R"(messages[0].parts[0].content[0].provider_name: "dropbox" is not one of)";
    QTest::newRow("text content not text")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "text-content", "content": 7}]}]}])"_ba
        << "messages[0].parts[0].content[0].content: expected a string, got a number";
    QTest::newRow("force_download")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "image-url", "url": "https://a.example/x.png", "force_download": "yes"}]}]}])"_ba
        << R"(messages[0].parts[0].content[0].force_download: expected true, false or "allow-local")";
    QTest::newRow("binary without media type")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "binary", "data": "AA=="}]}]}])"_ba
        << R"(messages[0].parts[0].content[0]: missing required field "media_type")";
    QTest::newRow("error details loc")
        << R"([{"kind": "request", "parts": [{"part_kind": "retry-prompt", "content": [{"type": "x", "loc": "a", "msg": "m", "input": 1}]}]}])"_ba
        << "messages[0].parts[0].content[0].loc: expected an array";
    QTest::newRow("message not object") << "[42]"_ba
                                        << "messages[0]: expected a message object, got a number";
    QTest::newRow("parts missing") << R"([{"kind": "request"}])"_ba
                                   << R"(messages[0]: missing required field "parts")";
    QTest::newRow("part kind in wrong message")
        << R"([{"kind": "request", "parts": [{"content": "hi", "part_kind": "text"}]}])"_ba
        << R"(messages[0].parts[0]: part_kind "text" is not allowed in a request)";
    QTest::newRow("bad timestamp") << R"([{"kind": "response", "parts": [], "timestamp": "soon"}])"_ba
                                   << R"(messages[0].timestamp: "soon" is not a valid date and time)";
    QTest::newRow("null response timestamp") << R"([{"kind": "response", "parts": [], "timestamp": null}])"_ba
                                             << "messages[0].timestamp: expected a value, got null";
    QTest::newRow("bad base64")
        << R"([{"kind": "request", "parts": [{"part_kind": "user-prompt", "content": [{"kind": "binary", "data": "%%%", "media_type": "image/png"}]}]}])"_ba
        << "messages[0].parts[0].content[0].data: is not valid base64";
    QTest::newRow("usage null count") << R"([{"kind": "response", "parts": [], "usage": {"input_tokens": null}}])"_ba
                                      << "messages[0].usage.input_tokens: expected a value, got null";
    QTest::newRow("error details without input")
        << R"([{"kind": "request", "parts": [{"part_kind": "retry-prompt", "content": [{"type": "x", "loc": [], "msg": "m"}]}]}])"_ba
        << R"(messages[0].parts[0].content[0]: missing required field "input")";
    QTest::newRow("speaker")
        << R"([{"kind": "request", "parts": [{"part_kind": "speech", "speaker": "assistant"}]}])"_ba
        << R"(messages[0].parts[0].speaker: "assistant" is not one of user)";
    QTest::newRow("tool search content")
        << R"([{"kind": "request", "parts": [{"part_kind": "tool-return", "tool_name": "search_tools", "tool_kind": "tool-search", "content": "x"}]}])"_ba
        << "messages[0].parts[0].content: expected an object";
}

} // namespace RefusalTable
