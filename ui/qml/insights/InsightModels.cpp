// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/InsightModels.h"

#include "incidents/DistortionCatalogue.h"
#include "insights/InsightQueries.h"
#include "journal/JournalSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace mosaic {

namespace {

QString monthLabel(QDate month)
{
    // January carries its year, so that a series across a new year reads right.
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return QLocale().toString(month,
                              month.month() == 1 ? QCoreApplication::translate("mosaic::InsightModels", "MMM yyyy", "date format")
                                                 : QCoreApplication::translate("mosaic::InsightModels", "MMM", "date format"));
}

QString weekLabel(QDate monday)
{
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return QLocale().toString(monday, QCoreApplication::translate("mosaic::InsightModels", "d MMM", "date format"));
}

QString distortionLabel(const DistortionCount &count)
{
    if (count.custom)
        return count.name;
    if (const std::optional<Distortion> id = enumFromName<Distortion>(count.name))
        return distortionInfo(*id).name;
    return count.name;
}

int rounded(double value)
{
    return int(std::lround(value));
}

} // namespace

InsightSeriesModel::InsightSeriesModel(QObject *parent)
    : QObject(parent)
{ }

void InsightSeriesModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, areas(), [this] { markStale(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    markStale();
}

void InsightSeriesModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        reload();
}

void InsightSeriesModel::setSpan(int span)
{
    span = std::clamp(span, 1, 120);
    if (span == m_span)
        return;
    m_span = span;
    Q_EMIT spanChanged();
    markStale();
}

void InsightSeriesModel::markStale()
{
    m_stale = true;
    if (m_active)
        reload();
}

void InsightSeriesModel::reload()
{
    m_stale = false;
    if (!m_session || !m_session->isOpen()) {
        clear();
        return;
    }
    if (!load(*m_session))
        clear();
}

void InsightSeriesModel::clear()
{
    setResult({}, false, QString(), 1);
}

void InsightSeriesModel::setResult(QVariantList series, bool hasData, QString takeaway, double maximum)
{
    m_series = std::move(series);
    m_hasData = hasData;
    m_takeaway = std::move(takeaway);
    m_maximum = maximum;
    Q_EMIT changed();
}

double InsightSeriesModel::niceCeiling(double value, double floor)
{
    const double target = std::max(value, floor);
    if (target <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= target - 1e-9)
            return step * power;
    }
    return 10 * power;
}

// ---- Distortions

int DistortionInsights::recentDays() const
{
    return kRecentDays;
}

int DistortionInsights::areas() const
{
    return JournalSession::Incidents;
}

void DistortionInsights::clear()
{
    m_recentTakeaway.clear();
    InsightSeriesModel::clear();
}

bool DistortionInsights::load(JournalSession &session)
{
    const auto counts = InsightQueries::distortionCounts(session.connection(), session.today());
    if (!counts) {
        session.reportFailure(counts.failure());
        return false;
    }
    QVariantList series;
    int maxTotal = 0;
    for (const DistortionCount &count : *counts) {
        series.append(QVariantMap{{QStringLiteral("name"), count.name},
                                  {QStringLiteral("label"), distortionLabel(count)},
                                  {QStringLiteral("custom"), count.custom},
                                  {QStringLiteral("total"), count.total},
                                  {QStringLiteral("recent"), count.recent},
                                  {QStringLiteral("earlier"), count.earlier()}});
        maxTotal = std::max(maxTotal, count.total);
    }

    QString takeaway;
    m_recentTakeaway.clear();
    if (!counts->isEmpty()) {
        const DistortionCount &top = counts->first();
        if (top.total == 1)
            takeaway = counts->size() == 1 ? tr("One thinking pattern named so far, once. Patterns show with time.")
                                           //: %n is 2 or more.
                                           : tr("%n thinking pattern(s) named so far, each once. Patterns show with time.", nullptr, int(counts->size()));
        else if (counts->size() > 1 && (*counts)[1].total == top.total)
            takeaway = tr("%1 and %2 came up most often: %n times each.", "", top.total).arg(distortionLabel(top), distortionLabel((*counts)[1]));
        else
            takeaway = tr("%1 came up most often: %n times.", "", top.total).arg(distortionLabel(top));

        const auto recentTop =
            std::max_element(counts->begin(), counts->end(), [](const DistortionCount &a, const DistortionCount &b) { return a.recent < b.recent; });
        if (recentTop->recent == 0)
            m_recentTakeaway = tr("None of them came up in the last %n days.", "", kRecentDays);
        else if (recentTop->recent > 1)
            m_recentTakeaway = tr("In the last %1 days, %2 came up most: %n times.", "", recentTop->recent).arg(kRecentDays).arg(distortionLabel(*recentTop));
    }
    setResult(series, !counts->isEmpty(), takeaway, niceCeiling(maxTotal, 5));
    return true;
}

