#include "messagedocuments.h"

#include "messagelistmodel.h"

#include <QJsonDocument>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace {

const QString toggleScheme = u"govstack-toggle"_s;
constexpr char toggleProperty[] = "govstackToggleRect";
// GitHub's dialect, and never raw HTML from a server or a model.
const auto markdownFeatures =
    QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));
constexpr double lowConfidence = 0.5;

/// A document that loads nothing: no remote images, no local files.
class SafeDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

/// The Markdown importer colours links from the application palette; the view's palette (a
/// high-contrast theme, say) decides instead.
void recolourLinks(QTextDocument *document, const QColor &link)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor())
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setForeground(link);
            cursor.mergeCharFormat(format);
        }
    }
}

/// What the user typed, and the answer still arriving, are shown as written; answers as Markdown.
bool isPlain(const QModelIndex &index)
{
    return index.data(MessageListModel::SenderRole).toString() == u"user" ||
        index.data(MessageListModel::PendingRole).toBool();
}

/// JSON laid out with indentation, for reading; other text as it is. Only what is shown: the
/// stored message keeps its bytes.
QString readable(const QString &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
    return json.isNull() ? body : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

/// Markdown's code blocks keep each line whole; in a message they wrap like the rest.
void letCodeWrap(QTextDocument *document)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

/// A question's files and links, one line under its words: names a person knows, each a link
/// where it has an address.
void appendAttachments(QTextDocument *document, const QVariantList &attachments)
{
    if (attachments.isEmpty())
        return;
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    QTextCharFormat plain;
    cursor.insertText(MessageDocuments::tr("Attached: "), plain);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QVariantMap attachment = attachments.at(i).toMap();
        if (i > 0)
            cursor.insertText(u" · "_s, plain);
        QTextCharFormat link;
        if (const QUrl url(attachment.value(u"url"_s).toString()); MessageDocuments::isSafeLink(url)) {
            link.setAnchor(true);
            link.setAnchorHref(url.toString());
            link.setFontUnderline(true);
            link.setToolTip(url.toString());
        }
        cursor.insertText(attachment.value(u"name"_s).toString(), link);
    }
}

QTextDocument *documentOf(const QModelIndex &index, const QString &source, bool plain, QObject *parent)
{
    auto *document = new SafeDocument(parent);
    if (plain) {
        document->setPlainText(source);
        appendAttachments(document, index.data(MessageListModel::AttachmentsRole).toList());
        return document;
    }
    document->setMarkdown(source, markdownFeatures);
    letCodeWrap(document);
    return document;
}

/// "Used permit fee schedule (3), web search · Thought it over": what the steps were, in one line.
QString summaryOf(const QVariantList &blocks)
{
    QStringList tools;
    QHash<QString, int> calls;
    bool thought = false;
    for (const QVariant &block : blocks) {
        const QVariantMap map = block.toMap();
        const QString kind = map.value(u"kind"_s).toString();
        thought = thought || kind == u"thinking";
        if (kind != u"tool-call")
            continue;
        const QString tool = map.value(u"tool"_s).toString();
        if (!calls.contains(tool))
            tools << tool;
        ++calls[tool];
    }
    QStringList used;
    for (const QString &tool : std::as_const(tools)) {
        const QString name = QString(tool).replace(u'_', u' ').replace(u':', u' ');
        used << (calls.value(tool) > 1 ? u"%1 (%2)"_s.arg(name, QLocale().toString(calls.value(tool))) : name);
    }
    QStringList summary;
    if (!used.isEmpty())
        summary << MessageDocuments::tr("Used %1").arg(used.join(u", "_s));
    if (thought)
        summary << MessageDocuments::tr("Thought it over");
    if (summary.isEmpty())
        summary << MessageDocuments::tr("%n detail(s)", nullptr, int(blocks.size()));
    return summary.join(u" · "_s);
}

} // namespace

bool MessageDocuments::isSafeLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

bool MessageDocuments::isToggle(const QUrl &link)
{
    return link.scheme() == toggleScheme;
}

QRect MessageDocuments::toggleRectOf(const QTextDocument *document)
{
    return document->property(toggleProperty).toRect();
}

