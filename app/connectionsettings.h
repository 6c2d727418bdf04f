#pragma once

#include "chatsession.h"
#include "govstackbackend.h"

#include <QString>
#include <QUrl>

class QSettings;

/// Where and how to reach the agent: the non-secret settings, kept in
/// QSettings (API keys never are), each overridable for one run by a flag.
struct ConnectionSettings {
    Backend backend = Backend::GovStack;
    QUrl govStackUrl{QStringLiteral("http://localhost:5000")};
    GovStackBackend::Profile profile = GovStackBackend::Profile::V2;
    QUrl openAiUrl{QStringLiteral("http://localhost:11434/v1")};
    QString model = QStringLiteral("llama3.2");
    QString userId = QStringLiteral("desktop-user");
    QString language = QStringLiteral("en");
    int timeoutSeconds = 120;
    QString systemPrompt = defaultSystemPrompt();

    static QString defaultSystemPrompt();
    /// The server URL of @p backend: the GovStack server, or the OpenAI API base.
    QUrl serverUrl(Backend backend) const { return backend == Backend::OpenAI ? openAiUrl : govStackUrl; }
    /// The chosen back end in words, for the status bar.
    QString describe() const;
    static ConnectionSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};
