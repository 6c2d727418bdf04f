#include "exportjob.h"
#include "exportverifier.h"
#include "importfiles.h"
#include "jsonscanner.h"
#include "pydanticaicodec.h"
#include "signingkey.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Span = JsonScanner::Span;

Span memberSpan(const QByteArray &json, QStringView key)
{
    JsonScanner scanner(json, JsonScanner::Output::None);
    if (!scanner.scan())
        return {-1, -1};
    for (const auto &[name, span] : scanner.members()) {
        if (name == key)
            return span;
    }
    return {-1, -1};
}

QList<Span> elementSpans(const QByteArray &json)
{
    JsonScanner scanner(json, JsonScanner::Output::None);
    return scanner.scan() ? scanner.elements() : QList<Span>();
}

/// Where message @p message of session @p session of a collection export is, in bytes.
Span messageSpan(const QByteArray &file, int session, int message)
{
    const Span sessions = memberSpan(file, u"sessions");
    const Span sessionSpan = elementSpans(file.mid(sessions.first, sessions.second - sessions.first)).at(session);
    const qsizetype sessionStart = sessions.first + sessionSpan.first;
    const QByteArray object = file.mid(sessionStart, sessionSpan.second - sessionSpan.first);
    const Span history = memberSpan(object, u"pydantic_ai_messages");
    const Span element = elementSpans(object.mid(history.first, history.second - history.first)).at(message);
    const qsizetype start = sessionStart + history.first;
    return {start + element.first, start + element.second};
}

QJsonObject integrityOf(const QByteArray &file)
{
    return QJsonDocument::fromJson(file).object().value(u"integrity").toObject();
}

} // namespace

/// Signed exports: the integrity block (a SHA-256 chain over the messages, the file's digest and an
/// Ed25519 signature) and what checking a file finds, as `verify` and import use it.
class TestExportIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void signedExportIsIntactAndNamesItsKey_data();
    void signedExportIsIntactAndNamesItsKey();
    void historyStaysAsPydanticAiReadsIt();
    void oneChangedByteIsFoundAndLocated_data();
    void oneChangedByteIsFoundAndLocated();
    void aRemovedMessageIsNamed();
    void aChangeOutsideTheMessagesIsFound();
    void aSignatureByAnotherKeyIsRefused();
    void aFileResignedByAnotherKeyFailsTheExpectedKey();
    void aFileWithoutItsBlockCannotBeShownIntact();
    void unsignedExportsAreIntactButNameNoKey();
    void whatIsNoExportIsAnError_data();
    void whatIsNoExportIsAnError();
    void importRefusesAChangedFile();
    void importCanRequireASignature();

private:
    /// Two sessions (a tool-using one and a multi-turn one), exported as a collection.
    QByteArray exportTwo(const std::optional<SigningKey> &key, ExportJob::Shape shape = ExportJob::Shape::Collection);
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestStore> m_store;
    QStringList m_ids;
};

void TestExportIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"chats.sqlite"_s)));
    m_ids.clear();
    for (const QString &name : {u"rag-tool-call.json"_s, u"multi-turn.json"_s}) {
        const QString id = m_store->createChatSession(u"reviewer"_s).value();
        QVERIFY(m_store->saveMessages(id, fixture(name)));
        m_ids << id;
    }
}

QByteArray TestExportIntegrity::exportTwo(const std::optional<SigningKey> &key, ExportJob::Shape shape)
{
    const QStringList ids = shape == ExportJob::Shape::Single ? m_ids.mid(0, 1) : m_ids;
    ExportJob job(m_store.get(), ids, ExportJob::Format::Json, shape);
    job.setSigningKey(key);
    const QString path = m_dir->filePath(u"export.json"_s);
    if (!job.writeToFile(path) || !job.runToEnd())
        return {};
    return readAll(path);
}

QString TestExportIntegrity::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return file.fileName();
}

void TestExportIntegrity::signedExportIsIntactAndNamesItsKey_data()
{
    QTest::addColumn<ExportJob::Shape>("shape");
    QTest::addColumn<int>("sessions");
    QTest::newRow("collection") << ExportJob::Shape::Collection << 2;
    QTest::newRow("one session") << ExportJob::Shape::Single << 1;
}

