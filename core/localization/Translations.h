// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace mosaic::localization {

/// The languages Mosaic is translated into, as locale names ("en", "de", …). Each has translations/mosaic_<name>.ts.
QStringList translatedLanguages();

/// The folders, in order, where Mosaic's .qm files may be next to a program in `applicationDirectory`: an installed
/// Unix layout and the build tree (bin/../share/mosaic/translations), a macOS bundle (Contents/Resources/translations)
/// and a Windows folder (translations next to mosaic.exe).
QStringList translationFolders(const QString &applicationDirectory);

/// The language Mosaic speaks when the user chose `override` (a locale name, empty for the system's languages) and the
/// system prefers `system`: the first translated language among them, else English.
QString chooseLanguage(const QString &override, const QLocale &system);

/// Installs into `application` the translators for `language`: English plural forms always (the English text is in the
/// sources, only "%n day(s)" needs its forms), then Mosaic's and Qt's own translations for `language`. Returns
/// false when Mosaic's .qm for `language` is in none of `folders`; English needs only its plural forms to be found.
/// The translators are children of `application`.
bool installTranslations(QCoreApplication &application, const QString &language, const QStringList &folders);

} // namespace mosaic::localization
