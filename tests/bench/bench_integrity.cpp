// What signed exports cost: exporting 20,000 messages in 20 sessions with the integrity block
// (a SHA-256 chain over every message, the file's digest, an Ed25519 signature), and verifying
// the file, beside the least any check of the file needs, measured in the same run: one SHA-256
// over its bytes. Each figure is the fastest of five runs.

#include "benchreport.h"
#include "exportjob.h"
#include "exportverifier.h"
#include "signingkey.h"
#include "teststore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int sessions = 20;
constexpr int turnsPerSession = 500;
constexpr int runs = 5;

template<typename Step>
double fastestMs(Step step)
{
    double fastest = 1e300;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        step();
        fastest = std::min(fastest, timer.nsecsElapsed() / 1e6);
    }
    return fastest;
}

QStringList populate(TestStore &store)
{
    QStringList ids;
    for (int s = 0; s < sessions; ++s) {
        QList<ModelMessage> messages;
        for (int turn = 0; turn < turnsPerSession; ++turn)
            messages
                << ModelMessage::request({MessagePart::userPrompt(u"Swali %1 kuhusu leseni ya biashara"_s.arg(turn))})
                << ModelMessage::response({MessagePart::text(u"Jibu %1: omba kupitia eCitizen na ulipe ada ya "
                                                             "KES 950; utapokea cheti kwa barua pepe."_s.arg(turn))},
                                          u"gpt-4o"_s);
        const QString id = store.createChatSession(u"bench"_s).value();
        if (auto saved = store.saveMessages(id, messages); !saved)
            Bench::die(saved.error().message);
        ids << id;
    }
    return ids;
}

void exportTo(TestStore &store, const QStringList &ids, const QString &path, const std::optional<SigningKey> &key)
{
    ExportJob job(&store, ids, ExportJob::Format::Json, ExportJob::Shape::Collection);
    job.setSigningKey(key);
    if (auto opened = job.writeToFile(path); !opened)
        Bench::die(opened.error().message);
    if (auto written = job.runToEnd(); !written)
        Bench::die(written.error().message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    TestStore store;
    if (auto opened = store.open(dir.filePath(u"integrity.sqlite"_s)); !opened)
        Bench::die(opened.error().message);
    const QStringList ids = populate(store);
    const QString path = dir.filePath(u"export.json"_s);
    const SigningKey key = SigningKey::generate();

    const double unsignedMs = fastestMs([&] { exportTo(store, ids, path, std::nullopt); });
    const double signedMs = fastestMs([&] { exportTo(store, ids, path, key); });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        Bench::die(u"the export cannot be read"_s);
    const QByteArray bytes = file.readAll();
    const double hashMs = fastestMs([&] { (void)QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); });
    bool intact = true;
    const double verifyMs = fastestMs([&] {
        const auto verified = ExportVerifier::verify(bytes);
        intact = intact && verified && verified->intact && verified->messages == sessions * turnsPerSession * 2;
    });
    if (!intact)
        Bench::die(u"the export did not verify"_s);

    Bench::report("integrity_export_size", bytes.size() / 1e6, "MB");
    Bench::report("integrity_export_20000_unsigned", unsignedMs, "ms");
    Bench::report("integrity_export_20000_signed", signedMs, "ms");
    Bench::report("integrity_sha256_of_file", hashMs, "ms");
    Bench::report("integrity_verify_20000", verifyMs, "ms");
    Bench::report("integrity_verify_ratio", verifyMs / hashMs, "x");
    return 0;
}
