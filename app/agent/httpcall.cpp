#include "httpcall.h"

#include <QNetworkReply>

namespace {

AgentError::Kind transferFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return AgentError::Kind::Unreachable;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return AgentError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return AgentError::Kind::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return AgentError::Kind::Redirect;
    case QNetworkReply::OperationCanceledError:
        return AgentError::Kind::Cancelled;
    default:
        return AgentError::Kind::ConnectionReset;
    }
}

} // namespace

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

HttpCall::HttpCall(QNetworkReply *reply, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortWith(AgentError::Kind::Timeout); });
    // Any sign of life restarts the clock: a long answer that keeps streaming never times out.
    const auto alive = [this] { m_timeout.start(); };
    connect(reply, &QNetworkReply::uploadProgress, this, alive);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_timeout.start();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxResponseBytes)
            abortWith(AgentError::Kind::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::finish);
    m_timeout.start();
}

HttpCall::~HttpCall()
{
    if (m_reply && !m_done) {
        m_done = true;
        m_reply->abort();
    }
}

void HttpCall::cancel()
{
    abortWith(AgentError::Kind::Cancelled);
}

void HttpCall::abortWith(AgentError::Kind reason)
{
    if (m_done || !m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

int HttpCall::status() const
{
    return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void HttpCall::readAvailable()
{
    // An aborted reply is closed: there is nothing left to read.
    if (m_done || !m_reply || !m_reply->isOpen())
        return;
    m_timeout.start();
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > maxResponseBytes) {
        abortWith(AgentError::Kind::TooLarge);
        return;
    }
    const bool success = status() >= 200 && status() < 300;
    if (m_streaming && success)
        Q_EMIT chunkReceived(chunk);
    else
        m_result.body += chunk;
}

void HttpCall::finish()
{
    if (m_done)
        return;
    readAvailable();
    m_done = true;
    m_timeout.stop();
    m_result.status = status();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_abortReason) {
        m_result.failure = AgentError::make(*m_abortReason, m_result.status);
    } else if (error != QNetworkReply::NoError &&
               (error < QNetworkReply::ContentAccessDenied || m_result.status == 0)) {
        // Errors from 201 up stand for an HTTP status the caller reads itself;
        // below that the transfer broke, even when a status had arrived.
        m_result.failure = AgentError::make(transferFailure(error), m_result.status, m_reply->errorString());
    }
    m_reply->deleteLater();
    Q_EMIT finished(m_result);
}
