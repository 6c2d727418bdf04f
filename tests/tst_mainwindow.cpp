#include "chatview.h"
#include "composer.h"
#include "connectiontester.h"
#include "conversationreader.h"
#include "credentialstore.h"
#include "exportverifier.h"
#include "fakegovstackserver.h"
#include "govstackbackend.h"
#include "mainwindow.h"
#include "managedpolicy.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "messagestate.h"
#include "printcommands.h"
#include "pydanticaicodec.h"
#include "recordactions.h"
#include "recordcommands.h"
#include "relativetime.h"
#include "reviewfilterbar.h"
#include "reviewwindow.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"
#include "sessioncontroller.h"
#include "sessionfiles.h"
#include "sessionlistmodel.h"
#include "sessiontablemodel.h"
#include "settingsdialog.h"
#include "signingkeys.h"
#include "storethread.h"
#include "syncengine.h"
#include "teststore.h"
#include "trashdialog.h"
#include "trashmodel.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The real window over a real store, talking to a GovStack server in this process.
struct Harness {
    Harness()
        : backend(&network, GovStackBackend::Config{server.url(), GovStackBackend::Profile::V2, {}, 2s})
    {
        if (!store.open(dir.filePath(u"chats.sqlite"_s)))
            qFatal("cannot open the test database");
        // As the app runs it: searches, the review table and imports on the store's own thread.
        store.setBackgroundThread(&storeThread);
    }

    /// Opens the conversation and waits for its newest page (read on the store's thread).
    void openSession(const QString &sessionId)
    {
        window->openSession(sessionId);
        QTRY_VERIFY(messageModel()->rowCount() > 0);
    }
    /// A stored conversation of @p messages, open in the shown window; its id, empty when it could not be stored.
    QString showConversation(const QList<ModelMessage> &messages)
    {
        const QString id = store.createChatSession(u"u"_s).value();
        if (!store.saveMessages(id, messages))
            return {};
        show();
        openSession(id);
        return id;
    }

    /// File → New Chat: a draft, stored with its first message, the keyboard in the message box.
    void newChat()
    {
        window->newChat();
        QVERIFY(window->currentSessionId().isEmpty());
        QVERIFY(composer()->hasFocus());
    }

    void show()
    {
        window.reset();
        sync.reset();
        controller = std::make_unique<SessionController>(&store, &backend,
                                                         SessionController::Options{u"ui-user"_s, u"en"_s, {}});
        sync = std::make_unique<SyncEngine>(&store, controller.get(), SyncEngine::Options{u"ui-user"_s});
        sync->setServer(&backend);
        MainWindow::Context context;
        context.store = &store;
        context.controller = controller.get();
        context.userId = u"ui-user"_s;
        context.settings.govStackUrl = server.url();
        context.credentials = &credentials;
        context.tester = &tester;
        context.firstRun = firstRun;
        context.sync = sync.get();
        context.signingKeys = &signingKeys;
        context.policy = policy ? &*policy : nullptr;
        window = std::make_unique<MainWindow>(context);
        if (!placedByWindow && !QSettings().contains(u"window/geometry"_s))
            window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // The sidebar's first page comes from the store's thread.
        const int stored = int(store.sessionIds().valueOr(QStringList{}).size());
        QTRY_COMPARE(sessions()->model()->rowCount(), std::min(stored, int(SessionListModel::pageSize)));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }
    QListView *messages() const { return find<QListView>(u"messageList"_s); }
    QListView *sessions() const { return find<QListView>(u"sessionList"_s); }
    Composer *composer() const { return find<Composer>(u"composer"_s); }
    QAbstractItemModel *messageModel() const { return messages()->model(); }

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(messages()->viewport());
        option.rect = messages()->visualRect(index);
        option.font = messages()->font();
        option.fontMetrics = messages()->fontMetrics();
        return option;
    }
    MessageDelegate *messageDelegate() const { return static_cast<MessageDelegate *>(messages()->itemDelegate()); }

    void clickInMessages(const QPoint &point) const
    {
        QTest::mouseClick(messages()->viewport(), Qt::LeftButton, {}, point);
    }
    /// Where the message at @p row shows its control of @p kind; null when it has none.
    QRect controlRect(int row, MessageControl::Kind kind) const
    {
        const QModelIndex index = messageModel()->index(row, 0);
        for (const MessageControl &control : messageDelegate()->controlsOf(optionFor(index), index)) {
            if (control.kind == kind)
                return control.rect;
        }
        return {};
    }
    QString textAt(int row) const { return messageModel()->index(row, 0).data().toString(); }
    int versionAt(int row) const { return messageModel()->index(row, 0).data(MessageListModel::VersionRole).toInt(); }
    int versionsAt(int row) const
    {
        return messageModel()->index(row, 0).data(MessageListModel::VersionCountRole).toInt();
    }

    QTemporaryDir dir;
    TestStore store;
    StoreThread storeThread{dir.filePath(u"chats.sqlite"_s)};
    FakeGovStackServer server;
    QNetworkAccessManager network;
    GovStackBackend backend;
    CredentialStore credentials;
    SigningKeys signingKeys{&credentials};
    std::optional<ManagedPolicy> policy;
    ConnectionTester tester{&network};
    bool firstRun = false;
    /// The window takes the size and place of a first start.
    bool placedByWindow = false;
    std::unique_ptr<SessionController> controller;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<MainWindow> window;

    /// Waits for the sync pass under way to end.
    void waitForSync() const { QTRY_VERIFY_WITH_TIMEOUT(!sync->isRunning(), 10000); }
};

QList<ModelMessage> fixture(const QString &name)
{
    QFile file(QStringLiteral(GOVSTACK_TEST_DATA "/pydantic-ai/") + name);
    file.open(QIODevice::ReadOnly);
    return PydanticAiCodec::decodeHistory(file.readAll()).value();
}

/// Clicks the button of @p role in the next message box, and reports its text.
void answerNextMessageBox(QString *text, QMessageBox::ButtonRole role)
{
    // Looks until the box is there: work on the store's thread may show it later than at once.
    auto *poll = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, text, role] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 1500)
                poll->deleteLater();
            return;
        }
        poll->deleteLater();
        poll->stop();
        *text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    });
    poll->start(20);
}

/// Accepts the next message box, and reports its text.
void acceptNextMessageBox(QString *text)
{
    answerNextMessageBox(text, QMessageBox::AcceptRole);
}

/// The organisation's machine-wide settings file, with @p contents, where QSettings' system scope
/// looks for this program's settings, while it lives.
struct SystemPolicy {
    explicit SystemPolicy(const QByteArray &contents)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_folder.path());
        const QString path =
            QSettings(QSettings::SystemScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
                .fileName();
        QFile file(path);
        written = QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
            file.write(contents) == contents.size();
    }
    ~SystemPolicy() { QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, u"/nonexistent"_s); }
    Q_DISABLE_COPY_MOVE(SystemPolicy)

    bool written = false;

private:
    QTemporaryDir m_folder;
};

/// Fills the next modal dialog through @p fill, then accepts it.
template<typename Fill>
void fillNextDialog(Fill fill)
{
    QTimer::singleShot(50, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        dialog->accept();
    });
}

/// "Q1" answered "A1", then "Q2" answered "A2".
QList<ModelMessage> twoExchanges()
{
    QList<ModelMessage> messages;
    for (const QString &n : {u"1"_s, u"2"_s})
        messages << ModelMessage::request({MessagePart::userPrompt(u"Q"_s + n)})
                 << ModelMessage::response({MessagePart::text(u"A"_s + n)}, {});
    return messages;
}

QString screenshotPath(const QString &name)
{
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeAndEnterSendsAndStores();
    void theWindowContinuesTheVersionShown();
    void editingAQuestionAsksItAgainInANewVersion();
    void askingForAnotherAnswerKeepsTheFirst();
    void aConversationContinuesInANewChat();
    void aSearchHitOpensTheVersionItIsIn();
    void aQuestionSentAsAConversationOpensGoesToItsVersionShown();
    void ctrlHomeGoesToTheStartOfTheVersionShown();
    void personalDataIsMarkedAndAskedAboutBeforeSending();
    void shiftEnterAddsALineAndUpRecallsTheLastMessage();
    void clickingASessionShowsItsHistory();
    void renameAndDeleteThroughTheUi();
    void deletingTheOpenConversationOpensTheNext();
    void theMessageBoxKeepsTheKeyboard();
    void pageKeysScrollThroughLongAnswers();
    void aTraceFromSyncKeepsTheReadersPlace();
    void everyMessageActionFromTheKeyboard();
    void tabGoesThroughAMessagesControls();
    void waitingMessagesSayOneThingWithTheirAction();
    void aFirstStartOpensCentredAtSeventyPercent();
    void keyboardShortcutsAreListed();
    void settingsSayWhichKeyIsUsed();
    void followUpButtonSends();
    void retryAfterAFailure();
    void queuedMessageGoesWhenTheServerIsBack();
    void aSessionOfAnotherServerSaysWhatToDo();
    void deleteAsksWhetherTheServerCopyGoesToo();
    void rateAnAnswer();
    void openFromServerAndSyncNow();
    void searchFindsAndOpensTheMessage();
    void reviewTableSortsFiltersAndOpens();
    void exportsAreSignedAndAboutNamesTheKey();
    void printAndExportAsPdfFromTheSessionMenu();
    void trashRestoreAndDeletePermanently();
    void aLegalHoldKeepsTheConversation();
    void aShorterRetentionAsksBeforeTrashing();
    void sendingWaitsForSetUpWhenThePolicySaysSo();
    void theOrganisationsPolicyIsShownLockedAndHolds();
    void settingsKeepTheBackEndProfileAndLanguageChosen();
    void exportAndImportThroughTheWindow();
    void aWriteRefusedOnTheStoresThreadIsReportedAndNothingIsLost();
    void cancelAPendingRequest();
    void showsWhatHeadlessCommandsWrote();
    void everyControlHasAnAccessibleName();
    void copyAndSelectMessageText();
    void foldedBlocksAndSafeLinks();
    void attachmentsShowUnderTheQuestion();
    void reopensTheLastSessionWithItsLayout();
    void firstRunWelcomesAndSettingsApply();
    void kiswahiliReplacesEveryVisibleTextWithoutClipping();
    void qtsOwnTextsAreInKiswahiliToo();
    void screenshots();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"govstack-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // English as the app ships it (its plural forms), whatever language this machine has, and
    // whichever tests run.
    UiLanguage::apply(u"en"_s);
}

void TestMainWindow::typeAndEnterSendsAndStores()
{
    Harness h;
    h.show();
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(h.composer()->hasFocus());
    // A draft is not stored: New Chat twice leaves no empty conversations behind.
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(h.window->currentSessionId(), QString());
    QCOMPARE(h.store.sessionCount().value(), 0);
    const QString question = u"How do I register a business name?"_s;
    QTest::keyClicks(h.composer(), question);
    QTest::keyClick(h.composer(), Qt::Key_Return);

    QCOMPARE(h.composer()->toPlainText(), QString());
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QTRY_COMPARE(h.messageModel()->index(1, 0).data(MessageListModel::StatusRole).toString(), u"ok"_s); // stored
    QCOMPARE(h.messageModel()->index(0, 0).data(MessageListModel::TextRole).toString(), question);
    QCOMPARE(h.messageModel()->index(1, 0).data(MessageListModel::TextRole).toString(),
             FakeGovStackServer::answerFor(question));
    QVERIFY(h.composer()->hasFocus()); // after the send and the answer, ready for the next question
    // The answer is read out while the keyboard stays in the message box: screen readers are
    // alerted to the messages, whose description in the accessibility tree is the answer.
    QTRY_COMPARE(QAccessible::queryAccessibleInterface(h.messages())->text(QAccessible::Description),
                 u"New answer: "_s + FakeGovStackServer::answerFor(question));

    const QString sessionId = h.window->currentSessionId();
    QCOMPARE(h.store.sessionCount().value(), 1);
    QCOMPARE(h.store.loadHistory(sessionId)->size(), 2);
    QCOMPARE(h.sessions()->model()->index(0, 0).data(SessionListModel::TitleRole).toString(), question);
    QCOMPARE(h.server.chatRequests().size(), 1);
}

void TestMainWindow::theWindowContinuesTheVersionShown()
{
    Harness h;
    const auto exchange = [](const QString &question, const QString &answer) {
        return QList<ModelMessage>{ModelMessage::request({MessagePart::userPrompt(question)}),
                                   ModelMessage::response({MessagePart::text(answer)}, {})};
    };
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, exchange(u"Q1"_s, u"A1"_s) + exchange(u"Q2"_s, u"A2"_s)));
    // Question 2 edited elsewhere (a headless command): the window shows that version.
    const StartedVersion edited = h.store.startVersion(id, 2, VersionKind::Edit).value();
    QVERIFY(h.store.saveMessages(edited.sessionId, exchange(u"Q2 edited"_s, u"E2"_s)));
    h.show();
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);
    h.window->openSession(id);
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), edited.sessionId);
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QCOMPARE(h.messageModel()->index(2, 0).data().toString(), u"Q2 edited"_s);
    QCOMPARE(h.window->currentSessionId(), id);

    // The next question continues it, with its history.
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"Q3"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    QCOMPARE(h.server.chatRequests().first().path, "/v2/chat/" + edited.sessionId.toUtf8());
    QCOMPARE(h.server.chatRequests().first().json()[u"message_history"].toArray().size(), 4);
    QTRY_COMPARE(h.store.loadHistory(edited.sessionId)->size(), 6);
    QCOMPARE(h.store.loadHistory(id)->size(), 4); // the first version as it was
}