// ---- Feelings and belief

int FeelingShiftInsights::areas() const
{
    return JournalSession::Incidents;
}

void FeelingShiftInsights::clear()
{
    m_beliefTakeaway.clear();
    m_beliefPairs = 0;
    m_emotionBefore = m_emotionAfter = m_beliefBefore = m_beliefAfter = 0;
    InsightSeriesModel::clear();
}

bool FeelingShiftInsights::load(JournalSession &session)
{
    const QDate today = session.today();
    const auto months = InsightQueries::monthlyShifts(session.connection(), today.addMonths(1 - span()), today);
    if (!months) {
        session.reportFailure(months.failure());
        return false;
    }
    const QList<MonthShift> shown = withoutLeadingEmpty(*months, [](const MonthShift &month) { return month.isEmpty(); });
    QVariantList series;
    for (const MonthShift &month : shown) {
        series.append(QVariantMap{{QStringLiteral("month"), month.month},
                                  {QStringLiteral("label"), monthLabel(month.month)},
                                  {QStringLiteral("emotionBefore"), month.emotionBefore},
                                  {QStringLiteral("emotionAfter"), month.emotionAfter},
                                  {QStringLiteral("emotionPairs"), month.emotionPairs},
                                  {QStringLiteral("beliefBefore"), month.beliefBefore},
                                  {QStringLiteral("beliefAfter"), month.beliefAfter},
                                  {QStringLiteral("beliefPairs"), month.beliefPairs}});
    }
    const MonthShift all = overallShift(shown);
    m_beliefPairs = all.beliefPairs;
    m_emotionBefore = all.emotionBefore;
    m_emotionAfter = all.emotionAfter;
    m_beliefBefore = all.beliefBefore;
    m_beliefAfter = all.beliefAfter;

    QString takeaway;
    if (all.emotionPairs > 0) {
        const int drop = rounded(all.emotionDrop());
        takeaway = drop > 0 ? tr("After reframing, feelings eased by %1 points on average, from %2 to %3.")
                                  .arg(drop)
                                  .arg(rounded(all.emotionBefore))
                                  .arg(rounded(all.emotionAfter))
                            : tr("Feelings stayed about as strong after reframing (%1 before, %2 after). That happens; naming them still helps.")
                                  .arg(rounded(all.emotionBefore))
                                  .arg(rounded(all.emotionAfter));
    }
    m_beliefTakeaway.clear();
    if (all.beliefPairs > 0) {
        const int drop = rounded(all.beliefDrop());
        m_beliefTakeaway = drop > 0
            ? tr("Belief in the hard thought fell by %1 points on average, from %2 to %3.")
                  .arg(drop)
                  .arg(rounded(all.beliefBefore))
                  .arg(rounded(all.beliefAfter))
            : tr("Belief in the hard thought held about steady (%1 before, %2 after).").arg(rounded(all.beliefBefore)).arg(rounded(all.beliefAfter));
    }
    setResult(series, all.emotionPairs > 0 || all.beliefPairs > 0, takeaway, 100);
    return true;
}

// ---- Rituals

int RitualInsights::areas() const
{
    return JournalSession::Habits;
}

