#pragma once

#include "chatsession.h"
#include "govstackbackend.h"
#include "result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

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
    /// `en`, `sw`, or empty for the system's language.
    QString uiLanguage;

    /// The keys of the settings file, as `config get|set` names them.
    static QStringList keys();
    /// The value of @p key as the settings file writes it; nullopt for an unknown key.
    std::optional<QString> value(const QString &key) const;
    /// Sets @p key after checking @p text; an Error says what is allowed.
    Result<void> setValue(const QString &key, const QString &text);

    static QString defaultSystemPrompt();
    /// The server URL of @p backend: the GovStack server, or the OpenAI API base.
    QUrl serverUrl(Backend backend) const { return backend == Backend::OpenAI ? openAiUrl : govStackUrl; }
    /// The chosen back end in words, for the status bar.
    QString describe() const;
    static ConnectionSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

Q_DECLARE_METATYPE(ConnectionSettings)
