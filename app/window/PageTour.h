// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

class QQuickWindow;

namespace mosaic {
class AppSettings;
class JournalSession;
} // namespace mosaic

namespace mosaic::window {

/// Walks through every page of a loaded window: `mosaic --self-test` (each page shown, empty and with the example
/// journal, no QML warning on the way) and `mosaic --screenshots DIR` (each page saved as PNG, light and dark).
class PageTour
{
public:
    PageTour(QQuickWindow &window, JournalSession &session, AppSettings &settings);

    /// Warnings and errors that Qt prints from here on are collected (and still printed); a tour with any fails.
    static void startCollectingWarnings();
    static void stopCollectingWarnings();

    /// Exit code 0 when every page loaded, empty and with the example journal, without a warning; 1 otherwise.
    int runSelfTest();
    /// Saves DIR/<page>-light.png and DIR/<page>-dark.png for every page, on the example journal, at 1280×840, and
    /// the same at 1024×640 and 1920×1080 (DIR/<page>-light-1024x640.png …); 0 on success.
    int saveScreenshots(const QString &directory);

private:
    QStringList pageNames() const;
    bool showPage(const QString &name);
    QImage render();
    bool loadExample();
    void closeWelcome();

    QQuickWindow &m_window;
    JournalSession &m_session;
    AppSettings &m_settings;
};

} // namespace mosaic::window
