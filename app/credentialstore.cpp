#include "credentialstore.h"

#include <QCoreApplication>
#include <QDBusConnection>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"govstack-desktop"_s;

Error keychainError(const QKeychain::Job &job)
{
    // Without a session bus there is no Secret Service or KWallet to ask, whatever QtKeychain calls the failure.
    const bool noBackend = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ||
        !QDBusConnection::sessionBus().isConnected();
    if (noBackend) {
        return Error{
            Error::Code::NoKeychain,
            QCoreApplication::translate("CredentialStore",
                                        "No keychain is available on this computer (Secret Service or KWallet), so "
                                        "the API key cannot be stored safely.")};
    }
    return Error{
        Error::Code::Io,
        QCoreApplication::translate("CredentialStore", "The keychain refused the request: %1").arg(job.errorString())};
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::entryFor(Backend backend, const QUrl &server)
{
    // "https://host", "https://host/" and "https://user@host" are one server.
    QUrl normalized = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    if (normalized.path() == u"/")
        normalized.setPath({});
    return backendName(backend) + u':' + normalized.toString();
}

QByteArray CredentialStore::environmentVariable(Backend backend)
{
    return backend == Backend::OpenAI ? "OPENAI_API_KEY" : "GOVSTACK_API_KEY";
}

void CredentialStore::resolve(Backend backend, const QUrl &server, std::function<void(Result<QString>)> done)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable(backend).constData());
    if (!fromEnvironment.isEmpty()) {
        done(fromEnvironment);
        return;
    }
    read(entryFor(backend, server), std::move(done));
}

void CredentialStore::read(const QString &entry, std::function<void(Result<QString>)> done)
{
    if (m_thisRunOnly.contains(entry)) {
        done(m_thisRunOnly.value(entry));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            done(QString());
        else if (read->error() != QKeychain::NoError)
            done(keychainError(*read));
        else
            done(read->textData());
    });
    job->start();
}

void CredentialStore::write(const QString &entry, const QString &secret, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(entry);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Result<void>() : Result<void>(keychainError(*finished)));
    });
    job->start();
}

void CredentialStore::remove(const QString &entry, std::function<void(Result<void>)> done)
{
    m_thisRunOnly.remove(entry);
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? Result<void>() : Result<void>(keychainError(*finished)));
    });
    job->start();
}

void CredentialStore::keepForThisRun(const QString &entry, const QString &secret)
{
    m_thisRunOnly.insert(entry, secret);
}
