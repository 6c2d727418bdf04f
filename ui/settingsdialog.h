#pragma once

#include "connectionsettings.h"
#include "result.h"
#include "retentionoutlook.h"

#include <QDialog>
#include <QFuture>

#include <functional>
#include <optional>

class ConnectionTester;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
struct ConnectionReport;

/// Settings (Ctrl+,): where the assistant is, how to talk to it, and the UI
/// language, which applies at once. The API key typed here goes to the
/// keychain, never into the settings.
class ManagedPolicy;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const ConnectionSettings &settings, ConnectionTester *tester, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    /// The key typed in this dialog; empty leaves the stored key as it is.
    QString apiKey() const;
    /// Whether the keychain holds a key for the server of @p entry (CredentialStore::entryFor),
    /// so the dialog can say which key is in use while that server is the one chosen.
    void setKeyStored(const QString &entry, bool stored);
    /// Greys out what @p policy locks, each with "Set by your organisation", and the back ends
    /// it does not allow.
    void applyPolicy(const ManagedPolicy &policy);
    /// Where the dialog learns what a retention period would move to the Trash, to say so
    /// under the field and to ask before saving a shorter period that moves conversations now.
    using OutlookSource = std::function<QFuture<Result<RetentionOutlook>>(int days)>;
    void setOutlookSource(OutlookSource source);
    /// What the retention field says will happen.
    QString outlookText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// The user picked another UI language: `en`, `sw`, or empty for the system's.
    void uiLanguageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showReport(const ConnectionReport &report);
    void updateVisibleFields();
    /// Says which API key the app uses for the chosen back end.
    void describeKeySource();
    static QFormLayout *newForm();
    /// Makes the pages as tall as their wrapped texts need at the width they have.
    void fitPages();
    /// The form @p field is on: the connection's or the records'.
    QFormLayout *formOf(QWidget *field) const;
    void requestOutlook();
    void showOutlook(const RetentionOutlook &outlook);
    /// The field of each setting, by its key in the settings file.
    QList<std::pair<QString, QWidget *>> fieldsByKey() const;

    ConnectionSettings m_settings;
    ConnectionTester *m_tester;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_recordsForm = nullptr;
    class QTabWidget *m_pages = nullptr;
    QList<class QLabel *> m_lockNotes;
    QComboBox *m_backend = nullptr;
    QLineEdit *m_govStackUrl = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_openAiUrl = nullptr;
    QComboBox *m_model = nullptr;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_userId = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_trashDays = nullptr;
    QLabel *m_outlookLabel = nullptr;
    OutlookSource m_outlookSource;
    std::optional<RetentionOutlook> m_outlook;
    /// OK was pressed before the outlook of the chosen period arrived: it is asked again then.
    bool m_acceptWhenKnown = false;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_keySource = nullptr;
    /// The keychain entry looked up, and whether it holds a key.
    QString m_keyEntry;
    bool m_keyStored = false;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
