#pragma once

#include "chatsession.h"
#include "connectionsettings.h"

#include <QObject>

class CredentialStore;
class QWidget;

/// Keeps an API key typed in Settings in the OS keychain; where there is no keychain, it asks
/// whether to use the key for this run only (never a file).
class ApiKeySaver : public QObject
{
    Q_OBJECT

public:
    ApiKeySaver(CredentialStore *credentials, QWidget *window);

    void save(const ConnectionSettings &settings, const QString &apiKey);

Q_SIGNALS:
    /// The key is kept (or held for this run) and the back end should use it now.
    void keyReady(Backend backend, const QString &apiKey);

private:
    CredentialStore *m_credentials;
    QWidget *m_window;
};
