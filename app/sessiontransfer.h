#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class ChatStore;

/// Export and import as the window runs them, so that it never waits on the disk: both read and
/// write on the store's thread (where the store has one), report progress and can be
/// cancelled; an import then tells the views what it wrote.
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

    /// Starts writing @p sessionIds to @p path (atomically): JSON, or Markdown when the name ends
    /// in `.md`; with @p wholeCollection, JSON in the collection wrapper. exportFinished() follows,
    /// always from the event loop.
    void startExport(const QStringList &sessionIds, const QString &path, bool wholeCollection);
    void cancelExport();

Q_SIGNALS:
    void exportProgressChanged(int done, int total);
    /// The export ended: @p error says why it did not complete (the file is left as it was).
    void exportFinished(const std::optional<Error> &error);

private:
    ChatStore *m_store;
    std::shared_ptr<std::atomic_bool> m_cancelExport;
};
