#include "storedmessage.h"

#include "enumnames.h"

namespace {

constexpr EnumNames<MessageStatus, 4> statusNames{{
    {MessageStatus::Ok, u"ok"},
    {MessageStatus::Pending, u"pending"},
    {MessageStatus::Failed, u"failed"},
    {MessageStatus::Incomplete, u"incomplete"},
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