void TestMainWindow::editingAQuestionAsksItAgainInANewVersion()
{
    Harness h;
    const QString id = h.showConversation(twoExchanges());
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    const QString secondQuestion = h.textAt(2);
    QVERIFY(h.controlRect(1, MessageControl::Kind::Edit).isNull()); // an answer is not edited
    QCOMPARE(h.versionsAt(2), 1);

    // Edit on the second question: its words go into the message box, with a bar that says what sending does.
    h.clickInMessages(h.controlRect(2, MessageControl::Kind::Edit).center());
    auto *banner = h.find<QWidget>(u"editBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(h.composer()->toPlainText(), secondQuestion);
    QVERIFY(h.composer()->hasFocus());
    // Esc gives the edit up; the conversation stays as it was.
    QTest::keyClick(h.composer(), Qt::Key_Escape);
    QVERIFY(!banner->isVisible());
    QVERIFY(h.composer()->toPlainText().isEmpty());
    h.clickInMessages(h.controlRect(2, MessageControl::Kind::Edit).center());
    h.composer()->selectAll();
    QTest::keyClicks(h.composer(), u"Which documents does a permit need?"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);

    // Asked once, as a new version: the history before the question and the edited question, nothing after.
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    const auto request = h.server.chatRequests().first();
    const QString version = h.window->findChild<ChatView *>()->sessionId();
    QVERIFY(version != id);
    QCOMPARE(request.path, "/v2/chat/" + version.toUtf8());
    QCOMPARE(request.json()[u"message"].toString(), u"Which documents does a permit need?"_s);
    QCOMPARE(request.json()[u"message_history"].toArray().size(), 2);
    QVERIFY(!banner->isVisible());
    QCOMPARE(h.window->currentSessionId(), id);
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QTRY_COMPARE(h.versionsAt(2), 2);
    QCOMPARE(h.versionAt(2), 2);
    QCOMPARE(h.textAt(2), u"Which documents does a permit need?"_s);
    QCOMPARE(h.sessions()->model()->rowCount(), 1);

    // ‹ with the mouse shows the first version, and what followed it; Alt+Right goes back.
    h.clickInMessages(h.controlRect(2, MessageControl::Kind::PreviousVersion).center());
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), id);
    QTRY_COMPARE(h.textAt(2), secondQuestion);
    QTRY_COMPARE(h.versionAt(2), 1);
    QTRY_COMPARE(h.store.shownVersion(id).value(), id);
    h.messages()->setFocus();
    h.messages()->setCurrentIndex(h.messageModel()->index(2, 0));
    QTest::keyClick(h.messages(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), version);
    QTRY_COMPARE(h.versionAt(2), 2);
    QTRY_COMPARE(h.store.shownVersion(id).value(), version);
    // At the last version › does nothing.
    h.messages()->setCurrentIndex(h.messageModel()->index(2, 0));
    QTest::keyClick(h.messages(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(h.window->findChild<ChatView *>()->sessionId(), version);

    // The next question continues the version shown, with exactly its history.
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"And the fee?"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 2);
    QCOMPARE(h.server.chatRequests().at(1).path, "/v2/chat/" + version.toUtf8());
    QCOMPARE(h.server.chatRequests().at(1).json()[u"message_history"].toArray().size(), 4);
    QCOMPARE(h.store.loadHistory(id)->size(), 4); // nothing of the first version changed
}

void TestMainWindow::askingForAnotherAnswerKeepsTheFirst()
{
    Harness h;
    const QString id = h.showConversation(twoExchanges());
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    const QString firstAnswer = h.textAt(3);
    QVERIFY(h.controlRect(2, MessageControl::Kind::AskAgain).isNull()); // a question is edited, not asked again
    h.clickInMessages(h.controlRect(3, MessageControl::Kind::AskAgain).center());
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    const auto request = h.server.chatRequests().first();
    QCOMPARE(request.json()[u"message"].toString(), h.store.loadStoredMessages(id)->at(2).message.text());
    QCOMPARE(request.json()[u"message_history"].toArray().size(), 2);
    const QString version = h.window->findChild<ChatView *>()->sessionId();
    QVERIFY(version != id);
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QTRY_VERIFY(h.textAt(3) != firstAnswer &&
                !h.messageModel()->index(3, 0).data(MessageListModel::PendingRole).toBool());
    // The answer has two versions, the question one.
    QTRY_COMPARE(h.versionsAt(3), 2);
    QCOMPARE(h.versionAt(3), 2);
    QCOMPARE(h.versionsAt(2), 1);
    h.clickInMessages(h.controlRect(3, MessageControl::Kind::PreviousVersion).center());
    QTRY_COMPARE(h.textAt(3), firstAnswer);
    QCOMPARE(h.store.loadHistory(id)->size(), 4);
    QCOMPARE(h.server.chatRequests().size(), 1);
}

void TestMainWindow::aConversationContinuesInANewChat()
{
    Harness h;
    const QString id = h.showConversation(twoExchanges());
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QVERIFY(h.store.renameSession(id, u"Business permit"_s));
    Q_EMIT h.messageDelegate()->continueRequested(h.messageModel()->index(1, 0));
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 2);
    QTRY_VERIFY(h.window->currentSessionId() != id);
    const QString forked = h.window->currentSessionId();
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QTRY_COMPARE(h.sessions()->currentIndex().data(SessionListModel::SessionIdRole).toString(), forked);
    const ChatSession session = h.store.chat(forked).value();
    QCOMPARE(session.title, u"Business permit (continued)"_s);
    QCOMPARE(session.forkedFrom, id);
    QCOMPARE(h.store.loadHistory(id)->size(), 4);
    // It goes on from there as a conversation of its own, with that history.
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"Next?"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    QCOMPARE(h.server.chatRequests().first().path, "/v2/chat/" + forked.toUtf8());
    QCOMPARE(h.server.chatRequests().first().json()[u"message_history"].toArray().size(), 2);

    // It says where it came from, and leads back there.
    auto *origin = h.find<QLabel>(u"originNote"_s);
    QTRY_VERIFY(origin->isVisible());
    QVERIFY(origin->text().contains(u"Business permit"_s));
    Q_EMIT origin->linkActivated(u"origin"_s);
    QTRY_COMPARE(h.window->currentSessionId(), id);
    QTRY_VERIFY(!origin->isVisible());
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
}

void TestMainWindow::aSearchHitOpensTheVersionItIsIn()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, twoExchanges()));
    const QString version = h.store.startVersion(id, 2, VersionKind::Edit)->sessionId;
    QVERIFY(h.store.saveMessages(version,
                                 {ModelMessage::request({MessagePart::userPrompt(u"Kibali cha biashara"_s)}),
                                  ModelMessage::response({MessagePart::text(u"E2"_s)}, {})}));
    QVERIFY(h.store.showVersion(id)); // the first version is the one shown
    h.show();
    h.window->openSession(id);
    QTRY_COMPARE(h.textAt(2), u"Q2"_s);

    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(h.find<QLineEdit>(u"search"_s), u"kibali"_s);
    auto *results = h.find<QListView>(u"searchResults"_s);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    // The conversation stays the one listed; the version with the hit is shown and continued.
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), version);
    QCOMPARE(h.window->currentSessionId(), id);
    QTRY_VERIFY(h.messages()->currentIndex().isValid());
    QCOMPARE(h.messages()->currentIndex().data().toString(), u"Kibali cha biashara"_s);
    QTRY_COMPARE(h.store.shownVersion(id).value(), version);
    QCOMPARE(h.sessions()->model()->rowCount(), 1);
}

void TestMainWindow::aQuestionSentAsAConversationOpensGoesToItsVersionShown()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, twoExchanges()));
    const QString version = h.store.startVersion(id, 2, VersionKind::Edit)->sessionId;
    h.show();
    // Sent before the window has heard which version is shown: it still goes to that version.
    h.window->openSession(id);
    QCOMPARE(h.window->findChild<ChatView *>()->sessionId(), id);
    h.composer()->setPlainText(u"Q3"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    QCOMPARE(h.server.chatRequests().first().path, "/v2/chat/" + version.toUtf8());
    QCOMPARE(h.server.chatRequests().first().json()[u"message_history"].toArray().size(), 2);
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), version);
    QCOMPARE(h.store.loadHistory(id)->size(), 4);
}

void TestMainWindow::ctrlHomeGoesToTheStartOfTheVersionShown()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, twoExchanges()));
    // The first question edited, then a long conversation: none of its messages is numbered 0.
    const QString version = h.store.startVersion(id, 1, VersionKind::Edit)->sessionId;
    QList<ModelMessage> turns;
    for (int i = 0; i < 60; ++i)
        turns << ModelMessage::request({MessagePart::userPrompt(u"Swali %1"_s.arg(i))})
              << ModelMessage::response({MessagePart::text(u"Jibu %1"_s.arg(i))}, {});
    QVERIFY(h.store.saveMessages(version, turns));
    h.show();
    h.window->openSession(id);
    QTRY_COMPARE(h.window->findChild<ChatView *>()->sessionId(), version);
    QTRY_VERIFY(h.messageModel()->rowCount() > 0);
    QVERIFY(h.textAt(0) != u"Swali 0"_s); // the newest page
    h.messages()->setFocus();
    QTest::keyClick(h.messages(), Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE(h.messages()->currentIndex().data().toString(), u"Swali 0"_s);
    QCOMPARE(h.messages()->currentIndex().row(), 0);
    QTRY_COMPARE(h.messages()->verticalScrollBar()->value(), 0);
}

void TestMainWindow::personalDataIsMarkedAndAskedAboutBeforeSending()
{
    Harness h;
    const QString id = h.showConversation(twoExchanges());
    QVERIFY(!id.isEmpty());
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"My ID is 12345678, what next?"_s);
    // Edit: nothing goes; the data is marked in the box.
    QString asked;
    answerNextMessageBox(&asked, QMessageBox::RejectRole);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_VERIFY(asked.contains(u"ID number"_s));
    QVERIFY(!asked.contains(u"12345678"_s));
    QCOMPARE(h.composer()->toPlainText(), u"My ID is 12345678, what next?"_s);
    QCOMPARE(h.composer()->extraSelections().size(), 1);
    QCOMPARE(h.composer()->extraSelections().first().cursor.selectedText(), u"12345678"_s);
    QTest::qWait(50);
    QVERIFY(h.server.chatRequests().isEmpty());
    // Remove It and Send: the message goes without it.
    answerNextMessageBox(&asked, QMessageBox::ApplyRole);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 1);
    QCOMPARE(h.server.chatRequests().first().json()[u"message"].toString(), u"My ID is [ID number], what next?"_s);
    QTRY_VERIFY(!h.window->findChild<ChatView *>()->messages()->isPending());
    // Send Anyway: as typed.
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"Call 0712345678"_s);
    answerNextMessageBox(&asked, QMessageBox::AcceptRole);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.server.chatRequests().size(), 2);
    QCOMPARE(h.server.chatRequests().last().json()[u"message"].toString(), u"Call 0712345678"_s);
    // Once the box changes, the marks go.
    QVERIFY(h.composer()->extraSelections().isEmpty());

    // Each warning is in the audit trail with its kind and the choice, never the number.
    QTRY_COMPARE(h.store.auditTrail()->size(), 3);
    const auto trail = h.store.auditTrail().value();
    QStringList choices;
    for (const AuditEntry &entry : trail) {
        QCOMPARE(entry.action, AuditAction::PersonalDataWarning);
        QCOMPARE(entry.origin, u"window"_s);
        choices << entry.details.value(u"choice").toString();
        const QByteArray details = QJsonDocument(entry.details).toJson();
        QVERIFY2(!details.contains("12345678") && !details.contains("0712345678"), details.constData());
    }
    QCOMPARE(choices, (QStringList{u"edit"_s, u"remove"_s, u"send"_s}));
    QCOMPARE(trail.first().details.value(u"kinds").toArray(), QJsonArray{u"national-id"_s});

    // View → Audit Trail shows them, newest first, and that the trail is intact.
    h.window->openAuditTrail();
    auto *dialog = h.window->findChild<QDialog *>(u"auditTrailDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(u"auditTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY2(table->model()->index(0, 2).data().toString().contains(u"sent it anyway"_s),
             qPrintable(table->model()->index(0, 2).data().toString()));
    auto *check = dialog->findChild<QLabel *>(u"auditCheck"_s);
    QTRY_VERIFY2(check->text().startsWith(u"Intact"_s), qPrintable(check->text()));
    QVERIFY(dialog->grab().save(screenshotPath(u"audit-trail.png"_s)));
}

void TestMainWindow::shiftEnterAddsALineAndUpRecallsTheLastMessage()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, {ModelMessage::request({MessagePart::userPrompt(u"Earlier question"_s)})}));
    h.show();
    h.openSession(id);
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"first"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(h.composer(), u"second"_s);
    QCOMPARE(h.composer()->toPlainText(), u"first\nsecond"_s);
    QVERIFY(h.server.chatRequests().isEmpty());

    h.composer()->clear();
    QTest::keyClick(h.composer(), Qt::Key_Up);
    QCOMPARE(h.composer()->toPlainText(), u"Earlier question"_s);
}

