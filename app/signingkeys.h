#pragma once

#include "result.h"
#include "signingkey.h"

#include <QObject>

#include <functional>
#include <optional>

class CredentialStore;

/// This installation's export signing key, kept in the OS keychain: read once, or made and
/// stored there on first use, then held for the rest of the run.
class SigningKeys : public QObject
{
    Q_OBJECT

public:
    explicit SigningKeys(CredentialStore *credentials, QObject *parent = nullptr);

    /// The keychain entry the key is kept under.
    static QString entry();

    /// Calls @p done with the key, or why there is none (no keychain, a damaged entry).
    void obtain(std::function<void(Result<SigningKey>)> done);
    /// As obtain(), waiting in a local event loop: for headless commands only.
    Result<SigningKey> obtainNow();

private:
    void created(const SigningKey &key, std::function<void(Result<SigningKey>)> done);

    CredentialStore *m_credentials;
    std::optional<SigningKey> m_key;
};
