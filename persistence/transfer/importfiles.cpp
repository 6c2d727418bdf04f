#include "importfiles.h"

#include "fieldchecker.h"
#include "sessionexport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using FieldNeed = FieldChecker::Need;

namespace {

/// A value the scanner has checked, decoded.
QJsonValue valueOf(const QByteArray &json)
{
    return QJsonDocument::fromJson('[' + json + ']').array().at(0);
}

} // namespace

Result<ImportFiles> ImportFiles::open(const QStringList &paths, bool requireSigned)
{
    ImportFiles files;
    for (const QString &path : paths) {
        auto bytes = readBytes(path);
        if (!bytes)
            return bytes.error();
        auto file = examine(std::move(bytes).value(), path);
        if (!file)
            return file.error();
        const auto signature = checkSignature(*file, requireSigned);
        if (!signature)
            return signature.error();
        files.m_signatureNotes.append(signature->note);
        files.m_signers.append({path, signature->fingerprint});
        files.m_sessionCount += file->sessions.size();
        files.m_files.append(std::move(file).value());
    }
    return files;
}

Result<ImportFiles> ImportFiles::fromBytes(const QByteArray &json, const QString &fileName)
{
    auto file = examine(json, fileName);
    if (!file)
        return file.error();
    ImportFiles files;
    files.m_sessionCount = file->sessions.size();
    files.m_files.append(std::move(file).value());
    return files;
}

Result<QByteArray> ImportFiles::readBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, tr("%1: no such file").arg(path)};
    // Checked before reading: a file this large is no export of ours and would not fit in memory.
    if (info.size() > SessionImport::maxFileBytes) {
        return Error{Error::Code::InvalidData,
                     tr("%1: the file is %2 MB; files over %3 MB are not imported")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(SessionImport::maxFileBytes / (1024 * 1024))};
    }
    // A pipe, a device (/dev/zero, /dev/urandom) or a socket could block or never end.
    if (!info.isFile())
        return Error{Error::Code::InvalidData,
                     tr("%1: not a regular file (a pipe, device or folder), so it is not imported").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("%1: %2").arg(path, file.errorString())};
    // The size may have grown since it was checked: the limit holds while reading too.
    QByteArray bytes = file.read(SessionImport::maxFileBytes + 1);
    if (bytes.size() > SessionImport::maxFileBytes) {
        return Error{Error::Code::InvalidData,
                     tr("%1: the file is larger than %2 MB; files over %2 MB are not imported")
                         .arg(path)
                         .arg(SessionImport::maxFileBytes / (1024 * 1024))};
    }
    return bytes;
}

Result<ImportFiles::Signature> ImportFiles::checkSignature(const File &file, bool requireSigned)
{
    const auto refuse = [&file](const QString &why) { return Error{Error::Code::Tampered, file.name + u": "_s + why}; };
    if (!file.hasIntegrity) {
        if (requireSigned)
            return refuse(tr("not a signed export, and signed files are required."));
        return Signature{tr("%1: not signed.").arg(file.name), {}};
    }
    const auto verified = ExportVerifier::verify(file.bytes);
    if (!verified)
        return refuse(verified.error().message);
    if (!verified->intact)
        return refuse(tr("changed since it was exported, so it is not imported. %1").arg(verified->problem));
    if (verified->fingerprint.isEmpty()) {
        if (requireSigned)
            return refuse(tr("intact but not signed, and signed files are required."));
        return Signature{tr("%1: intact, not signed.").arg(file.name), {}};
    }
    return Signature{tr("%1: intact, signed with key %2.").arg(file.name, verified->fingerprint),
                     verified->fingerprint};
}

