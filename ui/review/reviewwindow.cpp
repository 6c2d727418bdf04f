#include "reviewwindow.h"

#include "conversationdialog.h"
#include "reviewfilterbar.h"
#include "sessionfiles.h"
#include "sessiontablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewWindow::ReviewWindow(ChatSource *source, SessionFiles *files, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_source(source)
    , m_files(files)
    , m_model(new SessionTableModel(source, this))
    , m_filters(new ReviewFilterBar)
    , m_table(new QTableView)
    , m_openButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    setObjectName(u"reviewWindow"_s);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::LastActivity, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns as wide as their headings and values (Kiswahili headings are long); the title takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"MMMMMM"_s));
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_filters->setMinimumWidth(m_filters->fontMetrics().averageCharWidth() * 34);
    m_table->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_exportButton);
    auto *side = new QVBoxLayout;
    side->addWidget(m_filters);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_table, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_filters, &ReviewFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex().row());
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { m_files->exportWithDialog(selectedSessionIds()); });
    retranslate();
    resize(1100, 640);
    // Closed as other secondary windows are.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QWidget::close);
}

QStringList ReviewWindow::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(SessionTableModel::SessionIdRole).toString();
    return ids;
}

void ReviewWindow::openRow(int row)
{
    const QString sessionId = m_model->index(row, 0).data(SessionTableModel::SessionIdRole).toString();
    auto *dialog = new ConversationDialog(m_source, sessionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewWindow::retranslate()
{
    setWindowTitle(tr("Review Sessions"));
    m_model->retranslate();
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Sessions"));
    m_openButton->setText(tr("Open"));
    m_openButton->setAccessibleName(tr("Open the conversation"));
    m_exportButton->setText(tr("Export Selected…"));
    m_exportButton->setAccessibleName(tr("Export the selected conversations"));
}
