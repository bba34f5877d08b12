// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalIntegrity.h"

#include "ValidationReport.h"
#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace mosaic {

namespace {

// The translation context of the integrity messages (a class, so that lupdate files them under it).
struct IntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::JournalIntegrity)
};

// A record id as 16 bytes rather than a 36-character string: the reader has checked that it is a canonical UUID.
QUuid compactId(const QString &id)
{
    return QUuid::fromString(id);
}

/// Ids of one collection in the file, each with the index of its first record plus one (0: not seen yet, so that
/// one lookup both finds and inserts).
using IdIndex = QHash<QUuid, qsizetype>;

/// One kind of record that others refer to: its ids in the file and those already in the journal.
struct Referable
{
    IdIndex inFile;
    const QSet<QString> &inJournal;
    const char *noun; ///< "a circle", for messages; marked with QT_TRANSLATE_NOOP and translated when a message is written.

    bool contains(const QString &id) const { return inFile.contains(compactId(id)) || inJournal.contains(id); }
};

/// What makes a membership (person and circle) or a check-in (habit and day) unique.
struct PairKey
{
    QUuid first;
    QUuid second;
    qint64 day = 0;
    friend bool operator==(const PairKey &, const PairKey &) = default;
};

size_t qHash(const PairKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.first, key.second, key.day);
}

/// The index of an earlier record with the same key, or -1 (and then remembers this one).
template <typename Key>
qsizetype earlierIndex(QHash<Key, qsizetype> &seen, const Key &key, qsizetype index)
{
    qsizetype &first = seen[key];
    if (first != 0)
        return first - 1;
    first = index + 1;
    return -1;
}

} // namespace

