#include "cliprocess.h"
#include "credentialstore.h"
#include "signingkeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The records a ministry keeps, through the real program: signed exports with the key in a real
/// Secret Service (started by ./dev.sh test), `verify`, and signed imports.
class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportsAreSignedWithOneKeyKeptInTheKeychain();
    void verifySaysIntactChangedOrNotAnExport();
    void importSaysWhoSignedAndCanRequireIt();
    void auditListsWhatWasDoneAndFindsTampering();
    void theOrganisationsPolicyIsLockedAndSaysSo();
    void exportAsPdfFromTheCommandLine();
    void trashAndHoldFromTheCommandLine();
    void retentionAndPolicyChangesAreRecorded();

private:
    /// The session ids `sessions --json` lists.
    QStringList listedSessions() const;
    /// The actions of the audit trail, oldest first.
    QStringList auditActions() const;
    CliRun run(const QStringList &arguments) const;
    /// Imports the fixtures and exports them: the path of the export.
    QString signedExport(const QString &name);
    QString path(const QString &name) const { return m_home->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

void TestRecords::initTestCase()
{
    if (qEnvironmentVariable("GOVSTACK_TEST_KEYRING") != u"1")
        QSKIP("needs the test Secret Service that ./dev.sh test starts");
}

void TestRecords::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
}

CliRun TestRecords::run(const QStringList &arguments) const
{
    return runCli(m_environment, QStringList{u"--data-dir"_s, path(u"chats"_s)} + arguments);
}

QString TestRecords::signedExport(const QString &name)
{
    const QString fixtures = QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/");
    const CliRun imported = run({u"import"_s, fixtures + u"rag-tool-call.json"_s, fixtures + u"multi-turn.json"_s});
    if (imported.exitCode != 0)
        qWarning() << imported.err;
    const CliRun exported = run({u"export"_s, u"--all"_s, u"-o"_s, path(name)});
    if (exported.exitCode != 0)
        qWarning() << exported.err;
    return path(name);
}

void TestRecords::exportsAreSignedWithOneKeyKeptInTheKeychain()
{
    const QString first = signedExport(u"first.json"_s);
    const CliRun second = run({u"export"_s, u"--all"_s, u"-o"_s, path(u"second.json"_s)});
    QCOMPARE(second.exitCode, 0);
    const auto fingerprintOf = [](const QString &file) {
        QFile read(file);
        read.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(read.readAll()).object().value(u"integrity"_s)[u"fingerprint"_s].toString();
    };
    const QString fingerprint = fingerprintOf(first);
    QCOMPARE(fingerprint.size(), 39);
    QCOMPARE(fingerprintOf(path(u"second.json"_s)), fingerprint);
    QVERIFY2(second.err.contains(u"Signed with key %1"_s.arg(fingerprint)), qPrintable(second.err));

    // The key is the keychain's: this process reads the same one.
    CredentialStore credentials;
    const auto key = SigningKeys(&credentials).obtainNow();
    QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
    QCOMPARE(key->fingerprint(), fingerprint);
    // Its secret is in no file the program wrote.
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key->toText().toLatin1()), qPrintable(file.fileName()));
    }
}

