#pragma once

#include "chatsession.h"
#include "modelmessage.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

/// The local chat store: sessions and their full PydanticAI histories in
/// SQLite, the counterpart of the server's `ChatPersistenceService`.
///
/// One row per message, its JSON verbatim, appended in one transaction per
/// call. Several stores (in this process or others) may share one file: WAL
/// and a busy timeout let headless commands write beside the window, and
/// externalChangeDetected() tells the window when they did.
class ChatStore : public QObject
{
    Q_OBJECT

public:
    explicit ChatStore(QObject *parent = nullptr);
    ~ChatStore() override;

    /// Opens or creates the database at @p path (created with mode 0600).
    /// A file that is not SQLite, is damaged, or was written by a newer
    /// version is refused and left byte-for-byte untouched.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    Result<QString> createChatSession(const QString &userId, Backend backend = Backend::GovStack);
    /// Does nothing when the session exists already.
    Result<void> createChatSessionWithId(const QString &sessionId, const QString &userId,
                                         Backend backend = Backend::GovStack);
    Result<ChatSession> chat(const QString &sessionId) const;
    /// Appends @p messages to the session's history, all or nothing.
    Result<void> saveMessages(const QString &sessionId, const QList<ModelMessage> &messages);
    /// The full history, oldest first.
    Result<QList<ModelMessage>> loadMessages(const QString &sessionId) const;
    Result<ChatWithMessages> chatWithMessages(const QString &sessionId) const;
    Result<void> deleteChatSession(const QString &sessionId);
    Result<void> renameSession(const QString &sessionId, const QString &title);
    /// Sessions by last activity, newest first.
    Result<QList<ChatSession>> listSessions(int offset, int limit) const;
    Result<int> sessionCount() const;

    /// Checks every @p milliseconds whether another connection changed the
    /// database; 0 stops checking.
    void setExternalChangeInterval(int milliseconds);

Q_SIGNALS:
    void sessionCreated(const QString &sessionId);
    void messagesSaved(const QString &sessionId, int count);
    void sessionRenamed(const QString &sessionId, const QString &title);
    void sessionDeleted(const QString &sessionId);
    /// Another connection (a headless command, another store) committed a change.
    void externalChangeDetected();

private:
    class Private;
    std::unique_ptr<Private> d;
};
