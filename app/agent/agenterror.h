#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

/// Why an agent request got no (complete) answer, in words for the user and
/// with what the app needs to decide on a retry.
struct AgentError {
    enum class Kind {
        Timeout, ///< no byte arrived within the timeout
        Unreachable, ///< connection refused, host not found: the request never left
        ConnectionReset, ///< the connection broke after the request was sent
        KeyRejected, ///< 401 / 403
        NotFound, ///< 404
        Validation, ///< 422, with the server's field messages
        ServerError, ///< 5xx with a JSON detail
        Gateway, ///< 502 / 503 / 504, often an HTML page from a proxy
        HttpError, ///< any other unexpected status
        MalformedResponse, ///< 2xx whose body is not the JSON the contract describes
        StreamCut, ///< a streamed answer ended before its end marker
        TooLarge, ///< the answer exceeded the size limit and was refused
        Cancelled, ///< the user cancelled
        Redirect, ///< a redirect to another origin, which is never followed
        Tls, ///< a TLS error, which is never ignored
        Interrupted, ///< the process sending it ended before the answer was stored
        Unsendable, ///< the conversation holds what this kind of server cannot take; nothing was sent
    };

    Kind kind = Kind::HttpError;
    /// Plain words for the user; never holds server internals.
    QString message;
    /// What the server said, for the log only (may hold SQL or host names).
    QString detail;
    int httpStatus = 0;

    /// Whether the server may have received and stored the request, so that a
    /// retry must first look whether the turn is there.
    bool mayHaveReachedServer() const;
    /// Whether a turn that failed so should wait in the outbox for its server
    /// (down, overloaded, refusing the key) rather than for the user: the same
    /// request can succeed later without change.
    bool waitsForServer() const;
    QString kindName() const;
    static std::optional<Kind> kindFromName(QStringView name);

    static AgentError make(Kind kind, int httpStatus = 0, const QString &detail = {});
    /// A 4xx/5xx answer: the status and the body decide the kind and the words.
    static AgentError fromHttpStatus(int status, const QByteArray &body);
    /// The same from an OpenAI-compatible server, with what its `error` object says; a missing
    /// @p model is named as such.
    static AgentError fromOpenAiStatus(int status, const QByteArray &body, const QString &model);
};

Q_DECLARE_METATYPE(AgentError)