void TestRecords::verifySaysIntactChangedOrNotAnExport()
{
    const QString file = signedExport(u"export.json"_s);
    const CliRun intact = run({u"verify"_s, file});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(u"intact"_s) && intact.out.contains(u"Signed with key"_s), qPrintable(intact.out));

    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QByteArray bytes = read.readAll();
    const QString firstSession =
        QJsonDocument::fromJson(bytes).object().value(u"sessions"_s)[0][u"session_id"_s].toString();
    // One byte of the first message's text.
    const qsizetype text = bytes.indexOf("\"content\":\"", bytes.indexOf("pydantic_ai_messages")) + 11;
    bytes[text] = bytes.at(text) == 'W' ? 'w' : 'W';
    QFile changed(path(u"changed.json"_s));
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(bytes);
    changed.close();
    const CliRun tampered = run({u"verify"_s, changed.fileName()});
    QCOMPARE(tampered.exitCode, 6);
    QVERIFY2(tampered.out.contains(u"Session %1: message 1 was changed"_s.arg(firstSession)), qPrintable(tampered.out));

    const CliRun otherKey = run({u"verify"_s, file, u"--key"_s, u"0000 1111 2222 3333 4444 5555 6666 7777"_s});
    QCOMPARE(otherKey.exitCode, 6);
    QVERIFY2(otherKey.out.contains(u"not with key 0000"_s), qPrintable(otherKey.out));

    const CliRun history = run({u"verify"_s, QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/simple-qa.json")});
    QCOMPARE(history.exitCode, 5);
    QVERIFY2(history.err.contains(u"not a GovStack Desktop export"_s), qPrintable(history.err));
    QCOMPARE(run({u"verify"_s, path(u"missing.json"_s)}).exitCode, 5);
}

void TestRecords::importSaysWhoSignedAndCanRequireIt()
{
    const QString file = signedExport(u"export.json"_s);
    m_environment.insert(u"XDG_DATA_HOME"_s, path(u"elsewhere"_s));
    const QStringList elsewhere{u"--data-dir"_s, path(u"elsewhere"_s)};
    const CliRun imported = runCli(m_environment, elsewhere + QStringList{u"import"_s, u"--require-signed"_s, file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"intact, signed with key"_s), qPrintable(imported.out));

    const QString history = QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/simple-qa.json");
    const CliRun refused = runCli(m_environment, elsewhere + QStringList{u"import"_s, u"--require-signed"_s, history});
    QCOMPARE(refused.exitCode, 6);
    QVERIFY2(refused.err.contains(u"signed files are required"_s), qPrintable(refused.err));
    const CliRun sessions = runCli(m_environment, elsewhere + QStringList{u"sessions"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(sessions.out.toUtf8()).array().size(), 2); // the refused file added nothing
}

void TestRecords::auditListsWhatWasDoneAndFindsTampering()
{
    const QString file = signedExport(u"export.json"_s);
    QCOMPARE(run({u"verify"_s, file}).exitCode, 0);
    const CliRun refused = run({u"ask"_s, u"--new"_s, u"My KRA PIN is A123456789B"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"KRA PIN"_s) && !refused.err.contains(u"A123456789B"_s), qPrintable(refused.err));

    const CliRun listed = run({u"audit"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(u"A123456789B"_s), qPrintable(listed.out));
    const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue &entry : entries)
        actions << entry[u"action"_s].toString();
    QCOMPARE(actions, (QStringList{u"import"_s, u"export"_s, u"verify"_s, u"personal_data_warning"_s}));
    const QJsonObject exported = entries.at(1)[u"details"_s].toObject();
    QCOMPARE(exported.value(u"file"_s).toString(), file);
    QCOMPARE(exported.value(u"fingerprint"_s).toString().size(), 39);
    QCOMPARE(entries.at(2)[u"details"_s][u"intact"_s].toBool(), true);
    QCOMPARE(entries.at(3)[u"details"_s][u"kinds"_s].toArray(), QJsonArray{u"kra-pin"_s});
    QCOMPARE(entries.at(3)[u"origin"_s].toString(), u"command line"_s);

    const CliRun text = run({u"audit"_s});
    QVERIFY2(text.out.contains(u"Exported 2 conversations to %1"_s.arg(file)), qPrintable(text.out));
    const CliRun intact = run({u"audit"_s, u"--verify"_s});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(u"intact: 4 entries"_s), qPrintable(intact.out));

    // Someone with the file removes the record of the export.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path(u"chats/chats.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_keeps_entries"_s));
        QVERIFY(query.exec(u"DELETE FROM audit_log WHERE action = 'export'"_s));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const CliRun tampered = run({u"audit"_s, u"--verify"_s});
    QCOMPARE(tampered.exitCode, 6);
    QVERIFY2(tampered.err.contains(u"Entry 2 is missing"_s), qPrintable(tampered.err));
}

void TestRecords::theOrganisationsPolicyIsLockedAndSaysSo()
{
    // The machine-wide file an administrator writes, found through XDG_CONFIG_DIRS as /etc/xdg is.
    QDir().mkpath(path(u"etc-xdg/govstack"_s));
    QFile policy(path(u"etc-xdg/govstack/govstack-desktop.conf"_s));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[govstack]\nurl=https://chat.example.go.ke\n\n[policy]\nallowedBackends=govstack\n"
                 "exportFormats=json\npersonalData=block\n");
    policy.close();
    m_environment.insert(u"XDG_CONFIG_DIRS"_s, path(u"etc-xdg"_s));
    // The user had chosen another server before the policy came.
    QCOMPARE(run({u"config"_s, u"set"_s, u"timeout"_s, u"30"_s}).exitCode, 0);

    const CliRun url = run({u"config"_s, u"get"_s, u"govstack/url"_s});
    QCOMPARE(url.out.trimmed(), u"https://chat.example.go.ke"_s);
    QVERIFY2(url.err.contains(u"set by your organisation in %1"_s.arg(policy.fileName())), qPrintable(url.err));
    const CliRun all = run({u"config"_s, u"get"_s});
    QVERIFY2(all.out.contains(u"govstack/url=https://chat.example.go.ke  # set by your organisation"_s),
             qPrintable(all.out));
    QVERIFY2(all.out.contains(u"timeout=30  # your setting"_s), qPrintable(all.out));
    QVERIFY2(all.out.contains(u"language=en  # default"_s), qPrintable(all.out));
    QVERIFY2(all.out.contains(u"policy/personalData=block  # set by your organisation"_s), qPrintable(all.out));

    const CliRun locked = run({u"config"_s, u"set"_s, u"govstack/url"_s, u"https://elsewhere.example"_s});
    QCOMPARE(locked.exitCode, 2);
    QVERIFY2(locked.err.contains(u"set by your organisation"_s), qPrintable(locked.err));
    QCOMPARE(run({u"config"_s, u"set"_s, u"policy/export"_s, u"true"_s}).exitCode, 2);
    QCOMPARE(run({u"config"_s, u"set"_s, u"backend"_s, u"openai"_s}).exitCode, 2);
    QCOMPARE(run({u"config"_s, u"get"_s, u"govstack/url"_s}).out.trimmed(), u"https://chat.example.go.ke"_s);

    // What it allows and forbids holds in the commands too.
    const CliRun openAi = run({u"ask"_s, u"--new"_s, u"--backend"_s, u"openai"_s, u"Habari"_s});
    QCOMPARE(openAi.exitCode, 2);
    QVERIFY2(openAi.err.contains(u"does not allow the openai back end"_s), qPrintable(openAi.err));
    const CliRun personal = run({u"ask"_s, u"--new"_s, u"--allow-personal-data"_s, u"Call me on 0712345678"_s});
    QCOMPARE(personal.exitCode, 2);
    QVERIFY2(personal.err.contains(u"does not allow sending it"_s), qPrintable(personal.err));
    signedExport(u"allowed.json"_s);
    QVERIFY(QFile::exists(path(u"allowed.json"_s)));
    const CliRun markdown = run({u"export"_s, u"--all"_s, u"--format"_s, u"markdown"_s, u"-o"_s, path(u"x.md"_s)});
    QCOMPARE(markdown.exitCode, 2);
    QVERIFY(!QFile::exists(path(u"x.md"_s)));
    const QString id = QJsonDocument::fromJson(run({u"sessions"_s, u"--json"_s}).out.toUtf8())
                           .array()
                           .at(0)[u"session_id"_s]
                           .toString();
    QCOMPARE(run({u"export"_s, id, u"--format"_s, u"pdf"_s, u"-o"_s, path(u"x.pdf"_s)}).exitCode, 2);
    QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
}

