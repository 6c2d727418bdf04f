#include "signingkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <sodium.h>

namespace {

bool sodiumReady()
{
    // Thread-safe and idempotent; fails only when the system has no random source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

unsigned char *bytesOf(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

} // namespace

SigningKey::SigningKey(QByteArray secret)
    : m_secret(std::move(secret))
{ }

SigningKey::~SigningKey()
{
    // Only the last copy wipes: the others share its bytes.
    if (m_secret.isDetached())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

SigningKey SigningKey::generate()
{
    Q_ASSERT(sodiumReady());
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytesOf(publicKey), bytesOf(secret));
    return SigningKey(std::move(secret));
}

Result<SigningKey> SigningKey::fromText(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_SECRETKEYBYTES || !sodiumReady())
        return Error{Error::Code::InvalidData,
                     QCoreApplication::translate("SigningKey", "The signing key in the keychain is damaged.")};
    return SigningKey(decoded.decoded);
}

QString SigningKey::toText() const
{
    return QString::fromLatin1(m_secret.toBase64());
}

QByteArray SigningKey::publicKey() const
{
    QByteArray key(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytesOf(key), bytesOf(m_secret));
    return key;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytesOf(signature), nullptr, bytesOf(message), size_t(message.size()), bytesOf(m_secret));
    return signature;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message), size_t(message.size()),
                                       bytesOf(publicKey)) == 0;
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        grouped += (i > 0 ? QStringLiteral(" ") : QString()) + QString::fromLatin1(hex.mid(i, 4));
    return grouped;
}

QString SigningKey::normalizedFingerprint(const QString &text)
{
    QString normalized = text.toLower();
    normalized.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
    return normalized;
}
