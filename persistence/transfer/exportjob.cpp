#include "exportjob.h"

#include "chatstore.h"
#include "pydanticaicodec.h"
#include "sessionexport.h"
#include "versionsexport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/// How long one slice of the export may keep the event loop waiting.
constexpr qint64 sliceNs = 8'000'000;

} // namespace

ExportJob::ExportJob(ChatStore *store, QStringList sessionIds, Format format, Shape shape, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionIds(std::move(sessionIds))
    , m_format(format)
    , m_shape(shape)
    , m_exportedAt(QDateTime::currentDateTimeUtc())
{ }

ExportJob::~ExportJob()
{
    if (m_file)
        m_file->cancelWriting();
}

Result<void> ExportJob::writeToFile(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot write %1: %2").arg(path, m_file->errorString())};
    m_device = m_file.get();
    return {};
}

void ExportJob::writeTo(QIODevice *device)
{
    m_device = device;
}

bool ExportJob::writeUncounted(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        end(Error{Error::Code::Io, tr("Writing the export failed: %1").arg(m_device->errorString())});
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

bool ExportJob::write(const QByteArray &bytes)
{
    if (m_format == Format::Json)
        m_integrity.addDocument(bytes);
    return writeUncounted(bytes);
}

bool ExportJob::writeIntegrityAndClose()
{
    // The digest covers the closing brace that follows the block, so it is counted first.
    const QByteArray closing = "}\n";
    m_integrity.addDocument(closing);
    return writeUncounted(m_integrity.member(m_signingKey)) && writeUncounted(closing);
}

bool ExportJob::writeNext()
{
    if (m_done)
        return false;
    if (m_next == 0 && m_format == Format::Json && m_shape == Shape::Collection) {
        // The wrapper's keys in the order QJsonObject writes them, around sessions streamed one by one.
        if (!write("{\"exported_at\":\"" + SessionExport::isoTime(m_exportedAt).toUtf8() + "\",\"format\":\"" +
                   SessionExport::formatName + "\",\"sessions\":["))
            return false;
    }
    if (m_next >= m_sessionIds.size()) {
        if (m_format == Format::Json && m_shape == Shape::Collection &&
            !write("],\"version\":" + QByteArray::number(SessionExport::formatVersion)))
            return false;
        if (m_format == Format::Json && !writeIntegrityAndClose())
            return false;
        end(std::nullopt);
        return false;
    }
    const QString &sessionId = m_sessionIds.at(m_next);
    const auto session = m_store->chat(sessionId);
    const auto conversation =
        session ? VersionsExport::read(*m_store, sessionId) : Result<VersionsExport::Conversation>(session.error());
    if (!conversation) {
        end(conversation.error());
        return false;
    }
    QByteArray bytes;
    if (m_format == Format::Markdown) {
        bytes = (m_next > 0 ? "\n---\n\n" : "") +
            SessionExport::toMarkdown(*session, conversation->shown, conversation->others).toUtf8();
    } else {
        bytes = (m_next > 0 ? "," : "") +
            SessionExport::toJsonBytes(*session, conversation->shown, m_exportedAt, conversation->versionsJson);
        // A single session's object is closed after its integrity block.
        if (m_shape == Shape::Single)
            bytes.chop(1);
        QList<QByteArray> messages;
        for (const StoredMessage &entry : SessionExport::conversationOf(conversation->shown))
            messages.append(PydanticAiCodec::encodeMessage(entry.message));
        m_integrity.addSession(sessionId, messages);
    }
    if (!write(bytes))
        return false;
    ++m_next;
    Q_EMIT progressChanged(m_next, total());
    return !m_done; // whoever heard of the progress may have cancelled
}

AuditEvent ExportJob::auditEvent(const QString &destination) const
{
    return AuditEvent{
        AuditAction::Export,
        QJsonObject{
            {u"sessions"_s, QJsonArray::fromStringList(m_sessionIds)},
            {u"file"_s, destination},
            {u"format"_s, m_format == Format::Json ? u"json"_s : u"markdown"_s},
            {u"fingerprint"_s, m_signingKey && m_format == Format::Json ? m_signingKey->fingerprint() : QString()}}};
}

void ExportJob::start()
{
    QTimer::singleShot(0, this, &ExportJob::step);
}

void ExportJob::step()
{
    if (m_done)
        return;
    QElapsedTimer slice;
    slice.start();
    while (slice.nsecsElapsed() < sliceNs) {
        if (!writeNext())
            return;
    }
    QTimer::singleShot(0, this, &ExportJob::step);
}

Result<void> ExportJob::runToEnd()
{
    while (writeNext()) { }
    if (m_error)
        return *m_error;
    return {};
}

void ExportJob::cancel()
{
    end(Error{Error::Code::InvalidData, tr("The export was cancelled; no file was written.")});
}

void ExportJob::end(std::optional<Error> error)
{
    if (m_done)
        return;
    m_done = true;
    const QString destination = m_file ? QFileInfo(m_file->fileName()).absoluteFilePath() : tr("standard output");
    if (m_file) {
        if (error)
            m_file->cancelWriting();
        else if (!m_file->commit())
            error = Error{Error::Code::Io, tr("Cannot save %1: %2").arg(m_file->fileName(), m_file->errorString())};
        m_file.reset();
    } else if (m_device && !error) {
        m_device->waitForBytesWritten(-1);
    }
    if (!error) {
        if (auto recorded = m_store->recordAudit(auditEvent(destination)); !recorded)
            error = Error{recorded.error().code,
                          tr("The export was written, but the audit trail could not record it: %1")
                              .arg(recorded.error().message)};
    }
    m_error = std::move(error);
    Q_EMIT finished();
}
