#pragma once

#include "conversationprinter.h"
#include "result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class ChatStore;
class QPrinter;
struct StoredMessage;

/// A conversation on paper or in a PDF: read from the store, laid out (ConversationDocument) and
/// printed (ConversationPrinter). Reading needs the store's thread; laying out and printing run
/// anywhere, so the window does them off its own thread with progress and Cancel.
namespace ConversationPrint {

/// What is printed of a session: its header and the messages the agent saw (the version shown).
struct Source {
    ConversationPrinter::Header header;
    QList<StoredMessage> conversation;
};
Result<Source> read(ChatStore &store, const QString &sessionId);

/// Writes @p source to @p path as a PDF (A4), atomically: cancelled or failed, no file is left.
/// Returns the number of pages.
Result<int> toPdf(const Source &source, const QString &path, const ConversationPrinter::Progress &progress = {});
Result<int> toPrinter(const Source &source, QPrinter *printer, const ConversationPrinter::Progress &progress = {});

} // namespace ConversationPrint
