#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

/// One item of a `user-prompt` content array: a bare string, or an object told
/// apart by its `kind` (`image-url`, `binary`, `text-content`, `cache-point`, ...).
/// The JSON is kept as given, so unknown fields survive a round trip.
class UserContent
{
public:
    enum class Kind {
        Text, ///< a bare JSON string
        ImageUrl,
        AudioUrl,
        DocumentUrl,
        VideoUrl,
        Binary,
        UploadedFile,
        TextContent,
        CachePoint,
    };

    explicit UserContent(QJsonValue json);
    static UserContent fromText(const QString &text);

    static std::optional<Kind> kindFromName(QStringView name);
    static bool isUrlKind(Kind kind);

    /// The item's kind; an object without `kind` is read as PydanticAI reads
    /// it: `text-content` when it has `content`, else `cache-point`.
    Kind kind() const;
    /// The text of a `Text` or `TextContent` item, else empty.
    QString text() const;
    QString url() const;
    QString mediaType() const;
    QString identifier() const;

    const QJsonValue &toJson() const { return m_json; }

private:
    QJsonValue m_json;
};
