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

/// The non-secret settings, kept in QSettings (API keys never are): where and how to reach
/// the agent, each overridable for one run by a flag, and how long conversations are kept.
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
    /// Conversations without activity for this many days go to the Trash; 0 is never.
    int retentionDays = 0;
    /// The Trash deletes conversations for good after this many days; 0 is never.
    int trashDays = 30;

    static constexpr int maxDays = 36500;
    static inline const QString retentionKey = QStringLiteral("records/retentionDays");
    static inline const QString trashKey = QStringLiteral("records/trashDays");

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
