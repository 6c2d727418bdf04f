#pragma once

#include "agenterror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

/// @p path below the path of @p base: `http://h/api` + `/v2/chat/` = `http://h/api/v2/chat/`.
QUrl joinUrl(const QUrl &base, const QString &path);

/// What came back from one HTTP request.
struct HttpResult {
    /// The HTTP status, or 0 when no answer arrived.
    int status = 0;
    /// The whole body; empty when the call streamed its chunks.
    QByteArray body;
    /// Set when the transfer itself failed (timeout, refused, reset, size
    /// limit, cancel, redirect, TLS); HTTP error statuses are not failures here.
    std::optional<AgentError> failure;
};

/// One HTTP exchange with the limits every agent request needs: an inactivity
/// timeout, a 32 MB cap on the answer, and cancellation.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxResponseBytes = 32 * 1024 * 1024;

    /// Takes ownership of @p reply.
    HttpCall(QNetworkReply *reply, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~HttpCall() override;

    /// Delivers a successful answer through chunkReceived() as it arrives instead of collecting it.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    void cancel();

Q_SIGNALS:
    void chunkReceived(const QByteArray &chunk);
    void finished(const HttpResult &result);

private:
    void abortWith(AgentError::Kind reason);
    void readAvailable();
    void finish();
    int status() const;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    HttpResult m_result;
    qint64 m_received = 0;
    bool m_streaming = false;
    bool m_done = false;
    std::optional<AgentError::Kind> m_abortReason;
};
