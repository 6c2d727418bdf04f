#include "applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxLogBytes = 1024 * 1024;

QtMessageHandler previousHandler = nullptr;
QMutex logMutex;
QFile *logFile = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray();
    {
        QMutexLocker locker(&logMutex);
        if (logFile && logFile->isOpen()) {
            logFile->write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                           levelName(type) + ' ' + category + ": " + message.toUtf8() + '\n');
            logFile->flush();
        }
    }
    if (category != "govstack.agent" && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

namespace AppLog {

QString filePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"govstack-desktop.log"_s);
}

void install(const QString &dataDirectory)
{
    const QString path = filePath(dataDirectory);
    // One older generation is kept, so the log never grows without bound.
    if (QFile(path).size() > maxLogBytes) {
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
    }
    QMutexLocker locker(&logMutex);
    delete logFile;
    logFile = new QFile(path);
    if (logFile->open(QIODevice::Append | QIODevice::Text))
        logFile->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(handleMessage);
}

} // namespace AppLog
