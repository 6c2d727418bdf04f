#include "trashdialog.h"

#include "continuewhilealive.h"
#include "questionbox.h"
#include "recordactions.h"
#include "trashmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TrashDialog::TrashDialog(RecordActions *actions, int trashDays, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_trashDays(trashDays)
    , m_model(new TrashModel(this))
    , m_intro(new QLabel)
    , m_empty(new QLabel(tr("The Trash is empty.")))
    , m_table(new QTableView)
    , m_contents(new QStackedWidget)
    , m_status(new QLabel)
{
    setObjectName(u"trashDialog"_s);
    setWindowTitle(tr("Trash"));
    m_intro->setWordWrap(true);
    m_intro->setText(trashDays > 0 ? tr("Deleted conversations stay here for %n day(s), then are deleted for good. "
                                        "They are not searched, synced or sent until you restore them.",
                                        nullptr, trashDays)
                                   : tr("Deleted conversations stay here until you empty the Trash. They are not "
                                        "searched, synced or sent until you restore them."));
    m_status->setObjectName(u"trashStatus"_s);
    m_status->setWordWrap(true);
    m_empty->setObjectName(u"trashEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_table->setObjectName(u"trashTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TrashModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TrashModel::TrashedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrashModel::FateColumn, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete Permanently…"), QDialogButtonBox::ActionRole);
    m_emptyTrash = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_delete->setObjectName(u"deletePermanentlyButton"_s);
    m_emptyTrash->setObjectName(u"emptyTrashButton"_s);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &TrashDialog::deleteSelected);
    connect(m_emptyTrash, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashDialog::updateButtons);
    m_contents->addWidget(m_table);
    m_contents->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void TrashDialog::reload()
{
    continueWhileAlive(m_actions->trashed(), this, [this](const Result<QList<ChatSession>> &trashed) {
        if (!trashed) {
            showOutcome(tr("Trash"), trashed.error().message);
            return;
        }
        m_model->setSessions(*trashed, m_trashDays);
    });
}

QStringList TrashDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(TrashModel::SessionIdRole).toString();
    return ids;
}

void TrashDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_contents->setCurrentWidget(any ? static_cast<QWidget *>(m_table) : m_empty);
    const bool selected = !selectedIds().isEmpty();
    m_restore->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_emptyTrash->setEnabled(any);
}

void TrashDialog::restoreSelected()
{
    continueWhileAlive(m_actions->restore(selectedIds()), this, [this](const Result<void> &restored) {
        showOutcome(tr("Restore"), restored ? QString() : restored.error().message);
    });
}

void TrashDialog::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (!QuestionBox::confirm(this, tr("Delete Permanently"),
                              tr("Delete %n conversation(s) for good? This cannot be undone: their messages are "
                                 "removed from this computer, search included.",
                                 nullptr, int(ids.size())),
                              tr("Delete Permanently")))
        return;
    setBusy(true);
    continueWhileAlive(m_actions->deleteForGood(ids), this, [this](const Result<void> &deleted) {
        showOutcome(tr("Delete Permanently"), deleted ? QString() : deleted.error().message);
    });
}

void TrashDialog::emptyTrash()
{
    if (!QuestionBox::confirm(this, tr("Empty Trash"),
                              tr("Delete all %n conversation(s) in the Trash for good? This cannot be undone. "
                                 "Conversations on legal hold stay.",
                                 nullptr, m_model->rowCount()),
                              tr("Empty Trash")))
        return;
    setBusy(true);
    continueWhileAlive(m_actions->emptyTrash(), this, [this](const Result<QStringList> &purged) {
        showOutcome(tr("Empty Trash"), purged ? QString() : purged.error().message);
    });
}

void TrashDialog::setBusy(bool busy)
{
    // Rewriting the search index takes seconds in a large history: said, and nothing else started meanwhile.
    m_status->setText(busy ? tr("Deleting for good: the search index and the file are rewritten without them. "
                                "In a large history this takes a few seconds.")
                           : QString());
    for (QPushButton *button : {m_restore, m_delete, m_emptyTrash})
        button->setEnabled(!busy && button->isEnabled());
}

void TrashDialog::showOutcome(const QString &title, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty())
        QMessageBox::warning(this, title, error);
    reload();
}
