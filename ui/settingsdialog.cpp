#include "settingsdialog.h"

#include "continuewhilealive.h"
#include "dayspinbox.h"
#include "questionbox.h"

#include "connectiontester.h"
#include "credentialstore.h"
#include "managedpolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(const ConnectionSettings &settings, ConnectionTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tester(tester)
{
    setObjectName(u"settingsDialog"_s);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_backend = new QComboBox;
    m_backend->setObjectName(u"backendChoice"_s);
    m_backend->addItem(QString(), backendName(Backend::GovStack));
    m_backend->addItem(QString(), backendName(Backend::OpenAI));
    m_govStackUrl = new QLineEdit(settings.govStackUrl.toString());
    m_profile = new QComboBox;
    m_profile->setObjectName(u"profileChoice"_s);
    m_profile->addItem(QString(), u"v2"_s);
    m_profile->addItem(QString(), u"govbot"_s);
    m_openAiUrl = new QLineEdit(settings.openAiUrl.toString());
    m_model = new QComboBox;
    m_model->setEditable(true);
    m_model->setCurrentText(settings.model);
    m_systemPrompt = new QPlainTextEdit(settings.systemPrompt);
    m_systemPrompt->setTabChangesFocus(true);
    m_apiKey = new QLineEdit;
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_userId = new QLineEdit(settings.userId);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageChoice"_s);
    m_language->addItem(QString(), u"en"_s);
    m_language->addItem(QString(), u"sw"_s);
    m_language->addItem(QString(), u"sheng"_s);
    m_timeout = new QSpinBox;
    m_timeout->setRange(5, 3600);
    m_timeout->setValue(settings.timeoutSeconds);
    for (QSpinBox **days : {&m_retention, &m_trashDays}) {
        *days = new DaySpinBox;
        (*days)->setRange(0, ConnectionSettings::maxDays);
    }
    m_retention->setObjectName(u"retentionDays"_s);
    m_trashDays->setObjectName(u"trashDays"_s);
    m_retention->setValue(settings.retentionDays);
    m_trashDays->setValue(settings.trashDays);
    m_outlookLabel = new QLabel;
    m_outlookLabel->setObjectName(u"retentionOutlook"_s);
    m_outlookLabel->setWordWrap(true);
    m_uiLanguage = new QComboBox;
    m_uiLanguage->addItem(QString(), QString());
    m_uiLanguage->addItem(u"English"_s, u"en"_s);
    m_uiLanguage->addItem(u"Kiswahili"_s, u"sw"_s);
    m_testButton = new QPushButton;
    m_testResult = new QLabel;
    m_testResult->setWordWrap(true);
    m_testResult->setObjectName(u"testResult"_s);
    // Buttons of its own rather than standard ones: a button box resets standard
    // buttons to Qt's texts on a language change, and Qt has no Kiswahili for them.
    m_buttons = new QDialogButtonBox;
    m_okButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);

    selectData(m_backend, backendName(settings.backend));
    selectData(m_profile, GovStackBackend::profileName(settings.profile));
    selectData(m_language, settings.language);
    selectData(m_uiLanguage, settings.uiLanguage);

    m_form = newForm();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_backend, m_govStackUrl, m_profile, m_openAiUrl, m_model, m_systemPrompt,
                                          m_apiKey, m_userId, m_language, m_timeout, m_uiLanguage})
        m_form->addRow(new QLabel, field);
    // Which key the app uses, under the key field: one in the environment wins over one typed here.
    m_keySource = new QLabel;
    m_keySource->setObjectName(u"keySource"_s);
    m_keySource->setWordWrap(true);
    int keyRow = 0;
    m_form->getWidgetPosition(m_apiKey, &keyRow, nullptr);
    m_form->insertRow(keyRow + 1, QString(), m_keySource);
    // How long conversations are kept, on a page of its own: the dialog stays small enough for
    // small screens in Kiswahili too.
    m_recordsForm = newForm();
    m_recordsForm->addRow(new QLabel, m_retention);
    m_recordsForm->addRow(QString(), m_outlookLabel);
    m_recordsForm->addRow(new QLabel, m_trashDays);
    m_pages = new QTabWidget;
    m_pages->setObjectName(u"settingsPages"_s);
    for (QFormLayout *form : {m_form, m_recordsForm}) {
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addLayout(form);
        if (form == m_form) {
            pageLayout->addWidget(m_testButton, 0, Qt::AlignLeft);
            pageLayout->addWidget(m_testResult);
        }
        pageLayout->addStretch();
        m_pages->addTab(page, QString());
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateVisibleFields);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &SettingsDialog::describeKeySource);
    for (QLineEdit *address : {m_govStackUrl, m_openAiUrl})
        connect(address, &QLineEdit::textChanged, this, &SettingsDialog::describeKeySource);
    connect(m_uiLanguage, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT uiLanguageChosen(m_uiLanguage->currentData().toString()); });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_testButton->setEnabled(false);
        m_testResult->setText(tr("Testing…"));
        m_tester->test(this->settings(), m_apiKey->text());
    });
    connect(m_tester, &ConnectionTester::finished, this, &SettingsDialog::showReport);
    connect(m_retention, &QSpinBox::valueChanged, this, &SettingsDialog::requestOutlook);
    retranslate();
    updateVisibleFields();
}

