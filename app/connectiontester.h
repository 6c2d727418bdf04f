#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

/// What "Test connection" found, in words for the user.
struct ConnectionReport {
    bool reachable = false;
    bool keyAccepted = false;
    QString summary;
    /// The models an OpenAI-compatible server offers.
    QStringList models;
};

/// Checks a server before the user relies on it: GovStack `GET /health`, then
/// `GET /api-info` with the key; OpenAI-compatible `GET /models` with the key.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);

    void test(const ConnectionSettings &settings, const QString &apiKey);

Q_SIGNALS:
    void finished(const ConnectionReport &report);

private:
    void get(const QUrl &url, const QByteArray &keyHeader, const QString &apiKey,
             std::function<void(int status, const QByteArray &body, const QString &failure)> done);
    void testGovStack(const ConnectionSettings &settings, const QString &apiKey);
    void testOpenAi(const ConnectionSettings &settings, const QString &apiKey);

    QNetworkAccessManager *m_network;
};

Q_DECLARE_METATYPE(ConnectionReport)
