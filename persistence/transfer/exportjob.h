#pragma once

#include "auditentry.h"
#include "exportintegrity.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class ChatStore;
class QIODevice;
class QSaveFile;

/// Writes sessions to a file, a few at a time between turns of the event loop,
/// so that exporting ten thousand sessions shows progress, keeps the window
/// responsive and can be cancelled. A file is written atomically (QSaveFile):
/// cancelled or failed, it is left as it was.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Format { Json, Markdown };
    enum class Shape {
        Single, ///< one session's object
        Collection, ///< the `govstack-desktop-export` wrapper around any number of sessions
    };

    ExportJob(ChatStore *store, QStringList sessionIds, Format format, Shape shape, QObject *parent = nullptr);
    ~ExportJob() override;

    /// Signs a JSON export with @p key; without one, its integrity block has no signature.
    void setSigningKey(std::optional<SigningKey> key) { m_signingKey = std::move(key); }

    /// Opens @p path for an atomic write.
    Result<void> writeToFile(const QString &path);
    /// Writes to an open device (standard output): not atomic.
    void writeTo(QIODevice *device);

    /// Starts the export in the event loop; finished() follows.
    void start();
    /// Exports everything now, without returning to the event loop (for the command line).
    Result<void> runToEnd();
    void cancel();

    int total() const { return int(m_sessionIds.size()); }
    /// Why the export did not complete, once finished().
    const std::optional<Error> &error() const { return m_error; }
    qint64 bytesWritten() const { return m_bytes; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    /// Writes the next session; false when all are written or something failed.
    bool writeNext();
    void step();
    /// Writes bytes that count for the export's digest.
    bool write(const QByteArray &bytes);
    /// Writes bytes the digest leaves out: the integrity block itself.
    bool writeUncounted(const QByteArray &bytes);
    /// The end of a JSON export: its integrity block and the last brace.
    bool writeIntegrityAndClose();
    void end(std::optional<Error> error);
    AuditEvent auditEvent(const QString &destination) const;

    ChatStore *m_store;
    QStringList m_sessionIds;
    Format m_format;
    Shape m_shape;
    QDateTime m_exportedAt;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    int m_next = 0;
    qint64 m_bytes = 0;
    bool m_done = false;
    std::optional<Error> m_error;
    std::optional<SigningKey> m_signingKey;
    ExportIntegrity m_integrity;
};
