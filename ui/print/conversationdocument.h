#pragma once

#include "chatsession.h"
#include "storedmessage.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

/// A conversation laid out for paper by Qt's own text layout: each message with who wrote it
/// and when, answers in their Markdown (lists, code, links), tool calls and results summarised
/// in a line each, sources as links.
class ConversationDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConversationDocument)

public:
    /// @p conversation is the messages the agent saw (SessionExport::conversationOf).
    static std::unique_ptr<QTextDocument> build(const QList<StoredMessage> &conversation);
    /// What a tool call's or result's line says; long arguments and results are cut.
    static QString summaryOf(const MessagePart &part);
};
