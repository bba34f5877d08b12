// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mosaic {

/// Dates and times as people read and type them in the locale of the window (QLocale()), for the date and time
/// fields: what crosses to the view-models stays "YYYY-MM-DD" and "HH:mm" (docs/ui-architecture.md). The rules are
/// core's DateInput and TimeInput; this only hands them to QML.
class LocaleInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// The short date as the fields show it, for a hint ("M/d/yyyy", "dd.MM.yyyy").
    Q_PROPERTY(QString datePattern READ datePattern CONSTANT)

public:
    explicit LocaleInput(QObject *parent = nullptr);

    QString datePattern() const;

    /// "2026-03-07" as the locale's short date ("3/7/2026"); empty for anything that is not an ISO date.
    Q_INVOKABLE QString dateText(const QString &isoDate) const;
    /// "2026-03-07" as the locale's long date ("Saturday, March 7, 2026"), for accessible names.
    Q_INVOKABLE QString longDateText(const QString &isoDate) const;
    /// A typed date (the locale's short date or ISO) as "YYYY-MM-DD"; empty when it is not a date.
    Q_INVOKABLE QString isoDate(const QString &typed) const;
    /// "HH:mm" as the locale's short time ("7:30 AM", "07:30"); empty for anything else.
    Q_INVOKABLE QString timeText(const QString &clockTime) const;
    /// A typed time (the locale's short time or 24-hour H:mm) as "HH:mm"; empty when it is not a time.
    Q_INVOKABLE QString clockTime(const QString &typed) const;

    /// The ISO date `days` days (or `months` months) from `isoDate`; empty for an invalid date.
    Q_INVOKABLE QString addDays(const QString &isoDate, int days) const;
    Q_INVOKABLE QString addMonths(const QString &isoDate, int months) const;
    /// The month of `isoDate` as a calendar page's title, e.g. "March 2026".
    Q_INVOKABLE QString monthTitle(const QString &isoDate) const;
    /// The six weeks of the month of `isoDate`, from the locale's first day of the week: each {iso, day, inMonth}.
    Q_INVOKABLE QVariantList monthDays(const QString &isoDate) const;
    /// The weekday names in the calendar's column order, short ("Mon") or long ("Monday").
    Q_INVOKABLE QStringList weekdayNames(bool longNames) const;
};

} // namespace mosaic
