#pragma once

#include "govstackextras.h"
#include "messagepart.h"
#include "requestusage.h"
#include "timestamp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// A PydanticAI `ModelMessage`: a `ModelRequest` or a `ModelResponse` with its parts.
///
/// The message's own JSON fields are kept whole (everything but `parts`, which
/// each part keeps), so a history loaded from disk or a server writes back as
/// the same JSON value, fields unknown to this version included.
class ModelMessage
{
public:
    enum class Kind { Request, Response };
    /// Who a message is from, as the chat view shows it.
    enum class Role { User, Assistant, System, Tool };

    ModelMessage(Kind kind, QList<MessagePart> parts, QJsonObject fields);

    /// A request with every field PydanticAI writes.
    static ModelMessage request(QList<MessagePart> parts, const Timestamp &timestamp = Timestamp::now(),
                                const QString &instructions = {});
    /// A response with every field PydanticAI writes; usage all zeros.
    static ModelMessage response(QList<MessagePart> parts, const QString &modelName,
                                 const Timestamp &timestamp = Timestamp::now());

    Kind kind() const { return m_kind; }
    bool isRequest() const { return m_kind == Kind::Request; }
    bool isResponse() const { return m_kind == Kind::Response; }
    Role role() const;

    const QList<MessagePart> &parts() const { return m_parts; }
    /// The message's time, or for older requests without one, its first part's.
    std::optional<Timestamp> timestamp() const;
    /// The text a person reads: user prompts of a request, text parts of a response.
    QString text() const;

    QString instructions() const;
    QString modelName() const;
    QString providerName() const;
    QString providerResponseId() const;
    QString finishReason() const;
    QString state() const;
    RequestUsage usage() const;

    void setUsage(const RequestUsage &usage);
    void setProviderName(const QString &providerName);
    void setProviderUrl(const QString &providerUrl);
    /// Raw extras in the provider's own words, such as its finish reason.
    void setProviderDetails(const QJsonObject &details);
    void setProviderResponseId(const QString &responseId);
    void setFinishReason(const QString &finishReason);
    void setState(const QString &state);

    /// What a GovStack server said about this answer; never part of the PydanticAI JSON.
    const std::optional<GovStackExtras> &govStackExtras() const { return m_extras; }
    void setGovStackExtras(std::optional<GovStackExtras> extras) { m_extras = std::move(extras); }

    static QString kindName(Kind kind);
    /// "user", "assistant", "system" or "tool".
    static QString roleName(Role role);
    /// The PydanticAI JSON object of this message.
    QJsonObject toJson() const;

    /// The exact JSON text this message came as (compact), which is what is stored, sent
    /// and exported; empty when the app made it or changed it since.
    const QByteArray &storedJson() const { return m_storedJson; }
    void setStoredJson(QByteArray json) { m_storedJson = std::move(json); }

private:
    QString field(QStringView key, QStringView legacyKey = {}) const;
    void setField(const QString &key, const QString &value);

    Kind m_kind;
    QList<MessagePart> m_parts;
    QJsonObject m_fields;
    std::optional<GovStackExtras> m_extras;
    QByteArray m_storedJson;
};
