#include "exportverifier.h"

#include "exportintegrity.h"
#include "jsonscanner.h"
#include "signingkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using Span = JsonScanner::Span;
using Members = QList<std::pair<QString, Span>>;

std::optional<Span> memberOf(const Members &members, QStringView key)
{
    for (const auto &[name, span] : members) {
        if (name == key)
            return span;
    }
    return std::nullopt;
}

/// One session of the file: its id and the bytes of each of its messages.
struct FileSession {
    QString id;
    QList<QByteArray> messages;
};

std::optional<FileSession> sessionAt(const QByteArray &bytes, Span span)
{
    const QByteArray object = JsonScanner::viewOf(bytes, span);
    JsonScanner scanner(object, JsonScanner::Output::None);
    if (!scanner.scan() || scanner.kind() != '{')
        return std::nullopt;
    const auto history = memberOf(scanner.members(), u"pydantic_ai_messages");
    const auto id = memberOf(scanner.members(), u"session_id");
    if (!history || !id)
        return std::nullopt;
    const QByteArray array = JsonScanner::viewOf(object, *history);
    JsonScanner elements(array, JsonScanner::Output::None);
    if (!elements.scan() || elements.kind() != '[')
        return std::nullopt;
    FileSession session{QJsonDocument::fromJson('[' + JsonScanner::viewOf(object, *id) + ']').array().at(0).toString(),
                        {}};
    for (const Span &element : elements.elements())
        session.messages.append(JsonScanner::viewOf(array, element));
    return session;
}

/// The sessions of an export, a wrapper's or a single session's; nullopt when it is neither.
std::optional<QList<FileSession>> sessionsOf(const QByteArray &bytes, const Members &members)
{
    if (!memberOf(members, u"format")) {
        if (!memberOf(members, u"pydantic_ai_messages"))
            return std::nullopt;
        auto session = sessionAt(bytes, {0, bytes.size()});
        return session ? std::optional(QList<FileSession>{std::move(*session)}) : std::nullopt;
    }
    const auto array = memberOf(members, u"sessions");
    if (!array)
        return std::nullopt;
    // The scanner keeps a reference to its input: the view must outlive it.
    const QByteArray arrayText = JsonScanner::viewOf(bytes, *array);
    JsonScanner elements(arrayText, JsonScanner::Output::None);
    if (!elements.scan() || elements.kind() != '[')
        return std::nullopt;
    QList<FileSession> sessions;
    for (const Span &element : elements.elements()) {
        auto session = sessionAt(bytes, {array->first + element.first, array->first + element.second});
        if (!session)
            return std::nullopt;
        sessions.append(std::move(*session));
    }
    return sessions;
}

class Check
{
    Q_DECLARE_TR_FUNCTIONS(ExportVerifier)

public:
    Check(const QByteArray &bytes, const QList<FileSession> &sessions, Span blockSpan)
        : m_bytes(bytes)
        , m_sessions(sessions)
        , m_blockSpan(blockSpan)
    {
        m_result.sessions = int(sessions.size());
        for (const FileSession &session : sessions)
            m_result.messages += int(session.messages.size());
    }

    ExportVerification run(const QString &expectedFingerprint)
    {
        const QJsonObject block = QJsonDocument::fromJson(JsonScanner::viewOf(m_bytes, m_blockSpan)).object();
        const QByteArray memberKey(ExportIntegrity::memberKey);
        if (m_blockSpan.first < memberKey.size() ||
            JsonScanner::viewOf(m_bytes, {m_blockSpan.first - memberKey.size(), m_blockSpan.first}) != memberKey ||
            block.isEmpty())
            return changed(tr("The integrity block is damaged or the file was rewritten."));
        const QJsonObject chain = block.value(u"chain").toObject();
        if (!checkChain(chain.value(u"sessions").toArray()))
            return m_result;
        const QByteArray digest = QByteArray::fromHex(block.value(u"digest").toString().toLatin1());
        if (documentDigest() != digest)
            return changed(tr("Something outside the messages was changed (a title, a time, a rating, a version or "
                              "the server-shaped copy of the messages)."));
        if (!block.contains(u"signature"))
            return signedBy({}, expectedFingerprint);
        const QByteArray publicKey = QByteArray::fromBase64(block.value(u"public_key").toString().toLatin1());
        const QByteArray signature = QByteArray::fromBase64(block.value(u"signature").toString().toLatin1());
        const QByteArray head = QByteArray::fromHex(chain.value(u"head").toString().toLatin1());
        if (!SigningKey::verify(publicKey, ExportIntegrity::signedMessage(digest, head), signature) ||
            block.value(u"fingerprint").toString() != SigningKey::fingerprintOf(publicKey))
            return changed(tr("The signature does not match: the file was altered after it was signed, or signed "
                              "with another key than the one it names."));
        return signedBy(SigningKey::fingerprintOf(publicKey), expectedFingerprint);
    }

private:
    ExportVerification changed(const QString &problem)
    {
        m_result.intact = false;
        m_result.problem = problem;
        return m_result;
    }

