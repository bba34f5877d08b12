// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization/Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace mosaic::localization {

namespace {

const QString kEnglish = QStringLiteral("en");

/// Loads `baseName`_`language`.qm from the first folder that has it and installs it; false when none has.
bool installFirstFound(QCoreApplication &application, const QString &baseName, const QString &language, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(baseName + u'_' + language, folder)) {
            translator->setParent(&application); // installed for the application's life
            QCoreApplication::installTranslator(translator.release());
            return true;
        }
    }
    return false;
}

} // namespace

QStringList translatedLanguages()
{
    return {kEnglish, QStringLiteral("de"), QStringLiteral("es")};
}

QStringList translationFolders(const QString &applicationDirectory)
{
    const QDir here(applicationDirectory);
    return {QDir::cleanPath(here.filePath(QStringLiteral("../share/mosaic/translations"))),
            QDir::cleanPath(here.filePath(QStringLiteral("../Resources/translations"))), QDir::cleanPath(here.filePath(QStringLiteral("translations")))};
}

QString chooseLanguage(const QString &override, const QLocale &system)
{
    const QStringList translated = translatedLanguages();
    QStringList wanted;
    if (!override.isEmpty())
        wanted.append(override);
    // uiLanguages() lists the user's languages in order of preference ("de-AT", "de", "en-US", …); the C locale lists
    // "C" only, which is English here.
    wanted.append(system.uiLanguages());
    for (const QString &name : std::as_const(wanted)) {
        const QString language = QLocale(name).name().section(u'_', 0, 0);
        if (translated.contains(language))
            return language;
    }
    return kEnglish;
}

bool installTranslations(QCoreApplication &application, const QString &language, const QStringList &folders)
{
    const bool englishFound = installFirstFound(application, QStringLiteral("mosaic"), kEnglish, folders);
    if (language == kEnglish)
        return englishFound;
    // Qt's own strings (the file dialogs' buttons, the text fields' context menus) come from Qt's translations,
    // where the system has them.
    installFirstFound(application, QStringLiteral("qtbase"), language, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    return installFirstFound(application, QStringLiteral("mosaic"), language, folders);
}

} // namespace mosaic::localization
