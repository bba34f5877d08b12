// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "Database.h"
#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace mosaic {

namespace {

// snippet() marks matches with these; they are swapped for the caller's markers afterwards. Control characters,
// because they never occur in what people write, so their presence also tells whether a column matched.
constexpr QChar kMarkStart = QChar(0x01);
constexpr QChar kMarkEnd = QChar(0x02);

// What each returned index row needs: its record id, read from the source table by seq (row id = seq * 8 + type code),
// and a snippet of each column. Title and body are cut separately so that a hit in a name alone can still show text.
// Only ever evaluated for the rows a statement returns, never for every match.
QString hitColumns()
{
    return QStringLiteral("rowid,"
                          " CASE rowid % 8"
                          "  WHEN 1 THEN (SELECT id FROM incidents WHERE seq = search_index.rowid / 8)"
                          "  WHEN 2 THEN (SELECT id FROM reframes WHERE seq = search_index.rowid / 8)"
                          "  WHEN 3 THEN (SELECT id FROM wins WHERE seq = search_index.rowid / 8)"
                          "  WHEN 4 THEN (SELECT id FROM strengths WHERE seq = search_index.rowid / 8)"
                          "  WHEN 5 THEN (SELECT habit_id || '/' || date FROM check_ins WHERE seq = search_index.rowid / 8)"
                          "  WHEN 6 THEN (SELECT id FROM people WHERE seq = search_index.rowid / 8)"
                          "  WHEN 7 THEN (SELECT id FROM circles WHERE seq = search_index.rowid / 8)"
                          " END,"
                          " snippet(search_index, 0, char(1), char(2), '…', 12),"
                          " snippet(search_index, 1, char(1), char(2), '…', 12)");
}

struct IndexRow
{
    qint64 rowid = 0;
    QString id;
    QString title;
    QString body;
};

IndexRow readRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
}

Failure searchFailure(const QSqlQuery &query)
{
    return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::SearchIndex", "Searching the journal"));
}

QString jsonIntegerArray(const QList<qint64> &values)
{
    QStringList items;
    items.reserve(values.size());
    for (const qint64 value : values)
        items.append(QString::number(value));
    return u'[' + items.join(u',') + u']';
}

// Counting stops at `cap`: only whether the query matches more than that is needed, and that is cheap to learn.
Result<qint64> countMatches(const QSqlDatabase &connection, const QString &ftsQuery, qint64 cap)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)"));
    query.addBindValue(ftsQuery);
    query.addBindValue(cap);
    if (!query.exec() || !query.next())
        return searchFailure(query);
    return query.value(0).toLongLong();
}

// The best `limit` matches by bm25, the title weighted ten times the body: names and titles are short, and a match
// there is most likely what the person is looking for. ORDER BY bm25() with LIMIT lets SQLite keep only the best rows
// while it scans (FTS5's own ORDER BY rank sorts every match, and is slower).
Result<QList<std::pair<qint64, double>>> rankMatches(const QSqlDatabase &connection, const QString &ftsQuery, int limit)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, bm25(search_index, 10.0, 1.0) FROM search_index WHERE search_index MATCH ? ORDER BY 2, 1 DESC LIMIT ?"));
    query.addBindValue(ftsQuery);
    query.addBindValue(limit);
    if (!query.exec())
        return searchFailure(query);
    QList<std::pair<qint64, double>> ranked;
    while (query.next())
        ranked.append({query.value(0).toLongLong(), -query.value(1).toDouble()});
    if (query.lastError().isValid())
        return searchFailure(query);
    return ranked;
}

// Ids and snippets of chosen rows. snippet() needs the row's match, so the query runs again, confined to the rows'
// rowid range (FTS5 seeks to it) and filtered to the rows themselves.
Result<QHash<qint64, IndexRow>> rowsByRowid(const QSqlDatabase &connection, const QString &ftsQuery, const QList<qint64> &rowids)
{
    QHash<qint64, IndexRow> rows;
    if (rowids.isEmpty())
        return rows;
    const auto [lowest, highest] = std::minmax_element(rowids.cbegin(), rowids.cend());
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // `+rowid` keeps the IN list away from FTS5, which would otherwise run the whole match once per listed row.
    query.prepare(u"SELECT " + hitColumns() +
                  u" FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))");
    query.addBindValue(ftsQuery);
    query.addBindValue(*lowest);
    query.addBindValue(*highest);
    query.addBindValue(jsonIntegerArray(rowids));
    if (!query.exec())
        return searchFailure(query);
    while (query.next()) {
        IndexRow row = readRow(query);
        rows.insert(row.rowid, std::move(row));
    }
    if (query.lastError().isValid())
        return searchFailure(query);
    return rows;
}

