#include "connectiontester.h"

#include "httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void ConnectionTester::test(const ConnectionSettings &settings, const QString &apiKey)
{
    if (settings.backend == Backend::OpenAI)
        testOpenAi(settings, apiKey);
    else
        testGovStack(settings, apiKey);
}

void ConnectionTester::get(const QUrl &url, const QByteArray &keyHeader, const QString &apiKey,
                           std::function<void(int, const QByteArray &, const QString &)> done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!apiKey.isEmpty())
        request.setRawHeader(keyHeader, (keyHeader == "Authorization" ? "Bearer " : "") + apiKey.toUtf8());
    auto *call = new HttpCall(m_network->get(request), 15s, this);
    connect(call, &HttpCall::finished, this, [call, done = std::move(done)](const HttpResult &result) {
        call->deleteLater();
        done(result.status, result.body, result.failure ? result.failure->message : QString());
    });
}

void ConnectionTester::testGovStack(const ConnectionSettings &settings, const QString &apiKey)
{
    const QUrl server = settings.govStackUrl;
    get(joinUrl(server, u"/health"_s), "X-API-Key", apiKey,
        [=, this](int status, const QByteArray &, const QString &failure) {
            if (!failure.isEmpty() || status < 200 || status >= 300) {
                Q_EMIT finished(ConnectionReport{
                    false,
                    false,
                    failure.isEmpty() ? tr("The server answered the health check with HTTP %1.").arg(status) : failure,
                    {}});
                return;
            }
            get(joinUrl(server, u"/api-info"_s), "X-API-Key", apiKey,
                [this](int infoStatus, const QByteArray &, const QString &infoFailure) {
                    ConnectionReport report{true, false, {}, {}};
                    if (!infoFailure.isEmpty())
                        report.summary =
                            tr("The server is reachable, but checking the key failed: %1").arg(infoFailure);
                    else if (infoStatus == 401 || infoStatus == 403)
                        report.summary =
                            tr("The server is reachable, but it rejected the API key (HTTP %1).").arg(infoStatus);
                    else if (infoStatus >= 200 && infoStatus < 300) {
                        report.keyAccepted = true;
                        report.summary = tr("The server is reachable and accepted the API key.");
                    } else
                        report.summary =
                            tr("The server is reachable, but the key check answered HTTP %1.").arg(infoStatus);
                    Q_EMIT finished(report);
                });
        });
}

void ConnectionTester::testOpenAi(const ConnectionSettings &settings, const QString &apiKey)
{
    get(joinUrl(settings.openAiUrl, u"/models"_s), "Authorization", apiKey,
        [this](int status, const QByteArray &body, const QString &failure) {
            ConnectionReport report;
            if (!failure.isEmpty()) {
                report.summary = failure;
            } else if (status == 401 || status == 403) {
                report.reachable = true;
                report.summary = tr("The server is reachable, but it rejected the API key (HTTP %1).").arg(status);
            } else if (status >= 200 && status < 300) {
                report.reachable = true;
                report.keyAccepted = true;
                for (const QJsonValue &model : QJsonDocument::fromJson(body).object().value(u"data").toArray())
                    report.models << model[u"id"].toString();
                report.summary =
                    tr("The server is reachable and offers %n model(s).", nullptr, int(report.models.size()));
            } else {
                report.summary = tr("The server answered with HTTP %1.").arg(status);
            }
            Q_EMIT finished(report);
        });
}
