#pragma once

#include "jsonpath.h"
#include "sessionimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

/// Turns one session's JSON, as a file holds it, into a session for the store: one of this
/// app's sessions, a server history response (`GET /v2/chat/{id}`) or a bare PydanticAI
/// history. Each message keeps the exact text it had in the file. Every error names the
/// file and the place at fault.
class SessionReader
{
    Q_DECLARE_TR_FUNCTIONS(SessionImport)

public:
    enum class Shape {
        AppSession,
        ServerHistory,
        BareHistory,
    };

    explicit SessionReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    /// The session whose JSON text is @p json, found at @p path in the file.
    Result<ImportedSession> read(const QByteArray &json, Shape shape, const JsonPath &path = JsonPath()) const;
    /// An error about the file, named with it.
    Error fail(const QString &message) const { return Error{Error::Code::InvalidData, m_fileName + u": " + message}; }

private:
    Error fail(const Error &error) const { return fail(error.message); }

    Result<ImportedSession> appSession(QJsonObject object, const JsonPath &path) const;
    /// The `versions` of a conversation (VersionsExport): the first becomes the session's own
    /// messages, the others its versions, each message with the exact text it had in @p json.
    Result<void> readVersions(const QJsonObject &object, const QByteArray &json, const JsonPath &path,
                              ImportedSession &imported) const;
    Result<ImportedSession> serverHistory(QJsonObject object, const QByteArray &json) const;
    Result<ImportedSession> bareHistory(const QJsonArray &array) const;
    Result<QList<StoredMessage>> history(const QJsonArray &messages, const JsonPath &path) const;
    Result<void> applyEntries(ImportedSession &imported, const QJsonArray &entries, const QJsonArray &ratings,
                              const JsonPath &path) const;
    Result<QDateTime> time(const QJsonObject &object, QStringView key, const JsonPath &path) const;
    /// The session's `created_at` and `updated_at`, when the file has them.
    Result<void> readTimes(const QJsonObject &object, const JsonPath &path, ChatSession &session) const;

    QString m_fileName;
};