void TestExportIntegrity::signedExportIsIntactAndNamesItsKey()
{
    QFETCH(ExportJob::Shape, shape);
    QFETCH(int, sessions);
    const SigningKey key = SigningKey::generate();
    const QByteArray file = exportTwo(key, shape);
    const auto verified = ExportVerifier::verify(file);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->fingerprint, key.fingerprint());
    QCOMPARE(verified->sessions, sessions);
    QCOMPARE(integrityOf(file).value(u"fingerprint").toString(), key.fingerprint());
    QCOMPARE(key.fingerprint().size(), 39); // eight groups of four hex digits
    // The fingerprint is accepted typed with or without spaces, in either case.
    QVERIFY(ExportVerifier::verify(file, key.fingerprint().toLower().remove(u' '))->intact);
}

void TestExportIntegrity::historyStaysAsPydanticAiReadsIt()
{
    // The block sits beside the history: the history's bytes are those of the store, unchanged.
    const QByteArray file = exportTwo(SigningKey::generate(), ExportJob::Shape::Single);
    const Span history = memberSpan(file, u"pydantic_ai_messages");
    QCOMPARE(file.mid(history.first, history.second - history.first),
             PydanticAiCodec::encodeHistory(m_store->loadHistory(m_ids.at(0)).value()));
    const QJsonObject top = QJsonDocument::fromJson(file).object();
    QVERIFY(top.value(u"integrity").isObject());
    QCOMPARE(top.value(u"pydantic_ai_messages").toArray().size(), m_store->loadHistory(m_ids.at(0))->size());
}

void TestExportIntegrity::oneChangedByteIsFoundAndLocated_data()
{
    QTest::addColumn<int>("session");
    QTest::addColumn<int>("message");
    QTest::newRow("first message") << 0 << 0;
    QTest::newRow("a tool call in the first session") << 0 << 1;
    QTest::newRow("a message of the second session") << 1 << 2;
    QTest::newRow("the last message") << 1 << -1;
}

void TestExportIntegrity::oneChangedByteIsFoundAndLocated()
{
    QFETCH(int, session);
    QFETCH(int, message);
    QByteArray file = exportTwo(SigningKey::generate());
    if (message < 0)
        message = int(m_store->loadHistory(m_ids.at(session))->size()) - 1;
    const Span span = messageSpan(file, session, message);
    // One letter of the message's `kind` in upper case: still JSON, one byte different.
    const qsizetype kind = file.indexOf("\"kind\":\"", span.first) + 8;
    QVERIFY(kind > span.first && kind < span.second);
    file[kind] = char(QChar::toUpper(char16_t(file.at(kind))));
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->sessionId, m_ids.at(session));
    QCOMPARE(verified->message, message + 1);
    QVERIFY2(verified->problem.contains(u"message %1 was changed"_s.arg(message + 1)), qPrintable(verified->problem));
    QVERIFY(verified->problem.contains(m_ids.at(session)));
}

void TestExportIntegrity::aRemovedMessageIsNamed()
{
    QByteArray file = exportTwo(SigningKey::generate());
    const Span span = messageSpan(file, 1, 3);
    file.remove(span.first - 1, span.second - span.first + 1); // with the comma before it
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->sessionId, m_ids.at(1));
    QCOMPARE(verified->message, 4);
}

void TestExportIntegrity::aChangeOutsideTheMessagesIsFound()
{
    QByteArray file = exportTwo(SigningKey::generate());
    const qsizetype exportedAt = file.indexOf("\"exported_at\":\"") + 15;
    file[exportedAt] = file.at(exportedAt) == '2' ? '3' : '2';
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->message, -1);
    QVERIFY2(verified->problem.contains(u"outside the messages"_s), qPrintable(verified->problem));
}

