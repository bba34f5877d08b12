// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppSettings.h"

#include "localization/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>

#include <algorithm>

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

QRect AppSettings::openingGeometry(const QSize &defaultSize, const QWindow *window) const
{
    const QRect remembered = windowGeometry();
    const bool hasRemembered = remembered.width() > 0 && remembered.height() > 0;
    QScreen *screen = hasRemembered ? QGuiApplication::screenAt(remembered.center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return hasRemembered ? remembered : QRect(QPoint(), defaultSize);
    const QRect available = screen->availableGeometry();
    // The window's frame (title bar, borders) must fit too, where the platform knows it already.
    const QMargins frame = window ? window->frameMargins() : QMargins();
    QRect wanted = (hasRemembered ? remembered : QRect(QPoint(), defaultSize)).marginsAdded(frame);
    if (!hasRemembered)
        wanted.moveCenter(available.center());
    return fitInto(wanted, available).marginsRemoved(frame);
}

QRect AppSettings::fitInto(const QRect &wanted, const QRect &available)
{
    QRect fitted(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    // Inside the available area: the right and bottom edges first, so that the top-left corner (the title bar)
    // stays reachable when the window is larger than the area.
    fitted.moveLeft(std::min(fitted.left(), available.right() + 1 - fitted.width()));
    fitted.moveTop(std::min(fitted.top(), available.bottom() + 1 - fitted.height()));
    fitted.moveLeft(std::max(fitted.left(), available.left()));
    fitted.moveTop(std::max(fitted.top(), available.top()));
    return fitted;
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

} // namespace mosaic
