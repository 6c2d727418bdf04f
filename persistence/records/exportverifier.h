#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// What checking an export found.
struct ExportVerification {
    bool intact = false;
    /// Why it is not intact, in plain words naming the session and message where it can.
    QString problem;
    /// The session and message (from 1, in `pydantic_ai_messages`) found changed; -1 when none is named.
    QString sessionId;
    int message = -1;
    /// Whose key signed it; empty when the file is not signed.
    QString fingerprint;
    int sessions = 0;
    int messages = 0;
};

/// Checks a JSON export against its integrity block (ExportIntegrity): that every message,
/// every other byte and the signature are as they were written. A file that is not an export
/// of this app is an error; an export that was changed is a verification that is not intact.
class ExportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ExportVerifier)

public:
    /// With @p expectedFingerprint, a file signed by another key is not intact either.
    static Result<ExportVerification> verify(const QByteArray &bytes, const QString &expectedFingerprint = {});
};
