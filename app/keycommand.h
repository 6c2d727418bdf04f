#pragma once

#include "commandline.h"
#include "credentialstore.h"

#include <QObject>

/// `govstack-desktop login` and `logout`: an API key from standard input into
/// the keychain, or out of it, for the chosen back end and server. The key is
/// never read from the command line, where other users could see it.
class KeyCommand : public QObject
{
    Q_OBJECT

public:
    KeyCommand(CommandLineOptions options, ConnectionSettings settings, QObject *parent = nullptr);

    /// Starts; finished() follows with the exit code.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void end(int exitCode, const QString &message);
    static QString readKeyFromStdin();

    CommandLineOptions m_options;
    ConnectionSettings m_settings;
    CredentialStore m_credentials;
};
