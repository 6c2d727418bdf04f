#pragma once

#include "personaldata.h"

#include <QPlainTextEdit>

/// The message input: Enter sends, Shift+Enter starts a new line, and Up in
/// an empty box brings back the last message for editing and resending.
class Composer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    /// Marks where @p text (what the box holds) has personal data, until the text changes.
    void markPersonalData(const QString &text, const QList<PersonalData::Match> &found);

Q_SIGNALS:
    void sendRequested(const QString &text);
    void lastMessageRequested();
    /// Esc: what the box was doing (editing a question) is given up.
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
