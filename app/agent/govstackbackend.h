#pragma once

#include "agentbackend.h"

#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class HttpCall;

/// A GovStack chat server (`/v2/chat`, or the deployed `/chat` variant).
///
/// Every request carries the session's whole stored history as
/// `message_history`; the answer becomes a synthesized ModelResponse with the
/// server's extras (sources, confidence, follow-up questions...) beside it.
class GovStackBackend : public AgentBackend
{
    Q_OBJECT

public:
    /// The path layouts of the contract's table.
    enum class Profile {
        V2, ///< `/v2/chat/`, `/v2/chat/{id}`: the design
        GovBot, ///< `/chat/` with the id in the body: the deployed server
    };

    struct Config {
        QUrl baseUrl;
        Profile profile = Profile::V2;
        QString apiKey;
        std::chrono::milliseconds timeout{120000};
    };

    GovStackBackend(QNetworkAccessManager *network, Config config, QObject *parent = nullptr);

    static std::optional<Profile> profileFromName(QStringView name);
    static QString profileName(Profile profile);

    Backend kind() const override { return Backend::GovStack; }
    void setApiKey(const QString &apiKey) override { m_config.apiKey = apiKey; }
    /// New settings apply to the next request; the key is kept.
    void setConfig(Config config)
    {
        config.apiKey = m_config.apiKey;
        m_config = std::move(config);
    }
    AgentReply *send(const AgentTurn &turn) override;
    bool sendsStoredHistory() const override { return true; }
    /// The JSON posted for @p turn: its fields, and `message_history` as the stored bytes of the history.
    static QByteArray requestBody(const AgentTurn &turn);
    std::chrono::milliseconds timeout() const override { return m_config.timeout; }
    bool keepsHistory() const override { return true; }
    std::pair<QString, QString> serverLink() const override
    {
        return {m_config.baseUrl.toString(), profileName(m_config.profile)};
    }
    HistoryReply *fetchHistory(const QString &sessionId) override;

    /// Deletes the server's copy of a session; a session the server does not know counts as deleted.
    ServerReply *deleteSession(const QString &sessionId);

    /// One answer's rating, as `POST /chat/ratings` (`govbot` profile) takes it.
    struct RatingRequest {
        QString sessionId;
        /// The server's id of the rated assistant message.
        QString messageId;
        int score = 5;
        QString comment;
        QString userId;
    };
    ServerReply *rate(const RatingRequest &rating);
    Profile profile() const { return m_config.profile; }

private:
    QString sessionPath(const QString &sessionId) const;
    QUrl endpoint(const QString &path) const;
    QNetworkRequest makeRequest(const QUrl &url) const;
    HttpCall *start(QNetworkReply *reply, QObject *owner) const;

    QNetworkAccessManager *m_network;
    Config m_config;
};
