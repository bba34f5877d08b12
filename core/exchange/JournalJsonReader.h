// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/InputLimits.h"
#include "common/Result.h"
#include "exchange/Journal.h"
#include "exchange/JsonScanner.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

namespace mosaic {

/// Largest file accepted (see InputLimits).
inline constexpr qint64 kMaxJournalFileBytes = InputLimits::kJournalFileBytes;

/// The record collections of an interchange file in dependency order: each refers only to those before it. Records
/// are read, checked and merged in this order whatever the order of the members in the file.
inline constexpr QLatin1StringView kJournalCollections[] = {
    QLatin1StringView("circles"),   QLatin1StringView("people"),   QLatin1StringView("memberships"), QLatin1StringView("contacts"),
    QLatin1StringView("incidents"), QLatin1StringView("reframes"), QLatin1StringView("strengths"),   QLatin1StringView("wins"),
    QLatin1StringView("habits"),    QLatin1StringView("checkIns"), QLatin1StringView("reminders"),
};

/// An interchange file that passed the first phase of reading: one strict pass over its bytes (syntax, UTF-8, nesting,
/// density) found it well formed, with "format" and "version" right, and recorded where each top-level member and
/// each record starts. Nothing is parsed yet; the bytes are shared, not copied.
class ScannedJournal
{
public:
    const QByteArray &bytes() const { return m_bytes; }
    const JsonTopLevel &topLevel() const { return m_topLevel; }
    /// Elements of the record arrays: how many records the file holds, if it is valid.
    qsizetype recordCount() const;

private:
    friend Result<ScannedJournal> scanJournalJson(const QByteArray &bytes);
    QByteArray m_bytes;
    JsonTopLevel m_topLevel;
};

/// Receives the records of an interchange file one at a time, valid against the schema, collection by collection in
/// the order of kJournalCollections; `index` is the record's index in its array in the file. A failure stops reading.
class JournalRecordSink
{
public:
    virtual ~JournalRecordSink() = default;
    virtual Status header(const QDateTime &exportedAt, const QString &app);
    virtual Status values(PersonalValues &&values) = 0;
    virtual Status add(qsizetype index, Circle &&circle) = 0;
    virtual Status add(qsizetype index, Person &&person) = 0;
    virtual Status add(qsizetype index, Membership &&membership) = 0;
    virtual Status add(qsizetype index, Contact &&contact) = 0;
    virtual Status add(qsizetype index, Incident &&incident) = 0;
    virtual Status add(qsizetype index, Reframe &&reframe) = 0;
    virtual Status add(qsizetype index, Strength &&strength) = 0;
    virtual Status add(qsizetype index, Win &&win) = 0;
    virtual Status add(qsizetype index, Habit &&habit) = 0;
    virtual Status add(qsizetype index, CheckIn &&checkIn) = 0;
    virtual Status add(qsizetype index, Reminder &&reminder) = 0;
    /// After each collection's last record, for every collection (also one the file lacks), in order.
    virtual Status endCollection(QLatin1StringView collection);
};

/// The first phase: refuses an empty, malformed, too deeply nested or too densely packed file, or one of another
/// format or a newer version, with a message that says where (Failure::badInput). Needs no memory beyond a few
/// bytes per record, and reads a large file in well under a second.
Result<ScannedJournal> scanJournalJson(const QByteArray &bytes);

/// Reads a file from disk (refusing missing, unreadable, empty and oversized files), then scanJournalJson().
Result<ScannedJournal> scanJournalFile(const QString &path);

/// The second phase: parses each record from its own bytes and validates it against the v1 schema (mosaic-journal-v1),
/// handing it to `sink` while no problem has been found. After a problem it keeps reading to list more and calls the
/// sink no more; then Failure::badInput with a summary line and one "$.json.path: rule" line per problem (at most 20).
/// A failure of the sink is returned as it is. References between records are the sink's to check.
Status readJournalRecords(const ScannedJournal &journal, JournalRecordSink &sink);

/// Both phases into a whole Journal of values, for tests and small files. Records keep their file order, so index i
/// of a Journal list is index i of that array in the file. References are not checked: see checkJournalIntegrity().
Result<Journal> readJournalJson(const QByteArray &bytes);

/// scanJournalFile(), then readJournalJson()'s second half.
Result<Journal> readJournalFile(const QString &path);

} // namespace mosaic
