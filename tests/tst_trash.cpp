#include "teststore.h"
#include "trashmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

} // namespace

/// The Trash, retention and legal holds, by a clock the test moves.
class TestTrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theTrashIsLeftOutOfListsSearchSyncAndSending();
    void restoringBringsItBackAndCallsOffTheServerDelete();
    void deletingForGoodLeavesNoBytesInTheFile();
    void theTrashEmptiesAfterItsPeriod();
    void retentionSparesPinnedAndHeldConversations();
    void theOutlookSaysWhatGoesAndWhen();
    void aHoldBlocksEveryDeletePath();
    void aHoldOnAllBlocksEveryConversation();
    void aVersionGoesWithItsConversation();
    void theTrashModelSaysWhatHappensNext();

private:
    /// A conversation of two answered turns whose words include @p word.
    QString conversation(const QString &word);
    QStringList auditActions() const;
    QString databasePath() const { return m_dir->filePath(u"chats.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestStore> m_store;
    qint64 m_now = 0;
};

void TestTrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->open(databasePath()));
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_store->setClock([this] { return m_now; });
}

void TestTrash::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTrash::conversation(const QString &word)
{
    const QString id = m_store->createChatSession(u"officer"_s).value();
    const bool saved = bool(m_store->saveMessages(
        id,
        {ModelMessage::request({MessagePart::userPrompt(u"Tell me about %1 permits"_s.arg(word))}),
         ModelMessage::response({MessagePart::text(u"%1 permits are issued by the county."_s.arg(word))}, {})}));
    return saved ? id : QString();
}

QStringList TestTrash::auditActions() const
{
    QStringList actions;
    for (const AuditEntry &entry : m_store->auditTrail().value())
        actions << auditActionName(entry.action);
    return actions;
}

void TestTrash::theTrashIsLeftOutOfListsSearchSyncAndSending()
{
    const QString kept = conversation(u"fishing"_s);
    const QString trashed = conversation(u"mining"_s);
    QVERIFY(m_store->linkToServer(trashed, u"http://127.0.0.1:1"_s, u"v2"_s));
    QVERIFY(m_store->beginTurn(trashed, ModelMessage::request({MessagePart::userPrompt(u"mining again"_s)}),
                               MessageStatus::Queued));
    const int answer = m_store->loadStoredMessages(trashed)->at(1).seq;
    QVERIFY(
        m_store->rateMessage(trashed, answer, Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
    QCOMPARE(m_store->search(u"mining"_s)->size(), 3);
    QCOMPARE(m_store->sessionsWithUnsentTurns().value(), QStringList{trashed});

    m_now += 1000;
    QVERIFY(m_store->moveToTrash(trashed));
    QCOMPARE(m_store->sessionIds().value(), QStringList{kept});
    QCOMPARE(m_store->listSessionsAfter(std::nullopt, 10)->size(), 1);
    QVERIFY(m_store->search(u"mining"_s)->isEmpty());
    QCOMPARE(m_store->search(u"fishing"_s)->size(), 2);
    QCOMPARE(m_store->reviewSessions({}, ChatSource::ReviewColumn::Title, Qt::AscendingOrder)->size(), 1);
    QVERIFY(m_store->linkedSessions()->isEmpty());
    QVERIFY(m_store->sessionsWithUnsentTurns()->isEmpty());
    QVERIFY(m_store->sessionsWithUnsentRatings()->isEmpty());
    QVERIFY(m_store->unansweredTurns()->isEmpty());
    const auto refused = m_store->startTurn(trashed, ModelMessage::request({MessagePart::userPrompt(u"x"_s)}), 1000);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"Trash"_s), qPrintable(refused.error().message));
    QVERIFY(!m_store->claimTurn(trashed, 1000));
    // Kept, and listed in the Trash with when it went there.
    QCOMPARE(m_store->chat(trashed)->trashedAt.toMSecsSinceEpoch(), m_now);
    const auto inTrash = m_store->trashedSessions().value();
    QCOMPARE(inTrash.size(), 1);
    QCOMPARE(inTrash.constFirst().sessionId, trashed);
    QCOMPARE(m_store->loadStoredMessages(trashed)->size(), 3);
    QCOMPARE(auditActions().constLast(), u"trash"_s);
}

