// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownExporter.h"

#include "common/EnumNames.h"
#include "incidents/DistortionCatalogue.h"
#include "incidents/EmotionCatalogue.h"
#include "vocabulary/Labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace mosaic {

using namespace Qt::Literals::StringLiterals;

namespace {

// Strings marked with QT_TRANSLATE_NOOP in the table below, and every tr() in Writer, share this context (the words
// for kinds are core/vocabulary's).
QString translated(const char *text)
{
    return QCoreApplication::translate("mosaic::MarkdownExporter", text);
}

// Contact quality runs from -2 to 2.
constexpr std::array<const char *, 5> QualityLabels{
    QT_TRANSLATE_NOOP("mosaic::MarkdownExporter", "felt hard"),      QT_TRANSLATE_NOOP("mosaic::MarkdownExporter", "felt a little hard"),
    QT_TRANSLATE_NOOP("mosaic::MarkdownExporter", "felt ordinary"),  QT_TRANSLATE_NOOP("mosaic::MarkdownExporter", "felt good"),
    QT_TRANSLATE_NOOP("mosaic::MarkdownExporter", "felt very good"),
};

QString longDate(QDate date)
{
    // The C locale keeps the document the same on every machine.
    // The export is written in the reader's language, dates included.
    //: A date format (Qt's letters: d day, MMMM month name, yyyy year); keep the letters, order them as your language does.
    return date.isValid() ? QLocale().toString(date, QCoreApplication::translate("mosaic::MarkdownExporter", "d MMMM yyyy", "date format"))
                          : QCoreApplication::translate("mosaic::MarkdownExporter", "an unknown date");
}

QString utcDate(const QDateTime &instant)
{
    return longDate(instant.toUTC().date());
}

QString percent(int value)
{
    return QString::number(value) + u'%';
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

/// Plain text for a heading or an inline position: on one line, with Markdown's inline markers escaped.
QString inlineText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\r':
        case u'\n':
        case u'\t':
            result += u' ';
            break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'#':
        case u'|':
            result += u'\\';
            result += c;
            break;
        default:
            result += c;
        }
    }
    return result.trimmed();
}

/// Free text is the person's own Markdown: kept as written, only without blank edges and with \n line ends.
QString block(const QString &original)
{
    QString text = original;
    text.replace(u"\r\n"_s, u"\n"_s);
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = 0;
    // Only whole blank lines are dropped at the start: leading spaces may be an indented code block.
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == u'\n')
            start = i + 1;
        else if (!text.at(i).isSpace())
            break;
    }
    return text.mid(start, end - start);
}

/// Free text inside a list item: continuation lines are indented so that they stay in the item.
QString indented(const QString &text, qsizetype width)
{
    const QStringList lines = block(text).split(u'\n');
    const QString indent(width, u' ');
    QString result = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        result += u'\n';
        // Blank lines stay empty: trailing spaces would only be noise.
        if (!lines.at(i).trimmed().isEmpty())
            result += indent;
        result += lines.at(i);
    }
    return result;
}

QString joined(const QStringList &parts)
{
    return parts.join(u", ");
}

template <typename Record>
bool byStampsCreated(const Record *a, const Record *b)
{
    return a->stamps.createdAt < b->stamps.createdAt;
}

template <typename Record>
QList<const Record *> living(const QList<Record> &records)
{
    QList<const Record *> result;
    result.reserve(records.size());
    for (const Record &record : records) {
        if (!record.stamps.isDeleted())
            result.append(&record);
    }
    return result;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::MarkdownExporter)

