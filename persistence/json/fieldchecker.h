#pragma once

#include "jsonpath.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

/// Checks the fields of one JSON object against a schema written as a chain of
/// calls, and remembers the first failure with the path of the field at fault:
///
///     FieldChecker(object, path).string(u"content", Need::Required).timestamp(u"timestamp", Need::Optional);
///
/// Timestamps are rewritten in place the way PydanticAI writes them.
class FieldChecker
{
public:
    enum class Need {
        Required, ///< must be present and not null
        Optional, ///< may be absent, but not null
        Nullable, ///< may be absent or null
    };

    FieldChecker(QJsonObject &object, JsonPath path);

    FieldChecker &string(QStringView key, Need need);
    FieldChecker &oneOf(QStringView key, const QStringList &allowed, Need need);
    FieldChecker &object(QStringView key, Need need);
    FieldChecker &array(QStringView key, Need need);
    FieldChecker &integer(QStringView key, Need need);
    /// A decimal as pydantic accepts it: a number or a numeric string.
    FieldChecker &decimal(QStringView key, Need need);
    FieldChecker &present(QStringView key);
    FieldChecker &timestamp(QStringView key, Need need);
    FieldChecker &stringList(QStringView key, Need need);
    /// A value checked by @p check, which returns the error for the value's path.
    FieldChecker &custom(QStringView key, Need need,
                         const std::function<std::optional<Error>(const QJsonValue &, const JsonPath &)> &check);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }

private:
    /// Whether the value at @p key is there to be checked further; records an
    /// error when @p need forbids what was found.
    bool shouldCheck(QStringView key, Need need);
    void fail(QStringView key, const QString &message);

    QJsonObject &m_object;
    JsonPath m_path;
    std::optional<Error> m_error;
};

Error invalidAt(const JsonPath &path, const QString &message);
/// "expected a string, got null" for the value at @p path.
Error wrongTypeAt(const JsonPath &path, const QString &expected, const QJsonValue &got);
