#include "databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

// The fixed 100-byte SQLite header: https://www.sqlite.org/fileformat.html
constexpr qsizetype headerSize = 100;
constexpr QByteArrayView magic("SQLite format 3\0", 16);
constexpr qsizetype pageSizeOffset = 16;
constexpr qsizetype changeCounterOffset = 24;
constexpr qsizetype pageCountOffset = 28;
constexpr qsizetype userVersionOffset = 60;
constexpr qsizetype versionValidForOffset = 92;

quint32 readU32(const QByteArray &header, qsizetype offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

Error refuse(Error::Code code, const QString &path, const QString &reason)
{
    return Error{code,
                 QCoreApplication::translate("ChatStore", "Cannot open the chat database %1: %2").arg(path, reason)};
}

} // namespace

namespace DatabaseFile {

Result<DatabaseFileInfo> inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return DatabaseFileInfo{};
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Error::Code::Io, path, file.errorString());

    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(magic)) {
        return refuse(
            Error::Code::NotADatabase, path,
            QCoreApplication::translate("ChatStore", "it is not an SQLite database. The file was left unchanged."));
    }

    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + pageSizeOffset);
    if (pageSize == 1)
        pageSize = 65536;
    const bool powerOfTwo = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    const qint64 fileSize = file.size();
    const auto damaged = [&] {
        return refuse(
            Error::Code::Corrupt, path,
            QCoreApplication::translate(
                "ChatStore",
                "the file is damaged. The file was left unchanged; restore it from a backup or move it away."));
    };
    if (!powerOfTwo || fileSize % pageSize != 0)
        return damaged();

    // The header's page count is only authoritative when written by a
    // version that keeps it in step with the change counter; pages still in
    // the write-ahead log are not in the main file yet.
    const bool pageCountValid = readU32(header, changeCounterOffset) == readU32(header, versionValidForOffset);
    const bool hasWal = QFileInfo::exists(path + u"-wal"_s);
    if (pageCountValid && !hasWal && qint64(readU32(header, pageCountOffset)) * pageSize > fileSize)
        return damaged();

    return DatabaseFileInfo{true, int(readU32(header, userVersionOffset))};
}

} // namespace DatabaseFile
