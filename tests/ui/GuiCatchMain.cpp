// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests run inside a QGuiApplication (text layout needs one) and never touch the real home folder.
#include "localization/Translations.h"

#include <catch2/catch_session.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    // CTest sets the offscreen platform; so does this, for runs by hand and for test discovery, which
    // starts the executable without the tests' environment. The tests never need a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("mosaic-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    if (!mosaic::localization::installTranslations(app, QStringLiteral("en"), {QStringLiteral(MOSAIC_TRANSLATIONS_DIR)})) {
        std::fprintf(stderr, "The English plural forms are not in %s: build the target mosaic_english_plurals.\n", MOSAIC_TRANSLATIONS_DIR);
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
