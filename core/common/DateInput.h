// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

/// Dates as people read and type them: the locale's short date, always with four-digit years, and ISO "YYYY-MM-DD".
namespace mosaic::DateInput {

/// The locale's short date format with the year always in four digits ("M/d/yy" becomes "M/d/yyyy"), so a shown
/// date never leaves its century to guess.
QString displayFormat(const QLocale &locale);

/// `date` in displayFormat(locale), e.g. "3/7/2026" in American English, "07.03.2026" in German; empty if invalid.
QString format(QDate date, const QLocale &locale);

/// Reads a date typed by a person: ISO "YYYY-MM-DD", the locale's short date with a four-digit year, or with the
/// locale's two-digit year (read as 2000–2099). Spaces around it are ignored. nullopt for anything else, including
/// impossible dates (2026-02-30) and years before 1000.
std::optional<QDate> parse(QStringView text, const QLocale &locale);

/// The 42 days (six weeks) of the month of `day` as a calendar page shows them: from the `firstDayOfWeek` on or before
/// the 1st, so that the month's days sit under their weekdays. Empty for an invalid `day`.
QList<QDate> monthGrid(QDate day, Qt::DayOfWeek firstDayOfWeek);

} // namespace mosaic::DateInput
