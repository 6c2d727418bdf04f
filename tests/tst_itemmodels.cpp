#include "messagelistmodel.h"
#include "searchresultmodel.h"
#include "sessionlistmodel.h"
#include "sessiontablemodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<ModelMessage> turn(const QString &question, const QString &answer)
{
    ModelMessage response = ModelMessage::response({MessagePart::text(answer)}, u"m"_s);
    GovStackExtras extras;
    extras.sources << Source{u"BRS"_s, u"https://example.gov/brs"_s, {}};
    extras.confidence = 0.3;
    extras.followUpQuestions << FollowUpQuestion{u"What are the fees?"_s, 0.9};
    response.setGovStackExtras(extras);
    return {ModelMessage::request({MessagePart::userPrompt(question)}), response};
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sessionsPassTheModelTesterEmptyAndFull();
    void sessionsLoadInPages();
    void storedTurnMovesItsSessionWithoutReset();
    void sessionsAreGroupedByDay();
    void filterMatchesTitles();
    void deleteAndPinFollowTheStore();
    void messagesPassTheModelTester();
    void aRatingChangesOneRow();
    void messagesOpenAtTheEndAndLoadBackwards();
    void messagesOpenAroundAnOldMessage();
    void messagesWindowFollowsTheNewestWhenATurnGoesOut();
    void messagesFollowTurnsAndStreaming();
    void messagesFollowSyncRewritesAndRatings();
    void anAnswerWithItsStepsIsOneRowAcrossPages();
    void versionsPassTheModelTesters();
    void searchResultsPassTheModelTester();
    void sessionTablePassesTheModelTesterAndSorts();
    void sessionTableSortsInTheStoresOrderWithoutAskingIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestStore> m_store;
    /// A session of @p count question-and-answer turns, q0/a0 first.
    QString sessionOfTurns(int count);
};

void TestItemModels::versionsPassTheModelTesters()
{
    const QString id = sessionOfTurns(3);
    SessionListModel sessions(m_store.get());
    QAbstractItemModelTester sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageListModel messages(m_store.get());
    QAbstractItemModelTester messageTester(&messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.setSession(id);
    QCOMPARE(messages.rowCount(), 6);
    QCOMPARE(messages.index(2).data(MessageListModel::VersionCountRole).toInt(), 1);
    QCOMPARE(messages.index(2).data(MessageListModel::VersionRole).toInt(), 0);

    // A version of question 2, written as the window writes it: the list keeps one row, the
    // conversation's, which moves to the top with the version's activity.
    const QString other = m_store->createChatSession(u"u"_s).value();
    QVERIFY(m_store->saveMessages(other, turn(u"other"_s, u"x"_s)));
    QCOMPARE(sessions.rowOf(other), 0);
    QTest::qWait(2);
    const StartedVersion edited = m_store->startVersion(id, 2, VersionKind::Edit).value();
    QVERIFY(m_store->saveMessages(edited.sessionId, turn(u"q1 edited"_s, u"e1"_s)));
    QCOMPARE(sessions.rowCount(), 2);
    QCOMPARE(sessions.rowOf(edited.sessionId), -1);
    QCOMPARE(sessions.rowOf(id), 0);
    QCOMPARE(sessions.index(0).data(SessionListModel::PreviewRole).toString(), u"e1"_s);

    messages.setSession(edited.sessionId);
    QCOMPARE(messages.rowCount(), 4);
    QCOMPARE(messages.index(2).data().toString(), u"q1 edited"_s);
    QCOMPARE(messages.index(2).data(MessageListModel::VersionRole).toInt(), 2);
    QCOMPARE(messages.index(2).data(MessageListModel::VersionCountRole).toInt(), 2);
    QCOMPARE(messages.index(2).data(MessageListModel::VersionSessionsRole).toStringList(),
             QStringList({id, edited.sessionId}));
    QCOMPARE(messages.index(3).data(MessageListModel::VersionCountRole).toInt(), 1); // one answer to the edit
    QCOMPARE(messages.index(0).data(MessageListModel::VersionCountRole).toInt(), 1);
    QCOMPARE(messages.roleNames().value(MessageListModel::VersionRole), "version");

    // A version made by another process shows in the counters once the change is heard of.
    QVERIFY(m_store->startVersion(edited.sessionId, 2, VersionKind::Edit));
    QCOMPARE(messages.index(2).data(MessageListModel::VersionCountRole).toInt(), 2);
    Q_EMIT m_store->externalChangeDetected();
    QCOMPARE(messages.index(2).data(MessageListModel::VersionCountRole).toInt(), 3);
}

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<TestStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"chats.sqlite"_s)));
}

