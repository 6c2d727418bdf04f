#include "keycommand.h"

#include "exitcode.h"

#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

KeyCommand::KeyCommand(CommandLineOptions options, ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::move(settings))
{ }

QString KeyCommand::readKeyFromStdin()
{
    // At a terminal, ask without echoing the key; from a pipe, just read a line.
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << tr("API key: ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString key = QTextStream(stdin).readLine().trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << QStringLiteral("\n") << Qt::flush;
    }
    return key;
}

void KeyCommand::start()
{
    const Backend backend = m_settings.backend;
    const QUrl server = m_settings.serverUrl(backend);
    const QString entry = CredentialStore::entryFor(backend, server);
    if (m_options.command == CommandLineOptions::Command::Logout) {
        m_credentials.remove(entry, [this, server](Result<void> removed) {
            if (!removed)
                end(ExitCode::store, removed.error().message);
            else
                end(ExitCode::ok, tr("The API key for %1 is no longer stored.").arg(server.toDisplayString()));
        });
        return;
    }
    const QString key = readKeyFromStdin();
    if (key.isEmpty()) {
        end(ExitCode::usage, tr("No key was given on standard input."));
        return;
    }
    m_credentials.write(entry, key, [this, server, backend](Result<void> written) {
        if (!written) {
            const QString hint = written.error().code == Error::Code::NoKeychain ? u'\n' +
                    tr("Nothing was written to disk. To use a key for one run only, set %1.")
                        .arg(QString::fromLatin1(CredentialStore::environmentVariable(backend)))
                                                                                 : QString();
            end(ExitCode::store, written.error().message + hint);
            return;
        }
        end(ExitCode::ok, tr("The API key for %1 is stored in the keychain.").arg(server.toDisplayString()));
    });
}

void KeyCommand::end(int exitCode, const QString &message)
{
    QTextStream(exitCode == ExitCode::ok ? stdout : stderr) << message << Qt::endl;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}