    ExportVerification signedBy(const QString &fingerprint, const QString &expected)
    {
        m_result.fingerprint = fingerprint;
        if (!expected.isEmpty() &&
            SigningKey::normalizedFingerprint(fingerprint) != SigningKey::normalizedFingerprint(expected)) {
            return changed(fingerprint.isEmpty()
                               ? tr("The file is not signed, so it cannot be shown to come from key %1.").arg(expected)
                               : tr("The file was signed with key %1, not with key %2.").arg(fingerprint, expected));
        }
        m_result.intact = true;
        return m_result;
    }

    /// Recomputes the chain; on a difference names the first session and message that differ.
    bool checkChain(const QJsonArray &recorded)
    {
        QByteArray link = ExportIntegrity::firstPrevious();
        for (qsizetype s = 0; s < std::max(recorded.size(), m_sessions.size()); ++s) {
            const QJsonObject entry = recorded.at(s).toObject();
            if (s >= m_sessions.size())
                return locate(entry.value(u"session_id").toString(), -1, tr("Session %1 was removed from the file."));
            const FileSession &session = m_sessions.at(s);
            if (s >= recorded.size() || entry.value(u"session_id").toString() != session.id)
                return locate(session.id, -1, tr("Session %1 was added, removed or moved.").arg(session.id));
            const QJsonArray links = entry.value(u"links").toArray();
            for (qsizetype m = 0; m < std::max(links.size(), session.messages.size()); ++m) {
                if (m >= session.messages.size())
                    return locate(session.id, int(m),
                                  tr("Session %1: message %2 was removed.").arg(session.id).arg(m + 1));
                link = ExportIntegrity::nextLink(link, session.messages.at(m));
                if (m >= links.size())
                    return locate(session.id, int(m),
                                  tr("Session %1: message %2 was added.").arg(session.id).arg(m + 1));
                if (QByteArray::fromHex(links.at(m).toString().toLatin1()) != link)
                    return locate(session.id, int(m),
                                  tr("Session %1: message %2 was changed.").arg(session.id).arg(m + 1));
            }
        }
        return true;
    }

    bool locate(const QString &sessionId, int message, const QString &problem)
    {
        m_result.sessionId = sessionId;
        m_result.message = message < 0 ? -1 : message + 1;
        changed(problem);
        return false;
    }

    QByteArray documentDigest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qsizetype memberStart = m_blockSpan.first - qsizetype(qstrlen(ExportIntegrity::memberKey));
        hash.addData(JsonScanner::viewOf(m_bytes, {0, memberStart}));
        hash.addData(JsonScanner::viewOf(m_bytes, {m_blockSpan.second, m_bytes.size()}));
        return hash.result();
    }

    const QByteArray &m_bytes;
    const QList<FileSession> &m_sessions;
    Span m_blockSpan;
    ExportVerification m_result;
};

} // namespace

Result<ExportVerification> ExportVerifier::verify(const QByteArray &bytes, const QString &expectedFingerprint)
{
    JsonScanner scanner(bytes, JsonScanner::Output::None);
    if (!scanner.scan())
        return Error{Error::Code::InvalidData, tr("not JSON: %1").arg(scanner.error().message)};
    const auto sessions = scanner.kind() == '{' ? sessionsOf(bytes, scanner.members()) : std::nullopt;
    if (!sessions)
        return Error{Error::Code::InvalidData, tr("not a GovStack Desktop export")};
    const auto block = memberOf(scanner.members(), u"integrity");
    if (!block) {
        ExportVerification verification;
        verification.sessions = int(sessions->size());
        verification.problem = tr("The file carries no integrity block (it was removed, or the file was made by an "
                                  "older version), so it cannot be shown to be intact.");
        return verification;
    }
    return Check(bytes, *sessions, *block).run(expectedFingerprint);
}