void TestItemModels::sessionsPassTheModelTesterEmptyAndFull()
{
    SessionListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_store->saveMessages(m_store->createChatSession(u"u"_s).value(), turn(u"q%1"_s.arg(i), u"a"_s)));
        QTest::qWait(2); // activity is kept to the millisecond
    }
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.roleNames().value(SessionListModel::PreviewRole), "preview");
    QCOMPARE(model.roleNames().value(SessionListModel::SyncStateRole), "syncState");
    const QModelIndex top = model.index(0);
    QCOMPARE(top.data(SessionListModel::TitleRole).toString(), u"q4"_s);
    QCOMPARE(top.data(SessionListModel::PreviewRole).toString(), u"a"_s);
    QCOMPARE(top.data(SessionListModel::MessageCountRole).toInt(), 2);
    QCOMPARE(top.data(SessionListModel::BackendRole).toString(), u"govstack"_s);
}

void TestItemModels::sessionsLoadInPages()
{
    for (int i = 0; i < SessionListModel::pageSize + 30; ++i)
        QVERIFY(m_store->createChatSession(u"u"_s));
    SessionListModel model(m_store.get());
    QCOMPARE(model.rowCount(), SessionListModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), SessionListModel::pageSize + 30);
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));

    SessionListModel fetchedByTester(m_store.get());
    QAbstractItemModelTester tester(&fetchedByTester, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QCOMPARE(fetchedByTester.rowCount(), SessionListModel::pageSize + 30);
    QCOMPARE(model.index(0).data(SessionListModel::TitleRole).toString(), u"New conversation"_s);
}

void TestItemModels::storedTurnMovesItsSessionWithoutReset()
{
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << m_store->createChatSession(u"u"_s).value();
        QVERIFY(m_store->saveMessages(ids.last(), turn(u"q%1"_s.arg(i), u"a"_s)));
        QTest::qWait(2);
    }
    SessionListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowOf(ids.first()), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(m_store->saveMessages(ids.first(), turn(u"again"_s, u"new preview"_s)));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.rowOf(ids.first()), 0);
    QCOMPARE(model.index(0).data(SessionListModel::PreviewRole).toString(), u"new preview"_s);
    QCOMPARE(model.index(0).data(SessionListModel::MessageCountRole).toInt(), 4);
    QVERIFY(changed.size() >= 1);

    // A new session appears at the top, again without a reset.
    QTest::qWait(2);
    const QString fresh = m_store->createChatSession(u"u"_s).value();
    QCOMPARE(model.rowOf(fresh), 0);
    QCOMPARE(reset.size(), 0);
}

void TestItemModels::sessionsAreGroupedByDay()
{
    const QDate today(2026, 11, 25);
    const auto session = [](const QDate &day, bool pinned = false) {
        ChatSession s;
        s.updatedAt = QDateTime(day, QTime(12, 0)).toUTC();
        s.pinned = pinned;
        return s;
    };
    QCOMPARE(SessionListModel::groupLabel(session(today), today), u"Today"_s);
    QCOMPARE(SessionListModel::groupLabel(session(today.addDays(-1)), today), u"Yesterday"_s);
    QCOMPARE(SessionListModel::groupLabel(session(today.addDays(-5)), today), u"This week"_s);
    QCOMPARE(SessionListModel::groupLabel(session(today.addDays(-30)), today), u"Older"_s);
    QCOMPARE(SessionListModel::groupLabel(session(today.addDays(-30), true), today), u"Pinned"_s);

    QVERIFY(m_store->createChatSession(u"u"_s));
    SessionListModel model(m_store.get());
    QCOMPARE(model.index(0).data(SessionListModel::GroupRole).toString(), u"Today"_s);
    model.setToday(QDate::currentDate().addDays(2));
    QCOMPARE(model.index(0).data(SessionListModel::GroupRole).toString(), u"This week"_s);
}

