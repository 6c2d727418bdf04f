#pragma once

#include "sessiontransfer.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <optional>

class QWidget;

/// The window's side of export and import: choosing files, showing progress
/// with Cancel, and saying what happened.
class SessionFiles : public QObject
{
    Q_OBJECT

public:
    SessionFiles(SessionTransfer *transfer, QWidget *window);

    /// Asks where, then exports: JSON, or Markdown when the name ends in `.md`. The file is named
    /// after @p title (one conversation) or the conversations, and today, in the Documents folder.
    void exportWithDialog(const QStringList &sessionIds, const QString &title = {});
    /// A file name for an export of the conversation called @p title (empty: of several), made on @p day.
    static QString suggestedName(const QString &title, const QDate &day);
    /// Exports to @p path with a progress dialog; true when the file was written.
    bool exportTo(const QStringList &sessionIds, const QString &path, bool wholeCollection);
    void importWithDialog();
    /// The formats the organisation allows exports in ("json", "markdown", "pdf"); all by default.
    void setAllowedFormats(const QStringList &formats) { m_allowedFormats = formats; }
    const QStringList &allowedFormats() const { return m_allowedFormats; }
    /// Whether sessions may be exported as files (JSON or Markdown) at all.
    bool mayExport() const
    {
        return m_allowedFormats.contains(QStringLiteral("json")) ||
            m_allowedFormats.contains(QStringLiteral("markdown"));
    }
    /// Reads every file first; imports all or none, on the store's thread when it has one, with
    /// progress and Cancel. Says what was imported and offers to replace the conversations that
    /// were here already. Returns the ids imported.
    QStringList importFiles(const QStringList &paths);

Q_SIGNALS:
    void imported(const QStringList &sessionIds);
    /// @p count conversations were written to @p path, signed by the key of @p fingerprint
    /// (empty when not signed, for @p unsignedReason, or Markdown).
    void exported(const QString &path, int count, const QString &fingerprint, const QString &unsignedReason);

private:
    /// Imports with progress; says why when it failed.
    std::optional<SessionTransfer::ImportSummary> runImport(const QStringList &paths, bool replace);
    /// Shows @p label with progress and Cancel (@p total sessions; 0 while unknown) until @p future ends.
    template<typename T>
    T waitWithProgress(const QFuture<T> &future, const QString &label, const QString &name, int total);

    SessionTransfer *m_transfer;
    QWidget *m_window;
    QStringList m_allowedFormats{QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("pdf")};
};
