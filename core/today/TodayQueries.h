// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/CheckIn.h"
#include "incidents/Incident.h"
#include "storage/PreparedQuery.h"
#include "today/TodayAgenda.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// How Today names a reflection: the few columns of an incident a list line needs.
struct IncidentHeadline
{
    QString id;
    QString title;
    QString situationStart; ///< The first few hundred characters of the situation.
    QDateTime occurredAt;
    IncidentKind kind = IncidentKind::Other;
};

/// The reads behind the Today page, each taking only the rows and columns Today shows, so that the page opens as fast
/// on a ten-year journal (20,000 reflections, 36,000 check-ins) as on a new one. The rules in TodayAgenda decide;
/// these queries make the first cut. The connection must outlive the object.
class TodayQueries
{
public:
    explicit TodayQueries(const QSqlDatabase &connection);
    TodayQueries(const TodayQueries &) = delete;
    TodayQueries &operator=(const TodayQueries &) = delete;

    /// One habit's live check-ins dated `first` through `last`, notes included, by date (reads the (habit, date) key).
    Result<QList<CheckIn>> checkInsBetween(const QString &habitId, QDate first, QDate last);

    /// The first `limit` live incidents whose next step is open, in Today::openNextSteps' order as of `today`, with
    /// only id, occurredAt, title and nextStep filled in; and how many there are in all.
    struct OpenSteps
    {
        QList<Incident> first;
        int total = 0;
    };
    Result<OpenSteps> openSteps(QDate today, int limit);

    /// Live exposures that took place by `now` and have no outcome and no actual anxiety recorded, with id,
    /// occurredAt, kind, title and exposure filled in.
    Result<QList<Incident>> exposureCandidates(const QDateTime &now);

    /// Incidents, wins and check-in notes from earlier years whose date may fall on today's month and day (see
    /// Today::onThisDay, which decides): an incident's local date may differ from its UTC date by a day, so the cut
    /// takes a day on either side. Texts are cut to excerpts.
    Result<QList<Today::Memory>> memoryCandidates(QDate today);

    /// The headline of one incident; nullopt when it is not in the journal or deleted.
    Result<std::optional<IncidentHeadline>> headline(const QString &incidentId);

    /// True when the journal holds no habit, reflection, strength, win or mission yet: Today then invites to begin.
    Result<bool> journalIsEmpty();

private:
    QSqlDatabase m_connection;
    PreparedQuery m_checkInsBetween;
    PreparedQuery m_openSteps;
    PreparedQuery m_exposures;
    PreparedQuery m_headline;
    PreparedQuery m_isEmpty;
};

} // namespace mosaic
