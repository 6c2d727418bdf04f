#include "jsontext.h"

#include "jsonscanner.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace JsonText {

Result<QList<QByteArray>> arrayElements(const QByteArray &json)
{
    JsonScanner scanner(json);
    if (!scanner.scan())
        return scanner.error();
    if (scanner.kind() != '[')
        return Error{Error::Code::InvalidData, u"expected a JSON array"_s};
    QList<QByteArray> elements;
    elements.reserve(scanner.elements().size());
    for (const auto &[start, end] : scanner.elements())
        elements.append(scanner.output().mid(start, end - start));
    return elements;
}

Result<QList<std::pair<QString, QByteArray>>> orderedMembers(const QByteArray &json)
{
    JsonScanner scanner(json);
    if (!scanner.scan())
        return scanner.error();
    if (scanner.kind() != '{')
        return Error{Error::Code::InvalidData, u"expected a JSON object"_s};
    QList<std::pair<QString, QByteArray>> members;
    members.reserve(scanner.members().size());
    for (const auto &[key, span] : scanner.members())
        members.append({key, scanner.output().mid(span.first, span.second - span.first)});
    return members;
}

Result<QHash<QString, QByteArray>> objectMembers(const QByteArray &json)
{
    const auto ordered = orderedMembers(json);
    if (!ordered)
        return ordered.error();
    QHash<QString, QByteArray> members;
    members.reserve(ordered->size());
    for (const auto &[key, value] : *ordered)
        members.insert(key, value);
    return members;
}

Result<QByteArray> compact(const QByteArray &json)
{
    JsonScanner scanner(json);
    if (!scanner.scan())
        return scanner.error();
    return scanner.output();
}

QByteArray joinArray(const QList<QByteArray> &elements)
{
    qsizetype size = 2 + std::max<qsizetype>(elements.size() - 1, 0);
    for (const QByteArray &element : elements)
        size += element.size();
    QByteArray joined;
    joined.reserve(size);
    joined.append('[');
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            joined.append(',');
        joined.append(elements.at(i));
    }
    joined.append(']');
    return joined;
}

QByteArray indented(const QByteArray &compactJson, int width)
{
    QByteArray out;
    out.reserve(compactJson.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newLine = [&] { out.append('\n').append(QByteArray(qsizetype(depth) * width, ' ')); };
    for (qsizetype i = 0; i < compactJson.size(); ++i) {
        const char c = compactJson.at(i);
        out.append(c);
        if (inString) {
            if (c == '\\')
                out.append(compactJson.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (i + 1 < compactJson.size() && (compactJson.at(i + 1) == ']' || compactJson.at(i + 1) == '}')) {
                out.append(compactJson.at(++i));
            } else {
                ++depth;
                newLine();
            }
            break;
        case ']':
        case '}':
            out.chop(1);
            --depth;
            newLine();
            out.append(c);
            break;
        case ',':
            newLine();
            break;
        case ':':
            out.append(' ');
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace JsonText
