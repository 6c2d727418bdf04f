#pragma once

// A turn shaped like a real GovStack trace, for the benchmarks that need long sessions:
// a question, a tool call, a tool return of about 3 KB of documents, an answer of about 1.2 KB.

#include "benchreport.h"
#include "exportjob.h"
#include "modelmessage.h"
#include "teststore.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace TraceSession {

/// The four messages of turn @p turn; its question ends with @p questionTail.
inline QList<ModelMessage> turn(int turn, const QString &questionTail = {})
{
    using namespace Qt::StringLiterals;
    const QString callId = u"call_%1"_s.arg(turn);
    const QString question =
        u"Turn %1: which documents does a county business permit in Nakuru need?"_s.arg(turn) + questionTail;
    const QString documents =
        u"Nakuru County Finance Act, schedule of single business permit fees: general trade, small premises, "
        "KES 5,000; medium premises KES 10,000; large premises KES 20,000. "_s.repeated(20);
    const QString answer = u"You need your KRA PIN, national ID and the premises' address; the fee depends on its "
                           "size. "_s.repeated(12);
    return {
        ModelMessage::request({MessagePart::userPrompt(question)}),
        ModelMessage::response({MessagePart::toolCall(u"search_documents"_s,
                                                      QJsonObject{{u"query"_s, question}, {u"top_k"_s, 5}}, callId)},
                               u"gpt-4o"_s),
        ModelMessage::request({MessagePart::toolReturn(u"search_documents"_s, documents, callId)}),
        ModelMessage::response({MessagePart::text(answer)}, u"gpt-4o"_s)};
}

/// A session of @p turnCount such turns in @p store (the oldest question ending with @p oldestTail); its id.
inline QString create(TestStore &store, int turnCount, const QString &oldestTail = {})
{
    using namespace Qt::StringLiterals;
    const QString id = store.createChatSession(u"bench-user"_s).value();
    QList<ModelMessage> messages;
    for (int index = 0; index < turnCount; ++index)
        messages += turn(index, index == 0 ? oldestTail : QString());
    if (auto saved = store.saveMessages(id, messages); !saved)
        Bench::die(saved.error().message);
    return id;
}

/// An export (the collection wrapper) of @p sessionCount such sessions of @p turnCount turns,
/// written in @p dir; its path.
inline QString exportFile(const QTemporaryDir &dir, int sessionCount, int turnCount)
{
    using namespace Qt::StringLiterals;
    TestStore source;
    if (auto opened = source.open(dir.filePath(u"source.sqlite"_s)); !opened)
        Bench::die(opened.error().message);
    QStringList ids;
    for (int i = 0; i < sessionCount; ++i)
        ids << create(source, turnCount);
    const QString path = dir.filePath(u"export.json"_s);
    ExportJob job(&source, ids, ExportJob::Format::Json, ExportJob::Shape::Collection);
    if (auto written = job.writeToFile(path); !written)
        Bench::die(written.error().message);
    if (auto ran = job.runToEnd(); !ran)
        Bench::die(ran.error().message);
    return path;
}

} // namespace TraceSession