void TestMainWindow::clickingASessionShowsItsHistory()
{
    Harness h;
    const QString older = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(older, fixture(u"rag-tool-call.json"_s)));
    QTest::qWait(2);
    const QString newer = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(newer, fixture(u"simple-qa.json"_s)));
    h.show();
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 2);

    // The list cuts long titles; the tooltip has them whole.
    const QModelIndex olderIndex = h.sessions()->model()->index(1, 0);
    QVERIFY(olderIndex.data(Qt::ToolTipRole)
                .toString()
                .startsWith(olderIndex.data(SessionListModel::TitleRole).toString() + u'\n'));
    const QRect olderRow = h.sessions()->visualRect(olderIndex);
    QTest::mouseClick(h.sessions()->viewport(), Qt::LeftButton, {}, olderRow.center());
    QCOMPARE(h.window->currentSessionId(), older);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2); // the question, and the answer with its steps
    QCOMPARE(h.messageModel()->index(1, 0).data(MessageListModel::TextRole).toString(),
             fixture(u"rag-tool-call.json"_s).last().text());
    QVERIFY(h.messages()->isVisible());
}

void TestMainWindow::renameAndDeleteThroughTheUi()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, fixture(u"simple-qa.json"_s)));
    h.show();
    h.window->openSession(id);
    h.sessions()->setFocus();
    QTest::keyClick(h.sessions(), Qt::Key_F2);
    auto *editor = h.sessions()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Capital cities"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(h.store.chat(id)->title, u"Capital cities"_s);
    QTRY_COMPARE(h.sessions()->model()->index(0, 0).data().toString(), u"Capital cities"_s);

    QString question;
    acceptNextMessageBox(&question);
    h.sessions()->setFocus();
    QTest::keyClick(h.sessions(), Qt::Key_Delete);
    QTRY_VERIFY2(question.contains(u"Capital cities"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Trash"_s), qPrintable(question));
    // Deleted is in the Trash: out of the list, kept until the Trash deletes it for good.
    QTRY_VERIFY(h.store.chat(id)->trashedAt.isValid());
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 0);
    QVERIFY(h.find<QWidget>(u"emptyState"_s)->isVisible());
}

void TestMainWindow::deletingTheOpenConversationOpensTheNext()
{
    Harness h;
    const QString kept = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(kept, fixture(u"multi-turn.json"_s)));
    const QString id = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(id, fixture(u"simple-qa.json"_s)));
    h.show();
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 2);
    h.openSession(id);

    QString question;
    acceptNextMessageBox(&question);
    h.window->deleteCurrent();
    QTRY_VERIFY(!question.isEmpty());
    // Once the store has deleted it, the conversation below it in the list opens.
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);
    QTRY_COMPARE(h.window->currentSessionId(), kept);
    QTRY_COMPARE(h.messageModel()->rowCount(), int(fixture(u"multi-turn.json"_s).size()));
    QCOMPARE(h.sessions()->currentIndex().data(SessionListModel::SessionIdRole).toString(), kept);
    QVERIFY(h.store.chat(kept));
}

void TestMainWindow::theMessageBoxKeepsTheKeyboard()
{
    Harness h;
    const QString older = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(older, fixture(u"simple-qa.json"_s)));
    QTest::qWait(2);
    const QString newer = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(newer, fixture(u"multi-turn.json"_s)));
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    h.server.queueFault({never, false});
    h.show();
    QVERIFY(h.composer()->hasFocus()); // at start

    // Browsing the list with the arrow keys keeps the keyboard there; a click goes on to the message box.
    h.sessions()->setFocus();
    h.sessions()->setCurrentIndex(h.sessions()->model()->index(0, 0));
    QTest::keyClick(h.sessions(), Qt::Key_Down);
    QCOMPARE(h.window->currentSessionId(), older);
    QVERIFY(h.sessions()->hasFocus());
    const QRect newerRow = h.sessions()->visualRect(h.sessions()->model()->index(0, 0));
    QTest::mouseClick(h.sessions()->viewport(), Qt::LeftButton, {}, newerRow.center());
    QCOMPARE(h.window->currentSessionId(), newer);
    QVERIFY(h.composer()->hasFocus());

    // While an answer is awaited, the next question is typed and sent; it waits behind the first.
    QTest::keyClicks(h.composer(), u"A slow question"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_VERIFY(
        h.messageModel()->index(h.messageModel()->rowCount() - 1, 0).data(MessageListModel::PendingRole).toBool());
    QTRY_COMPARE(h.server.chatRequests().size(), 1); // on its way, its answer never coming
    QVERIFY(h.composer()->isEnabled());
    QVERIFY(h.composer()->hasFocus());
    QTest::keyClicks(h.composer(), u"And the next one"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.store.loadStoredMessages(newer)->constLast().message.text(), u"And the next one"_s);
    QCOMPARE(h.store.loadStoredMessages(newer)->constLast().status, MessageStatus::Queued);
    QCOMPARE(h.server.chatRequests().size(), 1); // not sent before the first has its answer
    QVERIFY(h.composer()->hasFocus());
}

void TestMainWindow::aTraceFromSyncKeepsTheReadersPlace()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    const QString answer = QStringList(200, u"jibu"_s).join(u' ');
    QList<ModelMessage> history;
    for (int i = 0; i < 12; ++i)
        history << ModelMessage::request({MessagePart::userPrompt(u"Swali %1"_s.arg(i))})
                << ModelMessage::response({MessagePart::text(u"%1 %2"_s.arg(i).arg(answer))}, {});
    QVERIFY(h.store.saveMessages(id, history));
    h.show();
    h.openSession(id);
    QListView *view = h.messages();
    QTRY_COMPARE(h.messageModel()->rowCount(), 24);
    // The reader is in the middle, the top of question 8 a little above the view's top.
    view->scrollTo(h.messageModel()->index(16, 0), QAbstractItemView::PositionAtTop);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 5);
    const QModelIndex top = view->indexAt(QPoint(0, 0));
    const QString topText = top.data(MessageListModel::TextRole).toString();
    const int topY = view->visualRect(top).top();
    QCOMPARE(topText, u"Swali 8"_s);

    // Sync brings the server's trace of every turn from question 2 on: each answer gains its steps.
    HistoryMerge merge;
    merge.replaceFromTurn = 4;
    for (int i = 2; i < 12; ++i) {
        const int turn = (i - 2) * 4;
        merge.tail
            << StoredMessage{0, turn, MessageStatus::Ok, {}, {}, history.at(2 * i), {}, {}}
            << StoredMessage{0,
                             turn,
                             MessageStatus::Ok,
                             {},
                             {},
                             ModelMessage::response({MessagePart::toolCall(u"search"_s, QJsonObject{}, u"c"_s)}, {}),
                             {},
                             {}}
            << StoredMessage{0,  turn, MessageStatus::Ok,
                             {}, {},   ModelMessage::request({MessagePart::toolReturn(u"search"_s, u"{}"_s, u"c"_s)}),
                             {}, {}}
            << StoredMessage{0, turn, MessageStatus::Ok, {}, {}, history.at(2 * i + 1), {}, {}};
    }
    QVERIFY(h.store.applyMerge(id, merge));
    QTRY_VERIFY(!h.messageModel()->index(5, 0).data(MessageListModel::BlocksRole).toList().isEmpty());
    QCOMPARE(h.messageModel()->rowCount(), 24);
    const QModelIndex after = view->indexAt(QPoint(0, 0));
    QCOMPARE(after.data(MessageListModel::TextRole).toString(), topText);
    QCOMPARE(view->visualRect(after).top(), topY);
}

void TestMainWindow::pageKeysScrollThroughLongAnswers()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    const QString longAnswer = QStringList(5000, u"neno"_s).join(u' ');
    QVERIFY(h.store.saveMessages(id,
                                 {ModelMessage::request({MessagePart::userPrompt(u"Eleza kwa kirefu"_s)}),
                                  ModelMessage::response({MessagePart::text(longAnswer)}, {}),
                                  ModelMessage::request({MessagePart::userPrompt(u"Na tena?"_s)}),
                                  ModelMessage::response({MessagePart::text(longAnswer)}, {})}));
    h.show();
    h.openSession(id);
    QScrollBar *scrollBar = h.messages()->verticalScrollBar();
    // A reopened conversation ends at the end of its last message.
    QTRY_VERIFY(scrollBar->maximum() > 0);
    QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());

    h.messages()->setFocus();
    const int page = h.messages()->viewport()->height();
    QTest::keyClick(h.messages(), Qt::Key_PageUp);
    const int afterOnePage = scrollBar->maximum() - scrollBar->value();
    QVERIFY2(afterOnePage > page / 2 && afterOnePage <= page, qPrintable(QString::number(afterOnePage)));
    QTest::keyClick(h.messages(), Qt::Key_PageDown);
    QCOMPARE(scrollBar->value(), scrollBar->maximum());
    QTest::keyClick(h.messages(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(scrollBar->value(), 0);
    QCOMPARE(h.messages()->currentIndex().row(), 0);
    QTest::keyClick(h.messages(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(scrollBar->value(), scrollBar->maximum()); // the end of the last message, not its top
}

void TestMainWindow::tabGoesThroughAMessagesControls()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    ModelMessage reply = ModelMessage::response({MessagePart::text(u"Apply on eCitizen."_s)}, {});
    GovStackExtras extras;
    extras.followUpQuestions << FollowUpQuestion{u"What are the fees?"_s, 0.9}
                             << FollowUpQuestion{u"How long does it take?"_s, 0.8};
    reply.setGovStackExtras(extras);
    QVERIFY(h.store.saveMessages(
        id,
        {ModelMessage::request({MessagePart::userPrompt(u"Business permit?"_s)}),
         ModelMessage::response({MessagePart::toolCall(u"search_documents"_s, QJsonObject{}, u"c1"_s)}, {}),
         ModelMessage::request({MessagePart::toolReturn(u"search_documents"_s, u"{}"_s, u"c1"_s)}), reply}));
    h.show();
    h.openSession(id);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    const QModelIndex answer = h.messageModel()->index(1, 0);
    h.messages()->setFocus();
    h.messages()->setCurrentIndex(answer);

    // Tab walks the answer's controls in order, each named for screen readers, then leaves for the message box.
    QStringList reached;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(h.messages(), Qt::Key_Tab);
        QVERIFY2(h.messages()->hasFocus(), qPrintable(reached.join(u", "_s)));
        reached << h.messages()->accessibleDescription();
    }
    QCOMPARE(reached,
             QStringList({u"Rate this answer helpful"_s, u"Rate this answer unhelpful"_s, u"Ask for another answer"_s,
                          u"Copy the text"_s, u"Show the steps the assistant took"_s, u"Ask: What are the fees?"_s,
                          u"Ask: How long does it take?"_s}));
    // Shift+Tab goes back; Enter and Space press the control that has the focus.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(h.messages(), Qt::Key_Backtab);
    QCOMPARE(h.messages()->accessibleDescription(), u"Copy the text"_s);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(h.messages(), Qt::Key_Return);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Apply on eCitizen."_s);
    QTest::keyClick(h.messages(), Qt::Key_Tab);
    QTest::keyClick(h.messages(), Qt::Key_Space);
    QTRY_VERIFY(answer.data(MessageListModel::ExpandedRole).toBool());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(h.messages(), Qt::Key_Tab);
    QVERIFY(h.messages()->accessibleDescription().startsWith(u"The conversation's messages."_s));
    QVERIFY(h.composer()->hasFocus());
}

void TestMainWindow::everyMessageActionFromTheKeyboard()
{
    Harness h;
    QVERIFY(!h.showConversation(fixture(u"rag-tool-call.json"_s)).isEmpty());
    const int last = h.messageModel()->rowCount() - 1;
    const QModelIndex answer = h.messageModel()->index(last, 0);
    h.messages()->setFocus();
    h.messages()->setCurrentIndex(answer);

    // The Menu key and Shift+F10 open the message's menu.
    const auto menuTexts = [&](int key, Qt::KeyboardModifiers modifiers) -> QStringList {
        QStringList texts;
        QTimer::singleShot(50, [&texts] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                texts << action->text().remove(u'&');
            menu->close();
        });
        if (key == Qt::Key_Menu) {
            // The Menu key reaches a window as a context menu event at the mouse pointer, wherever that is.
            QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                      h.messages()->viewport()->mapToGlobal(QPoint(1, 1)));
            QApplication::sendEvent(h.messages()->viewport(), &menuKey);
        } else {
            QTest::keyClick(h.messages(), Qt::Key(key), modifiers);
        }
        (void)QTest::qWaitFor([&texts] { return !texts.isEmpty(); });
        return texts;
    };
    const QStringList fromMenuKey = menuTexts(Qt::Key_Menu, {});
    QVERIFY2(fromMenuKey.contains(u"Copy Text"_s) && fromMenuKey.contains(u"Rate Helpful…"_s) &&
                 fromMenuKey.contains(u"Rate Unhelpful…"_s),
             qPrintable(fromMenuKey.join(u", "_s)));
    QCOMPARE(menuTexts(Qt::Key_F10, Qt::ShiftModifier), fromMenuKey);

    // A tool call's details open from the menu too.
    int toolRow = -1;
    for (int row = 0; row < h.messageModel()->rowCount() && toolRow < 0; ++row) {
        if (!h.messageModel()->index(row, 0).data(MessageListModel::BlocksRole).toList().isEmpty())
            toolRow = row;
    }
    QVERIFY(toolRow >= 0);
    const QModelIndex tool = h.messageModel()->index(toolRow, 0);
    h.messages()->setCurrentIndex(tool);
    QTimer::singleShot(50, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *action : menu ? menu->actions() : QList<QAction *>{}) {
            if (action->text().remove(u'&') == u"Show Details")
                action->trigger();
        }
        if (menu)
            menu->close();
    });
    QTest::keyClick(h.messages(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(tool.data(MessageListModel::ExpandedRole).toBool());

    // The sessions' menu has what the Session menu has.
    h.sessions()->setFocus();
    QTimer::singleShot(50, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QStringList texts;
        for (QAction *action : menu ? menu->actions() : QList<QAction *>{})
            texts << action->text().remove(u'&');
        QVERIFY2(texts.size() == 4 && texts.first().startsWith(u"Rename"_s), qPrintable(texts.join(u", "_s)));
        if (menu)
            menu->close();
    });
    QTest::keyClick(h.sessions(), Qt::Key_F10, Qt::ShiftModifier);
    QTest::qWait(100);
}

