// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/PageTour.h"

#include "journal/JournalSession.h"
#include "settings/JournalTransfer.h"
#include "shell/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace mosaic::window {
namespace {

struct WarningLog
{
    QStringList messages;
    QtMessageHandler previous = nullptr;
};

WarningLog &warningLog()
{
    static WarningLog log;
    return log;
}

void collectWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        warningLog().messages.append(message);
    if (warningLog().previous)
        warningLog().previous(type, context, message);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Lets bindings, loaders and layouts settle; a page is drawn by the grab that follows.
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

PageTour::PageTour(QQuickWindow &window, JournalSession &session, AppSettings &settings)
    : m_window(window)
    , m_session(session)
    , m_settings(settings)
{ }

void PageTour::startCollectingWarnings()
{
    warningLog().messages.clear();
    warningLog().previous = qInstallMessageHandler(collectWarning);
}

void PageTour::stopCollectingWarnings()
{
    qInstallMessageHandler(warningLog().previous);
    warningLog().previous = nullptr;
}

QStringList PageTour::pageNames() const
{
    QStringList names;
    const QVariantList pages = m_window.property("pages").toList();
    for (const QVariant &page : pages)
        names.append(page.toMap().value(QStringLiteral("name")).toString());
    return names;
}

bool PageTour::showPage(const QString &name)
{
    QMetaObject::invokeMethod(&m_window, "showPage", Q_ARG(QString, name), Q_ARG(QVariant, QVariant::fromValue(QVariantMap())));
    settle();
    QVariant item;
    QMetaObject::invokeMethod(&m_window, "pageItem", Q_RETURN_ARG(QVariant, item), Q_ARG(QString, name));
    return item.value<QQuickItem *>() != nullptr;
}

QImage PageTour::render()
{
    settle();
    return m_window.grabWindow();
}

bool PageTour::loadExample()
{
    JournalTransfer transfer;
    transfer.setSession(&m_session);
    return transfer.importExample().ok;
}

void PageTour::closeWelcome()
{
    if (QObject *welcome = m_window.findChild<QObject *>(QStringLiteral("welcome")))
        QMetaObject::invokeMethod(welcome, "close");
    settle();
}

int PageTour::runSelfTest()
{
    closeWelcome();
    const QStringList pages = pageNames();
    int failures = 0;
    for (const QString &state : {QStringLiteral("empty"), QStringLiteral("example")}) {
        if (state == u"example" && !loadExample()) {
            out() << "self-test: the example journal could not be imported: " << m_session.errorMessage() << Qt::endl;
            ++failures;
            continue;
        }
        for (const QString &page : pages) {
            const qsizetype warningsBefore = warningLog().messages.size();
            const bool shown = showPage(page) && !render().isNull();
            const bool quiet = warningLog().messages.size() == warningsBefore;
            out() << "self-test: " << page << " (" << state << "): " << (shown && quiet ? "ok" : shown ? "warnings" : "did not load") << Qt::endl;
            if (!shown || !quiet)
                ++failures;
        }
    }
    stopCollectingWarnings();
    if (!m_session.errorMessage().isEmpty()) {
        out() << "self-test: the window reported: " << m_session.errorMessage() << Qt::endl;
        ++failures;
    }
    // The pages as the sidebar names them, which shows the language the window speaks.
    QStringList titles;
    for (const QVariant &page : m_window.property("pages").toList())
        titles.append(page.toMap().value(QStringLiteral("title")).toString());
    out() << "self-test: " << (failures == 0 ? "passed" : "FAILED") << ", " << pages.size()
          << " pages, empty and with the example journal: " << titles.join(QStringLiteral(", ")) << Qt::endl;
    return failures == 0 ? 0 : 1;
}

int PageTour::saveScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        out() << "screenshots: cannot create " << directory << Qt::endl;
        return 1;
    }
    // The welcome of the first start, over the empty journal, then every page over the example journal. (The
    // offscreen screen is 800×600, to which the window fits itself when it opens.)
    m_window.resize(1280, 840);
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        m_settings.setThemeMode(theme);
        if (!render().save(QDir(directory).filePath(QStringLiteral("welcome-%1.png").arg(theme))))
            return 1;
    }
    closeWelcome();
    // The example journal as it stands the day after its last entries, so every page has something to show.
    m_session.setFixedNow(QDateTime(QDate(2026, 11, 20), QTime(9, 30)).toUTC());
    if (!loadExample()) {
        out() << "screenshots: the example journal could not be imported: " << m_session.errorMessage() << Qt::endl;
        return 1;
    }
    int failures = 0;
    // The usual size (DIR/<page>-<theme>.png), then the smallest the window is made for and a large screen
    // (DIR/<page>-<theme>-<width>x<height>.png): nothing may be clipped at any of them.
    for (const QSize size : {QSize(1280, 840), QSize(1024, 640), QSize(1920, 1080)}) {
        m_window.resize(size);
        const QString suffix = size == QSize(1280, 840) ? QString() : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            m_settings.setThemeMode(theme);
            for (const QString &page : pageNames()) {
                const QString path = QDir(directory).filePath(QStringLiteral("%1-%2%3.png").arg(page, theme, suffix));
                if (!showPage(page) || !render().save(path)) {
                    out() << "screenshots: " << page << " (" << theme << suffix << ") failed" << Qt::endl;
                    ++failures;
                    continue;
                }
                out() << path << Qt::endl;
            }
        }
    }
    stopCollectingWarnings();
    for (const QString &warning : std::as_const(warningLog().messages))
        out() << "warning: " << warning << Qt::endl;
    return failures == 0 && warningLog().messages.isEmpty() ? 0 : 1;
}

} // namespace mosaic::window