QFormLayout *SettingsDialog::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Rows wrap under their labels when the labels are long, as Kiswahili ones can be.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QFormLayout *SettingsDialog::formOf(QWidget *field) const
{
    int row = -1;
    m_form->getWidgetPosition(field, &row, nullptr);
    return row >= 0 ? m_form : m_recordsForm;
}

ConnectionSettings SettingsDialog::settings() const
{
    ConnectionSettings result = m_settings;
    result.backend = backendFromName(m_backend->currentData().toString()).value_or(Backend::GovStack);
    result.govStackUrl = QUrl::fromUserInput(m_govStackUrl->text());
    result.profile = GovStackBackend::profileFromName(m_profile->currentData().toString()).value_or(result.profile);
    result.openAiUrl = QUrl::fromUserInput(m_openAiUrl->text());
    result.model = m_model->currentText().trimmed();
    result.systemPrompt = m_systemPrompt->toPlainText();
    result.userId = m_userId->text().trimmed();
    result.language = m_language->currentData().toString();
    result.timeoutSeconds = m_timeout->value();
    result.uiLanguage = m_uiLanguage->currentData().toString();
    result.retentionDays = m_retention->value();
    result.trashDays = m_trashDays->value();
    return result;
}

QString SettingsDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void SettingsDialog::showReport(const ConnectionReport &report)
{
    m_testButton->setEnabled(true);
    m_testResult->setText(report.summary);
    if (!report.models.isEmpty()) {
        const QString current = m_model->currentText();
        m_model->clear();
        m_model->addItems(report.models);
        m_model->setCurrentText(report.models.contains(current) ? current : report.models.constFirst());
    }
}

void SettingsDialog::updateVisibleFields()
{
    const bool openAi = m_backend->currentData().toString() == backendName(Backend::OpenAI);
    for (QWidget *field : {static_cast<QWidget *>(m_govStackUrl), static_cast<QWidget *>(m_profile)})
        m_form->setRowVisible(field, !openAi);
    for (QWidget *field :
         {static_cast<QWidget *>(m_openAiUrl), static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_systemPrompt)})
        m_form->setRowVisible(field, openAi);
}

void SettingsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Once the pages have their geometry.
    QMetaObject::invokeMethod(this, &SettingsDialog::fitPages, Qt::QueuedConnection);
}

