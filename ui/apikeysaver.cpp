#include "apikeysaver.h"

#include "credentialstore.h"
#include "questionbox.h"

#include <QMessageBox>
#include <QPointer>

using namespace Qt::StringLiterals;

ApiKeySaver::ApiKeySaver(CredentialStore *credentials, QWidget *window)
    : QObject(window)
    , m_credentials(credentials)
    , m_window(window)
{ }

void ApiKeySaver::save(const ConnectionSettings &settings, const QString &apiKey)
{
    const Backend backend = settings.backend;
    const QString entry = CredentialStore::entryFor(backend, settings.serverUrl(backend));
    m_credentials->write(entry, apiKey, [this, self = QPointer(this), backend, entry, apiKey](Result<void> written) {
        if (!self)
            return;
        if (written) {
            Q_EMIT keyReady(backend, apiKey);
            return;
        }
        if (written.error().code != Error::Code::NoKeychain) {
            QMessageBox::warning(m_window, tr("API key"), written.error().message);
            return;
        }
        // Never a file: without a keychain the key can only live as long as this run.
        const bool thisRunOnly =
            QuestionBox::confirm(m_window, tr("No keychain"),
                                 written.error().message + u"\n\n"_s +
                                     tr("Use the key for this run only? It will be forgotten when the app closes."),
                                 tr("Use for this run"));
        if (thisRunOnly) {
            m_credentials->keepForThisRun(entry, apiKey);
            Q_EMIT keyReady(backend, apiKey);
        }
    });
}
