#include "editbanner.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

EditBanner::EditBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_cancel(new QPushButton)
{
    setObjectName(u"editBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_text->setObjectName(u"editBannerText"_s);
    m_text->setWordWrap(true);
    m_cancel->setObjectName(u"cancelEditButton"_s);
    auto *icon = new QLabel;
    const int size = fontMetrics().height();
    icon->setPixmap(Icons::pixmap(u"edit"_s, size, palette().color(QPalette::Text), devicePixelRatio()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignVCenter);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        end();
        Q_EMIT cancelled();
    });
    setVisible(false);
    retranslate();
}

void EditBanner::begin(int turn)
{
    m_turn = turn;
    setVisible(true);
}

void EditBanner::end()
{
    m_turn.reset();
    setVisible(false);
}

void EditBanner::retranslate()
{
    m_text->setText(tr("Editing your question. Sending asks it again in a new version of this conversation; "
                       "the earlier version is kept."));
    m_cancel->setText(tr("Cancel Editing"));
    m_cancel->setAccessibleDescription(tr("Leaves the question as it was (Esc)"));
    setAccessibleName(tr("Editing a question"));
}