void TestTrash::restoringBringsItBackAndCallsOffTheServerDelete()
{
    const QString id = conversation(u"forestry"_s);
    QVERIFY(m_store->linkToServer(id, u"http://127.0.0.1:1"_s, u"v2"_s));
    QSignalSpy deleted(m_store.get(), &ChatSource::sessionDeleted);
    QSignalSpy created(m_store.get(), &ChatSource::sessionCreated);
    QVERIFY(m_store->moveToTrash(id, ChatStore::DeleteScope::AlsoOnServer));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(m_store->pendingServerDeletes()->size(), 1);

    QVERIFY(m_store->restoreFromTrash(id));
    QCOMPARE(created.size(), 1);
    QVERIFY(m_store->pendingServerDeletes()->isEmpty());
    QCOMPARE(m_store->sessionIds().value(), QStringList{id});
    QCOMPARE(m_store->search(u"forestry"_s)->size(), 2);
    QVERIFY(!m_store->chat(id)->trashedAt.isValid());
    QVERIFY(m_store->trashedSessions()->isEmpty());
    QVERIFY(m_store->startTurn(id, ModelMessage::request({MessagePart::userPrompt(u"and now?"_s)}), 1000));
    QCOMPARE(auditActions(), (QStringList{u"trash"_s, u"restore"_s}));
}

void TestTrash::deletingForGoodLeavesNoBytesInTheFile()
{
    const auto fileHolds = [this](const QByteArray &word) {
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes.contains(word);
    };
    const QString kept = conversation(u"Kilimanjaro"_s);
    const QString doomed = conversation(u"Zanzibarite"_s);
    QVERIFY(m_store->moveToTrash(doomed));
    // Until it is deleted for good, the file holds it (so the check below can fail).
    QVERIFY(fileHolds("Zanzibarite"));
    QCOMPARE(m_store->emptyTrash().value(), QStringList{doomed});
    QVERIFY(m_store->search(u"Zanzibarite"_s)->isEmpty());
    QCOMPARE(m_store->chat(doomed).error().code, Error::Code::NotFound);
    QVERIFY(m_store->trashedSessions()->isEmpty());
    m_store->close();
    QVERIFY(!fileHolds("Zanzibarite"));
    QVERIFY(!fileHolds("zanzibarite")); // nor the search index's folded words
    QVERIFY(fileHolds("Kilimanjaro"));
    QVERIFY(m_store->open(databasePath()));
    QCOMPARE(m_store->search(u"Kilimanjaro"_s)->size(), 2);
    QCOMPARE(m_store->sessionIds().value(), QStringList{kept});
    QCOMPARE(auditActions(), (QStringList{u"trash"_s, u"purge"_s}));

    // Several at once: one pass over the file; one on hold stays, and says so.
    const QString second = conversation(u"Lamu"_s);
    const QString held = conversation(u"Malindi"_s);
    QVERIFY(m_store->setOnHold(held, true));
    const auto some = m_store->deleteForGood({kept, held, second});
    QCOMPARE(some.error().code, Error::Code::OnHold);
    QVERIFY(!m_store->chat(kept));
    QVERIFY(!m_store->chat(second));
    QCOMPARE(m_store->sessionIds().value(), QStringList{held});
}

void TestTrash::theTrashEmptiesAfterItsPeriod()
{
    const QString early = conversation(u"early"_s);
    const QString late = conversation(u"late"_s);
    QVERIFY(m_store->moveToTrash(early));
    m_now += 10 * day;
    QVERIFY(m_store->moveToTrash(late));

    m_now += 20 * day - 1000; // early has been in the Trash a little under 30 days
    auto tidied = m_store->tidyRecords(0, 30);
    QVERIFY(tidied);
    QVERIFY(tidied->purged.isEmpty());
    QVERIFY(tidied->trashed.isEmpty());
    m_now += 2000;
    tidied = m_store->tidyRecords(0, 30);
    QCOMPARE(tidied->purged, QStringList{early});
    QCOMPARE(m_store->trashedSessions()->size(), 1);
    // Off (0): the Trash keeps what it has.
    m_now += 100 * day;
    QVERIFY(m_store->tidyRecords(0, 0)->purged.isEmpty());
    const AuditEntry last = m_store->auditTrail()->constLast();
    QCOMPARE(last.action, AuditAction::Purge);
    QCOMPARE(last.details.value(u"by"_s).toString(), u"trash_period"_s);
    QVERIFY2(last.describe().contains(u"30 days"_s), qPrintable(last.describe()));
}

