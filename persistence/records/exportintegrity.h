#pragma once

#include "signingkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QList>

#include <optional>

/// The integrity block of a JSON export, written as its last member (`"integrity"`), beside
/// `pydantic_ai_messages` so that PydanticAI loads the sessions unchanged.
///
/// - `chain`: a SHA-256 chain over the stored bytes of every session's `pydantic_ai_messages`,
///   in the order of the file (each link the hash of the previous link and the message's
///   bytes; the first link's previous is 32 zero bytes), with each session's links, so that a
///   changed message can be named.
/// - `digest`: the SHA-256 of the whole file without the `,"integrity":{…}` member.
/// - `signature`: Ed25519 over signedMessage(digest, chain head), with the public key and its
///   fingerprint; left out when no key could be had (no keychain).
class ExportIntegrity
{
public:
    static constexpr auto memberKey = ",\"integrity\":";

    ExportIntegrity();

    /// The file's bytes as they are written, except the integrity member.
    void addDocument(const QByteArray &bytes) { m_document.addData(bytes); }
    /// One session's `pydantic_ai_messages`, each the exact bytes in the file.
    void addSession(const QString &sessionId, const QList<QByteArray> &messages);
    /// The `,"integrity":{…}` member, to go before the file's last `}`.
    QByteArray member(const std::optional<SigningKey> &key);

    /// The link after @p previous for a message of @p bytes.
    static QByteArray nextLink(const QByteArray &previous, const QByteArray &bytes);
    static QByteArray firstPrevious() { return QByteArray(32, '\0'); }
    /// What the signature signs: a label for this use, the file's digest and the chain's last link.
    static QByteArray signedMessage(const QByteArray &digest, const QByteArray &chainHead);

private:
    QCryptographicHash m_document;
    QByteArray m_link;
    QJsonArray m_sessions;
};
