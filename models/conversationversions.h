#pragma once

#include "conversationversion.h"

#include <QHash>
#include <QList>
#include <QStringList>

/// One version of a conversation as the store keeps it: where it branched from, and when it
/// was last continued.
struct VersionNode {
    qint64 id = 0;
    QString sessionId;
    /// The version it came from (0 for the conversation's first), and the turn of that
    /// version it asks again.
    qint64 branchOf = 0;
    int branchTurn = 0;
    /// Its own first turn: the question it asks again.
    int firstTurn = 0;
    VersionKind kind = VersionKind::Edit;
    qint64 updatedAt = 0;
};

/// The versions at one point of the conversation shown: which is shown (from 0) and, for each,
/// the version to show when it is chosen (the last continued of those that go through it).
struct VersionChoice {
    int current = 0;
    QStringList sessions;

    int count() const { return int(sessions.size()); }
};

/// A turn's versions: of its question (edits) and of its answer (answers asked for again).
struct TurnVersions {
    VersionChoice question;
    VersionChoice answer;
};

/// Every version of one conversation, and what the ‹ n/m › of the version shown offer: at a
/// turn several versions share the history before, the questions asked there (the first and
/// each edit), and for the question shown the answers given to it (the first and each
/// regeneration). Versions branched from a version's own first turn belong to the same point.
class ConversationVersions
{
public:
    ConversationVersions() = default;
    explicit ConversationVersions(QList<VersionNode> nodes);

    const QList<VersionNode> &nodes() const { return m_nodes; }
    int count() const { return int(m_nodes.size()); }
    const VersionNode *find(const QString &sessionId) const;
    /// The version @p version came from; none for the first.
    const VersionNode *parentOf(const VersionNode &version) const { return node(version.branchOf); }

    /// What each turn of the version @p shownSessionId offers, by the turn's number; only
    /// turns with more than one version of their question or answer.
    QHash<int, TurnVersions> choicesFor(const QString &shownSessionId) const;

private:
    struct Point {
        qint64 version = 0;
        int turn = 0;
        friend bool operator==(const Point &, const Point &) = default;
    };
    struct Segment {
        qint64 version = 0;
        int fromTurn = 0;
        int toTurn = 0;
    };

    const VersionNode *node(qint64 id) const;
    Point pointOf(const VersionNode &version) const;
    Point canonical(Point point) const;
    QList<Segment> pathOf(const VersionNode &version) const;
    /// Which of @p members is shown at @p point by @p version's path, if any.
    const VersionNode *shownAt(const VersionNode &version, const Point &point,
                               const QList<const VersionNode *> &members) const;
    /// The question a member asks at its point: the origin's, or the edit that made it.
    qint64 questionOf(const VersionNode &member, const Point &point) const;
    TurnVersions choicesAt(const Point &point, const QList<const VersionNode *> &members,
                           const VersionNode &current) const;

    QList<VersionNode> m_nodes;
    QHash<qint64, int> m_byId;
};
