#pragma once

#include "conversationversions.h"
#include "messagecard.h"
#include "result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class ChatSource;

/// One session's messages, oldest first, as cards (a question, or the whole answer to it with
/// the steps taken on the way): a window onto them. Opens at the newest page and
/// loads older ones as the user scrolls up (loadOlder prepends), so a 10,000-message
/// session opens at once; showAround() opens the page around an old message directly,
/// and loadNewer() then extends the window down towards the newest. While a turn is pending a last row shows it: the
/// seconds waited and the text streamed so far, changed in place.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SenderRole = Qt::UserRole + 1, ///< QString: user, assistant, system or tool
        TextRole, ///< QString: what a person reads
        TimestampRole, ///< QDateTime
        StatusRole, ///< QString: ok, pending, failed, incomplete, queued
        ErrorRole, ///< QString: why a request failed, in words
        ErrorKindRole, ///< QString: the kind of that failure, as AgentError names it (timeout, key-rejected, ...)
        TurnRole, ///< int
        SeqRole, ///< int
        ModelNameRole, ///< QString
        SourcesRole, ///< QVariantList of {title, url}
        ConfidenceRole, ///< double, or invalid when the server gave none
        FollowUpsRole, ///< QStringList
        BlocksRole, ///< QVariantList of {kind, title, body}: tool calls, results, thinking
        ExpandedRole, ///< bool: whether the blocks are open
        PendingRole, ///< bool: the row of a turn waiting for its answer
        ElapsedSecondsRole, ///< int, on the pending row
        RatingRole, ///< int: the user's rating of an answer, 1 (down) or 5 (up); 0 when not rated
        RatingCommentRole, ///< QString
        RatingSentRole, ///< bool: the server has the rating
        ServerIdRole, ///< QString: the id of the server's copy of the message
        RevisionRole, ///< quint64: changes whenever anything the row shows changes, so views may cache its layout
        AttachmentsRole, ///< QVariantList of {name, url, mediaType}: files and links sent with a question
        /// int: which version of this question (an edit) or answer (asked again) is shown, from 1;
        /// 0 when it has one
        VersionRole,
        VersionCountRole, ///< int: how many versions it has
        VersionSessionsRole, ///< QStringList: for each version, the session that shows it
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 50;

    explicit MessageListModel(ChatSource *source, QObject *parent = nullptr);

    void setSession(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Whether older messages remain to be loaded above the first row.
    bool canLoadOlder() const;
    /// Prepends the next page of older messages. Not fetchMore(): views call
    /// that when scrolled to the end, and here the end is the newest message.
    void loadOlder();
    /// Whether the last row is the session's newest message (new messages arrive below it).
    bool reachesNewest() const { return m_reachesNewest; }
    /// Appends the next page of newer messages, after showAround().
    void loadNewer();
    /// The row of the message at @p seq when it is loaded; otherwise the window becomes the page
    /// around it, read on the store's thread, and messageShown() follows (at once for a source
    /// without a thread of its own, and then its row is returned). -1 until then, or when the
    /// message is not in the session.
    int showAround(int seq);
    /// The window becomes the session's first page (a version's first message need not be
    /// numbered 0); messageShown(0) follows once it is read.
    void showStart();

    /// The pending row of @p turn, fed by the controller's signals.
    void beginPending(int turn);
    void appendStreamedText(int turn, const QString &delta);
    void endPending();
    bool isPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    /// The page around a message asked for by showAround() arrived; the message is at @p row.
    void messageShown(int row);
    /// Sync rewrote the session under the reader: rows are about to change in place (and
    /// heights with them), and have changed. Views keep the reader's place across the two.
    void aboutToRevise();
    void revised();

private:
    /// Reads @p question where the source answers reads and hands the answer to @p then (or says
    /// it failed through @p otherwise) on this thread; the caller checks its question still stands.
    template<typename T>
    void ask(std::function<Result<T>(const ChatSource &)> question, std::function<void(const T &)> then,
             std::function<void()> otherwise = {});
    /// A new window onto the session (another session, or the page around a message): answers
    /// for the old one are dropped.
    quint64 newWindow();
    int loadedRow(int seq) const;
    void mergeNewest(const QList<StoredMessage> &newest);
    /// Puts @p entries into the card at @p row, telling views when that changed what it shows.
    void putInto(int row, const QList<StoredMessage> &entries);
    /// Reads the newest messages again after sync rewrote them, and changes the cards in place.
    void reviseNewest();
    void reviseCards(QList<MessageCard> cards, bool whole);
    /// One row read again (a rating changed it), not the whole page.
    void refreshRow(const QString &sessionId, int seq);
    /// Reads which turns of the session have other versions.
    void readVersions();
    /// The versions a card offers: of its question, or of its answer; none when it has one.
    const VersionChoice *versionsOf(const MessageCard &card) const;
    struct Pending {
        int turn = 0;
        QString text;
        QDateTime since;
    };

    int storedCount() const { return int(m_rows.size()); }
    void refreshNewest(const QString &sessionId, int count);
    void removeStoredRows();
    void setReachesNewest(bool reaches);
    bool showsPending() const { return m_pending && m_reachesNewest; }
    void insertRows(int row, const QList<StoredMessage> &entries);

    QPointer<ChatSource> m_source;
    QString m_sessionId;
    QList<MessageCard> m_rows;
    std::optional<Pending> m_pending;
    QHash<int, TurnVersions> m_versions;
    QTimer m_elapsedTimer;
    bool m_exhausted = true;
    bool m_reachesNewest = true;
    bool m_loadingNewer = false;
    quint64 m_window = 0;
};
