#pragma once

#include "conversationversion.h"
#include "result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

class ChatActions;
class ChatView;
class QModelIndex;
class SessionController;
class SyncEngine;
struct SyncReport;
class QWidget;

/// What the user does to conversations from the main window, with the questions and warnings
/// it shows: send (a draft's first message creates its conversation), retry or send now, rate, pin, delete. Each step
/// asks ChatActions and shows how it ended once the store has answered.
class ConversationCommands : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over @p window; @p chat is the open conversation with its composer.
    ConversationCommands(ChatActions *actions, ChatView *chat, QWidget *window);

    void send(const QString &text);
    /// By the organisation's policy, a message with personal data is not sent at all.
    void setPersonalDataBlocked(bool blocked) { m_personalDataBlocked = blocked; }
    void retry(const QModelIndex &index);
    /// Asks the question of the answer at @p index again, for another answer, in a new version.
    void askAgain(const QModelIndex &index);
    /// A new conversation that continues the open one up to the message at @p index.
    void continueInNewChat(const QModelIndex &index);
    /// Shows (and from now on continues) the version @p sessionId of the open conversation.
    void showVersion(const QString &sessionId);
    void rate(const QModelIndex &index, int score);
    void togglePin(const QString &sessionId);
    void rename(const QString &sessionId, const QString &title);
    /// Shows the open conversation's turns as @p controller sends them: the awaited answer as it
    /// streams, and how each turn ended.
    void followTurns(SessionController *controller);
    /// File → Open from Server… fetches through @p sync (null: no GovStack sync).
    void followSync(SyncEngine *sync);
    /// Asks for a server session id and has sync fetch it; sessionCreated() when it arrived.
    void openFromServer();
    /// Asks whether to delete the session here only, or on its server too, and does it.
    void remove(const QString &sessionId);

Q_SIGNALS:
    /// A conversation was created for the user (or fetched from the server): the window opens it.
    void sessionCreated(const QString &sessionId);
    /// The open conversation shows another version, @p sessionId: one chosen, or a new one made
    /// by asking a question again (edited, or for another answer).
    void versionShown(const QString &sessionId);
    /// The conversation that was open when its delete was asked for is gone: the window shows none.
    void openSessionRemoved();
    void statusChanged(const QString &status);
    /// Whether a turn of the open conversation awaits its answer may have changed.
    void sendingChanged();

private:
    /// Creates a conversation, announces it, and hands it to @p then.
    void createThen(std::function<void(const QString &sessionId)> then);
    void sendTo(const QString &sessionId, const QString &text);
    void askAgain(int turn, VersionKind kind, const QString &text);
    /// The server's copy goes too, this computer's only, or nothing (cancelled).
    std::optional<bool> askAlsoOnServer(const QString &title, int messageCount);
    void fetched(const SyncReport &report);
    /// Says why a write was refused, once the store has answered.
    void warnIfRefused(QFuture<Result<void>> done, const QString &title);

    ChatActions *m_actions;
    ChatView *m_chat;
    QWidget *m_window;
    SyncEngine *m_sync = nullptr;
    /// The session File → Open from Server… is fetching.
    QString m_fetchingId;
    bool m_personalDataBlocked = false;
};
