#include "fieldchecker.h"

#include "timestamp.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isIntegral(const QJsonValue &value)
{
    if (value.isDouble())
        return std::trunc(value.toDouble()) == value.toDouble();
    if (value.isString()) {
        bool ok = false;
        value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

QString quoted(const QJsonValue &value)
{
    return value.isString() ? u'"' % value.toString() % u'"' : describeJsonType(value);
}

} // namespace

Error invalidAt(const JsonPath &path, const QString &message)
{
    return Error{Error::Code::InvalidData, path.toString() % u": " % message};
}

Error wrongTypeAt(const JsonPath &path, const QString &expected, const QJsonValue &got)
{
    return invalidAt(path, u"expected "_s % expected % u", got "_s % describeJsonType(got));
}

FieldChecker::FieldChecker(QJsonObject &object, JsonPath path)
    : m_object(object)
    , m_path(std::move(path))
{ }

bool FieldChecker::shouldCheck(QStringView key, Need need)
{
    if (m_error)
        return false;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (need == Need::Required)
            m_error = invalidAt(m_path, u"missing required field \""_s % key % u'"');
        return false;
    }
    if (value.isNull()) {
        if (need != Need::Nullable)
            m_error = wrongTypeAt(m_path / key, u"a value"_s, value);
        return false;
    }
    return true;
}

void FieldChecker::fail(QStringView key, const QString &message)
{
    m_error = invalidAt(m_path / key, message);
}

FieldChecker &FieldChecker::string(QStringView key, Need need)
{
    if (shouldCheck(key, need) && !m_object.value(key).isString())
        m_error = wrongTypeAt(m_path / key, u"a string"_s, m_object.value(key));
    return *this;
}

FieldChecker &FieldChecker::oneOf(QStringView key, const QStringList &allowed, Need need)
{
    if (!shouldCheck(key, need))
        return *this;
    const QJsonValue value = m_object.value(key);
    if (!value.isString() || !allowed.contains(value.toString()))
        fail(key, quoted(value) % u" is not one of "_s % allowed.join(u", "));
    return *this;
}

FieldChecker &FieldChecker::object(QStringView key, Need need)
{
    if (shouldCheck(key, need) && !m_object.value(key).isObject())
        m_error = wrongTypeAt(m_path / key, u"an object"_s, m_object.value(key));
    return *this;
}

FieldChecker &FieldChecker::array(QStringView key, Need need)
{
    if (shouldCheck(key, need) && !m_object.value(key).isArray())
        m_error = wrongTypeAt(m_path / key, u"an array"_s, m_object.value(key));
    return *this;
}

FieldChecker &FieldChecker::integer(QStringView key, Need need)
{
    if (shouldCheck(key, need) && !isIntegral(m_object.value(key)))
        m_error = wrongTypeAt(m_path / key, u"an integer"_s, m_object.value(key));
    return *this;
}

FieldChecker &FieldChecker::decimal(QStringView key, Need need)
{
    if (!shouldCheck(key, need))
        return *this;
    const QJsonValue value = m_object.value(key);
    bool numeric = value.isDouble();
    // pydantic's Decimal refuses NaN and infinities unless told otherwise.
    if (value.isString())
        numeric = std::isfinite(value.toString().trimmed().toDouble(&numeric)) && numeric;
    if (!numeric)
        m_error = wrongTypeAt(m_path / key, u"a decimal number"_s, value);
    return *this;
}

FieldChecker &FieldChecker::present(QStringView key)
{
    if (!m_error && !m_object.contains(key))
        m_error = invalidAt(m_path, u"missing required field \""_s % key % u'"');
    return *this;
}

FieldChecker &FieldChecker::timestamp(QStringView key, Need need)
{
    if (!shouldCheck(key, need))
        return *this;
    const QJsonValue value = m_object.value(key);
    const auto parsed = Timestamp::fromJson(value);
    if (!parsed) {
        fail(key, quoted(value) % u" is not a valid date and time"_s);
        return *this;
    }
    m_object.insert(key, parsed->toString());
    return *this;
}

FieldChecker &FieldChecker::stringList(QStringView key, Need need)
{
    return custom(key, need, [](const QJsonValue &value, const JsonPath &path) -> std::optional<Error> {
        if (!value.isArray())
            return wrongTypeAt(path, u"an array of strings"_s, value);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                return wrongTypeAt(path[i], u"a string"_s, items.at(i));
        }
        return std::nullopt;
    });
}

FieldChecker &FieldChecker::custom(
    QStringView key, Need need, const std::function<std::optional<Error>(const QJsonValue &, const JsonPath &)> &check)
{
    if (shouldCheck(key, need))
        m_error = check(m_object.value(key), m_path / key);
    return *this;
}
