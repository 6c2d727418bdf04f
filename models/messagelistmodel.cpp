#include "messagelistmodel.h"

#include "chatsource.h"
#include "messageblocks.h"

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
    // Rows out, then the new session's rows in, rather than a reset: views keep
    // their state, and a model tester may fetch more as soon as rows arrive.
    endPending();
    removeStoredRows();
    m_sessionId = sessionId;
    m_exhausted = true;
    m_reachesNewest = true;
    if (!m_source || sessionId.isEmpty())
        return;
    const auto page = m_source->loadStoredMessagesBefore(sessionId, std::nullopt, pageSize);
    if (!page)
        return;
    insertRows(0, *page);
    // Set last: views and testers may ask for more while the rows go in.
    m_exhausted = page->size() < pageSize;
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
        return pendingData(role);
    return messageData(m_rows.at(index.row()), role);
}

QVariant MessageListModel::messageData(const Row &row, int role) const
{
    const StoredMessage &entry = row.entry;
    const ModelMessage &message = entry.message;
    const auto extras = message.govStackExtras();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return message.text();
    case Qt::AccessibleTextRole:
        return (message.isResponse() ? tr("Assistant: %1") : tr("You: %1")).arg(message.text());
    case SenderRole:
        return ModelMessage::roleName(message.role());
    case TimestampRole:
        return message.timestamp() ? message.timestamp()->toDateTime() : QDateTime();
    case StatusRole:
        return messageStatusName(entry.status);
    case ErrorRole:
        return entry.error;
    case TurnRole:
        return entry.turn;
    case SeqRole:
        return entry.seq;
    case ModelNameRole:
        return message.modelName();
    case SourcesRole: {
        QVariantList sources;
        if (extras) {
            for (const Source &source : extras->sources)
                sources << QVariantMap{{u"title"_s, source.title}, {u"url"_s, source.url}};
        }
        return sources;
    }
    case ConfidenceRole:
        return extras && extras->confidence ? QVariant(*extras->confidence) : QVariant();
    case FollowUpsRole: {
        QStringList questions;
        if (extras) {
            for (const FollowUpQuestion &followUp : extras->followUpQuestions)
                questions << followUp.question;
        }
        return questions;
    }
    case BlocksRole:
        return MessageBlocks::of(message);
    case ExpandedRole:
        return row.expanded;
    case RevisionRole:
        return row.revision;
    case PendingRole:
        return false;
    case ElapsedSecondsRole:
        return 0;
    case RatingRole:
        return entry.rating ? entry.rating->score : 0;
    case RatingCommentRole:
        return entry.rating ? entry.rating->comment : QString();
    case RatingSentRole:
        return entry.rating && entry.rating->sent;
    case ServerIdRole:
        return entry.serverId;
    }
    return {};
}

QVariant MessageListModel::pendingData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_pending->text;
    case Qt::AccessibleTextRole:
        return tr("Waiting for the answer");
    case SenderRole:
        return u"assistant"_s;
    case TimestampRole:
        return m_pending->since;
    case StatusRole:
        return messageStatusName(MessageStatus::Pending);
    case TurnRole:
        return m_pending->turn;
    case PendingRole:
        return true;
    case ElapsedSecondsRole:
        return int(m_pending->since.secsTo(QDateTime::currentDateTimeUtc()));
    case ExpandedRole:
    case RatingSentRole:
        return false;
    case RatingRole:
        return 0;
    case SourcesRole:
    case BlocksRole:
        return QVariantList();
    case FollowUpsRole:
        return QStringList();
    }
    return {};
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
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SenderRole, "sender"},
                  {TextRole, "text"},
                  {TimestampRole, "timestamp"},
                  {StatusRole, "status"},
                  {ErrorRole, "error"},
                  {TurnRole, "turn"},
                  {SeqRole, "seq"},
                  {ModelNameRole, "modelName"},
                  {SourcesRole, "sources"},
                  {ConfidenceRole, "confidence"},
                  {FollowUpsRole, "followUps"},
                  {BlocksRole, "blocks"},
                  {ExpandedRole, "expanded"},
                  {PendingRole, "pending"},
                  {ElapsedSecondsRole, "elapsedSeconds"},
                  {RatingRole, "rating"},
                  {RatingCommentRole, "ratingComment"},
                  {RatingSentRole, "ratingSent"},
                  {ServerIdRole, "serverId"},
                  {RevisionRole, "revision"}});
    return names;
}

bool MessageListModel::canLoadOlder() const
{
    return !m_exhausted && m_source && !m_rows.isEmpty();
}

void MessageListModel::loadOlder()
{
    if (!canLoadOlder())
        return;
    const auto page = m_source->loadStoredMessagesBefore(m_sessionId, m_rows.constFirst().entry, pageSize);
    m_exhausted = true;
    if (!page)
        return;
    insertRows(0, *page);
    m_exhausted = page->size() < pageSize;
}

void MessageListModel::loadNewer()
{
    if (m_reachesNewest || !m_source || m_rows.isEmpty())
        return;
    const auto page = m_source->loadStoredMessagesAfter(m_sessionId, m_rows.constLast().entry, pageSize);
    if (!page) {
        setReachesNewest(true);
        return;
    }
    insertRows(storedCount(), *page);
    setReachesNewest(page->size() < pageSize);
}

int MessageListModel::showAround(int seq)
{
    const auto loaded =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [seq](const Row &row) { return row.entry.seq == seq; });
    if (loaded != m_rows.cend())
        return int(loaded - m_rows.cbegin());
    if (!m_source)
        return -1;
    const auto wanted = m_source->storedMessage(m_sessionId, seq);
    if (!wanted)
        return -1;
    // Half a page on either side: a hit deep in a long session costs one page, not every page after it.
    const auto before = m_source->loadStoredMessagesBefore(m_sessionId, *wanted, pageSize / 2);
    const auto after = m_source->loadStoredMessagesAfter(m_sessionId, *wanted, pageSize / 2);
    if (!before || !after)
        return -1;
    setReachesNewest(false);
    removeStoredRows();
    m_exhausted = true;
    insertRows(0, *before + QList<StoredMessage>{*wanted} + *after);
    m_exhausted = before->size() < pageSize / 2;
    setReachesNewest(after->size() < pageSize / 2);
    return int(before->size());
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
    if (sessionId != m_sessionId || !m_source)
        return;
    const auto row =
        std::find_if(m_rows.begin(), m_rows.end(), [seq](const Row &loaded) { return loaded.entry.seq == seq; });
    if (row == m_rows.end())
        return; // not loaded: it is read as it is when it comes into view
    const auto entry = m_source->storedMessage(sessionId, seq);
    if (!entry)
        return;
    *row = rowOf(*entry, row->expanded);
    const QModelIndex changed = index(int(row - m_rows.begin()));
    Q_EMIT dataChanged(changed, changed);
}

void MessageListModel::refreshNewest(const QString &sessionId, int count)
{
    if (sessionId != m_sessionId || !m_source)
        return;
    const auto newest = m_source->loadStoredMessagesBefore(sessionId, std::nullopt, std::max(count + 4, 8));
    if (!newest)
        return;
    for (const StoredMessage &entry : *newest) {
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
