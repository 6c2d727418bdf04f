#include "messagecard.h"

#include "messageblocks.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

MessageCard::MessageCard(StoredMessage entry)
{
    m_entries << std::move(entry);
    revise();
}

QList<MessageCard> MessageCard::group(const QList<StoredMessage> &entries)
{
    // Each card's messages gathered first and hashed once: a long answer is not hashed per message.
    QList<QList<StoredMessage>> parts;
    QList<MessageCard> cards;
    for (const StoredMessage &entry : entries) {
        if (!cards.isEmpty() && cards.last().takes(entry))
            parts.last() << entry;
        else {
            cards << MessageCard(entry);
            parts << QList<StoredMessage>();
        }
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (!parts.at(i).isEmpty())
            cards[i].put(parts.at(i));
    }
    return cards;
}

bool MessageCard::takes(const StoredMessage &entry) const
{
    return isAnswer() && isAnswerPart(entry) && entry.turn == first().turn;
}

bool MessageCard::contains(int seq) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [seq](const StoredMessage &e) { return e.seq == seq; });
}

bool MessageCard::put(const QList<StoredMessage> &entries)
{
    for (const StoredMessage &entry : entries) {
        const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.seq,
                                         [](const StoredMessage &e, int seq) { return e.seq < seq; });
        if (at != m_entries.end() && at->seq == entry.seq)
            *at = entry;
        else
            m_entries.insert(at, entry);
    }
    const quint64 before = m_revision;
    revise();
    return m_revision != before;
}

const StoredMessage &MessageCard::primary() const
{
    const auto reply = std::find_if(m_entries.crbegin(), m_entries.crend(),
                                    [](const StoredMessage &e) { return e.message.isResponse(); });
    return reply == m_entries.crend() ? last() : *reply;
}

QString MessageCard::text() const
{
    if (!isAnswer())
        return first().message.text();
    QStringList replies;
    for (const StoredMessage &entry : m_entries) {
        if (const QString text = entry.message.text(); entry.message.isResponse() && !text.isEmpty())
            replies << text;
    }
    return replies.join(u"\n\n");
}

QVariantList MessageCard::blocks() const
{
    QVariantList blocks;
    for (const StoredMessage &entry : m_entries)
        blocks << MessageBlocks::of(entry.message);
    return blocks;
}

namespace {

/// An attachment named as a person would know it: the file in its address, the name the sender
/// gave it, the address itself, and only then the id PydanticAI made up (six hex digits).
QString nameOf(const UserContent &item)
{
    static const QRegularExpression madeUp(u"^[0-9a-f]{6}$"_s);
    const QUrl url(item.url());
    if (const QString file = url.fileName(); file.contains(u'.'))
        return file;
    if (!item.identifier().isEmpty() && !madeUp.match(item.identifier()).hasMatch())
        return item.identifier();
    if (url.isValid() && !url.host().isEmpty())
        return url.host() + url.path();
    return item.identifier();
}

} // namespace

QVariantList MessageCard::attachments() const
{
    QVariantList attachments;
    if (isAnswer())
        return attachments;
    for (const MessagePart &part : first().message.parts()) {
        if (part.kind() != MessagePart::Kind::UserPrompt)
            continue;
        for (const UserContent &item : part.userContent()) {
            const auto kind = item.kind();
            if (kind == UserContent::Kind::Text || kind == UserContent::Kind::TextContent ||
                kind == UserContent::Kind::CachePoint)
                continue;
            attachments << QVariantMap{
                {u"name"_s, nameOf(item)}, {u"url"_s, item.url()}, {u"mediaType"_s, item.mediaType()}};
        }
    }
    return attachments;
}

void MessageCard::setExpanded(bool expanded)
{
    m_expanded = expanded;
    revise();
}

void MessageCard::revise()
{
    size_t seed = qHash(m_expanded);
    for (const StoredMessage &entry : m_entries) {
        const auto &rating = entry.rating;
        const ModelMessage &message = entry.message;
        const QByteArray json = message.storedJson().isEmpty() ? message.text().toUtf8() : message.storedJson();
        seed = qHashMulti(seed, entry.seq, json, int(entry.status), entry.errorKind, entry.error, entry.serverId,
                          rating ? rating->score : 0, rating ? rating->comment : QString(), rating && rating->sent);
        // What the card shows of the server's extras: sources, confidence, follow-up questions.
        if (const auto &extras = message.govStackExtras()) {
            for (const Source &source : extras->sources)
                seed = qHashMulti(seed, source.title, source.url);
            for (const FollowUpQuestion &followUp : extras->followUpQuestions)
                seed = qHash(followUp.question, seed);
            seed = qHash(extras->confidence.value_or(-1.0), seed);
        }
    }
    m_revision = seed;
}
