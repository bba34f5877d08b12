// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a Qt Quick Test file against the built Mosaic.Ui module (linked in as a static plugin) and the test support
// module, in the style the app uses.
#include "localization/Translations.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QStandardPaths>

Q_IMPORT_QML_PLUGIN(Mosaic_UiPlugin)
Q_IMPORT_QML_PLUGIN(Mosaic_TestSupportPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // The window's settings (AppSettings) go to a test folder, never to the user's own.
        QStandardPaths::setTestModeEnabled(true);
        // English as the app speaks it, plural forms included ("1 day", not "1 day(s)"); or the language a test is
        // run in (MOSAIC_TEST_LANGUAGE, e.g. "de"), dates and numbers too, as the window does for a chosen language.
        const QString language = qEnvironmentVariable("MOSAIC_TEST_LANGUAGE", QStringLiteral("en"));
        if (language != u"en")
            QLocale::setDefault(QLocale(language));
        if (!mosaic::localization::installTranslations(*QCoreApplication::instance(), language, {QStringLiteral(MOSAIC_TRANSLATIONS_DIR)}))
            qFatal("The translations for %s are not in %s: build the targets mosaic and mosaic_english_plurals.", qPrintable(language),
                   MOSAIC_TRANSLATIONS_DIR);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(mosaic_qml, Setup)

#include "QuickTestMain.moc"
