#pragma once

#include "messagerows.h"
#include "sessionimport.h"

#include <QCoreApplication>

#include <functional>

/// Writes the sessions of an import in one transaction, as they are read: all of them or none.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)

public:
    ImportWriter(StoreDatabase &database, MessageRows &messages);

    /// What an import did: the sessions written, and those left alone because they exist.
    struct Outcome {
        QStringList imported;
        QStringList skipped;
        /// The titles of the skipped sessions, in the same order (their ids when untitled).
        QStringList skippedTitles;
    };
    /// Told after each session how many of how many are written; returning false cancels the
    /// import, and then nothing of it stays.
    using Progress = std::function<bool(int written, int total)>;
    /// A session whose id exists is skipped, or with @p replace, replaced. An error reading
    /// @p sessions ends the import, and then nothing of it stays.
    Result<Outcome> write(ImportSource &sessions, bool replace, const Progress &progress = {});

private:
    Result<void> writeSession(const ImportedSession &imported, bool exists, const QString &context);
    /// A later version of the conversation written last (as are the versions before it).
    Result<void> writeVersion(const ImportedVersion &version, const QString &context);

    StoreDatabase &m_database;
    MessageRows &m_messages;
};
