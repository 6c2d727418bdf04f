#pragma once

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

/// What a run of the built program did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built govstack-desktop with @p arguments in @p environment, feeding @p input, and
/// serves this process's event loop meanwhile (the keychain daemon may be shared with it).
inline CliRun runCli(const QProcessEnvironment &environment, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GOVSTACK_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    process.waitForFinished();
    return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}
