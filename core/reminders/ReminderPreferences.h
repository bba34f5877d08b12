// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/ReminderSchedule.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace mosaic {

class JournalSession;

/// Tells every ReminderPreferences of the process that one of them wrote: the Settings page and the running
/// reminders service each hold their own object over the same file.
class ReminderPreferencesHub : public QObject
{
    Q_OBJECT

public:
    static ReminderPreferencesHub &instance();

Q_SIGNALS:
    void changed(const QString &settingsFile);
};

/// How reminders behave on this computer, kept per user beside the window's own preferences: in the same INI file as
/// AppSettings (mosaic/settings.ini in the configuration folder), group [reminders]. These are not journal data — a
/// journal copied to another computer should not carry this one's quiet hours or its pause.
///
/// Keys: enabled (the global switch, default on), quietHours (on/off), quietStart/quietEnd ("HH:mm"), quietDays
/// (ISO weekdays, empty = every day), keepInTray (default on), trayExplained, pausedUntil (UTC, ISO 8601). Starting
/// at login is no key: it is the XDG autostart entry itself (Linux), written and removed by `startAtLogin`.
///
/// Qt Core only, so that the reminder service shares it without QML; QML knows it as `ReminderPreferences` through a
/// foreign registration (ui/qml/reminders/ReminderPreferencesType.h).
class ReminderPreferences : public QObject
{
    Q_OBJECT
    /// The INI file; empty for this user's settings.ini (the one AppSettings uses by default).
    Q_PROPERTY(QString settingsFile READ settingsFile WRITE setSettingsFile NOTIFY changed)
    /// The clock for pausing (session.now()) and where a failure to write the autostart entry is shown. Optional.
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(bool quietHoursEnabled READ quietHoursEnabled WRITE setQuietHoursEnabled NOTIFY changed)
    /// "HH:mm".
    Q_PROPERTY(QString quietStart READ quietStart WRITE setQuietStart NOTIFY changed)
    Q_PROPERTY(QString quietEnd READ quietEnd WRITE setQuietEnd NOTIFY changed)
    /// ISO weekdays on which quiet hours start; empty means every day.
    Q_PROPERTY(QList<int> quietDays READ quietDays WRITE setQuietDays NOTIFY changed)
    /// Closing the window keeps Mosaic in the tray while reminders are on.
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY changed)
    /// Whether the person was told once that closing the window keeps Mosaic in the tray.
    Q_PROPERTY(bool trayExplained READ trayExplained WRITE setTrayExplained NOTIFY changed)
    /// Mosaic starts at login: the autostart entry exists. Linux only (see startAtLoginSupported).
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    Q_PROPERTY(bool startAtLoginSupported READ startAtLoginSupported CONSTANT)
    /// Where the autostart entry goes: $XDG_CONFIG_HOME/autostart by default; tests point it elsewhere.
    Q_PROPERTY(QString autostartDirectory READ autostartDirectory WRITE setAutostartDirectory NOTIFY changed)
    Q_PROPERTY(QString autostartFile READ autostartFile NOTIFY changed)
    /// The end of the latest pause (it may be over: what fell in it stays dropped); invalid when never paused.
    Q_PROPERTY(QDateTime pausedUntil READ pausedUntil NOTIFY changed)
    /// "Paused until 10:30" or "Paused until tomorrow", empty when not paused (read against session.now()).
    Q_PROPERTY(QString pauseText READ pauseText NOTIFY changed)

public:
    explicit ReminderPreferences(QObject *parent = nullptr);
    explicit ReminderPreferences(const QString &settingsFile, QObject *parent = nullptr);

    /// The user's settings.ini, as AppSettings finds it.
    static QString defaultSettingsFile();

    QString settingsFile() const { return m_settingsFile; }
    void setSettingsFile(const QString &file);
    JournalSession *session() const;
    void setSession(JournalSession *session);

    bool enabled() const;
    void setEnabled(bool enabled);
    bool quietHoursEnabled() const;
    void setQuietHoursEnabled(bool on);
    QString quietStart() const;
    void setQuietStart(const QString &time);
    QString quietEnd() const;
    void setQuietEnd(const QString &time);
    QList<int> quietDays() const;
    void setQuietDays(const QList<int> &days);
    bool keepInTray() const;
    void setKeepInTray(bool keep);
    bool trayExplained() const;
    void setTrayExplained(bool explained);
    bool startAtLogin() const;
    void setStartAtLogin(bool start);
    static bool startAtLoginSupported();
    QString autostartDirectory() const;
    void setAutostartDirectory(const QString &directory);
    QString autostartFile() const;
    QDateTime pausedUntil() const;
    QString pauseText() const;

    /// The quiet hours in force, or nullopt when they are off.
    std::optional<QuietHours> quietHours() const;
    /// The pause, when it still runs at `now`.
    std::optional<QDateTime> pauseAt(const QDateTime &now) const;
    Q_INVOKABLE void setPausedUntil(const QDateTime &until);

    /// Pauses every reminder for an hour, or until the start of tomorrow (local), from session.now() or the system
    /// clock; resume() ends a pause now.
    Q_INVOKABLE void pauseForAnHour();
    Q_INVOKABLE void pauseUntilTomorrow();
    Q_INVOKABLE void resume();
    /// Quiet hours on or off for the evenings of ISO weekday `day` (core toggledWeekday(): one day always stays).
    Q_INVOKABLE void toggleQuietDay(int day);
    /// Whether `text` is a wall-clock time ("7:30", "07:30"); the form shows it gently when not.
    Q_INVOKABLE static bool isTime(const QString &text);

Q_SIGNALS:
    void changed();
    void sessionChanged();

private:
    QDateTime now() const;
    QSettings &settings() const;
    void write(const QString &key, const QVariant &value);

    QString m_settingsFile;
    QString m_autostartDirectory;
    QPointer<JournalSession> m_session;
    mutable std::unique_ptr<QSettings> m_settings;
};

} // namespace mosaic
