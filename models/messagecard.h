#pragma once

#include "storedmessage.h"

#include <QList>
#include <QVariantList>

/// One row of a chat: a question as the user asked it, or the whole answer to it. An answer
/// gathers the messages of its turn after the request (tool calls, their results, the reply),
/// so the steps the agent took read as part of the answer rather than as turns of their own,
/// and a trace that sync brings in later grows the answer instead of adding rows above it.
class MessageCard
{
public:
    explicit MessageCard(StoredMessage entry);

    /// @p entries (in the store's order) as cards.
    static QList<MessageCard> group(const QList<StoredMessage> &entries);

    /// Whether @p entry belongs in this card: a later message of the same answer.
    bool takes(const StoredMessage &entry) const;
    /// Adds @p entries, or replaces the messages at their positions; false when nothing shown changed.
    bool put(const QList<StoredMessage> &entries);
    bool contains(int seq) const;

    const QList<StoredMessage> &entries() const { return m_entries; }
    const StoredMessage &first() const { return m_entries.constFirst(); }
    const StoredMessage &last() const { return m_entries.constLast(); }
    /// The message the card speaks for: an answer's last reply (its rating, sources,
    /// follow-ups, status), or the question itself.
    const StoredMessage &primary() const;
    bool isAnswer() const { return isAnswerPart(first()); }
    /// What a person reads: the question, or the answer's replies one after the other.
    QString text() const;
    /// The steps taken on the way to the answer: tool calls, results, thinking.
    QVariantList blocks() const;
    /// What a question carried besides its words (files, images, links), each {name, url, mediaType}.
    QVariantList attachments() const;

    bool expanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    /// Changes whenever anything the card shows changes, so views may cache its layout.
    quint64 revision() const { return m_revision; }

private:
    static bool isAnswerPart(const StoredMessage &entry) { return entry.seq != entry.turn; }
    void revise();

    QList<StoredMessage> m_entries;
    bool m_expanded = false;
    quint64 m_revision = 0;
};