void TestItemModels::filterMatchesTitles()
{
    for (const QString &title : {u"Usajili wa biashara"_s, u"KRA PIN"_s, u"Business permit"_s})
        QVERIFY(m_store->saveMessages(m_store->createChatSession(u"u"_s).value(), turn(title, u"a"_s)));
    SessionListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(u"usaj"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), u"Usajili wa biashara"_s);
    // A session that stops matching leaves the filtered list.
    QVERIFY(m_store->renameSession(model.sessionAt(0).sessionId, u"Land records"_s));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 3);
}

void TestItemModels::deleteAndPinFollowTheStore()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << m_store->createChatSession(u"u"_s).value();
        QTest::qWait(2);
    }
    SessionListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->setPinned(ids.first(), true));
    QCOMPARE(model.rowOf(ids.first()), 0);
    QVERIFY(model.index(0).data(SessionListModel::PinnedRole).toBool());
    QCOMPARE(model.index(0).data(SessionListModel::GroupRole).toString(), u"Pinned"_s);
    QVERIFY(m_store->deleteChatSession(ids.at(1)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(ids.at(1)), -1);
}

void TestItemModels::messagesFollowSyncRewritesAndRatings()
{
    const QString id = m_store->createChatSession(u"u"_s).value();
    QVERIFY(m_store->saveMessages(id, turn(u"q"_s, u"a"_s)));
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(MessageListModel::RatingRole).toInt(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->rateMessage(id, 1, Rating{Rating::thumbsUp, u"Clear"_s, QDateTime::currentDateTimeUtc(), false}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1).data(MessageListModel::RatingRole).toInt(), Rating::thumbsUp);
    QCOMPARE(model.index(1).data(MessageListModel::RatingCommentRole).toString(), u"Clear"_s);
    QVERIFY(!model.index(1).data(MessageListModel::RatingSentRole).toBool());
    QCOMPARE(model.roleNames().value(MessageListModel::RatingRole), "rating");

    // Sync replaces the answer with the server's trace: the view reads the session again.
    HistoryMerge merge;
    merge.replaceFromTurn = 0;
    const QList<ModelMessage> exchange = turn(u"q"_s, u"a"_s);
    merge.tail
        << StoredMessage{0, 0, MessageStatus::Ok, {}, {}, exchange.at(0), u"s1"_s, {}}
        << StoredMessage{0,
                         0,
                         MessageStatus::Ok,
                         {},
                         {},
                         ModelMessage::response({MessagePart::toolCall(u"search"_s, QJsonObject{}, u"c1"_s)}, {}),
                         {},
                         {}}
        << StoredMessage{0,
                         0,
                         MessageStatus::Ok,
                         {},
                         {},
                         exchange.at(1),
                         u"s2"_s,
                         Rating{Rating::thumbsUp, u"Clear"_s, QDateTime::currentDateTimeUtc(), true}};
    // The trace joins the answer's card, changed in place: no rows come or go under the reader.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    changed.clear();
    QVERIFY(m_store->applyMerge(id, merge));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.size() + inserted.size(), 0);
    QCOMPARE(changed.size(), 2); // the question got its server id too
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
    const QModelIndex answer = model.index(1);
    QCOMPARE(answer.data(MessageListModel::BlocksRole).toList().size(), 1);
    QCOMPARE(answer.data(MessageListModel::TextRole).toString(), u"a"_s);
    QCOMPARE(answer.data(MessageListModel::SenderRole).toString(), u"assistant"_s);
    QCOMPARE(answer.data(MessageListModel::ServerIdRole).toString(), u"s2"_s);
    QVERIFY(answer.data(MessageListModel::RatingSentRole).toBool());
}

