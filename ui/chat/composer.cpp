#include "composer.h"

#include <QKeyEvent>

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setAccessibleName(tr("Message"));
}

QSize Composer::sizeHint() const
{
    // Room for three lines; it scrolls beyond that.
    const int lines = 3;
    return QSize(QPlainTextEdit::sizeHint().width(),
                 fontMetrics().lineSpacing() * lines + 2 * (frameWidth() + int(document()->documentMargin())));
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        const QString text = toPlainText().trimmed();
        if (!text.isEmpty())
            Q_EMIT sendRequested(text);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Up && toPlainText().isEmpty()) {
        Q_EMIT lastMessageRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
