#include "reviewwindow.h"

#include "conversationreader.h"
#include "messagelistmodel.h"
#include "reviewfilterbar.h"
#include "sessionfiles.h"
#include "sessiontablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewWindow::ReviewWindow(ChatSource *source, SessionFiles *files, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_source(source)
    , m_files(files)
    , m_model(new SessionTableModel(source, this))
    , m_filters(new ReviewFilterBar)
    , m_text(new QLineEdit)
    , m_count(new QLabel)
    , m_table(new QTableView)
    , m_reader(new ConversationReader(source))
    , m_exportButton(new QPushButton)
{
    setObjectName(u"reviewWindow"_s);
    m_text->setObjectName(u"reviewText"_s);
    m_text->setClearButtonEnabled(true);
    m_count->setObjectName(u"reviewCount"_s);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::LastActivity, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a row, a long title cut with "…" (its tooltip has it whole); the title takes what
    // the other columns leave, and the table scrolls sideways when they need more (Kiswahili).
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"MMMMMM"_s));
    m_table->verticalHeader()->hide();
    m_filters->setMinimumWidth(m_filters->fontMetrics().averageCharWidth() * 34);
    createLayout();

    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(200);
    connect(m_text, &QLineEdit::textChanged, &m_textDelay, qOverload<>(&QTimer::start));
    connect(&m_textDelay, &QTimer::timeout, this, &ReviewWindow::applyFilter);
    connect(m_filters, &ReviewFilterBar::filterChanged, this, &ReviewWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    connect(m_model, &SessionTableModel::rowsReady, this, &ReviewWindow::showCount);
    connect(m_model, &SessionTableModel::rowsReady, this, &ReviewWindow::readCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewWindow::readCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_reader, &ConversationReader::previousRequested, this, [this] { step(-1); });
    connect(m_reader, &ConversationReader::nextRequested, this, [this] { step(1); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { m_files->exportWithDialog(selectedSessionIds()); });
    // Not offered where the organisation allows no export.
    m_exportButton->setEnabled(m_files->mayExport());
    retranslate();
    resize(1200, 760);
    // Closed as other secondary windows are.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QWidget::close);
}

void ReviewWindow::createLayout()
{
    auto *side = new QVBoxLayout;
    side->addWidget(m_filters);
    side->addStretch();
    auto *search = new QHBoxLayout;
    search->addWidget(m_text, 1);
    search->addWidget(m_count);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(search);
    listLayout->addWidget(m_table, 1);
    auto *panes = new QSplitter(Qt::Vertical);
    panes->setObjectName(u"reviewPanes"_s);
    panes->addWidget(list);
    panes->addWidget(m_reader);
    panes->setStretchFactor(0, 2);
    panes->setStretchFactor(1, 3);
    panes->setChildrenCollapsible(false);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(panes, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    setTabOrder(m_text, m_table);
    setTabOrder(m_table, m_reader->view());
}

QStringList ReviewWindow::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(SessionTableModel::SessionIdRole).toString();
    return ids;
}

void ReviewWindow::applyFilter()
{
    ReviewFilter filter = m_filters->filter();
    filter.text = m_text->text();
    m_model->setFilter(filter);
}

void ReviewWindow::showCount()
{
    const int rows = m_model->rowCount();
    const bool narrowed = !m_model->filter().text.trimmed().isEmpty() || m_model->filter().activeCount() > 0;
    m_count->setText(narrowed ? tr("%n conversation(s) match", nullptr, rows)
                              : tr("%n conversation(s)", nullptr, rows));
}

void ReviewWindow::readCurrent()
{
    // The pane is never empty while the table has rows: the first is read until another is chosen.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_table->currentIndex();
    const QString sessionId = current.siblingAtColumn(0).data(SessionTableModel::SessionIdRole).toString();
    if (sessionId != m_reader->messages()->sessionId())
        m_reader->showSession(sessionId, current.siblingAtColumn(SessionTableModel::Title).data().toString());
    m_reader->setSteps(current.isValid() && current.row() > 0,
                       current.isValid() && current.row() + 1 < m_model->rowCount());
}

void ReviewWindow::step(int by)
{
    const int row = m_table->currentIndex().row() + by;
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReviewWindow::openRow(int row)
{
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_reader->view()->setFocus(Qt::OtherFocusReason);
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
    m_table->setAccessibleDescription(
        tr("Every conversation, one a row; the one chosen shows below. Click a heading to sort."));
    m_text->setPlaceholderText(tr("Find by title, user or session id"));
    m_text->setAccessibleName(tr("Find conversations"));
    m_count->setAccessibleName(tr("Number of conversations"));
    m_exportButton->setText(tr("Export Selected…"));
    m_exportButton->setAccessibleName(tr("Export the selected conversations"));
    m_exportButton->setAccessibleDescription(tr("Writes the selected conversations to a file"));
    m_reader->retranslate();
    showCount();
}
