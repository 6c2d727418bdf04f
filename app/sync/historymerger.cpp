#include "historymerger.h"

#include "pydanticaicodec.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// The messages of one turn: its request first.
using Turn = QList<StoredMessage>;

QList<Turn> groupTurns(const QList<StoredMessage> &stored)
{
    QList<Turn> turns;
    for (const StoredMessage &entry : stored) {
        if (turns.isEmpty() || turns.constLast().constFirst().turn != entry.turn)
            turns.append(Turn{});
        turns.last().append(entry);
    }
    return turns;
}

bool isAnswered(const Turn &turn)
{
    return turn.constFirst().message.isRequest() && turn.constFirst().status == MessageStatus::Ok;
}

bool matches(const Turn &turn, const ServerTurn &server)
{
    const StoredMessage &request = turn.constFirst();
    if (!request.message.isRequest())
        return false;
    if (!request.serverId.isEmpty())
        return request.serverId == server.userMessageId;
    return HistoryMerger::sameQuestion(request.message.text(), server.userText);
}

/// Equal byte for byte, server ids aside (they are set without rewriting): a turn whose server copy
/// is spelt otherwise (`1` for `1.0`, other key order) takes the server's bytes once, and is equal
/// to it from then on.
bool sameContent(const Turn &a, const Turn &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const StoredMessage &x, const StoredMessage &y) {
        return x.status == y.status && x.errorKind == y.errorKind && x.rating == y.rating &&
            x.message.govStackExtras() == y.message.govStackExtras() &&
            PydanticAiCodec::encodeMessage(x.message) == PydanticAiCodec::encodeMessage(y.message);
    });
}

StoredMessage okEntry(ModelMessage message, QString serverId = {})
{
    return StoredMessage{0, 0, MessageStatus::Ok, {}, {}, std::move(message), std::move(serverId), {}};
}

/// The server's answer messages for a turn: its trace when it keeps one, else the answer;
/// the last carries the answer's server id and @p rating.
Turn answerOf(const ServerTurn &server, const std::optional<Rating> &rating)
{
    Turn answer;
    for (const ModelMessage &message : server.answerMessages())
        answer.append(okEntry(message));
    answer.last().serverId = server.answerMessageId;
    answer.last().rating = rating;
    return answer;
}

/// The answer rows of a turn (its Ok responses), the last first when searched for a rating.
std::optional<Rating> ratingOf(const Turn &turn)
{
    for (auto it = turn.crbegin(); it != turn.crend(); ++it) {
        if (it->message.isResponse() && it->status == MessageStatus::Ok)
            return it->rating;
    }
    return std::nullopt;
}

/// Builds the merged turn list, noting for each the local turn it came from.
class Merge
{
public:
    Merge(const QList<StoredMessage> &local, const ServerHistory &server)
        : m_local(groupTurns(local))
        , m_consumed(m_local.size(), false)
        , m_server(server)
    { }

    HistoryMerger::Outcome run();

private:
    struct Out {
        Turn messages;
        /// The local turn it was made from, when that turn keeps its content.
        std::optional<qsizetype> unchangedFrom;
    };

    std::optional<qsizetype> findAnswered(const ServerTurn &server) const;
    std::optional<qsizetype> firstUnanswered() const;
    void keepUpTo(qsizetype end);
    void takeMatched(qsizetype index, const ServerTurn &server);
    void completeUnsent(qsizetype index, const ServerTurn &server);
    void addFromServer(const ServerTurn &server);
    HistoryMerge plan() const;

    QList<Turn> m_local;
    QList<bool> m_consumed;
    const ServerHistory &m_server;
    qsizetype m_next = 0;
    QList<Out> m_out;
    HistoryMerger::Outcome m_outcome;
};

std::optional<qsizetype> Merge::findAnswered(const ServerTurn &server) const
{
    for (qsizetype i = m_next; i < m_local.size(); ++i) {
        if (!m_consumed.at(i) && isAnswered(m_local.at(i)) && matches(m_local.at(i), server))
            return i;
    }
    return std::nullopt;
}

std::optional<qsizetype> Merge::firstUnanswered() const
{
    for (qsizetype i = m_next; i < m_local.size(); ++i) {
        if (!m_consumed.at(i) && !isAnswered(m_local.at(i)))
            return i;
    }
    return std::nullopt;
}

void Merge::keepUpTo(qsizetype end)
{
    for (; m_next < end; ++m_next) {
        if (!m_consumed.at(m_next))
            m_out.append(Out{m_local.at(m_next), m_next});
    }
}

