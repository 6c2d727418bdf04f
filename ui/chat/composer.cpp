#include "composer.h"

#include <QKeyEvent>
#include <QTextCursor>

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setAccessibleName(tr("Message"));
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!extraSelections().isEmpty())
            setExtraSelections({});
    });
}

void Composer::markPersonalData(const QString &text, const QList<PersonalData::Match> &found)
{
    // Measured from the start of what the box holds, which may begin with spaces the message does not.
    const qsizetype offset = toPlainText().indexOf(text);
    QList<QTextEdit::ExtraSelection> marks;
    for (const PersonalData::Match &match : found) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(int(offset + match.start));
        mark.cursor.setPosition(int(offset + match.start + match.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(palette().color(QPalette::Highlight));
        mark.format.setForeground(palette().color(QPalette::HighlightedText));
        mark.format.setFontUnderline(true);
        marks << mark;
    }
    setExtraSelections(marks);
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
