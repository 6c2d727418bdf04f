#pragma once

#include "exportverifier.h"
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
    /// Files that carry an integrity block are verified: a changed one is refused (Tampered).
    /// With @p requireSigned, so is a file without a valid signature.
    static Result<ImportFiles> open(const QStringList &paths, bool requireSigned = false);
    /// The sessions of @p json, as if read from a file named @p fileName.
    static Result<ImportFiles> fromBytes(const QByteArray &json, const QString &fileName);

    qsizetype sessionCount() const override { return m_sessionCount; }
    /// For each file: whether it is signed and by whom, in a sentence.
    const QStringList &signatureNotes() const { return m_signatureNotes; }
    Result<ImportedSession> next() override;
    /// The files and the key that signed each (empty: not signed).
    QJsonObject auditDetails() const override;

private:
    struct File {
        QString name;
        QByteArray bytes;
        SessionReader::Shape shape;
        /// Where each session is in bytes; a wrapper's are in its `sessions` array.
        QList<JsonScanner::Span> sessions;
        bool isWrapper = false;
        /// A member `integrity` at the top: an export of this app that can be verified.
        bool hasIntegrity = false;
    };

    static Result<QByteArray> readBytes(const QString &path);
    static Result<File> examine(QByteArray bytes, const QString &fileName);
    static Result<void> examineWrapper(File &file, const QList<std::pair<QString, JsonScanner::Span>> &members);
    /// Verifies a file with an integrity block; says what was found, or why the file is refused.
    struct Signature {
        QString note;
        QString fingerprint;
    };
    static Result<Signature> checkSignature(const File &file, bool requireSigned);

    QList<File> m_files;
    qsizetype m_sessionCount = 0;
    QStringList m_signatureNotes;
    /// Each file's path, and the fingerprint of the key that signed it.
    QList<std::pair<QString, QString>> m_signers;
    qsizetype m_file = 0;
    qsizetype m_session = 0;
    /// The ids read from the current file.
    QSet<QString> m_ids;
};
