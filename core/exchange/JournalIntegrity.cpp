// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalIntegrity.h"

#include "ValidationReport.h"
#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace mosaic {

namespace {

// The translation context of the integrity messages (a class, so that lupdate files them under it).
struct IntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::JournalIntegrity)
};

/// Ids of one collection in the file, each with the index of its first record.
using IdIndex = QHash<QString, qsizetype>;

/// One kind of record that others refer to: its ids in the file and those already in the journal.
struct Referable
{
    IdIndex inFile;
    const QSet<QString> &inJournal;
    const char *noun; ///< "a circle", for messages; marked with QT_TRANSLATE_NOOP and translated when a message is written.

    bool contains(const QString &id) const { return inFile.contains(id) || inJournal.contains(id); }
};

class IntegrityChecker
{
public:
    IntegrityChecker(const Journal &journal, const KnownRecordIds &known, ValidationReport &report)
        : m_journal(journal)
        , m_report(report)
        , m_circles{{}, known.circles, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a circle")}
        , m_people{{}, known.people, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a person")}
        , m_incidents{{}, known.incidents, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "an incident")}
        , m_strengths{{}, known.strengths, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a strength")}
        , m_habits{{}, known.habits, QT_TRANSLATE_NOOP("mosaic::JournalIntegrity", "a habit")}
    { }

    void check()
    {
        m_circles.inFile = uniqueIds(m_journal.circles, "circles"_L1);
        m_people.inFile = uniqueIds(m_journal.people, "people"_L1);
        uniqueIds(m_journal.contacts, "contacts"_L1);
        m_incidents.inFile = uniqueIds(m_journal.incidents, "incidents"_L1);
        uniqueIds(m_journal.reframes, "reframes"_L1);
        m_strengths.inFile = uniqueIds(m_journal.strengths, "strengths"_L1);
        uniqueIds(m_journal.wins, "wins"_L1);
        m_habits.inFile = uniqueIds(m_journal.habits, "habits"_L1);
        uniqueIds(m_journal.reminders, "reminders"_L1);
        checkMemberships();
        checkContacts();
        checkIncidents();
        checkReframes();
        checkWins();
        checkCheckIns();
        checkReminders();
    }

private:
    // Reports a repeated id at its second and later records; returns where each id first appears.
    template <typename Record>
    IdIndex uniqueIds(const QList<Record> &records, QLatin1StringView collection)
    {
        IdIndex ids;
        ids.reserve(records.size());
        for (qsizetype i = 0; i < records.size() && !m_report.isFull(); ++i) {
            // One lookup per record: the slot holds the first index plus one, so 0 means new.
            qsizetype &first = ids[records[i].stamps.id];
            if (first == 0)
                first = i + 1;
            else
                m_report.add(
                    JsonPath{collection, i, "id"_L1},
                    //: %1 is a collection's name as the file spells it (e.g. "circles"), %2 the JSON path of the earlier record.
                    IntegrityText::tr("must be unique among the %1 (same as %2)").arg(collection, JsonPath{collection, first - 1, "id"_L1}.toString()));
        }
        for (auto it = ids.begin(); it != ids.end(); ++it)
            --it.value();
        return ids;
    }

    void reference(const QString &id, const Referable &target, const JsonPath &path)
    {
        if (!target.contains(id))
            //: %1 is a kind of record with its article (e.g. "a circle"), %2 the id that was not found.
            m_report.add(path,
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

    void checkMemberships()
    {
        const auto collection = "memberships"_L1;
        QHash<std::pair<QString, QString>, qsizetype> seen;
        seen.reserve(m_journal.memberships.size());
        for (qsizetype i = 0; i < m_journal.memberships.size() && !m_report.isFull(); ++i) {
            const Membership &membership = m_journal.memberships[i];
            qsizetype &first = seen[{membership.personId, membership.circleId}];
            if (first == 0)
                first = i + 1;
            else
                m_report.add(
                    JsonPath{collection, i},
                    //: %1 is a person's id, %2 a circle's id, %3 the JSON path of the earlier membership.
                    IntegrityText::tr("must be the only membership of person %1 in circle %2 (same as %3)")
                        .arg(quotedForMessage(membership.personId), quotedForMessage(membership.circleId), JsonPath{collection, first - 1}.toString()));
            reference(membership.personId, m_people, JsonPath{collection, i, "personId"_L1});
            reference(membership.circleId, m_circles, JsonPath{collection, i, "circleId"_L1});
        }
    }

    void checkContacts()
    {
        const auto collection = "contacts"_L1;
        for (qsizetype i = 0; i < m_journal.contacts.size() && !m_report.isFull(); ++i) {
            const Contact &contact = m_journal.contacts[i];
            reference(contact.personId, m_people, JsonPath{collection, i, "personId"_L1});
            reference(contact.circleId, m_circles, JsonPath{collection, i, "circleId"_L1});
        }
    }

    void checkIncidents()
    {
        const auto collection = "incidents"_L1;
        for (qsizetype i = 0; i < m_journal.incidents.size() && !m_report.isFull(); ++i) {
            const Incident &incident = m_journal.incidents[i];
            reference(incident.circleId, m_circles, JsonPath{collection, i, "circleId"_L1});
            references(incident.personIds, m_people, collection, i, "personIds"_L1);
            references(incident.feedbackFrom, m_people, collection, i, "feedbackFrom"_L1);
        }
    }

    void checkReframes()
    {
        const auto collection = "reframes"_L1;
        for (qsizetype i = 0; i < m_journal.reframes.size() && !m_report.isFull(); ++i)
            reference(m_journal.reframes[i].incidentId, m_incidents, JsonPath{collection, i, "incidentId"_L1});
    }

    void checkWins()
    {
        const auto collection = "wins"_L1;
        for (qsizetype i = 0; i < m_journal.wins.size() && !m_report.isFull(); ++i) {
            const Win &win = m_journal.wins[i];
            references(win.strengthIds, m_strengths, collection, i, "strengthIds"_L1);
            reference(win.incidentId, m_incidents, JsonPath{collection, i, "incidentId"_L1});
        }
    }

    void checkCheckIns()
    {
        const auto collection = "checkIns"_L1;
        QHash<std::pair<QString, qint64>, qsizetype> seen;
        seen.reserve(m_journal.checkIns.size());
        for (qsizetype i = 0; i < m_journal.checkIns.size() && !m_report.isFull(); ++i) {
            const CheckIn &checkIn = m_journal.checkIns[i];
            qsizetype &first = seen[{checkIn.habitId, checkIn.date.toJulianDay()}];
            if (first == 0)
                first = i + 1;
            else
                m_report.add(JsonPath{collection, i},
                             //: %1 is a habit's id, %2 a date as YYYY-MM-DD, %3 the JSON path of the earlier check-in.
                             IntegrityText::tr("must be the only check-in of habit %1 on %2 (same as %3)")
                                 .arg(quotedForMessage(checkIn.habitId), TimeFormat::formatDate(checkIn.date), JsonPath{collection, first - 1}.toString()));
            reference(checkIn.habitId, m_habits, JsonPath{collection, i, "habitId"_L1});
        }
    }

    void checkReminders()
    {
        const auto collection = "reminders"_L1;
        for (qsizetype i = 0; i < m_journal.reminders.size() && !m_report.isFull(); ++i)
            reference(m_journal.reminders[i].habitId, m_habits, JsonPath{collection, i, "habitId"_L1});
    }

    const Journal &m_journal;
    ValidationReport &m_report;
    Referable m_circles;
    Referable m_people;
    Referable m_incidents;
    Referable m_strengths;
    Referable m_habits;
};

} // namespace

Status checkJournalIntegrity(const Journal &journal, const KnownRecordIds &known)
{
    ValidationReport report;
    IntegrityChecker(journal, known, report).check();
    if (!report.isEmpty())
        return report.toFailure();
    return success();
}

} // namespace mosaic