void TestExportIntegrity::aSignatureByAnotherKeyIsRefused()
{
    // The block names the installation's key, but the signature was made with another.
    const SigningKey key = SigningKey::generate();
    const SigningKey forger = SigningKey::generate();
    QByteArray file = exportTwo(key);
    const QJsonObject block = integrityOf(file);
    const QByteArray message = ExportIntegrity::signedMessage(
        QByteArray::fromHex(block.value(u"digest").toString().toLatin1()),
        QByteArray::fromHex(block.value(u"chain").toObject().value(u"head").toString().toLatin1()));
    QVERIFY(SigningKey::verify(key.publicKey(), message, key.sign(message)));
    const QByteArray genuine = block.value(u"signature").toString().toLatin1();
    const QByteArray forged = forger.sign(message).toBase64();
    QCOMPARE(forged.size(), genuine.size());
    file.replace(genuine, forged);
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified);
    QVERIFY(!verified->intact);
    QVERIFY2(verified->problem.contains(u"signature does not match"_s), qPrintable(verified->problem));
}

void TestExportIntegrity::aFileResignedByAnotherKeyFailsTheExpectedKey()
{
    // Whoever changes a file can sign it again with a key of their own: it is intact as a file,
    // but not signed by the key the reviewer expects.
    const SigningKey installation = SigningKey::generate();
    const QByteArray forged = exportTwo(SigningKey::generate());
    const auto anyKey = ExportVerifier::verify(forged);
    QVERIFY(anyKey && anyKey->intact);
    QVERIFY(anyKey->fingerprint != installation.fingerprint());
    const auto expected = ExportVerifier::verify(forged, installation.fingerprint());
    QVERIFY(expected);
    QVERIFY(!expected->intact);
    QVERIFY2(expected->problem.contains(installation.fingerprint()), qPrintable(expected->problem));
}

void TestExportIntegrity::aFileWithoutItsBlockCannotBeShownIntact()
{
    QByteArray file = exportTwo(SigningKey::generate());
    const Span block = memberSpan(file, u"integrity");
    file.remove(block.first - 13, block.second - block.first + 13);
    QVERIFY(QJsonDocument::fromJson(file).isObject());
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified);
    QVERIFY(!verified->intact);
    QVERIFY2(verified->problem.contains(u"no integrity block"_s), qPrintable(verified->problem));
}

void TestExportIntegrity::unsignedExportsAreIntactButNameNoKey()
{
    const QByteArray file = exportTwo(std::nullopt);
    QVERIFY(!integrityOf(file).contains(u"signature"));
    const auto verified = ExportVerifier::verify(file);
    QVERIFY(verified && verified->intact);
    QVERIFY(verified->fingerprint.isEmpty());
    QVERIFY(!ExportVerifier::verify(file, SigningKey::generate().fingerprint())->intact);
}

void TestExportIntegrity::whatIsNoExportIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("a PydanticAI history") << readAll(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/simple-qa.json"));
    QTest::newRow("another object") << QByteArray(R"({"hello":"world"})");
}

void TestExportIntegrity::whatIsNoExportIsAnError()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!ExportVerifier::verify(bytes));
}

void TestExportIntegrity::importRefusesAChangedFile()
{
    QByteArray file = exportTwo(SigningKey::generate());
    const auto intact = ImportFiles::open({write(u"intact.json"_s, file)});
    QVERIFY(intact);
    QCOMPARE(intact->signatureNotes().size(), 1);
    QVERIFY2(intact->signatureNotes().at(0).contains(u"intact, signed with key"_s),
             qPrintable(intact->signatureNotes().at(0)));
    const Span span = messageSpan(file, 0, 0);
    file[file.indexOf("\"kind\":\"", span.first) + 8] = 'X';
    const auto changed = ImportFiles::open({write(u"changed.json"_s, file)});
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, Error::Code::Tampered);
    QVERIFY2(changed.error().message.contains(u"changed.json"_s) && changed.error().message.contains(m_ids.at(0)),
             qPrintable(changed.error().message));
}

void TestExportIntegrity::importCanRequireASignature()
{
    const QString unsignedFile = write(u"unsigned.json"_s, exportTwo(std::nullopt));
    const QString history = QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/simple-qa.json");
    QVERIFY(ImportFiles::open({unsignedFile}));
    QVERIFY(ImportFiles::open({history}));
    for (const QString &path : {unsignedFile, history}) {
        const auto refused = ImportFiles::open({path}, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Tampered);
    }
    QVERIFY(ImportFiles::open({write(u"signed.json"_s, exportTwo(SigningKey::generate()))}, true));
}

QTEST_GUILESS_MAIN(TestExportIntegrity)
#include "tst_exportintegrity.moc"
