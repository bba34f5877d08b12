// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

namespace mosaic {

/// What every chart of the Insights page reads: one aggregated series (a list of maps, one per bar or point), whether
/// there is enough to show, and a one-line takeaway in plain words. The numbers come from core/insights; a
/// subclass only asks for them and words them.
///
/// It reloads when an area it shows changes, when the day changes and when the journal is opened anew, but only
/// while `active` (the page binds it to being shown): a heavy journal is not aggregated again at every keystroke
/// written elsewhere.
class InsightSeriesModel : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// How many months (or weeks) back the series reaches, the current one included.
    Q_PROPERTY(int span READ span WRITE setSpan NOTIFY spanChanged)
    Q_PROPERTY(QVariantList series READ series NOTIFY changed)
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString takeaway READ takeaway NOTIFY changed)
    /// The largest value a chart of the series needs room for (a nice round ceiling).
    Q_PROPERTY(double maximum READ maximum NOTIFY changed)

public:
    explicit InsightSeriesModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    int span() const { return m_span; }
    void setSpan(int span);

    QVariantList series() const { return m_series; }
    bool hasData() const { return m_hasData; }
    QString takeaway() const { return m_takeaway; }
    double maximum() const { return m_maximum; }

    /// Aggregates again now.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void spanChanged();
    void changed();

protected:
    /// The JournalSession areas the series is made of.
    virtual int areas() const = 0;
    /// Reads and words the series; called with an open session. On failure, report it and return false.
    virtual bool load(JournalSession &session) = 0;
    /// Forgets everything (a closed journal).
    virtual void clear();

    void setResult(QVariantList series, bool hasData, QString takeaway, double maximum);
    /// A ceiling for an axis: 1, 2, 5 or 10 times a power of ten, at least `value` and at least `floor`.
    static double niceCeiling(double value, double floor);

private:
    void markStale();

    QPointer<JournalSession> m_session;
    bool m_active = true;
    bool m_stale = true;
    int m_span = 12;
    QVariantList m_series;
    bool m_hasData = false;
    QString m_takeaway;
    double m_maximum = 1;
};

/// Which thinking patterns recur: each distortion named, most often first, with how many of its mentions fall in
/// the last 90 days. Series entries: name, label, custom, total, recent, earlier.
class DistortionInsights : public mosaic::InsightSeriesModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int recentDays READ recentDays CONSTANT)
    Q_PROPERTY(QString recentTakeaway READ recentTakeaway NOTIFY changed)

public:
    using InsightSeriesModel::InsightSeriesModel;
    int recentDays() const;
    QString recentTakeaway() const { return m_recentTakeaway; }

protected:
    int areas() const override;
    bool load(JournalSession &session) override;
    void clear() override;

private:
    QString m_recentTakeaway;
};

/// Feelings and belief before and after reframing, per month. Series entries: month (a date), label,
/// emotionBefore, emotionAfter, emotionPairs, beliefBefore, beliefAfter, beliefPairs (averages 0–100).
class FeelingShiftInsights : public mosaic::InsightSeriesModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasBeliefs READ hasBeliefs NOTIFY changed)
    Q_PROPERTY(QString beliefTakeaway READ beliefTakeaway NOTIFY changed)
    /// Over the whole series, each rating weighing the same.
    Q_PROPERTY(double emotionBefore READ emotionBefore NOTIFY changed)
    Q_PROPERTY(double emotionAfter READ emotionAfter NOTIFY changed)
    Q_PROPERTY(double beliefBefore READ beliefBefore NOTIFY changed)
    Q_PROPERTY(double beliefAfter READ beliefAfter NOTIFY changed)

public:
    using InsightSeriesModel::InsightSeriesModel;
    bool hasBeliefs() const { return m_beliefPairs > 0; }
    QString beliefTakeaway() const { return m_beliefTakeaway; }
    double emotionBefore() const { return m_emotionBefore; }
    double emotionAfter() const { return m_emotionAfter; }
    double beliefBefore() const { return m_beliefBefore; }
    double beliefAfter() const { return m_beliefAfter; }

protected:
    int areas() const override;
    bool load(JournalSession &session) override;
    void clear() override;

private:
    QString m_beliefTakeaway;
    int m_beliefPairs = 0;
    double m_emotionBefore = 0;
    double m_emotionAfter = 0;
    double m_beliefBefore = 0;
    double m_beliefAfter = 0;
};

/// Ritual completion per ISO week: the periods kept out of those due. Series entries: monday (a date), label, done,
/// due, rate (0–1).
class RitualInsights : public mosaic::InsightSeriesModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Over the whole series: kept / due, 0–1.
    Q_PROPERTY(double overallRate READ overallRate NOTIFY changed)

public:
    using InsightSeriesModel::InsightSeriesModel;
    double overallRate() const { return m_overallRate; }

protected:
    int areas() const override;
    bool load(JournalSession &session) override;
    void clear() override;

private:
    double m_overallRate = 0;
};

/// Circle balance at each month end. Series entries: month (a date), label, effectiveCircles, largestShare (0–1),
/// memberships.
class BalanceInsights : public mosaic::InsightSeriesModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using InsightSeriesModel::InsightSeriesModel;

protected:
    int areas() const override;
    bool load(JournalSession &session) override;
};

} // namespace mosaic