void TestItemModels::anAnswerWithItsStepsIsOneRowAcrossPages()
{
    // One question answered after 30 tool calls and their results: 62 messages, more than a page.
    const QString id = m_store->createChatSession(u"u"_s).value();
    QList<ModelMessage> messages{ModelMessage::request({MessagePart::userPrompt(u"Permit fees?"_s)})};
    for (int i = 0; i < 30; ++i) {
        const QString call = u"c%1"_s.arg(i);
        messages << ModelMessage::response({MessagePart::toolCall(u"permit_fee_schedule"_s, QJsonObject{}, call)}, {})
                 << ModelMessage::request({MessagePart::toolReturn(u"permit_fee_schedule"_s, u"{}"_s, call)});
    }
    messages << turn(u"unused"_s, u"KES 5,000."_s).at(1);
    HistoryMerge oneTurn; // as sync stores a server's trace: every message in the question's turn
    oneTurn.replaceFromTurn = 0;
    for (const ModelMessage &message : std::as_const(messages))
        oneTurn.tail << StoredMessage{0, 0, MessageStatus::Ok, {}, {}, message, {}, {}};
    QVERIFY(m_store->applyMerge(id, oneTurn));
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    QCOMPARE(model.rowCount(), 1); // the newest page holds only part of the answer
    QVERIFY(model.canLoadOlder());
    model.loadOlder();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Permit fees?"_s);
    const QModelIndex answer = model.index(1);
    QCOMPARE(answer.data().toString(), u"KES 5,000."_s);
    QCOMPARE(answer.data(MessageListModel::BlocksRole).toList().size(), 60);
    QCOMPARE(answer.data(MessageListModel::SeqRole).toInt(), 61); // the reply, which is rated
    QCOMPARE(answer.data(MessageListModel::FollowUpsRole).toStringList(), QStringList{u"What are the fees?"_s});
    QCOMPARE(model.showAround(30), 1); // a step is found in its answer
}

void TestItemModels::searchResultsPassTheModelTester()
{
    const QString id = m_store->createChatSession(u"u"_s).value();
    QVERIFY(m_store->saveMessages(id, turn(u"Kibali cha ujenzi"_s, u"Kibali hutolewa na kaunti"_s)));
    SearchResultModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(u"kibali"_s);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(SearchResultModel::SessionIdRole).toString(), id);
    QCOMPARE(model.index(0).data(SearchResultModel::TitleRole).toString(), u"Kibali cha ujenzi"_s);
    QVERIFY(model.index(0).data(SearchResultModel::TimestampRole).toDateTime().isValid());
    QCOMPARE(model.roleNames().value(SearchResultModel::SnippetRole), "snippet");
    ReviewFilter rated;
    rated.ratedOnly = true;
    model.setQuery(u"kibali"_s, rated);
    QTRY_COMPARE(model.rowCount(), 0);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::sessionTablePassesTheModelTesterAndSorts()
{
    SessionTableModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The rows arrive after the question: each change waits for them.
    const auto settled = [&model](const auto &change) {
        QSignalSpy ready(&model, &SessionTableModel::rowsReady);
        change();
        return !ready.isEmpty() || ready.wait(5000);
    };
    QCOMPARE(model.rowCount(), 0);
    const QString few = m_store->createChatSession(u"zawadi"_s).value();
    QVERIFY(m_store->saveMessages(few, turn(u"a"_s, u"b"_s)));
    QTest::qWait(2);
    const QString many = m_store->createChatSession(u"amani"_s, Backend::OpenAI).value();
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->saveMessages(many, turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))));
    QTRY_COMPARE(model.rowCount(), 2); // follows the store
    QCOMPARE(model.columnCount(), int(SessionTableModel::ColumnCount));
    QVERIFY(settled([&] { model.sort(SessionTableModel::Messages, Qt::AscendingOrder); }));
    QCOMPARE(model.index(0, 0).data(SessionTableModel::SessionIdRole).toString(), few);
    QCOMPARE(model.index(1, SessionTableModel::Messages).data().toInt(), 6);
    QVERIFY(settled([&] { model.sort(SessionTableModel::UserId, Qt::AscendingOrder); }));
    QCOMPARE(model.index(0, SessionTableModel::UserId).data().toString(), u"amani"_s);
    QCOMPARE(model.index(0, SessionTableModel::Backend).data().toString(), u"OpenAI-compatible"_s);
    ReviewFilter govstack;
    govstack.backend = Backend::GovStack;
    QVERIFY(settled([&] { model.setFilter(govstack); }));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_store->deleteChatSession(few));
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestItemModels::aRatingChangesOneRow()
{
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = m_store->createChatSession(u"u"_s).value();
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_store->saveMessages(id, turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))));
    model.setSession(id);
    const QModelIndex answer = model.index(5);
    const quint64 before = answer.data(MessageListModel::RevisionRole).toULongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_store->rateMessage(id, answer.data(MessageListModel::SeqRole).toInt(),
                                 Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), answer);
    QCOMPARE(changed.first().at(1).toModelIndex(), answer);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(answer.data(MessageListModel::RatingRole).toInt(), Rating::thumbsUp);
    QVERIFY(answer.data(MessageListModel::RevisionRole).toULongLong() != before); // views lay it out anew
}

