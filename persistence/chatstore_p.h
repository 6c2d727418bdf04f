#pragma once

// The store's parts, behind ChatStore. Not part of the app's API: tests/teststore reaches them
// for the conveniences only tests use.

#include "chatstore.h"
#include "importwriter.h"
#include "legalholds.h"
#include "messagerows.h"
#include "sessionrows.h"
#include "storedatabase.h"
#include "storesearch.h"
#include "syncrecords.h"
#include "trashrows.h"
#include "turnlog.h"
#include "versionrows.h"

#include <QTimer>

class ChatStore::Private
{
public:
    StoreDatabase database;
    MessageRows messages{database};
    SessionRows sessions{database};
    TurnLog turns{database, messages};
    SyncRecords sync{database, messages};
    StoreSearch search{database};
    ImportWriter importer{database, messages};
    VersionRows versions{database, messages};
    LegalHolds holds{database};
    TrashRows trash{database, sessions, holds};
    QTimer externalChangeTimer;
};
