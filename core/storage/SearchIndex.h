// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// The kinds of record the full-text index covers. The order is the index's type code minus one
/// (row id = source seq * 8 + code, see Migrations.cpp), so it must never change.
enum class SearchRecordType
{
    Incident,
    Reframe,
    Win,
    Strength,
    CheckIn,
    Person,
    Circle
};

template <>
struct EnumNames<SearchRecordType>
{
    static constexpr std::array<QStringView, 7> names{u"incident", u"reframe", u"win", u"strength", u"checkIn", u"person", u"circle"};
};

/// One search result.
struct SearchHit
{
    SearchRecordType type = SearchRecordType::Incident;
    QString id; ///< The record's id; a check-in's is "HABITID/YYYY-MM-DD".
    QString snippet; ///< About a dozen words around the match, matches wrapped in the highlight markers, "…" where text was cut.
    double score = 0; ///< Relevance (negated bm25): higher is better; 0 for an unranked list (see SearchOptions). Compare within one list only.
};

struct SearchOptions
{
    int limit = 20; ///< At most this many hits, best first.
    QString highlightStart = QStringLiteral("**");
    QString highlightEnd = QStringLiteral("**");
    /// bm25 costs about a microsecond per matching record and word, and tells little when a word is everywhere, so a
    /// query matching more than rankingLimit / (number of words) records is not ranked: its hits come title and name
    /// matches first, then the rest, each group in reverse index order (the newest first within a record type), all
    /// with score 0. Keeps every search within a few milliseconds on a large journal.
    int rankingLimit = 3000;
};

/// Ranked full-text search over everything written (tombstoned records excluded), best first (bm25): a match in a
/// title or name weighs more than one in the text. Every word must match, as a word prefix, ignoring case and
/// diacritics; a word typed twice counts once. Failure::badInput for a query with no searchable words, and for one
/// beyond the limits (checkSearchQueryLimits). Time grows linearly with the query's length.
Result<QList<SearchHit>> searchJournal(const QSqlDatabase &connection, const QString &userQuery, const SearchOptions &options = {});

/// Why `userQuery` is refused before it is searched — longer than InputLimits::kSearchQueryLength characters, or more
/// than InputLimits::kSearchWords searchable words — as a kind sentence to show; nullopt when it is within the limits.
std::optional<QString> checkSearchQueryLimits(const QString &userQuery);

/// Turns what a person types into a safe FTS5 query: each whitespace-separated word quoted (embedded quotes doubled)
/// with a prefix star, words ANDed. FTS5 syntax in the input is treated as text, never as operators, so `"`, `*`, `(`,
/// `NEAR`, `AND`, `-` or `:` cannot break or change the query. Words without a letter or digit are dropped, and the
/// result is empty when nothing searchable is left. A word given twice is searched once. A word whose last token is a single character ("I", "don't")
/// gets no star: a one-letter prefix matches nearly everything and is the slowest query FTS5 can run.
QString toFtsQuery(const QString &userQuery);

} // namespace mosaic
