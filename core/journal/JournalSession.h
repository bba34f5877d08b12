// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/CircleStore.h"
#include "common/Result.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "reminders/ReminderStore.h"
#include "strengths/StrengthStore.h"

#include <QDate>
#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadStorage>
#include <QTimer>

#include <functional>
#include <memory>

namespace mosaic {

class Database;

/// The open journal: the database and one store of each kind, the clock, one unit of work (write()) and the signal
/// that tells whoever shows the journal when an area of it changed. Qt Core only, so the window, the command line and
/// the reminder service share it; QML knows it as `JournalSession` through a foreign registration
/// (ui/qml/session/JournalSessionType.h). The composition root (app/main.cpp) creates one for the window; tests
/// create their own, in C++ or in QML, with a temporary `dataDirectory`.
///
/// Nothing in the window reads the clock but now(): `fixedNow` pins it for tests and screenshots.
class JournalSession : public QObject
{
    Q_OBJECT
    /// The folder holding journal.sqlite. Setting it (or open()) opens that journal, creating it when needed.
    Q_PROPERTY(QString dataDirectory READ dataDirectory WRITE setDataDirectory NOTIFY dataDirectoryChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    /// The journal could only be opened for reading (a read-only file or disk): pages can show it but not change it.
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY openChanged)
    /// The last failure, for the window to show; empty when all is well.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// The local date as "YYYY-MM-DD"; changes at midnight (or with fixedNow). Dates cross into QML as ISO text: a
    /// QDate would become a JavaScript Date at UTC midnight, which is the day before west of Greenwich.
    Q_PROPERTY(QString today READ todayText NOTIFY todayChanged)
    /// When valid, the session's clock stands still at this instant.
    Q_PROPERTY(QDateTime fixedNow READ fixedNow WRITE setFixedNow NOTIFY todayChanged)
    /// Counts the changes, for bindings that only need to know that something changed.
    Q_PROPERTY(int revision READ revision NOTIFY journalChanged)

public:
    /// What a change touched; view-models reload when an area they show changes.
    enum Area
    {
        Incidents = 0x1, ///< Incidents and reframes.
        Strengths = 0x2, ///< Strengths, wins, the mission and values.
        Habits = 0x4, ///< Habits and check-ins.
        Circles = 0x8, ///< Circles, people, memberships, contacts.
        Reminders = 0x10,
        Everything = 0x1f,
    };
    Q_ENUM(Area)

    explicit JournalSession(QObject *parent = nullptr);
    ~JournalSession() override;

    QString dataDirectory() const { return m_dataDirectory; }
    void setDataDirectory(const QString &directory);
    /// Opens journal.sqlite in dataDirectory (created with its folder when missing). On failure the session stays
    /// closed and errorMessage says why.
    Q_INVOKABLE bool open();
    bool isOpen() const { return m_database != nullptr; }
    bool isReadOnly() const;

    QString errorMessage() const { return m_errorMessage; }
    /// Shows `failure` to the user (the window's message bar) and emits failed().
    void reportFailure(const Failure &failure);
    /// The same from QML, for a failure a QML action learned of as text.
    Q_INVOKABLE void reportFailureMessage(const QString &message) { reportFailure(Failure::operation(message)); }
    Q_INVOKABLE void clearError();

    /// The current instant (UTC), from the system clock or fixedNow.
    QDateTime now() const;
    QDate today() const;
    QString todayText() const { return today().toString(Qt::ISODate); }
    QDateTime fixedNow() const { return m_fixedNow; }
    void setFixedNow(const QDateTime &instant);

