// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowApp.h"

#include "cli/CommandLine.h"
#include "cli/DataLocation.h"
#include "journal/JournalSession.h"
#include "localization/Translations.h"
#include "reminders/ReminderRuntime.h"
#include "settings/JournalTransfer.h"
#include "shell/AppSettings.h"
#include "window/BackupScheduler.h"
#include "window/PageTour.h"
#include "window/SingleInstance.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#if __has_include(<sys/resource.h>)
#include <sys/resource.h>
#define MOSAIC_HAVE_RUSAGE
#endif
#include <memory>

Q_IMPORT_QML_PLUGIN(Mosaic_UiPlugin)

namespace mosaic::window {
namespace {

const QString kSelfTest = QStringLiteral("self-test");
const QString kScreenshots = QStringLiteral("screenshots");
const QString kFirstFrame = QStringLiteral("quit-after-first-frame");

/// The window's options are the command table's (app/cli/CommandLine: --data-dir, --self-test, --screenshots, so
/// that --help and mosaic(1) say what the window takes), read as the command line reads them (`-self-test` too), and
/// the benchmarks' first-frame probe, which --help leaves out.
void addWindowOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(cli::globalOptions());
    parser.addOptions(cli::windowOptions());
    QCommandLineOption firstFrame(kFirstFrame, QStringLiteral("Print 'first-frame' and the peak memory when the window has drawn once, then quit."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstFrame);
}

/// Whether the window was asked for its tour of the pages (--self-test, --screenshots DIR or --screenshots=DIR), read
/// by the same parser as the rest of the window's options.
bool tourRequested(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    return parser.parse(arguments) && (parser.isSet(kSelfTest) || parser.isSet(kScreenshots));
}

QTextStream &errorStream()
{
    static QTextStream stream(stderr);
    return stream;
}

// Installs the translations of the language the user chose in Settings, or else of the system's; dates and numbers
// then follow the chosen language too.
void speakChosenLanguage(const QString &override)
{
    const QString language = localization::chooseLanguage(override, QLocale::system());
    if (!override.isEmpty() && QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    if (!localization::installTranslations(*QCoreApplication::instance(), language, localization::translationFolders(QCoreApplication::applicationDirPath())))
        errorStream() << "mosaic: mosaic_" << language << ".qm was not found next to the program; the window shows English." << Qt::endl;
}

// Loads Main.qml with the session and the settings; returns the window, or null when QML failed to load.
QQuickWindow *loadWindow(QQmlApplicationEngine &engine, JournalSession &session, AppSettings &settings)
{
    engine.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&session)}, {QStringLiteral("settings"), QVariant::fromValue(&settings)}});
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    engine.loadFromModule("Mosaic.Ui", "Main");
#else
    // Qt 6.4 puts the module under :/Mosaic/Ui (no /qt/qml prefix yet) and does not look there by itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Mosaic/Ui/shell/Main.qml")));
#endif
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

// The most memory the process has held so far; 0 where the system does not say.
long peakResidentKilobytes()
{
#ifdef Q_OS_LINUX
    // VmHWM: this program's own high-water mark. getrusage's ru_maxrss is not: Linux carries it across exec, so a
    // program started by a large parent (the startup benchmark, right after building its 250 MB journal) reported
    // the parent's size.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
#endif
#ifdef MOSAIC_HAVE_RUSAGE
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return usage.ru_maxrss / 1024; // bytes there
#else
    return usage.ru_maxrss; // kilobytes
#endif
#else
    return 0;
#endif
}

} // namespace

bool opensWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    // A command, --help, --version or anything unknown: the command line answers.
    return parser.parse(arguments) && parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")) &&
        !parser.isSet(QStringLiteral("version"));
}

void prepareWindowProcess(const QStringList &arguments)
{
    // The self-test and the screenshots run without a display, whatever the session has.
    if (tourRequested(arguments))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

int runWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(arguments);

    const bool selfTest = parser.isSet(kSelfTest);
    const bool screenshots = parser.isSet(kScreenshots);
    // The tour of the pages imports the example journal, so it always runs in a journal and settings of its own: it
    // never touches a person's journal. MOSAIC_DATA_DIR is ignored for it (it may be set for every program a person
    // runs); an explicit --data-dir is refused, as the person evidently meant that journal.
    QTemporaryDir scratch;
    const bool firstFrameProbe = parser.isSet(kFirstFrame);
    const bool tour = selfTest || screenshots;
    const bool dataDirectoryGiven = parser.isSet(QStringLiteral("data-dir"));
    const QString dataDirectory = tour ? scratch.filePath(QStringLiteral("journal")) : cli::resolveDataDirectory(parser.value(QStringLiteral("data-dir")));

    const auto settings =
        tour || firstFrameProbe ? std::make_unique<AppSettings>(scratch.filePath(QStringLiteral("settings.ini"))) : std::make_unique<AppSettings>();
    speakChosenLanguage(settings->language());
    if (tour && dataDirectoryGiven) {
        errorStream() << QCoreApplication::translate("mosaic::window::WindowApp",
                                                     "mosaic: --self-test and --screenshots show the example journal in a folder of their own and never "
                                                     "use a journal of yours; leave out --data-dir. Nothing was written.")
                      << Qt::endl;
        return 2;
    }

    SingleInstance instance(dataDirectory);
    if (!tour && !firstFrameProbe) {
        if (instance.raiseRunningInstance())
            return 0;
        instance.listen();
    }

    JournalSession session;
    session.setDataDirectory(dataDirectory);

    QQmlApplicationEngine engine;
    PageTour::startCollectingWarnings();
    QQuickWindow *window = loadWindow(engine, session, *settings);
    if (!window) {
        errorStream() << "mosaic: the window could not be loaded." << Qt::endl;
        return 1;
    }
    QObject::connect(&instance, &SingleInstance::raiseRequested, window, [window] {
        window->show();
        window->raise();
        window->requestActivate();
    });

    if (selfTest)
        return PageTour(*window, session, *settings).runSelfTest();
    if (screenshots)
        return PageTour(*window, session, *settings).saveScreenshots(parser.value(kScreenshots));
    PageTour::stopCollectingWarnings();
    if (firstFrameProbe) {
        // For the startup benchmark, which times this process from its start to this line.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [] {
                std::printf("first-frame peak-rss-kb %ld\n", peakResidentKilobytes());
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
    }
    // Reminders (issue 5, app/reminders): the service, the tray icon and closing into the tray — for the normal
    // window only, never for the tour or the first-frame probe.
    std::unique_ptr<reminders::ReminderRuntime> reminderRuntime;
    if (!firstFrameProbe)
        reminderRuntime = std::make_unique<reminders::ReminderRuntime>(*window, session, settings->settingsPath());
    // Automatic backups (docs/backups.md): a checked copy once a day when the journal changed, off the GUI thread.
    std::unique_ptr<BackupScheduler> backups;
    if (!firstFrameProbe)
        backups = std::make_unique<BackupScheduler>(session);
    return QGuiApplication::exec();
}

} // namespace mosaic::window
