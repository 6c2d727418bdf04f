#pragma once

#include <QStringList>

/// `config get [KEY]` and `config set KEY VALUE`: the user's settings file, under the managed
/// policy (ManagedPolicy). `get` says where each value comes from; `set` on a locked key is
/// refused. Returns the exit code.
namespace ConfigCommand {

int run(const QStringList &arguments);

} // namespace ConfigCommand
