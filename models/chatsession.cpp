#include "chatsession.h"

#include "enumnames.h"

using namespace Qt::StringLiterals;

namespace {

constexpr EnumNames<SyncState, 6> syncStateNames{{
    {SyncState::Local, u"local"},
    {SyncState::Synced, u"synced"},
    {SyncState::Sending, u"sending"},
    {SyncState::Waiting, u"waiting"},
    {SyncState::NeedsAttention, u"attention"},
    {SyncState::Gone, u"gone"},
}};

} // namespace

QString syncStateName(SyncState state)
{
    return enumName(syncStateNames, state);
}

SyncState syncStateFromName(QStringView name)
{
    return enumFromName(syncStateNames, name).value_or(SyncState::Local);
}

QString backendName(Backend backend)
{
    return backend == Backend::OpenAI ? u"openai"_s : u"govstack"_s;
}

std::optional<Backend> backendFromName(QStringView name)
{
    if (name == u"govstack")
        return Backend::GovStack;
    if (name == u"openai")
        return Backend::OpenAI;
    return std::nullopt;
}
