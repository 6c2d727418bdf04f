#pragma once

#include <QString>

/// Where a value sits in a JSON document, written the way error messages name
/// it: `messages[2].parts[0].content`.
class JsonPath
{
public:
    explicit JsonPath(QString root = {})
        : m_path(std::move(root))
    { }

    JsonPath operator[](qsizetype index) const;
    JsonPath operator/(QStringView key) const;

    const QString &toString() const { return m_path; }

private:
    QString m_path;
};

/// The JSON type of a value as an error message names it: "a string", "null", ...
QString describeJsonType(const class QJsonValue &value);
