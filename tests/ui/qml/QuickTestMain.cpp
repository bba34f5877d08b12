// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a Qt Quick Test file against the built Mosaic.Ui module (linked in as a static plugin) and the test support
// module, in the style the app uses.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

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
    }
};

QUICK_TEST_MAIN_WITH_SETUP(mosaic_qml, Setup)

#include "QuickTestMain.moc"
