#include "messagemenu.h"

#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "rating.h"

#include <QMenu>

void MessageMenu::exec(MessageDelegate *delegate, const QModelIndex &index, const QPoint &globalPosition,
                       QWidget *parent)
{
    QMenu menu(parent);
    menu.addAction(tr("&Copy Text"), delegate, [delegate, index] { Q_EMIT delegate->copyRequested(index); });
    if (const QString action = MessageState::labelOf(delegate->actionOf(index)); !action.isEmpty())
        menu.addAction(action, delegate, [delegate, index] { delegate->triggerAction(index); });
    const bool continued = delegate->canRateHere();
    if (MessageDelegate::canRate(index) && continued) {
        menu.addAction(tr("Rate &Helpful…"), delegate,
                       [delegate, index] { Q_EMIT delegate->rateRequested(index, Rating::thumbsUp); });
        menu.addAction(tr("Rate &Unhelpful…"), delegate,
                       [delegate, index] { Q_EMIT delegate->rateRequested(index, Rating::thumbsDown); });
        menu.addAction(tr("Ask for Another &Answer"), delegate,
                       [delegate, index] { Q_EMIT delegate->askAgainRequested(index); });
    }
    if (MessageDelegate::isQuestion(index) && continued)
        menu.addAction(tr("&Edit Question…"), delegate, [delegate, index] { Q_EMIT delegate->editRequested(index); });
    if (index.data(MessageListModel::VersionCountRole).toInt() > 1 && continued) {
        menu.addAction(tr("&Previous Version"), delegate, [delegate, index] { delegate->showVersion(index, -1); })
            ->setEnabled(!MessageControls::versionTarget(index, -1).isEmpty());
        menu.addAction(tr("&Next Version"), delegate, [delegate, index] { delegate->showVersion(index, 1); })
            ->setEnabled(!MessageControls::versionTarget(index, 1).isEmpty());
    }
    if (!index.data(MessageListModel::PendingRole).toBool() && continued)
        menu.addAction(tr("Continue in a &New Chat"), delegate,
                       [delegate, index] { Q_EMIT delegate->continueRequested(index); });
    if (!index.data(MessageListModel::BlocksRole).toList().isEmpty()) {
        const bool expanded = index.data(MessageListModel::ExpandedRole).toBool();
        menu.addAction(expanded ? tr("Hide &Details") : tr("Show &Details"), delegate, [index, expanded] {
            const_cast<QAbstractItemModel *>(index.model())->setData(index, !expanded, MessageListModel::ExpandedRole);
        });
    }
    const QStringList questions = index.data(MessageListModel::FollowUpsRole).toStringList();
    if (!questions.isEmpty()) {
        QMenu *ask = menu.addMenu(tr("As&k Next"));
        for (const QString &question : questions)
            ask->addAction(question, delegate, [delegate, question] { Q_EMIT delegate->followUpRequested(question); });
    }
    menu.exec(globalPosition);
}
