#pragma once

#include "chatstore.h"
#include "connectionsettings.h"
#include "managedpolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

/// How long conversations are kept: the retention and Trash periods applied now and every hour
/// while the window is open, and the audit trail told when those periods or the organisation's
/// policy changed (by the app, by `config set`, or by an administrator editing the policy file).
class RecordKeeping : public QObject
{
    Q_OBJECT

public:
    struct Periods {
        int retentionDays = 0;
        int trashDays = 30;
        friend bool operator==(const Periods &, const Periods &) = default;
    };
    static Periods periodsOf(const ConnectionSettings &settings);

    /// Records in the audit trail what changed since it last recorded the periods and the policy.
    static Result<void> noteChanges(ChatStore &store, const Periods &periods, const ManagedPolicy &policy);

    explicit RecordKeeping(ChatStore *store, QObject *parent = nullptr);

    /// Notes what changed, applies @p periods now and every hour from now on.
    void start(const Periods &periods, const ManagedPolicy &policy);
    /// The user chose other periods: noted and applied at once.
    void setPeriods(const Periods &periods);

Q_SIGNALS:
    /// Retention or the Trash period removed conversations.
    void tidied(const QStringList &trashed, const QStringList &purged);

private:
    void noteChangesNow();
    void tidyNow();

    QPointer<ChatStore> m_store;
    Periods m_periods;
    ManagedPolicy m_policy;
    QTimer m_timer;
};