Result<ImportFiles::File> ImportFiles::examine(QByteArray bytes, const QString &fileName)
{
    const SessionReader reader(fileName);
    // Checked whole first, without a copy, so no session is decoded from a file that is not JSON.
    JsonScanner scanner(bytes, JsonScanner::Output::None);
    if (!scanner.scan())
        return reader.fail(scanner.error().message);
    File file{fileName, bytes, SessionReader::Shape::BareHistory, {{0, bytes.size()}}};
    if (scanner.kind() == '[')
        return file;
    const auto has = [&members = scanner.members()](QStringView key) {
        return std::any_of(members.cbegin(), members.cend(), [key](const auto &member) { return member.first == key; });
    };
    file.hasIntegrity = has(u"integrity");
    if (has(u"format")) {
        if (auto checked = examineWrapper(file, scanner.members()); !checked)
            return reader.fail(checked.error().message);
        return file;
    }
    if (has(u"pydantic_ai_messages")) {
        file.shape = SessionReader::Shape::AppSession;
        return file;
    }
    if (has(u"session_id") && has(u"messages")) {
        file.shape = SessionReader::Shape::ServerHistory;
        return file;
    }
    return reader.fail(tr("not a GovStack Desktop export, a server history or a PydanticAI history"));
}

Result<void> ImportFiles::examineWrapper(File &file, const QList<std::pair<QString, JsonScanner::Span>> &members)
{
    file.shape = SessionReader::Shape::AppSession;
    file.isWrapper = true;
    file.sessions.clear();
    // The wrapper's own members, decoded; its sessions are only found here, and read one by one.
    QJsonObject top;
    std::optional<JsonScanner::Span> sessions;
    for (const auto &[key, span] : members) {
        const QByteArray text = JsonScanner::viewOf(file.bytes, span);
        const bool isArray = text.startsWith('[');
        if (key == u"sessions" && isArray)
            sessions = span;
        top.insert(key, key == u"sessions" && isArray ? QJsonArray() : valueOf(text));
    }
    if (top.value(u"format") != QJsonValue(QLatin1StringView(SessionExport::formatName)))
        return Error{Error::Code::InvalidData, tr("format: not a GovStack Desktop export")};
    if (top.value(u"version").toInt(-1) > SessionExport::formatVersion)
        return Error{Error::Code::InvalidData,
                     tr("version: written by a newer GovStack Desktop (export version %1, this one reads %2)")
                         .arg(top.value(u"version").toInt())
                         .arg(SessionExport::formatVersion)};
    if (auto checked = FieldChecker(top, JsonPath())
                           .integer(u"version", FieldNeed::Required)
                           .array(u"sessions", FieldNeed::Required);
        !checked.ok())
        return *checked.error();
    const QByteArray array = JsonScanner::viewOf(file.bytes, *sessions);
    JsonScanner elements(array, JsonScanner::Output::None);
    (void)elements.scan(); // checked with the whole file
    for (const JsonScanner::Span &element : elements.elements()) {
        const QByteArray text = JsonScanner::viewOf(array, element);
        if (!text.startsWith('{'))
            return wrongTypeAt(JsonPath(u"sessions"_s)[file.sessions.size()], u"an object"_s, valueOf(text));
        file.sessions.append({sessions->first + element.first, sessions->first + element.second});
    }
    return {};
}

QJsonObject ImportFiles::auditDetails() const
{
    QJsonArray files;
    QJsonArray signers;
    for (const auto &[path, fingerprint] : m_signers) {
        files.append(path);
        signers.append(fingerprint);
    }
    return QJsonObject{{u"files"_s, files}, {u"fingerprints"_s, signers}};
}

Result<ImportedSession> ImportFiles::next()
{
    while (m_file < m_files.size() && m_session == m_files.at(m_file).sessions.size()) {
        ++m_file;
        m_session = 0;
        m_ids.clear();
    }
    if (m_file == m_files.size())
        return Error{Error::Code::NotFound, tr("There is nothing more to import.")};
    File &file = m_files[m_file];
    const qsizetype index = m_session++;
    const auto [start, end] = file.sessions.at(index);
    const QByteArray json = file.isWrapper ? file.bytes.mid(start, end - start) : file.bytes;
    // A file is let go once its last session is read.
    if (m_session == file.sessions.size())
        file.bytes = QByteArray();
    const SessionReader reader(file.name);
    auto session = reader.read(json, file.shape, file.isWrapper ? JsonPath(u"sessions"_s)[index] : JsonPath());
    if (!session)
        return session;
    const QString &id = session->session.sessionId;
    if (m_ids.contains(id))
        return reader.fail(tr("session %1 is in the file twice").arg(id));
    m_ids.insert(id);
    return session;
}
