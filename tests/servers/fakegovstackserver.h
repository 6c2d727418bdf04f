#pragma once

#include "testhttpserver.h"

#include <QJsonArray>

#include <chrono>
#include <optional>
#include <utility>

/// A GovStack chat server as the contract describes it, both path profiles
/// at once, keeping sessions in memory. Faults can be queued for the next
/// chat requests, optionally after the turn was stored (as a server that
/// timed out after saving would).
class FakeGovStackServer : public QObject
{
    Q_OBJECT

public:
    struct Fault {
        HttpResponse response;
        /// Store the turn before answering with the fault.
        bool storeTurn = false;
        /// The requests it answers: chat POSTs, history GETs or DELETEs.
        QByteArray method = "POST";
    };

    explicit FakeGovStackServer(QObject *parent = nullptr);

    QUrl url() const { return m_http.url(); }
    TestHttpServer &http() { return m_http; }

    /// Requests must carry this X-API-Key; empty accepts any.
    void setApiKey(const QString &key) { m_apiKey = key; }
    /// The deployed server opens answers with a PII warning.
    void setAnswerPrefix(const QString &prefix) { m_answerPrefix = prefix; }
    void queueFault(Fault fault) { m_faults << std::move(fault); }
    /// Drops the faults no request has met yet; how many there were.
    qsizetype clearFaults() { return std::exchange(m_faults, {}).size(); }
    /// Stored user text loses phone numbers and names, as the deployed server's PII filter does.
    void setRedactsPii(bool redacts) { m_redactsPii = redacts; }
    /// A turn made elsewhere (the web, another device).
    void addTurn(const QString &sessionId, const QString &message, bool v2 = true);
    /// The server forgets the session, as it does after 90 idle days.
    void purge(const QString &sessionId) { m_sessions.remove(sessionId); }
    /// The agent works this long on each chat request before the server stores the turn and answers.
    void setAgentDelay(std::chrono::milliseconds delay) { m_agentDelay = delay; }
    /// History reads answer in two halves this far apart, as a busy server does.
    void setHistoryDelay(std::chrono::milliseconds delay) { m_historyDelay = delay; }
    /// The ratings received, as their JSON bodies.
    const QList<QJsonObject> &ratings() const { return m_ratings; }

    /// The chat requests received (POSTs), oldest first.
    QList<HttpRequest> chatRequests() const;
    /// What the server stored of each question of a session, in order.
    QStringList questions(const QString &sessionId) const;
    /// The server's copy of a session: its history entries.
    QJsonArray entries(const QString &sessionId) const { return m_sessions.value(sessionId); }

    static QString answerFor(const QString &message);
    static inline const QString piiWarning =
        QStringLiteral("Please don\u2019t share sensitive personal details such as ID numbers or phone numbers.\n\n");

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse chat(const HttpRequest &request, const QString &sessionIdFromPath, bool v2);
    HttpResponse answer(const QString &sessionId, const QJsonObject &body, bool v2);
    HttpResponse history(const QString &sessionId) const;
    HttpResponse remove(const QString &sessionId);
    HttpResponse rate(const HttpRequest &request);
    std::optional<HttpResponse> takeFault(const QByteArray &method);
    QString redacted(const QString &text) const;
    QJsonObject storeTurn(const QString &sessionId, const QJsonObject &body, const QString &answer, bool v2);

    TestHttpServer m_http;
    QString m_apiKey;
    QString m_answerPrefix;
    QList<Fault> m_faults;
    QHash<QString, QJsonArray> m_sessions;
    QHash<QString, QString> m_updatedAt;
    QList<QJsonObject> m_ratings;
    bool m_redactsPii = false;
    std::chrono::milliseconds m_historyDelay{0};
    std::chrono::milliseconds m_agentDelay{0};
    int m_nextMessageId = 1;
};
