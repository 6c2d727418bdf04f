#include "chatstore.h"
#include "conversationdocument.h"
#include "conversationprint.h"
#include "teststore.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int turns = 2500; // 5,000 messages

/// What a poppler tool prints for @p file.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

/// Print and PDF: a long conversation paginated by Qt's text layout, every message on paper.
class TestPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLongConversationBecomesAPdfWithEveryMessage();
    void cancellingLeavesNoFile();
    void toolCallsAreSummarisedAndAnswersKeepTheirMarkdown();
    void theHeaderReadsBackAsPrinted();

private:
    QString makeConversation(TestStore &store);

    QTemporaryDir m_dir;
};

void TestPrint::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by ./dev.sh) is needed to read the PDF back");
}

QString TestPrint::makeConversation(TestStore &store)
{
    const QString id = store.createChatSession(u"officer"_s).value();
    QList<ModelMessage> messages;
    for (int turn = 0; turn < turns; ++turn) {
        messages << ModelMessage::request({MessagePart::userPrompt(u"Swali %1 kuhusu leseni"_s.arg(turn))})
                 << ModelMessage::response({MessagePart::text(u"Jibu %1: lipa ada kupitia eCitizen."_s.arg(turn))},
                                           u"gpt-4o"_s);
    }
    if (!store.saveMessages(id, messages) || !store.renameSession(id, u"Leseni ya biashara"_s))
        return {};
    return id;
}

void TestPrint::aLongConversationBecomesAPdfWithEveryMessage()
{
    TestStore store;
    QVERIFY(store.open(m_dir.filePath(u"long.sqlite"_s)));
    const QString id = makeConversation(store);
    QVERIFY(!id.isEmpty());
    const auto source = ConversationPrint::read(store, id);
    QVERIFY(source);
    QCOMPARE(source->conversation.size(), turns * 2);
    const QString path = m_dir.filePath(u"long.pdf"_s);
    int lastPage = 0;
    int reportedPages = 0;
    const auto pages = ConversationPrint::toPdf(*source, path, [&](int page, int pages) {
        lastPage = page;
        reportedPages = pages;
        return true;
    });
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QCOMPARE(lastPage, *pages);
    QCOMPARE(reportedPages, *pages);
    QVERIFY(*pages > 50);

    // The file says it has that many pages, and its text holds every message, in order.
    const QString info = poppler(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(*pages))), qPrintable(info));
    const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QSet<int> questions;
    QSet<int> answers;
    static const QRegularExpression question(u"Swali (\\d+) kuhusu"_s);
    static const QRegularExpression answer(u"Jibu (\\d+): lipa ada"_s);
    for (auto match = question.globalMatch(text); match.hasNext();)
        questions.insert(match.next().captured(1).toInt());
    for (auto match = answer.globalMatch(text); match.hasNext();)
        answers.insert(match.next().captured(1).toInt());
    QCOMPARE(questions.size(), turns);
    QCOMPARE(answers.size(), turns);
    QVERIFY(text.indexOf(u"Swali 0 kuhusu"_s) < text.indexOf(u"Swali 2499 kuhusu"_s));
    // Every page is headed with the title and the session, and numbered.
    // Spacing is the layout's guess: compared without it.
    const QString compact = QString(text).remove(QRegularExpression(u"\\s"_s));
    QCOMPARE(compact.count(u"Leseniyabiashara"_s), *pages);
    QCOMPARE(compact.count(u"Session"_s + id), *pages);
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(*pages)));

    // The first page as a picture, for people to look at.
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(folder);
    poppler(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"70"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, path,
             folder + u"/pdf-first-page"_s});
}

void TestPrint::cancellingLeavesNoFile()
{
    TestStore store;
    QVERIFY(store.open(m_dir.filePath(u"cancel.sqlite"_s)));
    const QString id = makeConversation(store);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    const auto printed = ConversationPrint::toPdf(ConversationPrint::read(store, id).value(), path,
                                                  [](int page, int) { return page < 3; });
    QVERIFY(!printed);
    QCOMPARE(printed.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(path));
}

void TestPrint::toolCallsAreSummarisedAndAnswersKeepTheirMarkdown()
{
    const auto stored = [](ModelMessage message) {
        return StoredMessage{0, 0, MessageStatus::Ok, {}, {}, std::move(message), {}, std::nullopt};
    };
    const QList<StoredMessage> conversation{
        stored(ModelMessage::request({MessagePart::userPrompt(u"Habari 👋, ada ni ngapi?"_s)})),
        stored(ModelMessage::response(
            {MessagePart::toolCall(u"search_services"_s, QJsonObject{{u"query"_s, u"ada ya leseni"_s}}, u"c1"_s)}, {})),
        stored(ModelMessage::request({MessagePart::toolReturn(u"search_services"_s, QString(500, u'x'), u"c1"_s)})),
        stored(ModelMessage::response(
            {MessagePart::text(u"Ada ni **KES 950**.\n\n```\nfee = 950\n```\n\n- eCitizen\n- Huduma"_s)}, {})),
    };
    const auto document = ConversationDocument::build(conversation);
    const QString text = document->toPlainText();
    QVERIFY2(text.contains(u"Habari 👋, ada ni ngapi?"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Tool call search_services: {\"query\":\"ada ya leseni\"}"_s), qPrintable(text));
    // (Without the English plural forms this test does not load: "(500 character(s))".)
    QVERIFY2(text.contains(QRegularExpression(u"Tool result from search_services \\(500 character.*\\): xxx"_s)),
             qPrintable(text));
    QVERIFY(text.contains(u"x…"_s)); // cut, not printed whole
    QVERIFY(!text.contains(u"**"_s)); // Markdown rendered, not shown
    QVERIFY(text.contains(u"fee = 950"_s));
    QVERIFY(text.contains(u"KES 950"_s));
}

void TestPrint::theHeaderReadsBackAsPrinted()
{
    // Hex session ids hold "ff" (about one in nine): a font's ligature there made the id in the
    // PDF's text differ from the real one, so it could not be searched for or copied.
    const QString id = u"0ff1ce5f-fb00-4fff-affe-ffffffffff01"_s;
    const QList<StoredMessage> conversation{
        {0,
         0,
         MessageStatus::Ok,
         {},
         {},
         ModelMessage::request({MessagePart::userPrompt(u"Office staff affairs"_s)}),
         {},
         std::nullopt}};
    const ConversationPrint::Source source{{u"Staff office"_s, id, QDateTime::currentDateTimeUtc()}, conversation};
    const QString path = m_dir.filePath(u"header.pdf"_s);
    QVERIFY(ConversationPrint::toPdf(source, path));
    const QString text = poppler(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY2(text.contains(u"Session "_s + id), qPrintable(text));
    QVERIFY2(text.contains(u"Staff office"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Office staff affairs"_s), qPrintable(text));
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