void TestMainWindow::waitingMessagesSayOneThingWithTheirAction()
{
    QStandardItemModel model;
    // Each a question of its own conversation, after an answered one: ok, then the queued one.
    const auto row = [&model](const QString &kind) {
        auto *answered = new QStandardItem;
        answered->setData(u"user"_s, MessageListModel::SenderRole);
        answered->setData(u"ok"_s, MessageListModel::StatusRole);
        auto *item = new QStandardItem;
        item->setData(u"user"_s, MessageListModel::SenderRole);
        item->setData(u"queued"_s, MessageListModel::StatusRole);
        item->setData(kind, MessageListModel::ErrorKindRole);
        model.clear();
        model.appendRow(answered);
        model.appendRow(item);
        return QPersistentModelIndex(model.index(1, 0));
    };
    MessageDelegate delegate;
    const QStringList kinds{u""_s,        u"key-rejected"_s,       u"unreachable"_s,
                            u"timeout"_s, u"connection-reset"_s,   u"server-error"_s,
                            u"gateway"_s, u"malformed-response"_s, u"interrupted"_s};
    QSet<QString> english;
    for (const QString &kind : kinds) {
        const QModelIndex index = row(kind);
        const QString note = MessageState::waitingNote(index);
        // One sentence, no blanks left by a missing detail, no promise the state cannot keep.
        QVERIFY2(note.endsWith(u'.') && note.count(u'.') == 1 && !note.contains(u"()"_s), qPrintable(note));
        QVERIFY(!note.contains(u"by itself"_s) && !note.contains(u"try again later"_s));
        english.insert(note);
        const auto action = delegate.actionOf(index);
        QCOMPARE(action, kind == u"key-rejected" ? MessageState::Action::OpenSettings : MessageState::Action::SendNow);
    }
    // Behind a question still without its answer, it only waits.
    model.item(0)->setData(u"queued"_s, MessageListModel::StatusRole);
    const QString behind = MessageState::waitingNote(model.index(1, 0));
    QCOMPARE(behind, u"Waits for the answer to the message before it."_s);
    QCOMPARE(delegate.actionOf(model.index(1, 0)), MessageState::Action::None);
    english.insert(behind);
    QCOMPARE(english.size(), kinds.size() + 1);

    UiLanguage::apply(u"sw"_s);
    const auto backToEnglish = qScopeGuard([] { UiLanguage::apply(u"en"_s); });
    QVERIFY(!english.contains(MessageState::waitingNote(model.index(1, 0))));
    for (const QString &kind : kinds) {
        const QModelIndex index = row(kind);
        const QString note = MessageState::waitingNote(index);
        QVERIFY2(!english.contains(note), qPrintable(note));
        if (kind == u"key-rejected")
            QCOMPARE(MessageState::labelOf(delegate.actionOf(index)), u"Fungua Mipangilio"_s);
    }
}

void TestMainWindow::aFirstStartOpensCentredAtSeventyPercent()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QSettings().remove(u"window"_s);
    Harness h;
    h.placedByWindow = true;
    h.show();
    const QRect available = h.window->screen()->availableGeometry();
    const QRect frame = h.window->geometry();
    QVERIFY2(
        std::abs(frame.width() - available.width() * 0.7) < 2 &&
            std::abs(frame.height() - available.height() * 0.7) < 2,
        qPrintable(
            u"%1x%2 in %3x%4"_s.arg(frame.width()).arg(frame.height()).arg(available.width()).arg(available.height())));
    QVERIFY(std::abs(frame.center().x() - available.center().x()) < 2);
    QVERIFY(std::abs(frame.center().y() - available.center().y()) < 2);
    // The conversations' column takes a quarter (or what its controls need) and grows with the window.
    const auto *splitter = h.find<QSplitter>(u"mainSplitter"_s);
    const int sidebarBefore = splitter->sizes().constFirst();
    const int quarter = std::max(frame.width() / 4, splitter->widget(0)->minimumSizeHint().width());
    QVERIFY2(std::abs(sidebarBefore - quarter) < 10, qPrintable(u"%1 for %2"_s.arg(sidebarBefore).arg(quarter)));
    h.window->resize(frame.width() + 400, frame.height());
    QTRY_VERIFY(splitter->sizes().constFirst() > sidebarBefore + 50);
}

void TestMainWindow::followUpButtonSends()
{
    Harness h;
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"Register a business"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.store.loadHistory(h.window->currentSessionId()).valueOr({}).size(), 2);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QTRY_COMPARE(h.messageModel()->index(1, 0).data(MessageListModel::StatusRole).toString(), u"ok"_s); // stored

    const QModelIndex answer = h.messageModel()->index(1, 0);
    const QList<QRect> buttons = h.messageDelegate()->buttonsOf(h.optionFor(answer), answer).followUps;
    QCOMPARE(buttons.size(), 1);
    h.clickInMessages(buttons.first().center());
    QTRY_COMPARE(h.server.chatRequests().size(), 2);
    QCOMPARE(h.server.chatRequests().last().json()[u"message"].toString(), u"What are the fees?"_s);
    QTRY_COMPARE(h.store.loadHistory(h.window->currentSessionId()).valueOr({}).size(), 4);
}

void TestMainWindow::retryAfterAFailure()
{
    Harness h;
    h.server.queueFault({HttpResponse::json(422, QJsonObject{{u"detail"_s, u"Unprocessable"_s}}), false});
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"Habari"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"failed"_s);
    QTRY_COMPARE(h.messageModel()->rowCount(), 1);
    QVERIFY(h.messageModel()->index(0, 0).data(MessageListModel::ErrorRole).toString().contains(u"HTTP 422"_s));

    const QModelIndex failed = h.messageModel()->index(0, 0);
    const QRect retry = h.messageDelegate()->buttonsOf(h.optionFor(failed), failed).action;
    QVERIFY(!retry.isNull());
    h.clickInMessages(retry.center());
    QTRY_COMPARE(h.store.loadHistory(h.window->currentSessionId()).valueOr({}).size(), 2);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"ok"_s);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
}

void TestMainWindow::aSessionOfAnotherServerSaysWhatToDo()
{
    Harness h;
    const QString id = h.store.createChatSession(u"ui-user"_s).value();
    QVERIFY(h.store.linkToServer(id, u"https://old.example.gov"_s, u"v2"_s));
    QVERIFY(
        h.store.beginTurn(id, ModelMessage::request({MessagePart::userPrompt(u"Habari"_s)}), MessageStatus::Queued));
    h.show();
    h.window->openSession(id);
    QTRY_VERIFY2(h.window->statusBar()->currentMessage().contains(u"Kept on the server https://old.example.gov"_s),
                 qPrintable(h.window->statusBar()->currentMessage()));

    // Send Now says why nothing goes and what to do, rather than doing nothing.
    const QModelIndex waiting = h.messageModel()->index(0, 0);
    const QRect sendNow = h.messageDelegate()->buttonsOf(h.optionFor(waiting), waiting).action;
    QVERIFY(!sendNow.isNull());
    QString warning;
    acceptNextMessageBox(&warning);
    h.clickInMessages(sendNow.center());
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(u"https://old.example.gov"_s) && warning.contains(u"Settings"_s), qPrintable(warning));
    QVERIFY(h.server.http().requests().isEmpty());
}

void TestMainWindow::queuedMessageGoesWhenTheServerIsBack()
{
    Harness h;
    h.show();
    h.newChat();
    h.server.http().stop();
    QTest::keyClicks(h.composer(), u"Habari"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"queued"_s);
    QTRY_COMPARE(h.messageModel()->rowCount(), 1);
    QVERIFY(h.composer()->isEnabled()); // more can be typed; it queues behind
    QSignalSpy tried(h.controller.get(), &SessionController::deliveryEnded);
    QTest::keyClicks(h.composer(), u"Tena"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(tried.size(), 1); // the waiting message was tried again first, in vain
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QTRY_COMPARE(h.messageModel()->index(1, 0).data(MessageListModel::StatusRole).toString(), u"queued"_s);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"queued"_s);
    // One sentence beside the message, with its action; one word for the connection.
    QCOMPARE(h.messageModel()->index(0, 0).data(MessageListModel::ErrorKindRole).toString(), u"unreachable"_s);
    QTRY_COMPARE(h.find<QLabel>(u"connectionStatus"_s)->text(), u"Offline · 1 conversation waiting"_s);
    const QModelIndex waiting = h.messageModel()->index(0, 0);
    const QRect sendNow = h.messageDelegate()->buttonsOf(h.optionFor(waiting), waiting).action;
    QVERIFY(!sendNow.isNull());

    h.server.http().start();
    h.clickInMessages(sendNow.center());
    QTRY_COMPARE(h.store.loadHistory(h.window->currentSessionId()).valueOr({}).size(), 4);
    QCOMPARE(h.server.chatRequests().size(), 2);
    QCOMPARE(h.server.chatRequests().at(1).json()[u"message"].toString(), u"Tena"_s);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"ok"_s);
    QTRY_COMPARE(h.find<QLabel>(u"connectionStatus"_s)->text(), u"Online"_s);
    QVERIFY(h.composer()->isEnabled());
}

void TestMainWindow::deleteAsksWhetherTheServerCopyGoesToo()
{
    Harness h;
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"Delete me everywhere"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.store.loadHistory(h.window->currentSessionId()).valueOr({}).size(), 2);
    const QString id = h.window->currentSessionId();
    QCOMPARE(h.server.entries(id).size(), 2);

    QString question;
    answerNextMessageBox(&question, QMessageBox::DestructiveRole);
    h.window->deleteCurrent();
    QTRY_VERIFY2(question.contains(u"server keeps a copy"_s), qPrintable(question));
    QTRY_VERIFY(h.store.chat(id)->trashedAt.isValid());
    // The server's delete is sent once the local one is stored, and recorded once the server confirms it.
    QTRY_VERIFY(h.server.entries(id).isEmpty());
    QTRY_VERIFY(h.store.pendingServerDeletes()->isEmpty());
    h.waitForSync();
    QCOMPARE(h.server.http().requests("DELETE").size(), 1);
}

void TestMainWindow::rateAnAnswer()
{
    Harness h;
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"Where is the Huduma centre?"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QTRY_COMPARE(h.messageModel()->index(1, 0).data(MessageListModel::StatusRole).toString(), u"ok"_s); // stored
    const QModelIndex question = h.messageModel()->index(0, 0);
    QVERIFY(h.messageDelegate()->buttonsOf(h.optionFor(question), question).rateUp.isNull());
    const QModelIndex answer = h.messageModel()->index(1, 0);
    const auto buttons = h.messageDelegate()->buttonsOf(h.optionFor(answer), answer);
    const QRect up = buttons.rateUp;
    const QRect down = buttons.rateDown;
    QVERIFY(!up.isNull() && !down.isNull());

    fillNextDialog([](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"ratingComment"_s)->setPlainText(u"Wrong opening hours"_s);
    });
    h.clickInMessages(down.center());
    // Shown on the answer once stored, and kept there when the rating's sync brings the server's
    // trace of the turn (the answer is then the last of the turn's messages).
    const auto lastRow = [&h] { return h.messageModel()->index(h.messageModel()->rowCount() - 1, 0); };
    QTRY_COMPARE(lastRow().data(MessageListModel::RatingRole).toInt(), Rating::thumbsDown);
    h.waitForSync();
    QTRY_COMPARE(lastRow().data(MessageListModel::RatingRole).toInt(), Rating::thumbsDown);
    QCOMPARE(lastRow().data(MessageListModel::RatingCommentRole).toString(), u"Wrong opening hours"_s);
    const StoredMessage rated = h.store.loadStoredMessages(h.window->currentSessionId())->last();
    QVERIFY(rated.rating);
    QCOMPARE(rated.rating->score, Rating::thumbsDown);
    QCOMPARE(rated.rating->comment, u"Wrong opening hours"_s);
}