QStringList TestRecords::listedSessions() const
{
    QStringList ids;
    for (const QJsonValue &session : QJsonDocument::fromJson(run({u"sessions"_s, u"--json"_s}).out.toUtf8()).array())
        ids << session[u"session_id"_s].toString();
    return ids;
}

QStringList TestRecords::auditActions() const
{
    QStringList actions;
    for (const QJsonValue &entry : QJsonDocument::fromJson(run({u"audit"_s, u"--json"_s}).out.toUtf8()).array())
        actions << entry[u"action"_s].toString();
    return actions;
}

void TestRecords::trashAndHoldFromTheCommandLine()
{
    const QString fixtures = QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/");
    QCOMPARE(run({u"import"_s, fixtures + u"multi-turn.json"_s, fixtures + u"rag-tool-call.json"_s}).exitCode, 0);
    const QStringList ids = listedSessions();
    QCOMPARE(ids.size(), 2);
    const QString id = ids.at(0);

    QCOMPARE(run({u"hold"_s, id}).exitCode, 0);
    QVERIFY(run({u"hold"_s}).out.contains(id));
    const CliRun refused = run({u"delete"_s, id});
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains(u"legal hold"_s), qPrintable(refused.err));
    QCOMPARE(run({u"delete"_s, id, u"--permanently"_s}).exitCode, 7);
    QCOMPARE(listedSessions().size(), 2);
    QCOMPARE(run({u"release"_s, id}).exitCode, 0);

    const CliRun moved = run({u"delete"_s, id});
    QCOMPARE(moved.exitCode, 0);
    QVERIFY2(moved.out.contains(u"Moved %1 to the Trash"_s.arg(id)), qPrintable(moved.out));
    QCOMPARE(listedSessions(), QStringList{ids.at(1)});
    const QJsonArray trash = QJsonDocument::fromJson(run({u"trash"_s, u"--json"_s}).out.toUtf8()).array();
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash.at(0)[u"session_id"_s].toString(), id);
    const QDateTime trashedAt = QDateTime::fromString(trash.at(0)[u"trashed_at"_s].toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(trash.at(0)[u"deleted_at"_s].toString(), Qt::ISODateWithMs), trashedAt.addDays(30));
    QCOMPARE(run({u"trash"_s, u"restore"_s, id}).exitCode, 0);
    QCOMPARE(listedSessions().size(), 2);
    QCOMPARE(run({u"delete"_s, id, u"--permanently"_s}).exitCode, 0);
    QCOMPARE(listedSessions(), QStringList{ids.at(1)});
    QVERIFY(run({u"trash"_s}).err.contains(u"The Trash is empty."_s));

    // A hold on everything, and what is misused.
    QCOMPARE(run({u"hold"_s, u"--all"_s}).exitCode, 0);
    QCOMPARE(run({u"delete"_s, ids.at(1)}).exitCode, 7);
    QCOMPARE(run({u"trash"_s, u"empty"_s}).exitCode, 0);
    QCOMPARE(run({u"release"_s, u"--all"_s}).exitCode, 0);
    QCOMPARE(run({u"delete"_s, ids.at(1)}).exitCode, 0);
    QCOMPARE(run({u"trash"_s, u"empty"_s}).out.trimmed(), u"Deleted 1 conversation for good."_s);
    QCOMPARE(run({u"release"_s}).exitCode, 2);
    QCOMPARE(run({u"hold"_s, id, u"--all"_s}).exitCode, 2);
    QCOMPARE(run({u"trash"_s, u"restore"_s}).exitCode, 2);
    QCOMPARE(run({u"delete"_s, u"no-such-session"_s}).exitCode, 4);
    QCOMPARE(auditActions(),
             (QStringList{u"import"_s, u"hold"_s, u"release"_s, u"trash"_s, u"restore"_s, u"delete"_s, u"hold"_s,
                          u"release"_s, u"trash"_s, u"purge"_s}));
}