void SettingsDialog::fitPages()
{
    // A tab widget sizes its pages by their size hints, not by the height their wrapped texts
    // need at the width they have: without this, a long description (Kiswahili's are) is cut.
    const int width = m_pages->currentWidget()->width();
    int needed = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        needed = std::max(needed, m_pages->widget(i)->heightForWidth(width));
    const int chrome = m_pages->height() - m_pages->currentWidget()->height();
    if (needed > 0 && chrome > 0 && needed + chrome != m_pages->minimumHeight())
        m_pages->setMinimumHeight(needed + chrome);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QList<std::pair<QString, QWidget *>> SettingsDialog::fieldsByKey() const
{
    return {{u"backend"_s, m_backend},
            {u"govstack/url"_s, m_govStackUrl},
            {u"govstack/profile"_s, m_profile},
            {u"openai/url"_s, m_openAiUrl},
            {u"openai/model"_s, m_model},
            {u"openai/systemPrompt"_s, m_systemPrompt},
            {u"userId"_s, m_userId},
            {u"language"_s, m_language},
            {u"timeout"_s, m_timeout},
            {u"uiLanguage"_s, m_uiLanguage},
            {ConnectionSettings::retentionKey, m_retention},
            {ConnectionSettings::trashKey, m_trashDays}};
}

void SettingsDialog::applyPolicy(const ManagedPolicy &policy)
{
    for (const auto &[key, field] : fieldsByKey()) {
        if (!policy.isLocked(key))
            continue;
        field->setEnabled(false);
        // Greyed, and said in words under the field: a disabled field alone does not say why.
        auto *note = new QLabel;
        note->setObjectName(u"lockedNote"_s);
        note->setEnabled(false);
        int row = 0;
        QFormLayout *form = formOf(field);
        form->getWidgetPosition(field, &row, nullptr);
        form->insertRow(row + 1, QString(), note);
        m_lockNotes.append(note);
    }
    auto *backends = qobject_cast<QStandardItemModel *>(m_backend->model());
    for (int i = 0; i < m_backend->count(); ++i) {
        const auto backend = backendFromName(m_backend->itemData(i).toString());
        if (backend && !policy.allows(*backend))
            backends->item(i)->setEnabled(false);
    }
    retranslate();
}

void SettingsDialog::retranslate()
{
    for (QLabel *note : std::as_const(m_lockNotes))
        note->setText(tr("Set by your organisation"));
    setWindowTitle(tr("Settings"));
    m_backend->setItemText(0, tr("GovStack server"));
    m_backend->setItemText(1, tr("OpenAI-compatible server"));
    m_profile->setItemText(0, tr("GovStack v2"));
    m_profile->setItemText(1, tr("GovStack (deployed)"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Kiswahili"));
    m_language->setItemText(2, tr("Sheng"));
    m_uiLanguage->setItemText(0, tr("As the system"));
    m_pages->setTabText(0, tr("Connection"));
    m_pages->setTabText(1, tr("Keeping Conversations"));
    m_timeout->setSuffix(tr(" s"));
    m_apiKey->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_testButton->setText(tr("Test connection"));
    m_okButton->setText(tr("OK"));
    m_cancelButton->setText(tr("Cancel"));
    struct Field {
        QWidget *field;
        QString label;
        QString description;
    };
    const QList<Field> fields{
        {m_backend, tr("Assistant:"), tr("The kind of server that answers")},
        {m_govStackUrl, tr("Server address:"), tr("The address of the GovStack chat server, starting with https://")},
        {m_profile, tr("Server type:"), tr("GovStack v2 answers at /v2/chat; the deployed server at /chat")},
        {m_openAiUrl, tr("API address:"), tr("The address of the OpenAI-compatible API, ending in /v1")},
        {m_model, tr("Model:"), tr("The name of the model the server should use")},
        {m_systemPrompt, tr("Instructions to the assistant:"), tr("Sent before every conversation")},
        {m_apiKey, tr("API key:"), tr("Kept in the system keychain, never in a file")},
        {m_userId, tr("User id:"), tr("The name the server knows you by")},
        {m_language, tr("Language of answers:"), tr("The language the assistant answers in")},
        {m_timeout, tr("Give up after:"), tr("How long to wait for an answer before saying it did not come")},
        {m_uiLanguage, tr("Language of the app:"), tr("The language of the app's menus and messages")},
        {m_retention, tr("Move to Trash after:"),
         tr("Conversations without activity for this long go to the Trash; pinned ones and those on legal hold "
            "stay")},
        {m_trashDays, tr("Empty Trash after:"), tr("How long the Trash keeps conversations before deleting them")},
    };
    for (const auto &[field, text, description] : fields) {
        auto *label = static_cast<QLabel *>(formOf(field)->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(u':'));
        field->setAccessibleDescription(description);
    }
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setAccessibleDescription(tr("Checks that the server answers and takes the key"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    // Fields as wide as their hints, which run long in Kiswahili.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        const int margins = edit->sizeHint().width() - edit->fontMetrics().horizontalAdvance(u'x') * 17;
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + margins);
    }
    m_okButton->setAccessibleDescription(tr("Saves the settings and closes"));
    m_cancelButton->setAccessibleDescription(tr("Closes without saving"));
    describeKeySource();
    if (m_outlook)
        showOutlook(*m_outlook);
    QMetaObject::invokeMethod(this, &SettingsDialog::fitPages, Qt::QueuedConnection);
}

void SettingsDialog::setKeyStored(const QString &entry, bool stored)
{
    m_keyEntry = entry;
    m_keyStored = stored;
    describeKeySource();
}

void SettingsDialog::describeKeySource()
{
    const ConnectionSettings chosen = settings();
    const QByteArray variable = CredentialStore::environmentVariable(chosen.backend);
    const bool known = !m_keyEntry.isEmpty() &&
        m_keyEntry == CredentialStore::entryFor(chosen.backend, chosen.serverUrl(chosen.backend));
    if (!qEnvironmentVariableIsEmpty(variable.constData()))
        m_keySource->setText(tr("In use: the key from the environment variable %1, which wins over one typed here.")
                                 .arg(QString::fromLatin1(variable)));
    else if (known && m_keyStored)
        m_keySource->setText(tr("In use: the key kept in the system keychain for this server. One typed here "
                                "replaces it."));
    else if (known)
        m_keySource->setText(tr("No key is kept for this server yet. One typed here is kept in the system keychain, "
                                "never in a file."));
    else
        m_keySource->setText(tr("A key typed here is kept in the system keychain, never in a file."));
}

void SettingsDialog::setOutlookSource(OutlookSource source)
{
    m_outlookSource = std::move(source);
    requestOutlook();
}

void SettingsDialog::requestOutlook()
{
    if (!m_outlookSource)
        return;
    continueWhileAlive(m_outlookSource(m_retention->value()), this, [this](const Result<RetentionOutlook> &outlook) {
        if (!outlook || outlook->days != m_retention->value())
            return;
        m_outlook = *outlook;
        showOutlook(*outlook);
        if (std::exchange(m_acceptWhenKnown, false))
            accept();
    });
}

QString SettingsDialog::outlookText() const
{
    return m_outlookLabel->text();
}

void SettingsDialog::showOutlook(const RetentionOutlook &outlook)
{
    if (outlook.days <= 0)
        return m_outlookLabel->setText(tr("Conversations are kept until you delete them."));
    QStringList said;
    if (outlook.dueNow > 0)
        said << tr("%n conversation(s) have had no activity for longer and go to the Trash when you save.", nullptr,
                   outlook.dueNow);
    if (outlook.next)
        said << tr("Next: “%1” on %2.")
                    .arg(outlook.next->title.isEmpty() ? tr("New conversation") : outlook.next->title,
                         QLocale().toString(outlook.nextAt.toLocalTime().date(), QLocale::ShortFormat));
    if (said.isEmpty())
        said << tr("No conversation goes to the Trash for now.");
    m_outlookLabel->setText(said.join(u' '));
}

void SettingsDialog::accept()
{
    const int days = m_retention->value();
    const bool shorter = days > 0 && (m_settings.retentionDays == 0 || days < m_settings.retentionDays);
    if (!shorter || !m_outlookSource)
        return QDialog::accept();
    if (!m_outlook || m_outlook->days != days) {
        m_acceptWhenKnown = true;
        return requestOutlook();
    }
    if (m_outlook->dueNow > 0 &&
        !QuestionBox::confirm(this, tr("Move to Trash after %n day(s)", nullptr, days),
                              tr("%n conversation(s) have had no activity for longer than this and go to the Trash "
                                 "now. You can restore them from View → Trash.",
                                 nullptr, m_outlook->dueNow),
                              tr("Save and Move to Trash")))
        return;
    QDialog::accept();
}
