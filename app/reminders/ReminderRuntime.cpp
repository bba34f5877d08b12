// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderRuntime.h"

#include "reminders/FreedesktopNotifier.h"
#include "reminders/ReminderClock.h"
#include "reminders/ReminderPreferences.h"
#include "reminders/ReminderService.h"
#include "reminders/TrayIcon.h"
#include "reminders/TrayNotifier.h"

#include <QDBusConnection>
#include <QMetaMethod>
#include <QVariantMap>
#include <QWindow>

namespace mosaic::reminders {

ReminderRuntime::ReminderRuntime(QWindow &window, JournalSession &session, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_window(&window)
    , m_clock(std::make_unique<SystemReminderClock>())
    , m_preferences(std::make_unique<ReminderPreferences>(settingsFile))
{
    m_preferences->setSession(&session);
    // Desktop notifications when the session bus has a server; else the tray's balloon, which needs the tray first.
    TrayNotifier *balloon = nullptr;
#ifdef Q_OS_LINUX
    if (const QDBusConnection bus = QDBusConnection::sessionBus(); FreedesktopNotifier::isAvailable(bus))
        m_notifier = std::make_unique<FreedesktopNotifier>(bus);
#endif
    if (!m_notifier) {
        auto tray = std::make_unique<TrayNotifier>();
        balloon = tray.get();
        m_notifier = std::move(tray);
    }
    m_service = std::make_unique<ReminderService>(session, *m_preferences, *m_notifier, *m_clock);
    m_tray = std::make_unique<TrayIcon>(session, *m_preferences, *m_service);
    if (balloon)
        balloon->setTray(m_tray->systemTrayIcon());
    m_tray->manageWindow(&window);

    connect(m_tray.get(), &TrayIcon::openWindowRequested, this, &ReminderRuntime::showWindow);
    connect(m_tray.get(), &TrayIcon::openHabitRequested, this, &ReminderRuntime::showHabit);
    connect(m_service.get(), &ReminderService::openRequested, this, &ReminderRuntime::showHabit);
    m_service->start();
}

ReminderRuntime::~ReminderRuntime()
{
    // The service and the tray refer to the notifier and the preferences: they go first.
    m_tray.reset();
    m_service.reset();
    m_notifier.reset();
}

void ReminderRuntime::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void ReminderRuntime::showHabit(const QString &habitId)
{
    showWindow();
    if (!m_window)
        return;
    const QString page = habitId.isEmpty() ? QStringLiteral("today") : QStringLiteral("habits");
    const QVariantMap args = habitId.isEmpty() ? QVariantMap() : QVariantMap{{QStringLiteral("habitId"), habitId}};
    // Main.qml's showPage(name: string, args: var): its first parameter is a QString or a QVariant in the meta-object
    // depending on the Qt version's handling of type annotations, so it is called by what it declares.
    const QMetaObject *meta = m_window->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        if (method.name() != "showPage" || method.parameterCount() != 2)
            continue;
        const QVariant argsValue(args);
        if (method.parameterMetaType(0) == QMetaType::fromType<QString>())
            method.invoke(m_window, Q_ARG(QString, page), Q_ARG(QVariant, argsValue));
        else
            method.invoke(m_window, Q_ARG(QVariant, QVariant(page)), Q_ARG(QVariant, argsValue));
        return;
    }
}

} // namespace mosaic::reminders
