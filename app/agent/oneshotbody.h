#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

/// A request body that can be read once.
///
/// QNetworkAccessManager sends a request again on its own when the connection
/// closes while it waits for the answer; for a chat turn that asks the agent
/// twice and stores the turn twice on the server. It can only do so by
/// rewinding the body: this one refuses, so the reply fails instead
/// (ContentReSendError) and the app decides, by reading the server's copy.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

    /// POSTs @p body through @p network, never more than once.
    static QNetworkReply *post(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &body);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
