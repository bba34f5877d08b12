// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLoader.h"

#include "circles/CircleStore.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "reminders/ReminderStore.h"
#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

// A read transaction: in WAL mode every SELECT inside it sees the same snapshot, even while others write.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {
        QSqlQuery query(m_connection);
        m_active = query.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery query(m_connection);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

template <typename T>
bool take(Result<T> &&loaded, T &into, std::optional<Failure> &failure)
{
    if (!loaded) {
        failure = loaded.failure();
        return false;
    }
    into = std::move(loaded).value();
    return true;
}

} // namespace

Result<Journal> loadJournal(const Database &database, const QDateTime &exportedAt, const QString &app)
{
    const QSqlDatabase connection = database.connection();
    const ReadSnapshot snapshot(connection);

    IncidentStore incidents(connection);
    StrengthStore strengths(connection);
    HabitStore habits(connection);
    CircleStore circles(connection);
    ReminderStore reminders(connection);

    Journal journal;
    journal.exportedAt = exportedAt.toUTC();
    journal.app = app;
    std::optional<Failure> failure;
    const bool loaded = take(strengths.personalValues(), journal.values, failure) && take(circles.allCircles(IncludeDeleted::Yes), journal.circles, failure) &&
        take(circles.allPeople(IncludeDeleted::Yes), journal.people, failure) &&
        take(circles.allMemberships(IncludeDeleted::Yes), journal.memberships, failure) &&
        take(circles.allContacts(IncludeDeleted::Yes), journal.contacts, failure) &&
        take(incidents.allIncidents(IncludeDeleted::Yes), journal.incidents, failure) &&
        take(incidents.allReframes(IncludeDeleted::Yes), journal.reframes, failure) &&
        take(strengths.allStrengths(IncludeDeleted::Yes), journal.strengths, failure) && take(strengths.allWins(IncludeDeleted::Yes), journal.wins, failure) &&
        take(habits.allHabits(IncludeDeleted::Yes), journal.habits, failure) && take(habits.allCheckIns(IncludeDeleted::Yes), journal.checkIns, failure) &&
        take(reminders.allReminders(IncludeDeleted::Yes), journal.reminders, failure);
    if (!loaded)
        return *failure;
    return journal;
}

} // namespace mosaic
