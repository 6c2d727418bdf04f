#include "questionbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace QuestionBox {

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QCoreApplication::translate("MainWindow", "Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace QuestionBox
