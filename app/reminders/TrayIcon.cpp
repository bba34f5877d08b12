// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/TrayIcon.h"

#include "journal/JournalSession.h"
#include "reminders/ReminderJournal.h"
#include "reminders/ReminderPreferences.h"
#include "reminders/ReminderService.h"
#include "today/TodayAgenda.h"
#include "today/TodayQueries.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWindow>

namespace mosaic::reminders {
namespace {

// Mosaic's mark in the tray when the icon theme has none: four soft tiles in the window's colours.
QIcon drawnIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const qreal gap = size / 12.0;
        const qreal tile = (size - 3 * gap) / 2;
        const QColor colours[] = {QColor(0x3e, 0x7f, 0x7a), QColor(0xb7, 0x79, 0x3a), QColor(0x8f, 0xb6, 0xe0), QColor(0x7f, 0xc4, 0xbb)};
        for (int i = 0; i < 4; ++i) {
            painter.setBrush(colours[i]);
            painter.drawRoundedRect(QRectF(gap + (i % 2) * (tile + gap), gap + (i / 2) * (tile + gap), tile, tile), tile / 4, tile / 4);
        }
        icon.addPixmap(pixmap);
    }
    return QIcon::fromTheme(QStringLiteral("org.mosaic.Mosaic"), icon);
}

} // namespace

TrayIcon::TrayIcon(JournalSession &session, ReminderPreferences &preferences, ReminderService &service, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_service(service)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>(drawnIcon()))
{
    m_tray->setToolTip(tr("Mosaic"));
    QAction *open = m_menu->addAction(tr("Open Mosaic"));
    connect(open, &QAction::triggered, this, &TrayIcon::openWindowRequested);
    m_rituals = m_menu->addMenu(tr("Today's rituals"));
    connect(m_rituals, &QMenu::aboutToShow, this, &TrayIcon::fillRitualsMenu);
    m_menu->addSeparator();
    QAction *pauseHour = m_menu->addAction(tr("Pause reminders for 1 hour"));
    pauseHour->setObjectName(QStringLiteral("pause-hour"));
    connect(pauseHour, &QAction::triggered, this, [this] { m_service.pause(PauseChoice::OneHour); });
    QAction *pauseDay = m_menu->addAction(tr("Pause reminders until tomorrow"));
    pauseDay->setObjectName(QStringLiteral("pause-tomorrow"));
    connect(pauseDay, &QAction::triggered, this, [this] { m_service.pause(PauseChoice::UntilTomorrow); });
    QAction *resume = m_menu->addAction(tr("Resume reminders"));
    resume->setObjectName(QStringLiteral("resume"));
    connect(resume, &QAction::triggered, this, [this] { m_service.resume(); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Mosaic"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updatePauseActions);
    connect(&m_preferences, &ReminderPreferences::changed, this, &TrayIcon::updatePauseActions);
    connect(&m_service, &ReminderService::scheduleChanged, this, &TrayIcon::updatePauseActions);
    updatePauseActions();

    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openWindowRequested();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_tray->hide();
}

void TrayIcon::updatePauseActions()
{
    const bool on = m_preferences.enabled();
    const bool paused = m_preferences.pauseAt(m_session.now()).has_value();
    for (QAction *action : m_menu->actions()) {
        if (action->objectName().startsWith(u"pause-"))
            action->setVisible(on && !paused);
        else if (action->objectName() == u"resume")
            action->setVisible(on && paused);
    }
    //: First line of the tray icon's tooltip: the application's name.
    QString tip = tr("Mosaic");
    if (!on)
        tip += u'\n' + tr("Reminders are off");
    else if (paused)
        tip += u'\n' + m_preferences.pauseText();
    else if (const auto next = m_service.nextAlertAt())
        //: Second line of the tray icon's tooltip; %1 is a time of day.
        tip += u'\n' + tr("Next reminder at %1").arg(ReminderJournal::timeOfDayText(next->toLocalTime().time()));
    m_tray->setToolTip(tip);
}

void TrayIcon::fillRitualsMenu()
{
    m_rituals->clear();
    if (!m_session.isOpen())
        return;
    const QDate today = m_session.today();
    Result<QList<Habit>> habits = m_session.habits().allHabits(IncludeDeleted::No);
    if (!habits)
        return;
    TodayQueries queries(m_session.connection());
    QList<CheckIn> checkIns;
    for (const Habit &habit : std::as_const(*habits)) {
        if (habit.archived)
            continue;
        if (Result<QList<CheckIn>> week = queries.checkInsBetween(habit.stamps.id, Today::weekStart(today), today))
            checkIns += *week;
    }
    const QList<Today::DueRitual> due = Today::dueRituals(*habits, checkIns, today);
    if (due.isEmpty()) {
        m_rituals->addAction(tr("No rituals today"))->setEnabled(false);
        return;
    }
    for (const Today::DueRitual &ritual : due) {
        const bool settled = ritual.targetMet || ritual.skippedToday;
        //: A ritual in the tray menu that is done (or skipped) today; %1 is its name.
        QAction *action = m_rituals->addAction(settled ? tr("%1 ✓").arg(ritual.habit.name) : ritual.habit.name);
        const QString habitId = ritual.habit.stamps.id;
        connect(action, &QAction::triggered, this, [this, habitId] { Q_EMIT openHabitRequested(habitId); });
    }
}

void TrayIcon::manageWindow(QWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    // The tray decides on each close: quit, or keep running for the reminders.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    window->installEventFilter(this);
}

bool TrayIcon::keepsInTray() const
{
    return m_preferences.enabled() && m_preferences.keepInTray() && m_tray->isVisible();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        if (!keepsInTray()) {
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        } else if (!m_preferences.trayExplained()) {
            m_tray->showMessage(tr("Mosaic is still here"),
                                tr("Mosaic keeps running in the tray so that your reminders can reach you. Quit from this icon's menu, or change "
                                   "this in Settings."),
                                QSystemTrayIcon::Information, 15 * 1000);
            m_preferences.setTrayExplained(true);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mosaic::reminders
