#pragma once

#include "chatsession.h"
#include "connectionsettings.h"
#include "result.h"
#include "windowmenus.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class ApiKeySaver;
class ChatActions;
class ChatView;
class ConnectionIndicator;
class ConversationCommands;
class ChatStore;
class Composer;
class MessageDelegate;
class MessageListModel;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class AuditTrailDialog;
class PrintCommands;
class RecordCommands;
class ReviewWindow;
class SessionController;
class ExportNotice;
class SessionFiles;
class SessionSidebar;
class SyncEngine;
class SyncScheduler;
class SyncStatusView;
struct AgentError;
struct SyncReport;

/// The main window: the session sidebar, the chat view and the composer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Context {
        ChatStore *store = nullptr;
        SessionController *controller = nullptr;
        /// The back end new chats talk to, and how the status bar names it.
        Backend newSessionBackend = Backend::GovStack;
        QString userId;
        /// For the Settings dialog; null where a test or benchmark needs none.
        ConnectionSettings settings;
        class CredentialStore *credentials = nullptr;
        class ConnectionTester *tester = nullptr;
        /// True until the user has saved settings once: the empty chat area welcomes and explains.
        bool firstRun = false;
        /// Sync with the GovStack server; null where a test or benchmark needs none.
        SyncEngine *sync = nullptr;
        SyncScheduler *scheduler = nullptr;
        /// Signs JSON exports and names the key in About; null: exports are not signed.
        class SigningKeys *signingKeys = nullptr;
        /// What the organisation locked; null: nothing is.
        const class ManagedPolicy *policy = nullptr;
    };

    explicit MainWindow(Context context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Brings the window to the front, e.g. when a second launch asks for it.
    void activate();
    /// Shows @p sessionId in the chat view, as clicking it in the sidebar does.
    void openSession(const QString &sessionId);
    /// The open conversation (the session its first version is kept as, which the list shows).
    QString currentSessionId() const;

    void newChat();
    void renameCurrent();
    void togglePinCurrent();
    void deleteCurrent();
    void openSettings();
    /// Asks for a server session id and opens that session (File → Open from Server…).
    void openFromServer();
    void syncNow();
    /// Opens the session with the message at @p seq in view, as activating a search result does.
    /// Opens the conversation of the version @p sessionId at that version, at the message at @p seq (none: -1).
    void openSessionAt(const QString &sessionId, int seq);
    /// View → Review Sessions.
    void openReview();
    /// View → Audit Trail.
    void openAuditTrail();
    /// Session → Print… and Export as PDF….
    PrintCommands *printing() const { return m_print; }
    /// The review window while it is open, else null.
    ReviewWindow *reviewWindow() const;
    SessionFiles *files() const { return m_files; }
    /// View → Trash and Session → Legal Hold.
    RecordCommands *records() const { return m_records; }
    /// Says in the status bar what retention and the Trash period removed.
    void showTidied(const QStringList &trashed, const QStringList &purged);

Q_SIGNALS:
    /// Settings were saved; the back ends and the controller follow them.
    void settingsChanged(const ConnectionSettings &settings);
    /// A key for this run only, because no keychain is available.
    void apiKeyChanged(Backend backend, const QString &apiKey);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createMenus();
    void run(WindowMenus::Command command);
    void exportAll();
    void showAbout();
    /// About, naming the key exports are signed with (empty: none is used), or why there is none.
    void showAboutWithKey(const Result<QString> &fingerprint);
    void retranslate();
    void restoreState();
    /// The sessions selected in the sidebar, or the open one.
    QStringList selectedSessionIds() const;
    void copyMessage(const QModelIndex &index);
    void updateComposer();
    void showStatus(const QString &state);
    /// @p settings as they are in force: the organisation's values in place of the user's.
    ConnectionSettings effectiveSettings(const ConnectionSettings &settings) const;
    /// The open session's standing with its server, in the status bar.
    void showSyncState();
    /// Offers the conversation the open one was continued from (@p forkedFrom), if any.
    void showOrigin(const QString &forkedFrom);
    /// Shows the version @p versionId of the open conversation in the chat.
    void showVersion(const QString &versionId);

    Context m_context;
    /// What the window does to conversations; the turns awaiting answers are the controller's to know.
    ChatActions *m_actions;
    ConversationCommands *m_commands = nullptr;
    ApiKeySaver *m_keys = nullptr;
    SessionFiles *m_files;
    ExportNotice *m_exportNotice = nullptr;
    QString m_conversationId;
    /// The version the open conversation was continued from, if it was.
    QString m_origin;
    /// Open only while shown: its table reads every session again at each change.
    QPointer<ReviewWindow> m_review;
    QPointer<AuditTrailDialog> m_auditTrail;
    PrintCommands *m_print = nullptr;
    RecordCommands *m_records = nullptr;

    QSplitter *m_splitter = nullptr;
    SessionSidebar *m_sidebar = nullptr;
    ChatView *m_chat = nullptr;
    QLabel *m_backendLabel = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    SyncStatusView *m_syncStatus = nullptr;
    /// The conversation to open once the open one is deleted.
    QString m_afterDelete;
    /// How many statuses were shown, so a sync state read meanwhile does not replace a newer one.
    quint64 m_statusShown = 0;

    WindowMenus *m_menus = nullptr;
};
