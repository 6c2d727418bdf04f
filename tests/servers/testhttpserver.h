#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

/// A request as the test server received it.
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    /// Header names in lower case.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QJsonObject json() const;
};

/// How the test server answers, down to how the bytes go over the wire.
struct HttpResponse {
    enum class Ending {
        Complete, ///< send everything, then close
        CloseEarly, ///< send the chunks, then close before the declared length
        Reset, ///< send the chunks, then reset the connection
        Never, ///< send nothing and keep the connection open
        ResetSilently, ///< send nothing, then reset the connection (a proxy dying mid-request)
    };

    int status = 200;
    QByteArray contentType = "application/json";
    /// The body, written one chunk at a time with chunkDelayMs between them.
    QList<QByteArray> chunks;
    int chunkDelayMs = 0;
    /// Declared length; -1 declares the chunks' total for Complete and nothing otherwise.
    qint64 contentLength = -1;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Ending ending = Ending::Complete;
    /// How long the server works before it answers at all (an agent thinking).
    int delayMs = 0;
    /// With delayMs: makes the answer when the time comes, whether or not the client is
    /// still connected (the server's work goes on without it).
    std::function<HttpResponse()> deferred;

    static HttpResponse json(int status, const QJsonValue &body);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
};

/// An HTTP/1.1 server on 127.0.0.1 and a free port, inside the test process.
/// It records every request and answers through a handler.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    QUrl url() const;
    /// Goes down: connections are refused until start(), on the same port.
    void stop();
    void start();
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    /// The requests made with @p method (e.g. "POST"), oldest first.
    QList<HttpRequest> requests(const QByteArray &method) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const HttpRequest &request);

private:
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response);
    void writeChunks(QTcpSocket *socket, HttpResponse response, qsizetype next);
    static void resetConnection(QTcpSocket *socket);

    QTcpServer *m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
