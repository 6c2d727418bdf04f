#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

/// Asks for an optional comment on a thumbs-up or thumbs-down rating of an answer.
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    RatingDialog(int score, const QString &comment, QWidget *parent = nullptr);

    QString comment() const;

private:
    QLabel *m_question;
    QPlainTextEdit *m_comment;
};
