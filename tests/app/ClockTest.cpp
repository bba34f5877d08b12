// SPDX-License-Identifier: GPL-3.0-or-later
// Time only moves forward for a record: an edit made while the computer's clock is behind must not lose to the
// older version it replaced when that version comes back in an import. The clock is set back with faketime.
#include "MosaicProcess.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace {

const QString kDay = QStringLiteral("2026-10-20");

// `mosaic --data-dir DIR arguments…` run by faketime with its clock at `clock`.
MosaicRun runMosaicAtClock(const QString &faketime, const QString &clock, const QString &dataDirectory, const QStringList &arguments)
{
    QProcess process;
    // Under AddressSanitizer (the sanitizer job), faketime's LD_PRELOAD comes before the sanitizer's runtime, which it
    // refuses unless told that this order is intended.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASAN_OPTIONS"), environment.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
    process.setProcessEnvironment(environment);
    process.start(faketime, QStringList{clock, QStringLiteral(MOSAIC_EXECUTABLE), QStringLiteral("--data-dir"), dataDirectory} + arguments);
    return finishMosaic(process);
}

// The note of the journal's check-in on kDay, as `mosaic export` writes it.
QString noteOfCheckIn(const TempJournalDir &dir)
{
    const MosaicRun exported = runMosaicIn(dir.path(), {QStringLiteral("export")});
    REQUIRE(exported.exitCode == 0);
    for (const QJsonValue &checkIn : QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("checkIns")).toArray()) {
        const QJsonObject object = checkIn.toObject();
        if (object.value(QStringLiteral("date")).toString() == kDay && object.value(QStringLiteral("note")).toString().startsWith(u"Version"))
            return object.value(QStringLiteral("note")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("An edit made while the clock is behind survives the import of an older export", "[cli][clock]")
{
    const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    if (faketime.isEmpty())
        SKIP("faketime is not installed (scripts/install-deps.sh installs it)");

    TempJournalDir dir;
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), QStringLiteral(MOSAIC_SAMPLE_JOURNAL)}).exitCode == 0);
    const QStringList checkIn{QStringLiteral("checkin"), QStringLiteral("Three good things"), QStringLiteral("--date"), kDay, QStringLiteral("--note")};
    // The first version, written on 2026-11-30, then exported.
    REQUIRE(runMosaicAtClock(faketime, QStringLiteral("2026-11-30 20:00:00"), dir.path(), checkIn + QStringList{QStringLiteral("Version 1")}).exitCode == 0);
    const QString exportFile = dir.filePath(QStringLiteral("export.json"));
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("-o"), exportFile}).exitCode == 0);

    // The person edits it on a computer whose clock is a month behind.
    const MosaicRun edit = runMosaicAtClock(faketime, QStringLiteral("2026-10-30 20:00:00"), dir.path(), checkIn + QStringList{QStringLiteral("Version 2")});
    INFO(edit.err.toStdString());
    REQUIRE(edit.exitCode == 0);
    REQUIRE(noteOfCheckIn(dir) == QStringLiteral("Version 2"));

    // Importing the older export leaves the edit alone: it is newer, whatever the clock said.
    const MosaicRun imported = runMosaicIn(dir.path(), {QStringLiteral("import"), exportFile});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(noteOfCheckIn(dir) == QStringLiteral("Version 2"));
}
