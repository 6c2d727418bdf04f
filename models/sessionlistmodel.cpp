#include "sessionlistmodel.h"

#include "chatsource.h"
#include "continuewhilealive.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Sidebar order: pinned first, then newest activity, then session id.
bool comesBefore(const ChatSession &a, const ChatSession &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.sessionId > b.sessionId;
}

} // namespace

SessionListModel::SessionListModel(ChatSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_today(QDate::currentDate())
{
    connect(source, &ChatSource::sessionCreated, this, &SessionListModel::update);
    connect(source, &ChatSource::messagesSaved, this, &SessionListModel::update);
    connect(source, &ChatSource::sessionRenamed, this, &SessionListModel::update);
    connect(source, &ChatSource::sessionPinned, this, &SessionListModel::update);
    connect(source, &ChatSource::syncStateChanged, this, &SessionListModel::update);
    connect(source, &ChatSource::messagesReplaced, this, &SessionListModel::update);
    connect(source, &ChatSource::sessionDeleted, this, &SessionListModel::remove);
    // A hold on every conversation changes every row.
    connect(source, &ChatSource::holdChanged, this,
            [this](const QString &sessionId) { sessionId.isEmpty() ? reload() : update(sessionId); });
    // Another process changed the file: which sessions is unknown, so read the loaded range again.
    connect(source, &ChatSource::externalChangeDetected, this, &SessionListModel::reload);
    reload();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QString SessionListModel::standing(const ChatSession &session)
{
    if (session.syncState == SyncState::Gone)
        return tr("Not on the server any more; kept on this computer.");
    if (session.syncState == SyncState::NeedsAttention || session.syncState == SyncState::Waiting)
        return session.syncNote;
    return session.fetched ? tr("Opened from the server.") : QString();
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatSession &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TitleRole:
        return session.title.isEmpty() ? tr("New conversation") : session.title;
    case Qt::ToolTipRole:
        // The whole title first: the list cuts long ones.
        return QStringList{data(index, TitleRole).toString(), session.preview, standing(session),
                           session.onHold ? tr("On legal hold: it cannot be deleted.") : QString()}
            .join(u'\n')
            .trimmed();
    case Qt::AccessibleTextRole:
        return session.onHold
            ? tr("%1, %2 messages, on legal hold").arg(data(index, TitleRole).toString()).arg(session.messageCount)
            : tr("%1, %2 messages").arg(data(index, TitleRole).toString()).arg(session.messageCount);
    case SessionIdRole:
        return session.sessionId;
    case PreviewRole:
        return session.preview;
    case LastActivityRole:
        return session.updatedAt;
    case MessageCountRole:
        return session.messageCount;
    case BackendRole:
        return backendName(session.backend);
    case SyncStateRole:
        return syncStateName(session.syncState);
    case PinnedRole:
        return session.pinned;
    case GroupRole:
        return groupLabel(session, m_today);
    case SyncNoteRole:
        return session.syncNote;
    case FetchedRole:
        return session.fetched;
    case OnHoldRole:
        return session.onHold;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SessionIdRole, "sessionId"},
                  {TitleRole, "title"},
                  {PreviewRole, "preview"},
                  {LastActivityRole, "lastActivity"},
                  {MessageCountRole, "messageCount"},
                  {BackendRole, "backend"},
                  {SyncStateRole, "syncState"},
                  {PinnedRole, "pinned"},
                  {GroupRole, "group"},
                  {SyncNoteRole, "syncNote"},
                  {FetchedRole, "fetched"},
                  {OnHoldRole, "onHold"}});
    return names;
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    // Editable, so views can rename inline; the view's delegate asks the store to rename.
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_reading && m_source;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<ChatSession> after =
        m_sessions.isEmpty() ? std::nullopt : std::optional(m_sessions.constLast());
    m_reading = true;
    readPage(after, pageSize, [this](const QList<ChatSession> &page, bool last) {
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_sessions.size()), int(m_sessions.size() + page.size()) - 1);
            m_sessions.append(page);
            endInsertRows();
        }
        // Set last: views and testers may ask for more while the rows go in.
        m_exhausted = last;
        m_reading = false;
    });
}

void SessionListModel::readPage(const std::optional<ChatSession> &after, int limit,
                                std::function<void(const QList<ChatSession> &page, bool last)> then)
{
    // Read on the store's thread; an answer for a list read again meanwhile (a new filter) is dropped.
    const auto question = [after, limit, filter = m_filter](const ChatSource &source) {
        return source.listSessionsAfter(after, limit, filter);
    };
    whenReady(m_source->read<QList<ChatSession>>(question), this,
              [this, generation = m_generation, limit, then = std::move(then)](const Result<QList<ChatSession>> &page) {
                  if (generation == m_generation)
                      then(page.valueOr(QList<ChatSession>{}), !page || page->size() < limit);
              });
}

void SessionListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

int SessionListModel::rowOf(const QString &sessionId) const
{
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [&](const ChatSession &session) { return session.sessionId == sessionId; });
    return it == m_sessions.cend() ? -1 : int(it - m_sessions.cbegin());
}

void SessionListModel::setToday(QDate today)
{
    m_today = today;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {GroupRole});
}

QString SessionListModel::groupLabel(const ChatSession &session, QDate today)
{
    if (session.pinned)
        return tr("Pinned");
    const qint64 days = session.updatedAt.toLocalTime().date().daysTo(today);
    if (days <= 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days < 7)
        return tr("This week");
    return tr("Older");
}

void SessionListModel::reload()
{
    if (!m_source)
        return;
    ++m_generation;
    m_reading = true;
    readPage(std::nullopt, std::max(int(m_sessions.size()), int(pageSize)),
             [this](const QList<ChatSession> &page, bool last) {
                 beginResetModel();
                 m_sessions = page;
                 m_exhausted = last;
                 m_reading = false;
                 endResetModel();
             });
}

int SessionListModel::sortedRow(const ChatSession &session, int skipRow) const
{
    int row = 0;
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (i != skipRow && comesBefore(m_sessions.at(i), session))
            row = i + 1;
    }
    return skipRow >= 0 && row > skipRow ? row - 1 : row;
}

void SessionListModel::update(const QString &sessionId)
{
    if (!m_source)
        return;
    whenReady(m_source->read<ChatSession>([sessionId](const ChatSource &source) { return source.chat(sessionId); }),
              this, [this, sessionId, generation = m_generation](const Result<ChatSession> &session) {
                  // A list read again meanwhile has the session as it is now.
                  if (generation == m_generation)
                      apply(sessionId, session);
              });
}

void SessionListModel::apply(const QString &sessionId, const Result<ChatSession> &session)
{
    // A later version of a conversation changes the conversation's row, not a row of its own.
    if (session && session->conversationId != sessionId && !session->conversationId.isEmpty())
        return update(session->conversationId);
    const int current = rowOf(sessionId);
    if (!session || session->trashedAt.isValid() ||
        (!m_filter.isEmpty() && !session->title.contains(m_filter, Qt::CaseInsensitive))) {
        remove(sessionId);
        return;
    }
    const int target = sortedRow(*session, current);
    // Below the loaded pages it will arrive with the next fetchMore.
    if (current < 0 && target == m_sessions.size() && !m_exhausted)
        return;
    if (current < 0) {
        beginInsertRows({}, target, target);
        m_sessions.insert(target, *session);
        endInsertRows();
        return;
    }
    if (target != current) {
        beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
        m_sessions.move(current, target);
        endMoveRows();
    }
    m_sessions[target] = *session;
    Q_EMIT dataChanged(index(target), index(target));
}

void SessionListModel::remove(const QString &sessionId)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}
