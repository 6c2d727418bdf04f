#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class ChatStore;
class ExportJob;

/// Export and import as the window runs them, so that it never waits on the disk: an import
/// reads and writes on the store's thread and tells the views what it wrote; an export writes
/// a few sessions between turns of the event loop. Both report progress and can be cancelled.
class SessionTransfer : public QObject
{
    Q_OBJECT

public:
    explicit SessionTransfer(ChatStore *store, QObject *parent = nullptr);
    ~SessionTransfer() override;

    struct ImportSummary {
        QStringList imported;
        /// Left as they are: a session with the id exists already.
        QStringList skipped;
    };
    /// Called on the store's thread as sessions are written; false cancels the import.
    using ImportProgress = std::function<bool(int written, int total)>;
    /// Reads every file first, then imports all or none; the result arrives on this object's thread.
    QFuture<Result<ImportSummary>> importFiles(const QStringList &paths, ImportProgress progress);

    /// Starts writing @p sessionIds to @p path: JSON, or Markdown when the name ends in `.md`;
    /// with @p wholeCollection, JSON in the collection wrapper. exportFinished() follows.
    Result<void> startExport(const QStringList &sessionIds, const QString &path, bool wholeCollection);
    void cancelExport();

Q_SIGNALS:
    void exportProgressChanged(int done, int total);
    /// The export ended: @p error says why it did not complete (the file is left as it was).
    void exportFinished(const std::optional<Error> &error);

private:
    ChatStore *m_store;
    QPointer<ExportJob> m_export;
};