void RitualInsights::clear()
{
    m_overallRate = 0;
    InsightSeriesModel::clear();
}

bool RitualInsights::load(JournalSession &session)
{
    const QDate today = session.today();
    const auto weeks = InsightQueries::weeklyCompletion(session.connection(), today.addDays(-7 * (span() - 1)), today);
    if (!weeks) {
        session.reportFailure(weeks.failure());
        return false;
    }
    const QList<WeekCompletion> shown = withoutLeadingEmpty(*weeks, [](const WeekCompletion &week) { return week.due == 0; });
    QVariantList series;
    int done = 0;
    int due = 0;
    for (const WeekCompletion &week : shown) {
        series.append(QVariantMap{{QStringLiteral("monday"), week.monday},
                                  {QStringLiteral("label"), weekLabel(week.monday)},
                                  {QStringLiteral("done"), week.done},
                                  {QStringLiteral("due"), week.due},
                                  {QStringLiteral("rate"), week.rate()}});
        done += week.done;
        due += week.due;
    }
    m_overallRate = due > 0 ? double(done) / due : 0;
    QString takeaway;
    if (due > 0) {
        // The weeks go last: QString::arg() fills the lowest-numbered marker first.
        //: %1 is a percentage, %2 how many rituals were kept, %3 how many were due.
        takeaway = (shown.size() == 1 ? tr("This week you kept %1% of the rituals that were due (%2 of %3).")
                                      //: %n is the number of weeks (2 or more); %1 is a percentage, %2 how many rituals were kept,
                                      //: %3 how many were due.
                                      : tr("Over the last %n week(s) you kept %1% of the rituals that were due (%2 of %3).", nullptr, int(shown.size())))
                       .arg(rounded(100 * m_overallRate))
                       .arg(done)
                       .arg(due);
    }
    setResult(series, due > 0, takeaway, 1);
    return true;
}

// ---- Circle balance

int BalanceInsights::areas() const
{
    return JournalSession::Circles;
}

bool BalanceInsights::load(JournalSession &session)
{
    const QDate today = session.today();
    const auto points = InsightQueries::balanceHistory(session.connection(), today.addMonths(1 - span()), today, session.now());
    if (!points) {
        session.reportFailure(points.failure());
        return false;
    }
    const QList<BalancePoint> shown = withoutLeadingEmpty(*points, [](const BalancePoint &point) { return point.memberships == 0; });
    QVariantList series;
    double highest = 0;
    for (const BalancePoint &point : shown) {
        series.append(QVariantMap{{QStringLiteral("month"), point.month},
                                  {QStringLiteral("label"), monthLabel(point.month)},
                                  {QStringLiteral("effectiveCircles"), point.balance.effectiveCircles},
                                  {QStringLiteral("largestShare"), point.balance.largestShare},
                                  {QStringLiteral("memberships"), point.memberships}});
        highest = std::max(highest, point.balance.effectiveCircles);
    }
    QString takeaway;
    if (!shown.isEmpty()) {
        const BalancePoint &now = shown.last();
        const QString circles = QLocale().toString(now.balance.effectiveCircles, 'f', 1);
        const int share = rounded(100 * now.balance.largestShare);
        const double before = shown.first().balance.effectiveCircles;
        if (shown.size() > 1 && now.balance.effectiveCircles - before >= 0.25)
            takeaway = tr("Your belonging now rests on about %1 circles, up from %2; the largest carries %3% of it.")
                           .arg(circles, QLocale().toString(before, 'f', 1))
                           .arg(share);
        else if (shown.size() > 1 && before - now.balance.effectiveCircles >= 0.25)
            takeaway = tr("Your belonging now rests on about %1 circles, down from %2; the largest carries %3% of it.")
                           .arg(circles, QLocale().toString(before, 'f', 1))
                           .arg(share);
        else
            takeaway = tr("Your belonging rests on about %1 circles; the largest carries %2% of it.").arg(circles).arg(share);
    }
    setResult(series, !shown.isEmpty(), takeaway, niceCeiling(highest, 3));
    return true;
}

} // namespace mosaic
