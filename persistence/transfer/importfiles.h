#pragma once

#include "jsonscanner.h"
#include "sessionimport.h"
#include "sessionreader.h"

#include <QCoreApplication>
#include <QSet>

/// The sessions of the files to import, read one at a time.
///
/// Opening reads each file and checks it whole (its size, that it is JSON as PydanticAI reads
/// it, its shape, an export's format and version) without decoding it; each session is
/// decoded only when next() reaches it, so a 100 MB export never sits in memory decoded at
/// once. An error names the file and the place at fault.
class ImportFiles : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(SessionImport)

public:
    static Result<ImportFiles> open(const QStringList &paths);
    /// The sessions of @p json, as if read from a file named @p fileName.
    static Result<ImportFiles> fromBytes(const QByteArray &json, const QString &fileName);

    qsizetype sessionCount() const override { return m_sessionCount; }
    Result<ImportedSession> next() override;

private:
    struct File {
        QString name;
        QByteArray bytes;
        SessionReader::Shape shape;
        /// Where each session is in bytes; a wrapper's are in its `sessions` array.
        QList<JsonScanner::Span> sessions;
        bool isWrapper = false;
    };

    static Result<QByteArray> readBytes(const QString &path);
    static Result<File> examine(QByteArray bytes, const QString &fileName);
    static Result<void> examineWrapper(File &file, const QList<std::pair<QString, JsonScanner::Span>> &members);

    QList<File> m_files;
    qsizetype m_sessionCount = 0;
    qsizetype m_file = 0;
    qsizetype m_session = 0;
    /// The ids read from the current file.
    QSet<QString> m_ids;
};
