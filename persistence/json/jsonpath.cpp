#include "jsonpath.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

JsonPath JsonPath::operator[](qsizetype index) const
{
    return JsonPath(m_path % u'[' % QString::number(index) % u']');
}

JsonPath JsonPath::operator/(QStringView key) const
{
    return JsonPath(m_path.isEmpty() ? key.toString() : m_path % u'.' % key);
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}
