#include "messagelistmodel.h"

#include "chatsource.h"
#include "continuewhilealive.h"
#include "messageroles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool comesBefore(const StoredMessage &a, const StoredMessage &b)
{
    return a.turn != b.turn ? a.turn < b.turn : a.seq < b.seq;
}

} // namespace

MessageListModel::MessageListModel(ChatSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, [this] {
        if (showsPending())
            Q_EMIT dataChanged(index(storedCount()), index(storedCount()), {ElapsedSecondsRole});
    });
    connect(source, &ChatSource::messagesSaved, this, &MessageListModel::refreshNewest);
    connect(source, &ChatSource::turnStatusChanged, this,
            [this](const QString &sessionId, int, MessageStatus) { refreshNewest(sessionId, 1); });
    connect(source, &ChatSource::externalChangeDetected, this, [this] { refreshNewest(m_sessionId, pageSize); });
    connect(source, &ChatSource::messageRated, this, &MessageListModel::refreshRow);
    // Sync rewrote the session (the server's trace, turns made elsewhere): the rows are read again.
    connect(source, &ChatSource::messagesReplaced, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            setSession(sessionId);
    });
}

void MessageListModel::setSession(const QString &sessionId)
{
    endPending();
    // Another conversation's rows go at once; the same one's stay until it is read again.
    if (sessionId != m_sessionId)
        removeStoredRows();
    m_sessionId = sessionId;
    const quint64 window = newWindow();
    m_reachesNewest = true;
    if (!m_source || sessionId.isEmpty()) {
        removeStoredRows();
        return;
    }
    ask<QList<StoredMessage>>(
        [sessionId](const ChatSource &source) {
            return source.loadStoredMessagesBefore(sessionId, std::nullopt, pageSize);
        },
        [this, window](const QList<StoredMessage> &page) {
            if (window != m_window)
                return;
            // Rows out, then the page in, rather than a reset: views keep their state, and a
            // model tester may fetch more as soon as rows arrive.
            removeStoredRows();
            insertRows(0, page);
            // Set last: views and testers may ask for more while the rows go in.
            m_exhausted = page.size() < pageSize;
        });
}

quint64 MessageListModel::newWindow()
{
    // Nothing more is asked for until the new window's first page is here.
    m_exhausted = true;
    m_loadingNewer = false;
    return ++m_window;
}

void MessageListModel::removeStoredRows()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, storedCount() - 1);
    m_rows.clear();
    endRemoveRows();
}

void MessageListModel::insertRows(int row, const QList<StoredMessage> &entries)
{
    if (entries.isEmpty())
        return;
    QList<Row> rows;
    rows.reserve(m_rows.size() + entries.size());
    rows << m_rows.mid(0, row);
    for (const StoredMessage &entry : entries)
        rows << rowOf(entry);
    rows << m_rows.mid(row);
    beginInsertRows({}, row, row + int(entries.size()) - 1);
    m_rows = std::move(rows);
    endInsertRows();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedCount() + (showsPending() ? 1 : 0);
}

MessageListModel::Row MessageListModel::rowOf(StoredMessage entry, bool expanded)
{
    const auto &rating = entry.rating;
    const QByteArray json =
        entry.message.storedJson().isEmpty() ? entry.message.text().toUtf8() : entry.message.storedJson();
    const auto &extras = entry.message.govStackExtras();
    const quint64 revision =
        qHashMulti(0, json, int(entry.status), entry.errorKind, entry.error, entry.serverId, expanded,
                   rating ? rating->score : 0, rating ? rating->comment : QString(), rating && rating->sent,
                   extras ? extras->followUpQuestions.size() : 0, extras ? extras->sources.size() : 0);
    return Row{std::move(entry), expanded, revision};
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == storedCount())
        return MessageRoles::ofPending(m_pending->turn, m_pending->text, m_pending->since, role);
    const Row &row = m_rows.at(index.row());
    return MessageRoles::ofStored(row.entry, row.expanded, row.revision, role);
}

bool MessageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= storedCount())
        return false;
    Row &changed = m_rows[index.row()];
    changed = rowOf(changed.entry, value.toBool());
    Q_EMIT dataChanged(index, index, {ExpandedRole});
    return true;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    // Editable only in the sense that a view may open a read-only editor to select text.
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return MessageRoles::names(QAbstractListModel::roleNames());
}

bool MessageListModel::canLoadOlder() const
{
    return !m_exhausted && m_source && !m_rows.isEmpty();
}

void MessageListModel::loadOlder()
{
    if (!canLoadOlder())
        return;
    m_exhausted = true; // until this page is here
    ask<QList<StoredMessage>>(
        [sessionId = m_sessionId, first = m_rows.constFirst().entry](const ChatSource &source) {
            return source.loadStoredMessagesBefore(sessionId, first, pageSize);
        },
        [this, window = m_window](const QList<StoredMessage> &page) {
            if (window != m_window)
                return;
            insertRows(0, page);
            m_exhausted = page.size() < pageSize;
        });
}

void MessageListModel::loadNewer()
{
    if (m_reachesNewest || !m_source || m_rows.isEmpty() || m_loadingNewer)
        return;
    m_loadingNewer = true;
    ask<QList<StoredMessage>>(
        [sessionId = m_sessionId, last = m_rows.constLast().entry](const ChatSource &source) {
            return source.loadStoredMessagesAfter(sessionId, last, pageSize);
        },
        [this, window = m_window](const QList<StoredMessage> &page) {
            if (window != m_window)
                return;
            m_loadingNewer = false;
            insertRows(storedCount(), page);
            setReachesNewest(page.size() < pageSize);
        },
        [this, window = m_window] {
            if (window == m_window)
                setReachesNewest(true);
        });
}

