// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeavyJournal.h"

#include <QRandomGenerator>
#include <QUuid>

namespace mosaic::benchmark {

namespace {

// Everyday words around social life, with accents and other scripts so the tokenizer does real work.
const QStringList &vocabulary()
{
    static const QStringList words =
        QStringLiteral("friend colleague lunch meeting message invitation party choir climbing neighbour sister brother cousin mentor "
                       "team project review feedback evening morning coffee walk garden library volunteer seminar club chess kindness "
                       "courage boundary quiet unanswered rejection ignored laughed joked waited asked replied cancelled forgot "
                       "remembered helped listened shared promised invited excluded criticised praised noticed thanked apologised "
                       "résumé café naïve Zürich señora ærø crème façade déjà jalapeño São Paulo Kraków Ålesund "
                       "weekend holiday birthday dinner email phone call chat group table room office station train bus "
                       "tired hopeful nervous proud calm awkward relieved embarrassed curious grateful patient honest")
            .split(u' ', Qt::SkipEmptyParts);
    return words;
}

class TextMaker
{
public:
    explicit TextMaker(quint32 seed)
        : m_random(seed)
    { }

    QString words(int count)
    {
        const QStringList &vocab = vocabulary();
        QString text;
        text.reserve(count * 8);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += u' ';
            text += vocab.at(int(m_random.bounded(quint32(vocab.size()))));
        }
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text + u'.';
    }

    int between(int low, int high) { return int(m_random.bounded(quint32(low), quint32(high + 1))); }

