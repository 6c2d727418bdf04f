#pragma once

#include "chatsession.h"
#include "conversationversion.h"
#include "result.h"
#include "storedmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/// A later version of an imported conversation: the version it came from, the position of the
/// question it asks again in that version's messages, and its own messages.
struct ImportedVersion {
    QString sessionId;
    QString branchOf;
    int branchMessage = 0;
    VersionKind kind = VersionKind::Edit;
    QDateTime updatedAt;
    QList<StoredMessage> messages;
};

/// A session read from a file, ready for the store.
struct ImportedSession {
    ChatSession session;
    /// Its conversation in order (its first version's, when it has versions); each message's
    /// `turn` is the index of its turn's request.
    QList<StoredMessage> messages;
    /// Its later versions, parents first, and the one shown (empty: the first).
    QList<ImportedVersion> versions;
    QString shownVersion;
};

/// Sessions to import, handed over one at a time so that a large import is never held
/// decoded whole.
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    virtual qsizetype sessionCount() const = 0;
    /// The next session; an error ends the import.
    virtual Result<ImportedSession> next() = 0;
    /// Where the sessions come from, for the audit trail (files, who signed them).
    virtual QJsonObject auditDetails() const { return {}; }
};

/// Reads whole files into sessions: this app's exports (one session, or the
/// `govstack-desktop-export` wrapper), a server history response saved from
/// `GET /v2/chat/{id}`, and a bare PydanticAI history. For an import, ImportFiles
/// hands them over one at a time instead.
namespace SessionImport {

/// Larger files are refused before they are read.
inline constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

Result<QList<ImportedSession>> readFile(const QString &path);
/// Every file's sessions, or the first file's error.
Result<QList<ImportedSession>> readFiles(const QStringList &paths);
Result<QList<ImportedSession>> parse(const QByteArray &json, const QString &fileName);

} // namespace SessionImport