void TestItemModels::messagesPassTheModelTester()
{
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QString id = m_store->createChatSession(u"u"_s).value();
    for (int i = 0; i < 40; ++i)
        QVERIFY(m_store->saveMessages(id, turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))));
    model.setSession(id);
    QCOMPARE(model.rowCount(), MessageListModel::pageSize);
    QVERIFY(!model.canFetchMore({})); // views must not page it from the bottom
    model.loadOlder();
    QCOMPARE(model.rowCount(), 80);
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(MessageListModel::SenderRole).toString(), u"assistant"_s);
    QCOMPARE(last.data(MessageListModel::TextRole).toString(), u"a39"_s);
    QCOMPARE(last.data(MessageListModel::SourcesRole).toList().size(), 1);
    QCOMPARE(last.data(MessageListModel::ConfidenceRole).toDouble(), 0.3);
    QCOMPARE(last.data(MessageListModel::FollowUpsRole).toStringList(), QStringList{u"What are the fees?"_s});
    QVERIFY(model.setData(last, true, MessageListModel::ExpandedRole));
    QVERIFY(last.data(MessageListModel::ExpandedRole).toBool());
    QCOMPARE(model.roleNames().value(MessageListModel::FollowUpsRole), "followUps");
}

void TestItemModels::messagesOpenAtTheEndAndLoadBackwards()
{
    const QString id = sessionOfTurns(60);
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    QCOMPARE(model.index(0).data().toString(), u"q35"_s);
    QVERIFY(model.canLoadOlder());
    model.loadOlder();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0).data().toString(), u"q10"_s);
    model.loadOlder();
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.index(0).data().toString(), u"q0"_s);
    QVERIFY(!model.canLoadOlder());
}

void TestItemModels::messagesOpenAroundAnOldMessage()
{
    const QString id = sessionOfTurns(60);
    const int oldSeq = m_store->loadStoredMessages(id).value().at(60).seq; // q30
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    const int turnId = m_store->beginTurn(id, turn(u"q60"_s, {}).at(0)).value();
    model.beginPending(turnId);
    QCOMPARE(model.rowCount(), MessageListModel::pageSize + 2);

    // One page around the hit, not every page after it; the awaited answer waits below the window.
    const int row = model.showAround(oldSeq);
    QCOMPARE(row, MessageListModel::pageSize / 2);
    QCOMPARE(model.rowCount(), MessageListModel::pageSize + 1);
    QCOMPARE(model.index(row).data().toString(), u"q30"_s);
    QCOMPARE(model.index(0).data().toString(), u"a17"_s);
    QVERIFY(model.canLoadOlder());
    QVERIFY(!model.reachesNewest());
    QVERIFY(model.isPending());
    QCOMPARE(model.showAround(oldSeq), row); // loaded already: nothing is read again

    // Newer pages follow down to the newest message, then the awaited answer's row.
    model.loadNewer();
    QVERIFY(model.reachesNewest());
    QCOMPARE(model.index(model.rowCount() - 2).data().toString(), u"q60"_s);
    QVERIFY(model.index(model.rowCount() - 1).data(MessageListModel::PendingRole).toBool());
    model.loadOlder();
    QCOMPARE(model.index(0).data().toString(), u"q0"_s);
    QVERIFY(!model.canLoadOlder());
    QCOMPARE(model.showAround(-7), -1);
}