void TestMainWindow::openFromServerAndSyncNow()
{
    Harness h;
    h.server.addTurn(u"web-7"_s, u"Asked on the web"_s);
    h.show();
    fillNextDialog([](QDialog *dialog) { dialog->findChild<QLineEdit *>()->setText(u"web-7"_s); });
    h.window->openFromServer();
    h.waitForSync();
    QTRY_COMPARE(h.window->currentSessionId(), u"web-7"_s);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2); // the question, and the answer with its trace
    QCOMPARE(h.messageModel()->index(0, 0).data(MessageListModel::TextRole).toString(), u"Asked on the web"_s);
    QVERIFY(h.store.chat(u"web-7"_s)->fetched);
    const QModelIndex row = h.sessions()->model()->index(0, 0);
    QVERIFY(row.data(SessionListModel::FetchedRole).toBool());
    QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(u"Opened from the server"_s),
             qPrintable(row.data(Qt::ToolTipRole).toString()));

    // F5 brings what was said elsewhere since.
    h.server.addTurn(u"web-7"_s, u"And later, on the phone"_s);
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    QVERIFY(h.sync->isRunning());
    h.waitForSync();
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QCOMPARE(h.messageModel()->index(2, 0).data(MessageListModel::TextRole).toString(), u"And later, on the phone"_s);
}

void TestMainWindow::searchFindsAndOpensTheMessage()
{
    Harness h;
    const QString id = h.store.createChatSession(u"u"_s).value();
    QList<ModelMessage> history;
    history << ModelMessage::request({MessagePart::userPrompt(u"Usajili wa biashara unafanywaje?"_s)})
            << ModelMessage::response({MessagePart::text(u"Kupitia eCitizen."_s)}, {});
    for (int i = 0; i < 60; ++i) // pushes the match well above the first page the chat opens at
        history << ModelMessage::request({MessagePart::userPrompt(u"Swali %1"_s.arg(i))})
                << ModelMessage::response({MessagePart::text(u"Jibu %1"_s.arg(i))}, {});
    QVERIFY(h.store.saveMessages(id, history));
    const QString other = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(other, {ModelMessage::request({MessagePart::userPrompt(u"Leseni ya udereva"_s)})}));
    h.show();

    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *search = h.find<QLineEdit>(u"search"_s);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"USAJ"_s);
    auto *results = h.find<QListView>(u"searchResults"_s);
    QTRY_VERIFY(results->isVisible());
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data(SearchResultModel::SessionIdRole).toString(), id);
    QVERIFY(hit.data(SearchResultModel::SnippetRole).toString().contains(SearchHit::matchStart));
    QVERIFY(SearchResultDelegate::snippetHtml(hit.data(SearchResultModel::SnippetRole).toString())
                .contains(u"<b>Usajili</b>"_s));
    QVERIFY(!h.sessions()->isVisible());

    QTRY_COMPARE(h.window->statusBar()->currentMessage(), u"1 message found"_s);
    // Down goes from the box to the results, Enter opens the hit, and the message box takes the keyboard.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(results->hasFocus());
    QCOMPARE(results->currentIndex(), hit);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_COMPARE(h.window->currentSessionId(), id);
    QTRY_VERIFY(h.composer()->hasFocus());
    QTRY_VERIFY(h.messages()->currentIndex().isValid()); // once the page around it is read
    const QModelIndex shown = h.messages()->currentIndex();
    QCOMPARE(shown.data(MessageListModel::SeqRole).toInt(), 0);
    QCOMPARE(shown.data(MessageListModel::TextRole).toString(), u"Usajili wa biashara unafanywaje?"_s);
    QVERIFY(h.messages()->viewport()->rect().intersects(h.messages()->visualRect(shown)));
    QCOMPARE_LT(h.messages()->model()->rowCount(), history.size()); // the page around it, not every page after it

    // Scrolling down reaches the newest message, a page at a time.
    QScrollBar *scrollBar = h.messages()->verticalScrollBar();
    const auto scrolledToBottom = [&] {
        scrollBar->setValue(scrollBar->maximum());
        return h.messages()->model()->rowCount();
    };
    QTRY_COMPARE(scrolledToBottom(), history.size());
    const QModelIndex newest = h.messages()->model()->index(int(history.size()) - 1, 0);
    QCOMPARE(newest.data(MessageListModel::TextRole).toString(), u"Jibu 59"_s);

    // Escape empties the box: the conversations come back and the count goes.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY(h.sessions()->isVisible());
    QTRY_COMPARE(h.window->statusBar()->currentMessage(), QString());

    // One field, two scopes: Ctrl+K looks in titles and filters the list; the switch goes back to messages.
    QTest::keyClick(h.window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *titles = h.find<QToolButton>(u"searchTitles"_s);
    auto *everything = h.find<QToolButton>(u"searchMessages"_s);
    QVERIFY(titles->isChecked() && search->hasFocus());
    QCOMPARE(search->placeholderText(), u"Search titles"_s);
    QTest::keyClicks(search, u"leseni"_s);
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);
    QVERIFY(h.sessions()->isVisible());
    everything->click();
    QCOMPARE(search->placeholderText(), u"Search all messages"_s);
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 2); // the list lets go of the words
    QTRY_VERIFY(results->isVisible());
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QCOMPARE(results->model()->index(0, 0).data(SearchResultModel::SessionIdRole).toString(), other);
    search->clear();
    QTRY_VERIFY(h.sessions()->isVisible());

    // A filter left on shows on the Filters button, with its panel hidden too, and in the count.
    auto *filters = h.find<QToolButton>(u"searchFiltersButton"_s);
    QCOMPARE(filters->text(), QString());
    QCOMPARE(filters->accessibleName(), u"Search filters"_s);
    filters->click();
    auto *rated = h.window->findChild<QCheckBox *>(u"ratedOnlyFilter"_s);
    QVERIFY(rated);
    rated->setChecked(true);
    // Languages by name, the filter by the code sessions keep.
    auto *filterBar = h.find<ReviewFilterBar>(u"reviewFilters"_s);
    QComboBox *language = nullptr;
    for (QComboBox *combo : filterBar->findChildren<QComboBox *>())
        language = combo->accessibleName() == u"Language" ? combo : language;
    QVERIFY(language);
    QStringList names;
    for (int i = 0; i < language->count(); ++i)
        names << language->itemText(i);
    QCOMPARE(names, (QStringList{u"Any"_s, u"English"_s, u"Kiswahili"_s, u"Sheng"_s}));
    language->setCurrentIndex(2);
    QCOMPARE(filterBar->filter().language, u"sw"_s);
    language->setCurrentIndex(0);
    filters->click();
    QVERIFY(!rated->isVisible());
    QCOMPARE(filters->text(), u"1"_s);
    QCOMPARE(filters->accessibleName(), u"Search filters, 1 on"_s);
    QTest::keyClicks(search, u"usajili"_s);
    QTRY_COMPARE(h.window->statusBar()->currentMessage(), u"0 messages found with the filters on"_s);
}

void TestMainWindow::reviewTableSortsFiltersAndOpens()
{
    Harness h;
    const QString small = h.store.createChatSession(u"amina"_s).value();
    QVERIFY(h.store.saveMessages(small, fixture(u"simple-qa.json"_s)));
    QVERIFY(h.store.rateMessage(small, 1, Rating{Rating::thumbsUp, {}, QDateTime::currentDateTimeUtc(), false}));
    QTest::qWait(2);
    const QString large = h.store.createChatSession(u"baraka"_s).value();
    QVERIFY(h.store.saveMessages(large, fixture(u"multi-turn.json"_s)));
    h.show();
    QTest::keyClick(h.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ReviewWindow *review = h.window->reviewWindow();
    QVERIFY(review && review->isVisible());
    QAbstractItemModel *table = review->table()->model();
    QTRY_COMPARE(table->rowCount(), 2); // read on the store's thread, so it arrives a moment later
    QCOMPARE(table->columnCount(), 9);
    QCOMPARE(table->headerData(SessionTableModel::Rating, Qt::Horizontal).toString(), u"Rating"_s);
    QCOMPARE(table->index(0, 0).data(SessionTableModel::SessionIdRole).toString(), large); // newest first

    review->table()->sortByColumn(SessionTableModel::UserId, Qt::AscendingOrder);
    QTRY_COMPARE(table->index(0, SessionTableModel::UserId).data().toString(), u"amina"_s);
    QCOMPARE(table->index(0, SessionTableModel::Rating).data().toString(), u"1 helpful, 0 not"_s);

    auto *rated = review->findChild<QCheckBox *>();
    QVERIFY(rated);
    for (QCheckBox *box : review->findChildren<QCheckBox *>()) {
        if (box->text() == u"Rated answers only"_s)
            box->setChecked(true);
    }
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->index(0, 0).data(SessionTableModel::SessionIdRole).toString(), small);

    // The reading pane shows the chosen conversation, read-only: no buttons to rate or resend.
    review->openRow(0);
    ConversationReader *reader = review->reader();
    QTRY_COMPARE(reader->messages()->rowCount(), fixture(u"simple-qa.json"_s).size());
    QVERIFY(reader->view()->hasFocus());
    const auto *delegate = static_cast<MessageDelegate *>(reader->view()->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(reader->view()->viewport());
    option.rect = reader->view()->visualRect(reader->messages()->index(1));
    QVERIFY(delegate->buttonsOf(option, reader->messages()->index(1)).rateUp.isNull());

    // Words narrow the table, with a count; Alt+Down and Alt+Up step through it, the pane following.
    for (QCheckBox *box : review->findChildren<QCheckBox *>())
        box->setChecked(false);
    QTRY_COMPARE(table->rowCount(), 2);
    auto *count = review->findChild<QLabel *>(u"reviewCount"_s);
    QTRY_COMPARE(count->text(), u"2 conversations"_s);
    auto *text = review->findChild<QLineEdit *>(u"reviewText"_s);
    QTest::keyClicks(text, h.store.chat(small)->title.left(8));
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_COMPARE(count->text(), u"1 conversation matches"_s);
    text->clear();
    QTRY_COMPARE(table->rowCount(), 2);
    review->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(review));
    review->openRow(0);
    const QString first = reader->messages()->sessionId();
    QTest::keyClick(reader->view(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(review->table()->currentIndex().row(), 1); // a shortcut presses its button visibly, for a moment
    QVERIFY(reader->messages()->sessionId() != first);
    QVERIFY(!review->findChild<QToolButton *>(u"nextConversation"_s)->isEnabled());
    QTest::keyClick(reader->view(), Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(reader->messages()->sessionId(), first);

    // Closed, the review window is gone (its table would otherwise reread every session at each change);
    // it opens anew.
    review->close();
    QTRY_VERIFY(!h.window->reviewWindow());
    h.window->openReview();
    QVERIFY(h.window->reviewWindow() && h.window->reviewWindow()->isVisible());
    QTRY_COMPARE(h.window->reviewWindow()->table()->model()->rowCount(), 2);
    // Centred over the main window and whole on its screen; Escape (and Ctrl+W) close it.
    const QRect placed = h.window->reviewWindow()->geometry();
    QVERIFY(h.window->screen()->availableGeometry().contains(placed));
    QVERIFY((placed.center() - h.window->frameGeometry().center()).manhattanLength() < 40 ||
            placed.width() >= h.window->screen()->availableGeometry().width() * 0.85);
    h.window->reviewWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window->reviewWindow()));
    QTest::keyClick(h.window->reviewWindow(), Qt::Key_Escape);
    QTRY_VERIFY(!h.window->reviewWindow());
}

void TestMainWindow::settingsSayWhichKeyIsUsed()
{
    ConnectionTester tester{nullptr};
    const auto keySource = [&tester] {
        SettingsDialog dialog(ConnectionSettings(), &tester);
        return dialog.findChild<QLabel *>(u"keySource"_s)->text();
    };
    qunsetenv("GOVSTACK_API_KEY");
    QVERIFY2(keySource().contains(u"keychain"_s), qPrintable(keySource()));
    {
        // Once the keychain has answered for the server chosen, the dialog says whether its key is used.
        SettingsDialog dialog(ConnectionSettings(), &tester);
        const auto *label = dialog.findChild<QLabel *>(u"keySource"_s);
        const ConnectionSettings defaults;
        const QString entry = CredentialStore::entryFor(Backend::GovStack, defaults.govStackUrl);
        dialog.setKeyStored(entry, true);
        QVERIFY2(label->text().startsWith(u"In use: the key kept in the system keychain for this server"_s),
                 qPrintable(label->text()));
        dialog.setKeyStored(entry, false);
        QVERIFY(label->text().startsWith(u"No key is kept for this server yet."_s));
        // Another server typed in: what the keychain said was about the first.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == defaults.govStackUrl.toString())
                edit->setText(u"https://other.example"_s);
        }
        QVERIFY(label->text().startsWith(u"A key typed here"_s));
    }
    // A key in the environment wins over one typed in Settings: the dialog says so.
    qputenv("GOVSTACK_API_KEY", "gs-from-the-environment");
    const auto unset = qScopeGuard([] { qunsetenv("GOVSTACK_API_KEY"); });
    QVERIFY2(keySource().contains(u"environment variable GOVSTACK_API_KEY"_s), qPrintable(keySource()));
    QVERIFY(!keySource().contains(u"gs-from-the-environment"_s));
}