void Merge::takeMatched(qsizetype index, const ServerTurn &server)
{
    keepUpTo(index);
    m_next = index + 1;
    Turn turn = m_local.at(index);
    turn.first().serverId = server.userMessageId;
    if (server.trace.isEmpty()) {
        // No trace to take: the stored answer stays and learns its server id.
        for (auto it = turn.rbegin(); it != turn.rend(); ++it) {
            if (it->message.isResponse() && it->status == MessageStatus::Ok) {
                it->serverId = server.answerMessageId;
                break;
            }
        }
        m_out.append(Out{turn, index});
        return;
    }
    Turn merged{turn.constFirst()};
    for (const StoredMessage &entry : std::as_const(turn)) {
        if (entry.status == MessageStatus::Incomplete)
            merged.append(entry); // a cut reply of an earlier attempt stays on record
    }
    merged.append(answerOf(server, ratingOf(turn)));
    const bool unchanged = sameContent(merged, turn);
    if (!unchanged)
        ++m_outcome.tracesReplaced;
    m_out.append(Out{merged, unchanged ? std::optional<qsizetype>(index) : std::nullopt});
}

void Merge::completeUnsent(qsizetype index, const ServerTurn &server)
{
    keepUpTo(index);
    m_next = index + 1;
    const Turn &turn = m_local.at(index);
    StoredMessage request = turn.constFirst();
    request.status = MessageStatus::Ok;
    request.errorKind.clear();
    request.error.clear();
    request.serverId = server.userMessageId;
    Turn completed{request};
    for (qsizetype i = 1; i < turn.size(); ++i)
        completed.append(turn.at(i));
    completed.append(answerOf(server, std::nullopt));
    ++m_outcome.turnsCompleted;
    m_out.append(Out{completed, std::nullopt});
}

void Merge::addFromServer(const ServerTurn &server)
{
    Turn turn{
        okEntry(ModelMessage::request({MessagePart::userPrompt(server.userText, server.userTime)}, server.userTime),
                server.userMessageId)};
    turn.append(answerOf(server, std::nullopt));
    ++m_outcome.turnsAdded;
    m_out.append(Out{turn, std::nullopt});
}

HistoryMerger::Outcome Merge::run()
{
    for (const ServerTurn &server : m_server.turns) {
        if (const auto answered = findAnswered(server)) {
            takeMatched(*answered, server);
            continue;
        }
        // Unsent turns go out in order, so only the first can be on the server already.
        if (const auto unsent = firstUnanswered(); unsent && matches(m_local.at(*unsent), server)) {
            m_consumed[*unsent] = true;
            completeUnsent(*unsent, server);
            continue;
        }
        addFromServer(server);
    }
    keepUpTo(m_local.size());
    m_outcome.merge = plan();
    m_outcome.merge.serverFingerprint = m_server.fingerprint;
    return m_outcome;
}

HistoryMerge Merge::plan() const
{
    HistoryMerge merge;
    // Turns that keep their place and content only learn server ids; from the first that does not, the rest is
    // rewritten.
    qsizetype firstChanged = 0;
    for (; firstChanged < m_out.size(); ++firstChanged) {
        const Out &out = m_out.at(firstChanged);
        if (out.unchangedFrom != firstChanged)
            break;
        const Turn &before = m_local.at(firstChanged);
        for (qsizetype i = 0; i < out.messages.size(); ++i) {
            if (out.messages.at(i).serverId != before.at(i).serverId)
                merge.serverIds.append({before.at(i).seq, out.messages.at(i).serverId});
        }
    }
    if (firstChanged < m_local.size())
        merge.replaceFromTurn = m_local.at(firstChanged).constFirst().turn;
    for (qsizetype t = firstChanged; t < m_out.size(); ++t) {
        const int turnStart = int(merge.tail.size());
        for (StoredMessage entry : m_out.at(t).messages) {
            entry.turn = turnStart;
            merge.tail.append(std::move(entry));
        }
    }
    return merge;
}

} // namespace

namespace HistoryMerger {

Outcome merge(const QList<StoredMessage> &local, const ServerHistory &server)
{
    return Merge(local, server).run();
}

bool sameQuestion(const QString &typed, const QString &serverText)
{
    const QString mine = typed.trimmed();
    const QString theirs = serverText.trimmed();
    if (mine == theirs)
        return true;
    static const QRegularExpression placeholder(u"<[A-Z_]+_REDACTED>"_s);
    if (!theirs.contains(placeholder))
        return false;
    // Each placeholder stands for some text the server took out.
    QString pattern;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(theirs); it.hasNext();) {
        const auto match = it.next();
        pattern += QRegularExpression::escape(theirs.mid(from, match.capturedStart() - from)) + u".+?"_s;
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(theirs.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption)
        .match(mine)
        .hasMatch();
}

} // namespace HistoryMerger
