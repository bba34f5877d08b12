// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderPreferences.h"

#include "common/TimeInput.h"
#include "journal/JournalSession.h"
#include "reminders/AutostartEntry.h"
#include "reminders/ReminderControls.h"
#include "reminders/ReminderJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace mosaic {
namespace {

const QString kEnabled = QStringLiteral("reminders/enabled");
const QString kQuietHours = QStringLiteral("reminders/quietHours");
const QString kQuietStart = QStringLiteral("reminders/quietStart");
const QString kQuietEnd = QStringLiteral("reminders/quietEnd");
const QString kQuietDays = QStringLiteral("reminders/quietDays");
const QString kKeepInTray = QStringLiteral("reminders/keepInTray");
const QString kTrayExplained = QStringLiteral("reminders/trayExplained");
const QString kPausedUntil = QStringLiteral("reminders/pausedUntil");

// A time as typed (the locale's short time or 24-hour H:mm) or as stored ("HH:mm").
QTime parseTime(const QString &text)
{
    return TimeInput::parse(text, QLocale()).value_or(QTime());
}

QString timeText(const QVariant &stored, QTime fallback)
{
    const QTime time = parseTime(stored.toString());
    return (time.isValid() ? time : fallback).toString(QStringLiteral("HH:mm"));
}

} // namespace

ReminderPreferencesHub &ReminderPreferencesHub::instance()
{
    static ReminderPreferencesHub hub;
    return hub;
}

ReminderPreferences::ReminderPreferences(QObject *parent)
    : ReminderPreferences(QString(), parent)
{ }

ReminderPreferences::ReminderPreferences(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    connect(&ReminderPreferencesHub::instance(), &ReminderPreferencesHub::changed, this, [this](const QString &file) {
        if (file == settings().fileName())
            Q_EMIT changed();
    });
}

QString ReminderPreferences::defaultSettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.ini"));
}

QSettings &ReminderPreferences::settings() const
{
    if (!m_settings)
        m_settings = std::make_unique<QSettings>(m_settingsFile.isEmpty() ? defaultSettingsFile() : m_settingsFile, QSettings::IniFormat);
    return *m_settings;
}

void ReminderPreferences::setSettingsFile(const QString &file)
{
    if (file == m_settingsFile)
        return;
    m_settingsFile = file;
    m_settings.reset();
    Q_EMIT changed();
}

JournalSession *ReminderPreferences::session() const
{
    return m_session;
}

void ReminderPreferences::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    Q_EMIT changed(); // pauseText reads its clock
}

void ReminderPreferences::write(const QString &key, const QVariant &value)
{
    if (settings().value(key) == value)
        return;
    settings().setValue(key, value);
    settings().sync(); // the service may read it from another object at once; a crash keeps it
    // Every object over this file hears it, this one included.
    Q_EMIT ReminderPreferencesHub::instance().changed(settings().fileName());
}

bool ReminderPreferences::enabled() const
{
    return settings().value(kEnabled, true).toBool();
}

void ReminderPreferences::setEnabled(bool enabled)
{
    write(kEnabled, enabled);
}

bool ReminderPreferences::quietHoursEnabled() const
{
    return settings().value(kQuietHours, false).toBool();
}

void ReminderPreferences::setQuietHoursEnabled(bool on)
{
    write(kQuietHours, on);
}

QString ReminderPreferences::quietStart() const
{
    return timeText(settings().value(kQuietStart), QTime(22, 0));
}

void ReminderPreferences::setQuietStart(const QString &time)
{
    if (const QTime parsed = parseTime(time); parsed.isValid())
        write(kQuietStart, parsed.toString(QStringLiteral("HH:mm")));
}

QString ReminderPreferences::quietEnd() const
{
    return timeText(settings().value(kQuietEnd), QTime(7, 0));
}

void ReminderPreferences::setQuietEnd(const QString &time)
{
    if (const QTime parsed = parseTime(time); parsed.isValid())
        write(kQuietEnd, parsed.toString(QStringLiteral("HH:mm")));
}

