#pragma once

#include "agenterror.h"
#include "modelmessage.h"

#include <QObject>
#include <QPointer>

class AgentBackend;
class ChatStore;
class HistoryReply;

/// Looks for a turn in its server's copy of the session, to decide whether it
/// must be sent: reads the copy, merges it into the store as sync does (turns
/// made elsewhere are added where the server has them), and finds the turn's
/// request in the merged history by its content, never by counting entries.
/// Ends with exactly one of found(), missing() or failed().
class ServerCopyCheck : public QObject
{
    Q_OBJECT

public:
    ServerCopyCheck(ChatStore *store, AgentBackend *backend, QString sessionId, ModelMessage request,
                    QObject *parent = nullptr);
    ~ServerCopyCheck() override;

    /// Starts reading; the outcome comes through the event loop.
    void start();

Q_SIGNALS:
    /// The server has the turn: its answer is stored now, under @p turn.
    void found(int turn);
    /// The server lacks the turn: it is still to be sent, under @p turn after the merge.
    void missing(int turn);
    /// The server's copy could not be read (@p readError) or taken in: nothing is decided.
    void failed(const std::optional<AgentError> &readError);

private:
    void decide();

    ChatStore *m_store;
    AgentBackend *m_backend;
    QString m_sessionId;
    ModelMessage m_request;
    QPointer<HistoryReply> m_reply;
};
