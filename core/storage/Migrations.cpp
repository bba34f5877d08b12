// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"
#include "DependantRecords.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace mosaic {

namespace {

// Version 1: the records. Every record table has `seq INTEGER PRIMARY KEY`, a stable row number that
// VACUUM never renumbers, because the full-text index (version 2) keys its rows on it.
// Text columns are NOT NULL DEFAULT '' (empty = absent); lists and small nested objects are JSON text,
// because they are always read and written with their record.
QStringList schemaVersion1()
{
    return {
        QStringLiteral(R"(CREATE TABLE personal_values (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            mission TEXT NOT NULL DEFAULT '',
            values_json TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE circles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            facet TEXT NOT NULL DEFAULT '',
            importance INTEGER NOT NULL DEFAULT 3,
            color TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE people (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL,
            supports_json TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE memberships (
            person_id TEXT NOT NULL REFERENCES people(id),
            circle_id TEXT NOT NULL REFERENCES circles(id),
            ring TEXT NOT NULL,
            updated_at TEXT,
            deleted_at TEXT,
            PRIMARY KEY (person_id, circle_id)))"),
        QStringLiteral("CREATE INDEX memberships_by_circle ON memberships(circle_id)"),
        QStringLiteral(R"(CREATE TABLE contacts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            date TEXT NOT NULL,
            person_id TEXT REFERENCES people(id),
            circle_id TEXT REFERENCES circles(id),
            quality INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX contacts_by_date ON contacts(date)"),
        QStringLiteral(R"(CREATE TABLE incidents (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            occurred_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            situation TEXT NOT NULL DEFAULT '',
            circle_id TEXT REFERENCES circles(id),
            person_ids_json TEXT NOT NULL DEFAULT '[]',
            emotions_json TEXT NOT NULL DEFAULT '[]',
            thought TEXT NOT NULL DEFAULT '',
            belief TEXT NOT NULL DEFAULT '',
            belief_before INTEGER,
            belief_after INTEGER,
            distortions_json TEXT NOT NULL DEFAULT '[]',
            evidence_for TEXT NOT NULL DEFAULT '',
            evidence_against TEXT NOT NULL DEFAULT '',
            factors_json TEXT NOT NULL DEFAULT '[]',
            learned TEXT NOT NULL DEFAULT '',
            adjustment TEXT NOT NULL DEFAULT '',
            feedback_from_json TEXT NOT NULL DEFAULT '[]',
            next_step_json TEXT,
            exposure_json TEXT,
            notes TEXT NOT NULL DEFAULT '',
            tags_json TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral("CREATE INDEX incidents_by_time ON incidents(occurred_at)"),
        QStringLiteral(R"(CREATE TABLE reframes (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            believability INTEGER))"),
        QStringLiteral("CREATE INDEX reframes_by_incident ON reframes(incident_id)"),
        QStringLiteral(R"(CREATE TABLE strengths (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE wins (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            date TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'win',
            strength_ids_json TEXT NOT NULL DEFAULT '[]',
            incident_id TEXT REFERENCES incidents(id)))"),
        QStringLiteral("CREATE INDEX wins_by_date ON wins(date)"),
        QStringLiteral(R"(CREATE TABLE habits (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            ritual TEXT NOT NULL DEFAULT 'custom',
            schedule_type TEXT NOT NULL,
            schedule_days_json TEXT NOT NULL DEFAULT '[]',
            schedule_times INTEGER NOT NULL DEFAULT 1,
            target_type TEXT NOT NULL DEFAULT 'check',
            target_goal REAL NOT NULL DEFAULT 1,
            target_unit TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE check_ins (
            seq INTEGER PRIMARY KEY,
            habit_id TEXT NOT NULL REFERENCES habits(id),
            date TEXT NOT NULL,
            status TEXT NOT NULL,
            value REAL NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            UNIQUE (habit_id, date)))"),
        QStringLiteral(R"(CREATE TABLE reminders (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            habit_id TEXT REFERENCES habits(id),
            title TEXT NOT NULL,
            times_json TEXT NOT NULL,
            days_json TEXT NOT NULL DEFAULT '[]',
            enabled INTEGER NOT NULL DEFAULT 1,
            snoozed_until TEXT,
            last_fired_at TEXT))"),
        // Counting live records (mosaic stats, the window's badges) reads these small indexes, not the tables.
        QStringLiteral("CREATE INDEX circles_live ON circles(deleted_at)"),
        QStringLiteral("CREATE INDEX people_live ON people(deleted_at)"),
        QStringLiteral("CREATE INDEX memberships_live ON memberships(deleted_at)"),
        QStringLiteral("CREATE INDEX contacts_live ON contacts(deleted_at)"),
        QStringLiteral("CREATE INDEX incidents_live ON incidents(deleted_at)"),
        QStringLiteral("CREATE INDEX reframes_live ON reframes(deleted_at)"),
        QStringLiteral("CREATE INDEX strengths_live ON strengths(deleted_at)"),
        QStringLiteral("CREATE INDEX wins_live ON wins(deleted_at)"),
        QStringLiteral("CREATE INDEX habits_live ON habits(deleted_at)"),
        QStringLiteral("CREATE INDEX reminders_live ON reminders(deleted_at)"),
        // Streaks and strength read only these columns of a habit's live check-ins, in date order, from the index alone.
        QStringLiteral("CREATE INDEX check_ins_scoring ON check_ins(habit_id, deleted_at, date, status, value)"),
    };
}

// One full-text row per searchable source row, kept in step by triggers so no code path can forget it.
// The index row id is `source seq * 8 + type code` (see SearchIndex): no mapping table, and a hit names its source row.
struct SearchSource
{
    const char *table;
    int typeCode;
    const char *title; // SQL over NEW./OLD. columns
    const char *body;
    const char *condition; // rows worth indexing, besides not being deleted
};

QStringList searchTriggers(const SearchSource &source)
{
    const QString table = QString::fromLatin1(source.table);
    const QString code = QString::number(source.typeCode);
    const QString title = QString::fromLatin1(source.title);
    const QString body = QString::fromLatin1(source.body);
    const QString condition = QString::fromLatin1(source.condition);
    const QString insertRow =
        QStringLiteral("INSERT INTO search_index(rowid, title, body) SELECT NEW.seq * 8 + %1, %2, %3 WHERE NEW.deleted_at IS NULL AND (%4);")
            .arg(code, title, body, condition);
    const QString deleteRow = QStringLiteral("DELETE FROM search_index WHERE rowid = OLD.seq * 8 + %1;").arg(code);
    return {
        QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2 END").arg(table, insertRow),
        QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 BEGIN %2 %3 END").arg(table, deleteRow, insertRow),
        QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2 END").arg(table, deleteRow),
        // Index what is already there (a journal migrated from version 1).
        QStringLiteral("INSERT INTO search_index(rowid, title, body) SELECT seq * 8 + %1, %2, %3 FROM %4 AS NEW WHERE NEW.deleted_at IS NULL AND (%5)")
            .arg(code, title, body, table, condition),
    };
}

// The sources of the full-text index, shared by schema step 2 and by rebuilding the index after a bulk import.
const QList<SearchSource> &searchSources()
{
    static const QList<SearchSource> sources{
        {"incidents", 1, "NEW.title",
         "NEW.situation || char(10) || NEW.thought || char(10) || NEW.belief || char(10) || NEW.evidence_for || char(10) || NEW.evidence_against"
         " || char(10) || NEW.learned || char(10) || NEW.adjustment || char(10) || NEW.notes"
         " || char(10) || coalesce(json_extract(NEW.next_step_json, '$.text'), '')"
         " || char(10) || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.exposure_json) WHERE type = 'text'), '')"
         " || char(10) || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags_json)), '')",
         "1"},
        {"reframes", 2, "''", "NEW.text", "1"},
        {"wins", 3, "''", "NEW.text", "1"},
        {"strengths", 4, "NEW.name", "NEW.description", "1"},
        {"check_ins", 5, "''", "NEW.note", "NEW.note <> ''"},
        {"people", 6, "NEW.name", "NEW.notes", "1"},
        {"circles", 7, "NEW.name", "NEW.facet || char(10) || NEW.notes", "1"},
    };
    return sources;
}

// Version 2: full-text search over everything written. unicode61 with remove_diacritics 2 makes "resume" find
// "résumé"; the three-character prefix index keeps prefix queries ("rej*") fast. Searches take shorter words
// whole (SearchIndex): a two-letter prefix matches too much to mean anything, and its index would slow every write.
QStringList schemaVersion2()
{
    QStringList statements{
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"),
    };
    for (const SearchSource &source : searchSources())
        statements += searchTriggers(source);
    return statements;
}

// Version 3: what belongs to this computer's window and never to the interchange file. A reflection left half-way
// (the draft Today offers to continue, and the step it stopped at), and the distortions a person named themselves
// (an incident records one as the tag "distortion:NAME", so exports keep it).
QStringList schemaVersion3()
{
    return {
        QStringLiteral(R"(CREATE TABLE reflection_drafts (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
            step INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE custom_distortions (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            explanation TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
    };
}

// Version 4: what Today reads at every start, found through indexes rather than by reading every reflection: the
// planned challenges by kind and time, and On This Day's records by month and day.
QStringList schemaVersion4()
{
    return {
        QStringLiteral("CREATE INDEX incidents_by_kind ON incidents(kind, occurred_at) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX incidents_by_month_day ON incidents(substr(occurred_at, 6, 5))"),
        QStringLiteral("CREATE INDEX wins_by_month_day ON wins(substr(date, 6, 5))"),
        QStringLiteral("CREATE INDEX check_in_notes_by_month_day ON check_ins(substr(date, 6, 5)) WHERE note <> ''"),
    };
}

// Version 5: deleted means gone, everywhere. Records left alive under a deleted parent (by an import of an older
// file, before the rule) are deleted with it, and the rule's lookups by person and by habit get their indexes.
QStringList schemaVersion5()
{
    return QStringList{
               QStringLiteral("CREATE INDEX contacts_by_person ON contacts(person_id)"),
               QStringLiteral("CREATE INDEX reminders_by_habit ON reminders(habit_id)"),
           } +
        dependantTombstoneStatements();
}

Status execAll(const QSqlDatabase &connection, const QStringList &statements, const QString &whatFailed)
{
    for (const QString &statement : statements) {
        QSqlQuery query(connection);
        if (!query.exec(statement))
            return sqlFailure(query.lastError(), whatFailed);
    }
    return success();
}

QStringList migrationStep(int version)
{
    switch (version) {
    case 1:
        return schemaVersion1();
    case 2:
        return schemaVersion2();
    case 3:
        return schemaVersion3();
    case 4:
        return schemaVersion4();
    case 5:
        return schemaVersion5();
    default:
        return {};
    }
}

} // namespace

Status applyMigrations(const QSqlDatabase &connection, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const QStringList statements = migrationStep(version);
        if (statements.isEmpty())
            return Failure::operation(QCoreApplication::translate("mosaic::Migrations", "There is no schema step to version %1.").arg(version));
        if (Status applied =
                execAll(connection, statements, QCoreApplication::translate("mosaic::Migrations", "Updating the journal to schema version %1").arg(version));
            !applied)
            return applied;
    }
    return success();
}

Result<BulkLoad> beginBulkLoad(const QSqlDatabase &connection)
{
    BulkLoad load;
    // The secondary indexes as the file defines them now (UNIQUE and primary-key indexes have no SQL and stay).
    QSqlQuery indexes(connection);
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name <> 'search_index'")))
        return sqlFailure(indexes.lastError(), QCoreApplication::translate("mosaic::Migrations", "Preparing a large import"));
    QStringList drops;
    while (indexes.next()) {
        drops.append(QStringLiteral("DROP INDEX \"%1\"").arg(indexes.value(0).toString()));
        load.indexDefinitions.append(indexes.value(1).toString());
    }
    indexes.finish();
    for (const SearchSource &source : searchSources()) {
        for (const char *event : {"insert", "update", "delete"})
            drops.append(QStringLiteral("DROP TRIGGER %1_search_%2").arg(QLatin1StringView(source.table), QLatin1StringView(event)));
    }
    drops.append(QStringLiteral("DROP TABLE search_index"));
    if (Status dropped = execAll(connection, drops, QCoreApplication::translate("mosaic::Migrations", "Preparing a large import")); !dropped)
        return dropped.failure();
    return load;
}

Status endBulkLoad(const QSqlDatabase &connection, const BulkLoad &load)
{
    if (Status indexed = execAll(connection, load.indexDefinitions, QCoreApplication::translate("mosaic::Migrations", "Rebuilding the journal's indexes"));
        !indexed)
        return indexed;
    return execAll(connection, schemaVersion2(), QCoreApplication::translate("mosaic::Migrations", "Rebuilding the search index"));
}

} // namespace mosaic
