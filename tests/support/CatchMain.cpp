// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run inside a QCoreApplication (Qt SQL needs one) and never touch the real home folder.
#include "localization/Translations.h"

#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mosaic-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // English as the app speaks it, plural forms included ("1 day", not "1 day(s)").
    if (!mosaic::localization::installTranslations(app, QStringLiteral("en"), {QStringLiteral(MOSAIC_TRANSLATIONS_DIR)})) {
        std::fprintf(stderr, "The English plural forms are not in %s: build the target mosaic_english_plurals.\n", MOSAIC_TRANSLATIONS_DIR);
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
