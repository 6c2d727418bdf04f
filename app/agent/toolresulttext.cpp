#include "toolresulttext.h"

#include "chatcontent.h"
#include "jsontext.h"
#include "pydanticaiwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// A value of a tool's result with the exact text it was stored as.
struct Value {
    QJsonValue value;
    QByteArray json;
};

/// PydanticAI's test for a file inside a tool result: a known multimodal `kind` with a field
/// only such items have, and the fields it cannot do without; any other object is plain data.
bool isFile(const QJsonValue &value)
{
    static const QSet<QString> kinds{u"image-url"_s, u"audio-url"_s, u"document-url"_s,
                                     u"video-url"_s, u"binary"_s,    u"uploaded-file"_s};
    const QJsonObject object = value.toObject();
    const QString kind = object.value(u"kind").toString();
    if (!kinds.contains(kind) ||
        !(object.contains(u"url") || object.contains(u"media_type") || object.contains(u"file_id")))
        return false;
    const auto hasText = [&object](QStringView key) { return object.value(key).isString(); };
    if (kind == u"binary")
        return hasText(u"data") && hasText(u"media_type");
    if (kind == u"uploaded-file")
        return hasText(u"file_id") && hasText(u"provider_name");
    return hasText(u"url");
}

/// A tool result's `content` with its exact text, and its values one by one (the elements of a list).
struct Content {
    QByteArray json;
    bool wasList = false;
    QList<Value> items;
};

Content contentOf(const PreparedPart &part)
{
    const QJsonValue value = part.part.content();
    Content content{part.member(u"content"_s), value.isArray(), {}};
    if (!content.wasList) {
        content.items = {{value, content.json}};
        return content;
    }
    const QJsonArray values = value.toArray();
    const QList<QByteArray> texts = JsonText::arrayElements(content.json).valueOr({});
    for (qsizetype i = 0; i < values.size() && i < texts.size(); ++i)
        content.items.append({values.at(i), texts.at(i)});
    return content;
}

QString asText(const Value &item)
{
    if (item.value.isNull())
        return {};
    return item.value.isString() ? item.value.toString() : QString::fromUtf8(item.json);
}

QByteArray errorObject(const QString &response)
{
    return "{\"error\":" + PydanticAiWriter::string(response) + '}';
}

QString seeFile(const QString &identifier)
{
    return u"See file %1."_s.arg(identifier);
}

QByteArray stringArray(const QList<QByteArray> &leading, const QStringList &texts)
{
    QList<QByteArray> elements = leading;
    for (const QString &text : texts)
        elements.append(PydanticAiWriter::string(text));
    return JsonText::joinArray(elements);
}

/// One ErrorDetails entry without the keys PydanticAI leaves out of a retry prompt.
QByteArray errorDetails(const QByteArray &json, bool forOutput)
{
    const auto members = JsonText::orderedMembers(json);
    if (!members)
        return json;
    const auto loc =
        std::find_if(members->cbegin(), members->cend(), [](const auto &member) { return member.first == u"loc"; });
    const qsizetype locLength = loc == members->cend() ? 0 : JsonText::arrayElements(loc->second).valueOr({}).size();
    QByteArray out = "{";
    for (const auto &[key, value] : *members) {
        if (key == u"ctx" || (forOutput && key == u"input" && locLength <= 1))
            continue;
        if (out.size() > 1)
            out += ',';
        out += PydanticAiWriter::string(key) + ':' + value;
    }
    return out + '}';
}

} // namespace

namespace ToolResultText {

ToolResult forReturn(const PreparedPart &part)
{
    const Content content = contentOf(part);
    const QList<Value> &items = content.items;
    const bool wasList = content.wasList;
    QList<Value> data;
    QList<UserContent> files;
    for (const Value &item : items) {
        if (isFile(item.value))
            files.append(UserContent(item.value));
        else
            data.append(item);
    }
    const bool failed = part.part.outcome() == u"failed";
    // `model_response_str`: the data without the files, a single value unwrapped.
    const auto response = [&]() -> QString {
        if (data.isEmpty())
            return {};
        if (data.size() == 1 && (!wasList || !files.isEmpty()))
            return asText(data.first());
        if (files.isEmpty())
            return QString::fromUtf8(content.json);
        QList<QByteArray> texts;
        for (const Value &item : data)
            texts.append(item.json);
        return QString::fromUtf8(JsonText::joinArray(texts));
    };
    if (files.isEmpty())
        return {failed ? QString::fromUtf8(errorObject(response())) : response(), {}};

    QStringList texts;
    QList<UserContent> fileContent;
    for (const Value &item : items) {
        if (isFile(item.value)) {
            const QString identifier = ChatContent::identifier(UserContent(item.value));
            texts << seeFile(identifier);
            fileContent << UserContent::fromText(u"This is file %1:"_s.arg(identifier)) << UserContent(item.value);
        } else {
            texts << (item.value.isString() ? item.value.toString() : QString::fromUtf8(item.json));
        }
    }
    if (failed) {
        QStringList references;
        for (const UserContent &file : files)
            references << seeFile(ChatContent::identifier(file));
        return {QString::fromUtf8(stringArray({errorObject(response())}, references)), fileContent};
    }
    return {wasList ? QString::fromUtf8(stringArray({}, texts)) : texts.first(), fileContent};
}

bool answersToolCall(const PreparedPart &retry)
{
    return retry.part.toJson().value(u"tool_name").isString();
}

QString forRetry(const PreparedPart &part)
{
    const QJsonValue content = part.part.content();
    const bool forOutput = !answersToolCall(part);
    QString description;
    if (content.isString()) {
        description = forOutput ? u"Validation feedback:\n"_s + content.toString() : content.toString();
    } else {
        QList<QByteArray> errors;
        for (const QByteArray &error : JsonText::arrayElements(part.member(u"content"_s)).valueOr({}))
            errors.append(errorDetails(error, forOutput));
        description = u"%1 validation error%2:\n```json\n%3\n```"_s.arg(
            QString::number(errors.size()), errors.size() == 1 ? QString() : u"s"_s,
            QString::fromUtf8(JsonText::indented(JsonText::joinArray(errors), 2)));
    }
    return description + u"\n\nFix the errors and try again."_s;
}

} // namespace ToolResultText
