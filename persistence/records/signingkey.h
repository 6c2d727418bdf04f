#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

/// This installation's Ed25519 key, which signs its exports (libsodium; the private half is kept
/// in the OS keychain, never in a file). A value: copies share nothing, and the secret is wiped
/// when the last one goes.
class SigningKey
{
public:
    /// A new key pair, from the operating system's random source.
    static SigningKey generate();
    /// A key as toText() wrote it.
    static Result<SigningKey> fromText(const QString &text);

    SigningKey(const SigningKey &other) = default;
    SigningKey &operator=(const SigningKey &other) = default;
    ~SigningKey();

    /// The secret key, for the keychain only.
    QString toText() const;
    QByteArray publicKey() const;
    QString fingerprint() const { return fingerprintOf(publicKey()); }
    /// The detached signature of @p message.
    QByteArray sign(const QByteArray &message) const;

    /// Whether @p signature is @p publicKey's signature of @p message.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    /// What a person compares: the first 128 bits of the public key's SHA-256, as eight groups
    /// of four hex digits.
    static QString fingerprintOf(const QByteArray &publicKey);
    /// @p text with spaces and colons left out, in lower case, so fingerprints typed either way compare.
    static QString normalizedFingerprint(const QString &text);

    static constexpr int publicKeyBytes = 32;
    static constexpr int signatureBytes = 64;

private:
    explicit SigningKey(QByteArray secret);

    /// libsodium's secret key: the seed followed by the public key.
    QByteArray m_secret;
};
