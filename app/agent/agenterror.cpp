#include "agenterror.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<AgentError::Kind, 17> kindNames{{
    {AgentError::Kind::Timeout, u"timeout"},
    {AgentError::Kind::Unreachable, u"unreachable"},
    {AgentError::Kind::ConnectionReset, u"connection-reset"},
    {AgentError::Kind::KeyRejected, u"key-rejected"},
    {AgentError::Kind::NotFound, u"not-found"},
    {AgentError::Kind::Validation, u"validation"},
    {AgentError::Kind::ServerError, u"server-error"},
    {AgentError::Kind::Gateway, u"gateway"},
    {AgentError::Kind::HttpError, u"http"},
    {AgentError::Kind::MalformedResponse, u"malformed-response"},
    {AgentError::Kind::StreamCut, u"stream-cut"},
    {AgentError::Kind::TooLarge, u"too-large"},
    {AgentError::Kind::Cancelled, u"cancelled"},
    {AgentError::Kind::Redirect, u"redirect"},
    {AgentError::Kind::Tls, u"tls"},
    {AgentError::Kind::Interrupted, u"interrupted"},
    {AgentError::Kind::Unsendable, u"unsendable"},
}};

QString describe(AgentError::Kind kind, int status)
{
    switch (kind) {
    case AgentError::Kind::Timeout:
        return QCoreApplication::translate("AgentError", "The server did not answer in time.");
    case AgentError::Kind::Unreachable:
        return QCoreApplication::translate("AgentError",
                                           "The server cannot be reached. Check the server address and your network.");
    case AgentError::Kind::ConnectionReset:
        return QCoreApplication::translate("AgentError",
                                           "The connection to the server broke before the answer arrived.");
    case AgentError::Kind::KeyRejected:
        return QCoreApplication::translate("AgentError",
                                           "The server rejected the API key (HTTP %1). Check the key in Settings.")
            .arg(status);
    case AgentError::Kind::NotFound:
        return QCoreApplication::translate(
            "AgentError",
            "The server does not know this address (HTTP 404). Check the server address and server type in Settings.");
    case AgentError::Kind::Validation:
        return QCoreApplication::translate("AgentError", "The server refused the request as invalid (HTTP 422).");
    case AgentError::Kind::ServerError:
        return QCoreApplication::translate("AgentError", "The server had an internal error (HTTP %1).").arg(status);
    case AgentError::Kind::Gateway:
        return QCoreApplication::translate("AgentError", "The server's gateway did not get an answer (HTTP %1).")
            .arg(status);
    case AgentError::Kind::HttpError:
        return QCoreApplication::translate("AgentError", "The server answered with an unexpected status (HTTP %1).")
            .arg(status);
    case AgentError::Kind::MalformedResponse:
        return QCoreApplication::translate("AgentError",
                                           "The server's answer could not be read: it is not the expected JSON.");
    case AgentError::Kind::StreamCut:
        return QCoreApplication::translate("AgentError",
                                           "The answer was cut off before it was complete. What arrived is kept.");
    case AgentError::Kind::TooLarge:
        return QCoreApplication::translate("AgentError", "The server's answer is larger than 32 MB and was refused.");
    case AgentError::Kind::Cancelled:
        return QCoreApplication::translate("AgentError", "Cancelled.");
    case AgentError::Kind::Redirect:
        return QCoreApplication::translate(
            "AgentError", "The server redirected to another address, which is not followed for your safety.");
    case AgentError::Kind::Tls:
        return QCoreApplication::translate(
            "AgentError", "The secure connection to the server failed (TLS). The server's certificate is not trusted.");
    case AgentError::Kind::Interrupted:
        return QCoreApplication::translate("AgentError", "The app stopped while this message was being sent.");
    case AgentError::Kind::Unsendable:
        return QCoreApplication::translate("AgentError",
                                           "This conversation holds something this server cannot take, so nothing "
                                           "was sent.");
    }
    return {};
}

