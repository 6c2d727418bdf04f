#include "chatcontent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {

using Kind = UserContent::Kind;

Error refused(const QString &why)
{
    return Error{Error::Code::InvalidData, why};
}

struct Words {
    Q_DECLARE_TR_FUNCTIONS(ChatContent)
};

Error videoRefused()
{
    return refused(Words::tr("it holds a video, which OpenAI-compatible servers do not take."));
}

QJsonObject textPart(const QString &text)
{
    return QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

/// `detail` goes along when the item has vendor metadata at all, `auto` unless it names one.
QJsonObject imagePart(const UserContent &item, const QString &url)
{
    QJsonObject image{{u"url"_s, url}};
    if (const QJsonObject metadata = item.toJson()[u"vendor_metadata"].toObject(); !metadata.isEmpty())
        image.insert(u"detail"_s,
                     metadata.value(u"detail"_s).isUndefined() ? QJsonValue(u"auto"_s) : metadata.value(u"detail"_s));
    return QJsonObject{{u"type"_s, u"image_url"_s}, {u"image_url"_s, image}};
}

bool isTextLike(const QString &mediaType)
{
    return mediaType.startsWith(u"text/") || mediaType == u"application/json" || mediaType.endsWith(u"+json") ||
        mediaType == u"application/xml" || mediaType.endsWith(u"+xml") || mediaType == u"application/x-yaml" ||
        mediaType == u"application/yaml";
}

QString documentFormat(const QString &mediaType)
{
    static const QHash<QString, QString> formats{
        {u"application/pdf"_s, u"pdf"_s},
        {u"text/plain"_s, u"txt"_s},
        {u"text/csv"_s, u"csv"_s},
        {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, u"docx"_s},
        {u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, u"xlsx"_s},
        {u"text/html"_s, u"html"_s},
        {u"text/markdown"_s, u"md"_s},
        {u"application/msword"_s, u"doc"_s},
        {u"application/vnd.ms-excel"_s, u"xls"_s},
    };
    return formats.value(mediaType);
}

QString audioFormat(const QString &mediaType)
{
    if (mediaType == u"audio/mpeg")
        return u"mp3"_s;
    return mediaType == u"audio/wav" ? u"wav"_s : QString();
}

QByteArray binaryData(const UserContent &item)
{
    return QByteArray::fromBase64(item.toJson()[u"data"].toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

QString dataUri(const UserContent &item)
{
    return u"data:"_s % item.mediaType() % u";base64,"_s % QString::fromLatin1(binaryData(item).toBase64());
}

QString inlinedTextFile(const QString &text, const UserContent &item)
{
    const QString id = ChatContent::identifier(item);
    return u"-----BEGIN FILE id=\"%1\" type=\"%2\"-----\n%3\n-----END FILE id=\"%1\"-----"_s.arg(id, item.mediaType(),
                                                                                                 text);
}

Result<std::optional<QJsonObject>> binaryPart(const UserContent &item)
{
    const QString mediaType = item.mediaType();
    if (isTextLike(mediaType)) {
        const QByteArray data = binaryData(item);
        const QString text = QString::fromUtf8(data);
        if (text.toUtf8() != data)
            return refused(
                Words::tr("it holds a text file (%1) that is not valid UTF-8.").arg(ChatContent::identifier(item)));
        return std::optional(textPart(inlinedTextFile(text, item)));
    }
    if (mediaType.startsWith(u"image/"))
        return std::optional(imagePart(item, dataUri(item)));
    if (mediaType.startsWith(u"audio/")) {
        const QString format = audioFormat(mediaType);
        if (format.isEmpty())
            return refused(Words::tr("it holds audio of type %1; OpenAI-compatible servers take only WAV and MP3.")
                               .arg(mediaType));
        const QJsonObject audio{{u"data"_s, QString::fromLatin1(binaryData(item).toBase64())}, {u"format"_s, format}};
        return std::optional(QJsonObject{{u"type"_s, u"input_audio"_s}, {u"input_audio"_s, audio}});
    }
    if (const QString format = documentFormat(mediaType); !format.isEmpty()) {
        const QJsonObject file{{u"file_data"_s, dataUri(item)}, {u"filename"_s, QString(u"filename."_s + format)}};
        return std::optional(QJsonObject{{u"type"_s, u"file"_s}, {u"file"_s, file}});
    }
    if (mediaType.startsWith(u"video/"))
        return videoRefused();
    return refused(
        Words::tr("it holds a file of type %1, which OpenAI-compatible servers do not take.").arg(mediaType));
}

Result<std::optional<QJsonObject>> uploadedFilePart(const UserContent &item)
{
    const QString provider = item.toJson()[u"provider_name"].toString();
    if (provider != u"openai")
        return refused(
            Words::tr("it holds a file uploaded to %1, which an OpenAI-compatible server cannot read.").arg(provider));
    if (item.mediaType().startsWith(u"image/"))
        return refused(Words::tr(
            "it holds an image given by an upload id; OpenAI-compatible servers take images only as pictures."));
    QJsonObject file;
    file.insert(u"file_id"_s, item.toJson()[u"file_id"].toString());
    return std::optional(QJsonObject{{u"type"_s, u"file"_s}, {u"file"_s, file}});
}

Error needsDownload(const UserContent &item)
{
    return refused(Words::tr("it holds a link to a file (%1) that would have to be downloaded first; the app does not "
                             "download addresses found in a conversation.")
                       .arg(item.url()));
}

} // namespace

namespace ChatContent {

Result<std::optional<QJsonObject>> part(const UserContent &item)
{
    switch (item.kind()) {
    case Kind::Text:
    case Kind::TextContent:
        return std::optional(textPart(item.text()));
    case Kind::ImageUrl:
        if (item.toJson()[u"force_download"].toBool())
            return needsDownload(item);
        return std::optional(imagePart(item, item.url()));
    case Kind::AudioUrl:
    case Kind::DocumentUrl:
        return needsDownload(item);
    case Kind::VideoUrl:
        return videoRefused();
    case Kind::Binary:
        return binaryPart(item);
    case Kind::UploadedFile:
        return uploadedFilePart(item);
    case Kind::CachePoint:
        break;
    }
    return std::optional<QJsonObject>();
}

Result<QJsonArray> parts(const QList<UserContent> &items)
{
    QJsonArray content;
    for (const UserContent &item : items) {
        const auto mapped = part(item);
        if (!mapped)
            return mapped.error();
        if (*mapped)
            content.append(**mapped);
    }
    return content;
}

QString identifier(const UserContent &item)
{
    if (const QString given = item.identifier(); !given.isEmpty())
        return given;
    const QByteArray source = item.kind() == Kind::Binary ? binaryData(item) : item.url().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex().left(6));
}

} // namespace ChatContent
