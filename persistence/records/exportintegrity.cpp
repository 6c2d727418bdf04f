#include "exportintegrity.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ExportIntegrity::ExportIntegrity()
    : m_document(QCryptographicHash::Sha256)
    , m_link(firstPrevious())
{ }

QByteArray ExportIntegrity::nextLink(const QByteArray &previous, const QByteArray &bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(bytes);
    return hash.result();
}

QByteArray ExportIntegrity::signedMessage(const QByteArray &digest, const QByteArray &chainHead)
{
    return QByteArrayLiteral("govstack-desktop export v1\n") + digest + chainHead;
}

void ExportIntegrity::addSession(const QString &sessionId, const QList<QByteArray> &messages)
{
    QJsonArray links;
    for (const QByteArray &message : messages) {
        m_link = nextLink(m_link, message);
        links.append(QString::fromLatin1(m_link.toHex()));
    }
    m_sessions.append(QJsonObject{{u"session_id"_s, sessionId}, {u"links"_s, links}});
}

QByteArray ExportIntegrity::member(const std::optional<SigningKey> &key)
{
    const QByteArray digest = m_document.result();
    QJsonObject block{
        {u"chain"_s,
         QJsonObject{
             {u"hash"_s, u"SHA-256"_s}, {u"head"_s, QString::fromLatin1(m_link.toHex())}, {u"sessions"_s, m_sessions}}},
        {u"digest"_s, QString::fromLatin1(digest.toHex())},
    };
    if (key) {
        block.insert(u"algorithm"_s, u"Ed25519"_s);
        block.insert(u"public_key"_s, QString::fromLatin1(key->publicKey().toBase64()));
        block.insert(u"fingerprint"_s, key->fingerprint());
        block.insert(u"signature"_s, QString::fromLatin1(key->sign(signedMessage(digest, m_link)).toBase64()));
    }
    return memberKey + QJsonDocument(block).toJson(QJsonDocument::Compact);
}
