// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a person opens it after a while away: a reminder whose time passed fires as the window opens, and the
// pages must take that change in while they are laid out for the first time. It crashed every time (Qt 6.4's layouts
// read the delegates a reloaded Repeater had destroyed), whenever the window was opened after a reminder's time.
#include "MosaicProcess.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#if defined(MOSAIC_HAVE_WINDOW) && defined(Q_OS_LINUX)
namespace {

const QString kLibFaketime = QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
// The sample journal's "Three good things" reminder, at 21:00 Monday to Friday.
const QString kEveningReminder = QStringLiteral("4f426dcb-b394-4b36-bb2d-420f0f88080b");

QString lastFiredAt(const TempJournalDir &dir, const QString &reminderId)
{
    const MosaicRun exported = runMosaicIn(dir.path(), {QStringLiteral("export")});
    REQUIRE(exported.exitCode == 0);
    for (const QJsonValue &reminder : QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("reminders")).toArray()) {
        if (reminder.toObject().value(QStringLiteral("id")).toString() == reminderId)
            return reminder.toObject().value(QStringLiteral("lastFiredAt")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("The window opens calmly when a reminder fires as it opens", "[window][reminders]")
{
    if (!QFileInfo::exists(kLibFaketime))
        SKIP("libfaketime is not installed (scripts/install-deps.sh installs faketime)");
    // A few starts: the crash came at the first layout, and a loaded machine may draw it a little later.
    for (int start = 0; start < 2; ++start) {
        TempJournalDir dir;
        QTemporaryDir home;
        REQUIRE(home.isValid());
        REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), QStringLiteral(MOSAIC_SAMPLE_JOURNAL)}).exitCode == 0);

        // Monday 7 December 2026, 21:30 UTC: the 21:00 reminder is half an hour late when the window opens.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        environment.insert(QStringLiteral("LD_PRELOAD"), kLibFaketime);
        environment.insert(QStringLiteral("FAKETIME"), QStringLiteral("@2026-12-07 21:30:00"));
        environment.insert(QStringLiteral("DONT_FAKE_MONOTONIC"), QStringLiteral("1")); // timers keep the real pace
        environment.insert(QStringLiteral("ASAN_OPTIONS"), environment.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(MOSAIC_EXECUTABLE), {QStringLiteral("--data-dir"), dir.path()});
        REQUIRE(window.waitForStarted());

        INFO("start " << start);
        // Still open after a few seconds: it drew, fired the reminder and took the change in.
        CHECK_FALSE(window.waitForFinished(6000));
        INFO(window.readAllStandardError().toStdString());
        CHECK(window.state() == QProcess::Running);
        window.kill();
        window.waitForFinished();
        CHECK(lastFiredAt(dir, kEveningReminder).startsWith(QStringLiteral("2026-12-07T21:30")));
    }
}
#endif
