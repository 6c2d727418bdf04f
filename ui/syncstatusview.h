#pragma once

#include "chatsession.h"

#include "syncreport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;
class SyncEngine;

/// Where sync stands, in the status bar: its progress while a pass runs (with Stop Sync for
/// long ones), then a pass that stopped or met problems, its report in the tooltip.
class SyncStatusView : public QWidget
{
    Q_OBJECT

public:
    /// Follows @p sync; without one (a window that does not sync) it stays empty.
    explicit SyncStatusView(SyncEngine *sync, QWidget *parent = nullptr);

    void retranslate();

    /// How @p session stands with its server, in words; @p keptElsewhere when the server it
    /// belongs to is not the one set up now.
    static QString standing(const ChatSession &session, bool keptElsewhere);

private:
    QString describe() const;

    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    std::optional<SyncReport> m_last;
    QLabel *m_label;
    QToolButton *m_cancelButton;
};
