#pragma once

// Sessions as a sync pass finds them, for the benchmarks that sync: each of ten questions with
// their answers, linked to the GovStack test server, which holds the same turns.

#include "benchreport.h"
#include "fakegovstackserver.h"
#include "teststore.h"

#include <functional>

namespace LinkedSessions {

constexpr int turnsPerSession = 10; // 20 messages

/// Writes @p count such sessions to @p store, linked to @p server; @p onServer runs the server's
/// part (adding the turns), on whichever thread the server lives.
inline void create(TestStore &store, FakeGovStackServer &server, int count,
                   const std::function<void(std::function<void()>)> &onServer)
{
    using namespace Qt::StringLiterals;
    for (int s = 0; s < count; ++s) {
        const QString id = store.createChatSession(u"bench-user"_s).value();
        QList<ModelMessage> messages;
        QStringList questions;
        for (int t = 0; t < turnsPerSession; ++t) {
            questions << u"Session %1, question %2: which documents does a business permit need?"_s.arg(s).arg(t);
            messages << ModelMessage::request({MessagePart::userPrompt(questions.last())})
                     << ModelMessage::response({MessagePart::text(FakeGovStackServer::answerFor(questions.last()))},
                                               {});
        }
        if (auto saved = store.saveMessages(id, messages); !saved)
            Bench::die(saved.error().message);
        if (auto linked = store.linkToServer(id, server.url().toString(), u"v2"_s); !linked)
            Bench::die(linked.error().message);
        onServer([&server, id, questions] {
            for (const QString &question : questions)
                server.addTurn(id, question);
        });
    }
}

} // namespace LinkedSessions
