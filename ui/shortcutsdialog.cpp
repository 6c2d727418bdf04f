#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(const QList<std::pair<QString, QKeySequence>> &menuShortcuts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const auto &[what, keys] : menuShortcuts)
        rows.append({what, keys.toString(QKeySequence::NativeText)});
    // Keys of the message box and the messages, which no menu shows.
    rows += {
        {tr("Send the message"), tr("Enter")},
        {tr("Start a new line"), tr("Shift+Enter")},
        {tr("Bring back the last message to edit"), tr("Up, in an empty message box")},
        {tr("Scroll the conversation by a page"), tr("Page Up, Page Down")},
        {tr("Go to the start or end of the conversation"), tr("Ctrl+Home, Ctrl+End")},
        {tr("Open the menu of a message or conversation"), tr("Menu key, Shift+F10")},
        {tr("Show the previous or next version of a question or answer"), tr("Alt+Left, Alt+Right")},
        {tr("Give up editing a question"), tr("Escape, in the message box")},
        {tr("Move from a search box to its results"), tr("Down")},
        {tr("Empty a search box"), tr("Escape")},
    };
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < int(rows.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    // A button of its own: Qt has no Kiswahili for its standard Close.
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(table->fontMetrics().averageCharWidth() * 90, table->fontMetrics().height() * 30);
}