QList<int> ReminderPreferences::quietDays() const
{
    QList<int> days;
    const QStringList parts = settings().value(kQuietDays).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int day = part.trimmed().toInt();
        if (day >= 1 && day <= 7 && !days.contains(day))
            days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

void ReminderPreferences::setQuietDays(const QList<int> &days)
{
    QStringList parts;
    QList<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    for (const int day : std::as_const(sorted)) {
        if (day >= 1 && day <= 7 && !parts.contains(QString::number(day)))
            parts.append(QString::number(day));
    }
    // All seven is every day, stored as none listed (as reminders store their weekdays).
    write(kQuietDays, parts.size() == 7 ? QString() : parts.join(u','));
}

bool ReminderPreferences::keepInTray() const
{
    return settings().value(kKeepInTray, true).toBool();
}

void ReminderPreferences::setKeepInTray(bool keep)
{
    write(kKeepInTray, keep);
}

bool ReminderPreferences::trayExplained() const
{
    return settings().value(kTrayExplained, false).toBool();
}

void ReminderPreferences::setTrayExplained(bool explained)
{
    write(kTrayExplained, explained);
}

bool ReminderPreferences::startAtLogin() const
{
    return startAtLoginSupported() && Autostart::exists(autostartDirectory());
}

void ReminderPreferences::setStartAtLogin(bool start)
{
    if (!startAtLoginSupported() || start == startAtLogin())
        return;
    const Status done = start ? Autostart::write(autostartDirectory(), QCoreApplication::applicationFilePath()) : Autostart::remove(autostartDirectory());
    if (!done && m_session)
        m_session->reportFailure(done.failure());
    Q_EMIT ReminderPreferencesHub::instance().changed(settings().fileName());
}

bool ReminderPreferences::startAtLoginSupported()
{
#ifdef Q_OS_LINUX
    return Autostart::supported();
#else
    return false; // Windows and macOS: see docs/reminders.md
#endif
}

QString ReminderPreferences::autostartDirectory() const
{
    return m_autostartDirectory.isEmpty() ? Autostart::defaultDirectory() : m_autostartDirectory;
}

void ReminderPreferences::setAutostartDirectory(const QString &directory)
{
    if (directory == m_autostartDirectory)
        return;
    m_autostartDirectory = directory;
    Q_EMIT changed();
}

QString ReminderPreferences::autostartFile() const
{
    return QDir(autostartDirectory()).filePath(QString::fromLatin1(Autostart::kFileName));
}

QDateTime ReminderPreferences::pausedUntil() const
{
    QDateTime until = QDateTime::fromString(settings().value(kPausedUntil).toString(), Qt::ISODateWithMs);
    return until.isValid() ? until.toUTC() : QDateTime();
}

void ReminderPreferences::setPausedUntil(const QDateTime &until)
{
    write(kPausedUntil, until.isValid() ? until.toUTC().toString(Qt::ISODateWithMs) : QString());
}

std::optional<QDateTime> ReminderPreferences::pauseAt(const QDateTime &now) const
{
    const QDateTime until = pausedUntil();
    if (!until.isValid() || until <= now)
        return std::nullopt;
    return until;
}

QString ReminderPreferences::pauseText() const
{
    const QDateTime current = now();
    const auto until = pauseAt(current);
    if (!until)
        return {};
    const QDateTime local = until->toLocalTime();
    if (local.date() > current.toLocalTime().date() && local.time() == QTime(0, 0))
        return tr("Reminders rest until tomorrow");
    return tr("Reminders rest until %1").arg(ReminderJournal::timeOfDayText(local.time()));
}

std::optional<QuietHours> ReminderPreferences::quietHours() const
{
    if (!quietHoursEnabled())
        return std::nullopt;
    return QuietHours{parseTime(quietStart()), parseTime(quietEnd()), quietDays()};
}

QDateTime ReminderPreferences::now() const
{
    return m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
}

void ReminderPreferences::pauseForAnHour()
{
    setPausedUntil(pauseEnd(PauseChoice::OneHour, now(), QTimeZone::systemTimeZone()));
}

void ReminderPreferences::pauseUntilTomorrow()
{
    setPausedUntil(pauseEnd(PauseChoice::UntilTomorrow, now(), QTimeZone::systemTimeZone()));
}

void ReminderPreferences::resume()
{
    // The pause ends now rather than vanishing: what fell in it stays dropped instead of coming late.
    setPausedUntil(now());
}

void ReminderPreferences::toggleQuietDay(int day)
{
    if (const auto days = toggledWeekday(quietDays(), day))
        setQuietDays(*days);
}

bool ReminderPreferences::isTime(const QString &text)
{
    return parseTime(text).isValid();
}

} // namespace mosaic
