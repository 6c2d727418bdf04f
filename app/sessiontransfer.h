#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class ChatStore;
class SigningKeys;

/// Export and import as the window runs them, so that it never waits on the disk: both read and
/// write on the store's thread (where the store has one), report progress and can be
/// cancelled; an import then tells the views what it wrote. One transfer at a time.
class SessionTransfer : public QObject
{
    Q_OBJECT

public:
    explicit SessionTransfer(ChatStore *store, QObject *parent = nullptr);
    ~SessionTransfer() override;

    /// JSON exports are signed with the key these give; without them, or without a keychain,
    /// they carry their integrity chain unsigned.
    void setSigningKeys(SigningKeys *keys) { m_keys = keys; }

    struct ImportSummary {
        QStringList imported;
        /// Left as they are: a session with the id exists already.
        QStringList skipped;
        QStringList skippedTitles;
        /// For each file, whether it was signed and by whom (ImportFiles::signatureNotes).
        QStringList signatureNotes;
    };
    /// Checks every file first, then imports all or none, a session at a time; sessions that
    /// exist are left, or with @p replace replaced. The result arrives on this object's thread.
    QFuture<Result<ImportSummary>> importFiles(const QStringList &paths, bool replace = false);
    struct ExportReceipt {
        /// The key that signed the file; empty when it is not signed.
        QString fingerprint;
        /// Why a JSON export is not signed (no keychain); empty when it is, or for Markdown.
        QString unsignedReason;
    };
    /// Writes @p sessionIds to @p path (atomically): JSON, or Markdown when the name ends in
    /// `.md`; with @p wholeCollection, JSON in the collection wrapper. A cancelled or failed
    /// export leaves the file as it was.
    QFuture<Result<ExportReceipt>> exportTo(const QStringList &sessionIds, const QString &path, bool wholeCollection);
    /// Stops the transfer under way: an import writes nothing, an export no file.
    void cancel();

Q_SIGNALS:
    /// How far the transfer under way got: @p done sessions written of @p total.
    void progressChanged(int done, int total);

private:
    /// What the store's thread calls as sessions are written: it tells this object's thread
    /// how far it got and says whether to go on.
    std::function<bool(int done, int total)> relayProgress();

    ChatStore *m_store;
    SigningKeys *m_keys = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
