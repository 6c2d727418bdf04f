#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

QJsonObject HttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResponse HttpResponse::json(int status, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return text(status, "application/json", bytes);
}

HttpResponse HttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.chunks = {body};
    return response;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    start();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TestHttpServer::~TestHttpServer() = default;

QList<HttpRequest> TestHttpServer::requests(const QByteArray &method) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest &request : m_requests) {
        if (request.method == method)
            matching << request;
    }
    return matching;
}

void TestHttpServer::start()
{
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        qFatal("test server cannot listen: %s", qPrintable(m_server->errorString()));
    m_port = m_server->serverPort();
}

void TestHttpServer::stop()
{
    m_server->close();
    // Connections already open break too, as when a server process dies.
    const QList<QTcpSocket *> open = m_buffers.keys();
    for (QTcpSocket *socket : open)
        socket->abort();
}

QUrl TestHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void TestHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests << request;
    Q_EMIT requestReceived(request);
    respond(socket,
            m_handler ? m_handler(request)
                      : HttpResponse::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}}));
}

void TestHttpServer::respond(QTcpSocket *socket, const HttpResponse &response)
{
    if (response.delayMs > 0) {
        HttpResponse now = response;
        now.delayMs = 0;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, now] {
            const HttpResponse answer = now.deferred ? now.deferred() : now;
            if (guard)
                respond(guard, answer);
        });
        return;
    }
    if (response.ending == HttpResponse::Ending::Never)
        return;
    if (response.ending == HttpResponse::Ending::ResetSilently) {
        resetConnection(socket);
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Test\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    qint64 length = response.contentLength;
    if (length < 0 && response.ending == HttpResponse::Ending::Complete) {
        length = 0;
        for (const QByteArray &chunk : response.chunks)
            length += chunk.size();
    }
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    writeChunks(socket, response, 0);
}

void TestHttpServer::writeChunks(QTcpSocket *socket, HttpResponse response, qsizetype next)
{
    if (next < response.chunks.size()) {
        socket->write(response.chunks.at(next));
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.chunkDelayMs, this, [this, guard, response, next] {
            if (guard)
                writeChunks(guard, response, next + 1);
        });
        return;
    }
    if (response.ending == HttpResponse::Ending::Reset) {
        resetConnection(socket);
        return;
    }
    socket->disconnectFromHost();
}

void TestHttpServer::resetConnection(QTcpSocket *socket)
{
    // Linger zero turns the close into a TCP reset, as a crashed proxy would send.
    const linger noLinger{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    socket->abort();
}