public:
    explicit Writer(const Journal &journal)
        : m_journal(journal)
    {
        for (const Circle *circle : living(journal.circles))
            m_circles.insert(circle->stamps.id, circle);
        for (const Person *person : living(journal.people))
            m_people.insert(person->stamps.id, person);
        for (const Strength *strength : living(journal.strengths))
            m_strengths.insert(strength->stamps.id, strength);
        m_incidentsInOrder = living(journal.incidents);
        std::stable_sort(m_incidentsInOrder.begin(), m_incidentsInOrder.end(), [](const Incident *a, const Incident *b) {
            return a->occurredAt != b->occurredAt ? a->occurredAt < b->occurredAt : a->stamps.createdAt < b->stamps.createdAt;
        });
        for (const Incident *incident : std::as_const(m_incidentsInOrder))
            m_incidents.insert(incident->stamps.id, incident);
        for (const Reframe *reframe : living(journal.reframes))
            m_reframes[reframe->incidentId].append(reframe);
        for (auto &list : m_reframes)
            std::stable_sort(list.begin(), list.end(), byStampsCreated<Reframe>);
        m_winsInOrder = living(journal.wins);
        std::stable_sort(m_winsInOrder.begin(), m_winsInOrder.end(),
                         [](const Win *a, const Win *b) { return a->date != b->date ? a->date < b->date : a->stamps.createdAt < b->stamps.createdAt; });
    }

    QString write()
    {
        m_out.reserve(64 * 1024);
        writeIntroduction();
        writeValues();
        writeStrengths();
        writeIncidents(false);
        writeIncidents(true);
        writeWins();
        writeHabits();
        writeCircles();
        writePeople();
        writeContacts();
        // Blocks end with a blank line; a file ends with exactly one newline.
        while (m_out.endsWith(u"\n\n"))
            m_out.chop(1);
        return m_out;
    }

