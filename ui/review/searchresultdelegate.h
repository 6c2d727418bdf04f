#pragma once

#include <QStyledItemDelegate>

/// Paints one search hit: the session's title and the message's date, and
/// below them the words around the match with the matched words in bold.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The snippet as rich text: the text escaped, the matches in bold.
    static QString snippetHtml(const QString &snippet);
};