// The newest `limit` matches except `excluded`, newest first: no ranking, so FTS5 stops after `limit` rows.
Result<QList<qint64>> newestRowids(const QSqlDatabase &connection, const QString &ftsQuery, const QList<qint64> &excluded, int limit)
{
    QList<qint64> rowids;
    if (limit <= 0)
        return rowids;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? AND +rowid NOT IN (SELECT value FROM json_each(?)) ORDER BY rowid DESC LIMIT ?"));
    query.addBindValue(ftsQuery);
    query.addBindValue(jsonIntegerArray(excluded));
    query.addBindValue(limit);
    if (!query.exec())
        return searchFailure(query);
    while (query.next())
        rowids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return searchFailure(query);
    return rowids;
}

bool isSeparator(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control;
}

// Letters and digits are what FTS5's unicode61 tokenizer keeps; everything else separates tokens.
bool hasSearchableCharacter(const QList<uint> &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](uint c) { return QChar::isLetterOrNumber(c); });
}

// Words shorter than the index's prefix length are matched whole: "re*" would match most of a journal, slowly.
constexpr qsizetype kShortestPrefix = 3;

bool lastTokenIsTooShortForPrefix(const QList<uint> &word)
{
    auto end = word.crbegin();
    while (end != word.crend() && !QChar::isLetterOrNumber(*end))
        ++end;
    auto begin = end;
    while (begin != word.crend() && QChar::isLetterOrNumber(*begin))
        ++begin;
    return begin - end < kShortestPrefix;
}

// Snippets join an incident's fields with line breaks; one line reads better in a list and on a terminal.
QString finishSnippet(const QString &raw, const SearchOptions &options)
{
    QString text = raw.simplified();
    text.replace(kMarkStart, options.highlightStart);
    text.replace(kMarkEnd, options.highlightEnd);
    return text;
}

// A hit in the body shows the words around it. A hit in the title shows the title, then the start of the body
// (snippet() returns the opening of a column without a match), so a name never stands without context.
QString composeSnippet(const IndexRow &row, const SearchOptions &options)
{
    const bool titleMatched = row.title.contains(kMarkStart);
    const bool bodyMatched = row.body.contains(kMarkStart);
    const QString title = finishSnippet(row.title, options);
    const QString body = finishSnippet(row.body, options);
    if (titleMatched || (!bodyMatched && !title.isEmpty()))
        return body.isEmpty() ? title : title + u" — " + body;
    return body;
}

void appendHit(QList<SearchHit> &hits, const IndexRow &row, double score, const SearchOptions &options)
{
    const qint64 code = row.rowid % 8;
    // A row whose source is gone cannot be opened. The triggers keep this from happening, but never show one.
    if (code < 1 || code > qint64(enumCount<SearchRecordType>()) || row.id.isEmpty())
        return;
    hits.append(SearchHit{
        .type = static_cast<SearchRecordType>(code - 1),
        .id = row.id,
        .snippet = composeSnippet(row, options),
        .score = score,
    });
}

// The searchable words of a query: how many were typed, and each distinct one as a quoted FTS5 string, ready to be
// ANDed. A repeated word is searched once: ANDing it again changes nothing but the cost (see kSnippetTerms).
struct QueryTerms
{
    qsizetype words = 0;
    QStringList terms;
};

QueryTerms ftsTerms(const QString &userQuery)
{
    QueryTerms result;
    QSet<QString> seen;
    QString word;
    const auto flush = [&] {
        const QList<uint> codePoints = word.toUcs4();
        if (hasSearchableCharacter(codePoints)) {
            ++result.words;
            // Inside a double-quoted FTS5 string everything is text; only the quote itself is escaped, by doubling.
            word.replace(u'"', QStringLiteral("\"\""));
            QString term = u'"' + word + (lastTokenIsTooShortForPrefix(codePoints) ? QStringLiteral("\"") : QStringLiteral("\"*"));
            if (!seen.contains(term)) {
                seen.insert(term);
                result.terms.append(std::move(term));
            }
        }
        word.clear();
    };
    // Composed form, so that an "é" typed as e + combining accent is one letter, as in what was written.
    const QString text = userQuery.normalized(QString::NormalizationForm_C);
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            i += 2;
        } else {
            ++i;
        }
        if (isSeparator(c))
            flush();
        else
            word += QStringView(text).sliced(start, i - start);
    }
    flush();
    return result;
}

// snippet() compares every match of every query word with every other (its cost grows with the square of the
// matches), so it is given the first few words only: the rows are chosen by the whole query, and a dozen-word snippet
// cannot show more highlighted words than this anyway. Keeps a search's time linear in the query's length.
constexpr qsizetype kSnippetTerms = 12;