private:
    void heading(int level, const QString &text) { m_out += QString(level, u'#') % u' ' % text % u"\n\n"; }

    void paragraph(const QString &text)
    {
        if (!text.isEmpty())
            m_out += text % u"\n\n";
    }

    /// A titled part of a record, only when there is something to put under the title.
    void part(const QString &title, const QString &freeText)
    {
        const QString body = block(freeText);
        if (body.isEmpty())
            return;
        heading(4, title);
        paragraph(body);
    }

    void listItem(const QString &text) { m_out += u"- " % text % u'\n'; }

    void endList()
    {
        if (!m_out.endsWith(u"\n\n"))
            m_out += u'\n';
    }

    QString personName(const QString &id) const
    {
        const Person *person = m_people.value(id);
        return person ? inlineText(person->name) : QString();
    }

    QString circleName(const QString &id) const
    {
        const Circle *circle = m_circles.value(id);
        return circle ? inlineText(circle->name) : QString();
    }

    // Names of the living people among `ids`; deleted or unknown ones are left out.
    QStringList personNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids) {
            const QString name = personName(id);
            if (!name.isEmpty())
                names.append(name);
        }
        return names;
    }

    void writeIntroduction()
    {
        heading(1, tr("My Mosaic journal"));
        QString exported = tr("Exported on %1").arg(utcDate(m_journal.exportedAt));
        if (!m_journal.app.isEmpty())
            exported += u' ' % tr("from %1").arg(inlineText(m_journal.app));
        paragraph(u'*' % exported % u".*");
        paragraph(tr("Hard moments met with care, the strengths and small wins that speak for me, and the circles I belong to. "
                     "Mine to read slowly, and to come back to whenever I need it."));
    }

    void writeValues()
    {
        if (!m_journal.values)
            return;
        const PersonalValues &values = *m_journal.values;
        const QString mission = block(values.mission);
        if (mission.isEmpty() && values.values.isEmpty())
            return;
        heading(2, tr("Mission and values"));
        paragraph(mission);
        if (!values.values.isEmpty()) {
            paragraph(tr("The values I choose to live by:"));
            for (const QString &value : values.values)
                listItem(inlineText(value));
            endList();
        }
    }

    QString winLine(const Win &win, bool withStrengths, const QString &dateText) const
    {
        QStringList details;
        // A plain win needs no label; the other kinds say something worth seeing.
        if (win.kind != WinKind::Win)
            details.append(labels::winKind(win.kind));
        if (withStrengths) {
            QStringList strengths;
            for (const QString &id : win.strengthIds) {
                if (const Strength *strength = m_strengths.value(id))
                    strengths.append(inlineText(strength->name));
            }
            if (!strengths.isEmpty())
                details.append(joined(strengths));
        }
        if (win.incidentId) {
            if (const Incident *incident = m_incidents.value(*win.incidentId))
                details.append(tr("after \u201c%1\u201d").arg(inlineText(incident->title)));
        }
        QString line = u"**" % dateText % u"**: " % indented(win.text, 2);
        if (!details.isEmpty())
            line += u" *(" % details.join(u" \u00b7 ") % u")*";
        return line;
    }

    void writeStrengths()
    {
        QList<const Strength *> strengths = living(m_journal.strengths);
        if (strengths.isEmpty())
            return;
        // Strengths still in use first; within each group, in the order they were named.
        std::stable_sort(strengths.begin(), strengths.end(), [](const Strength *a, const Strength *b) {
            return a->archived != b->archived ? !a->archived : a->stamps.createdAt < b->stamps.createdAt;
        });
        heading(2, tr("Strengths"));
        for (const Strength *strength : std::as_const(strengths)) {
            heading(3, inlineText(strength->name));
            if (strength->archived)
                paragraph(u'*' % tr("Resting for now (archived).") % u'*');
            paragraph(block(strength->description));
            bool any = false;
            for (const Win *win : std::as_const(m_winsInOrder)) {
                if (!win->strengthIds.contains(strength->stamps.id))
                    continue;
                if (!any)
                    paragraph(tr("Wins that show it:"));
                any = true;
                listItem(winLine(*win, false, longDate(win->date)));
            }
            if (any)
                endList();
        }
    }

    void writeIncidents(bool exposures)
    {
        bool any = false;
        for (const Incident *incident : std::as_const(m_incidentsInOrder)) {
            if ((incident->kind == IncidentKind::Exposure) != exposures)
                continue;
            if (!any)
                heading(2, exposures ? tr("Small brave steps") : tr("Reflections"));
            any = true;
            writeIncident(*incident);
        }
    }

    void writeIncident(const Incident &incident)
    {
        heading(3, utcDate(incident.occurredAt) % u": " % inlineText(incident.title));

        QStringList about;
        // Under "Small brave steps" the kind goes without saying.
        if (incident.kind != IncidentKind::Exposure)
            about.append(labels::incidentKind(incident.kind));
        if (incident.circleId) {
            const QString circle = circleName(*incident.circleId);
            if (!circle.isEmpty())
                about.append(circle);
        }
        const QStringList people = personNames(incident.personIds);
        if (!people.isEmpty())
            about.append(tr("with %1").arg(joined(people)));
        if (!about.isEmpty())
            paragraph(u'*' % about.join(u" \u00b7 ") % u'*');

        part(tr("What happened"), incident.situation);
        if (incident.exposure)
            writeExposurePlan(*incident.exposure);
        writeFeelings(incident.emotions);
        part(tr("The thought"), incident.thought);
        writeBelief(incident);
        if (!incident.distortions.isEmpty()) {
            heading(4, tr("Thinking patterns I noticed"));
            for (const Distortion distortion : incident.distortions)
                listItem(distortionInfo(distortion).name);
            endList();
        }
        part(tr("Evidence for the thought"), incident.evidenceFor);
        part(tr("Evidence against the thought"), incident.evidenceAgainst);
        if (!incident.factors.isEmpty()) {
            heading(4, tr("Other things at play"));
            for (const SituationalFactor factor : incident.factors)
                listItem(labels::situationalFactor(factor));
            endList();
        }
        writeReframes(incident.stamps.id);
        if (incident.exposure)
            writeExposureOutcome(*incident.exposure);
        part(tr("What I learned"), incident.learned);
        part(tr("One thing to adjust"), incident.adjustment);
        const QStringList askers = personNames(incident.feedbackFrom);
        if (!askers.isEmpty()) {
            heading(4, tr("Whom to ask for perspective"));
            paragraph(joined(askers));
        }
        if (incident.nextStep && !block(incident.nextStep->text).isEmpty()) {
            const NextStep &step = *incident.nextStep;
            heading(4, tr("Next step"));
            QString line = (step.done ? u"[x] "_s : u"[ ] "_s) + indented(step.text, 6);
            if (step.due)
                line += u' ' % tr("(by %1)").arg(longDate(*step.due));
            listItem(line);
            endList();
        }
        part(tr("Notes"), incident.notes);
        if (!incident.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : incident.tags)
                tags.append(u'`' % QString(tag).replace(u'`', u'\'') % u'`');
            paragraph(tr("Tags: %1").arg(joined(tags)));
        }
    }

    void writeFeelings(const QList<EmotionRating> &emotions)
    {
        if (emotions.isEmpty())
            return;
        heading(4, tr("Feelings"));
        for (const EmotionRating &emotion : emotions) {
            QString line = inlineText(emotionLabel(emotion.name)) % u": " % QString::number(emotion.before);
            if (emotion.after)
                line += u" \u2192 " % QString::number(*emotion.after);
            listItem(line);
        }
        endList();
        paragraph(u'*' % tr("From 0 to 100, before and after reflecting.") % u'*');
    }

    void writeBelief(const Incident &incident)
    {
        const QString belief = block(incident.belief);
        if (belief.isEmpty() && !incident.beliefBefore && !incident.beliefAfter)
            return;
        heading(4, tr("The belief underneath"));
        paragraph(belief);
        QString strength;
        if (incident.beliefBefore && incident.beliefAfter)
            strength = tr("How strongly I believed it: %1 \u2192 %2.").arg(percent(*incident.beliefBefore), percent(*incident.beliefAfter));
        else if (incident.beliefBefore)
            strength = tr("How strongly I believed it: %1.").arg(percent(*incident.beliefBefore));
        else
            strength = tr("How strongly I believed it after reflecting: %1.").arg(percent(*incident.beliefAfter));
        paragraph(strength);
    }

    void writeReframes(const QString &incidentId)
    {
        const QList<const Reframe *> reframes = m_reframes.value(incidentId);
        if (reframes.isEmpty())
            return;
        heading(4, tr("Other ways to see it"));
        for (const Reframe *reframe : reframes) {
            QString title = u"**" % labels::reframeKind(reframe->kind) % u"**";
            if (reframe->believability)
                title += u" \u00b7 " % tr("%1 believable").arg(percent(*reframe->believability));
            // A loose item: the reframe is free text and may run to several paragraphs.
            listItem(title % u"\n\n  " % indented(reframe->text, 2) % u'\n');
        }
        endList();
    }

    void writeExposurePlan(const ExposurePlan &exposure)
    {
        part(tr("The plan"), exposure.plan);
        part(tr("If I need a way out"), exposure.exitStrategy);
        const QString prediction = block(exposure.prediction);
        if (prediction.isEmpty() && !exposure.predictedAnxiety)
            return;
        heading(4, tr("What I predicted"));
        paragraph(prediction);
        if (exposure.predictedAnxiety)
            paragraph(tr("Anxiety I expected: %1.").arg(percent(*exposure.predictedAnxiety)));
    }

    void writeExposureOutcome(const ExposurePlan &exposure)
    {
        const QString outcome = block(exposure.outcome);
        if (!outcome.isEmpty() || exposure.actualAnxiety) {
            heading(4, tr("How it went"));
            paragraph(outcome);
            if (exposure.actualAnxiety)
                paragraph(tr("Anxiety I actually felt: %1.").arg(percent(*exposure.actualAnxiety)));
        }
        part(tr("What helped"), exposure.whatHelped);
    }

    void writeWins()
    {
        if (m_winsInOrder.isEmpty())
            return;
        heading(2, tr("Wins"));
        std::optional<QDate> month;
        for (const Win *win : std::as_const(m_winsInOrder)) {
            const QDate first = win->date.isValid() ? QDate(win->date.year(), win->date.month(), 1) : QDate();
            if (first != month) {
                if (month)
                    endList();
                //: A date format for a month heading (Qt's letters: MMMM month name, yyyy year).
                heading(3, first.isValid() ? QLocale().toString(first, tr("MMMM yyyy", "date format")) : tr("Undated"));
                month = first;
            }
            //: A date format for a day within a month heading (Qt's letters: d day, MMMM month name).
            const QString day = win->date.isValid() ? QLocale().toString(win->date, tr("d MMMM", "date format")) : tr("Undated");
            listItem(winLine(*win, true, day));
        }
        endList();
    }

    QString scheduleText(const HabitSchedule &schedule) const
    {
        switch (schedule.type) {
        case ScheduleType::Daily:
            return tr("every day");
        case ScheduleType::Weekdays: {
            QStringList days;
            for (const int day : schedule.days) {
                if (day >= 1 && day <= 7)
                    days.append(QLocale().dayName(day));
            }
            return tr("on %1").arg(joined(days));
        }
        case ScheduleType::PerWeek:
            //: How often a ritual is due when it is a number of times a week.
            return tr("%n time(s) a week", nullptr, schedule.times);
        }
        return {};
    }

    QString targetText(const HabitTarget &target) const
    {
        if (target.type == TargetType::Check)
            return tr("check it off");
        const QString unit = inlineText(target.unit);
        return unit.isEmpty() ? tr("goal: %1").arg(number(target.goal)) : tr("goal: %1 %2").arg(number(target.goal), unit);
    }

    void writeHabits()
    {
        QList<const Habit *> habits = living(m_journal.habits);
        if (habits.isEmpty())
            return;
        std::stable_sort(habits.begin(), habits.end(),
                         [](const Habit *a, const Habit *b) { return a->archived != b->archived ? !a->archived : a->stamps.createdAt < b->stamps.createdAt; });
        QHash<QString, QList<const CheckIn *>> checkIns;
        for (const CheckIn &checkIn : m_journal.checkIns) {
            if (!checkIn.isDeleted())
                checkIns[checkIn.habitId].append(&checkIn);
        }

        heading(2, tr("Rituals"));
        for (const Habit *habit : std::as_const(habits)) {
            heading(3, inlineText(habit->name));
            QStringList about{labels::ritual(habit->ritual), scheduleText(habit->schedule), targetText(habit->target)};
            if (habit->startDate.isValid())
                about.append(tr("since %1").arg(longDate(habit->startDate)));
            paragraph(u'*' % about.join(u" \u00b7 ") % u'*');
            if (habit->archived)
                paragraph(u'*' % tr("Resting for now (archived).") % u'*');
            paragraph(block(habit->prompt));

            QList<const CheckIn *> mine = checkIns.value(habit->stamps.id);
            std::stable_sort(mine.begin(), mine.end(), [](const CheckIn *a, const CheckIn *b) { return a->date < b->date; });
            const auto done = std::count_if(mine.cbegin(), mine.cend(), [](const CheckIn *c) { return c->status == CheckInStatus::Done; });
            if (done > 0)
                paragraph(tr("Done on %n day(s).", nullptr, static_cast<int>(done)));
            bool anyNote = false;
            for (const CheckIn *checkIn : std::as_const(mine)) {
                if (block(checkIn->note).isEmpty())
                    continue;
                if (!anyNote)
                    heading(4, tr("Notes along the way"));
                anyNote = true;
                listItem(u"**" % longDate(checkIn->date) % u"**: " % indented(checkIn->note, 2));
            }
            if (anyNote)
                endList();
        }
    }

    void writeCircles()
    {
        QList<const Circle *> circles = living(m_journal.circles);
        if (circles.isEmpty())
            return;
        std::stable_sort(circles.begin(), circles.end(), [](const Circle *a, const Circle *b) {
            return a->archived != b->archived ? !a->archived : a->stamps.createdAt < b->stamps.createdAt;
        });
        heading(2, tr("Circles"));
        paragraph(tr("Where I belong, and with whom. The inner ring holds the people it is hard to imagine life without."));
        for (const Circle *circle : std::as_const(circles)) {
            heading(3, inlineText(circle->name));
            paragraph(u'*' % labels::circleKind(circle->kind) % u" \u00b7 " % tr("importance %1 of 5").arg(circle->importance) % u'*');
            if (circle->archived)
                paragraph(u'*' % tr("Resting for now (archived).") % u'*');
            if (!circle->facet.trimmed().isEmpty())
                paragraph(tr("The side of me it reflects: %1").arg(inlineText(circle->facet)));
            std::array<QStringList, 3> rings;
            for (const Membership &membership : m_journal.memberships) {
                if (membership.isDeleted() || membership.circleId != circle->stamps.id)
                    continue;
                const QString name = personName(membership.personId);
                if (!name.isEmpty())
                    rings[static_cast<std::size_t>(membership.ring)].append(name);
            }
            bool any = false;
            for (std::size_t ring = 0; ring < rings.size(); ++ring) {
                if (rings[ring].isEmpty())
                    continue;
                any = true;
                listItem(u"**" % labels::ringHeading(static_cast<Ring>(ring)) % u"**: " % joined(rings[ring]));
            }
            if (any)
                endList();
            paragraph(block(circle->notes));
        }
    }

    void writePeople()
    {
        const QList<const Person *> people = living(m_journal.people);
        if (people.isEmpty())
            return;
        heading(2, tr("People"));
        for (const Person *person : people) {
            QString line = u"**" % inlineText(person->name) % u"**";
            if (!person->supports.isEmpty()) {
                QStringList supports;
                for (const SupportKind support : person->supports)
                    supports.append(labels::supportKind(support));
                //: After a person's name in the Markdown export: %1 lists what they give ("emotional, fun"), as the Circles page says it.
                line += u": " % tr("brings %1").arg(joined(supports));
            }
            const QString notes = block(person->notes);
            if (!notes.isEmpty())
                line += u"\n\n  " % indented(notes, 2) % u'\n';
            listItem(line);
        }
        endList();
    }

    void writeContacts()
    {
        QList<const Contact *> contacts = living(m_journal.contacts);
        if (contacts.isEmpty())
            return;
        std::stable_sort(contacts.begin(), contacts.end(),
                         [](const Contact *a, const Contact *b) { return a->date != b->date ? a->date < b->date : a->stamps.createdAt < b->stamps.createdAt; });
        heading(2, tr("Time together"));
        for (const Contact *contact : std::as_const(contacts)) {
            QStringList with;
            if (contact->personId)
                with.append(personName(*contact->personId));
            if (contact->circleId)
                with.append(circleName(*contact->circleId));
            with.removeAll(QString());
            QString line = u"**" % longDate(contact->date) % u"**";
            if (!with.isEmpty())
                line += u", " % joined(with);
            const int quality = std::clamp(contact->quality, -2, 2);
            line += u": " % translated(QualityLabels[static_cast<std::size_t>(quality + 2)]);
            const QString note = block(contact->note);
            if (!note.isEmpty())
                line += u". " % indented(note, 2);
            listItem(line);
        }
        endList();
    }

    const Journal &m_journal;
    QString m_out;
    QHash<QString, const Circle *> m_circles;
    QHash<QString, const Person *> m_people;
    QHash<QString, const Strength *> m_strengths;
    QHash<QString, const Incident *> m_incidents;
    QHash<QString, QList<const Reframe *>> m_reframes;
    QList<const Incident *> m_incidentsInOrder;
    QList<const Win *> m_winsInOrder;
};

} // namespace

QString writeJournalMarkdown(const Journal &journal)
{
    return Writer(journal).write();
}

} // namespace mosaic
