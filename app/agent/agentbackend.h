#pragma once

#include "agenterror.h"
#include "chatsession.h"
#include "modelmessage.h"
#include "serverhistory.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class AgentReply;

/// Everything one agent request needs: the new request and the whole
/// conversation before it, restored from the store.
struct AgentTurn {
    QString sessionId;
    QString userId;
    /// `en`, `sw` or `sheng`.
    QString language;
    /// Every earlier message of the session, oldest first; empty when historyJson carries them.
    QList<ModelMessage> history;
    /// For back ends that send the history as it is stored (sendsStoredHistory()): the stored
    /// bytes of every earlier message, as a JSON array, never decoded.
    QByteArray historyJson;
    /// The user's new request (a ModelRequest with a user-prompt part).
    ModelMessage request;
};

/// A read of a server's copy of a session, in flight.
class HistoryReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const std::optional<ServerHistory> &history() const { return m_history; }
    const std::optional<AgentError> &error() const { return m_error; }

    void succeed(ServerHistory history);
    void fail(AgentError error);

Q_SIGNALS:
    void finished();

private:
    std::optional<ServerHistory> m_history;
    std::optional<AgentError> m_error;
};

/// A request whose answer is only "done" or an error (a delete, a rating), in flight.
class ServerReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const std::optional<AgentError> &error() const { return m_error; }

    void succeed();
    void fail(AgentError error);

Q_SIGNALS:
    void finished();

private:
    std::optional<AgentError> m_error;
};

/// An agent the app talks to. Requests are asynchronous and never block the
/// GUI thread; each returns an AgentReply owned by the caller.
class AgentBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Backend kind() const = 0;
    /// The key arrives from the keychain asynchronously, after the back end exists.
    virtual void setApiKey(const QString &apiKey) = 0;
    virtual AgentReply *send(const AgentTurn &turn) = 0;
    /// How long a request may go without a sign of life before it is given up.
    virtual std::chrono::milliseconds timeout() const = 0;

    /// The server sessions of this back end belong to: its URL and path profile; empty when
    /// sessions are not kept on a server.
    virtual std::pair<QString, QString> serverLink() const { return {}; }

    /// Whether requests carry the history as its stored bytes (AgentTurn::historyJson) rather than decoded.
    virtual bool sendsStoredHistory() const { return false; }
    /// Whether the server keeps its own copy of sessions, so that a request
    /// that may have reached it must not be sent again blindly.
    virtual bool keepsHistory() const { return false; }
    /// Reads the server's copy of a session; a session the server does not
    /// know reads as empty. Only called when keepsHistory().
    virtual HistoryReply *fetchHistory(const QString &sessionId);
};