    int revision() const { return m_revision; }
    /// Every write ends with this, so that the models showing `areas` reload.
    void notifyChanged(int areas);
    /// Whether a view-model that follows the session reloads when the day turns, besides when its areas change.
    enum FollowDay
    {
        OnlyOnChanges,
        AtMidnight,
    };
    /// Runs `reload` whenever a write touches one of `areas` (and, with AtMidnight, when the day turns), for as long as
    /// `receiver` lives or until it disconnects from the session: how every view-model stays current.
    void follow(QObject *receiver, int areas, const std::function<void()> &reload, FollowDay day);
    /// The same for a view-model that reloads only what changed: `reload` is told the areas that did.
    void follow(QObject *receiver, int areas, const std::function<void(int changed)> &reload);
    /// One user action: `change` runs in a write transaction (BEGIN IMMEDIATE); when it succeeds the transaction
    /// commits and the models showing `areas` reload. A failure rolls everything back and is shown (reportFailure).
    /// Returns whether the change reached the journal.
    bool write(int areas, const std::function<Status()> &change);
    /// As write(), for a change that may find nothing to do (an edit to the value already there): `change` answers
    /// whether it wrote. When it did not, the transaction rolls back and nothing reloads. Returns that answer, or the
    /// failure (already shown).
    Result<bool> writeIfChanged(int areas, const std::function<Result<bool>()> &change);
    Q_INVOKABLE void notifyEverythingChanged() { notifyChanged(Everything); }
    /// Runs `work` with the journal closed (every view-model lets go of it first: aboutToClose), then opens it again
    /// and every model reloads: how a backup is put in place of the journal. Returns what `work` returned.
    Status withJournalClosed(const std::function<Status()> &work);

    /// The open journal; only valid while isOpen(). For the thread that owns the session (the GUI thread).
    const Database &database() const { return *m_database; }
    /// The open journal's connection, for core's reads and actions on the session's thread (what database() holds,
    /// without its header); only valid while isOpen().
    QSqlDatabase connection() const;
    /// The journal for reading on the calling thread, so that a page can load off the GUI thread (a Qt SQL connection
    /// cannot cross threads): the session's own connection on its thread, elsewhere a connection of that thread's
    /// own, opened on first use and again after the journal was reopened, closed when the thread ends. nullptr while
    /// the journal is closed or when it cannot be opened there.
    const Database *readDatabase() const;
    IncidentStore &incidents() { return *m_incidents; }
    StrengthStore &strengths() { return *m_strengths; }
    HabitStore &habits() { return *m_habits; }
    CircleStore &circles() { return *m_circles; }
    ReminderStore &reminders() { return *m_reminders; }

Q_SIGNALS:
    void dataDirectoryChanged();
    void openChanged();
    /// The journal is about to close (another folder is opened, or the session ends): let go of its connection.
    void aboutToClose();
    void errorMessageChanged();
    void todayChanged();
    /// `areas`: the Area flags that changed.
    void journalChanged(int areas);
    void failed(const QString &message);

private:
    void close();
    void scheduleMidnight();
    void checkOtherWriters();

    QString m_dataDirectory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<StrengthStore> m_strengths;
    std::unique_ptr<HabitStore> m_habits;
    std::unique_ptr<CircleStore> m_circles;
    std::unique_ptr<ReminderStore> m_reminders;
    QString m_errorMessage;
    QDateTime m_fixedNow;
    QDate m_today;
    QTimer m_midnight;
    /// Asks the journal now and then whether another program wrote to it (`mosaic checkin` while the window is open).
    QTimer m_otherWriters;
    qint64 m_dataVersion = 0;
    int m_revision = 0;

    /// Another thread's connection, and which opening of the journal it belongs to.
    struct ThreadReader
    {
        quint64 opening = 0;
        std::unique_ptr<Database> database;
    };
    mutable QThreadStorage<ThreadReader *> m_readers; ///< deleted on their own thread when it ends
    mutable QMutex m_openingMutex; ///< guards the two below, which other threads read
    QString m_openFilePath; ///< empty while closed
    quint64 m_opening = 0; ///< counts the openings, so that a thread's reader of an earlier one is replaced
};

} // namespace mosaic
