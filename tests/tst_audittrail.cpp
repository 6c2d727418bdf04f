#include "audittrailmodel.h"
#include "exportjob.h"
#include "importfiles.h"
#include "pydanticaicodec.h"
#include "testfixtures.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The audit trail: what is recorded (and what never is), its hash chain, and what tampering it finds.
class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordActionsWithoutMessageText();
    void entriesCannotBeChangedThroughSql();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void modelPassesTheTesterAndShowsNewestFirst();

private:
    /// Runs @p sql on a connection of its own, as someone with the file would.
    void tamper(const QStringList &statements);
    QString databasePath() const { return m_dir->filePath(u"chats.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestStore> m_store;
    qint64 m_now = 1'764'500'000'000;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->open(databasePath()));
    m_store->setClock([this] { return m_now; });
}

void TestAuditTrail::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditTrail::tamper(const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

void TestAuditTrail::recordActionsWithoutMessageText()
{
    const QString id = m_store->createChatSession(u"reviewer"_s).value();
    QVERIFY(m_store->saveMessages(id, fixture(u"rag-tool-call.json"_s)));
    const QString file = m_dir->filePath(u"export.json"_s);
    ExportJob job(m_store.get(), {id}, ExportJob::Format::Json, ExportJob::Shape::Single);
    QVERIFY(job.writeToFile(file));
    QVERIFY(job.runToEnd());
    m_now += 60'000;
    QVERIFY(m_store->deleteChatSession(id, ChatStore::DeleteScope::AlsoOnServer));
    auto files = ImportFiles::open({file});
    QVERIFY(files);
    QVERIFY(m_store->importSessions(files.value(), false));
    QVERIFY(m_store->recordAudit(AuditEvent::personalDataWarning({u"phone"_s, u"national-id"_s}, u"remove")));

    const auto entries = m_store->auditTrail();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4);
    const AuditEntry &exported = entries->at(0);
    QCOMPARE(exported.id, 1);
    QCOMPARE(exported.action, AuditAction::Export);
    QCOMPARE(exported.at, QDateTime::fromMSecsSinceEpoch(1'764'500'000'000, Qt::UTC));
    QCOMPARE(exported.details.value(u"sessions").toArray(), QJsonArray{id});
    QCOMPARE(exported.details.value(u"file").toString(), file);
    QCOMPARE(exported.origin, u"command line"_s);
    QVERIFY(!exported.actor.isEmpty());
    const AuditEntry &deleted = entries->at(1);
    QCOMPARE(deleted.action, AuditAction::Delete);
    QCOMPARE(deleted.at, QDateTime::fromMSecsSinceEpoch(1'764'500'060'000, Qt::UTC));
    QCOMPARE(deleted.details.value(u"session").toString(), id);
    QVERIFY(deleted.details.value(u"on_server").toBool());
    QVERIFY2(deleted.describe().contains(u"on the server"_s), qPrintable(deleted.describe()));
    const AuditEntry &imported = entries->at(2);
    QCOMPARE(imported.action, AuditAction::Import);
    QCOMPARE(imported.details.value(u"imported").toArray(), QJsonArray{id});
    QCOMPARE(imported.details.value(u"files").toArray(), QJsonArray{file});
    QCOMPARE(entries->at(3).action, AuditAction::PersonalDataWarning);
    QVERIFY2(entries->at(3).describe().contains(u"phone number"_s), qPrintable(entries->at(3).describe()));

    // Never what was said: no message's words are in the trail.
    const auto history = fixture(u"rag-tool-call.json"_s);
    for (const AuditEntry &entry : *entries) {
        const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson());
        for (const ModelMessage &message : history) {
            if (!message.text().isEmpty())
                QVERIFY2(!details.contains(message.text().left(20)), qPrintable(details));
        }
    }
    const auto check = m_store->verifyAuditTrail();
    QVERIFY(check && check->intact);
    QCOMPARE(check->entries, 4);
    QCOMPARE(check->head, entries->last().hash);
}

void TestAuditTrail::entriesCannotBeChangedThroughSql()
{
    QVERIFY(m_store->recordAudit(AuditEvent::personalDataWarning({u"email"_s}, u"send")));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
    {
        db.setDatabaseName(databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'someone else'"_s));
        QVERIFY(query.lastError().text().contains(u"append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"writer"_s);
    QVERIFY(m_store->verifyAuditTrail()->intact);
}

void TestAuditTrail::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("problem");
    const QString unlock = u"DROP TRIGGER audit_log_is_append_only"_s;
    const QString unlockDelete = u"DROP TRIGGER audit_log_keeps_entries"_s;
    QTest::newRow("an entry's details edited")
        << QStringList{unlock, u"UPDATE audit_log SET details = replace(details, 'email', 'phone') WHERE id = 1"_s}
        << u"Entry 1 was changed"_s;
    QTest::newRow("an entry's time moved")
        << QStringList{unlock, u"UPDATE audit_log SET at = at - 86400000 WHERE id = 3"_s} << u"Entry 3 was changed"_s;
    QTest::newRow("an entry and its hash rewritten")
        << QStringList{unlock, u"UPDATE audit_log SET hash = previous_hash WHERE id = 2"_s} << u"Entry 2 was changed"_s;
    QTest::newRow("an entry in the middle removed")
        << QStringList{unlockDelete, u"DELETE FROM audit_log WHERE id = 2"_s} << u"Entry 2 is missing"_s;
    QTest::newRow("the last entries removed")
        << QStringList{unlockDelete, u"DELETE FROM audit_log WHERE id >= 2"_s} << u"Entries 2 to 3 were removed"_s;
    QTest::newRow("every entry removed") << QStringList{unlockDelete, u"DELETE FROM audit_log"_s}
                                         << u"Entries 1 to 3 were removed"_s;
    QTest::newRow("renumbered after a removal")
        << QStringList{unlockDelete, unlock, u"DELETE FROM audit_log WHERE id = 2"_s,
                       u"UPDATE audit_log SET id = 2 WHERE id = 3"_s, u"UPDATE sqlite_sequence SET seq = 2"_s}
        << u"Entry 2 does not follow"_s;
}

void TestAuditTrail::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, problem);
    for (const QString &kind : {u"email"_s, u"phone"_s, u"passport"_s})
        QVERIFY(m_store->recordAudit(AuditEvent::personalDataWarning({kind}, u"edit")));
    QVERIFY(m_store->verifyAuditTrail()->intact);
    tamper(statements);
    const auto check = m_store->verifyAuditTrail();
    QVERIFY(check);
    QVERIFY(!check->intact);
    QVERIFY2(check->problem.contains(problem), qPrintable(check->problem));
}

void TestAuditTrail::modelPassesTheTesterAndShowsNewestFirst()
{
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (const QString &kind : {u"email"_s, u"kra-pin"_s})
        QVERIFY(m_store->recordAudit(AuditEvent::personalDataWarning({kind}, u"send")));
    model.setEntries(m_store->auditTrail().value());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 0).data(AuditTrailModel::IdRole).toLongLong(), 2);
    QCOMPARE(model.index(0, 0).data(AuditTrailModel::ActionRole).toString(), u"personal_data_warning"_s);
    QVERIFY(model.index(0, AuditTrailModel::WhatColumn).data().toString().contains(u"KRA PIN"_s));
    QVERIFY(model.index(1, AuditTrailModel::WhoColumn).data().toString().contains(u"command line"_s));
    QVERIFY(model.roleNames().values().contains("action"));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
