// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the `mosaic` executable: with a command it runs headless on QCoreApplication, without one
// it opens the window on QApplication (widgets for the tray icon and the native file dialogs).
#include "cli/CommandLine.h"
#include "localization/Translations.h"

#ifdef MOSAIC_HAVE_WINDOW
#include "window/WindowApp.h"

#include <QApplication>
#endif
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#else
#include <sys/stat.h>
#endif

namespace {

#ifdef Q_OS_WIN
// mosaic.exe is a Windows GUI program (WIN32_EXECUTABLE), so that no console window opens beside the window; a command
// run from a terminal writes to that terminal.
void attachToParentConsole()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
    freopen_s(&stream, "CONIN$", "r", stdin);
}
#endif

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("mosaic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOSAIC_VERSION));
}

#ifdef MOSAIC_HAVE_WINDOW
int runWindow(int &argc, char **argv, const QStringList &arguments)
{
    mosaic::window::prepareWindowProcess(arguments);
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Mosaic"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mosaic.Mosaic"));
    return mosaic::window::runWindow(QCoreApplication::arguments());
}
#endif

} // namespace

int main(int argc, char *argv[])
{
#ifndef Q_OS_WIN
    // What Mosaic writes is private: files it does not create itself (SQLite's temporary files, the settings written by
    // QSettings, exports through a library) are 0600 and folders 0700 too, whatever umask the session has.
    ::umask(077);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

#ifdef MOSAIC_HAVE_WINDOW
    if (mosaic::window::opensWindow(arguments))
        return runWindow(argc, argv, arguments);
#endif
#ifdef Q_OS_WIN
    attachToParentConsole();
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    // The command line speaks the system's language; the window's language setting belongs to the window.
    mosaic::localization::installTranslations(app, mosaic::localization::chooseLanguage({}, QLocale::system()),
                                              mosaic::localization::translationFolders(QCoreApplication::applicationDirPath()));
    return mosaic::cli::runCommandLine(QCoreApplication::arguments(), QDateTime::currentDateTime());
}
