#include "sessionimport.h"

#include "importfiles.h"

namespace {

/// Every session of @p opened, read now.
Result<QList<ImportedSession>> readAll(Result<ImportFiles> opened)
{
    if (!opened)
        return opened.error();
    ImportFiles files = std::move(opened).value();
    QList<ImportedSession> sessions;
    sessions.reserve(files.sessionCount());
    while (sessions.size() < files.sessionCount()) {
        auto session = files.next();
        if (!session)
            return session.error();
        sessions.append(std::move(session).value());
    }
    return sessions;
}

} // namespace

namespace SessionImport {

Result<QList<ImportedSession>> readFile(const QString &path)
{
    return readAll(ImportFiles::open({path}));
}

Result<QList<ImportedSession>> readFiles(const QStringList &paths)
{
    return readAll(ImportFiles::open(paths));
}

Result<QList<ImportedSession>> parse(const QByteArray &json, const QString &fileName)
{
    return readAll(ImportFiles::fromBytes(json, fileName));
}

} // namespace SessionImport
