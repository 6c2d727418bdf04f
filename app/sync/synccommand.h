#pragma once

#include "headlesscommand.h"
#include "syncreport.h"

#include <memory>

class SyncEngine;

/// `govstack-desktop sync [--session ID]` and `govstack-desktop pull SESSION_ID`:
/// one sync pass, or the opening of one server session, without a window,
/// printing what was done.
class SyncCommand : public HeadlessCommand
{
    Q_OBJECT

public:
    SyncCommand(CommandLineOptions options, ConnectionSettings settings, QString dataDirectory,
                QObject *parent = nullptr);
    ~SyncCommand() override;

private:
    std::optional<Backend> prepare() override { return Backend::GovStack; }
    void run() override;
    void report(const SyncReport &report);

    std::unique_ptr<SyncEngine> m_engine;
};
