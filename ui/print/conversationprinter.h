#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

/// Prints a laid-out conversation (ConversationDocument) page by page on a printer or a PDF
/// writer: each page headed with the title, the session id and when it was printed, and
/// numbered "Page n of m" at its foot. Nothing is lost between pages: the document's own
/// pagination decides where each ends.
class ConversationPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ConversationPrinter)

public:
    struct Header {
        QString title;
        QString sessionId;
        QDateTime printedAt;
    };
    /// Told after each page; returns false to stop (the output is then incomplete: the caller
    /// throws it away).
    using Progress = std::function<bool(int page, int pages)>;

    /// The number of pages printed, or Cancelled.
    static Result<int> print(QTextDocument &document, QPagedPaintDevice *device, const Header &header,
                             const Progress &progress = {});
};