void TestTrash::retentionSparesPinnedAndHeldConversations()
{
    const QString plain = conversation(u"plain"_s);
    const QString pinned = conversation(u"pinned"_s);
    const QString held = conversation(u"held"_s);
    QVERIFY(m_store->setPinned(pinned, true));
    QVERIFY(m_store->setOnHold(held, true));
    m_now += 89 * day;
    QVERIFY(m_store->tidyRecords(90, 30)->trashed.isEmpty());
    m_now += 2 * day;
    QCOMPARE(m_store->retentionOutlook(90)->dueNow, 1);
    const auto tidied = m_store->tidyRecords(90, 30);
    QCOMPARE(tidied->trashed, QStringList{plain});
    QVERIFY(tidied->purged.isEmpty()); // in the Trash only now
    QCOMPARE(m_store->sessionIds()->size(), 2);
    const AuditEntry last = m_store->auditTrail()->constLast();
    QCOMPARE(last.action, AuditAction::Trash);
    QCOMPARE(last.details.value(u"by"_s).toString(), u"retention"_s);
    QVERIFY2(last.describe().contains(u"90 days"_s), qPrintable(last.describe()));
    // Off: nothing goes.
    m_now += 1000 * day;
    QVERIFY(m_store->tidyRecords(0, 0)->trashed.isEmpty());
}

void TestTrash::theOutlookSaysWhatGoesAndWhen()
{
    const QString older = conversation(u"older"_s);
    m_now += 5 * day;
    // Activity is stamped by the wall clock; the newer conversation is younger by a few milliseconds.
    QTest::qWait(5);
    const QString newer = conversation(u"newer"_s);
    QVERIFY(m_store->retentionOutlook(0)->dueNowFirst.isEmpty());
    auto outlook = m_store->retentionOutlook(30).value();
    QCOMPARE(outlook.dueNow, 0);
    QCOMPARE(outlook.next->sessionId, older);
    QCOMPARE(outlook.nextAt, m_store->chat(older)->updatedAt.addDays(30));
    outlook = m_store->retentionOutlook(3).value();
    QCOMPARE(outlook.dueNow, 2);
    QCOMPARE(outlook.dueNowFirst.size(), 2);
    QCOMPARE(outlook.dueNowFirst.constFirst().sessionId, older);
    QVERIFY(!outlook.next);
    QCOMPARE(newer.isEmpty(), false);
}

