#pragma once

#include <QCache>
#include <QCoreApplication>
#include <QTextDocument>

class QModelIndex;
class QStyleOptionViewItem;

/// The text of each message as the chat view shows it: Markdown with its sources, hints and
/// folded blocks, in documents that load nothing from outside (no remote images, no local
/// files). Laid-out documents are kept by what they show and their width, so rows painted
/// again are not laid out again.
class MessageDocuments
{
    Q_DECLARE_TR_FUNCTIONS(MessageDelegate)

public:
    /// The Markdown shown for a message: its text, sources, hints and blocks.
    static QString markdownFor(const QModelIndex &index);
    /// Whether a link may be opened in the browser: http and https only.
    static bool isSafeLink(const QUrl &url);
    /// Whether a link folds or unfolds a message's blocks.
    static bool isToggle(const QUrl &link);
    /// Where the line that folds a message's steps is in its laid-out @p document; null when it has none.
    static QRect toggleRect(const QTextDocument *document);
    /// The same, for a document laid out by documentFor(), which noted it then.
    static QRect toggleRectOf(const QTextDocument *document);
    /// The message's text in a new document owned by @p parent, for a text browser.
    static QTextDocument *newDocument(const QModelIndex &index, QObject *parent);

    /// The message laid out @p width wide in the view's font and link colour.
    QTextDocument *documentFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    /// Forgets every laid-out document (another language or font).
    void clear();

private:
    mutable QCache<QString, QTextDocument> m_documents{400};
};