void TestMainWindow::keyboardShortcutsAreListed()
{
    Harness h;
    h.show();
    QStringList listed;
    QTimer::singleShot(100, [&listed] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        for (int row = 0; table && row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
        dialog->reject();
    });
    QTest::keyClick(h.window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(!listed.isEmpty());
    for (const QString &expected : {u"New Chat = Ctrl+N"_s, u"Search All Messages = Ctrl+Shift+F"_s,
                                    u"Send the message = Enter"_s, u"Keyboard Shortcuts = Ctrl+/"_s})
        QVERIFY2(listed.contains(expected), qPrintable(listed.join(u" | "_s)));
}

void TestMainWindow::settingsKeepTheBackEndProfileAndLanguageChosen()
{
    // Each choice carries its value (it did not: every choice came back as the first).
    Harness h;
    SettingsDialog dialog(ConnectionSettings{}, &h.tester);
    dialog.findChild<QComboBox *>(u"backendChoice"_s)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"profileChoice"_s)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"languageChoice"_s)->setCurrentIndex(1);
    const ConnectionSettings chosen = dialog.settings();
    QCOMPARE(chosen.backend, Backend::OpenAI);
    QCOMPARE(chosen.profile, GovStackBackend::Profile::GovBot);
    QCOMPARE(chosen.language, u"sw"_s);
    SettingsDialog again(chosen, &h.tester);
    QCOMPARE(again.findChild<QComboBox *>(u"backendChoice"_s)->currentIndex(), 1);
}

void TestMainWindow::theOrganisationsPolicyIsShownLockedAndHolds()
{
    // The machine-wide file, where the system scope of this program's settings is.
    const SystemPolicy policy(
        "[govstack]\nurl=https://chat.example.go.ke\n\n[policy]\nallowedBackends=govstack\nexport=false\n"
        "personalData=block\n");
    QVERIFY(policy.written);
    Harness h;
    h.policy = ManagedPolicy::load();
    QVERIFY(h.policy->isLocked(u"govstack/url"_s));
    // A user who had chosen a back end no longer allowed gets one that is.
    ConnectionSettings openAi;
    openAi.backend = Backend::OpenAI;
    QCOMPARE(h.policy->withAllowedBackend(openAi).backend, Backend::GovStack);
    QCOMPARE(ManagedPolicy().withAllowedBackend(openAi).backend, Backend::OpenAI);
    const QString id = h.showConversation(twoExchanges());

    // Exports are not offered.
    QAction *exportAll = nullptr;
    for (QAction *menu : h.window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            exportAll = action->text() == u"Export &All…" ? action : exportAll;
    }
    QVERIFY(exportAll);
    QVERIFY(!exportAll->isEnabled());
    QString refusal;
    acceptNextMessageBox(&refusal);
    QVERIFY(!h.window->files()->exportTo({id}, h.dir.filePath(u"x.json"_s), false));
    QVERIFY2(refusal.contains(u"does not allow exports"_s), qPrintable(refusal));
    QVERIFY(!QFile::exists(h.dir.filePath(u"x.json"_s)));
    h.window->openReview();
    QPushButton *exportSelected = nullptr;
    for (QPushButton *button : h.window->reviewWindow()->findChildren<QPushButton *>())
        exportSelected = button->text() == u"Export Selected…" ? button : exportSelected;
    QVERIFY(exportSelected);
    QVERIFY(!exportSelected->isEnabled());
    h.window->reviewWindow()->close();

    // Settings: the server greyed and said to be the organisation's; OpenAI cannot be chosen.
    QStringList notes;
    bool urlLocked = false;
    bool openAiOffered = true;
    fillNextDialog([&](QDialog *dialog) {
        for (auto *edit : dialog->findChildren<QLineEdit *>())
            urlLocked = urlLocked || (edit->text() == u"https://chat.example.go.ke" && !edit->isEnabled());
        for (auto *note : dialog->findChildren<QLabel *>(u"lockedNote"_s))
            notes << note->text();
        auto *backend = dialog->findChild<QComboBox *>(u"backendChoice"_s);
        openAiOffered = qobject_cast<QStandardItemModel *>(backend->model())->item(1)->isEnabled();
        dialog->grab().save(screenshotPath(u"settings-locked.png"_s));
    });
    h.window->openSettings();
    QVERIFY(urlLocked);
    QCOMPARE(notes, QStringList{u"Set by your organisation"_s});
    QVERIFY(!openAiOffered);

    // Personal data cannot be sent anyway: only edited out or removed.
    h.composer()->setFocus();
    QTest::keyClicks(h.composer(), u"Call 0712345678"_s);
    QStringList roles;
    QTimer::singleShot(100, [&roles] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>{})
            roles << QString::number(box->buttonRole(button));
        if (box)
            box->reject();
    });
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(roles.size(), 2);
    QVERIFY(!roles.contains(QString::number(QMessageBox::AcceptRole)));
    QVERIFY(h.server.chatRequests().isEmpty());
}

void TestMainWindow::printAndExportAsPdfFromTheSessionMenu()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by ./dev.sh) is needed to read the PDF back");
    Harness h;
    const QString id = h.showConversation(twoExchanges());
    const auto textOf = [](const QString &path) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
        pdftotext.waitForFinished();
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    };
    const QString pdf = h.dir.filePath(u"conversation.pdf"_s);
    const auto pages = h.window->printing()->exportPdf(id, pdf);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(*pages, 1);
    QVERIFY2(textOf(pdf).contains(u"A2"_s), qPrintable(textOf(pdf)));
    QTRY_COMPARE(h.store.auditTrail()->size(), 1);
    QCOMPARE(h.store.auditTrail()->first().details.value(u"format"_s).toString(), u"pdf"_s);
    // Print… on a printer that prints to a file.
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(h.dir.filePath(u"printed.pdf"_s));
    QVERIFY(h.window->printing()->print(id, &printer));
    QVERIFY(textOf(printer.outputFileName()).contains(u"Q1"_s));
}

void TestMainWindow::trashRestoreAndDeletePermanently()
{
    Harness h;
    const QString kept = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(kept, fixture(u"multi-turn.json"_s)));
    const QString id = h.showConversation(fixture(u"simple-qa.json"_s));
    QString question;
    acceptNextMessageBox(&question);
    h.window->deleteCurrent();
    QTRY_VERIFY(h.store.chat(id)->trashedAt.isValid());
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);

    h.window->records()->openTrash();
    TrashDialog *trash = h.window->records()->trashDialog();
    QVERIFY(trash);
    auto *table = trash->findChild<QTableView *>(u"trashTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(TrashModel::SessionIdRole).toString(), id);
    // The Trash keeps it 30 days (the default): the date it goes is shown.
    QCOMPARE(table->model()->index(0, 0).data(TrashModel::DeletedAtRole).toDateTime(),
             h.store.chat(id)->trashedAt.addDays(30));
    QVERIFY(table->model()->index(0, TrashModel::FateColumn).data().toString().startsWith(u"Deleted for good on"_s));
    auto *restore = trash->findChild<QPushButton *>(u"restoreButton"_s);
    QVERIFY(!restore->isEnabled());
    table->selectRow(0);
    QVERIFY(restore->isEnabled());
    QVERIFY(trash->grab().save(screenshotPath(u"trash.png"_s)));
    restore->click();
    QTRY_VERIFY(!h.store.chat(id)->trashedAt.isValid());
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 2);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(trash->findChild<QLabel *>(u"trashEmpty"_s)->isVisible());

    // Moved again, then deleted for good: asked first, and gone from the store.
    QVERIFY(h.store.moveToTrash(id));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    acceptNextMessageBox(&question);
    trash->findChild<QPushButton *>(u"deletePermanentlyButton"_s)->click();
    QTRY_VERIFY(!h.store.chat(id));
    QCOMPARE(h.store.chat(id).error().code, Error::Code::NotFound);
    QVERIFY2(question.contains(u"cannot be undone"_s), qPrintable(question));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(h.store.chat(kept));
}

void TestMainWindow::aLegalHoldKeepsTheConversation()
{
    Harness h;
    const QString id = h.showConversation(fixture(u"simple-qa.json"_s));
    // Nothing recorded yet: the Audit Trail says so in words.
    h.window->openAuditTrail();
    auto *trail = h.window->findChild<QDialog *>(u"auditTrailDialog"_s);
    QTRY_VERIFY(trail->findChild<QLabel *>(u"auditEmpty"_s)->isVisible());
    QVERIFY(!trail->findChild<QTableView *>(u"auditTable"_s)->isVisible());
    trail->close();
    QAction *hold = nullptr;
    QAction *holdAll = nullptr;
    for (QAction *action : h.window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == u"Legal &Hold")
            hold = action;
        if (action->text() == u"Legal Hold on &All Conversations")
            holdAll = action;
    }
    QVERIFY(hold && holdAll);
    QTRY_VERIFY(hold->isEnabled());
    QVERIFY(!hold->isChecked());
    hold->trigger();
    QTRY_VERIFY(h.store.chat(id)->onHold);
    QVERIFY(hold->isChecked());
    QTRY_VERIFY(h.sessions()->model()->index(0, 0).data(SessionListModel::OnHoldRole).toBool());
    QVERIFY(h.sessions()->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"legal hold"_s));

    // Delete is refused, in words, before anything is asked, and the conversation stays where it was.
    QString refusal;
    acceptNextMessageBox(&refusal);
    h.window->deleteCurrent();
    QTRY_VERIFY2(refusal.contains(u"is on legal hold"_s), qPrintable(refusal));
    QVERIFY(!h.store.chat(id)->trashedAt.isValid());
    QCOMPARE(h.sessions()->model()->rowCount(), 1);

    // Lifting it asks first.
    QString question;
    acceptNextMessageBox(&question);
    hold->trigger();
    QTRY_VERIFY(!h.store.chat(id)->onHold);
    QVERIFY2(question.contains(u"Lift the legal hold"_s), qPrintable(question));

    // On all conversations: placed at once, shown on every row, lifted after asking.
    holdAll->trigger();
    QTRY_VERIFY(h.store.holdAll().value());
    QTRY_VERIFY(h.sessions()->model()->index(0, 0).data(SessionListModel::OnHoldRole).toBool());
    acceptNextMessageBox(&question);
    holdAll->trigger();
    QTRY_VERIFY(!h.store.holdAll().value());
    QVERIFY2(question.contains(u"every conversation"_s), qPrintable(question));
    const auto entries = h.store.auditTrail().value();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, AuditAction::Hold);
    QCOMPARE(entries.at(1).action, AuditAction::Release);
    QCOMPARE(entries.at(0).origin, u"window"_s);
    QVERIFY(entries.at(2).details.value(u"all"_s).toBool());
}

void TestMainWindow::aShorterRetentionAsksBeforeTrashing()
{
    Harness h;
    const QString old = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(old, fixture(u"simple-qa.json"_s)));
    const QString recent = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(recent, fixture(u"multi-turn.json"_s)));
    {
        // Forty days without activity, as another program could have left it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
        raw.setDatabaseName(h.dir.filePath(u"chats.sqlite"_s));
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(
            query.exec(u"UPDATE chats SET updated_at = updated_at - 40 * 86400000 WHERE session_id = '%1'"_s.arg(old)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"age"_s);
    h.show();
    RecordActions records(&h.store);
    SettingsDialog dialog(ConnectionSettings{}, &h.tester, h.window.get());
    dialog.setOutlookSource([&records](int days) { return records.outlook(days); });
    QTRY_COMPARE(dialog.outlookText(), u"Conversations are kept until you delete them."_s);
    auto *retention = dialog.findChild<QSpinBox *>(u"retentionDays"_s);
    retention->setValue(30);
    QTRY_VERIFY2(dialog.outlookText().startsWith(u"1 conversation has had no activity for longer"_s),
                 qPrintable(dialog.outlookText()));
    QVERIFY2(dialog.outlookText().contains(u"Next:"_s), qPrintable(dialog.outlookText()));
    dialog.show();
    dialog.findChild<QTabWidget *>(u"settingsPages"_s)->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(screenshotPath(u"settings-retention.png"_s)));
    // Declined: the dialog stays open, nothing is saved.
    QString question;
    answerNextMessageBox(&question, QMessageBox::RejectRole);
    dialog.accept();
    QVERIFY2(question.contains(u"to the Trash now"_s), qPrintable(question));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    answerNextMessageBox(&question, QMessageBox::AcceptRole);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().retentionDays, 30);
    // A longer period, or none, is not asked about.
    SettingsDialog longer(dialog.settings(), &h.tester, h.window.get());
    longer.setOutlookSource([&records](int days) { return records.outlook(days); });
    longer.findChild<QSpinBox *>(u"retentionDays"_s)->setValue(0);
    longer.accept();
    QCOMPARE(longer.result(), int(QDialog::Accepted));
}

void TestMainWindow::sendingWaitsForSetUpWhenThePolicySaysSo()
{
    const SystemPolicy policy("[policy]\nsendBeforeSetup=false\n");
    QVERIFY(policy.written);
    Harness h;
    h.policy = ManagedPolicy::load();
    QVERIFY(!h.policy->allowsSendingBeforeSetup());
    h.firstRun = true;
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"Habari"_s);
    QString said;
    // The message says why, then Settings opens; closed without saving, nothing was sent.
    answerNextMessageBox(&said, QMessageBox::AcceptRole);
    QTimer::singleShot(500, [] {
        if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_VERIFY2(said.contains(u"set up before anything is sent"_s), qPrintable(said));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(h.store.sessionCount().value(), 0);
    QVERIFY(h.server.chatRequests().isEmpty());
    QCOMPARE(h.composer()->toPlainText(), u"Habari"_s);
}

void TestMainWindow::exportsAreSignedAndAboutNamesTheKey()
{
    if (qEnvironmentVariable("GOVSTACK_TEST_KEYRING") != u"1")
        QSKIP("needs the test Secret Service that ./dev.sh test starts");
    Harness h;
    const QString id = h.showConversation(fixture(u"multi-turn.json"_s));
    const QString file = h.dir.filePath(u"signed.json"_s);
    QVERIFY(h.window->files()->exportTo({id}, file, false));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const auto verified = ExportVerifier::verify(written.readAll());
    QVERIFY(verified && verified->intact);
    const QString fingerprint = h.signingKeys.obtainNow()->fingerprint();
    QCOMPARE(verified->fingerprint, fingerprint);
    auto *notice = h.window->findChild<QWidget *>(u"exportNotice"_s);
    QStringList noticeTexts;
    for (const QLabel *label : notice->findChildren<QLabel *>())
        noticeTexts << label->text() << label->toolTip();
    QVERIFY2(noticeTexts.join(u' ').contains(u"Signed with key %1"_s.arg(fingerprint.left(9))),
             qPrintable(noticeTexts.join(u' ')));

    // Help → About names the whole key, for a reviewer to compare with what verify says.
    QAction *about = nullptr;
    for (QAction *menu : h.window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            about = action->menuRole() == QAction::AboutRole ? action : about;
    }
    QVERIFY(about);
    QString text;
    acceptNextMessageBox(&text);
    about->trigger();
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains(fingerprint), qPrintable(text));
}

