#include "signingkeys.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

/// The keychain's error in words about signing (its own words are about API keys).
Error signingError(const Error &error)
{
    if (error.code != Error::Code::NoKeychain)
        return error;
    return Error{error.code,
                 QCoreApplication::translate("SigningKeys",
                                             "No keychain is available on this computer (Secret Service "
                                             "or KWallet) to keep the signing key in.")};
}

} // namespace

SigningKeys::SigningKeys(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{ }

QString SigningKeys::entry()
{
    return u"export-signing-key:ed25519"_s;
}

void SigningKeys::obtain(std::function<void(Result<SigningKey>)> done)
{
    if (m_key) {
        done(*m_key);
        return;
    }
    m_credentials->read(entry(), [this, done = std::move(done)](Result<QString> stored) mutable {
        if (!stored) {
            done(signingError(stored.error()));
            return;
        }
        if (stored->isEmpty()) {
            created(SigningKey::generate(), std::move(done));
            return;
        }
        auto key = SigningKey::fromText(*stored);
        if (key)
            m_key = *key;
        done(std::move(key));
    });
}

void SigningKeys::created(const SigningKey &key, std::function<void(Result<SigningKey>)> done)
{
    m_credentials->write(entry(), key.toText(), [this, done = std::move(done)](Result<void> written) mutable {
        if (!written) {
            done(signingError(written.error()));
            return;
        }
        // Another process may have made its key at the same moment: the one the keychain kept is
        // the installation's, so it is read back rather than assumed.
        obtain(std::move(done));
    });
}

Result<SigningKey> SigningKeys::obtainNow()
{
    std::optional<Result<SigningKey>> outcome;
    QEventLoop loop;
    obtain([&](Result<SigningKey> key) {
        outcome = std::move(key);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}
