#pragma once

#include "result.h"

#include <QObject>

class ChatActions;
class ChatStore;
class QPrinter;
class QWidget;

/// Session → Print… and Session → Export as PDF…: the conversation is read on the store's
/// thread, laid out and printed on a worker thread, with a progress dialog whose Cancel stops
/// it between pages (a cancelled PDF leaves no file). The window never waits.
class PrintCommands : public QObject
{
    Q_OBJECT

public:
    PrintCommands(ChatStore *store, ChatActions *actions, QWidget *window);

    /// Asks where, then writes the PDF.
    void exportPdfWithDialog(const QString &sessionId, const QString &title);
    /// Asks which printer, then prints.
    void printWithDialog(const QString &sessionId);

    /// Writes @p sessionId's conversation to @p path; the number of pages, or why not.
    Result<int> exportPdf(const QString &sessionId, const QString &path);
    Result<int> print(const QString &sessionId, QPrinter *printer);

Q_SIGNALS:
    /// A PDF of @p pages pages was written to @p path.
    void pdfExported(const QString &path, int pages);

private:
    template<typename Render>
    Result<int> run(const QString &sessionId, const QString &label, Render render);

    ChatStore *m_store;
    ChatActions *m_actions;
    QWidget *m_window;
};
