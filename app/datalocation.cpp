#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataLocation {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> prepare(const QString &directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute)) {
        return Error{Error::Code::Io,
                     QCoreApplication::translate("DataLocation", "Cannot create the data folder %1.").arg(absolute)};
    }
    if (!QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return Error{Error::Code::Io,
                     QCoreApplication::translate("DataLocation", "Cannot restrict the data folder %1 to its owner.")
                         .arg(absolute)};
    }
    return absolute;
}

QString databasePath(const QString &directory)
{
    return QDir(directory).filePath(u"chats.sqlite"_s);
}

} // namespace DataLocation