void TestRecords::retentionAndPolicyChangesAreRecorded()
{
    // The fixtures' conversations last changed in March 2026: a period of 30 days has passed.
    const QString fixtures = QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/");
    QCOMPARE(run({u"import"_s, fixtures + u"multi-turn.json"_s}).exitCode, 0);
    QCOMPARE(run({u"config"_s, u"set"_s, u"records/retentionDays"_s, u"30"_s}).exitCode, 0);
    QCOMPARE(run({u"config"_s, u"set"_s, u"records/retentionDays"_s, u"-1"_s}).exitCode, 2);
    const CliRun trash = run({u"trash"_s});
    QCOMPARE(trash.out.count(u'\n'), 1);
    QVERIFY(listedSessions().isEmpty());
    QCOMPARE(auditActions(), (QStringList{u"import"_s, u"retention"_s, u"trash"_s}));
    const QString audit = run({u"audit"_s}).out;
    QVERIFY2(audit.contains(u"Changed the retention period from off to 30 days."_s), qPrintable(audit));
    QVERIFY2(audit.contains(u"Moved 1 conversation to the Trash after 30 days without activity"_s), qPrintable(audit));

    // The organisation sets how long the Trash keeps them: locked, and its arrival recorded once.
    QDir().mkpath(path(u"etc-xdg/govstack"_s));
    QFile policy(path(u"etc-xdg/govstack/govstack-desktop.conf"_s));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[records]\ntrashDays=7\n");
    policy.close();
    m_environment.insert(u"XDG_CONFIG_DIRS"_s, path(u"etc-xdg"_s));
    QCOMPARE(run({u"config"_s, u"set"_s, u"records/trashDays"_s, u"60"_s}).exitCode, 2);
    const QJsonArray listed = QJsonDocument::fromJson(run({u"trash"_s, u"--json"_s}).out.toUtf8()).array();
    QCOMPARE(QDateTime::fromString(listed.at(0)[u"deleted_at"_s].toString(), Qt::ISODateWithMs),
             QDateTime::fromString(listed.at(0)[u"trashed_at"_s].toString(), Qt::ISODateWithMs).addDays(7));
    run({u"trash"_s});
    QCOMPARE(auditActions(), (QStringList{u"import"_s, u"retention"_s, u"trash"_s, u"retention"_s, u"policy"_s}));
    const QString changed = run({u"audit"_s}).out;
    QVERIFY2(changed.contains(u"it now sets: records/trashDays"_s), qPrintable(changed));
    QVERIFY2(changed.contains(u"from 30 days to 7 days"_s), qPrintable(changed));

    // Nothing is sent before the app is set up, when the organisation says so.
    QVERIFY(policy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    policy.write("[policy]\nsendBeforeSetup=false\n");
    policy.close();
    const CliRun early = run({u"ask"_s, u"--new"_s, u"Habari"_s});
    QCOMPARE(early.exitCode, 2);
    QVERIFY2(early.err.contains(u"set up before anything is sent"_s), qPrintable(early.err));
    QCOMPARE(run({u"config"_s, u"get"_s, u"policy/sendBeforeSetup"_s}).out.trimmed(), u"false"_s);
}

void TestRecords::exportAsPdfFromTheCommandLine()
{
    signedExport(u"export.json"_s);
    const QString id = QJsonDocument::fromJson(run({u"sessions"_s, u"--json"_s}).out.toUtf8())
                           .array()
                           .at(0)[u"session_id"_s]
                           .toString();
    // No display is needed: the command lays the text out on the offscreen platform.
    m_environment.remove(u"QT_QPA_PLATFORM"_s);
    m_environment.remove(u"DISPLAY"_s);
    const CliRun exported = run({u"export"_s, id, u"--format"_s, u"pdf"_s, u"-o"_s, path(u"one.pdf"_s)});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.contains(u"(1 page)"_s), qPrintable(exported.err));
    QFile pdf(path(u"one.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(run({u"export"_s, id, u"--format"_s, u"pdf"_s}).exitCode, 2); // needs -o
    const QJsonArray trail = QJsonDocument::fromJson(run({u"audit"_s, u"--json"_s}).out.toUtf8()).array();
    QCOMPARE(trail.last()[u"details"_s][u"format"_s].toString(), u"pdf"_s);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