void TestMainWindow::exportAndImportThroughTheWindow()
{
    Harness h;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << h.store.createChatSession(u"u"_s).value();
        QVERIFY(h.store.saveMessages(ids.last(), fixture(u"multi-turn.json"_s)));
    }
    h.show();
    const QString file = h.dir.filePath(u"export.json"_s);
    QVERIFY(h.window->files()->exportTo(ids, file, true));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll())[u"sessions"].toArray().size(), 3);
    // Said in the status bar, with the file's name and a way to it.
    auto *notice = h.window->findChild<QWidget *>(u"exportNotice"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->findChild<QPushButton *>(u"showInFolderButton"_s)->isVisible());
    QStringList noticeTexts;
    for (const QLabel *label : notice->findChildren<QLabel *>())
        noticeTexts << label->text();
    QVERIFY2(noticeTexts.join(u' ').contains(u"3 conversations exported to “export.json”."_s),
             qPrintable(noticeTexts.join(u' ')));
    const QString markdown = h.dir.filePath(u"one.md"_s);
    QVERIFY(h.window->files()->exportTo({ids.first()}, markdown, false));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().startsWith("# "));

    for (const QString &id : std::as_const(ids))
        QVERIFY(h.store.deleteChatSession(id));
    QCOMPARE(h.sessions()->model()->rowCount(), 0);
    QString summary;
    acceptNextMessageBox(&summary);
    QCOMPARE(h.window->files()->importFiles({file}), ids);
    QVERIFY2(summary.startsWith(u"3 conversation"_s) && summary.contains(u"imported"_s), qPrintable(summary));
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 3);

    // Imported again after a local change: left as it is, unless the user asks to replace it.
    QVERIFY(h.store.renameSession(ids.first(), u"Changed here"_s));
    acceptNextMessageBox(&summary);
    QCOMPARE(h.window->files()->importFiles({file}), QStringList());
    QVERIFY2(summary.startsWith(u"0 conversation"_s), qPrintable(summary));
    QCOMPARE(h.store.chat(ids.first())->title, u"Changed here"_s);
    answerNextMessageBox(&summary, QMessageBox::DestructiveRole);
    QCOMPARE(h.window->files()->importFiles({file}).size(), 3);
    QVERIFY(h.store.chat(ids.first())->title != u"Changed here"_s);

    // An export is named after the conversation and the day, without what a file name cannot hold.
    QCOMPARE(SessionFiles::suggestedName(u"Leseni: ada/faini?"_s, QDate(2026, 11, 29)),
             u"Leseni ada faini 2026-11-29.json"_s);
    QCOMPARE(SessionFiles::suggestedName(QString(), QDate(2026, 11, 29)), u"GovStack conversations 2026-11-29.json"_s);
}

void TestMainWindow::aWriteRefusedOnTheStoresThreadIsReportedAndNothingIsLost()
{
    Harness h;
    const QString kept = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(kept, fixture(u"multi-turn.json"_s)));
    h.show();
    const QString file = h.dir.filePath(u"export.json"_s);
    QVERIFY(h.window->files()->exportTo({kept}, file, true));
    QVERIFY(h.store.deleteChatSession(kept));

    // Another process holds the database's write lock for longer than the store waits.
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-process"_s);
    other.setDatabaseName(h.store.path());
    QVERIFY(other.open());
    QSqlQuery(other).exec(u"BEGIN EXCLUSIVE"_s);
    QString report;
    acceptNextMessageBox(&report);
    QCOMPARE(h.window->files()->importFiles({file}), QStringList());
    QSqlQuery(other).exec(u"ROLLBACK"_s);
    other.close();
    QVERIFY2(report.contains(u"Nothing was imported."_s) && report.contains(u"lock"_s, Qt::CaseInsensitive),
             qPrintable(report));
    QCOMPARE(h.sessions()->model()->rowCount(), 0);
    QCOMPARE(h.store.sessionCount().value(), 0);

    // Nothing was lost: the file is still there to import once the other process is done.
    acceptNextMessageBox(&report);
    QCOMPARE(h.window->files()->importFiles({file}), QStringList{kept});
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);
}

void TestMainWindow::cancelAPendingRequest()
{
    Harness h;
    HttpResponse never;
    never.ending = HttpResponse::Ending::Never;
    h.server.queueFault({never, false});
    h.show();
    h.newChat();
    QTest::keyClicks(h.composer(), u"A slow question"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QVERIFY(h.composer()->isEnabled()); // the next question can be typed meanwhile

    const QModelIndex pending = h.messageModel()->index(1, 0);
    QVERIFY(pending.data(MessageListModel::PendingRole).toBool());
    const QRect cancel = h.messageDelegate()->buttonsOf(h.optionFor(pending), pending).action;
    h.clickInMessages(cancel.center());
    QTRY_COMPARE(h.messageModel()->rowCount(), 1);
    QTRY_COMPARE(h.messageModel()->index(0, 0).data(MessageListModel::StatusRole).toString(), u"failed"_s);
    QCOMPARE(h.store.loadStoredMessages(h.window->currentSessionId())->constFirst().errorKind, u"cancelled"_s);
    QVERIFY(h.composer()->isEnabled());
}

void TestMainWindow::showsWhatHeadlessCommandsWrote()
{
    Harness h;
    h.store.setExternalChangeInterval(10);
    h.show();
    QCOMPARE(h.sessions()->model()->rowCount(), 0);
    TestStore headless;
    QVERIFY(headless.open(h.store.path()));
    const QString id = headless.createChatSession(u"cli-user"_s).value();
    QVERIFY(headless.saveMessages(id, fixture(u"simple-qa.json"_s)));
    QTRY_COMPARE(h.sessions()->model()->rowCount(), 1);
    QCOMPARE(h.sessions()->model()->index(0, 0).data().toString(), u"What is the capital of Kenya?"_s);
}

namespace {

/// The controls a screen reader meets under @p root, walked through the accessibility tree as it
/// walks it, that lack a name or a description: "role 'text'" for each.
QStringList unnamedControls(QAccessibleInterface *root)
{
    static const QList<QAccessible::Role> controls{
        QAccessible::PushButton,   QAccessible::CheckBox,      QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::List,          QAccessible::Table,       QAccessible::SpinBox,
        QAccessible::ButtonMenu,   QAccessible::ButtonDropDown};
    QStringList missing;
    if (!root || root->state().invisible)
        return missing;
    if (controls.contains(root->role()) &&
        (root->text(QAccessible::Name).isEmpty() || root->text(QAccessible::Description).isEmpty()))
        missing << u"%1 '%2' (%3)"_s.arg(int(root->role()))
                       .arg(root->text(QAccessible::Name), root->object() ? root->object()->objectName() : QString());
    // The rows of lists and tables are the model's: named by its AccessibleTextRole, checked elsewhere.
    if (root->role() == QAccessible::List || root->role() == QAccessible::Table)
        return missing;
    for (int i = 0; i < root->childCount(); ++i)
        missing << unnamedControls(root->child(i));
    return missing;
}

} // namespace

void TestMainWindow::everyControlHasAnAccessibleName()
{
    Harness h;
    QVERIFY(!h.showConversation(fixture(u"simple-qa.json"_s)).isEmpty());
    h.find<QToolButton>(u"searchFiltersButton"_s)->setChecked(true);
    SettingsDialog dialog(ConnectionSettings(), &h.tester, h.window.get());
    dialog.show();
    h.window->openReview();
    QVERIFY(QTest::qWaitForWindowExposed(h.window->reviewWindow()));
    for (const QString &language : {u"en"_s, u"sw"_s}) {
        UiLanguage::apply(language);
        QCoreApplication::processEvents();
        for (QWidget *window : {static_cast<QWidget *>(h.window.get()), static_cast<QWidget *>(&dialog),
                                static_cast<QWidget *>(h.window->reviewWindow())}) {
            const QStringList missing = unnamedControls(QAccessible::queryAccessibleInterface(window));
            QVERIFY2(missing.isEmpty(), qPrintable(language + u": "_s + missing.join(u", "_s)));
        }
    }
    UiLanguage::apply(u"en"_s);
}

void TestMainWindow::copyAndSelectMessageText()
{
    Harness h;
    QVERIFY(!h.showConversation(fixture(u"simple-qa.json"_s)).isEmpty());
    const QModelIndex answer = h.messageModel()->index(1, 0);

    // The Copy button of the answer.
    const QRect row = h.messages()->visualRect(answer);
    QGuiApplication::clipboard()->clear();
    h.clickInMessages(h.messageDelegate()->buttonsOf(h.optionFor(answer), answer).copy.center());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"The capital of Kenya is Nairobi."_s);

    // Double-click opens the text for selecting, read-only.
    QTest::mouseDClick(h.messages()->viewport(), Qt::LeftButton, {}, row.center());
    auto *browser = h.messages()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY(browser->isReadOnly());
    QCOMPARE(browser->textCursor().selectedText(), u"The capital of Kenya is Nairobi."_s);
}

void TestMainWindow::foldedBlocksAndSafeLinks()
{
    Harness h;
    QVERIFY(!h.showConversation(fixture(u"rag-tool-call.json"_s)).isEmpty());
    // The question, then one card: the tool call, its result and the reply.
    QCOMPARE(h.messageModel()->rowCount(), 2);
    const QModelIndex answer = h.messageModel()->index(1, 0);
    // The steps fold into one line that names the tools; opened, each step reads laid out.
    const QString folded = MessageDocuments::markdownFor(answer);
    QVERIFY2(folded.contains(u"▸ Used search knowledge base"_s), qPrintable(folded));
    QVERIFY(!folded.contains(u"Refund policy"_s));
    QVERIFY(h.messageModel()->setData(answer, true, MessageListModel::ExpandedRole));
    const QString opened = MessageDocuments::markdownFor(answer);
    QVERIFY(opened.contains(u"▾ Used search knowledge base"_s));
    QVERIFY2(opened.contains(u"**Tool call: search_knowledge_base**"_s) && opened.contains(u"{\n    \""_s),
             qPrintable(opened));
    QVERIFY(opened.contains(u"Refund policy"_s));

    QVERIFY(MessageDocuments::isSafeLink(QUrl(u"https://brs.ecitizen.go.ke/"_s)));
    QVERIFY(MessageDocuments::isSafeLink(QUrl(u"http://example.gov/a"_s)));
    QVERIFY(!MessageDocuments::isSafeLink(QUrl(u"javascript:alert(1)"_s)));
    QVERIFY(!MessageDocuments::isSafeLink(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!MessageDocuments::isSafeLink(QUrl(u"govstack-toggle:"_s)));
}

void TestMainWindow::attachmentsShowUnderTheQuestion()
{
    Harness h;
    QVERIFY(!h.showConversation(fixture(u"v2.33/04-land-search-remote-files.json"_s)).isEmpty());
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    const QModelIndex question = h.messageModel()->index(0, 0);
    QStringList names;
    for (const QVariant &attachment : question.data(MessageListModel::AttachmentsRole).toList())
        names << attachment.toMap().value(u"name"_s).toString();
    QCOMPARE(names.size(), 13); // every file and link the question carried, none dropped
    QVERIFY(names.contains(u"official-search-4471.pdf"_s) && names.contains(u"chief-letter"_s) &&
            names.contains(u"www.youtube.com/watch"_s) && names.contains(u"drone-clip"_s));
    std::unique_ptr<QTextDocument> document(MessageDocuments::newDocument(question, nullptr));
    QVERIFY2(document->toPlainText().contains(u"Attached: www.youtube.com/watch · walkthrough.mov"_s),
             qPrintable(document->toPlainText()));
}

void TestMainWindow::reopensTheLastSessionWithItsLayout()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    Harness h;
    const QString first = h.store.createChatSession(u"u"_s).value();
    QVERIFY(h.store.saveMessages(first, fixture(u"simple-qa.json"_s)));
    QTest::qWait(2);
    QVERIFY(h.store.createChatSession(u"u"_s));
    h.show();
    h.window->openSession(first);
    h.window->resize(900, 640);
    h.window->close();

    h.show(); // a new window, as after a restart
    QTRY_COMPARE(h.window->currentSessionId(), first); // once the store has found it still there
    QTRY_COMPARE(h.messageModel()->rowCount(), 2);
    QCOMPARE(h.window->size(), QSize(900, 640));
}

