#include "ratingdialog.h"

#include "rating.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RatingDialog::RatingDialog(int score, const QString &comment, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel)
    , m_comment(new QPlainTextEdit(comment))
{
    const bool helpful = score == Rating::thumbsUp;
    setWindowTitle(helpful ? tr("Helpful answer") : tr("Unhelpful answer"));
    m_question->setText(helpful ? tr("What was good about this answer? (optional)")
                                : tr("What was wrong with this answer? (optional)"));
    m_question->setWordWrap(true);
    m_question->setBuddy(m_comment);
    m_comment->setObjectName(u"ratingComment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Rate"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
}

QString RatingDialog::comment() const
{
    return m_comment->toPlainText().trimmed().left(Rating::maxCommentLength);
}