int MessageListModel::loadedRow(int seq) const
{
    const auto loaded =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [seq](const Row &row) { return row.entry.seq == seq; });
    return loaded == m_rows.cend() ? -1 : int(loaded - m_rows.cbegin());
}

int MessageListModel::showAround(int seq)
{
    if (const int row = loadedRow(seq); row >= 0 || !m_source)
        return row;
    struct Around {
        QList<StoredMessage> before;
        StoredMessage wanted;
        QList<StoredMessage> after;
    };
    const quint64 window = newWindow();
    ask<Around>(
        [sessionId = m_sessionId, seq](const ChatSource &source) -> Result<Around> {
            const auto wanted = source.storedMessage(sessionId, seq);
            if (!wanted)
                return wanted.error();
            // Half a page on either side: a hit deep in a long session costs one page, not every page after it.
            const auto before = source.loadStoredMessagesBefore(sessionId, *wanted, pageSize / 2);
            const auto after = source.loadStoredMessagesAfter(sessionId, *wanted, pageSize / 2);
            if (!before || !after)
                return before ? after.error() : before.error();
            return Around{*before, *wanted, *after};
        },
        [this, window](const Around &around) {
            if (window != m_window)
                return;
            setReachesNewest(false);
            removeStoredRows();
            insertRows(0, around.before + QList<StoredMessage>{around.wanted} + around.after);
            m_exhausted = around.before.size() < pageSize / 2;
            setReachesNewest(around.after.size() < pageSize / 2);
            Q_EMIT messageShown(int(around.before.size()));
        });
    // A source without a thread of its own has answered already.
    return loadedRow(seq);
}

void MessageListModel::setReachesNewest(bool reaches)
{
    if (reaches == m_reachesNewest)
        return;
    // The row of an awaited answer belongs below the newest message: it shows only with it.
    if (!m_pending) {
        m_reachesNewest = reaches;
    } else if (reaches) {
        beginInsertRows({}, storedCount(), storedCount());
        m_reachesNewest = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, storedCount(), storedCount());
        m_reachesNewest = false;
        endRemoveRows();
    }
}

void MessageListModel::beginPending(int turn)
{
    // A turn goes out at the end of the conversation, and that is where it is shown.
    if (!m_reachesNewest)
        setSession(m_sessionId);
    endPending();
    beginInsertRows({}, storedCount(), storedCount());
    m_pending = Pending{turn, {}, QDateTime::currentDateTimeUtc()};
    endInsertRows();
    m_elapsedTimer.start();
}

void MessageListModel::appendStreamedText(int turn, const QString &delta)
{
    if (!m_pending || m_pending->turn != turn)
        return;
    m_pending->text += delta;
    if (!showsPending())
        return;
    // Only this row changes: the view lays out nothing else.
    Q_EMIT dataChanged(index(storedCount()), index(storedCount()), {TextRole, Qt::DisplayRole});
}

void MessageListModel::endPending()
{
    if (!m_pending)
        return;
    m_elapsedTimer.stop();
    if (!showsPending()) {
        m_pending.reset();
        return;
    }
    beginRemoveRows({}, storedCount(), storedCount());
    m_pending.reset();
    endRemoveRows();
}

void MessageListModel::refreshRow(const QString &sessionId, int seq)
{
    // Not loaded: it is read as it is when it comes into view.
    if (sessionId != m_sessionId || !m_source || loadedRow(seq) < 0)
        return;
    ask<StoredMessage>([sessionId, seq](const ChatSource &source) { return source.storedMessage(sessionId, seq); },
                       [this, sessionId, seq](const StoredMessage &entry) {
                           const int row = loadedRow(seq);
                           if (sessionId != m_sessionId || row < 0)
                               return;
                           m_rows[row] = rowOf(entry, m_rows.at(row).expanded);
                           Q_EMIT dataChanged(index(row), index(row));
                       });
}

void MessageListModel::refreshNewest(const QString &sessionId, int count)
{
    if (sessionId != m_sessionId || !m_source)
        return;
    ask<QList<StoredMessage>>(
        [sessionId, count](const ChatSource &source) {
            return source.loadStoredMessagesBefore(sessionId, std::nullopt, std::max(count + 4, 8));
        },
        [this, sessionId](const QList<StoredMessage> &newest) {
            if (sessionId == m_sessionId)
                mergeNewest(newest);
        });
}

void MessageListModel::mergeNewest(const QList<StoredMessage> &newest)
{
    for (const StoredMessage &entry : newest) {
        const auto byPosition = [](const Row &row, const StoredMessage &wanted) {
            return comesBefore(row.entry, wanted);
        };
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), entry, byPosition);
        const int row = int(it - m_rows.begin());
        if (it != m_rows.end() && it->entry.seq == entry.seq) {
            if (it->entry.status != entry.status || it->entry.error != entry.error ||
                it->entry.rating != entry.rating || it->entry.serverId != entry.serverId) {
                *it = rowOf(entry, it->expanded);
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        // Outside what is loaded: it arrives with loadOlder() or loadNewer().
        if ((row == 0 && !m_rows.isEmpty() && !m_exhausted) || (row == storedCount() && !m_reachesNewest))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, rowOf(entry));
        endInsertRows();
    }
}

template<typename T>
void MessageListModel::ask(std::function<Result<T>(const ChatSource &)> question, std::function<void(const T &)> then,
                           std::function<void()> otherwise)
{
    // Read on the store's thread; each answer checks that its question still stands.
    whenReady(m_source->read<T>(std::move(question)), this,
              [then = std::move(then), otherwise = std::move(otherwise)](const Result<T> &answer) {
                  if (answer)
                      then(*answer);
                  else if (otherwise)
                      otherwise();
              });
}
