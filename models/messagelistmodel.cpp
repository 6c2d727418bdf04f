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

/// At most this many messages are read again when sync rewrites the session under the reader.
constexpr int reviseLimit = 2000;

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
    connect(source, &ChatSource::externalChangeDetected, this, [this] {
        refreshNewest(m_sessionId, pageSize);
        // Another process may have made a version of this conversation (ask --edit).
        if (!m_sessionId.isEmpty())
            readVersions();
    });
    connect(source, &ChatSource::messageRated, this, &MessageListModel::refreshRow);
    // Sync rewrote the session (the server's trace, turns made elsewhere): the rows are read again.
    connect(source, &ChatSource::messagesReplaced, this, [this](const QString &sessionId) {
        if (sessionId != m_sessionId)
            return;
        if (m_reachesNewest && !m_rows.isEmpty())
            reviseNewest();
        else
            setSession(sessionId);
    });
}

void MessageListModel::setSession(const QString &sessionId)
{
    endPending();
    // Another conversation's rows go at once; the same one's stay until it is read again.
    if (sessionId != m_sessionId) {
        removeStoredRows();
        m_versions.clear();
    }
    m_sessionId = sessionId;
    const quint64 window = newWindow();
    m_reachesNewest = true;
    if (!m_source || sessionId.isEmpty()) {
        removeStoredRows();
        return;
    }
    readVersions();
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
    QList<MessageCard> cards = MessageCard::group(entries);
    // A page's edge may fall inside an answer: its part joins the card already shown.
    if (!cards.isEmpty() && row > 0 && m_rows.at(row - 1).takes(cards.constFirst().first()))
        putInto(row - 1, cards.takeFirst().entries());
    if (!cards.isEmpty() && row < storedCount() && cards.constLast().takes(m_rows.at(row).first()))
        putInto(row, cards.takeLast().entries());
    if (cards.isEmpty())
        return;
    QList<MessageCard> rows;
    rows.reserve(m_rows.size() + cards.size());
    rows << m_rows.mid(0, row) << cards << m_rows.mid(row);
    beginInsertRows({}, row, row + int(cards.size()) - 1);
    m_rows = std::move(rows);
    endInsertRows();
}

void MessageListModel::putInto(int row, const QList<StoredMessage> &entries)
{
    if (m_rows[row].put(entries))
        Q_EMIT dataChanged(index(row), index(row));
}

void MessageListModel::reviseNewest()
{
    qsizetype loaded = 0;
    for (const MessageCard &card : std::as_const(m_rows))
        loaded += card.entries().size();
    const int wanted = int(std::min<qsizetype>(loaded + pageSize, reviseLimit));
    ask<QList<StoredMessage>>(
        [sessionId = m_sessionId, wanted](const ChatSource &source) {
            return source.loadStoredMessagesBefore(sessionId, std::nullopt, wanted);
        },
        [this, window = m_window, wanted](const QList<StoredMessage> &newest) {
            if (window == m_window)
                reviseCards(MessageCard::group(newest), newest.size() < wanted);
        });
}

