#include "audittraildialog.h"

#include "audittrailmodel.h"
#include "chatactions.h"
#include "continuewhilealive.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditTrailDialog::AuditTrailDialog(ChatActions *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_model(new AuditTrailModel(this))
    , m_check(new QLabel)
    , m_table(new QTableView)
    , m_empty(new QLabel(tr("Nothing has been recorded on this computer yet.")))
{
    setObjectName(u"auditTrailDialog"_s);
    setWindowTitle(tr("Audit Trail"));
    auto *intro = new QLabel(tr("Every export, import, delete, move to or from the Trash, legal hold, change of "
                                "the retention period or of the organisation's policy, file check and "
                                "personal-data warning on this computer, newest first. Entries cannot be changed; "
                                "each is linked to the one before it, so a change or a removal shows."));
    intro->setWordWrap(true);
    m_check->setObjectName(u"auditCheck"_s);
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTrailModel::WhenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTrailModel::WhoColumn, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_checkButton = buttons->addButton(tr("Check Again"), QDialogButtonBox::ActionRole);
    connect(m_checkButton, &QPushButton::clicked, this, &AuditTrailDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_check);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(u"auditEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(900, 500);
    reload();
}

QString AuditTrailDialog::checkText() const
{
    return m_check->text();
}

void AuditTrailDialog::reload()
{
    m_check->setText(tr("Checking the audit trail…"));
    continueWhileAlive(m_actions->auditTrail(), this, [this](const Result<QList<AuditEntry>> &entries) {
        if (!entries)
            return showCheck(false, entries.error().message);
        m_model->setEntries(*entries);
        // An empty table alone does not say whether nothing happened or nothing was read.
        m_table->setVisible(!entries->isEmpty());
        m_empty->setVisible(entries->isEmpty());
    });
    continueWhileAlive(m_actions->verifyAuditTrail(), this, [this](const Result<AuditCheck> &check) {
        if (!check)
            showCheck(false, check.error().message);
        else if (check->intact)
            showCheck(true, tr("Intact: %n entry(ies), none changed or removed.", nullptr, int(check->entries)));
        else
            showCheck(false, tr("The audit trail was changed: %1").arg(check->problem));
    });
}

void AuditTrailDialog::showCheck(bool intact, const QString &text)
{
    m_check->setText(text);
    // Red is not the only sign: the words say it too.
    m_check->setStyleSheet(intact ? QString()
                                  : u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
}