/// The field messages of a 422 `detail` list: "message: Field required".
QString validationMessages(const QJsonValue &detail)
{
    QStringList lines;
    for (const QJsonValue &item : detail.toArray()) {
        QStringList location;
        for (const QJsonValue &step : item[u"loc"].toArray())
            location << (step.isString() ? step.toString() : QString::number(step.toInteger()));
        // "body" only says where FastAPI looked; the field is what helps.
        if (location.size() > 1 && location.constFirst() == u"body")
            location.removeFirst();
        lines << location.join(u'.') % u": "_s % item[u"msg"].toString();
    }
    return lines.join(u'\n');
}

/// What the log may keep of a 4xx answer: FastAPI's 422 echoes the request (what the
/// user typed) in `input` and `msg`, so only each error's type and field location.
QString clientErrorSummary(int status, const QJsonValue &detail)
{
    QStringList errors;
    for (const QJsonValue &item : detail.toArray()) {
        QStringList location;
        for (const QJsonValue &step : item[u"loc"].toArray())
            location << (step.isString() ? step.toString() : QString::number(step.toInteger()));
        errors << item[u"type"].toString() % u" at "_s % location.join(u'.');
    }
    return u"HTTP %1"_s.arg(status) % (errors.isEmpty() ? QString() : u": "_s % errors.join(u"; "_s));
}

} // namespace

bool AgentError::mayHaveReachedServer() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::ServerError:
    case Kind::Gateway:
    case Kind::HttpError:
    case Kind::MalformedResponse:
    case Kind::StreamCut:
    case Kind::TooLarge:
    case Kind::Cancelled:
    case Kind::Interrupted:
        return true;
    default:
        return false;
    }
}

bool AgentError::waitsForServer() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Unreachable:
    case Kind::ConnectionReset:
    case Kind::KeyRejected:
    case Kind::ServerError:
    case Kind::Gateway:
    case Kind::MalformedResponse:
    case Kind::Interrupted:
        return true;
    default:
        return false;
    }
}

QString AgentError::kindName() const
{
    return enumName(kindNames, kind);
}

std::optional<AgentError::Kind> AgentError::kindFromName(QStringView name)
{
    return enumFromName(kindNames, name);
}

AgentError AgentError::make(Kind kind, int httpStatus, const QString &detail)
{
    return AgentError{kind, describe(kind, httpStatus), detail, httpStatus};
}

AgentError AgentError::fromOpenAiStatus(int status, const QByteArray &body, const QString &model)
{
    AgentError error = fromHttpStatus(status, body);
    // OpenAI's shape, which Ollama, vLLM and LM Studio share: {"error": {"message", "type", "code"}}.
    const QJsonObject details = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString said = details.value(u"message").toString().simplified();
    const bool noSuchModel = details.value(u"code").toString() == u"model_not_found" ||
        (status == 404 && said.contains(u"model", Qt::CaseInsensitive));
    if (noSuchModel) {
        error.message = QCoreApplication::translate(
                            "AgentError", "The server has no model named “%1”. Choose one it has in Settings.")
                            .arg(model);
    } else if (!said.isEmpty() && status < 500) {
        // The server's own words for a refused request help more than its status; they never echo the question.
        error.message += u' ' + QCoreApplication::translate("AgentError", "The server says: “%1”").arg(said.left(300));
    }
    return error;
}

AgentError AgentError::fromHttpStatus(int status, const QByteArray &body)
{
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(u"detail");
    const QString detailText = status < 500 ? clientErrorSummary(status, detail)
        : detail.isString()                 ? detail.toString()
                                            : QString::fromUtf8(body.left(2000));
    if (status == 401 || status == 403)
        return make(Kind::KeyRejected, status, detailText);
    if (status == 404)
        return make(Kind::NotFound, status, detailText);
    if (status == 422) {
        AgentError error = make(Kind::Validation, status, detailText);
        if (const QString fields = validationMessages(detail); !fields.isEmpty())
            error.message += u'\n' + fields;
        return error;
    }
    if (status == 502 || status == 503 || status == 504)
        return make(Kind::Gateway, status, detailText);
    if (status >= 500)
        return make(Kind::ServerError, status, detailText);
    return make(Kind::HttpError, status, detailText);
}