void TestMainWindow::firstRunWelcomesAndSettingsApply()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    Harness h;
    h.server.setApiKey(u"gs-right-key"_s);
    h.firstRun = true;
    h.show();
    auto *welcome = h.find<QLabel>(u"emptyText"_s);
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->text().contains(u"Welcome"_s));
    auto *openSettings = h.find<QPushButton>(u"openSettingsButton"_s);
    QVERIFY(openSettings->isVisible());

    QSignalSpy changed(h.window.get(), &MainWindow::settingsChanged);
    QString testResult;
    QTimer::singleShot(100, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == u"Server address"_s)
                edit->setText(h.server.url().toString());
            if (edit->accessibleName() == u"API key"_s)
                edit->setText(u"gs-wrong-key"_s);
            if (edit->accessibleName() == u"User id"_s)
                edit->setText(u"officer-17"_s);
        }
        auto *test = dialog->findChild<QPushButton *>();
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == u"Test connection"_s)
                test = button;
        }
        auto *result = dialog->findChild<QLabel *>(u"testResult"_s);
        test->click();
        QTRY_VERIFY(result->text().contains(u"rejected the API key"_s));
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == u"API key"_s)
                edit->setText(u"gs-right-key"_s);
        }
        test->click();
        QTRY_VERIFY(result->text().contains(u"accepted the API key"_s));
        testResult = result->text();
        dialog->accept();
    });
    QTest::mouseClick(openSettings, Qt::LeftButton);
    QVERIFY(testResult.contains(u"reachable"_s));
    QCOMPARE(changed.size(), 1);
    const auto saved = changed.first().at(0).value<ConnectionSettings>();
    QCOMPARE(saved.userId, u"officer-17"_s);
    QCOMPARE(saved.govStackUrl, h.server.url());
    QCOMPARE(QSettings().value(u"userId"_s).toString(), u"officer-17"_s);
    QVERIFY(!openSettings->isVisible());
    QVERIFY(!welcome->text().contains(u"Welcome"_s));
    // The key went to the keychain (or, without one, nowhere): never into the settings file.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("gs-right-key"));
}

namespace {

/// Every text a person sees in @p root: labels, buttons, placeholders, combo items, menus.
QMap<QString, QString> visibleTexts(QWidget *root)
{
    QMap<QString, QString> texts;
    const auto add = [&](const QObject *owner, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(QString::number(quintptr(owner)) + u'/' + what, text);
    };
    add(root, u"title"_s, root->windowTitle());
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->objectName() == u"backendStatus")
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, u"text"_s, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, u"text"_s, button->text());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(line, u"placeholder"_s, line->placeholderText());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(edit, u"placeholder"_s, edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, QString::number(i), combo->itemText(i));
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            add(menu, u"menu"_s, menu->text());
            for (QAction *action : menu->menu()->actions())
                add(action, u"action"_s, action->text());
        }
    }
    return texts;
}

/// Labels and buttons whose text does not fit the space the layout gave them.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        auto *label = qobject_cast<QLabel *>(widget);
        const bool wraps = label && label->wordWrap();
        if (wraps && label->heightForWidth(label->width()) > label->height() + 1)
            problems << label->text();
        else if (!wraps && (label || qobject_cast<QAbstractButton *>(widget)) &&
                 widget->sizeHint().width() > widget->width() + 1)
            problems << (label ? label->text() : static_cast<QAbstractButton *>(widget)->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget);
                 edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            // A line edit's size hint is 17 "x" and its margins: what is left of its width holds the text.
            const int margins = edit->sizeHint().width() - edit->fontMetrics().horizontalAdvance(u'x') * 17;
            if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - margins)
                problems << edit->placeholderText();
        } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                   header && header->orientation() == Qt::Horizontal) {
            for (int section = 0; section < header->count(); ++section) {
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                if (header->fontMetrics().horizontalAdvance(title) > header->sectionSize(section))
                    problems << title;
            }
        }
    }
    return problems;
}

} // namespace

void TestMainWindow::kiswahiliReplacesEveryVisibleTextWithoutClipping()
{
    Harness h;
    h.firstRun = true;
    h.show();
    SettingsDialog dialog(ConnectionSettings(), &h.tester, h.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    h.find<QToolButton>(u"searchFiltersButton"_s)->setChecked(true); // the review filters, in the sidebar
    h.window->openReview();
    QWidget *review = h.window->reviewWindow();
    QVERIFY(QTest::qWaitForWindowExposed(review));
    QMap<QString, QString> english = visibleTexts(h.window.get());
    english.insert(visibleTexts(&dialog));
    english.insert(visibleTexts(review));

    UiLanguage::apply(u"sw"_s);
    QCoreApplication::processEvents();
    QMap<QString, QString> swahili = visibleTexts(h.window.get());
    swahili.insert(visibleTexts(&dialog));
    swahili.insert(visibleTexts(review));
    // Names of languages and of the product read the same in both.
    const QStringList same{
        u"GovStack Desktop"_s, u"GovStack"_s, u"English"_s, u"Kiswahili"_s, u"Sheng"_s, u"en"_s, u"sw"_s, u"sheng"_s};
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!same.contains(it.value()) && swahili.value(it.key()) == it.value())
            untranslated << it.value();
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
    QVERIFY(h.find<QLabel>(u"emptyText"_s)->text().startsWith(u"Karibu"_s));
    // Dates and numbers in the language's own way too.
    QCOMPARE(QLocale().language(), QLocale::Swahili);
    for (const QDateEdit *day : h.window->findChildren<QDateEdit *>())
        QCOMPARE(day->text(), QLocale(QLocale::Swahili).toString(day->date(), day->displayFormat()));
    QCOMPARE(RelativeTime::day(QDateTime::currentDateTime().addDays(-1)), u"Jana"_s);

    // Kiswahili words are longer: nothing may be cut off, in a window of 1024×640 either.
    dialog.adjustSize();
    h.window->resize(1024, 640);
    review->resize(1024, 640);
    QCoreApplication::processEvents();
    QStringList cut = clipped(h.window.get()) + clipped(&dialog) + clipped(review);
    // The settings' second page too.
    auto *pages = dialog.findChild<QTabWidget *>(u"settingsPages"_s);
    pages->setCurrentIndex(1);
    QCoreApplication::processEvents();
    cut += clipped(&dialog);
    QVERIFY(dialog.grab().save(screenshotPath(u"settings-records-sw.png"_s)));
    pages->setCurrentIndex(0);
    h.window->grab().save(screenshotPath(u"welcome-sw.png"_s));
    review->grab().save(screenshotPath(u"review-sw.png"_s));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u" | "_s)));
    QVERIFY(dialog.grab().save(screenshotPath(u"settings-sw.png"_s)));
    QVERIFY(h.window->grab().save(screenshotPath(u"welcome-sw.png"_s)));
    QVERIFY(review->grab().save(screenshotPath(u"review-sw.png"_s)));
    UiLanguage::apply(u"en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(h.window->windowTitle(), u"GovStack Desktop"_s);
    QCOMPARE(h.find<QPushButton>(u"sendButton"_s)->text(), u"Send"_s);
}

void TestMainWindow::qtsOwnTextsAreInKiswahiliToo()
{
    UiLanguage::apply(u"sw"_s);
    const auto texts = [](const QList<QAction *> &actions) {
        QStringList all;
        for (const QAction *action : actions)
            all << action->text().section(u'\t', 0, 0); // without the shortcut Qt adds
        return all;
    };
    // A text field's context menu, the message box's too.
    QLineEdit line;
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QVERIFY2(texts(lineMenu->actions()).contains(u"&Bandika"_s) &&
                 texts(lineMenu->actions()).contains(u"Chagua Yote"_s),
             qPrintable(texts(lineMenu->actions()).join(u", "_s)));
    QPlainTextEdit composer;
    std::unique_ptr<QMenu> composerMenu(composer.createStandardContextMenu());
    QVERIFY(texts(composerMenu->actions()).contains(u"&Nakili"_s));
    // Standard buttons.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Ghairi"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), u"Sawa"_s);
    // Qt's own file dialog, where the desktop offers none.
    QFileDialog files(nullptr, u"Hamisha"_s);
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    QStringList labels;
    for (const QLabel *label : files.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(u"Tafuta ndani ya:"_s) && labels.contains(u"Aina ya faili:"_s),
             qPrintable(labels.join(u", "_s)));
    QVERIFY(files.grab().save(screenshotPath(u"file-dialog-sw.png"_s)));
    UiLanguage::apply(u"en"_s);
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
}

void TestMainWindow::screenshots()
{
    Harness h;
    h.show();
    QVERIFY(h.window->grab().save(screenshotPath(u"empty.png"_s)));

    const QString id = h.store.createChatSession(u"u"_s).value();
    QList<ModelMessage> conversation = fixture(u"rag-tool-call.json"_s);
    ModelMessage answer = ModelMessage::response(
        {MessagePart::text(
            u"To register a business name:\n\n1. Search the name on **eCitizen**.\n2. Pay the fee of *KES 950*.\n\n"
            "See [the BRS portal](https://brs.ecitizen.go.ke) and `Form BN2`."_s)},
        {});
    GovStackExtras extras;
    extras.sources << Source{u"Business Registration Guidelines"_s, u"https://example.gov/brs"_s, {}};
    extras.confidence = 0.4;
    extras.followUpQuestions << FollowUpQuestion{u"What documents are required?"_s, 0.9}
                             << FollowUpQuestion{u"How long does it take?"_s, 0.8};
    answer.setGovStackExtras(extras);
    conversation << ModelMessage::request({MessagePart::userPrompt(u"And for a business name?"_s)}) << answer;
    QVERIFY(h.store.saveMessages(id, conversation));
    h.server.queueFault({HttpResponse::text(504, "text/html", "<html>504</html>"), false});
    h.window->openSession(id);
    QTRY_COMPARE(h.messageModel()->rowCount(), 4);
    QVERIFY(h.messageModel()->setData(h.messageModel()->index(1, 0), true, MessageListModel::ExpandedRole));
    QTest::keyClicks(h.composer(), u"Is there a fee waiver for youth?"_s);
    QTest::keyClick(h.composer(), Qt::Key_Return);
    QTRY_COMPARE(h.store.loadStoredMessages(id)->last().status, MessageStatus::Queued);
    QTest::qWait(50);
    h.messages()->scrollToBottom();
    const QString conversationShot = screenshotPath(u"conversation.png"_s);
    QVERIFY(h.window->grab().save(conversationShot));
    QVERIFY(QFile(conversationShot).size() > 10000);

    // A high-contrast palette: every colour the window paints comes from it.
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Button, Qt::black);
    contrast.setColor(QPalette::ButtonText, Qt::yellow);
    contrast.setColor(QPalette::Highlight, Qt::yellow);
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    contrast.setColor(QPalette::Link, Qt::cyan);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    h.window->setPalette(contrast);
    const QImage dark = h.window->grab().toImage();
    QVERIFY(dark.save(screenshotPath(u"conversation-high-contrast.png"_s)));
    // The chat's margins show the palette's own backgrounds, never a colour of the delegate's.
    const QRect chat = h.messages()->viewport()->geometry().translated(h.messages()->mapTo(h.window.get(), QPoint()));
    for (int y = chat.top() + 2; y < chat.bottom() - 2; y += 5) {
        const QColor margin = dark.pixelColor(chat.left() + 3, y);
        QVERIFY2(margin == contrast.color(QPalette::Base) || margin == contrast.color(QPalette::AlternateBase) ||
                     margin == contrast.color(QPalette::Highlight),
                 qPrintable(margin.name()));
    }
    // Links take the palette's link colour.
    QVERIFY(MessageDocuments::markdownFor(h.messageModel()->index(h.messageModel()->rowCount() - 2, 0))
                .contains(u"](https://"_s));

    QApplication::setPalette(QApplication::style()->standardPalette());
    auto *search = h.find<QLineEdit>(u"search"_s);
    search->setText(u"business"_s);
    QTRY_VERIFY(h.find<QListView>(u"searchResults"_s)->isVisible());
    QVERIFY(h.window->grab().save(screenshotPath(u"search.png"_s)));
    h.window->openReview();
    QVERIFY(QTest::qWaitForWindowExposed(h.window->reviewWindow()));
    QVERIFY(h.window->reviewWindow()->grab().save(screenshotPath(u"review.png"_s)));

    // The same states in Kiswahili, in the usual colours.
    h.window->setPalette(QPalette());
    UiLanguage::apply(u"sw"_s);
    QCoreApplication::processEvents();
    QCOMPARE(h.window->statusBar()->currentMessage(), u"Jumbe 3 zimepatikana"_s);
    QVERIFY(h.find<QLabel>(u"backendStatus"_s)->text().startsWith(u"Seva ya GovStack: "_s));
    QVERIFY(h.window->grab().save(screenshotPath(u"search-sw.png"_s)));
    QVERIFY(h.window->reviewWindow()->grab().save(screenshotPath(u"review-table-sw.png"_s)));
    search->clear();
    QTRY_VERIFY(h.sessions()->isVisible());
    h.messages()->scrollToBottom();
    QVERIFY(h.window->grab().save(screenshotPath(u"conversation-sw.png"_s)));
    UiLanguage::apply(u"en"_s);
    qInfo("screenshots in %s", qPrintable(QFileInfo(conversationShot).absolutePath()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
