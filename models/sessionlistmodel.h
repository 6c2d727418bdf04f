#pragma once

#include "chatsession.h"
#include "result.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>

#include <functional>
#include <optional>

class ChatSource;

/// The sidebar's sessions, newest activity first, pinned ones on top, read
/// page by page (fetchMore) and never with message bodies. Follows the
/// source's changes row by row: a stored turn moves its session to the top
/// and refreshes its preview without resetting the model.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< QString
        TitleRole, ///< QString: the title, or "New conversation" for an empty one
        PreviewRole, ///< QString: the last message, shortened
        LastActivityRole, ///< QDateTime, UTC
        MessageCountRole, ///< int
        BackendRole, ///< QString: "govstack" or "openai"
        SyncStateRole, ///< QString: local, synced, sending, waiting, attention or gone
        PinnedRole, ///< bool
        GroupRole, ///< QString: Pinned, Today, Yesterday, This week or Older
        SyncNoteRole, ///< QString: why the session waits or needs attention
        FetchedRole, ///< bool: opened from the server by its id
        OnHoldRole, ///< bool: on legal hold (its own, or every conversation's)
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 100;

    explicit SessionListModel(ChatSource *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Where a session stands with its server, in words for a tooltip; empty when all is well.
    static QString standing(const ChatSession &session);
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows only sessions whose titles contain @p text; empty shows all.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    /// The row of a loaded session, or -1.
    int rowOf(const QString &sessionId) const;
    ChatSession sessionAt(int row) const { return m_sessions.value(row); }

    /// Today's date for grouping; settable so tests do not depend on the clock.
    void setToday(QDate today);
    /// The group label of a session active at @p activity, seen on @p today.
    static QString groupLabel(const ChatSession &session, QDate today);

private:
    void reload();
    void update(const QString &sessionId);
    void apply(const QString &sessionId, const Result<ChatSession> &session);
    /// Reads up to @p limit sessions after @p after, and hands them over unless the list was read again meanwhile.
    void readPage(const std::optional<ChatSession> &after, int limit,
                  std::function<void(const QList<ChatSession> &page, bool last)> then);
    void remove(const QString &sessionId);
    /// Where a session belongs among the loaded rows (ignoring @p skipRow).
    int sortedRow(const ChatSession &session, int skipRow) const;

    QPointer<ChatSource> m_source;
    QList<ChatSession> m_sessions;
    QString m_filter;
    QDate m_today;
    bool m_exhausted = false;
    /// A page is being read: no other is asked for meanwhile.
    bool m_reading = false;
    /// Which reading of the list an answer belongs to.
    quint64 m_generation = 0;
};
