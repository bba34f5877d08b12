// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Test cases in this folder against the built Mosaic.Ui module (linked in as a static plugin).
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Mosaic_UiPlugin)

QUICK_TEST_MAIN(mosaic_qml)
