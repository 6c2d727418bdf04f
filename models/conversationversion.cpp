#include "conversationversion.h"

#include "enumnames.h"

namespace {

constexpr EnumNames<VersionKind, 2> versionKindNames{{
    {VersionKind::Edit, u"edit"},
    {VersionKind::Regenerate, u"regenerate"},
}};

} // namespace

QString versionKindName(VersionKind kind)
{
    return enumName(versionKindNames, kind);
}

VersionKind versionKindFromName(QStringView name)
{
    return enumFromName(versionKindNames, name).value_or(VersionKind::Edit);
}
