#include "conversationversions.h"

#include <algorithm>
#include <limits>

ConversationVersions::ConversationVersions(QList<VersionNode> nodes)
    : m_nodes(std::move(nodes))
{
    std::sort(m_nodes.begin(), m_nodes.end(), [](const VersionNode &a, const VersionNode &b) { return a.id < b.id; });
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_byId.insert(m_nodes.at(i).id, i);
}

const VersionNode *ConversationVersions::find(const QString &sessionId) const
{
    const auto found = std::find_if(m_nodes.cbegin(), m_nodes.cend(),
                                    [&sessionId](const VersionNode &node) { return node.sessionId == sessionId; });
    return found == m_nodes.cend() ? nullptr : &*found;
}

const VersionNode *ConversationVersions::node(qint64 id) const
{
    const auto found = m_byId.constFind(id);
    return found == m_byId.cend() ? nullptr : &m_nodes.at(*found);
}

ConversationVersions::Point ConversationVersions::pointOf(const VersionNode &version) const
{
    return canonical(Point{version.branchOf, version.branchTurn});
}

ConversationVersions::Point ConversationVersions::canonical(Point point) const
{
    // Asking again the first turn of a version is asking again what that version asked again.
    for (const VersionNode *at = node(point.version); at && at->branchOf && point.turn == at->firstTurn;
         at = node(point.version))
        point = Point{at->branchOf, at->branchTurn};
    return point;
}

QList<ConversationVersions::Segment> ConversationVersions::pathOf(const VersionNode &version) const
{
    QList<Segment> path{
        Segment{version.id, version.branchOf ? version.branchTurn : 0, std::numeric_limits<int>::max()}};
    int upTo = version.branchTurn;
    for (const VersionNode *parent = node(version.branchOf); parent; parent = node(parent->branchOf)) {
        const int from = parent->branchOf ? parent->branchTurn : 0;
        if (from < upTo)
            path.prepend(Segment{parent->id, from, upTo});
        upTo = std::min(upTo, from);
    }
    return path;
}

const VersionNode *ConversationVersions::shownAt(const VersionNode &version, const Point &point,
                                                 const QList<const VersionNode *> &members) const
{
    const QList<Segment> path = pathOf(version);
    for (const VersionNode *member : members) {
        const int turn = member->id == point.version ? point.turn : member->firstTurn;
        const bool onPath = std::any_of(path.cbegin(), path.cend(), [&](const Segment &segment) {
            return segment.version == member->id && segment.fromTurn <= turn && turn < segment.toTurn;
        });
        if (onPath)
            return member;
    }
    return nullptr;
}

qint64 ConversationVersions::questionOf(const VersionNode &member, const Point &point) const
{
    const VersionNode *at = &member;
    // An answer asked again asks the question of the version it came from.
    while (at->id != point.version && at->kind == VersionKind::Regenerate) {
        const VersionNode *parent = node(at->branchOf);
        if (!parent)
            break;
        at = parent;
    }
    return at->id;
}

TurnVersions ConversationVersions::choicesAt(const Point &point, const QList<const VersionNode *> &members,
                                             const VersionNode &current) const
{
    // For each member, the version last continued among those that show it here.
    QHash<qint64, const VersionNode *> latestByMember;
    QHash<qint64, const VersionNode *> latestByQuestion;
    const auto later = [](const VersionNode *known, const VersionNode &candidate) {
        return !known || std::pair(candidate.updatedAt, candidate.id) > std::pair(known->updatedAt, known->id);
    };
    for (const VersionNode &version : m_nodes) {
        const VersionNode *member = shownAt(version, point, members);
        if (!member)
            continue;
        if (later(latestByMember.value(member->id), version))
            latestByMember.insert(member->id, &version);
        const qint64 question = questionOf(*member, point);
        if (later(latestByQuestion.value(question), version))
            latestByQuestion.insert(question, &version);
    }
    TurnVersions choices;
    const qint64 currentQuestion = questionOf(current, point);
    for (const VersionNode *member : members) {
        const qint64 question = questionOf(*member, point);
        if (question == member->id) {
            if (question == currentQuestion)
                choices.question.current = choices.question.count();
            choices.question.sessions << latestByQuestion.value(question, member)->sessionId;
        }
        if (question == currentQuestion) {
            if (member->id == current.id)
                choices.answer.current = choices.answer.count();
            choices.answer.sessions << latestByMember.value(member->id, member)->sessionId;
        }
    }
    return choices;
}

QHash<int, TurnVersions> ConversationVersions::choicesFor(const QString &shownSessionId) const
{
    QHash<int, TurnVersions> choices;
    const VersionNode *shown = find(shownSessionId);
    if (!shown || m_nodes.size() < 2)
        return choices;
    // The points where versions part, each with its versions: the one asked first, then the others.
    QList<std::pair<Point, QList<const VersionNode *>>> points;
    for (const VersionNode &version : m_nodes) {
        if (!version.branchOf)
            continue;
        const Point point = pointOf(version);
        auto found = std::find_if(points.begin(), points.end(), [&point](const auto &at) { return at.first == point; });
        if (found == points.end()) {
            const VersionNode *origin = node(point.version);
            if (!origin)
                continue;
            points.append({point, {origin}});
            found = std::prev(points.end());
        }
        found->second << &version;
    }
    for (const auto &[point, members] : std::as_const(points)) {
        const VersionNode *current = shownAt(*shown, point, members);
        if (!current)
            continue;
        const int turn = current->id == point.version ? point.turn : current->firstTurn;
        choices.insert(turn, choicesAt(point, members, *current));
    }
    return choices;
}
