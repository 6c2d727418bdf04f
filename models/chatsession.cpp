#include "chatsession.h"

using namespace Qt::StringLiterals;

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
