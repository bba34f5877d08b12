// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppSettings.h"

#include "localization/Translations.h"

#include <QDir>
#include <QStandardPaths>

namespace mosaic {
namespace {

const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kLastPage = QStringLiteral("window/page");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMaximized = QStringLiteral("window/maximized");
const QString kWelcomed = QStringLiteral("window/welcomed");
const QString kReduceMotion = QStringLiteral("appearance/reduceMotion");

} // namespace

AppSettings::AppSettings(QObject *parent)
    : AppSettings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.ini")), parent)
{ }

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

QString AppSettings::themeMode() const
{
    const QString mode = m_settings->value(kTheme).toString();
    return mode == u"light" || mode == u"dark" ? mode : QStringLiteral("system");
}

void AppSettings::setThemeMode(const QString &mode)
{
    write(kTheme, mode == u"light" || mode == u"dark" ? mode : QStringLiteral("system"));
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

QStringList AppSettings::translatedLanguages()
{
    return localization::translatedLanguages();
}

void AppSettings::setLanguage(const QString &language)
{
    write(kLanguage, language);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(kLastPage, QStringLiteral("today")).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    write(kLastPage, page);
}

QRect AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toRect();
}

void AppSettings::setWindowGeometry(const QRect &geometry)
{
    write(kGeometry, geometry);
}

bool AppSettings::windowMaximized() const
{
    return m_settings->value(kMaximized, false).toBool();
}

void AppSettings::setWindowMaximized(bool maximized)
{
    write(kMaximized, maximized);
}

bool AppSettings::welcomed() const
{
    return m_settings->value(kWelcomed, false).toBool();
}

void AppSettings::setWelcomed(bool welcomed)
{
    write(kWelcomed, welcomed);
}

bool AppSettings::reduceMotion() const
{
    return m_settings->value(kReduceMotion, false).toBool();
}

void AppSettings::setReduceMotion(bool reduce)
{
    write(kReduceMotion, reduce);
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

} // namespace mosaic
