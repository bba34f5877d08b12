// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the crash test: commits one reflection per transaction, as the app does for each user
// action, and prints each id only after its commit returned. The test kills it with SIGKILL at random moments.
#include "common/Uuid.h"
#include "incidents/IncidentStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: mosaic-crash-writer JOURNAL\n");
        return 2;
    }
    auto database = mosaic::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.failure().message));
        return 1;
    }
    mosaic::IncidentStore store((*database)->connection());
    for (int n = 0;; ++n) {
        mosaic::Incident incident;
        incident.stamps.id = mosaic::Uuid::create();
        incident.stamps.createdAt = incident.stamps.updatedAt = QDateTime::currentDateTimeUtc();
        incident.occurredAt = incident.stamps.createdAt;
        incident.kind = mosaic::IncidentKind::Rejection;
        incident.title = QStringLiteral("Entry %1").arg(n);
        incident.situation = QStringLiteral("Written by the crash test, number %1, with enough text to span pages. ").repeated(20).arg(n);
        auto transaction = mosaic::WriteTransaction::begin(**database);
        if (!transaction || !store.save(incident) || !transaction->commit()) {
            std::fprintf(stderr, "write failed\n");
            return 1;
        }
        std::printf("%s\n", qPrintable(incident.stamps.id));
        std::fflush(stdout);
    }
}
