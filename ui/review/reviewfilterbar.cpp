#include "reviewfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ReviewFilterBar::ReviewFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_fromEnabled(new QCheckBox)
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1)))
    , m_toEnabled(new QCheckBox)
    , m_to(new QDateEdit(QDate::currentDate()))
    , m_backendLabel(new QLabel)
    , m_backend(new QComboBox)
    , m_server(new QLineEdit)
    , m_userId(new QLineEdit)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_ratedOnly(new QCheckBox)
{
    setObjectName(u"reviewFilters"_s);
    m_ratedOnly->setObjectName(u"ratedOnlyFilter"_s);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_backend->addItems({QString(), QString(), QString()});
    // Shown by name in the app's language; the filter keeps the code the sessions store.
    for (const QString &code : {QString(), u"en"_s, u"sw"_s, u"sheng"_s})
        m_language->addItem(QString(), code);
    m_server->setClearButtonEnabled(true);
    m_userId->setClearButtonEnabled(true);
    m_backendLabel->setBuddy(m_backend);
    m_languageLabel->setBuddy(m_language);
    // Narrow sidebars and long Kiswahili words: labels wrap, lists show what fits.
    for (QLabel *label : {m_backendLabel, m_languageLabel})
        label->setWordWrap(true);
    for (QComboBox *combo : {m_backend, m_language}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    // Labels over their fields: the sidebar is narrow and Kiswahili words are long.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromEnabled, 0, 0);
    layout->addWidget(m_from, 0, 1);
    layout->addWidget(m_toEnabled, 1, 0);
    layout->addWidget(m_to, 1, 1);
    layout->addWidget(m_backendLabel, 2, 0, 1, 2);
    layout->addWidget(m_backend, 3, 0, 1, 2);
    layout->addWidget(m_server, 4, 0, 1, 2);
    layout->addWidget(m_userId, 5, 0, 1, 2);
    layout->addWidget(m_languageLabel, 6, 0, 1, 2);
    layout->addWidget(m_language, 7, 0, 1, 2);
    layout->addWidget(m_ratedOnly, 8, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled, m_ratedOnly})
        connect(box, &QCheckBox::toggled, this, &ReviewFilterBar::filterChanged);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &ReviewFilterBar::filterChanged);
    for (QComboBox *combo : {m_backend, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::filterChanged);
    for (QLineEdit *edit : {m_server, m_userId})
        connect(edit, &QLineEdit::editingFinished, this, &ReviewFilterBar::filterChanged);
    retranslate();
}

ReviewFilter ReviewFilterBar::filter() const
{
    ReviewFilter filter;
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    if (m_backend->currentIndex() > 0)
        filter.backend = m_backend->currentIndex() == 1 ? Backend::GovStack : Backend::OpenAI;
    filter.serverUrl = m_server->text().trimmed();
    filter.userId = m_userId->text().trimmed();
    filter.language = m_language->currentData().toString();
    filter.ratedOnly = m_ratedOnly->isChecked();
    return filter;
}

void ReviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewFilterBar::retranslate()
{
    // Days in the language chosen: the edits keep the locale they were made with until told.
    for (QDateEdit *day : {m_from, m_to})
        day->setLocale(QLocale());
    m_fromEnabled->setText(tr("From"));
    m_fromEnabled->setAccessibleDescription(tr("Only what happened on or after the day beside it"));
    m_toEnabled->setText(tr("To"));
    m_toEnabled->setAccessibleDescription(tr("Only what happened on or before the day beside it"));
    m_from->setAccessibleDescription(tr("The first day included"));
    m_to->setAccessibleDescription(tr("The last day included"));
    m_from->setAccessibleName(tr("From day"));
    m_to->setAccessibleName(tr("To day"));
    m_backendLabel->setText(tr("Back end"));
    m_backend->setItemText(0, tr("Any"));
    m_backend->setItemText(1, tr("GovStack"));
    m_backend->setItemText(2, tr("OpenAI-compatible"));
    m_backend->setAccessibleName(tr("Back end"));
    m_backend->setAccessibleDescription(tr("The kind of server the conversations were held with"));
    m_server->setPlaceholderText(tr("Server address"));
    m_server->setAccessibleName(tr("Server address"));
    m_userId->setPlaceholderText(tr("User id"));
    m_userId->setAccessibleName(tr("User id"));
    m_languageLabel->setText(tr("Language"));
    m_language->setItemText(0, tr("Any"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Kiswahili"));
    m_language->setItemText(3, tr("Sheng"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language the answers were given in"));
    m_ratedOnly->setText(tr("Rated answers only"));
    m_ratedOnly->setAccessibleDescription(tr("Only answers someone rated helpful or unhelpful"));
}
