// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the autosave kill test: creates a reflection, then "types" typingText() into its situation one
// character every 10 ms through the real AutosaveController (Qt clock and timer) and JournalTextField, printing
// after each character how many UTF-16 units are typed so far. The test kills it with SIGKILL at random moments.
#include "editor/AutosaveController.h"
#include "journal/JournalTextField.h"

#include "TypingText.h"

#include "common/Uuid.h"
#include "incidents/IncidentStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: mosaic-typing-writer JOURNAL\n");
        return 2;
    }
    auto database = mosaic::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.failure().message));
        return 1;
    }
    mosaic::Incident incident;
    incident.stamps.id = mosaic::Uuid::create();
    incident.stamps.createdAt = incident.stamps.updatedAt = QDateTime::currentDateTimeUtc();
    incident.occurredAt = incident.stamps.createdAt;
    incident.title = QStringLiteral("Typed by the kill test");
    {
        mosaic::IncidentStore store((*database)->connection());
        auto transaction = mosaic::WriteTransaction::begin(**database);
        if (!transaction || !store.save(incident) || !transaction->commit()) {
            std::fprintf(stderr, "could not create the reflection\n");
            return 1;
        }
    }
    std::printf("%s\n", qPrintable(incident.stamps.id));
    std::fflush(stdout);

    mosaic::JournalTextField field(**database, mosaic::JournalTextRef::incident(incident.stamps.id, mosaic::JournalTextRef::Kind::IncidentSituation));
    mosaic::QtAutosaveScheduler scheduler;
    mosaic::AutosaveController autosave(scheduler, [&field](const QString &text) { return field.save(text); });

    const QString all = typingText();
    QString typed;
    QTimer typist;
    typist.setTimerType(Qt::PreciseTimer);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        if (typed.size() >= all.size()) {
            typist.stop();
            return;
        }
        // One character: a surrogate pair is one keystroke.
        const int length = all.at(typed.size()).isHighSurrogate() ? 2 : 1;
        typed += QStringView(all).mid(typed.size(), length);
        autosave.setText(typed);
        std::printf("%d\n", int(typed.size()));
        std::fflush(stdout);
    });
    typist.start(10);
    return app.exec();
}