QRect MessageDocuments::toggleRect(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!isToggle(QUrl(fragment.charFormat().anchorHref())))
                continue;
            const QTextLayout *layout = block.layout();
            const int start = fragment.position() - block.position();
            const QTextLine line = layout->lineForTextPosition(start);
            if (!line.isValid())
                return {};
            const int end = std::min(start + fragment.length(), line.textStart() + line.textLength());
            const qreal left = line.cursorToX(start);
            return QRectF(layout->position() + QPointF(left, line.y()),
                          QSizeF(line.cursorToX(end) - left, line.height()))
                .toAlignedRect();
        }
    }
    return {};
}

QTextDocument *MessageDocuments::newDocument(const QModelIndex &index, QObject *parent)
{
    const bool plain = isPlain(index);
    return documentOf(index, plain ? index.data(MessageListModel::TextRole).toString() : markdownFor(index), plain,
                      parent);
}

QString MessageDocuments::markdownFor(const QModelIndex &index)
{
    QString markdown = index.data(MessageListModel::TextRole).toString();
    const QVariantList sources = index.data(MessageListModel::SourcesRole).toList();
    if (!sources.isEmpty()) {
        QStringList links;
        for (const QVariant &source : sources) {
            const QVariantMap map = source.toMap();
            links << u"[%1](%2)"_s.arg(map.value(u"title"_s).toString().toHtmlEscaped(),
                                       map.value(u"url"_s).toString());
        }
        markdown += u"\n\n**"_s + tr("Sources:") + u"** "_s + links.join(u" · "_s);
    }
    const QVariant confidence = index.data(MessageListModel::ConfidenceRole);
    if (confidence.isValid() && confidence.toDouble() < lowConfidence)
        markdown += u"\n\n*"_s +
            tr("The assistant is not confident about this answer; check the sources or ask a person.") + u'*';
    const QVariantList blocks = index.data(MessageListModel::BlocksRole).toList();
    if (blocks.isEmpty())
        return markdown;
    // The steps the assistant took fold into one line of the message; opened, each reads as
    // indented text that wraps, not as one long line of JSON.
    const bool expanded = index.data(MessageListModel::ExpandedRole).toBool();
    markdown += u"\n\n[%1 %2](%3:)"_s.arg(expanded ? u"▾"_s : u"▸"_s, summaryOf(blocks).toHtmlEscaped(), toggleScheme);
    if (!expanded)
        return markdown;
    for (const QVariant &block : blocks) {
        const QVariantMap map = block.toMap();
        markdown += u"\n\n**%1**\n\n```\n%2\n```"_s.arg(map.value(u"title"_s).toString().toHtmlEscaped(),
                                                        readable(map.value(u"body"_s).toString()));
    }
    return markdown;
}

QTextDocument *MessageDocuments::documentFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                                             int width) const
{
    const bool pending = index.data(MessageListModel::PendingRole).toBool();
    const bool plain = isPlain(index);
    // Keyed by the row's revision, which changes with anything it shows, not by position:
    // positions repeat across sessions and after a sync rewrite.
    const QString key = u"%1/%2/%3/%4/%5"_s.arg(index.data(MessageListModel::RevisionRole).toULongLong())
                            .arg(plain)
                            .arg(width)
                            .arg(option.font.toString(), option.palette.color(QPalette::Link).name());
    if (!pending) {
        if (QTextDocument *cached = m_documents.object(key))
            return cached;
    }
    const QString source = plain ? index.data(MessageListModel::TextRole).toString() : markdownFor(index);
    QTextDocument *document = documentOf(index, source, plain, nullptr);
    document->setDefaultFont(option.font);
    document->setDocumentMargin(0);
    recolourLinks(document, option.palette.color(QPalette::Link));
    document->setTextWidth(width);
    // Laid out now, and the fold found once, not at every paint: the layout is what the cache keeps.
    document->size();
    document->setProperty(toggleProperty, toggleRect(document));
    if (pending) {
        // The streaming row changes with every chunk: it is laid out anew and not kept.
        m_documents.insert(u"pending"_s, document);
        return document;
    }
    m_documents.insert(key, document);
    return document;
}

void MessageDocuments::clear()
{
    m_documents.clear();
}
