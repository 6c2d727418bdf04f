#include "chatstore.h"
#include "mainwindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatHeadlessCommandsWrote();
};

void TestMainWindow::showsWhatHeadlessCommandsWrote()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chats.sqlite"_s);
    ChatStore windowStore;
    QVERIFY(windowStore.open(path));
    windowStore.setExternalChangeInterval(10);
    MainWindow window(&windowStore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto *summary = window.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"No conversations yet."_s);
    QCOMPARE(window.windowTitle(), u"GovStack Desktop"_s);

    ChatStore headless;
    QVERIFY(headless.open(path));
    QVERIFY(headless.createChatSession(u"cli-user"_s));
    QVERIFY(headless.createChatSession(u"cli-user"_s));
    QTRY_COMPARE(summary->text(), u"2 conversation(s) stored on this computer."_s);

    // The window's own writes show at once.
    QVERIFY(windowStore.createChatSession(u"u"_s));
    QCOMPARE(summary->text(), u"3 conversation(s) stored on this computer."_s);

    window.showMinimized();
    window.activate();
    QVERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
