#include "syncstatusview.h"

#include "syncengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

SyncStatusView::SyncStatusView(SyncEngine *sync, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_cancelButton(new QToolButton)
{
    m_label->setObjectName(u"syncStatus"_s);
    m_cancelButton->setObjectName(u"cancelSyncButton"_s);
    m_cancelButton->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancelButton);
    if (!sync)
        return;
    connect(m_cancelButton, &QToolButton::clicked, sync, &SyncEngine::cancel);
    connect(sync, &SyncEngine::started, this, [this](int total) {
        m_running = true;
        m_done = 0;
        m_total = total;
        m_cancelButton->setVisible(total > 1);
        retranslate();
    });
    connect(sync, &SyncEngine::progressChanged, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        retranslate();
    });
    connect(sync, &SyncEngine::finished, this, [this](const SyncReport &report) {
        m_running = false;
        m_last = report;
        m_cancelButton->setVisible(false);
        m_label->setToolTip(report.describe().join(u'\n'));
        retranslate();
    });
}

void SyncStatusView::retranslate()
{
    m_label->setText(describe());
    m_cancelButton->setText(tr("Stop Sync"));
    m_cancelButton->setAccessibleName(tr("Stop syncing"));
}

QString SyncStatusView::describe() const
{
    if (m_running) {
        return m_done == 0 ? tr("Syncing…")
                           : tr("Syncing… %1 of %2").arg(QLocale().toString(m_done), QLocale().toString(m_total));
    }
    if (!m_last || m_last->noServer)
        return {};
    // A server out of reach or refusing the key is the connection indicator's to say, once.
    if (m_last->stoppedBy)
        return {};
    if (m_last->cancelled)
        return tr("Sync stopped");
    if (!m_last->problems.isEmpty())
        return tr("Synced, with %n problem(s)", nullptr, int(m_last->problems.size()));
    // A pass that went well needs no words beside the connection; its report is in the tooltip.
    return {};
}

QString SyncStatusView::standing(const ChatSession &session, bool keptElsewhere)
{
    if (keptElsewhere) {
        return tr("Kept on the server %1; the app is set up for another server. Waiting messages are sent "
                  "when Settings point to %1 again.")
            .arg(session.serverUrl);
    }
    switch (session.syncState) {
    case SyncState::Local:
        return tr("Only on this computer");
    case SyncState::Synced:
        return tr("Synced with the server");
    case SyncState::Sending:
        return tr("Waiting for the answer…");
    case SyncState::Waiting:
        return tr("Waiting for the server");
    case SyncState::NeedsAttention:
        return tr("Needs attention: %1").arg(session.syncNote);
    case SyncState::Gone:
        return tr("Not on the server any more; kept on this computer");
    }
    return {};
}
