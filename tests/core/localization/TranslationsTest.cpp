// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization/Translations.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

using namespace mosaic::localization;

TEST_CASE("The language follows the system unless the user chose one")
{
    CHECK(chooseLanguage({}, QLocale(QStringLiteral("de_AT"))) == QStringLiteral("de"));
    CHECK(chooseLanguage({}, QLocale(QStringLiteral("es_MX"))) == QStringLiteral("es"));
    CHECK(chooseLanguage({}, QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(chooseLanguage(QStringLiteral("es"), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("es"));
    CHECK(chooseLanguage(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
}

TEST_CASE("A language Mosaic is not translated into falls back to English")
{
    CHECK(chooseLanguage({}, QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("en"));
    CHECK(chooseLanguage({}, QLocale::c()) == QStringLiteral("en"));
    // A setting written by a later version, for a language this one lacks, leaves the system's language.
    CHECK(chooseLanguage(QStringLiteral("fr"), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("de"));
}

TEST_CASE("Translations are looked for where each platform's install puts them")
{
    const QStringList folders = translationFolders(QStringLiteral("/opt/mosaic/bin"));
    CHECK(folders.contains(QStringLiteral("/opt/mosaic/share/mosaic/translations")));
    CHECK(folders.contains(QStringLiteral("/opt/mosaic/Resources/translations")));
    CHECK(folders.contains(QStringLiteral("/opt/mosaic/bin/translations")));
}

TEST_CASE("Every translated language has its built translation, and it speaks that language")
{
    struct Expected
    {
        const char *language;
        const char *today;
    };
    for (const Expected expected : {Expected{"de", "Heute"}, Expected{"es", "Hoy"}}) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral("mosaic_%1").arg(QLatin1String(expected.language)), QStringLiteral(MOSAIC_BUILT_TRANSLATIONS_DIR)));
        CHECK(translator.translate("Main", "Today") == QString::fromUtf8(expected.today));
    }
    CHECK(translatedLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")});
}

TEST_CASE("English plural forms come from the English translation")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral("mosaic_en"), QStringLiteral(MOSAIC_BUILT_TRANSLATIONS_DIR)));
    CHECK(translator.translate("MarkdownEditor", "%n word(s)", nullptr, 1) == QStringLiteral("%n word"));
    CHECK(translator.translate("MarkdownEditor", "%n word(s)", nullptr, 2) == QStringLiteral("%n words"));
}
