#pragma once

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/// Where two JSON values first differ, or an empty string when they are the
/// same value: same keys, same values, and the same types, telling integers
/// from floating-point numbers (PydanticAI reads 24 and 24.0 differently).
inline QString firstJsonDifference(const QJsonValue &expected, const QJsonValue &actual,
                                   const QString &path = QStringLiteral("$"))
{
    const auto cborType = [](const QJsonValue &value) { return QCborValue::fromJsonValue(value).type(); };
    if (expected.type() != actual.type() || cborType(expected) != cborType(actual))
        return path + QStringLiteral(": type differs");
    if (expected.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (!a.contains(key) || !b.contains(key))
                return path + u'.' + key + QStringLiteral(": present on one side only");
            if (QString difference = firstJsonDifference(a.value(key), b.value(key), path + u'.' + key);
                !difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        if (a.size() != b.size())
            return path + QStringLiteral(": array length %1 != %2").arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (QString difference = firstJsonDifference(a.at(i), b.at(i), path + QStringLiteral("[%1]").arg(i));
                !difference.isEmpty())
                return difference;
        }
        return {};
    }
    return expected == actual ? QString() : path + QStringLiteral(": value differs");
}