// Ids and snippets of `rowids`, which all match the query made of `terms` confined by `columnFilter` (an FTS5 column
// filter such as "{title} : ", or empty).
Result<QHash<qint64, IndexRow>> snippetRows(const QSqlDatabase &connection, const QStringList &terms, const QString &columnFilter, const QList<qint64> &rowids)
{
    const QString snippetQuery = terms.first(std::min(terms.size(), kSnippetTerms)).join(QStringLiteral(" AND "));
    return rowsByRowid(connection, columnFilter.isEmpty() ? snippetQuery : columnFilter + u'(' + snippetQuery + u')', rowids);
}

void appendHits(QList<SearchHit> &hits, const QList<qint64> &rowids, const QHash<qint64, IndexRow> &rows, const SearchOptions &options)
{
    for (const qint64 rowid : rowids) {
        if (const auto row = rows.constFind(rowid); row != rows.cend())
            appendHit(hits, *row, 0, options);
    }
}

} // namespace

QString toFtsQuery(const QString &userQuery)
{
    return ftsTerms(userQuery).terms.join(QStringLiteral(" AND "));
}

std::optional<QString> checkSearchQueryLimits(const QString &userQuery)
{
    if (userQuery.size() > InputLimits::kSearchQueryLength) {
        //: %1 is the most characters a search may have, %2 how many the search has.
        return QCoreApplication::translate("mosaic::SearchIndex",
                                           "This search is too long: a search can have up to %1 characters, and this one has %2. "
                                           "Try a few words from what you are looking for.")
            .arg(QLocale().toString(InputLimits::kSearchQueryLength), QLocale().toString(userQuery.size()));
    }
    const qsizetype words = ftsTerms(userQuery).words;
    if (words > InputLimits::kSearchWords) {
        //: %1 is the most words a search may have, %2 how many the search has.
        return QCoreApplication::translate("mosaic::SearchIndex",
                                           "This search has too many words: a search can have up to %1 words, and this one has %2. "
                                           "Try a few words from what you are looking for.")
            .arg(QLocale().toString(InputLimits::kSearchWords), QLocale().toString(words));
    }
    return std::nullopt;
}

Result<QList<SearchHit>> searchJournal(const QSqlDatabase &connection, const QString &userQuery, const SearchOptions &options)
{
    if (std::optional<QString> refusal = checkSearchQueryLimits(userQuery))
        return Failure::badInput(*refusal);
    const QStringList terms = ftsTerms(userQuery).terms;
    const QString ftsQuery = terms.join(QStringLiteral(" AND "));
    if (terms.isEmpty())
        return Failure::badInput(QCoreApplication::translate("mosaic::SearchIndex", "Nothing to search for in \"%1\": type a word with letters or digits.")
                                     .arg(userQuery.simplified()));
    QList<SearchHit> hits;
    if (options.limit <= 0)
        return hits;

    // bm25 scores every word of every match, so the budget is shared among the words.
    const qint64 rankable = std::max<qint64>(1, options.rankingLimit / terms.size());
    const auto matches = countMatches(connection, ftsQuery, rankable + 1);
    if (!matches)
        return matches.failure();

    if (*matches <= rankable) {
        const auto ranked = rankMatches(connection, ftsQuery, options.limit);
        if (!ranked)
            return ranked.failure();
        QList<qint64> rowids;
        rowids.reserve(ranked->size());
        for (const auto &entry : *ranked)
            rowids.append(entry.first);
        const auto rows = snippetRows(connection, terms, {}, rowids);
        if (!rows)
            return rows.failure();
        hits.reserve(ranked->size());
        for (const auto &[rowid, score] : *ranked) {
            if (const auto row = rows->constFind(rowid); row != rows->cend())
                appendHit(hits, *row, score, options);
        }
        return hits;
    }

    // Too many matches to rank within a few milliseconds: names and titles first, then the rest, newest first.
    const QString inTitle = QStringLiteral("{title} : ");
    const auto titled = newestRowids(connection, inTitle + u'(' + ftsQuery + u')', {}, options.limit);
    if (!titled)
        return titled.failure();
    const auto rest = newestRowids(connection, ftsQuery, *titled, options.limit - int(titled->size()));
    if (!rest)
        return rest.failure();
    const auto titledRows = snippetRows(connection, terms, inTitle, *titled);
    if (!titledRows)
        return titledRows.failure();
    const auto restRows = snippetRows(connection, terms, {}, *rest);
    if (!restRows)
        return restRows.failure();
    hits.reserve(titled->size() + rest->size());
    appendHits(hits, *titled, *titledRows, options);
    appendHits(hits, *rest, *restRows, options);
    return hits;
}

} // namespace mosaic
