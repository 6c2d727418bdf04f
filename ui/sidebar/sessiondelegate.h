#pragma once

#include <QStyledItemDelegate>

/// Paints a sidebar row: a group header (Today, Yesterday...) where the group
/// changes, the title, the time of last activity and a one-line preview.
/// Editing renames the session inline.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    void renameRequested(const QString &sessionId, const QString &title);

private:
    static bool startsGroup(const QModelIndex &index);
    /// The icon that marks a conversation's sync state; empty when all is well.
    static QString syncMarker(const QModelIndex &index);
    /// Draws @p icon at the start of @p line; returns what is left of the line for text.
    static QRect paintMarker(QPainter *painter, const QRect &line, const QString &icon, const QColor &color);
    int headerHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
