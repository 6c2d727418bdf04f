#pragma once

#include "agentbackend.h"

#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

/// Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp,
/// Ollama, LM Studio...). Here the app is the agent: the stored history is
/// mapped to chat messages, and the answer streams in as Server-Sent Events.
class OpenAiBackend : public AgentBackend
{
    Q_OBJECT

public:
    struct Config {
        /// The API base, such as `http://localhost:11434/v1`.
        QUrl baseUrl;
        QString apiKey;
        QString model;
        std::chrono::milliseconds timeout{120000};
    };

    OpenAiBackend(QNetworkAccessManager *network, Config config, QObject *parent = nullptr);

    Backend kind() const override { return Backend::OpenAI; }
    void setApiKey(const QString &apiKey) override { m_config.apiKey = apiKey; }
    /// New settings apply to the next request; the key is kept.
    void setConfig(Config config)
    {
        config.apiKey = m_config.apiKey;
        m_config = std::move(config);
    }
    AgentReply *send(const AgentTurn &turn) override;
    std::chrono::milliseconds timeout() const override { return m_config.timeout; }

private:
    QNetworkAccessManager *m_network;
    Config m_config;
};
