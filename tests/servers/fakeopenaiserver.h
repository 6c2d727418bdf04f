#pragma once

#include "testhttpserver.h"

/// An OpenAI-compatible chat-completions server that streams its answers as
/// Server-Sent Events, with events cut across network writes.
class FakeOpenAiServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeOpenAiServer(QObject *parent = nullptr);

    /// The API base, ending in /v1.
    QUrl baseUrl() const;
    TestHttpServer &http() { return m_http; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    /// The next chat requests get these answers instead of a normal stream.
    void queueFault(HttpResponse response) { m_faults << std::move(response); }

    QList<HttpRequest> chatRequests() const;

    static QString answerFor(int requestNumber);
    /// The stream of @p answer in events, and those events re-cut into odd-sized writes.
    static QList<QByteArray> streamOf(const QString &answer, bool finish = true);

private:
    HttpResponse handle(const HttpRequest &request);

    TestHttpServer m_http;
    QString m_apiKey;
    QList<HttpResponse> m_faults;
    int m_answered = 0;
};