void TestTrash::aHoldBlocksEveryDeletePath()
{
    const QString id = conversation(u"audit"_s);
    QVERIFY(m_store->linkToServer(id, u"http://127.0.0.1:1"_s, u"v2"_s));
    QVERIFY(m_store->moveToTrash(id, ChatStore::DeleteScope::AlsoOnServer));
    QCOMPARE(m_store->pendingServerDeletes()->size(), 1);
    // A hold placed after the delete was queued: sync does not send it, the Trash keeps it.
    QSignalSpy holds(m_store.get(), &ChatSource::holdChanged);
    QVERIFY(m_store->setOnHold(id, true));
    QCOMPARE(holds.size(), 1);
    QVERIFY(m_store->chat(id)->onHold);
    QVERIFY(m_store->pendingServerDeletes()->isEmpty());
    QVERIFY(m_store->emptyTrash()->isEmpty());
    QCOMPARE(m_store->deleteChatSession(id).error().code, Error::Code::OnHold);
    QVERIFY(m_store->restoreFromTrash(id));
    const auto refused = m_store->moveToTrash(id);
    QCOMPARE(refused.error().code, Error::Code::OnHold);
    QVERIFY2(refused.error().message.contains(u"legal hold"_s), qPrintable(refused.error().message));
    m_now += 1000 * day;
    QVERIFY(m_store->tidyRecords(1, 1)->trashed.isEmpty());
    // Nor can another program (or a path the app forgot) get round it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(databasePath());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(!query.exec(u"DELETE FROM chats"_s));
        QVERIFY2(query.lastError().text().contains(u"legal hold"_s), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(u"UPDATE chats SET trashed_at = 1"_s));
        QVERIFY(!query.exec(u"INSERT INTO server_deletes VALUES ('%1', 'x', 'v2', 1)"_s.arg(id)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QCOMPARE(m_store->sessionIds().value(), QStringList{id});

    QVERIFY(m_store->setOnHold(id, false));
    QVERIFY(!m_store->chat(id)->onHold);
    QVERIFY(m_store->deleteChatSession(id));
    QCOMPARE(auditActions(), (QStringList{u"trash"_s, u"hold"_s, u"restore"_s, u"release"_s, u"delete"_s}));
}

void TestTrash::aHoldOnAllBlocksEveryConversation()
{
    const QString first = conversation(u"first"_s);
    const QString second = conversation(u"second"_s);
    QVERIFY(m_store->moveToTrash(first));
    QVERIFY(m_store->setHoldAll(true));
    QVERIFY(m_store->holdAll().value());
    QVERIFY(m_store->chat(second)->onHold);
    QCOMPARE(m_store->moveToTrash(second).error().code, Error::Code::OnHold);
    QCOMPARE(m_store->deleteChatSession(second).error().code, Error::Code::OnHold);
    QVERIFY(m_store->emptyTrash()->isEmpty());
    m_now += 1000 * day;
    const auto tidied = m_store->tidyRecords(1, 1);
    QVERIFY(tidied->trashed.isEmpty());
    QVERIFY(tidied->purged.isEmpty());
    QCOMPARE(m_store->retentionOutlook(1)->dueNow, 0);

    QVERIFY(m_store->setHoldAll(false));
    QCOMPARE(m_store->emptyTrash().value(), QStringList{first});
    const auto entries = m_store->auditTrail().value();
    QVERIFY(entries.at(1).details.value(u"all"_s).toBool());
    QVERIFY2(entries.at(1).describe().contains(u"every conversation"_s), qPrintable(entries.at(1).describe()));
}

void TestTrash::aVersionGoesWithItsConversation()
{
    const QString id = conversation(u"versions"_s);
    const auto version = m_store->startVersion(id, 1, VersionKind::Edit);
    QVERIFY(version);
    QVERIFY(m_store->setOnHold(version->sessionId, true));
    QVERIFY(m_store->chat(id)->onHold);
    QCOMPARE(m_store->moveToTrash(id).error().code, Error::Code::OnHold);
    QVERIFY(m_store->setOnHold(id, false));
    QVERIFY(m_store->moveToTrash(version->sessionId));
    QVERIFY(m_store->chat(id)->trashedAt.isValid());
    QVERIFY(m_store->chat(version->sessionId)->trashedAt.isValid());
    QVERIFY(m_store->sessionIds()->isEmpty());
    QCOMPARE(m_store->emptyTrash().value(), QStringList{id});
    QCOMPARE(m_store->chat(version->sessionId).error().code, Error::Code::NotFound);
}

void TestTrash::theTrashModelSaysWhatHappensNext()
{
    const QString kept = conversation(u"kept"_s);
    const QString held = conversation(u"held"_s);
    QVERIFY(m_store->moveToTrash(kept));
    QVERIFY(m_store->moveToTrash(held));
    QVERIFY(m_store->setOnHold(held, true));
    TrashModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(m_store->trashedSessions().value(), 30);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TrashModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const bool onHold = index.data(TrashModel::OnHoldRole).toBool();
        QCOMPARE(onHold, index.data(TrashModel::SessionIdRole).toString() == held);
        // Held: kept; otherwise deleted for good 30 days after it went to the Trash.
        QCOMPARE(index.data(TrashModel::DeletedAtRole).toDateTime(),
                 onHold ? QDateTime() : index.data(TrashModel::TrashedAtRole).toDateTime().addDays(30));
        QVERIFY(
            model.index(row, TrashModel::FateColumn).data().toString().startsWith(onHold ? u"Kept"_s : u"Deleted"_s));
    }
    model.setSessions({}, 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.roleNames().values().contains("deletedAt"));
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
