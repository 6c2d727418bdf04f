#include "usercontent.h"

#include "enumnames.h"

#include <QJsonObject>

#include <utility>

namespace {

constexpr EnumNames<UserContent::Kind, 8> kindNames{{
    {UserContent::Kind::ImageUrl, u"image-url"},
    {UserContent::Kind::AudioUrl, u"audio-url"},
    {UserContent::Kind::DocumentUrl, u"document-url"},
    {UserContent::Kind::VideoUrl, u"video-url"},
    {UserContent::Kind::Binary, u"binary"},
    {UserContent::Kind::UploadedFile, u"uploaded-file"},
    {UserContent::Kind::TextContent, u"text-content"},
    {UserContent::Kind::CachePoint, u"cache-point"},
}};

} // namespace

UserContent::UserContent(QJsonValue json)
    : m_json(std::move(json))
{ }

UserContent UserContent::fromText(const QString &text)
{
    return UserContent(QJsonValue(text));
}

std::optional<UserContent::Kind> UserContent::kindFromName(QStringView name)
{
    return enumFromName(kindNames, name);
}

bool UserContent::isUrlKind(Kind kind)
{
    return kind == Kind::ImageUrl || kind == Kind::AudioUrl || kind == Kind::DocumentUrl || kind == Kind::VideoUrl;
}

UserContent::Kind UserContent::kind() const
{
    if (m_json.isString())
        return Kind::Text;
    const QJsonObject object = m_json.toObject();
    if (const auto known = kindFromName(object.value(u"kind").toString()))
        return *known;
    return object.contains(u"content") ? Kind::TextContent : Kind::CachePoint;
}

QString UserContent::text() const
{
    if (m_json.isString())
        return m_json.toString();
    return kind() == Kind::TextContent ? m_json[u"content"].toString() : QString();
}

QString UserContent::url() const
{
    return m_json[u"url"].toString();
}

QString UserContent::mediaType() const
{
    return m_json[u"media_type"].toString();
}

QString UserContent::identifier() const
{
    return m_json[u"identifier"].toString();
}