    QString uuid()
    {
        // Deterministic version-4 UUIDs from the seeded generator.
        quint8 b[8];
        for (auto &byte : b)
            byte = quint8(m_random.bounded(256u));
        const auto data2 = quint16(m_random.bounded(65536u));
        const auto data3 = quint16((m_random.bounded(65536u) & 0x0FFF) | 0x4000);
        b[0] = quint8((b[0] & 0x3F) | 0x80);
        return QUuid(m_random.generate(), data2, data3, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_random;
};

RecordStamps stamps(TextMaker &maker, const QDateTime &created)
{
    return RecordStamps{maker.uuid(), created, created.addSecs(maker.between(0, 86400)), std::nullopt};
}

} // namespace

Journal makeHeavyJournal()
{
    TextMaker maker(20261127);
    Journal journal;
    const QDateTime origin(QDate(2016, 1, 4), QTime(8, 0), Qt::UTC);
    journal.exportedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    journal.app = QStringLiteral("Mosaic benchmark");
    journal.values = PersonalValues{maker.words(40), {QStringLiteral("Curiosity"), QStringLiteral("Kindness"), QStringLiteral("Courage")}, origin};

    for (int i = 0; i < 100; ++i) {
        Circle circle;
        circle.stamps = stamps(maker, origin.addSecs(i * 60));
        circle.name = QStringLiteral("Circle %1").arg(i + 1);
        circle.kind = static_cast<CircleKind>(i % int(enumCount<CircleKind>()));
        circle.facet = maker.words(6);
        circle.importance = 1 + i % 5;
        circle.notes = maker.words(20);
        journal.circles.append(circle);
    }
    for (int i = 0; i < 2000; ++i) {
        Person person;
        person.stamps = stamps(maker, origin.addSecs(i * 90));
        person.name = QStringLiteral("Person %1").arg(i + 1);
        person.supports = {static_cast<SupportKind>(i % int(enumCount<SupportKind>()))};
        person.notes = i % 3 == 0 ? maker.words(15) : QString();
        journal.people.append(person);
        // Each person in one to three circles, spread over all hundred.
        const int circles = 1 + i % 3;
        for (int c = 0; c < circles; ++c) {
            Membership membership;
            membership.personId = person.stamps.id;
            membership.circleId = journal.circles.at((i * 7 + c * 31) % 100).stamps.id;
            membership.ring = static_cast<Ring>((i + c) % 3);
            membership.updatedAt = person.stamps.updatedAt;
            journal.memberships.append(membership);
        }
    }
    for (int i = 0; i < 5000; ++i) {
        Contact contact;
        contact.stamps = stamps(maker, origin.addSecs(qint64(i) * 60000));
        contact.date = contact.stamps.createdAt.date();
        contact.personId = journal.people.at(i % 2000).stamps.id;
        contact.quality = i % 5 - 2;
        contact.note = i % 2 ? maker.words(12) : QString();
        journal.contacts.append(contact);
    }

    for (int i = 0; i < 20000; ++i) {
        Incident incident;
        incident.stamps = stamps(maker, origin.addSecs(qint64(i) * 15000));
        incident.occurredAt = incident.stamps.createdAt.addSecs(-3600);
        incident.kind = static_cast<IncidentKind>(i % int(enumCount<IncidentKind>()));
        incident.title = maker.words(maker.between(3, 7));
        incident.situation = maker.words(maker.between(25, 60));
        incident.circleId = journal.circles.at(i % 100).stamps.id;
        incident.personIds = {journal.people.at(i % 2000).stamps.id};
        incident.emotions = {{QStringLiteral("hurt"), maker.between(20, 90), maker.between(0, 60)},
                             {QStringLiteral("shame"), maker.between(10, 80), std::nullopt}};
        incident.thought = maker.words(maker.between(8, 16));
        incident.belief = maker.words(4);
        incident.beliefBefore = maker.between(30, 95);
        incident.beliefAfter = maker.between(5, 60);
        incident.distortions = {static_cast<Distortion>(i % 12), static_cast<Distortion>((i + 5) % 12)};
        incident.evidenceFor = maker.words(maker.between(8, 20));
        incident.evidenceAgainst = maker.words(maker.between(10, 30));
        incident.factors = {static_cast<SituationalFactor>(i % int(enumCount<SituationalFactor>()))};
        incident.learned = maker.words(maker.between(6, 14));
        incident.adjustment = maker.words(maker.between(5, 10));
        incident.nextStep = NextStep{maker.words(5), incident.occurredAt.date().addDays(7), i % 2 == 0};
        incident.notes = i % 4 == 0 ? maker.words(40) : QString();
        incident.tags = {QStringLiteral("tag%1").arg(i % 40)};
        journal.incidents.append(incident);
        for (int r = 0; r < 3; ++r) {
            Reframe reframe;
            reframe.stamps = stamps(maker, incident.stamps.createdAt.addSecs(600 + r * 60));
            reframe.incidentId = incident.stamps.id;
            reframe.text = maker.words(maker.between(10, 25));
            reframe.kind = static_cast<ReframeKind>((i + r) % int(enumCount<ReframeKind>()));
            reframe.believability = maker.between(30, 95);
            journal.reframes.append(reframe);
        }
    }

    for (int i = 0; i < 30; ++i) {
        Strength strength;
        strength.stamps = stamps(maker, origin.addSecs(i * 30));
        strength.name = QStringLiteral("Strength %1").arg(i + 1);
        strength.description = maker.words(15);
        journal.strengths.append(strength);
    }
    for (int i = 0; i < 20000; ++i) {
        Win win;
        win.stamps = stamps(maker, origin.addSecs(qint64(i) * 15500));
        win.date = win.stamps.createdAt.date();
        win.text = maker.words(maker.between(8, 25));
        win.kind = static_cast<WinKind>(i % int(enumCount<WinKind>()));
        win.strengthIds = {journal.strengths.at(i % 30).stamps.id};
        journal.wins.append(win);
    }

    const QDate firstDay(2016, 1, 1);
    for (int h = 0; h < 10; ++h) {
        Habit habit;
        habit.stamps = stamps(maker, origin);
        habit.name = QStringLiteral("Ritual %1").arg(h + 1);
        habit.prompt = maker.words(10);
        habit.ritual = static_cast<Ritual>(h % int(enumCount<Ritual>()));
        if (h % 3 == 1) {
            habit.schedule.type = ScheduleType::Weekdays;
            habit.schedule.days = {1, 2, 3, 4, 5};
        } else if (h % 3 == 2) {
            habit.schedule.type = ScheduleType::PerWeek;
            habit.schedule.times = 4;
        }
        if (h % 4 == 3) {
            habit.target.type = TargetType::Count;
            habit.target.goal = 10;
            habit.target.unit = QStringLiteral("minutes");
        }
        habit.startDate = firstDay;
        journal.habits.append(habit);
        for (int day = 0; day < 3650; ++day) {
            CheckIn checkIn;
            checkIn.habitId = habit.stamps.id;
            checkIn.date = firstDay.addDays(day);
            const int roll = maker.between(0, 99);
            checkIn.status = roll < 5 ? CheckInStatus::Skipped : CheckInStatus::Done;
            checkIn.value = habit.target.type == TargetType::Count ? maker.between(0, 20) : 1;
            checkIn.note = roll > 90 ? maker.words(10) : QString();
            checkIn.updatedAt = QDateTime(checkIn.date, QTime(21, 0), Qt::UTC);
            journal.checkIns.append(checkIn);
        }
    }
    for (int h = 0; h < 10; ++h) {
        Reminder reminder;
        reminder.stamps = stamps(maker, origin);
        reminder.habitId = journal.habits.at(h).stamps.id;
        reminder.title = journal.habits.at(h).name;
        reminder.times = {QTime(7 + h, 30)};
        journal.reminders.append(reminder);
    }
    return journal;
}

} // namespace mosaic::benchmark