void MessageListModel::reviseCards(QList<MessageCard> cards, bool whole)
{
    // Changed in place rather than removed and read again, so the reader stays put: aligned on
    // the first card shown when it is still there (turns added below come in below), else on
    // the newest (a trace that replaces an answer leaves as many cards as before).
    Q_EMIT aboutToRevise();
    const auto top = std::find_if(cards.cbegin(), cards.cend(), [this](const MessageCard &card) {
        return card.first().seq == m_rows.constFirst().first().seq;
    });
    const bool fromTop = top != cards.cend();
    if (fromTop)
        cards.remove(0, top - cards.cbegin()); // above what is loaded: they stay for loadOlder()
    const int common = int(std::min(cards.size(), m_rows.size()));
    if (storedCount() > common) {
        const int first = fromTop ? common : 0;
        beginRemoveRows({}, first, first + storedCount() - common - 1);
        m_rows.remove(first, storedCount() - common);
        endRemoveRows();
    }
    const qsizetype offset = fromTop ? 0 : cards.size() - common;
    for (int row = 0; row < common; ++row) {
        MessageCard card = cards.at(offset + row);
        card.setExpanded(m_rows.at(row).expanded());
        if (card.revision() == m_rows.at(row).revision())
            continue;
        m_rows[row] = std::move(card);
        Q_EMIT dataChanged(index(row), index(row));
    }
    if (fromTop && cards.size() > common) {
        beginInsertRows({}, common, int(cards.size()) - 1);
        m_rows << cards.mid(common);
        endInsertRows();
    }
    if (!fromTop)
        m_exhausted = whole && offset == 0;
    Q_EMIT revised();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedCount() + (showsPending() ? 1 : 0);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == storedCount())
        return MessageRoles::ofPending(m_pending->turn, m_pending->text, m_pending->since, role);
    const MessageCard &card = m_rows.at(index.row());
    switch (role) {
    case VersionRole: {
        const VersionChoice *versions = versionsOf(card);
        return versions ? versions->current + 1 : 0;
    }
    case VersionCountRole: {
        const VersionChoice *versions = versionsOf(card);
        return versions ? versions->count() : 1;
    }
    case VersionSessionsRole: {
        const VersionChoice *versions = versionsOf(card);
        return versions ? versions->sessions : QStringList();
    }
    default:
        return MessageRoles::ofCard(card, role);
    }
}

const VersionChoice *MessageListModel::versionsOf(const MessageCard &card) const
{
    const auto found = m_versions.constFind(card.first().turn);
    if (found == m_versions.cend())
        return nullptr;
    const VersionChoice &choice = card.isAnswer() ? found->answer : found->question;
    return choice.count() > 1 ? &choice : nullptr;
}

void MessageListModel::readVersions()
{
    const QString sessionId = m_sessionId;
    ask<ConversationVersions>([sessionId](const ChatSource &source) { return source.versions(sessionId); },
                              [this, sessionId](const ConversationVersions &versions) {
                                  if (sessionId != m_sessionId)
                                      return;
                                  m_versions = versions.choicesFor(sessionId);
                                  if (storedCount() > 0)
                                      Q_EMIT dataChanged(index(0), index(storedCount() - 1),
                                                         {VersionRole, VersionCountRole, VersionSessionsRole});
                              });
}

bool MessageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= storedCount())
        return false;
    m_rows[index.row()].setExpanded(value.toBool());
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
        [sessionId = m_sessionId, first = m_rows.constFirst().first()](const ChatSource &source) {
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
        [sessionId = m_sessionId, last = m_rows.constLast().last()](const ChatSource &source) {
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
        std::find_if(m_rows.cbegin(), m_rows.cend(), [seq](const MessageCard &card) { return card.contains(seq); });
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
            Q_EMIT messageShown(loadedRow(around.wanted.seq));
        });
    // A source without a thread of its own has answered already.
    return loadedRow(seq);
}

void MessageListModel::showStart()
{
    if (!m_source)
        return;
    const quint64 window = newWindow();
    ask<QList<StoredMessage>>(
        [sessionId = m_sessionId](const ChatSource &source) { return source.loadOldestMessages(sessionId, pageSize); },
        [this, window](const QList<StoredMessage> &page) {
            if (window != m_window || page.isEmpty())
                return;
            setReachesNewest(false);
            removeStoredRows();
            insertRows(0, page);
            setReachesNewest(page.size() < pageSize);
            Q_EMIT messageShown(0);
        });
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
                           if (sessionId == m_sessionId && row >= 0)
                               putInto(row, {entry});
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
        if (const int row = loadedRow(entry.seq); row >= 0) {
            putInto(row, {entry});
            continue;
        }
        const auto after = std::upper_bound(
            m_rows.cbegin(), m_rows.cend(), entry,
            [](const StoredMessage &wanted, const MessageCard &card) { return comesBefore(wanted, card.first()); });
        const int row = int(after - m_rows.cbegin());
        if (row > 0 && m_rows.at(row - 1).takes(entry)) {
            putInto(row - 1, {entry});
            continue;
        }
        // Outside what is loaded: it arrives with loadOlder() or loadNewer().
        if ((row == 0 && !m_rows.isEmpty() && !m_exhausted) || (row == storedCount() && !m_reachesNewest))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, MessageCard(entry));
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