struct IntegrityTracker::State
{
    State(const KnownRecordIds &known, ValidationReport &problems)
        : report(problems)
        , circles{{}, known.circles, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a circle")}
        , people{{}, known.people, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a person")}
        , incidents{{}, known.incidents, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "an incident")}
        , strengths{{}, known.strengths, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a strength")}
        , habits{{}, known.habits, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a habit")}
    { }

    // Reports a repeated id at its second and later records.
    void uniqueId(IdIndex &ids, const QString &id, QLatin1StringView collection, qsizetype index)
    {
        if (const qsizetype earlier = earlierIndex(ids, compactId(id), index); earlier >= 0)
            report.add(JsonPath{collection, index, "id"_L1},
                       //: %1 is a collection's name as the file spells it (e.g. "circles"), %2 the JSON path of the earlier record.
                       IntegrityText::tr("must be unique among the %1 (same as %2)").arg(collection, JsonPath{collection, earlier, "id"_L1}.toString()));
    }

    void reference(const QString &id, const Referable &target, const JsonPath &path)
    {
        if (!target.contains(id))
            //: %1 is a kind of record with its article (e.g. "a circle"), %2 the id that was not found.
            report.add(path,
                       IntegrityText::tr("must name %1 in the file or already in the journal (none has id %2)")
                           .arg(IntegrityText::tr(target.noun), quotedForMessage(id)));
    }

    void reference(const std::optional<QString> &id, const Referable &target, const JsonPath &path)
    {
        if (id)
            reference(*id, target, path);
    }

    void references(const QStringList &ids, const Referable &target, QLatin1StringView collection, qsizetype index, QLatin1StringView field)
    {
        for (qsizetype j = 0; j < ids.size(); ++j)
            reference(ids[j], target, JsonPath{collection, index, field, j});
    }

    ValidationReport &report;
    Referable circles;
    Referable people;
    Referable incidents;
    Referable strengths;
    Referable habits;
    IdIndex contacts, reframes, wins, reminders; // ids that nothing refers to, only unique
    QHash<PairKey, qsizetype> memberships, checkIns;
};

IntegrityTracker::IntegrityTracker(const KnownRecordIds &known, ValidationReport &report)
    : m_state(std::make_unique<State>(known, report))
{ }

IntegrityTracker::~IntegrityTracker() = default;

void IntegrityTracker::check(qsizetype index, const Circle &circle)
{
    m_state->uniqueId(m_state->circles.inFile, circle.stamps.id, "circles"_L1, index);
}

void IntegrityTracker::check(qsizetype index, const Person &person)
{
    m_state->uniqueId(m_state->people.inFile, person.stamps.id, "people"_L1, index);
}

void IntegrityTracker::check(qsizetype index, const Membership &membership)
{
    const auto collection = "memberships"_L1;
    const PairKey key{compactId(membership.personId), compactId(membership.circleId)};
    if (const qsizetype earlier = earlierIndex(m_state->memberships, key, index); earlier >= 0)
        m_state->report.add(JsonPath{collection, index},
                            //: %1 is a person's id, %2 a circle's id, %3 the JSON path of the earlier membership.
                            IntegrityText::tr("must be the only membership of person %1 in circle %2 (same as %3)")
                                .arg(quotedForMessage(membership.personId), quotedForMessage(membership.circleId), JsonPath{collection, earlier}.toString()));
    m_state->reference(membership.personId, m_state->people, JsonPath{collection, index, "personId"_L1});
    m_state->reference(membership.circleId, m_state->circles, JsonPath{collection, index, "circleId"_L1});
}

void IntegrityTracker::check(qsizetype index, const Contact &contact)
{
    const auto collection = "contacts"_L1;
    m_state->uniqueId(m_state->contacts, contact.stamps.id, collection, index);
    m_state->reference(contact.personId, m_state->people, JsonPath{collection, index, "personId"_L1});
    m_state->reference(contact.circleId, m_state->circles, JsonPath{collection, index, "circleId"_L1});
}

void IntegrityTracker::check(qsizetype index, const Incident &incident)
{
    const auto collection = "incidents"_L1;
    m_state->uniqueId(m_state->incidents.inFile, incident.stamps.id, collection, index);
    m_state->reference(incident.circleId, m_state->circles, JsonPath{collection, index, "circleId"_L1});
    m_state->references(incident.personIds, m_state->people, collection, index, "personIds"_L1);
    m_state->references(incident.feedbackFrom, m_state->people, collection, index, "feedbackFrom"_L1);
}

void IntegrityTracker::check(qsizetype index, const Reframe &reframe)
{
    const auto collection = "reframes"_L1;
    m_state->uniqueId(m_state->reframes, reframe.stamps.id, collection, index);
    m_state->reference(reframe.incidentId, m_state->incidents, JsonPath{collection, index, "incidentId"_L1});
}

void IntegrityTracker::check(qsizetype index, const Strength &strength)
{
    m_state->uniqueId(m_state->strengths.inFile, strength.stamps.id, "strengths"_L1, index);
}

void IntegrityTracker::check(qsizetype index, const Win &win)
{
    const auto collection = "wins"_L1;
    m_state->uniqueId(m_state->wins, win.stamps.id, collection, index);
    m_state->references(win.strengthIds, m_state->strengths, collection, index, "strengthIds"_L1);
    m_state->reference(win.incidentId, m_state->incidents, JsonPath{collection, index, "incidentId"_L1});
}

void IntegrityTracker::check(qsizetype index, const Habit &habit)
{
    m_state->uniqueId(m_state->habits.inFile, habit.stamps.id, "habits"_L1, index);
}

void IntegrityTracker::check(qsizetype index, const CheckIn &checkIn)
{
    const auto collection = "checkIns"_L1;
    const PairKey key{compactId(checkIn.habitId), {}, checkIn.date.toJulianDay()};
    if (const qsizetype earlier = earlierIndex(m_state->checkIns, key, index); earlier >= 0)
        m_state->report.add(JsonPath{collection, index},
                            //: %1 is a habit's id, %2 a date as YYYY-MM-DD, %3 the JSON path of the earlier check-in.
                            IntegrityText::tr("must be the only check-in of habit %1 on %2 (same as %3)")
                                .arg(quotedForMessage(checkIn.habitId), TimeFormat::formatDate(checkIn.date), JsonPath{collection, earlier}.toString()));
    m_state->reference(checkIn.habitId, m_state->habits, JsonPath{collection, index, "habitId"_L1});
}

void IntegrityTracker::check(qsizetype index, const Reminder &reminder)
{
    const auto collection = "reminders"_L1;
    m_state->uniqueId(m_state->reminders, reminder.stamps.id, collection, index);
    m_state->reference(reminder.habitId, m_state->habits, JsonPath{collection, index, "habitId"_L1});
}

namespace {

template <typename Record>
void checkAll(IntegrityTracker &tracker, const QList<Record> &records, const ValidationReport &report)
{
    for (qsizetype i = 0; i < records.size() && !report.isFull(); ++i)
        tracker.check(i, records[i]);
}

} // namespace

Status checkJournalIntegrity(const Journal &journal, const KnownRecordIds &known)
{
    ValidationReport report;
    IntegrityTracker tracker(known, report);
    checkAll(tracker, journal.circles, report);
    checkAll(tracker, journal.people, report);
    checkAll(tracker, journal.memberships, report);
    checkAll(tracker, journal.contacts, report);
    checkAll(tracker, journal.incidents, report);
    checkAll(tracker, journal.reframes, report);
    checkAll(tracker, journal.strengths, report);
    checkAll(tracker, journal.wins, report);
    checkAll(tracker, journal.habits, report);
    checkAll(tracker, journal.checkIns, report);
    checkAll(tracker, journal.reminders, report);
    if (!report.isEmpty())
        return report.toFailure();
    return success();
}

} // namespace mosaic