void TestItemModels::messagesWindowFollowsTheNewestWhenATurnGoesOut()
{
    const QString id = sessionOfTurns(60);
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    model.showAround(m_store->loadStoredMessages(id).value().at(2).seq);
    const int rows = model.rowCount();
    const int turnId = m_store->beginTurn(id, turn(u"q60"_s, {}).at(0)).value();
    QCOMPARE(model.rowCount(), rows); // not below an old page, where it does not belong

    model.beginPending(turnId);
    QVERIFY(model.reachesNewest());
    QCOMPARE(model.index(model.rowCount() - 2).data().toString(), u"q60"_s);
    QVERIFY(model.index(model.rowCount() - 1).data(MessageListModel::PendingRole).toBool());
}

void TestItemModels::messagesFollowTurnsAndStreaming()
{
    const QString id = m_store->createChatSession(u"u"_s).value();
    MessageListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(id);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QList<ModelMessage> exchange = turn(u"Habari?"_s, u"Salama."_s);
    const int turnId = m_store->beginTurn(id, exchange.at(0)).value();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MessageListModel::StatusRole).toString(), u"pending"_s);

    model.beginPending(turnId);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(1).data(MessageListModel::PendingRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendStreamedText(turnId, u"Sal"_s);
    model.appendStreamedText(turnId, u"ama"_s);
    QCOMPARE(model.index(1).data().toString(), u"Salama"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1); // only the streaming row changes

    model.endPending();
    QVERIFY(m_store->failTurn(id, turnId, u"timeout"_s, u"The server did not answer in time."_s));
    QCOMPARE(model.index(0).data(MessageListModel::StatusRole).toString(), u"failed"_s);
    QCOMPARE(model.index(0).data(MessageListModel::ErrorRole).toString(), u"The server did not answer in time."_s);

    QVERIFY(m_store->retryTurn(id, turnId));
    QVERIFY(m_store->completeTurn(id, turnId, exchange.at(1)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(MessageListModel::StatusRole).toString(), u"ok"_s);
    QCOMPARE(model.index(1).data().toString(), u"Salama."_s);
    QCOMPARE(reset.size(), 0);
}

void TestItemModels::sessionTableSortsInTheStoresOrderWithoutAskingIt()
{
    // Ties (equal counts, languages, ratings) and titles differing only in case.
    const QStringList titles{u"kibali cha biashara"_s, u"Kibali cha biashara"_s, u"Ada ya leseni"_s, u"zawadi"_s};
    for (int i = 0; i < titles.size(); ++i) {
        const QString id = m_store->createChatSession(u"user%1"_s.arg(i % 2), Backend(i % 2)).value();
        for (int t = 0; t <= i % 2; ++t)
            QVERIFY(m_store->saveMessages(id, turn(titles.at(i), u"jibu"_s)));
        QVERIFY(m_store->renameSession(id, titles.at(i)));
        if (i == 2)
            QVERIFY(m_store->rateMessage(id, 1, Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
        QTest::qWait(2);
    }
    SessionTableModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), titles.size());
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order); // in order at once: no question to the store, no event loop
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << model.index(row, 0).data(SessionTableModel::SessionIdRole).toString();
            QStringList stored;
            for (const SessionSummary &summary :
                 m_store->reviewSessions({}, ChatSource::ReviewColumn(column), order).value())
                stored << summary.session.sessionId;
            QCOMPARE(shown, stored);
        }
    }

    // A change that keeps the order changes its row, not the whole table.
    model.sort(SessionTableModel::Title, Qt::AscendingOrder);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ready(&model, &SessionTableModel::rowsReady);
    const QString first = model.index(0, 0).data(SessionTableModel::SessionIdRole).toString();
    QVERIFY(m_store->saveMessages(first, turn(u"swali"_s, u"jibu"_s)));
    QVERIFY(ready.wait(5000));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, SessionTableModel::Messages).data().toInt(), 4);
}

QString TestItemModels::sessionOfTurns(int count)
{
    const QString id = m_store->createChatSession(u"u"_s).value();
    for (int i = 0; i < count; ++i) {
        if (!m_store->saveMessages(id, turn(u"q%1"_s.arg(i), u"a%1"_s.arg(i))))
            qFatal("could not store a turn");
    }
    return id;
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
