// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalJsonWriter.h"

#include "common/EnumNames.h"
#include "common/TimeFormat.h"
#include "exchange/JsonWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace mosaic {

using namespace Qt::Literals::StringLiterals;

namespace {

// Dates and instants are most of the small values in a large export; formatting them by hand into a
// stack buffer is several times faster than QDate/QDateTime::toString and gives the same text.
char *writeDigits(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

bool hasFourDigitYear(QDate date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

void writeDate(JsonWriter &w, QDate date)
{
    if (!hasFourDigitYear(date)) {
        w.value(TimeFormat::formatDate(date));
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    char buffer[10];
    char *p = writeDigits(buffer, year, 4);
    *p++ = '-';
    p = writeDigits(p, month, 2);
    *p++ = '-';
    p = writeDigits(p, day, 2);
    w.value(QLatin1StringView(buffer, p - buffer));
}

// Same text as TimeFormat::formatInstant: UTC, seconds, milliseconds only when there are any.
void writeInstant(JsonWriter &w, const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || !hasFourDigitYear(date)) {
        w.value(TimeFormat::formatInstant(instant));
        return;
    }
    const QTime time = utc.time();
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    char buffer[24];
    char *p = writeDigits(buffer, year, 4);
    *p++ = '-';
    p = writeDigits(p, month, 2);
    *p++ = '-';
    p = writeDigits(p, day, 2);
    *p++ = 'T';
    p = writeDigits(p, time.hour(), 2);
    *p++ = ':';
    p = writeDigits(p, time.minute(), 2);
    *p++ = ':';
    p = writeDigits(p, time.second(), 2);
    if (time.msec() != 0) {
        *p++ = '.';
        p = writeDigits(p, time.msec(), 3);
    }
    *p++ = 'Z';
    w.value(QLatin1StringView(buffer, p - buffer));
}

void writeClockTime(JsonWriter &w, QTime time)
{
    char buffer[5];
    char *p = writeDigits(buffer, time.hour(), 2);
    *p++ = ':';
    p = writeDigits(p, time.minute(), 2);
    w.value(QLatin1StringView(buffer, p - buffer));
}

template <typename Enum>
void writeEnum(JsonWriter &w, QLatin1StringView key, Enum value)
{
    w.key(key);
    w.value(EnumNames<Enum>::names[static_cast<std::size_t>(value)]);
}

void writeInstantMember(JsonWriter &w, QLatin1StringView key, const QDateTime &instant)
{
    w.key(key);
    writeInstant(w, instant);
}

void writeOptionalInstant(JsonWriter &w, QLatin1StringView key, const std::optional<QDateTime> &instant)
{
    if (instant)
        writeInstantMember(w, key, *instant);
}

void writeDateMember(JsonWriter &w, QLatin1StringView key, QDate date)
{
    w.key(key);
    writeDate(w, date);
}

// Empty text stands for "not written" in the value types, so it is left out.
void writeText(JsonWriter &w, QLatin1StringView key, const QString &text)
{
    if (!text.isEmpty())
        w.member(key, text);
}

void writeOptionalText(JsonWriter &w, QLatin1StringView key, const std::optional<QString> &text)
{
    if (text)
        w.member(key, *text);
}

void writeOptionalInt(JsonWriter &w, QLatin1StringView key, std::optional<int> number)
{
    if (number)
        w.member(key, *number);
}

void writeStrings(JsonWriter &w, QLatin1StringView key, const QStringList &list)
{
    if (list.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (const QString &item : list)
        w.value(item);
    w.endArray();
}

void writeInts(JsonWriter &w, QLatin1StringView key, const QList<int> &list)
{
    if (list.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (const int item : list)
        w.value(item);
    w.endArray();
}

template <typename Enum>
void writeEnums(JsonWriter &w, QLatin1StringView key, const QList<Enum> &list)
{
    if (list.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (const Enum item : list)
        w.value(EnumNames<Enum>::names[static_cast<std::size_t>(item)]);
    w.endArray();
}

void writeStamps(JsonWriter &w, const RecordStamps &stamps)
{
    w.member("id"_L1, stamps.id);
    writeInstantMember(w, "createdAt"_L1, stamps.createdAt);
    writeInstantMember(w, "updatedAt"_L1, stamps.updatedAt);
    writeOptionalInstant(w, "deletedAt"_L1, stamps.deletedAt);
}

void writeValues(JsonWriter &w, const PersonalValues &values)
{
    w.beginObject();
    // All three are required by the schema, so even an empty mission or list is written.
    w.member("mission"_L1, values.mission);
    w.key("values"_L1);
    w.beginArray();
    for (const QString &value : values.values)
        w.value(value);
    w.endArray();
    writeInstantMember(w, "updatedAt"_L1, values.updatedAt);
    w.endObject();
}

void writeCircle(JsonWriter &w, const Circle &circle)
{
    w.beginObject();
    writeStamps(w, circle.stamps);
    w.member("name"_L1, circle.name);
    writeEnum(w, "kind"_L1, circle.kind);
    writeText(w, "facet"_L1, circle.facet);
    w.member("importance"_L1, circle.importance);
    writeText(w, "color"_L1, circle.color);
    w.member("archived"_L1, circle.archived);
    writeText(w, "notes"_L1, circle.notes);
    w.endObject();
}

void writePerson(JsonWriter &w, const Person &person)
{
    w.beginObject();
    writeStamps(w, person.stamps);
    w.member("name"_L1, person.name);
    writeEnums(w, "supports"_L1, person.supports);
    writeText(w, "notes"_L1, person.notes);
    w.endObject();
}

void writeMembership(JsonWriter &w, const Membership &membership)
{
    w.beginObject();
    w.member("personId"_L1, membership.personId);
    w.member("circleId"_L1, membership.circleId);
    writeEnum(w, "ring"_L1, membership.ring);
    writeOptionalInstant(w, "updatedAt"_L1, membership.updatedAt);
    writeOptionalInstant(w, "deletedAt"_L1, membership.deletedAt);
    w.endObject();
}

void writeContact(JsonWriter &w, const Contact &contact)
{
    w.beginObject();
    writeStamps(w, contact.stamps);
    writeDateMember(w, "date"_L1, contact.date);
    writeOptionalText(w, "personId"_L1, contact.personId);
    writeOptionalText(w, "circleId"_L1, contact.circleId);
    w.member("quality"_L1, contact.quality);
    writeText(w, "note"_L1, contact.note);
    w.endObject();
}

void writeEmotion(JsonWriter &w, const EmotionRating &emotion)
{
    w.beginObject();
    w.member("name"_L1, emotion.name);
    w.member("before"_L1, emotion.before);
    writeOptionalInt(w, "after"_L1, emotion.after);
    w.endObject();
}

void writeNextStep(JsonWriter &w, const NextStep &step)
{
    w.beginObject();
    w.member("text"_L1, step.text);
    if (step.due)
        writeDateMember(w, "due"_L1, *step.due);
    w.member("done"_L1, step.done);
    w.endObject();
}

void writeExposure(JsonWriter &w, const ExposurePlan &exposure)
{
    w.beginObject();
    writeText(w, "plan"_L1, exposure.plan);
    writeText(w, "exitStrategy"_L1, exposure.exitStrategy);
    writeOptionalInt(w, "predictedAnxiety"_L1, exposure.predictedAnxiety);
    writeText(w, "prediction"_L1, exposure.prediction);
    writeOptionalInt(w, "actualAnxiety"_L1, exposure.actualAnxiety);
    writeText(w, "outcome"_L1, exposure.outcome);
    writeText(w, "whatHelped"_L1, exposure.whatHelped);
    w.endObject();
}

void writeIncident(JsonWriter &w, const Incident &incident)
{
    w.beginObject();
    writeStamps(w, incident.stamps);
    writeInstantMember(w, "occurredAt"_L1, incident.occurredAt);
    writeEnum(w, "kind"_L1, incident.kind);
    w.member("title"_L1, incident.title);
    writeText(w, "situation"_L1, incident.situation);
    writeOptionalText(w, "circleId"_L1, incident.circleId);
    writeStrings(w, "personIds"_L1, incident.personIds);
    if (!incident.emotions.isEmpty()) {
        w.key("emotions"_L1);
        w.beginArray();
        for (const EmotionRating &emotion : incident.emotions)
            writeEmotion(w, emotion);
        w.endArray();
    }
    writeText(w, "thought"_L1, incident.thought);
    writeText(w, "belief"_L1, incident.belief);
    writeOptionalInt(w, "beliefBefore"_L1, incident.beliefBefore);
    writeOptionalInt(w, "beliefAfter"_L1, incident.beliefAfter);
    writeEnums(w, "distortions"_L1, incident.distortions);
    writeText(w, "evidenceFor"_L1, incident.evidenceFor);
    writeText(w, "evidenceAgainst"_L1, incident.evidenceAgainst);
    writeEnums(w, "factors"_L1, incident.factors);
    writeText(w, "learned"_L1, incident.learned);
    writeText(w, "adjustment"_L1, incident.adjustment);
    writeStrings(w, "feedbackFrom"_L1, incident.feedbackFrom);
    if (incident.nextStep) {
        w.key("nextStep"_L1);
        writeNextStep(w, *incident.nextStep);
    }
    if (incident.exposure) {
        w.key("exposure"_L1);
        writeExposure(w, *incident.exposure);
    }
    writeText(w, "notes"_L1, incident.notes);
    writeStrings(w, "tags"_L1, incident.tags);
    w.endObject();
}

void writeReframe(JsonWriter &w, const Reframe &reframe)
{
    w.beginObject();
    writeStamps(w, reframe.stamps);
    w.member("incidentId"_L1, reframe.incidentId);
    w.member("text"_L1, reframe.text);
    writeEnum(w, "kind"_L1, reframe.kind);
    writeOptionalInt(w, "believability"_L1, reframe.believability);
    w.endObject();
}

void writeStrength(JsonWriter &w, const Strength &strength)
{
    w.beginObject();
    writeStamps(w, strength.stamps);
    w.member("name"_L1, strength.name);
    writeText(w, "description"_L1, strength.description);
    w.member("archived"_L1, strength.archived);
    w.endObject();
}

void writeWin(JsonWriter &w, const Win &win)
{
    w.beginObject();
    writeStamps(w, win.stamps);
    writeDateMember(w, "date"_L1, win.date);
    w.member("text"_L1, win.text);
    writeEnum(w, "kind"_L1, win.kind);
    writeStrings(w, "strengthIds"_L1, win.strengthIds);
    writeOptionalText(w, "incidentId"_L1, win.incidentId);
    w.endObject();
}

void writeSchedule(JsonWriter &w, const HabitSchedule &schedule)
{
    w.beginObject();
    writeEnum(w, "type"_L1, schedule.type);
    switch (schedule.type) {
    case ScheduleType::Daily:
        break;
    case ScheduleType::Weekdays:
        // Required for this type, so written even when (wrongly) empty.
        w.key("days"_L1);
        w.beginArray();
        for (const int day : schedule.days)
            w.value(day);
        w.endArray();
        break;
    case ScheduleType::PerWeek:
        w.member("times"_L1, schedule.times);
        break;
    }
    w.endObject();
}

void writeTarget(JsonWriter &w, const HabitTarget &target)
{
    w.beginObject();
    writeEnum(w, "type"_L1, target.type);
    if (target.type == TargetType::Count) {
        w.member("goal"_L1, target.goal);
        writeText(w, "unit"_L1, target.unit);
    }
    w.endObject();
}

void writeHabit(JsonWriter &w, const Habit &habit)
{
    w.beginObject();
    writeStamps(w, habit.stamps);
    w.member("name"_L1, habit.name);
    writeText(w, "prompt"_L1, habit.prompt);
    writeEnum(w, "ritual"_L1, habit.ritual);
    w.key("schedule"_L1);
    writeSchedule(w, habit.schedule);
    w.key("target"_L1);
    writeTarget(w, habit.target);
    writeDateMember(w, "startDate"_L1, habit.startDate);
    writeText(w, "color"_L1, habit.color);
    w.member("archived"_L1, habit.archived);
    w.endObject();
}

void writeCheckIn(JsonWriter &w, const CheckIn &checkIn)
{
    w.beginObject();
    w.member("habitId"_L1, checkIn.habitId);
    writeDateMember(w, "date"_L1, checkIn.date);
    writeEnum(w, "status"_L1, checkIn.status);
    w.member("value"_L1, checkIn.value);
    writeText(w, "note"_L1, checkIn.note);
    writeInstantMember(w, "updatedAt"_L1, checkIn.updatedAt);
    writeOptionalInstant(w, "deletedAt"_L1, checkIn.deletedAt);
    w.endObject();
}

void writeReminder(JsonWriter &w, const Reminder &reminder)
{
    w.beginObject();
    writeStamps(w, reminder.stamps);
    writeOptionalText(w, "habitId"_L1, reminder.habitId);
    w.member("title"_L1, reminder.title);
    // Required by the schema, so written even when (wrongly) empty.
    w.key("times"_L1);
    w.beginArray();
    for (const QTime time : reminder.times)
        writeClockTime(w, time);
    w.endArray();
    writeInts(w, "days"_L1, reminder.days);
    w.member("enabled"_L1, reminder.enabled);
    writeOptionalInstant(w, "snoozedUntil"_L1, reminder.snoozedUntil);
    writeOptionalInstant(w, "lastFiredAt"_L1, reminder.lastFiredAt);
    w.endObject();
}

template <typename Record, typename WriteOne>
void writeCollection(JsonWriter &w, QLatin1StringView key, const QList<Record> &records, WriteOne writeOne)
{
    // Every collection is written, even an empty one: the reader then sees the whole shape of a journal.
    w.key(key);
    w.beginArray();
    for (const Record &record : records)
        writeOne(w, record);
    w.endArray();
}

void writeJournal(JsonWriter &w, const Journal &journal)
{
    w.beginObject();
    w.member("format"_L1, "mosaic-journal"_L1);
    w.member("version"_L1, 1);
    writeInstantMember(w, "exportedAt"_L1, journal.exportedAt);
    writeText(w, "app"_L1, journal.app);
    if (journal.values) {
        w.key("values"_L1);
        writeValues(w, *journal.values);
    }
    writeCollection(w, "circles"_L1, journal.circles, writeCircle);
    writeCollection(w, "people"_L1, journal.people, writePerson);
    writeCollection(w, "memberships"_L1, journal.memberships, writeMembership);
    writeCollection(w, "contacts"_L1, journal.contacts, writeContact);
    writeCollection(w, "incidents"_L1, journal.incidents, writeIncident);
    writeCollection(w, "reframes"_L1, journal.reframes, writeReframe);
    writeCollection(w, "strengths"_L1, journal.strengths, writeStrength);
    writeCollection(w, "wins"_L1, journal.wins, writeWin);
    writeCollection(w, "habits"_L1, journal.habits, writeHabit);
    writeCollection(w, "checkIns"_L1, journal.checkIns, writeCheckIn);
    writeCollection(w, "reminders"_L1, journal.reminders, writeReminder);
    w.endObject();
}

// A rough size so that a large export grows its buffer a few times, not dozens.
qsizetype estimatedSize(const Journal &journal)
{
    const qsizetype records = journal.circles.size() + journal.people.size() + journal.memberships.size() + journal.contacts.size() +
        journal.incidents.size() * 4 + journal.reframes.size() + journal.strengths.size() + journal.wins.size() + journal.habits.size() +
        journal.checkIns.size() + journal.reminders.size();
    return 1024 + records * 320;
}

} // namespace

QByteArray writeJournalJson(const Journal &journal)
{
    QByteArray out;
    out.reserve(estimatedSize(journal));
    {
        JsonWriter writer(out);
        writeJournal(writer, journal);
    }
    return out;
}

Status writeJournalJson(const Journal &journal, QIODevice &device)
{
    JsonWriter writer(device);
    writeJournal(writer, journal);
    if (!writer.flush())
        return Failure::operation(QCoreApplication::translate("mosaic::JournalJsonWriter", "Could not write the journal: %1").arg(writer.errorString()));
    return success();
}

} // namespace mosaic
