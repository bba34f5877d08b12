// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QRect>
#include <QSettings>
#include <QWindow>

#include <memory>

namespace mosaic {

/// The window's own preferences, kept per user (not in the journal): theme, language, the page and the window's
/// size and place, whether the welcome was shown.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// "system", "light" or "dark".
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY changed)
    /// A locale name such as "de", or empty for the system's language. Takes effect at the next start.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    /// The languages Mosaic is translated into ("en", "de", …), for the language choice.
    Q_PROPERTY(QStringList translatedLanguages READ translatedLanguages CONSTANT)
    Q_PROPERTY(QString lastPage READ lastPage WRITE setLastPage NOTIFY changed)
    Q_PROPERTY(QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY changed)
    Q_PROPERTY(bool windowMaximized READ windowMaximized WRITE setWindowMaximized NOTIFY changed)
    Q_PROPERTY(bool welcomed READ welcomed WRITE setWelcomed NOTIFY changed)
    /// Less motion on screen: the breathing guide paces without growing and shrinking.
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY changed)
    Q_PROPERTY(QString settingsPath READ settingsPath CONSTANT)

public:
    /// The settings of this user (mosaic/settings.ini in the system's configuration folder).
    explicit AppSettings(QObject *parent = nullptr);
    /// The settings kept in `fileName` (an INI file): the self-test and the screenshots use a file of their own.
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);

    QString themeMode() const;
    void setThemeMode(const QString &mode);
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList translatedLanguages();
    QString lastPage() const;
    void setLastPage(const QString &page);
    QRect windowGeometry() const;
    void setWindowGeometry(const QRect &geometry);
    bool windowMaximized() const;
    void setWindowMaximized(bool maximized);
    bool welcomed() const;
    void setWelcomed(bool welcomed);
    bool reduceMotion() const;
    void setReduceMotion(bool reduce);
    QString settingsPath() const { return m_settings->fileName(); }

    /// Where `window` opens: the remembered geometry, or `defaultSize` centred, fitted with its frame into the
    /// available area of the screen it falls on (the primary screen when none), so that a window remembered on a
    /// larger screen is never larger than the screen it opens on.
    Q_INVOKABLE QRect openingGeometry(const QSize &defaultSize, const QWindow *window) const;
    /// `wanted` shrunk to fit `available` and moved inside it.
    static QRect fitInto(const QRect &wanted, const QRect &available);

Q_SIGNALS:
    void changed();

private:
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace mosaic
