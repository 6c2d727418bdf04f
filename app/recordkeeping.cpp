#include "recordkeeping.h"

#include "managedpolicy.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRecords, "govstack.records")

constexpr auto tidyInterval = std::chrono::hours(1);

/// The value the audit trail last recorded for @p setting, or @p initial before any.
int lastRecorded(const QList<AuditEntry> &changes, const QString &setting, int initial)
{
    for (auto entry = changes.crbegin(); entry != changes.crend(); ++entry) {
        if (entry->details.value(u"setting").toString() == setting)
            return entry->details.value(u"to").toInt();
    }
    return initial;
}

} // namespace

RecordKeeping::Periods RecordKeeping::periodsOf(const ConnectionSettings &settings)
{
    return Periods{settings.retentionDays, settings.trashDays};
}

Result<void> RecordKeeping::noteChanges(ChatStore &store, const Periods &periods, const ManagedPolicy &policy)
{
    const auto changes = store.auditTrail(AuditAction::Retention);
    if (!changes)
        return changes.error();
    const Periods initial;
    for (const auto &[setting, now, before] :
         {std::tuple{u"retention_days"_s, periods.retentionDays, initial.retentionDays},
          std::tuple{u"trash_days"_s, periods.trashDays, initial.trashDays}}) {
        if (const int last = lastRecorded(*changes, setting, before); last != now) {
            if (auto recorded = store.recordAudit(AuditEvent::retentionChange(setting, last, now)); !recorded)
                return recorded;
        }
    }
    const auto policies = store.auditTrail(AuditAction::Policy);
    if (!policies)
        return policies.error();
    // No file and nothing recorded is no change; the first policy seen is one.
    const QString last =
        policies->isEmpty() ? ManagedPolicy().digest() : policies->constLast().details.value(u"digest").toString();
    if (last == policy.digest())
        return {};
    return store.recordAudit(AuditEvent{AuditAction::Policy,
                                        QJsonObject{{u"file"_s, policy.fileName()},
                                                    {u"digest"_s, policy.digest()},
                                                    {u"keys"_s, QJsonArray::fromStringList(policy.lockedKeys())}}});
}

RecordKeeping::RecordKeeping(ChatStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(tidyInterval);
    connect(&m_timer, &QTimer::timeout, this, &RecordKeeping::tidyNow);
}

void RecordKeeping::start(const Periods &periods, const ManagedPolicy &policy)
{
    m_periods = periods;
    m_policy = policy;
    noteChangesNow();
    tidyNow();
    m_timer.start();
}

void RecordKeeping::setPeriods(const Periods &periods)
{
    if (periods == m_periods)
        return;
    m_periods = periods;
    noteChangesNow();
    tidyNow();
}

void RecordKeeping::noteChangesNow()
{
    m_store->runInBackground<void>(
        [periods = m_periods, policy = m_policy](ChatStore &store) { return noteChanges(store, periods, policy); },
        this,
        [](const Result<void> &noted) {
            if (!noted)
                qCWarning(lcRecords) << noted.error().message;
        });
}

void RecordKeeping::tidyNow()
{
    if (!m_store)
        return;
    m_store->runInBackground<ChatStore::Tidied>(
        [periods = m_periods](ChatStore &store) { return store.tidyRecords(periods.retentionDays, periods.trashDays); },
        this,
        [this](const Result<ChatStore::Tidied> &tidied) {
            if (!tidied)
                qCWarning(lcRecords) << tidied.error().message;
            else if (!tidied->trashed.isEmpty() || !tidied->purged.isEmpty())
                Q_EMIT this->tidied(tidied->trashed, tidied->purged);
        });
}
