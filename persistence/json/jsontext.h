#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

/// JSON as text, exactly: what Qt's JSON classes cannot keep.
///
/// QJsonDocument sorts object keys and turns every number into a double, so
/// `1.0`, `-0.0` and 2^64 do not survive it, nor does key order. A stored
/// PydanticAI message must go out as the bytes it came as; these functions
/// only check and cut JSON text, never rewrite it: key order, number text and
/// string escapes stay as written, only whitespace outside strings goes.
///
/// They refuse what is not JSON for PydanticAI (pydantic-core): malformed
/// text, invalid UTF-8, raw control characters in strings, lone surrogate
/// escapes such as `\ud800`, duplicate keys in an object, and nesting deeper
/// than 512 levels. The error names the line and column.
namespace JsonText {

/// The elements of the JSON array @p json, each as compact text.
Result<QList<QByteArray>> arrayElements(const QByteArray &json);
/// The members of the JSON object @p json, each value as compact text.
Result<QHash<QString, QByteArray>> objectMembers(const QByteArray &json);
/// The same members in the order they are written.
Result<QList<std::pair<QString, QByteArray>>> orderedMembers(const QByteArray &json);
/// The JSON value @p json as compact text.
Result<QByteArray> compact(const QByteArray &json);
/// The compact text of an array of the compact JSON values @p elements.
QByteArray joinArray(const QList<QByteArray> &elements);
/// The compact JSON text @p compactJson laid out as pydantic-core's `indent=` writes it:
/// one member or element per line, @p width spaces per level, `": "` after keys, and
/// empty arrays and objects kept as `[]` and `{}`.
QByteArray indented(const QByteArray &compactJson, int width);

} // namespace JsonText
