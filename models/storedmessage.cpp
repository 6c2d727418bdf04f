#include "storedmessage.h"

#include "enumnames.h"

namespace {

constexpr EnumNames<MessageStatus, 5> statusNames{{
    {MessageStatus::Ok, u"ok"},
    {MessageStatus::Pending, u"pending"},
    {MessageStatus::Failed, u"failed"},
    {MessageStatus::Incomplete, u"incomplete"},
    {MessageStatus::Queued, u"queued"},
}};

} // namespace

QString messageStatusName(MessageStatus status)
{
    return enumName(statusNames, status);
}

MessageStatus messageStatusFromName(QStringView name)
{
    return enumFromName(statusNames, name).value_or(MessageStatus::Ok);
}
